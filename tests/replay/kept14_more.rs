//! Issue 21, the fourteenth kept-aside set, continued (see `kept14.rs`):
//! a city's disaster-prevention section, a university alumni association
//! and a school-lunch catering company.

use super::kept8::{also, private_mails};
use super::kept9::{date_cell, rows};
use super::office_orgs::{office_letter, people_sheet, signature, TEAMS_INVITE};
use super::*;

// ============================================================ organisations

/// A city's disaster-prevention section (危機管理課): the city's social
/// welfare council, which runs the disaster volunteer centre (exempted
/// for special-care data: the register of people needing help in an
/// evacuation is shared with it under the city's ordinance), and the
/// builder the city has a disaster agreement with. Neighbourhood
/// association heads use private addresses.
fn city_policy() -> Value {
    json!({
        "internal_domains": ["city.shiroyama.lg.jp"],
        "partner_domains": {
            "shiroyama-shakyo.or.jp": "社会福祉法人城山市社会福祉協議会",
            "yamada-kensetsu.co.jp": "株式会社山田建設"
        },
        "own_names": ["城山市", "城山市役所"],
        "exemptions": [{"recipients": ["shiroyama-shakyo.or.jp"], "rules": ["special_care_external"]}]
    })
}

fn city_sig(name: &str, mail: &str) -> String {
    signature(
        "城山市 総務部 危機管理課",
        name,
        "〒999-8531 城山市本町1-1-1 市役所本庁舎3階",
        "0235-22-1114（直通）",
        mail,
    )
}

/// A university alumni association's office (校友会事務局): the
/// university, and the printer that prints its bulletin. Its members use
/// private addresses.
fn alumni_policy() -> Value {
    json!({
        "internal_domains": ["jonan-koyukai.jp"],
        "partner_domains": {
            "jonan-u.ac.jp": "城南大学",
            "sankyo-print.co.jp": "株式会社三協印刷"
        },
        "own_names": ["城南大学校友会", "校友会"]
    })
}

fn alumni_sig(name: &str, mail: &str) -> String {
    signature(
        "城南大学校友会 事務局",
        name,
        "〒154-0004 東京都世田谷区太子堂1-7-3 城南大学3号館1階",
        "03-3411-8275",
        mail,
    )
}

/// A school-lunch catering company (学校給食の調理受託): the city board of
/// education's school-lunch section, which runs the allergy plans of the
/// schools it cooks for (exempted for special-care data), the greengrocer
/// that supplies it, and the 社労士 that handles its staff.
fn lunch_policy() -> Value {
    json!({
        "internal_domains": ["minori-kyushoku.co.jp"],
        "partner_domains": {
            "city.tsurugaoka.lg.jp": "鶴ヶ丘市",
            "maruao-seika.co.jp": "株式会社丸青青果",
            "kondo-sr.jp": "近藤社会保険労務士事務所"
        },
        "own_names": ["株式会社みのり給食", "みのり給食"],
        "exemptions": [
            {"recipients": ["city.tsurugaoka.lg.jp"], "rules": ["special_care_external"]},
            {"recipients": ["kondo-sr.jp"], "rules": ["my_number_external"]}
        ]
    })
}

fn lunch_sig(name: &str, mail: &str) -> String {
    signature(
        "株式会社みのり給食 鶴ヶ丘事業所",
        name,
        "〒997-0031 鶴ヶ丘市錦町5-12 鶴ヶ丘市学校給食センター内",
        "0235-25-6620",
        mail,
    )
}

// ==================================================================== cases

pub(super) fn city_cases(v: &mut Vec<Case>, rng: &mut Rng) {
    use Group::Kept14 as G;
    let heads = private_mails(rng, 24);
    let mut history: Vec<String> = vec!["shiroyama-shakyo.or.jp".into(), "yamada-kensetsu.co.jp".into()];
    history.extend(heads.iter().cloned());
    let sig = city_sig("防災係 佐々木 亮", "bousai@city.shiroyama.lg.jp");
    // Everyday: the drill notice to the 24 neighbourhood association heads
    // in Bcc, all mailed before: date, place, what to bring, the
    // section's direct line.
    v.push(
        also(
            Case::new(
                "k14_city_drill_notice_bcc",
                G,
                "everyday: the city's evacuation drill notice to 24 neighbourhood association heads' private addresses in Bcc, all mailed before, with the section's direct line",
                mail(
                    "城山市 危機管理課 <bousai@city.shiroyama.lg.jp>",
                    &["bousai@city.shiroyama.lg.jp"],
                    "【城山市】総合防災訓練（1月17日）のご案内",
                    &format!(
                        "自治会長 各位\n\n日頃より地域の防災活動にご協力いただき、ありがとうございます。城山市危機管理課です。\n\
                         1月17日(日) 9:00 から、市内全域で総合防災訓練を実施します。\n\
                         ・9:00 シェイクアウト訓練（各家庭）\n・9:15 一時避難場所への避難、安否確認（黄色いタオルの掲出）\n\
                         ・10:00 指定避難所での受付・炊き出し訓練\n\
                         各自治会の参加人数を、1月8日(金)までに 0235-22-1114 またはこのメールへの返信でお知らせください。\n\n{sig}\n"
                    ),
                ),
            ),
            "bcc",
            json!(heads),
        )
        .policy(city_policy())
        .history(json!(history))
        .expect(Allow, &[]),
    );
    // Everyday: a Teams invitation to the welfare council's volunteer
    // centre staff (registered) for the liaison meeting, with the standard
    // passcode line.
    v.push(
        Case::new(
            "k14_city_teams_invite_to_council",
            G,
            "everyday: a Teams invitation with its passcode line to the welfare council's volunteer centre (registered) for the disaster-volunteer liaison meeting",
            mail(
                "城山市 危機管理課 佐々木 <bousai@city.shiroyama.lg.jp>",
                &["城山市社協 ボランティアセンター <vc@shiroyama-shakyo.or.jp>"],
                "災害ボランティアセンター運営 連絡会議（12/16）",
                &format!(
                    "城山市社会福祉協議会\nボランティアセンター 各位\n\n\
                     いつもお世話になっております。危機管理課の佐々木です。\n\
                     標記の会議を、12月16日(水) 14:00-15:00 にオンラインで開催します。\n\
                     議題：受援計画の見直し、資機材の保管場所\n\n{TEAMS_INVITE}\n\n{sig}\n"
                ),
            ),
        )
        .policy(city_policy())
        .history(json!(history))
        .expect(Allow, &[]),
    );
    // Mis-send: the register of people needing help in an evacuation
    // (避難行動要支援者名簿: 140 people, address, phone, disability or care
    // level, medical needs such as 人工透析 or 在宅酸素) meant for the
    // welfare council, sent to the builder with the disaster agreement by
    // autocomplete. Disabilities and illnesses to a builder: block.
    let register = rows(rng, 140, 1925, 1990, |rng, i, p| {
        vec![
            Cell::from(format!("{}", 7001 + i)),
            Cell::from(p.full()),
            date_cell(p),
            Cell::from(p.home.full()),
            Cell::from(p.mobile.hyphen()),
            Cell::from(*rng.pick(&[
                "要介護3",
                "身体障害者手帳1級（視覚）",
                "要介護4",
                "療育手帳A",
                "精神障害者保健福祉手帳2級",
                "要介護2",
            ])),
            Cell::from(*rng.pick(&["人工透析（週3回）", "在宅酸素療法", "車いす使用", "", "寝たきり", "認知症"])),
        ]
    });
    v.push(
        Case::new(
            "k14_city_support_register_to_builder",
            G,
            "mis-send: the evacuation-support register (140 people: addresses, phones, disability certificates, care levels, 人工透析 and 在宅酸素) meant for the welfare council, sent to the builder with the disaster agreement",
            mail(
                "城山市 危機管理課 佐々木 <bousai@city.shiroyama.lg.jp>",
                &["山田建設 総務部 <soumu@yamada-kensetsu.co.jp>"],
                "避難行動要支援者名簿（令和8年12月更新）",
                &office_letter(
                    "城山市社会福祉協議会\nボランティアセンター 御中",
                    "危機管理課の佐々木です。",
                    "12月更新分の避難行動要支援者名簿をお送りいたします。パスワードは別途お電話でお伝えします。",
                    &sig,
                ),
            ),
        )
        .policy(city_policy())
        .attach(
            "避難行動要支援者名簿_202612.xlsx",
            people_sheet("名簿", &["番号", "氏名", "生年月日", "住所", "電話", "区分", "配慮事項"], register),
        )
        .history(json!(history))
        .expect(Block, &[]),
    );
    // Mis-send: a citizen's mail about a landslide blocking her road
    // (her address, phone, and 「夫が週3回人工透析に通っており」),
    // forwarded with its quote to the builder to ask when the road will
    // open. Her husband's treatment to a builder that needs only the
    // place: block.
    v.push(
        Case::new(
            "k14_city_citizen_dialysis_forward_to_builder",
            G,
            "mis-send: a citizen's mail (address, phone, her husband's dialysis three times a week) forwarded with its quote to the builder to ask when the road opens",
            mail(
                "城山市 危機管理課 佐々木 <bousai@city.shiroyama.lg.jp>",
                &["山田建設 工事部 山田 <yamada@yamada-kensetsu.co.jp>"],
                "Fw: 市道 上町線の土砂崩れについて",
                &format!(
                    "山田建設\n工事部 山田様\n\nいつもお世話になっております。危機管理課の佐々木です。\n\
                     下記の住民の方から問い合わせがありました。上町線の通行再開の見込みを教えていただけますでしょうか。\n\n\
                     -----Original Message-----\nFrom: 菊地 文子 <fumiko.kikuchi.56@yahoo.co.jp>\n\
                     Subject: 市道 上町線の土砂崩れについて\n\n\
                     城山市役所 ご担当者様\n\n上町2丁目14-6に住む菊地と申します（電話 090-4417-2863）。\n\
                     昨夜の大雨で上町線が土砂でふさがれ、車が出せません。\n\
                     夫が週3回人工透析に通っており、明日の朝8時には病院へ行かなければなりません。\n\
                     いつ頃通れるようになるでしょうか。\n\n菊地 文子\n\n{sig}\n"
                ),
            ),
        )
        .policy(city_policy())
        .history(json!(history))
        .expect(Block, &[]),
    );
    // Mis-send: the section's emergency call-out list (22 staff: private
    // mobiles, home addresses, walking time to the office), attached to
    // the agreement's contact-sheet reply typed to yamada-kensetu.co.jp
    // (one s short): a look-alike of the builder's domain. Block.
    let callout = rows(rng, 22, 1965, 2000, |rng, _i, p| {
        vec![
            Cell::from(p.full()),
            Cell::from(*rng.pick(&["危機管理課長", "防災係長", "防災係", "危機管理係"])),
            Cell::from(p.mobile.hyphen()),
            Cell::from(p.home.full()),
            Cell::from(format!("徒歩{}分", rng.range(10, 90))),
        ]
    });
    v.push(
        Case::new(
            "k14_city_callout_list_to_lookalike",
            G,
            "mis-send: the section's call-out list (22 staff's private mobiles and home addresses) sent with the agreement's contact sheet to yamada-kensetu.co.jp, a look-alike of the builder's domain",
            mail(
                "城山市 危機管理課 佐々木 <bousai@city.shiroyama.lg.jp>",
                &["山田建設 総務部 <soumu@yamada-kensetu.co.jp>"],
                "災害時応援協定 連絡先一覧の更新",
                &office_letter(
                    "株式会社山田建設\n総務部 御中",
                    "危機管理課の佐々木です。",
                    "協定に基づく連絡先一覧を更新しましたのでお送りいたします。夜間・休日は一覧の携帯電話へご連絡ください。",
                    &sig,
                ),
            ),
        )
        .policy(city_policy())
        .attach("緊急参集連絡先_危機管理課.xlsx", people_sheet("連絡先", &["氏名", "役職", "携帯", "住所", "参集時間"], callout))
        .history(json!(history))
        .expect(Block, &["lookalike_domain"]),
    );
}

pub(super) fn alumni_cases(v: &mut Vec<Case>, rng: &mut Rng) {
    use Group::Kept14 as G;
    let members = private_mails(rng, 40);
    let committee = [
        "山口 浩二 <koji.yamaguchi.83@gmail.com>",
        "小西 和彦 <k-konishi@yahoo.co.jp>",
        "原 真由美 <mayumi.hara1985@icloud.com>",
        "松本 大輔 <daisuke.m.0611@gmail.com>",
    ];
    let mut history: Vec<String> = vec![
        "jonan-u.ac.jp".into(),
        "sankyo-print.co.jp".into(),
        "koji.yamaguchi.83@gmail.com".into(),
        "k-konishi@yahoo.co.jp".into(),
        "mayumi.hara1985@icloud.com".into(),
        "daisuke.m.0611@gmail.com".into(),
        "masato.ishikawa.72@gmail.com".into(),
    ];
    history.extend(members.iter().cloned());
    let sig = alumni_sig("事務局 上田 真理", "jimukyoku@jonan-koyukai.jp");
    // Everyday: the monthly newsletter to 40 members in Bcc, all mailed
    // before, introducing a member's restaurant with its address and phone
    // (the member's own business, published with his consent) and the
    // office's phone.
    v.push(
        also(
            Case::new(
                "k14_alumni_newsletter_member_shop_bcc",
                G,
                "everyday: the alumni newsletter to 40 members in Bcc (all mailed before), introducing a member's restaurant with its address and phone",
                mail(
                    "城南大学校友会 事務局 <jimukyoku@jonan-koyukai.jp>",
                    &["jimukyoku@jonan-koyukai.jp"],
                    "城南大学校友会 メールマガジン 12月号",
                    &format!(
                        "校友の皆様\n\n城南大学校友会事務局です。12月号をお届けします。\n\n\
                         ■ 校友のお店紹介\n\
                         1998年経済学部卒の石川 正人さんが、三軒茶屋で和食店「季節料理 いしかわ」を営んでいます。\n\
                         校友会の会員証をご提示いただくと、お飲み物を一杯サービスしてくださるそうです。\n\
                         東京都世田谷区三軒茶屋2-13-5　TEL 03-3422-7781（日曜定休）\n\n\
                         ■ ホームカミングデー 2027 は5月15日(土)の開催です。\n\n\
                         配信停止は 03-3411-8275 または本メールへの返信でお知らせください。\n\n{sig}\n"
                    ),
                ),
            ),
            "bcc",
            json!(members),
        )
        .policy(alumni_policy())
        .history(json!(history))
        .expect(Allow, &[]),
    );
    // Everyday: a reply to a member's gmail (mailed before), greeting him
    // by the name it carries, confirming his own change of address.
    v.push(
        Case::new(
            "k14_alumni_address_change_reply",
            G,
            "everyday: a reply to a member's gmail (mailed before), greeting him by the name it carries, confirming his own new address",
            mail(
                "城南大学校友会 事務局 上田 <jimukyoku@jonan-koyukai.jp>",
                &["石川 正人 <masato.ishikawa.72@gmail.com>"],
                "Re: 住所変更の届出",
                &format!(
                    "石川 正人 様\n\nご連絡ありがとうございます。校友会事務局の上田です。\n\
                     ご住所を下記のとおり変更いたしました。\n\
                     〒154-0024 東京都世田谷区三軒茶屋1-28-9 パークハイム三軒茶屋 402\n\
                     次号の会報からこちらへお送りします。\n\n{sig}\n"
                ),
            ),
        )
        .policy(alumni_policy())
        .history(json!(history))
        .expect(Allow, &[]),
    );
    // Everyday: to the four organisers of the class of 2005's reunion, all
    // in To (they plan it together and know each other), all mailed
    // before and greeted by name: the venue, the head count, who gives
    // the toast (「小西 先生が」 the former seminar professor, as they
    // call their fellow organiser).
    v.push(
        Case::new(
            "k14_alumni_reunion_organisers_to",
            G,
            "everyday: to the four organisers of a class reunion in To (private addresses, all mailed before, all greeted by name): venue, head count, who speaks",
            mail(
                "城南大学校友会 事務局 上田 <jimukyoku@jonan-koyukai.jp>",
                &committee,
                "2005年卒 同窓会の準備について",
                &format!(
                    "山口さん、小西先生、原さん、松本さん\n\n\
                     いつもお世話になっております。校友会事務局の上田です。\n\
                     2月20日(土)の同窓会について、会場の学士会館と最終の打ち合わせをしました。\n\
                     ・出席の回答：現在 46名（2月6日締切）\n・会費：8,000円（当日受付）\n\
                     ・乾杯のご発声は、小西 先生がお引き受けくださいました。\n\
                     受付名簿の作成は事務局で行いますので、幹事の皆様は当日17:30に会場へお越しください。\n\n{sig}\n"
                ),
            ),
        )
        .policy(alumni_policy())
        .history(json!(history))
        .expect(Allow, &[]),
    );
    // Mis-send: a class organiser asked (from his gmail, mailed before)
    // for his class's list, about 40 people; the office attached the whole
    // member register, 1,240 members with addresses, phones, employers
    // and graduation years. More than a thousand people's data to a
    // private address: block.
    let register = rows(rng, 1240, 1950, 2004, |rng, i, p| {
        vec![
            Cell::from(format!("K{:06}", 100_001 + i)),
            Cell::from(p.full()),
            Cell::from(format!(
                "{}年{}",
                rng.range(1972, 2026),
                rng.pick(&["経済学部卒", "法学部卒", "文学部卒", "理工学部卒"])
            )),
            Cell::from(p.home.full()),
            Cell::from(p.mobile.hyphen()),
            Cell::from(*rng.pick(&["会社員", "自営", "公務員", "教員", ""])),
        ]
    });
    v.push(
        Case::new(
            "k14_alumni_whole_register_to_organiser",
            G,
            "mis-send: a class organiser (gmail, mailed before) asked for his class's list; the whole member register (1,240 members' addresses and phones) was attached",
            mail(
                "城南大学校友会 事務局 上田 <jimukyoku@jonan-koyukai.jp>",
                &["山口 浩二 <koji.yamaguchi.83@gmail.com>"],
                "Re: 2005年卒 名簿のお願い",
                &format!(
                    "山口 浩二 様\n\nいつもありがとうございます。校友会事務局の上田です。\n\
                     ご依頼の名簿をお送りします。案内状の発送にご利用ください。\n\n{sig}\n"
                ),
            ),
        )
        .policy(alumni_policy())
        .attach("校友会員名簿_全件_202612.xlsx", people_sheet("会員", &["会員番号", "氏名", "卒業", "住所", "電話", "職業"], register))
        .history(json!(history))
        .expect(Block, &[]),
    );
    // Mis-send: the Homecoming Day notice to 40 members' private addresses
    // in To instead of Bcc, all mailed before: each sees every other's
    // address. Written as asked (as `kept10`'s fourteen volunteers are);
    // the first run blocked it, and that is the convention `kept13`
    // settled (its 45 families in To: three times the Bcc threshold, a
    // member base that cannot all know each other, not a reply): the
    // expectation was corrected to block after the first run.
    v.push(
        Case::new(
            "k14_alumni_homecoming_40_in_to",
            G,
            "mis-send: the Homecoming Day notice to 40 members' private addresses in To instead of Bcc, all mailed before",
            mail(
                "城南大学校友会 事務局 <jimukyoku@jonan-koyukai.jp>",
                &members.iter().map(String::as_str).collect::<Vec<_>>(),
                "ホームカミングデー 2027 のご案内",
                &format!(
                    "校友の皆様\n\n城南大学校友会事務局です。\n\
                     ホームカミングデー 2027 を5月15日(土)に開催します。キャンパスツアー、ゼミ別の懇親会を予定しています。\n\
                     お申し込みは校友会のウェブサイトからお願いします。\n\n{sig}\n"
                ),
            ),
        )
        .policy(alumni_policy())
        .history(json!(history))
        .expect(Block, &["many_recipients"]),
    );
}

pub(super) fn lunch_cases(v: &mut Vec<Case>, rng: &mut Rng) {
    use Group::Kept14 as G;
    let history =
        json!(["city.tsurugaoka.lg.jp", "maruao-seika.co.jp", "kondo-sr.jp", "kaori.morimoto.0908@gmail.com"]);
    let sig = lunch_sig("栄養士 大塚 美穂", "otsuka@minori-kyushoku.co.jp");
    // Everyday: the January removal-diet plan (除去食) for six children of
    // one school, by class, name and allergen, to the board of education's
    // school-lunch section, which runs the allergy plans (exempted).
    let allergy_doc = files::docx(&[
        "令和9年1月 除去食・代替食 対応一覧（鶴ヶ丘市立東小学校）",
        "2年1組 佐藤 蓮 さん：卵（完全除去）　1/14 親子丼 → 鶏肉の照り焼き丼で代替",
        "3年2組 森 陽太 さん：卵・乳（完全除去）　1/20 グラタン → 除去",
        "4年1組 高橋 美月 さん：えび・かに　1/22 八宝菜 → えび除去",
        "4年3組 伊藤 湊 さん：そば（誤食時エピペン所持）　該当献立なし",
        "5年2組 渡辺 結衣 さん：落花生　1/27 ごまあえ（ピーナッツ不使用を確認済）",
        "6年1組 中村 悠真 さん：小麦（完全除去）　1/15 ソフト麺 → 米粉麺で代替",
        "株式会社みのり給食 栄養士 大塚 美穂",
    ]);
    v.push(
        Case::new(
            "k14_lunch_allergy_plan_to_board",
            G,
            "everyday: January's removal-diet plan (six children by class, name and allergen) to the board of education's school-lunch section, registered and exempted for special-care data",
            mail(
                "みのり給食 大塚 <otsuka@minori-kyushoku.co.jp>",
                &["鶴ヶ丘市教育委員会 学校給食課 <kyushoku@city.tsurugaoka.lg.jp>"],
                "1月分 除去食・代替食対応一覧（東小学校）",
                &office_letter(
                    "鶴ヶ丘市教育委員会\n学校給食課 御中",
                    "みのり給食の大塚です。",
                    "東小学校の1月分 除去食・代替食の対応一覧をお送りいたします。\n\
                     保護者の方への確認は、学校経由で12月18日(金)までにお願いできますでしょうか。",
                    &sig,
                ),
            ),
        )
        .policy(lunch_policy())
        .attach("除去食対応一覧_東小_202701.docx", allergy_doc.clone())
        .history(history.clone())
        .expect(Allow, &[]),
    );
    // Everyday: the weekly produce order to the registered greengrocer:
    // items, kilos, delivery days, and the allergy-free line's separate
    // storage as a note about the kitchen, not anyone.
    v.push(
        Case::new(
            "k14_lunch_produce_order",
            G,
            "everyday: the weekly produce order to the registered greengrocer: items, kilos, days, a note on the allergy-free line's storage",
            mail(
                "みのり給食 大塚 <otsuka@minori-kyushoku.co.jp>",
                &["丸青青果 配送係 <haisou@maruao-seika.co.jp>"],
                "1月第2週 青果発注",
                &office_letter(
                    "株式会社丸青青果\n配送係 御中",
                    "みのり給食の大塚です。",
                    "1月第2週の発注です。\n\
                     1/12(火) 玉ねぎ 60kg、にんじん 35kg、キャベツ 40kg\n\
                     1/13(水) じゃがいも 55kg、長ねぎ 12kg、小松菜 18kg\n\
                     1/14(木) 大根 45kg、ごぼう 10kg、しょうが 2kg\n\
                     アレルギー対応食用の野菜は、これまでどおり別の箱でお願いします。",
                    &sig,
                ),
            ),
        )
        .policy(lunch_policy())
        .history(history.clone())
        .expect(Allow, &[]),
    );
    // Mis-send: the allergy plans of all four schools (48 children: class,
    // name, allergen, epinephrine pen) attached to the produce order to
    // the greengrocer, instead of the order sheet. Children's allergies to
    // a supplier: block.
    let children = rows(rng, 48, 2014, 2020, |rng, _i, p| {
        vec![
            Cell::from(*rng.pick(&["東小学校", "西小学校", "南小学校", "北中学校"])),
            Cell::from(format!("{}年{}組", rng.range(1, 7), rng.range(1, 4))),
            Cell::from(p.full()),
            Cell::from(*rng.pick(&["卵", "乳", "小麦", "えび・かに", "そば", "落花生", "キウイ"])),
            Cell::from(*rng.pick(&["完全除去", "完全除去（エピペン所持）", "加熱可", "微量可"])),
        ]
    });
    v.push(
        Case::new(
            "k14_lunch_allergy_list_to_greengrocer",
            G,
            "mis-send: the four schools' allergy list (48 children: class, name, allergen, epinephrine pen) attached to the produce order to the registered greengrocer",
            mail(
                "みのり給食 大塚 <otsuka@minori-kyushoku.co.jp>",
                &["丸青青果 配送係 <haisou@maruao-seika.co.jp>"],
                "1月第3週 青果発注",
                &office_letter(
                    "株式会社丸青青果\n配送係 御中",
                    "みのり給食の大塚です。",
                    "1月第3週の発注書を添付いたします。ご確認をお願いいたします。",
                    &sig,
                ),
            ),
        )
        .policy(lunch_policy())
        .attach(
            "食物アレルギー対応児童一覧_全校_202701.xlsx",
            people_sheet("一覧", &["学校", "学年組", "氏名", "アレルゲン", "対応"], children),
        )
        .history(history.clone())
        .expect(Block, &[]),
    );
    // Mis-send: a parent (gmail, mailed before) complained that her child
    // was served a dish with egg; the reply to all keeps her in Cc beside
    // the board's section and explains with another child's incident:
    // 「3年2組 森 陽太さん（卵・乳アレルギー）にも同じ献立が…」. Another
    // child's allergy to a parent: block.
    v.push(
        also(
            Case::new(
                "k14_lunch_incident_reply_all_parent_cc",
                G,
                "mis-send: a reply to all on an allergy incident to the board's section, keeping the complaining parent's gmail in Cc, naming another child's egg and milk allergy",
                mail(
                    "みのり給食 大塚 <otsuka@minori-kyushoku.co.jp>",
                    &["鶴ヶ丘市教育委員会 学校給食課 <kyushoku@city.tsurugaoka.lg.jp>"],
                    "Re: 12月3日の給食について（東小 2年1組）",
                    &office_letter(
                        "鶴ヶ丘市教育委員会\n学校給食課 御中",
                        "みのり給食の大塚です。",
                        "12月3日の件、調理記録を確認しました。2年1組の代替食の配缶時に、卵を使った通常食のかき玉汁を取り違えたものです。\n\
                         同じ日、3年2組 森 陽太さん（卵・乳アレルギー、完全除去）にも同じ配缶の流れで代替食を出しており、\
                         森さんの分は担任の先生が確認して差し替え済みでした。\n\
                         再発防止策として、代替食は専用トレーと名札で配缶します。",
                        &sig,
                    ),
                ),
            ),
            "cc",
            json!(["森本 香織 <kaori.morimoto.0908@gmail.com>"]),
        )
        .policy(lunch_policy())
        .history(history.clone())
        .expect(Block, &[]),
    );
    // Mis-send: the monthly meal-count invoice to the board of education,
    // an xlsx whose second sheet, left from the staff's year-end
    // paperwork for the 社労士, lists 14 cooks with their My Numbers. My
    // Numbers to the city's school-lunch section (exempted only for the
    // 社労士): block.
    let t = |s: &str| Cell::from(s);
    let mut counts = vec![
        vec![t("令和8年11月分 学校給食調理業務 実施報告・請求書")],
        super::generators::header(&["学校", "提供日数", "提供食数", "単価", "金額"]),
    ];
    for (s, d, n) in
        [("東小学校", 19.0, 612.0), ("西小学校", 19.0, 488.0), ("南小学校", 19.0, 375.0), ("北中学校", 18.0, 701.0)]
    {
        counts.push(vec![t(s), Cell::Number(d), Cell::Number(d * n), Cell::Number(286.0), Cell::Number(d * n * 286.0)]);
    }
    let mut staff = vec![
        vec![t("年末調整 従業員一覧（近藤社労士事務所 提出用）")],
        super::generators::header(&["氏名", "生年月日", "個人番号", "扶養人数"]),
    ];
    staff.extend(rows(rng, 14, 1958, 1998, |rng, _i, p| {
        vec![
            Cell::from(p.full()),
            date_cell(p),
            Cell::from(pp::my_number(rng)),
            Cell::Number(f64::from(rng.range(0, 3))),
        ]
    }));
    v.push(
        Case::new(
            "k14_lunch_invoice_with_my_numbers_sheet",
            G,
            "mis-send: the monthly meal-count invoice to the board's section with a leftover second sheet listing 14 cooks' My Numbers (exempted only for the 社労士)",
            mail(
                "みのり給食 大塚 <otsuka@minori-kyushoku.co.jp>",
                &["鶴ヶ丘市教育委員会 学校給食課 <kyushoku@city.tsurugaoka.lg.jp>"],
                "11月分 実施報告書・請求書の送付",
                &office_letter(
                    "鶴ヶ丘市教育委員会\n学校給食課 御中",
                    "みのり給食の大塚です。",
                    "11月分の実施報告書兼請求書をお送りいたします。ご査収のほどお願いいたします。",
                    &sig,
                ),
            ),
        )
        .policy(lunch_policy())
        .attach(
            "実施報告書_請求書_202611.xlsx",
            files::xlsx(&[Sheet::new("11月", counts), Sheet::new("従業員", staff)]),
        )
        .history(history)
        .expect(Block, &[]),
    );
}

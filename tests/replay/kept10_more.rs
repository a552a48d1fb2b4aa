//! The tenth kept-aside set, continued (`kept10.rs` has its first three
//! organisations): a wedding venue, a printing company and an after-school
//! children's club. Written with every expected decision before the set
//! was first run.

use super::kept10::birth;
use super::kept8::{also, amount_passing_check, private_mails};
use super::kept9::rows;
use super::office_orgs::{office_letter, people_sheet, signature};
use super::*;

/// A wedding venue: the florist, the photo studio and the group's hotel
/// company.
fn wedding_policy() -> Value {
    json!({
        "internal_domains": ["bellmare-wedding.jp"],
        "partner_domains": {
            "hanaya-ayame.jp": "フラワーショップあやめ",
            "studio-lumiere.co.jp": "株式会社スタジオ・ルミエール",
            "bellmare-hotels.co.jp": "株式会社ベルマーレホテルズ"
        },
        "own_names": ["株式会社ベルマーレ・ウエディング", "ベルマーレ迎賓館"]
    })
}

fn wedding_sig(name: &str, mail: &str) -> String {
    format!(
        "──────────────────────────\nベルマーレ迎賓館 ウエディングプランナー\n{name}\n〒730-0051 広島県広島市中区大手町2-5-14\n\
         TEL: 082-545-7700（サロン） / 携帯: 070-3318-2256\nMail: {mail}\n──────────────────────────"
    )
}

/// A printing company: a co-operative whose members' mailing it prints, a
/// publisher, the bindery and the group's logistics company.
fn print_policy() -> Value {
    json!({
        "internal_domains": ["sanko-print.co.jp"],
        "partner_domains": {
            "minami-seikyo.or.jp": "南生活協同組合",
            "yamato-pub.co.jp": "大和出版株式会社",
            "seihon-ito.jp": "有限会社伊藤製本所",
            "sanko-logi.co.jp": "三光ロジスティクス株式会社"
        },
        "own_names": ["三光印刷株式会社", "三光印刷"]
    })
}

fn print_sig(name: &str, mail: &str) -> String {
    signature("三光印刷株式会社 営業部", name, "〒330-0854 埼玉県さいたま市大宮区桜木町4-210", "048-641-2215", mail)
}

/// An after-school children's club (an NPO): the city's children's
/// section and the snack supplier.
fn club_policy() -> Value {
    json!({
        "internal_domains": ["hoshizora-kids.or.jp"],
        "partner_domains": {
            "city.fuchu.tokyo.lg.jp": "府中市",
            "oyatsu-bin.co.jp": "株式会社おやつ便"
        },
        "own_names": ["NPO法人ほしぞら学童クラブ", "ほしぞら学童クラブ"]
    })
}

fn club_sig(name: &str, mail: &str) -> String {
    signature(
        "NPO法人ほしぞら学童クラブ 府中第二クラブ",
        name,
        "〒183-0022 東京都府中市宮西町2-9-4",
        "042-368-5521",
        mail,
    )
}

pub(super) fn wedding_cases(v: &mut Vec<Case>, rng: &mut Rng) {
    use Group::Kept10 as G;
    let staff = private_mails(rng, 22);
    let mut history: Vec<String> = vec![
        "hanaya-ayame.jp".into(),
        "studio-lumiere.co.jp".into(),
        "bellmare-hotels.co.jp".into(),
        "shota.takahashi.wed@gmail.com".into(),
        "misaki.ueno.0612@gmail.com".into(),
        "yuko-takahashi@softbank.ne.jp".into(),
    ];
    history.extend(staff.iter().cloned());
    let sig = wedding_sig("プランナー 藤井 沙織", "fujii@bellmare-wedding.jp");
    // Everyday: the seating plan draft back to the couple who gave the
    // guest list (both their gmails, mailed before): guests' names, their
    // relation to the couple and table letters. Their own guests, to them.
    let seating = rows(rng, 64, 1950, 2000, |rng, i, p| {
        vec![
            Cell::from(["A", "B", "C", "D", "E", "F", "G", "H"][i % 8]),
            Cell::from(p.full()),
            Cell::from(*rng.pick(&["新郎友人", "新婦友人", "新郎会社上司", "新婦会社同僚", "新郎親族", "新婦親族"])),
        ]
    });
    v.push(
        Case::new(
            "k10_wedding_seating_plan_to_couple",
            G,
            "everyday: the seating-plan draft (64 guests' names, relations, tables) back to the couple's two gmails, mailed before, who gave the list",
            mail(
                "ベルマーレ迎賓館 藤井 <fujii@bellmare-wedding.jp>",
                &["高橋 翔太 <shota.takahashi.wed@gmail.com>", "上野 美咲 <misaki.ueno.0612@gmail.com>"],
                "Re: 席次表のご確認",
                &format!(
                    "高橋 翔太 様\n上野 美咲 様\n\nいつもありがとうございます。ベルマーレ迎賓館の藤井です。\n\n\
                     いただいたゲストリストをもとに席次表の案を作成しました。お名前の漢字と肩書をご確認ください。\n\
                     次回のお打合せ（1月17日 13:00）で確定させていただきます。\n\n{sig}\n"
                ),
            ),
        )
        .policy(wedding_policy())
        .attach("席次表案_高橋家上野家.xlsx", people_sheet("席次", &["卓", "お名前", "ご関係"], seating))
        .history(json!(history))
        .expect(Allow, &[]),
    );
    // Everyday: a Teams invitation for the spring fair's planning meeting
    // to the florist, the photo studio and the group's hotel company, all
    // registered; the planner's mobile in her signature.
    v.push(
        Case::new(
            "k10_wedding_fair_meeting_teams_partners",
            G,
            "everyday: a Teams invitation (ID, passcode) for the spring fair's planning meeting to the florist, the photo studio and the group hotel company",
            mail(
                "ベルマーレ迎賓館 藤井 <fujii@bellmare-wedding.jp>",
                &[
                    "フラワーショップあやめ 大西 <onishi@hanaya-ayame.jp>",
                    "スタジオ・ルミエール 片山 <katayama@studio-lumiere.co.jp>",
                    "ベルマーレホテルズ 営業企画 <kikaku@bellmare-hotels.co.jp>",
                ],
                "春のブライダルフェア 打合せ（1/20）",
                &office_letter(
                    "関係者各位",
                    "ベルマーレ迎賓館の藤井です。",
                    "3月の春のブライダルフェアの打合せを下記のとおり行います。\n議題：模擬挙式の演出、装花テーマ、フォトブース、試食メニュー\n\n\
                     Microsoft Teams 会議\nhttps://teams.microsoft.com/l/meetup-join/19%3ameeting_ZTk2MzQ1%40thread.v2/0\n\
                     会議 ID: 412 887 305 219\nパスコード: bW7kR2",
                    &sig,
                ),
            ),
        )
        .policy(wedding_policy())
        .history(json!(history))
        .expect(Allow, &[]),
    );
    // Everyday: a couple asked for the price list through the website
    // from a gmail never mailed; the reply, greeting the person the address
    // names, carries the plan price list (no one's data).
    let prices = people_sheet(
        "プラン",
        &["プラン名", "人数", "料金（税込）", "内容"],
        vec![
            vec![
                Cell::from("スタンダード"),
                Cell::Number(40.0),
                Cell::Number(2_380_000.0),
                Cell::from("挙式・料理・衣装2点"),
            ],
            vec![
                Cell::from("プレミアム"),
                Cell::Number(60.0),
                Cell::Number(3_460_000.0),
                Cell::from("挙式・料理・衣装3点・写真"),
            ],
            vec![Cell::from("ファミリー婚"), Cell::Number(20.0), Cell::Number(980_000.0), Cell::from("挙式・会食")],
        ],
    );
    v.push(
        Case::new(
            "k10_wedding_price_list_reply_to_inquiry",
            G,
            "everyday: a reply to a website inquiry from a gmail never mailed, greeting the person it names, with the plan price list",
            mail(
                "ベルマーレ迎賓館 藤井 <fujii@bellmare-wedding.jp>",
                &["石原 真由 <mayu.ishihara.89@gmail.com>"],
                "Re: 資料請求（ベルマーレ迎賓館）",
                &format!(
                    "石原 真由 様\n\nこの度は資料をご請求いただき、ありがとうございます。ベルマーレ迎賓館の藤井です。\n\n\
                     プランの料金表をお送りいたします。ご見学は毎週土日に承っております。\n\n{sig}\n"
                ),
            ),
        )
        .policy(wedding_policy())
        .attach("プラン料金表_2027.xlsx", prices)
        .history(json!(history))
        .expect(Allow, &[]),
    );
    // Mis-send: couple A's contract summary (names, address, total, the
    // payment schedule, the bride's pregnancy noted for the dress) went to
    // 高橋 優子, another customer, chosen by autocomplete on 「高橋」; the
    // salutation names 翔太 and 美咲. Ask.
    v.push(
        Case::new(
            "k10_wedding_contract_to_other_takahashi",
            G,
            "mis-send: a couple's contract summary (address, total, payments, the bride's pregnancy), greeting 高橋 翔太 様・上野 美咲 様, sent to 高橋 優子 by autocomplete",
            mail(
                "ベルマーレ迎賓館 藤井 <fujii@bellmare-wedding.jp>",
                &["高橋 優子 <yuko-takahashi@softbank.ne.jp>"],
                "ご契約内容の確認",
                &format!(
                    "高橋 翔太 様\n上野 美咲 様\n\nベルマーレ迎賓館の藤井です。ご契約内容をお送りします。\n\n\
                     挙式日：2027年4月24日(土) 11:00　ご住所：広島市南区宇品海岸3-6-1-804\n\
                     お見積総額：3,812,400円（内金 200,000円 受領済、残金は3月24日までにお振込み）\n\
                     備考：ご新婦様 妊娠5か月のため、ドレスはマタニティ対応、お料理は生もの除去。\n\n{sig}\n"
                ),
            ),
        )
        .policy(wedding_policy())
        .history(json!(history))
        .expect(Confirm, &["salutation_mismatch"]),
    );
    // Mis-send: the March shift table (22 part-time staff: names, private
    // mobiles, home stations, hourly wages) to all 22 in To instead of
    // Bcc. Everyone gets everyone's phone and wage: block.
    let shifts = rows(rng, 22, 1985, 2006, |rng, _, p| {
        vec![
            Cell::from(p.full()),
            Cell::from(p.mobile.hyphen()),
            Cell::from(*rng.pick(&["広島駅", "横川", "宇品", "西広島", "八丁堀"])),
            Cell::Number(f64::from(rng.range(11, 14) * 100)),
            Cell::from(*rng.pick(&["3/6 3/7 3/13", "3/14 3/20", "3/21 3/27 3/28", "3/6 3/20"])),
        ]
    });
    v.push(
        Case::new(
            "k10_wedding_shift_table_22_in_to",
            G,
            "mis-send: the part-timers' shift table (22 people's private mobiles, stations, hourly wages) to all 22 private addresses in To",
            mail(
                "ベルマーレ迎賓館 藤井 <fujii@bellmare-wedding.jp>",
                &staff.iter().map(String::as_str).collect::<Vec<_>>(),
                "3月シフト表",
                &format!("サービススタッフの皆さん\n\nお疲れ様です。藤井です。\n3月のシフト表を送ります。都合が悪い日は2月20日までに連絡ください。\n\n{sig}\n"),
            ),
        )
        .policy(wedding_policy())
        .attach("シフト表_3月.xlsx", people_sheet("3月", &["氏名", "携帯", "最寄駅", "時給", "出勤日"], shifts))
        .history(json!(history))
        .expect(Block, &[]),
    );
}

pub(super) fn print_cases(v: &mut Vec<Case>, rng: &mut Rng) {
    use Group::Kept10 as G;
    let history = json!(["minami-seikyo.or.jp", "yamato-pub.co.jp", "seihon-ito.jp", "sanko-logi.co.jp"]);
    let sig = print_sig("営業 中川 隼人", "nakagawa@sanko-print.co.jp");
    // Everyday: the catalogue proof to nine people of the co-op, who all
    // comment on it; a cc line in the body names the co-op's buyers.
    let co_op: Vec<String> = ["ando", "baba", "chiba", "doi", "endo", "fukuda", "goto", "hara", "imai"]
        .iter()
        .map(|n| format!("{n}@minami-seikyo.or.jp"))
        .collect();
    v.push(
        Case::new(
            "k10_print_proof_to_nine_of_one_client",
            G,
            "everyday: the catalogue's first proof to nine people of the client co-op in To, with a cc line in the body naming its buyers",
            mail(
                "三光印刷 中川 <nakagawa@sanko-print.co.jp>",
                &co_op.iter().map(String::as_str).collect::<Vec<_>>(),
                "【初校】2月号 商品カタログ",
                &office_letter(
                    "南生活協同組合\n商品部 各位\n（cc: 南生活協同組合 広報室 今井様、原様）",
                    "三光印刷の中川です。",
                    "2月号 商品カタログの初校をお送りします。校正共有サイトに掲載しました。\n\
                     https://proof.sanko-print.co.jp/p/2702-minami\n赤字は1月14日(木)までにお願いいたします。",
                    &sig,
                ),
            ),
        )
        .policy(print_policy())
        .history(history.clone())
        .expect(Allow, &[]),
    );
    // Everyday: the delivery instruction for 12,400 mailers to the
    // group's logistics company (registered, its name carries the
    // sender's), with a 12-digit order number passing the My Number check
    // digit.
    let order = amount_passing_check(rng);
    v.push(
        Case::new(
            "k10_print_delivery_to_group_logistics",
            G,
            "everyday: a delivery instruction for 12,400 mailers to the group's logistics company, with a 12-digit order number passing the My Number check digit",
            mail(
                "三光印刷 中川 <nakagawa@sanko-print.co.jp>",
                &["三光ロジスティクス 配送課 <haiso@sanko-logi.co.jp>"],
                "配送手配のお願い（南生協 2月号）",
                &office_letter(
                    "三光ロジスティクス株式会社\n配送課 各位",
                    "三光印刷 営業部の中川です。",
                    &format!(
                        "下記のとおり配送をお願いします。\n受注番号：{order}\n品名：南生協 2月号 商品カタログ 12,400部（200部×62梱）\n\
                         納品先：南生活協同組合 物流センター（さいたま市見沼区）\n納品日時：1月27日(水) 9:00〜12:00"
                    ),
                    &sig,
                ),
            ),
        )
        .policy(print_policy())
        .history(history.clone())
        .expect(Allow, &[]),
    );
    // Everyday: the production spec and the meeting minutes (attendees of
    // both companies, a heat-stroke measure for the bindery's summer work)
    // to the registered bindery.
    let minutes = files::docx(&[
        "打合せ議事録（大和出版 単行本『港町の灯』製本仕様）",
        "日時：2027年1月8日 10:00〜11:00　場所：伊藤製本所 会議室",
        "出席：伊藤製本所 伊藤 社長、工場長 吉岡様／三光印刷 中川、制作部 小池",
        "1. 仕様：四六判 上製 角背、花布 白、スピン 紺、初版 3,000部",
        "2. 日程：刷了 2月3日、製本上がり 2月12日",
        "3. その他：夏場の工場内 熱中症対策として、7〜8月の搬入は午前中とする",
    ]);
    v.push(
        Case::new(
            "k10_print_minutes_to_bindery",
            G,
            "everyday: a production spec meeting's minutes (attendees of both companies, a heat-stroke measure) to the registered bindery",
            mail(
                "三光印刷 中川 <nakagawa@sanko-print.co.jp>",
                &["伊藤製本所 吉岡 <yoshioka@seihon-ito.jp>"],
                "1/8 打合せ議事録の送付",
                &office_letter(
                    "有限会社伊藤製本所\n工場長 吉岡様",
                    "三光印刷の中川です。",
                    "先日の打合せの議事録をお送りします。修正があればお知らせください。",
                    &sig,
                ),
            ),
        )
        .policy(print_policy())
        .attach("議事録_0108_港町の灯.docx", minutes)
        .history(history.clone())
        .expect(Allow, &[]),
    );
    // Mis-send: the co-op's member mailing data (300 members: numbers,
    // names, postal addresses, phones) returned after the run went to the
    // publisher, another client, chosen by autocomplete: a registered
    // partner, but the data is another client's members'. Ask (the
    // earlier sets ask for a registered partner receiving many people's
    // contacts).
    let members = rows(rng, 300, 1940, 1995, |rng, _, p| {
        vec![
            Cell::from(format!("M{}", rng.digits(7))),
            Cell::from(p.full()),
            Cell::from(p.home.postal_hyphen()),
            Cell::from(p.home.full()),
            Cell::from(p.mobile.hyphen()),
        ]
    });
    let member_file = people_sheet("宛名", &["組合員番号", "氏名", "郵便番号", "住所", "電話"], members);
    v.push(
        Case::new(
            "k10_print_member_data_to_other_client",
            G,
            "mis-send: the co-op's mailing data (300 members' addresses and phones) returned to the publisher, another client, by autocomplete",
            mail(
                "三光印刷 中川 <nakagawa@sanko-print.co.jp>",
                &["大和出版 制作部 安藤 <ando@yamato-pub.co.jp>"],
                "宛名データ返却の件",
                &office_letter(
                    "南生活協同組合\n商品部 安藤様",
                    "三光印刷の中川です。",
                    "2月号の発送が完了しましたので、お預かりした宛名データを返却いたします。当社の控えは削除いたしました。",
                    &sig,
                ),
            ),
        )
        .policy(print_policy())
        .attach("宛名データ_2月号.xlsx", member_file.clone())
        .history(history.clone())
        .expect(Confirm, &[]),
    );
    // Mis-send: the same return to minami-seikyou.or.jp, the co-op's
    // domain with a u added (how 生協 is romanised), never mailed. Block.
    v.push(
        Case::new(
            "k10_print_member_data_to_lookalike_coop",
            G,
            "mis-send: the co-op's mailing data (300 members) to ando@minami-seikyou.or.jp, the client's domain with a u added",
            mail(
                "三光印刷 中川 <nakagawa@sanko-print.co.jp>",
                &["南生協 商品部 安藤 <ando@minami-seikyou.or.jp>"],
                "宛名データ返却の件",
                &office_letter(
                    "南生活協同組合\n商品部 安藤様",
                    "三光印刷の中川です。",
                    "2月号の発送が完了しましたので、お預かりした宛名データを返却いたします。",
                    &sig,
                ),
            ),
        )
        .policy(print_policy())
        .attach("宛名データ_2月号.xlsx", member_file)
        .history(history.clone())
        .expect(Block, &["lookalike_domain"]),
    );
    // Mis-send: a forward to the bindery about a delayed schedule quotes
    // the production manager's internal mail: a named colleague's lumbar
    // disc herniation, his surgery and two months' leave. A colleague's
    // illness to an outside company: block.
    v.push(
        Case::new(
            "k10_print_forward_quotes_colleague_illness",
            G,
            "mis-send: a forward to the bindery about a delay quoting an internal mail on a named colleague's disc herniation, surgery and leave",
            mail(
                "三光印刷 中川 <nakagawa@sanko-print.co.jp>",
                &["伊藤製本所 吉岡 <yoshioka@seihon-ito.jp>"],
                "Fw: 2月の刷了日程について",
                &format!(
                    "吉岡様\n\nお世話になっております。三光印刷の中川です。\n刷了が数日遅れる見込みです。事情は下記のとおりです。\n\n{sig}\n\n\
                     -----Original Message-----\nFrom: 小池 誠 <koike@sanko-print.co.jp>\nSent: Tuesday, January 12, 2027 8:41 AM\n\
                     To: 営業部 <eigyo@sanko-print.co.jp>\nSubject: 2月の刷了日程について\n\n\
                     営業部各位\n\n印刷課の大野 健司さんが腰椎椎間板ヘルニアで1月18日に手術を受け、\n\
                     2か月ほど休職します。2月の刷了は3日ほど遅れます。本人の希望で、病名は社内限りでお願いします。\n小池"
                ),
            ),
        )
        .policy(print_policy())
        .history(history)
        .expect(Block, &[]),
    );
}

pub(super) fn club_cases(v: &mut Vec<Case>, rng: &mut Rng) {
    use Group::Kept10 as G;
    let parents = private_mails(rng, 20);
    let mut history: Vec<String> =
        vec!["city.fuchu.tokyo.lg.jp".into(), "oyatsu-bin.co.jp".into(), "rie.matsuo.1990@gmail.com".into()];
    history.extend(parents.iter().cloned());
    let sig = club_sig("支援員 加藤 美穂", "fuchu2@hoshizora-kids.or.jp");
    // Mis-send: the children's allergy and pick-up list (20 children:
    // allergies, pick-up persons, their mobiles), meant for the new staff
    // member, attached to the newsletter to 20 parents in Bcc. Bcc hides
    // the addresses, not the attachment: every family gets every child's
    // allergies and pick-up contacts. Block.
    let children = rows(rng, 20, 2016, 2020, |rng, _, p| {
        let mother = rng.chance(0.5);
        let parent = p.relative(rng, mother, 1980, 1992);
        vec![
            Cell::from(p.full()),
            Cell::from(*rng.pick(&["1年", "2年", "3年"])),
            Cell::from(*rng.pick(&["なし", "卵", "小麦", "乳", "そば・落花生", "えび・かに"])),
            Cell::from(parent.full()),
            Cell::from(parent.mobile.hyphen()),
        ]
    });
    v.push(
        also(
            Case::new(
                "k10_club_allergy_list_to_parents_bcc",
                G,
                "mis-send: the children's allergy and pick-up list (20 children, parents' mobiles) attached to the newsletter to 20 parents in Bcc",
                mail(
                    "ほしぞら学童クラブ <fuchu2@hoshizora-kids.or.jp>",
                    &["fuchu2@hoshizora-kids.or.jp"],
                    "【ほしぞら学童】1月のおたより",
                    &format!(
                        "保護者の皆様\n\nいつもありがとうございます。ほしぞら学童クラブ府中第二の加藤です。\n\
                         1月のおたよりをお送りします。1月の行事は書き初め大会（1/13）と誕生日会（1/27）です。\n\n{sig}\n"
                    ),
                ),
            ),
            "bcc",
            json!(parents),
        )
        .policy(club_policy())
        .attach("アレルギー・お迎え一覧.xlsx", people_sheet("一覧", &["児童氏名", "学年", "アレルギー", "お迎え", "携帯"], children))
        .history(json!(history))
        .expect(Block, &[]),
    );
    // Mis-send: reply-all on a thread with the city's child-support
    // section keeps one mother (her gmail) in Cc; the reply reports bruises
    // seen on her son and a suspicion of abuse at home. Block.
    v.push(
        also(
            Case::new(
                "k10_club_abuse_concern_reply_all_keeps_mother",
                G,
                "mis-send: reply-all to the city's child-support section about a boy's bruises and suspected abuse keeps his mother's gmail in Cc",
                mail(
                    "ほしぞら学童クラブ 加藤 <fuchu2@hoshizora-kids.or.jp>",
                    &["府中市 子ども家庭支援センター 西村 <kodomo-shien@city.fuchu.tokyo.lg.jp>"],
                    "Re: 1月からのお迎え時間について（松尾 蒼くん）",
                    &format!(
                        "府中市 子ども家庭支援センター\n西村様\n\nお世話になっております。ほしぞら学童クラブの加藤です。\n\n\
                         松尾 蒼くん（2年）について、1月8日と12日に左腕と背中にあざを確認しました。\n\
                         本人は「お父さんに怒られた」と話しており、家庭での虐待の可能性があると考えます。\n\
                         写真と記録を保管しておりますので、対応についてご指示ください。\n\n{sig}\n"
                    ),
                ),
            ),
            "cc",
            json!(["松尾 理恵 <rie.matsuo.1990@gmail.com>"]),
        )
        .policy(club_policy())
        .history(json!(history))
        .expect(Block, &[]),
    );
    // Mis-send: the enrolment list for the city's subsidy (35 children:
    // birth dates, schools, guardians, mobiles, addresses) to
    // city.fucyu.tokyo.lg.jp, the city's domain with chu typed as cyu.
    let enrolled = rows(rng, 35, 2016, 2020, |rng, _, p| {
        let mother = rng.chance(0.5);
        let parent = p.relative(rng, mother, 1980, 1992);
        vec![
            Cell::from(p.full()),
            birth(p),
            Cell::from(*rng.pick(&["府中第二小", "府中第五小", "府中第十小"])),
            Cell::from(parent.full()),
            Cell::from(parent.mobile.hyphen()),
            Cell::from(p.home.full()),
        ]
    });
    v.push(
        Case::new(
            "k10_club_enrolment_list_to_city_lookalike",
            G,
            "mis-send: 35 children's enrolment list (birth dates, guardians, mobiles, addresses) to city.fucyu.tokyo.lg.jp, the city's domain misspelt",
            mail(
                "ほしぞら学童クラブ 加藤 <fuchu2@hoshizora-kids.or.jp>",
                &["府中市 子育て応援課 <kosodate@city.fucyu.tokyo.lg.jp>"],
                "学童クラブ在籍児童名簿（補助金申請）",
                &office_letter(
                    "府中市 子育て応援課\nご担当者様",
                    "ほしぞら学童クラブ府中第二の加藤です。",
                    "補助金申請に係る1月1日現在の在籍児童名簿を提出いたします。",
                    &sig,
                ),
            ),
        )
        .policy(club_policy())
        .attach("在籍児童名簿_20270101.xlsx", people_sheet("名簿", &["児童氏名", "生年月日", "学校", "保護者", "携帯", "住所"], enrolled))
        .history(json!(history))
        .expect(Block, &["lookalike_domain"]),
    );
}

//! Issue 21, the twelfth kept-aside set: 30 whole messages of six
//! organisations unlike those of the earlier sets (a Buddhist temple's
//! office, an enterprise labour union, a court-interpreting agency, a
//! regional house builder, a city's childcare section and a pet hotel),
//! 15 everyday mails and 15 mis-sends. Written, with every expected
//! decision, before it was first run, and committed before that run; each
//! case says the mistake it models (or why it is everyday) and why its
//! decision is the one a careful security officer would take. Reported,
//! not gated.
//!
//! First run (27d906c, before any change made for it): 25 of 30 pass; 4
//! of 15 everyday mails warned about (two blocked, two asked), 1 of 15
//! mis-sends missed, none caught at another strength.
//! - Warned wrongly: the temple's funeral schedule to the funeral home
//!   (「宗派：浄土宗（中村家は当寺の檀家です）」 blocked as a living
//!   person's creed); the interpreter booking to the defence lawyer who
//!   asked for it (「被疑者：…　罪名：窃盗」 blocked as a criminal record);
//!   the union's Zoom invitation to nine executives at the employer's
//!   domain and the federation's organiser (asked: `many_recipients`, and
//!   `salutation_mismatch` reading only the second line of a two-line
//!   greeting 「執行委員各位／化学産業労連 組織局 ご担当者様」); the
//!   builder's Zoom invitation to the customer couple and the interior
//!   coordinator (asked: `external_organisations`, private addresses among
//!   the invitees).
//! - Missed: a trial briefing greeting 「ファム・ティ・ホア 様」 sent to
//!   「ファム・ミン・トゥアン」 (a katakana name with 「・」 not compared
//!   with the display name; the criminal record, four terms, not weighed
//!   at a private address mailed before).
//!
//! Tuned on since (83cb142, 25de52e, c025e4a, and 54fc4b7 from probing
//! outside the set; each change with its pair in
//! `tests/check/kept12_pairs.rs`), so the set is no longer held out: after,
//! 0 of 15 and 0 of 15, all at the expected strength; no other set's
//! decisions or fired rules changed.
//!
//! This file has the first three organisations; `kept12_more.rs` the
//! other three.

use super::kept8::{also, private_mails};
use super::kept9::rows;
use super::office_orgs::{office_letter, people_sheet, signature};
use super::*;

// ============================================================ organisations

/// A Buddhist temple's office (寺務所): the funeral home that families
/// choose, the stonemason who builds and removes graves, and the caterer
/// of the temple's meals. The temple's lay officers (総代) use private
/// addresses.
fn temple_policy() -> Value {
    json!({
        "internal_domains": ["komyoji.or.jp"],
        "partner_domains": {
            "inaho-sosai.co.jp": "株式会社いなほ葬祭",
            "yamamoto-sekizai.co.jp": "有限会社山本石材",
            "shidashi-shogetsu.co.jp": "株式会社仕出し松月"
        },
        "own_names": ["宗教法人光明寺", "光明寺"]
    })
}

fn temple_sig(name: &str, mail: &str) -> String {
    signature("浄土宗 光明寺 寺務所", name, "〒444-0802 愛知県岡崎市美合町字平端18", "0564-51-2287", mail)
}

/// An enterprise labour union: the employer (whose HR it bargains with and
/// whose addresses its members use at work), the industrial federation it
/// belongs to and its labour lawyers.
fn union_policy() -> Value {
    json!({
        "internal_domains": ["tohokasei-u.jp"],
        "partner_domains": {
            "toho-kasei.co.jp": "東邦化成株式会社",
            "kagaku-rengo.or.jp": "全国化学産業労働組合連合会",
            "aoi-law.jp": "あおい法律事務所"
        },
        "own_names": ["東邦化成労働組合", "東邦化成労組"]
    })
}

fn union_sig(name: &str, mail: &str) -> String {
    signature(
        "東邦化成労働組合 本部",
        name,
        "〒299-0108 千葉県市原市千種海岸3 東邦化成千葉工場 厚生棟2F",
        "0436-21-5510",
        mail,
    )
}

/// A court-interpreting agency: the defence lawyers who book interpreters
/// for interviews and trials, a trading company it interprets business
/// meetings for, the legal aid centre and its tax accountant. Its
/// interpreters are freelancers at private addresses.
fn interp_policy() -> Value {
    json!({
        "internal_domains": ["linga-bridge.co.jp"],
        "partner_domains": {
            "minato-law.jp": "弁護士法人みなと総合法律事務所",
            "minato-tsusho.co.jp": "みなと通商株式会社",
            "houterasu.or.jp": "日本司法支援センター",
            "kimura-tax.jp": "木村税理士事務所"
        },
        "own_names": ["株式会社リンガブリッジ", "リンガブリッジ"]
    })
}

fn interp_sig(name: &str, mail: &str) -> String {
    signature(
        "株式会社リンガブリッジ 司法通訳部",
        name,
        "〒160-0023 東京都新宿区西新宿7-5-9 ファーストリアルタワー8F",
        "03-5338-4170",
        mail,
    )
}

// ==================================================================== cases

/// The twelfth kept-aside set. Reported, not gated.
pub fn kept_twelfth_cases() -> Vec<Case> {
    let mut v = Vec::new();
    let mut rng = Rng::new(12_012);
    temple_cases(&mut v, &mut rng);
    union_cases(&mut v, &mut rng);
    interp_cases(&mut v, &mut rng);
    super::kept12_more::builder_cases(&mut v, &mut rng);
    super::kept12_more::childcare_cases(&mut v, &mut rng);
    super::kept12_more::pet_hotel_cases(&mut v, &mut rng);
    v
}

fn temple_cases(v: &mut Vec<Case>, rng: &mut Rng) {
    use Group::Kept12 as G;
    let danka = private_mails(rng, 40);
    let mut history: Vec<String> = vec![
        "inaho-sosai.co.jp".into(),
        "yamamoto-sekizai.co.jp".into(),
        "shidashi-shogetsu.co.jp".into(),
        "yamamoto.shigeru.1951@gmail.com".into(),
    ];
    history.extend(danka.iter().cloned());
    let sig = temple_sig("寺務所 宮本 慶子", "jimusho@komyoji.or.jp");
    // Everyday: the funeral home the family chose asks which sect's rite
    // to prepare for; the temple confirms the schedule, the sect, and the
    // deceased's posthumous name. A family's sect in a funeral order to the
    // funeral home that family hired is what the order is for; the
    // deceased is not a living person under the APPI.
    v.push(
        Case::new(
            "k12_temple_funeral_schedule_to_funeral_home",
            G,
            "everyday: the temple confirms to the registered funeral home the family chose the funeral times, the sect (浄土宗, the family are 檀家) and the deceased's posthumous name",
            mail(
                "光明寺 寺務所 <jimusho@komyoji.or.jp>",
                &["いなほ葬祭 葬祭部 小松 <komatsu@inaho-sosai.co.jp>"],
                "Re: 中村家 通夜・葬儀の日程について",
                &office_letter(
                    "株式会社いなほ葬祭\n葬祭部 小松様",
                    "光明寺 寺務所の宮本です。",
                    "中村家のご葬儀の件、住職の日程を確保いたしました。\n\
                     通夜：12月15日(火) 18:00　いなほ会館 第1式場\n\
                     葬儀・告別式：12月16日(水) 10:00　同式場\n\
                     宗派：浄土宗（中村家は当寺の檀家です）。導師は住職、脇導師1名が伺います。\n\
                     故 中村 清 様の戒名は「清誉浄心居士」です。白木位牌は当寺で書いてお持ちします。\n\
                     枕経は本日16時にご自宅へ伺います。祭壇の配置は前回と同じでお願いいたします。",
                    &sig,
                ),
            ),
        )
        .policy(temple_policy())
        .history(json!(history))
        .expect(Allow, &[]),
    );
    // Everyday: the spring equinox service's notice to 40 parishioner
    // households in Bcc, all mailed before: 「檀家の皆様」 is the temple's
    // way of addressing its own members, to them, seeing no one else.
    v.push(
        also(
            Case::new(
                "k12_temple_higan_notice_bcc",
                G,
                "everyday: the spring equinox service's notice 「檀家の皆様へ」 to 40 parishioner households in Bcc, all mailed before, with the office's phone",
                mail(
                    "光明寺 寺務所 <jimusho@komyoji.or.jp>",
                    &["jimusho@komyoji.or.jp"],
                    "【光明寺】春季彼岸会法要のご案内",
                    &format!(
                        "檀家の皆様へ\n\n合掌　日ごとに春めいてまいりました。皆様にはお健やかにお過ごしのことと存じます。\n\
                         本年も下記のとおり春季彼岸会法要を勤めます。お誘いあわせのうえお参りください。\n\n\
                         日時：3月20日(土) 13:30〜（受付 13:00〜）\n場所：光明寺 本堂\n\
                         塔婆供養：1基 5,000円　お申し込みは3月10日までに寺務所（0564-51-2287）へ\n\
                         当日は駐車場が混み合いますので、なるべく乗り合わせでお越しください。\n\n{sig}\n"
                    ),
                ),
            ),
            "bcc",
            json!(danka),
        )
        .policy(temple_policy())
        .history(json!(history))
        .expect(Allow, &[]),
    );
    // Everyday: the meal order for the lay officers' meeting to the
    // registered caterer: a count, and 「うち2名がそばアレルギー」, how
    // many meals to make without buckwheat. Nobody is named.
    v.push(
        Case::new(
            "k12_temple_officers_meal_order_to_caterer",
            G,
            "everyday: the officers' meeting meal order to the registered caterer, 18 meals 「うち2名がそばアレルギー、1名は精進料理」, no one named",
            mail(
                "光明寺 寺務所 <jimusho@komyoji.or.jp>",
                &["仕出し松月 <order@shidashi-shogetsu.co.jp>"],
                "総代会 お弁当のご注文（1/24）",
                &office_letter(
                    "株式会社仕出し松月\nご注文係 御中",
                    "光明寺 寺務所の宮本です。",
                    "総代会の昼食を下記のとおりお願いいたします。\n\
                     日時：1月24日(日) 12:00 本堂横 客殿にお届け\n\
                     松花堂弁当 18名分（うち2名がそばアレルギーですので、そばを使わないものを2つ、\n\
                     1名は精進料理でお願いします）、お吸い物付き\n\
                     お支払いはいつものとおり月末締めの振込でお願いいたします。",
                    &sig,
                ),
            ),
        )
        .policy(temple_policy())
        .history(json!(history))
        .expect(Allow, &[]),
    );
    // Mis-send: the lay officers' meeting paper on three families asking to
    // leave the temple (one converted to Christianity, one joined 創価学会:
    // their creed, special-care data under the APPI) meant for 総代 山本
    // at his gmail, sent to 山本 at the stonemason (registered) chosen by
    // autocomplete on 「山本」. The stonemason removes graves but has no
    // business knowing anyone's faith: block.
    v.push(
        Case::new(
            "k12_temple_conversion_list_to_stonemason_namesake",
            G,
            "mis-send: three families' requests to leave the temple (a conversion to Christianity, joining 創価学会) meant for the lay officer 山本, sent to 山本 at the registered stonemason by autocomplete",
            mail(
                "光明寺 寺務所 <jimusho@komyoji.or.jp>",
                &["山本石材 山本 <yamamoto@yamamoto-sekizai.co.jp>"],
                "離檀のお申し出について（総代会資料）",
                &format!(
                    "山本様\n\nいつもお世話になっております。光明寺 寺務所の宮本です。\n\
                     次回の総代会でお諮りする離檀のお申し出（3件）をお送りします。\n\n\
                     ・佐々木 和夫 様（美合町字池端4-11）：ご長男がキリスト教に改宗され、教会の墓地へ改葬をご希望\n\
                     ・岡 美代子 様（美合町字西屋敷8-3）：創価学会に入信されたため、離檀と墓所の返還をご希望\n\
                     ・森田 修 様（美合町字新居21）：遠方への転居のため墓じまいをご希望\n\n\
                     離檀料の扱いについて、総代会の前にご意見をお聞かせください。\n\n{sig}\n"
                ),
            ),
        )
        .policy(temple_policy())
        .history(json!(history))
        .expect(Block, &[]),
    );
    // Mis-send: the same equinox notice to the 40 households in Bcc, but the
    // attachment is the parish register (150 households: addresses, phones,
    // grave numbers, unpaid upkeep fees) instead of the leaflet. Every
    // household gets everyone's address and who has not paid: block.
    let register = rows(rng, 150, 1935, 1985, |rng, i, p| {
        vec![
            Cell::from(format!("{}", 1001 + i)),
            Cell::from(p.full()),
            Cell::from(p.home.full()),
            Cell::from(p.landline.hyphen()),
            Cell::from(format!("{}区-{}", rng.pick(&["東", "西", "南", "北"]), rng.range(1, 80))),
            Cell::from(*rng.pick(&["納入済", "納入済", "納入済", "未納（令和7年度）"])),
        ]
    });
    v.push(
        also(
            Case::new(
                "k12_temple_notice_bcc_with_parish_register",
                G,
                "mis-send: the equinox notice to 40 households in Bcc with the parish register (150 households' addresses, phones, graves, unpaid fees) attached instead of the leaflet",
                mail(
                    "光明寺 寺務所 <jimusho@komyoji.or.jp>",
                    &["jimusho@komyoji.or.jp"],
                    "【光明寺】春季彼岸会法要のご案内（案内状添付）",
                    &format!(
                        "檀家の皆様へ\n\n合掌　春季彼岸会法要のご案内を添付いたします。\n\
                         3月20日(土) 13:30〜 本堂にて勤めます。塔婆のお申し込みは3月10日までにお願いいたします。\n\n{sig}\n"
                    ),
                ),
            ),
            "bcc",
            json!(danka),
        )
        .policy(temple_policy())
        .attach("檀家名簿_令和8年.xlsx", people_sheet("檀家名簿", &["檀家番号", "世帯主", "住所", "電話", "墓所", "護持会費"], register))
        .history(json!(history))
        .expect(Block, &[]),
    );
}

fn union_cases(v: &mut Vec<Case>, rng: &mut Rng) {
    use Group::Kept12 as G;
    let executives: Vec<String> =
        ["k.ishikawa", "m.hirano", "t.sakai", "y.ogawa", "h.maeda", "s.fujita", "n.kubo", "r.ando", "a.noguchi"]
            .iter()
            .map(|u| format!("{u}@toho-kasei.co.jp"))
            .collect();
    let history = json!(["toho-kasei.co.jp", "kagaku-rengo.or.jp", "aoi-law.jp"]);
    let sig = union_sig("書記長 西岡 隆", "nishioka@tohokasei-u.jp");
    // Everyday: the spring wage claim and the request for collective
    // bargaining to the employer's HR, the counterpart the union exists to
    // bargain with.
    v.push(
        Case::new(
            "k12_union_wage_claim_to_employer_hr",
            G,
            "everyday: the spring wage claim (4.5% base pay, 5.2 months' bonus) and the bargaining date to the employer's HR, a registered partner",
            mail(
                "東邦化成労働組合 西岡 <nishioka@tohokasei-u.jp>",
                &["東邦化成 人事部 労政課 <rousei@toho-kasei.co.jp>"],
                "2027年春季要求書の提出および団体交渉の申し入れ",
                &office_letter(
                    "東邦化成株式会社\n人事部 労政課 御中",
                    "東邦化成労働組合 書記長の西岡です。",
                    "2月5日の中央委員会で決定した2027年春季要求書を添付のとおり提出いたします。\n\
                     要求の骨子：基本給 4.5%（月額15,200円）の引き上げ、年間一時金 5.2ヶ月、初任給 2万円の引き上げ\n\
                     第1回団体交渉を2月18日(木) 14:00、本社7階大会議室にて申し入れます。\n\
                     ご回答は3月11日までにお願いいたします。",
                    &sig,
                ),
            ),
        )
        .policy(union_policy())
        .attach("2027春季要求書.docx", files::docx(&[
            "2027年 春季要求書",
            "東邦化成株式会社 代表取締役社長 殿",
            "1. 基本給を4.5%（平均15,200円）引き上げること",
            "2. 年間一時金を5.2ヶ月とすること",
            "3. 初任給を20,000円引き上げること",
            "東邦化成労働組合 中央執行委員長 石川 健一",
        ]))
        .history(history.clone())
        .expect(Allow, &[]),
    );
    // Everyday: the year-end membership return to the industrial federation:
    // counts only, 「うち2名が育児休業中、1名が傷病休職中」 saying why three
    // members pay no dues. No one is named.
    v.push(
        Case::new(
            "k12_union_membership_count_to_federation",
            G,
            "everyday: the year-end membership return to the registered federation: counts 「うち2名が育児休業中、1名が傷病休職中のため組合費免除」, no one named",
            mail(
                "東邦化成労働組合 西岡 <nishioka@tohokasei-u.jp>",
                &["化学産業労連 組織局 <soshiki@kagaku-rengo.or.jp>"],
                "12月末 組合員数報告および上納金について",
                &office_letter(
                    "全国化学産業労働組合連合会\n組織局 御中",
                    "東邦化成労働組合 書記長の西岡です。",
                    "12月末の組合員数をご報告いたします。\n\
                     組合員数 412名（うち女性 96名、再雇用者 28名）\n\
                     うち2名が育児休業中、1名が傷病休職中のため、組合費を免除しています。\n\
                     上納金は 409名 × 650円 = 265,850円 を1月15日に振り込みます。",
                    &sig,
                ),
            ),
        )
        .policy(union_policy())
        .history(history.clone())
        .expect(Allow, &[]),
    );
    // Everyday: the executive committee's Zoom invitation (link, ID,
    // passcode) to the nine executives at their work addresses and the
    // federation's organiser. A meeting's passcode goes to its invitees.
    let mut invitees: Vec<&str> = executives.iter().map(String::as_str).collect();
    invitees.push("soshiki@kagaku-rengo.or.jp");
    v.push(
        Case::new(
            "k12_union_executive_zoom_invitation",
            G,
            "everyday: the executive committee's Zoom invitation (link, ID, passcode) to nine executives at the employer's domain and the federation's organiser, all registered",
            mail(
                "東邦化成労働組合 西岡 <nishioka@tohokasei-u.jp>",
                &invitees,
                "【執行委員会】1月定例 Zoom開催のご案内",
                "執行委員各位\n化学産業労連 組織局 ご担当者様\n\n\
                 お疲れ様です。書記長の西岡です。\n1月の定例執行委員会はZoomで開催します。\n\n\
                 東邦化成労組 書記局 があなたを予約されたZoomミーティングに招待しています。\n\n\
                 トピック: 1月 定例執行委員会\n時刻: 2027年1月14日 06:30 PM 大阪、札幌、東京\n\n\
                 Zoomミーティングに参加する\nhttps://us02web.zoom.us/j/84417203395?pwd=Qm9rUzZWY1hTb2xEZ2FqT3pRa1pPZz09\n\n\
                 ミーティング ID: 844 1720 3395\nパスコード: 730158\n\n\
                 議題：春季要求の最終確認、団交体制、3月の職場集会の日程\n\n\
                 東邦化成労働組合 書記長 西岡 隆\nTEL: 0436-21-5510\n",
            ),
        )
        .policy(union_policy())
        .history(history.clone())
        .expect(Allow, &[]),
    );
    // Mis-send: the union's membership roster (120 members: name, section,
    // staff number, joining date, dues) for the federation's mutual-aid
    // desk went to the employer's HR by autocomplete. Union membership is
    // not special-care data under the APPI but an employer knowing who
    // joined is what the law against unfair labour practice guards
    // against; the salutation names the federation: ask.
    let roster = rows(rng, 120, 1966, 2004, |rng, _, p| {
        vec![
            Cell::from(p.full()),
            Cell::from(*rng.pick(&["製造1課", "製造2課", "品質保証課", "設備保全課", "物流課", "研究開発部"])),
            Cell::from(format!("T{}", rng.digits(6))),
            Cell::from(format!("{}/4/1", rng.range(1990, 2026))),
            Cell::Number(f64::from(rng.range(38, 62)) * 100.0),
        ]
    });
    v.push(
        Case::new(
            "k12_union_roster_to_employer_hr",
            G,
            "mis-send: 120 members' union roster (name, section, staff number, joining date, dues) meant for the federation's mutual-aid desk, sent to the employer's HR by autocomplete",
            mail(
                "東邦化成労働組合 西岡 <nishioka@tohokasei-u.jp>",
                &["東邦化成 人事部 労政課 <rousei@toho-kasei.co.jp>"],
                "組合員名簿（共済加入者確認用）",
                &office_letter(
                    "全国化学産業労働組合連合会\n共済推進室 御中",
                    "東邦化成労働組合 書記長の西岡です。",
                    "共済加入者の確認用に、12月末現在の組合員名簿をお送りいたします。\n取り扱いにはご注意ください。",
                    &sig,
                ),
            ),
        )
        .policy(union_policy())
        .attach("組合員名簿_202612.xlsx", people_sheet("組合員", &["氏名", "所属", "社員番号", "加入日", "組合費"], roster))
        .history(history.clone())
        .expect(Confirm, &["salutation_mismatch"]),
    );
    // Mis-send: a member's harassment complaint (her manager named, her
    // adjustment-disorder diagnosis) meant for the union's lawyer went to
    // the employer's HR by autocomplete on 「あ」/「労政」. Special-care data
    // of a named member to the party she complains about, under a
    // salutation naming the law office: block.
    v.push(
        Case::new(
            "k12_union_harassment_case_to_employer_hr",
            G,
            "mis-send: a member's harassment complaint (her manager, her 適応障害 diagnosis) meant for the union's lawyer, sent to the employer's HR",
            mail(
                "東邦化成労働組合 西岡 <nishioka@tohokasei-u.jp>",
                &["東邦化成 人事部 労政課 <rousei@toho-kasei.co.jp>"],
                "ご相談：組合員のパワハラ事案について",
                &office_letter(
                    "あおい法律事務所\n青井先生",
                    "東邦化成労働組合 書記長の西岡です。",
                    "組合員 渡辺 美紀 さん（製造2課）から、上司の岡本課長による叱責と業務外しについて相談を受けています。\n\
                     渡辺さんは11月に心療内科で適応障害と診断され、現在2週間の休職中です（診断書の写しあり）。\n\
                     会社への団体交渉の申し入れ前に、パワハラとして主張できるかご意見を伺えますでしょうか。",
                    &sig,
                ),
            ),
        )
        .policy(union_policy())
        .history(history.clone())
        .expect(Block, &[]),
    );
}

fn interp_cases(v: &mut Vec<Case>, rng: &mut Rng) {
    use Group::Kept12 as G;
    let my_number = pp::my_number(rng);
    let history = json!([
        "minato-law.jp",
        "minato-tsusho.co.jp",
        "houterasu.or.jp",
        "kimura-tax.jp",
        "pham.thihoa.88@gmail.com",
        "pham.minhtuan.tokyo@gmail.com",
        "le.vanhung.interp@yahoo.co.jp"
    ]);
    let sig = interp_sig("コーディネーター 高田 彩", "takada@linga-bridge.co.jp");
    // Everyday: the interpreter booked for a defence lawyer's interview at
    // the police station, to that lawyer (registered): the suspect's name
    // and the charge are what the booking is about, sent to the counsel who
    // asked for it.
    v.push(
        Case::new(
            "k12_interp_booking_to_defence_lawyer",
            G,
            "everyday: an interview interpreter's booking to the defence lawyer who asked for it (registered): the suspect's name, nationality, the charge, the police station",
            mail(
                "リンガブリッジ 高田 <takada@linga-bridge.co.jp>",
                &["みなと総合法律事務所 弁護士 田村 <tamura@minato-law.jp>"],
                "Re: 接見通訳のご依頼（ベトナム語・12/11）",
                &office_letter(
                    "弁護士法人みなと総合法律事務所\n弁護士 田村先生",
                    "リンガブリッジの高田です。",
                    "ご依頼の接見通訳、下記のとおり手配いたしました。\n\
                     日時：12月11日(金) 14:00〜16:00　場所：新宿警察署\n\
                     被疑者：グエン・ヴァン・ドゥック 氏（ベトナム国籍）　罪名：窃盗\n\
                     通訳人：ファム・ティ・ホア（司法通訳歴12年）\n\
                     通訳料は2時間まで 24,000円、交通費実費です。請求書は月末にお送りします。",
                    &sig,
                ),
            ),
        )
        .policy(interp_policy())
        .history(history.clone())
        .expect(Allow, &[]),
    );
    // Mis-send: the case briefing for the trial (the defendant's name, the
    // charge, a previous conviction) meant for the interpreter ファム・ティ・
    // ホア went to ファム・ミン・トゥアン, another interpreter (mailed
    // before), by autocomplete on 「ファム」. The salutation names ホア; the
    // sender can see it: ask.
    v.push(
        Case::new(
            "k12_interp_briefing_to_other_pham",
            G,
            "mis-send: a trial briefing (defendant, charge, a previous conviction) greeting ファム・ティ・ホア 様, sent to ファム・ミン・トゥアン, another interpreter, by autocomplete",
            mail(
                "リンガブリッジ 高田 <takada@linga-bridge.co.jp>",
                &["ファム・ミン・トゥアン <pham.minhtuan.tokyo@gmail.com>"],
                "1/19 公判通訳の事前資料",
                &format!(
                    "ファム・ティ・ホア 様\n\nいつもありがとうございます。リンガブリッジの高田です。\n\
                     1月19日(火) 10:00 東京地方裁判所 刑事第5部 の公判通訳の事前資料です。\n\n\
                     被告人：レ・ティ・マイ 氏（ベトナム国籍、28歳）\n罪名：入管法違反（不法残留）、窃盗\n\
                     前科：1犯（令和5年 窃盗 懲役1年 執行猶予3年）。執行猶予中の再犯です。\n\
                     起訴状の訳文と冒頭陳述の要旨を添付します。守秘義務の取り扱いにご注意ください。\n\n{sig}\n"
                ),
            ),
        )
        .policy(interp_policy())
        .history(history.clone())
        .expect(Confirm, &["salutation_mismatch"]),
    );
    // Mis-send: the coordinator forwards an interpreter's reply to another
    // interpreter to pass on her availability; the quoted reply gives her
    // My Number for the fee statement. A My Number to a private address
    // that is not its owner's: block.
    v.push(
        Case::new(
            "k12_interp_forward_quoting_my_number",
            G,
            "mis-send: a forward to another interpreter of one interpreter's reply that quotes her My Number (given for the fee statement)",
            mail(
                "リンガブリッジ 高田 <takada@linga-bridge.co.jp>",
                &["レ・ヴァン・フン <le.vanhung.interp@yahoo.co.jp>"],
                "Fw: 1月の稼働可能日と個人番号の件",
                &format!(
                    "フンさん\n\nお疲れ様です。高田です。\n1月のホアさんの稼働可能日です。19日の公判はホアさん、20日以降の接見はフンさんでお願いできますか。\n\n\
                     -----Original Message-----\nFrom: ファム・ティ・ホア <pham.thihoa.88@gmail.com>\nSent: Monday, December 7, 2026 9:12 PM\n\
                     Subject: Re: 1月の稼働可能日と個人番号の件\n\n\
                     > 高田様\n> 1月は 12日、14日、19日、21日が終日可能です。\n\
                     > 支払調書用の個人番号は {my_number} です。\n> よろしくお願いします。ファム\n\n{sig}\n"
                ),
            ),
        )
        .policy(interp_policy())
        .history(history.clone())
        .no_leak(&my_number)
        .expect(Block, &["my_number_external"]),
    );
    // Mis-send: the case memo meant for the defence firm
    // (みなと総合法律事務所) went to みなと通商, the trading company the
    // agency interprets business meetings for (registered), by autocomplete
    // on 「みなと」: a suspect's name, charge and record to a company with
    // no part in it, under a salutation naming the lawyer: block.
    v.push(
        Case::new(
            "k12_interp_case_memo_to_trading_company",
            G,
            "mis-send: a case memo (suspect, charges, previous arrests) meant for the defence firm みなと総合法律事務所, sent to the registered trading company みなと通商 by autocomplete",
            mail(
                "リンガブリッジ 高田 <takada@linga-bridge.co.jp>",
                &["みなと通商 総務部 <soumu@minato-tsusho.co.jp>"],
                "接見通訳の報告（12/11 新宿警察署）",
                &office_letter(
                    "弁護士法人みなと総合法律事務所\n弁護士 田村先生",
                    "リンガブリッジの高田です。",
                    "12月11日の接見通訳の報告です。\n\
                     被疑者 グエン・ヴァン・ドゥック 氏は、窃盗の事実は認めていますが、共犯者の存在については黙秘しています。\n\
                     本人の話では、令和6年にも同種の事件で逮捕されたことがあり、その際は不起訴とのことです。\n\
                     次回の接見は12月14日 10:00 を予定しています。",
                    &sig,
                ),
            ),
        )
        .policy(interp_policy())
        .history(history.clone())
        .expect(Block, &[]),
    );
    // Mis-send: a reply to a phishing mail posing as the defence lawyer,
    // from minato-law.jp.secure-mailbox.net: the registered firm's domain
    // as a subdomain of another. The interpreter schedule with suspects'
    // names goes to a stranger: block.
    v.push(
        Case::new(
            "k12_interp_schedule_to_lookalike_subdomain",
            G,
            "mis-send: January's interpreter schedule with defendants' names, replied to minato-law.jp.secure-mailbox.net, the registered law firm's domain under another",
            mail(
                "リンガブリッジ 高田 <takada@linga-bridge.co.jp>",
                &["みなと総合法律事務所 田村 <tamura@minato-law.jp.secure-mailbox.net>"],
                "Re: 【至急】1月の通訳手配状況の確認",
                &office_letter(
                    "弁護士法人みなと総合法律事務所\n弁護士 田村先生",
                    "リンガブリッジの高田です。",
                    "1月の手配状況をお送りします。\n\
                     1/12 10:00 東京拘置所 被告人 レ・ティ・マイ 氏（ベトナム語）通訳人 ファム\n\
                     1/14 13:30 新宿警察署 被疑者 グエン・ヴァン・ドゥック 氏（ベトナム語）通訳人 レ\n\
                     1/19 10:00 東京地裁 刑事第5部 公判 被告人 レ・ティ・マイ 氏\n\
                     変更がありましたらお知らせください。",
                    &sig,
                ),
            ),
        )
        .policy(interp_policy())
        .history(history.clone())
        .expect(Block, &["lookalike_domain"]),
    );
}

//! The organisations of the `office` group and of the first kept-aside sets
//! (a company, a hospital, a care home, a school): partner lists,
//! signatures and the attachments their mails carry.

use super::generators::*;
use super::*;

// ============================================================ organisations

/// A signature block: company and department, name, address, phones, mail.
pub(super) fn signature(org: &str, name: &str, address: &str, tel: &str, mail: &str) -> String {
    format!(
        "──────────────────────────\n{org}\n{name}\n{address}\nTEL: {tel}\nMail: {mail}\n──────────────────────────"
    )
}

/// Salutation, greeting, self-introduction, the main text, closing, signature.
pub(super) fn office_letter(salutation: &str, intro: &str, main: &str, sig: &str) -> String {
    format!("{salutation}\n\nいつもお世話になっております。\n{intro}\n\n{main}\n\nどうぞよろしくお願いいたします。\n\n{sig}\n")
}

pub(super) fn presend_sig(dept: &str, name: &str, mail: &str) -> String {
    signature(
        &format!("株式会社プレセンド {dept}"),
        name,
        "〒100-0005 東京都千代田区丸の内1-2-3 丸の内プレセンドビル5F",
        "03-6555-1234（代表）",
        mail,
    )
}

/// The company's policy with its group company, auditor and payroll office.
pub(super) fn company_policy() -> Value {
    let mut p = base_policy();
    let partners = p["partner_domains"].as_object_mut().expect("partners");
    partners.insert("presend-service.co.jp".into(), json!("株式会社プレセンドサービス"));
    partners.insert("aoba-audit.jp".into(), json!("あおば監査法人"));
    partners.insert("kita-sr.jp".into(), json!("北社会保険労務士事務所"));
    p
}

pub(super) const HOSPITAL_SENDER: &str = "中島 由美 <y.nakajima@midori-hp.or.jp>";

pub(super) fn hospital_policy() -> Value {
    json!({
        "internal_domains": ["midori-hp.or.jp"],
        "partner_domains": {
            "tokyo-kensa.co.jp": "株式会社東京検査センター",
            "clean-pro.co.jp": "株式会社クリーンプロ",
            "aozora-clinic.jp": "医療法人 あおぞらクリニック",
            "medi-supply.co.jp": "メディサプライ株式会社"
        },
        "own_names": ["医療法人みどり会", "みどり総合病院"]
    })
}

pub(super) fn hospital_sig(dept: &str, name: &str, mail: &str) -> String {
    signature(
        &format!("医療法人みどり会 みどり総合病院 {dept}"),
        name,
        "〒332-0012 埼玉県川口市本町4-3-2",
        "048-222-3100（代表）",
        mail,
    )
}

pub(super) const CARE_SENDER: &str = "小林 健 <k.kobayashi@himawari-fukushi.or.jp>";

pub(super) fn care_policy() -> Value {
    json!({
        "internal_domains": ["himawari-fukushi.or.jp"],
        "partner_domains": {
            "hoshi-houkan.jp": "ほし訪問看護ステーション",
            "kaigo-kenshu.co.jp": "株式会社介護研修センター",
            "city.nerima.lg.jp": "練馬区"
        },
        "own_names": ["社会福祉法人ひまわり会"]
    })
}

pub(super) fn care_sig(name: &str, mail: &str) -> String {
    signature(
        "社会福祉法人ひまわり会 特別養護老人ホームひまわり苑 事務室",
        name,
        "〒179-0074 東京都練馬区春日町5-10-1",
        "03-3990-4411",
        mail,
    )
}

pub(super) const SCHOOL_SENDER: &str = "村上 恵子 <murakami@sakuragaoka-jh.ed.jp>";

pub(super) fn school_policy() -> Value {
    json!({
        "internal_domains": ["sakuragaoka-jh.ed.jp"],
        "partner_domains": {
            "kyoiku-sakura.ed.jp": "さくら市教育委員会",
            "sakura-bus.co.jp": "さくら観光バス株式会社"
        },
        "own_names": ["さくら市立桜ヶ丘中学校", "桜ヶ丘中学校"]
    })
}

pub(super) fn school_sig(name: &str, mail: &str) -> String {
    signature("さくら市立桜ヶ丘中学校 教務主任", name, "〒285-0014 千葉県佐倉市栄町8-1", "043-484-2210", mail)
}

// =============================================================== generators

/// A 12-digit yen amount that happens to pass the My Number check digit.
pub(super) fn amount_passing_my_number_check(base: u64) -> u64 {
    (0..)
        .map(|k| base + k * 1000)
        .find(|a| pp::is_my_number(&a.to_string()))
        .expect("an amount passing the check digit")
}

/// A balance sheet and an income statement as accounting software exports
/// them: title rows, 科目 and amounts in yen, no header the detectors know.
pub(super) fn financial_statements() -> Vec<u8> {
    let sales = amount_passing_my_number_check(152_430_000_000);
    let t = |s: &str| Cell::from(s);
    let n = |v: u64| Cell::Number(v as f64);
    let pl = vec![
        vec![t("損益計算書")],
        vec![t("自 2025年4月1日 至 2026年3月31日")],
        vec![t("株式会社プレセンド"), Cell::Empty, t("（単位：円）")],
        vec![],
        vec![t("売上高"), Cell::Empty, n(sales)],
        vec![t("売上原価"), Cell::Empty, n(98_214_530_000)],
        vec![t("売上総利益"), Cell::Empty, n(sales - 98_214_530_000)],
        vec![t("販売費及び一般管理費"), Cell::Empty, n(41_027_880_000)],
        vec![t("営業利益"), Cell::Empty, n(sales - 98_214_530_000 - 41_027_880_000)],
        vec![t("営業外収益"), Cell::Empty, n(312_400_000)],
        vec![t("営業外費用"), Cell::Empty, n(187_250_000)],
    ];
    let bs = vec![
        vec![t("貸借対照表")],
        vec![t("2026年3月31日現在")],
        vec![t("（資産の部）"), Cell::Empty, t("（単位：円）")],
        vec![t("現金及び預金"), Cell::Empty, n(23_481_200_000)],
        vec![t("売掛金"), Cell::Empty, n(31_907_450_000)],
        vec![t("棚卸資産"), Cell::Empty, n(12_004_330_000)],
        vec![t("有形固定資産"), Cell::Empty, n(48_750_120_000)],
        vec![t("（負債の部）")],
        vec![t("買掛金"), Cell::Empty, n(18_330_910_000)],
        vec![t("長期借入金"), Cell::Empty, n(25_000_000_000)],
    ];
    files::xlsx(&[Sheet::new("損益計算書", pl), Sheet::new("貸借対照表", bs)])
}

/// 就業規則 (rules of employment) with the usual chapter on leave of absence.
pub(super) fn rules_of_employment() -> Vec<u8> {
    files::docx(&[
        "株式会社プレセンド 就業規則（2026年4月改定案）",
        "第1章 総則",
        "第1条（目的）この規則は、株式会社プレセンドの従業員の労働条件、服務規律その他の就業に関する事項を定める。",
        "第5章 休職",
        "第32条（休職）従業員が次のいずれかに該当するときは、所定の期間休職とする。",
        "1. 業務外の傷病により欠勤が引き続き1か月を超え、なお療養を継続する必要があるため勤務できないとき",
        "2. 前号のほか、特別な事情があり休職させることが適当と認められるとき",
        "第33条（休職期間）休職期間は、勤続年数に応じて次のとおりとする。勤続3年未満 6か月、3年以上 1年",
        "第34条（復職）休職の事由が消滅したときは、医師の診断書を提出させたうえで復職させる。",
        "第35条（傷病手当金）私傷病による休職期間中の賃金は支給しない。健康保険の傷病手当金の手続は会社が行う。",
        "第6章 安全衛生",
        "第40条（健康診断）従業員に対し、入社の際及び毎年1回定期に健康診断を行う。",
        "附則 この規則は2026年4月1日から施行する。",
    ])
}

/// 休職者一覧: the people on leave, with their diagnoses.
pub(super) fn leave_list() -> Vec<u8> {
    let rows = vec![
        header(&["社員番号", "氏名", "所属", "休職開始日", "傷病名", "診断書", "復職予定"]),
        vec![t("E10231"), t("田村 浩二"), t("開発部"), Cell::Date(2026, 1, 13), t("うつ病"), t("提出済"), t("2026/07")],
        vec![t("E10477"), t("森 早苗"), t("営業部"), Cell::Date(2026, 2, 2), t("適応障害"), t("提出済"), t("未定")],
        vec![
            t("E10812"),
            t("石井 亮"),
            t("経理部"),
            Cell::Date(2026, 3, 9),
            t("腰椎椎間板ヘルニア"),
            t("提出済"),
            t("2026/05"),
        ],
    ];
    files::xlsx(&[Sheet::new("休職者", rows)])
}

pub(super) fn t(s: &str) -> Cell {
    Cell::from(s)
}

/// 源泉徴収票 (退職者用) of one retiree, with his spouse and a dependent child.
pub(super) fn withholding_slip(name: &str, kana: &str, spouse: &str, child: &str) -> Vec<u8> {
    let rows = vec![
        vec![t("令和7年分 給与所得の源泉徴収票")],
        vec![t("支払を受ける者"), t("住所"), t("埼玉県さいたま市浦和区高砂3-14-5")],
        vec![t(""), t("氏名"), t(name)],
        vec![t(""), t("フリガナ"), t(kana)],
        vec![t("種別"), t("給与・賞与")],
        vec![t("支払金額"), Cell::Number(4_820_000.0)],
        vec![t("給与所得控除後の金額"), Cell::Number(3_384_000.0)],
        vec![t("所得控除の額の合計額"), Cell::Number(1_512_340.0)],
        vec![t("源泉徴収税額"), Cell::Number(86_200.0)],
        vec![t("控除対象配偶者"), t("氏名"), t(spouse), t("生年月日"), t("1961年8月2日")],
        vec![t("控除対象扶養親族"), t("氏名"), t(child), t("生年月日"), t("2002年11月19日")],
        vec![t("受給者生年月日"), t("1960年5月23日")],
        vec![t("退職年月日"), t("2026年3月31日")],
        vec![t("支払者"), t("株式会社プレセンド 東京都千代田区丸の内1-2-3 TEL 03-6555-1234")],
    ];
    files::xlsx(&[Sheet::new("源泉徴収票", rows)])
}

/// 緊急連絡網: employees' private mobiles, home addresses and family contacts.
pub(super) fn emergency_contacts(n: usize, seed: u64) -> Vec<u8> {
    let mut rng = Rng::new(seed);
    let mut rows = vec![
        vec![t("営業部 緊急連絡網（2026年4月1日現在）")],
        header(&["氏名", "部署", "携帯電話（個人）", "自宅住所", "緊急連絡先氏名", "続柄", "緊急連絡先電話"]),
    ];
    for _ in 0..n {
        let p = Person::born_between(&mut rng, 1965, 2002);
        let family = p.relative(&mut rng, !p.female, 1960, 2004);
        rows.push(vec![
            Cell::from(p.name(&mut rng)),
            Cell::from(*rng.pick(DEPTS)),
            Cell::from(p.mobile.hyphen()),
            Cell::from(p.home.full()),
            Cell::from(family.name(&mut rng)),
            Cell::from(*rng.pick(&["妻", "夫", "父", "母"])),
            Cell::from(Phone::mobile(&mut rng).hyphen()),
        ]);
    }
    files::xlsx(&[Sheet::new("緊急連絡網", rows)])
}

/// A joint project's member list: names, companies, work mail and phones.
pub(super) fn project_members(seed: u64) -> Vec<u8> {
    let mut rng = Rng::new(seed);
    let mut rows = vec![header(&["氏名", "会社名", "役割", "メールアドレス", "電話"])];
    for i in 0..8 {
        let p = Person::born_between(&mut rng, 1965, 2000);
        let (company, domain) = if i < 4 {
            ("株式会社アルファ商事", "alpha-shoji.co.jp")
        } else {
            ("株式会社プレセンド", "presend.co.jp")
        };
        rows.push(vec![
            Cell::from(p.name(&mut rng)),
            Cell::from(company),
            Cell::from(*rng.pick(&["PM", "開発", "営業", "品質"])),
            Cell::from(format!("{}@{domain}", pp::romaji(p.surname_kana))),
            Cell::from(if i < 4 { "06-6345-1200" } else { "03-6555-1234" }),
        ]);
    }
    files::xlsx(&[Sheet::new("体制表", rows)])
}

/// A newsletter subscriber list (names, private mail, address).
pub(super) fn subscriber_list(n: usize, seed: u64) -> Vec<u8> {
    let mut rng = Rng::new(seed);
    let mut rows = vec![header(&["氏名", "メールアドレス", "住所", "登録日"])];
    for _ in 0..n {
        let p = Person::born_between(&mut rng, 1950, 2000);
        rows.push(vec![
            Cell::from(p.name(&mut rng)),
            Cell::from(p.email.clone()),
            Cell::from(p.home.full()),
            Cell::Date(2024, 1 + rng.below(12) as u8, 1 + rng.below(28) as u8),
        ]);
    }
    files::xlsx(&[Sheet::new("購読者", rows)])
}

pub(super) fn private_addresses(n: usize, seed: u64) -> Vec<String> {
    let mut rng = Rng::new(seed);
    (0..n)
        .map(|i| {
            let p = Person::born_between(&mut rng, 1950, 2000);
            let local = format!("{}.{}{}", pp::romaji(p.given_kana), pp::romaji(p.surname_kana), 10 + i);
            format!("{local}@{}", FREE[i % FREE.len()])
        })
        .collect()
}

// ==================================================================== cases

pub(super) const TEAMS_INVITE: &str = "________________________________________________________________________________\n\
Microsoft Teams ヘルプが必要ですか?\n\
今すぐ会議に参加する\n\
https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzQ1ZjA3YmItZTk0Ni00ZDk2%40thread.v2/0?context=%7b%22Tid%22%3a%22a1b2%22%7d\n\
会議 ID: 412 837 905 216\n\
パスコード: 7Ht2aQ\n\
________________________________________________________________________________\n\
電話会議に参加する\n\
+81 3-4578-1234,,51728394# Japan, Tokyo\n\
電話会議 ID: 517 283 94#\n\
________________________________________________________________________________";

pub(super) const ZOOM_INVITE: &str =
    "プレセンド 鈴木一郎さんがあなたを予約されたZoomミーティングに招待しています。\n\n\
トピック: 4月度 定例会（アルファ商事様）\n\
時刻: 2026年4月9日 02:00 PM 大阪、札幌、東京\n\n\
Zoomミーティングに参加する\n\
https://us06web.zoom.us/j/81234567890?pwd=aBcDeFgHiJkLmNoPqRsTuVwXyZ12345.1\n\n\
ミーティング ID: 812 3456 7890\n\
パスコード: 482913\n";

/// A table of people from `rows` (one per person) under `cols`.
pub(super) fn people_sheet(sheet: &str, cols: &[&str], rows: Vec<Vec<Cell>>) -> Vec<u8> {
    let mut all = vec![header(cols)];
    all.extend(rows);
    files::xlsx(&[Sheet::new(sheet, all)])
}

//! Generated attachments for the replay cases: rosters, health-check
//! exports, customer lists, payroll registers, price lists and the rest,
//! each built at test time from a seeded generator.

use super::*;

pub(super) fn s(v: &str) -> String {
    v.to_owned()
}

pub(super) fn header(cols: &[&str]) -> Vec<Cell> {
    cols.iter().map(|&c| Cell::from(c)).collect()
}

pub(super) fn doctor(rng: &mut Rng) -> String {
    format!("{} {}", rng.pick(pp::SURNAMES).0, rng.pick(&["先生", "医師", "Dr."]))
}

/// Incident 1: a work-transition support office's sheet of trial users
/// (the columns of the seed article), with a title row above the header.
pub(super) fn disability_roster(n: usize, seed: u64) -> Vec<u8> {
    let mut rng = Rng::new(seed);
    let mut rows = vec![
        vec![Cell::from("就労移行支援事業所コネクト 体験利用者一覧（2022/12/6〜2025/2/17）")],
        vec![],
        header(&[
            "No.",
            "氏名",
            "フリガナ",
            "生年月日",
            "障がい名",
            "手帳の有無",
            "障がいの症状",
            "かかりつけ病院名",
            "主治医",
            "受給者証の有無",
            "体験利用日",
        ]),
    ];
    for i in 0..n {
        let p = Person::born_between(&mut rng, 1968, 2004);
        rows.push(vec![
            Cell::Number((i + 1) as f64),
            Cell::from(p.name(&mut rng)),
            Cell::from(p.kana(&mut rng)),
            Cell::Date(p.birth.0, p.birth.1, p.birth.2),
            Cell::from(*rng.pick(pp::DISABILITY_NAMES)),
            Cell::from(*rng.pick(pp::HANDBOOKS)),
            Cell::from(*rng.pick(pp::DISABILITY_SYMPTOMS)),
            Cell::from(*rng.pick(pp::HOSPITALS)),
            Cell::from(doctor(&mut rng)),
            Cell::from(*rng.pick(&["有", "無", "申請中", "有（就労移行支援）"])),
            Cell::Date(2023 + rng.below(2) as u16, 1 + rng.below(12) as u8, 1 + rng.below(28) as u8),
        ]);
    }
    files::xlsx(&[Sheet::new("体験利用者", rows)])
}

/// Incident 2: a health centre's COVID-19 case list, as Excel writes CSV on
/// Japanese Windows (Shift_JIS, CRLF).
pub(super) fn covid_csv(n: usize, seed: u64) -> Vec<u8> {
    let mut rng = Rng::new(seed);
    let mut rows: Vec<Vec<String>> = vec![[
        "受付番号",
        "届出日",
        "氏名",
        "フリガナ",
        "年齢",
        "性別",
        "住所",
        "電話番号",
        "発症日",
        "症状",
        "療養状況",
        "公費負担",
    ]
    .iter()
    .map(|c| s(c))
    .collect()];
    for i in 0..n {
        let p = Person::born_between(&mut rng, 1935, 2020);
        let (m, d) = (1 + rng.below(3), 1 + rng.below(28));
        rows.push(vec![
            format!("R5-{:05}", i + 1),
            format!("2023/{:02}/{:02}", m, (d + 1).min(28)),
            format!("{} {}", p.surname, p.given),
            format!("{} {}", p.surname_kana, p.given_kana),
            (2023 - p.birth.0 as i32).to_string(),
            p.sex().to_owned(),
            p.home.full(),
            if rng.chance(0.6) { p.mobile.hyphen() } else { p.landline.hyphen() },
            format!("2023/{m:02}/{d:02}"),
            rng.pick(pp::COVID_SYMPTOMS).to_string(),
            rng.pick(&["自宅療養", "自宅療養", "宿泊療養", "入院", "療養終了"]).to_string(),
            rng.pick(&["申請済", "未申請", "対象外"]).to_string(),
        ]);
    }
    shift_jis_fast(&files::csv(&rows, ','))
}

/// `files::shift_jis`, one encoder call per distinct character: encoding_rs
/// is slow on kanji in debug builds, and the 17,000-row list has few distinct ones.
pub(super) fn shift_jis_fast(text: &str) -> Vec<u8> {
    let mut cache: std::collections::HashMap<char, Vec<u8>> = std::collections::HashMap::new();
    let mut out = Vec::with_capacity(text.len());
    for ch in text.chars() {
        if ch.is_ascii() {
            out.push(ch as u8);
        } else {
            let bytes = cache.entry(ch).or_insert_with(|| files::shift_jis(ch.encode_utf8(&mut [0; 4])));
            out.extend_from_slice(bytes);
        }
    }
    out
}

pub(super) const CLINICS: &[(&str, &str)] = &[
    ("丸の内健診クリニック", "MC-1301"),
    ("みなと健康管理センター", "MC-1402"),
    ("さくら総合健診プラザ", "MC-2703"),
    ("市立中央病院 健診センター", "MC-2304"),
];

pub(super) const COURSES: &[&str] =
    &["定期健康診断 Aコース", "生活習慣病予防健診", "人間ドック（日帰り）", "雇入時健康診断"];

/// Incident 3: a health-check booking export of another company's employees
/// (the columns of the seed article); their e-mail addresses are at `domain`.
pub(super) fn health_check_export(n: usize, domain: &str, seed: u64) -> Vec<u8> {
    let mut rng = Rng::new(seed);
    let mut rows: Vec<Vec<String>> = vec![[
        "氏名",
        "性別",
        "生年月日",
        "社員番号",
        "メールアドレス",
        "保険証記号・番号",
        "健診対象フラグ",
        "予約ID",
        "予約確定日",
        "医療機関名",
        "医療機関ID",
        "受診日",
        "コース名",
    ]
    .iter()
    .map(|c| s(c))
    .collect()];
    for i in 0..n {
        let p = Person::born_between(&mut rng, 1960, 2003);
        let (clinic, clinic_id) = *rng.pick(CLINICS);
        let (m, d) = (6 + rng.below(4), 1 + rng.below(28));
        rows.push(vec![
            format!("{} {}", p.surname, p.given),
            p.sex().to_owned(),
            format!("{}/{:02}/{:02}", p.birth.0, p.birth.1, p.birth.2),
            format!("ML{:06}", 100_000 + i),
            format!("{}.{}{}@{domain}", pp::romaji(p.given_kana), pp::romaji(p.surname_kana), i % 97),
            pp::insurance_symbol_number(&mut rng),
            rng.pick(&["1", "1", "1", "0"]).to_string(),
            format!("RSV-2025-{:06}", 300_000 + i),
            format!("2025/05/{:02}", 1 + rng.below(28)),
            s(clinic),
            s(clinic_id),
            format!("2025/{m:02}/{d:02}"),
            rng.pick(COURSES).to_string(),
        ]);
    }
    files::utf8_bom(&files::csv(&rows, ','))
}

/// Incident 3, the results variant: check-up findings (special care).
pub(super) fn health_check_results(n: usize, seed: u64) -> Vec<u8> {
    let mut rng = Rng::new(seed);
    let mut rows = vec![header(&["社員番号", "氏名", "生年月日", "受診日", "総合判定", "所見", "就業上の措置"])];
    for i in 0..n {
        let p = Person::born_between(&mut rng, 1965, 2002);
        rows.push(vec![
            Cell::from(format!("P{:05}", 20_000 + i)),
            Cell::from(p.name(&mut rng)),
            Cell::Date(p.birth.0, p.birth.1, p.birth.2),
            Cell::Date(2025, 6, 1 + rng.below(28) as u8),
            Cell::from(*rng.pick(pp::CHECKUP_RESULTS)),
            Cell::from(*rng.pick(pp::FINDINGS)),
            Cell::from(*rng.pick(&["通常勤務", "就業制限（残業禁止）", "要受診勧奨", "通常勤務"])),
        ]);
    }
    files::xlsx(&[Sheet::new("健診結果", rows)])
}

pub(super) const CLIENTS: &[&str] = &[
    "ひかり通販",
    "みどり生活館",
    "そよかぜ化粧品",
    "つばめトラベル",
    "あおば保険サービス",
    "こだま電力",
    "はやぶさ学習塾",
    "もみじ住宅設備",
];

pub(super) const FREE: &[&str] =
    &["gmail.com", "yahoo.co.jp", "icloud.com", "docomo.ne.jp", "ezweb.ne.jp", "outlook.jp"];

/// Incident 4: a call-centre customer list of several client companies,
/// some rows with Luhn-valid card numbers.
pub(super) fn customer_list(n: usize, seed: u64) -> Vec<Vec<Cell>> {
    let mut rng = Rng::new(seed);
    let mut rows = vec![header(&[
        "委託元",
        "会員ID",
        "氏名",
        "フリガナ",
        "性別",
        "生年月日",
        "郵便番号",
        "住所",
        "電話番号",
        "メールアドレス",
        "カード番号",
        "有効期限",
    ])];
    for i in 0..n {
        let p = Person::gen(&mut rng);
        let card = if rng.chance(0.4) {
            let c = pp::random_card(&mut rng);
            pp::card_styled(&mut rng, &c)
        } else {
            String::new()
        };
        let expiry =
            if card.is_empty() { String::new() } else { format!("{:02}/{}", 1 + rng.below(12), 27 + rng.below(5)) };
        rows.push(vec![
            Cell::from(*rng.pick(CLIENTS)),
            Cell::from(format!("C{:08}", 10_000_000 + i * 7)),
            Cell::from(p.name(&mut rng)),
            Cell::from(p.kana(&mut rng)),
            Cell::from(p.sex()),
            Cell::Date(p.birth.0, p.birth.1, p.birth.2),
            Cell::from(p.home.postal_hyphen()),
            Cell::from(p.home.full()),
            Cell::from(if rng.chance(0.5) { p.mobile.hyphen() } else { p.landline.hyphen() }),
            Cell::from(format!(
                "{}.{}{}@{}",
                pp::romaji(p.surname_kana),
                pp::romaji(p.given_kana),
                p.birth.0 % 100,
                rng.pick(FREE)
            )),
            Cell::from(card),
            Cell::from(expiry),
        ]);
    }
    rows
}

/// The customer list without its card columns (the last two).
pub(super) fn without_cards(mut rows: Vec<Vec<Cell>>) -> Vec<Vec<Cell>> {
    for r in &mut rows {
        r.truncate(r.len() - 2);
    }
    rows
}

pub(super) fn customer_xlsx(n: usize, seed: u64) -> Vec<u8> {
    files::xlsx(&[Sheet::new("顧客一覧", customer_list(n, seed))])
}

pub(super) fn cells_to_strings(rows: &[Vec<Cell>]) -> Vec<Vec<String>> {
    rows.iter()
        .map(|r| {
            r.iter()
                .map(|c| match c {
                    Cell::Text(t) => t.clone(),
                    Cell::Number(n) => n.to_string(),
                    Cell::Date(y, m, d) => format!("{y}/{m:02}/{d:02}"),
                    Cell::Empty => String::new(),
                })
                .collect()
        })
        .collect()
}

/// Incident 5: a payroll / social-insurance register with valid My Numbers.
pub(super) fn payroll_register(n: usize, seed: u64) -> Vec<u8> {
    let mut rng = Rng::new(seed);
    let mut rows = vec![
        vec![Cell::from("2026年3月分 給与台帳（社会保険・年末調整用）")],
        vec![Cell::from("株式会社プレセンド 人事総務部")],
        header(&[
            "社員番号",
            "氏名",
            "フリガナ",
            "生年月日",
            "個人番号",
            "基礎年金番号",
            "扶養親族数",
            "扶養親族（氏名・続柄）",
            "基本給",
            "通勤手当",
            "支給合計",
        ]),
    ];
    for i in 0..n {
        let p = Person::born_between(&mut rng, 1962, 2003);
        let deps = rng.below(4);
        let dep_names = if deps == 0 {
            String::new()
        } else {
            let spouse = p.relative(&mut rng, !p.female, 1962, 2003);
            format!("{} {}（配偶者）", spouse.surname, spouse.given)
        };
        let base = 220_000 + rng.below(300) * 1000;
        let commute = 5_000 + rng.below(20) * 1000;
        rows.push(vec![
            Cell::from(format!("E{:05}", 10_001 + i)),
            Cell::from(p.name(&mut rng)),
            Cell::from(p.kana(&mut rng)),
            Cell::Date(p.birth.0, p.birth.1, p.birth.2),
            Cell::from(pp::my_number(&mut rng)),
            Cell::from(pp::pension_number(&mut rng)),
            Cell::Number(deps as f64),
            Cell::from(dep_names),
            Cell::Number(base as f64),
            Cell::Number(commute as f64),
            Cell::Number((base + commute) as f64),
        ]);
    }
    files::xlsx(&[Sheet::new("給与台帳", rows)])
}

pub(super) const DEPTS: &[&str] = &["営業部", "総務部", "経理部", "開発部", "品質保証部", "人事部"];

/// A company's own staff contact list (name, department, extension, mail, mobile).
pub(super) fn staff_list(n: usize, domain: &str, seed: u64) -> Vec<u8> {
    let mut rng = Rng::new(seed);
    let mut rows = vec![header(&["氏名", "部署", "役職", "内線", "メールアドレス", "携帯電話"])];
    for i in 0..n {
        let p = Person::born_between(&mut rng, 1965, 2002);
        rows.push(vec![
            Cell::from(p.name(&mut rng)),
            Cell::from(*rng.pick(DEPTS)),
            Cell::from(*rng.pick(&["", "主任", "課長", "係長", ""])),
            Cell::from(format!("{}", 2100 + i)),
            Cell::from(format!("{}.{}@{domain}", pp::romaji(p.surname_kana), pp::romaji(p.given_kana))),
            Cell::from(Phone::mobile(&mut rng).hyphen()),
        ]);
    }
    files::xlsx(&[Sheet::new("連絡先", rows)])
}

/// A price list with product codes, JAN codes and prices.
pub(super) fn price_list(title: &str, seed: u64) -> Vec<u8> {
    let mut rng = Rng::new(seed);
    let items = [
        "業務用シュレッダー S-200",
        "A4コピー用紙 2500枚",
        "ラミネーター L-40",
        "OAタップ 6口 2m",
        "電動鉛筆削り EP-3",
        "ホワイトボード 900×600",
        "デスクライト LED-12",
        "キャビネット 3段",
        "トナーカートリッジ TN-52",
        "オフィスチェア OC-7",
        "会議テーブル 1800",
        "パーテーション P-120",
    ];
    let mut rows = vec![
        vec![Cell::from(title)],
        vec![Cell::from("2026年4月1日改定　単位：円（税抜）")],
        header(&["品番", "商品名", "JANコード", "入数", "単価", "希望小売価格", "発注単位", "備考"]),
    ];
    for (i, item) in items.iter().enumerate() {
        let price = 800 + rng.below(120) * 500;
        rows.push(vec![
            Cell::from(format!("PS-{}", 1001 + i)),
            Cell::from(*item),
            Cell::from(pp::jan_code(&mut rng)),
            Cell::Number((1 + rng.below(10)) as f64),
            Cell::Number(price as f64),
            Cell::Number((price * 13 / 10) as f64),
            Cell::from(*rng.pick(&["1ケース", "1個", "10個"])),
            Cell::from(*rng.pick(&["", "新商品", "在庫限り", "4月出荷分より価格改定"])),
        ]);
    }
    files::xlsx(&[Sheet::new("価格表", rows)])
}

/// A quotation: the addressee organisation is the only name inside.
pub(super) fn quotation(addressee: &str) -> Vec<u8> {
    files::docx(&[
        "御見積書",
        &format!("{addressee} 御中"),
        "見積番号：Q-2026-0315　見積日：2026年3月15日　有効期限：2026年4月14日",
        "下記のとおりお見積り申し上げます。",
        "品番\t品名\t数量\t単価\t金額",
        "PS-1001\t業務用シュレッダー S-200\t2\t128,000\t256,000",
        "PS-1007\tデスクライト LED-12\t20\t9,800\t196,000",
        "PS-1010\tオフィスチェア OC-7\t10\t16,400\t164,000",
        "小計\t\t\t\t616,000",
        "消費税（10%）\t\t\t\t61,600",
        "合計\t\t\t\t677,600",
        "納期：ご発注後3週間　支払条件：月末締め翌月末払い",
        "株式会社プレセンド 営業部",
        "〒100-0005 東京都千代田区丸の内1-2-3 丸の内プレセンドビル5F",
        "TEL 03-6555-1234　FAX 03-6555-1235",
        "登録番号 T5835678256246",
    ])
}

pub(super) fn meeting_memo() -> Vec<u8> {
    files::docx(&[
        "議事録",
        "件名：2026年度 共同販促企画 定例会（第3回）",
        "日時：2026年3月5日（木）14:00〜15:30",
        "場所：株式会社アルファ商事 本社 5F 第1会議室",
        "出席者：株式会社アルファ商事 山田様、佐藤様／株式会社プレセンド 鈴木、高橋（敬称略）",
        "1. 前回議事録の確認：異議なし",
        "2. 春の販促キャンペーン（4/10〜5/31）の進捗",
        "・店頭POPの納品は3月25日予定。デザインはアルファ商事様にて最終確認。",
        "・対象商品は品番 PS-1001〜PS-1012 の12品目、想定販売数 1,200台。",
        "3. 予算：販促費 ¥1,500,000（両社折半）",
        "4. 次回定例：3月19日（木）14:00〜 弊社 本社3F 第2会議室（301号室）",
        "以上",
    ])
}

pub(super) fn sales_deck() -> Vec<u8> {
    files::pptx(&[
        &["2026年度 上期 販売計画", "株式会社プレセンド 営業部", "2026年3月"],
        &["市場動向", "オフィス用品市場は前年比 +3.2%", "EC経由の受注が全体の41%に拡大"],
        &[
            "重点施策",
            "・新製品 S-200 の拡販（目標 1,200台）",
            "・ガンマデザイン様と共同でカタログ刷新",
            "・展示会：5月20日〜22日 東京ビッグサイト 西2ホール",
        ],
        &["価格", "S-200 標準価格 128,000円（税抜）", "ボリュームディスカウント：10台以上 5%"],
    ])
}

/// Inventory CSV (Shift_JIS) with product codes and JAN codes.
pub(super) fn inventory_csv(seed: u64) -> Vec<u8> {
    let mut rng = Rng::new(seed);
    let mut rows = vec![["商品コード", "JANコード", "品名", "倉庫", "ロット番号", "在庫数", "単価", "入荷予定日"]
        .iter()
        .map(|c| s(c))
        .collect::<Vec<_>>()];
    for i in 0..60 {
        rows.push(vec![
            format!("PS-{}", 1001 + i),
            pp::jan_code(&mut rng),
            format!("オフィス用品 型番{}", 200 + i),
            rng.pick(&["東京第1倉庫", "大阪倉庫", "福岡センター"]).to_string(),
            format!("LOT{}{:04}", 2026, rng.below(10_000)),
            (rng.below(900) + 10).to_string(),
            (500 + rng.below(200) * 100).to_string(),
            format!("2026/04/{:02}", 1 + rng.below(28)),
        ]);
    }
    files::shift_jis(&files::csv(&rows, ','))
}

/// The partner's own staff contact list (their people, their domain).
pub(super) fn partner_contacts() -> Vec<u8> {
    files::xlsx(&[Sheet::new(
        "ご担当者",
        files::text_rows(&[
            &["氏名", "部署", "役職", "メールアドレス", "直通電話"],
            &["山田 太郎", "営業部", "部長", "t.yamada@alpha-shoji.co.jp", "03-5211-4401"],
            &["佐藤 花子", "営業部", "課長", "h.sato@alpha-shoji.co.jp", "03-5211-4402"],
            &["伊藤 健太", "営業部", "", "k.ito@alpha-shoji.co.jp", "03-5211-4403"],
            &["中村 美咲", "購買部", "主任", "m.nakamura@alpha-shoji.co.jp", "03-5211-4410"],
            &["小林 直樹", "購買部", "", "n.kobayashi@alpha-shoji.co.jp", "03-5211-4411"],
            &["加藤 由美子", "物流管理部", "課長", "y.kato@alpha-shoji.co.jp", "03-5211-4420"],
        ]),
    )])
}

/// A 12-digit order number of the date+sequence kind that also passes the
/// My Number check digit (about 1 in 11 do).
pub(super) fn order_number_passing_check() -> String {
    (1..10_000).map(|i| format!("20260316{i:04}")).find(|n| pp::is_my_number(n)).expect("one passes")
}

/// A 12-digit parcel tracking number (carriers print them 4-4-4) that also
/// passes the My Number check digit.
pub(super) fn tracking_number_passing_check() -> String {
    let n = (100_000..1_000_000).map(|i| format!("456789{i}")).find(|n| pp::is_my_number(n)).expect("one passes");
    format!("{}-{}-{}", &n[..4], &n[4..8], &n[8..])
}

/// The attendee list of a department party (our own staff: name, department,
/// mobile, mail) of `n` people.
pub(super) fn attendee_list(n: usize) -> Vec<u8> {
    let people: [&[&str]; 6] = [
        &["鈴木 一郎", "営業部", "課長", "090-3456-7812", "suzuki@presend.co.jp"],
        &["高橋 直樹", "営業部", "", "080-2211-9034", "takahashi@presend.co.jp"],
        &["井上 恵子", "営業部", "部長", "080-2345-6789", "inoue@presend.co.jp"],
        &["中村 美咲", "人事部", "", "090-7788-1234", "nakamura@presend.co.jp"],
        &["小林 健太", "経理部", "主任", "070-5123-8890", "kobayashi@presend.co.jp"],
        &["木村 彩", "開発部", "", "080-6612-3345", "kimura@presend.co.jp"],
    ];
    let mut rows: Vec<&[&str]> = vec![&["氏名", "部署", "役職", "携帯電話", "メールアドレス"]];
    rows.extend(people.iter().take(n).copied());
    files::xlsx(&[Sheet::new("出席者", files::text_rows(&rows))])
}

/// Notes of a catalogue meeting with the design partner.
pub(super) fn design_memo() -> Vec<u8> {
    files::docx(&[
        "カタログ刷新 打合せメモ",
        "日時：2026年3月10日（火）10:00〜11:00　場所：オンライン",
        "出席：ガンマデザイン株式会社 木下様／株式会社プレセンド 鈴木（敬称略）",
        "1. 表紙案はB案で進める（色味は再調整）",
        "2. 掲載品目は95品目、価格は4月改定後の価格で掲載",
        "3. 初校提出：4月15日、最終入稿：4月28日",
        "以上",
    ])
}

pub(super) fn encrypted_xlsx() -> Vec<u8> {
    include_bytes!("../fixtures/encrypted.xlsx").to_vec()
}

pub(super) fn encrypted_zip() -> Vec<u8> {
    let quote = quotation("株式会社アルファ商事");
    let memo = meeting_memo();
    files::mark_zip_encrypted(files::zip(&[("御見積書.docx", &quote), ("打合せ議事録.docx", &memo)]))
}

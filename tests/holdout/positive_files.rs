//! Positive files of the holdout measurement: spreadsheets, CSVs and documents
//! with personal data, each with its (kind, cell) labels.

use super::*;

pub(crate) fn positive_files() -> Vec<Case> {
    let mut out = Vec::new();

    // p11: Shift_JIS member CSV with unusual headers, half-width kana header.
    let members = rows(&[
        &["会員No", "名前（漢字）", "ﾌﾘｶﾞﾅ", "携帯", "〒", "住所1", "住所2", "生年月日(西暦)", "備考"],
        &[
            "M0012",
            "渡嘉敷 守",
            "ﾄｶｼｷ ﾏﾓﾙ",
            "090-3381-7402",
            "904-0104",
            "沖縄県中頭郡北谷町字砂辺123番地",
            "",
            "1979/08/14",
            "",
        ],
        &[
            "M0027",
            "林 美月",
            "ﾊﾔｼ ﾐﾂﾞｷ",
            "080-6612-0093",
            "350-1124",
            "埼玉県川越市新宿町1-17-5",
            "グリーンハイツ205",
            "1988/02/29",
            "",
        ],
        &[
            "M0031",
            "朴 智恩",
            "ﾊﾟｸ ﾁｳﾝ",
            "070-2045-8819",
            "169-0073",
            "東京都新宿区百人町2丁目8番11号",
            "",
            "1992/12/01",
            "",
        ],
        &[
            "M0044",
            "四月一日 遥",
            "ﾜﾀﾇｷ ﾊﾙｶ",
            "090-7710-2264",
            "062-0932",
            "北海道札幌市豊平区平岸2条7丁目1-20",
            "ﾊｲﾂ平岸 3F",
            "1965/06/30",
            "腰痛のため軽運動のみ",
        ],
        &[
            "M0058",
            "マリア・ゴンザレス",
            "ﾏﾘｱ ｺﾞﾝｻﾞﾚｽ",
            "080-4421-9937",
            "231-0023",
            "神奈川県横浜市中区山下町83",
            "",
            "2001/10/05",
            "",
        ],
    ]);
    let mut l = Vec::new();
    l.extend(column("employee_id", 1, 2, 6));
    l.extend(column("person_name", 2, 2, 6));
    l.extend(column("person_name", 3, 2, 6));
    l.extend(column("phone", 4, 2, 6));
    l.extend(column("postal_code", 5, 2, 6));
    l.extend(column("address", 6, 2, 6));
    l.extend([("?address", 3, 7), ("?address", 5, 7)]);
    l.extend(column("birth_date", 8, 2, 6));
    l.push(("health", 5, 9));
    out.push(grid_case(Group::Positive, "p11_members_sjis.csv", csv_bytes(&members, ',', "sjis"), members, l));

    // p12: xlsx, title on row 1, header on row 4.
    let cells = vec![
        vec![t("2026年度 地域交流イベント 参加者名簿")],
        vec![t("作成日：2026/04/10　作成者：地域連携課")],
        vec![],
        vec![
            t("No."),
            t("参加者氏名"),
            t("ふりがな"),
            t("性別"),
            t("生年月日"),
            t("電話番号"),
            t("メール"),
            t("緊急連絡先"),
        ],
        vec![
            Cell::Number(1.0),
            t("東海林 誠"),
            t("しょうじ まこと"),
            t("男"),
            Cell::Date(1958, 3, 21),
            t("0422-51-3307"),
            t("shoji.m@example.ne.jp"),
            t("妻 090-5512-6740"),
        ],
        vec![
            Cell::Number(2.0),
            t("李 娜"),
            t("り な"),
            t("女"),
            Cell::Date(1990, 7, 7),
            t("080-9034-1187"),
            t("li.na.tokyo@yahoo.co.jp"),
            t("夫 080-9034-1100"),
        ],
        vec![
            Cell::Number(3.0),
            t("宮城 さくら"),
            t("みやぎ さくら"),
            t("女"),
            Cell::Date(2012, 1, 15),
            t("098-876-2231"),
            t(""),
            t("母 宮城 由美 090-1180-4422"),
        ],
        vec![
            Cell::Number(4.0),
            t("グエン・ヴァン・ナム"),
            t("ぐえん ゔぁん なむ"),
            t("男"),
            Cell::Date(1996, 11, 2),
            t("070-3398-5561"),
            t("nam.nguyen96@gmail.com"),
            t(""),
        ],
        vec![
            Cell::Number(5.0),
            t("御手洗 一"),
            t("みたらい はじめ"),
            t("男"),
            Cell::Date(1949, 9, 9),
            t("03-3981-7765"),
            t(""),
            t("長男 090-2288-3147"),
        ],
    ];
    let mut l = Vec::new();
    l.extend(column("person_name", 2, 5, 9));
    l.extend(column("person_name", 3, 5, 9));
    l.extend(column("birth_date", 5, 5, 9));
    l.extend(column("phone", 6, 5, 9));
    l.extend([("email", 5, 7), ("email", 6, 7), ("email", 8, 7)]);
    l.extend([("phone", 5, 8), ("phone", 6, 8), ("phone", 7, 8), ("phone", 9, 8)]);
    l.push(("?person_name", 7, 8));
    out.push(xlsx_case(Group::Positive, "p12_event_roster.xlsx", "参加者一覧", cells, l));

    // p13: docx interview sheet.
    let paras = [
        "面接評価シート（二次面接）",
        "応募者氏名：金 民俊（キム・ミンジュン）",
        "生年月日：平成9年4月18日",
        "最終学歴：北辰大学大学院 工学研究科 修了",
        "評価：論理的思考力 A、コミュニケーション B+",
        "面接官所見：持病の喘息があるが業務に支障はないと本人談。",
        "面接官：原 直樹",
    ];
    out.push(para_case(
        "p13_interview_sheet.docx",
        files::docx(&paras),
        &paras,
        &[("person_name", "金 民俊"), ("birth_date", "平成9年"), ("health", "喘息"), ("person_name", "原 直樹")],
    ));

    // p26: disability support roster xlsx with new headers.
    let cells = vec![
        vec![t("利用者名"), t("手帳種別"), t("等級"), t("配慮事項"), t("通所曜日")],
        vec![t("大城 勇気"), t("精神障害者保健福祉手帳"), t("2級"), t("大きな音が苦手"), t("月水金")],
        vec![t("谷 恵"), t("療育手帳"), t("B2"), t("口頭指示は1つずつ"), t("火木")],
        vec![t("泉 拓海"), t("身体障害者手帳"), t("4級"), t("車いす使用"), t("月〜金")],
    ];
    let mut l = Vec::new();
    l.extend(column("person_name", 1, 2, 4));
    l.extend(column("disability", 2, 2, 4));
    l.extend(column("?disability", 3, 2, 4));
    l.extend(column("?*", 4, 2, 4));
    out.push(xlsx_case(Group::Positive, "p26_support_users.xlsx", "利用者", cells, l));

    // p27: health check results CSV, UTF-8 with BOM.
    let hc = rows(&[
        &["社員ID", "氏名", "受診日", "BMI", "血圧(上)", "血圧(下)", "判定", "所見"],
        &["E1021", "岡 真司", "2026/05/12", "27.4", "148", "96", "要精密検査", "高血圧の疑い"],
        &["E1034", "宇佐美 彩", "2026/05/13", "20.1", "112", "70", "異常なし", ""],
        &["E1040", "堀江 拓", "2026/05/13", "31.8", "136", "88", "要医療", "脂質異常症"],
    ]);
    let mut l = Vec::new();
    l.extend(column("employee_id", 1, 2, 4));
    l.extend(column("person_name", 2, 2, 4));
    l.extend(column("?health", 3, 2, 4));
    l.extend(column("?health", 4, 2, 4));
    l.extend(column("?health", 5, 2, 4));
    l.extend(column("?health", 6, 2, 4));
    l.extend([("health", 2, 7), ("?health", 3, 7), ("health", 4, 7)]);
    l.extend([("health", 2, 8), ("health", 4, 8)]);
    out.push(grid_case(Group::Positive, "p27_health_results.csv (UTF-8 BOM)", csv_bytes(&hc, ',', "bom"), hc, l));

    // p34: business cards CSV.
    let bc = rows(&[
        &["会社名", "部署", "役職", "氏名", "メール", "携帯番号"],
        &["株式会社北斗電機", "購買部", "課長", "相馬 和也", "k.soma@hokuto-denki.example.jp", "090-1456-2287"],
        &[
            "東洋ケミカル株式会社",
            "研究開発部",
            "主任研究員",
            "西園寺 玲奈",
            "saionji@toyo-chem.example.com",
            "080-3319-7745",
        ],
        &["有限会社まるやま", "", "代表取締役", "丸山 昇", "maruyama@maruyama.example.ne.jp", "090-8876-0021"],
    ]);
    let mut l = Vec::new();
    l.extend(column("person_name", 4, 2, 4));
    l.extend(column("email", 5, 2, 4));
    l.extend(column("phone", 6, 2, 4));
    out.push(grid_case(Group::Positive, "p34_business_cards.csv", csv_bytes(&bc, ',', "utf8"), bc, l));

    // p35: tab-separated list with English headers.
    let en = rows(&[
        &["Name", "Kana", "Tel", "Mail", "Birthday"],
        &["萩原 涼", "ハギワラ リョウ", "03-5981-2276", "hagi.ryo@example.jp", "1983-04-09"],
        &["千葉 美穂", "チバ ミホ", "045-332-9018", "miho.c@example.jp", "1995-12-24"],
        &["渡部 剛", "ワタナベ ツヨシ", "06-6375-4410", "t-watanabe@example.jp", "1971-07-30"],
    ]);
    let mut l = Vec::new();
    l.extend(column("person_name", 1, 2, 4));
    l.extend(column("person_name", 2, 2, 4));
    l.extend(column("phone", 3, 2, 4));
    l.extend(column("email", 4, 2, 4));
    l.extend(column("birth_date", 5, 2, 4));
    out.push(grid_case(Group::Positive, "p35_english_headers.tsv", csv_bytes(&en, '\t', "utf8"), en, l));

    // p36: pptx home-nursing case slide.
    let slide: &[&str] = &[
        "訪問看護 ケース共有",
        "利用者：新垣 トミ 様（87歳）",
        "主病名：慢性心不全、認知症",
        "住所：沖縄県宜野湾市真栄原1丁目9番2号",
        "キーパーソン：長女 新垣 千秋 様 090-8812-0557",
    ];
    let lines: Vec<String> = slide.iter().map(|s| s.to_string()).collect();
    let labels = [
        ("person_name", "新垣 トミ"),
        ("health", "慢性心不全"),
        ("address", "宜野湾市"),
        ("person_name", "新垣 千秋"),
        ("phone", "新垣 千秋"),
    ]
    .iter()
    .map(|(k, n)| Label::parse(k, line_key(&lines, "p36", n)))
    .collect();
    out.push(Case {
        group: Group::Positive,
        name: "p36_nursing_case.pptx".into(),
        input: Input::Bytes(files::pptx(&[slide])),
        view: View::Lines(lines),
        labels,
    });

    // p37: docx offer letter.
    let paras = [
        "〒812-0011",
        "福岡県福岡市博多区博多駅前4丁目15番2号",
        "秋山 大和 様",
        "採用内定のお知らせ",
        "このたびは当社の採用選考にご応募いただき、誠にありがとうございました。",
        "入社日：2027年4月1日",
    ];
    out.push(para_case(
        "p37_offer_letter.docx",
        files::docx(&paras),
        &paras,
        &[("postal_code", "〒812"), ("address", "博多駅前"), ("person_name", "秋山")],
    ));

    // p38: zip holding a Shift_JIS customer CSV with card numbers.
    let cust = rows(&[
        &["顧客番号", "顧客名", "電話", "カード番号"],
        &["C-100231", "安達 亮介", "0466-28-1193", "4667234763237139"],
        &["C-100232", "野口 彩花", "052-781-3360", "5410654310621948"],
        &["C-100233", "ロドリゲス・カルロス", "0561-84-7702", "377719394514079"],
    ]);
    let inner = csv_bytes(&cust, ',', "sjis");
    let zipped = files::zip(&[("export/customers_202604.csv", &inner)]);
    let mut l = Vec::new();
    l.extend(column("employee_id", 1, 2, 4));
    l.extend(column("person_name", 2, 2, 4));
    l.extend(column("phone", 3, 2, 4));
    l.extend(column("credit_card", 4, 2, 4));
    out.push(grid_case(Group::Positive, "p38_customers.zip", zipped, cust, l));

    // p50: employee roster with numeric IDs, entry dates, era birth dates.
    let cells = vec![
        vec![t("社員番号"), t("氏名"), t("所属"), t("入社日"), t("生年月日"), t("内線")],
        vec![Cell::Number(100231.0), t("清水 翔"), t("営業部"), Cell::Date(2015, 4, 1), t("昭和63年5月2日"), t("2231")],
        vec![
            Cell::Number(100245.0),
            t("土屋 茜"),
            t("経理部"),
            Cell::Date(2019, 10, 1),
            t("平成3年12月25日"),
            t("2245"),
        ],
        vec![
            Cell::Number(100298.0),
            t("勘解由小路 綾"),
            t("法務部"),
            Cell::Date(2022, 4, 1),
            t("平成8年3月3日"),
            t("2298"),
        ],
    ];
    let mut l = Vec::new();
    l.extend(column("employee_id", 1, 2, 4));
    l.extend(column("person_name", 2, 2, 4));
    l.extend(column("birth_date", 5, 2, 4));
    out.push(xlsx_case(Group::Positive, "p50_employee_roster.xlsx", "社員一覧", cells, l));

    // p51: ods parents' contact list with allergies.
    let ods_rows: &[&[&str]] = &[
        &["児童氏名", "保護者氏名", "続柄", "連絡先", "アレルギー"],
        &["森田 陽菜", "森田 恵", "母", "090-6634-2287", "そば"],
        &["ウィリアムズ 健", "ウィリアムズ 絵里", "母", "080-1187-3356", "なし"],
        &["比屋根 蒼", "比屋根 誠", "父", "070-4410-9925", "ピーナッツ、キウイ"],
    ];
    let mut l = Vec::new();
    l.extend(column("person_name", 1, 2, 4));
    l.extend(column("person_name", 2, 2, 4));
    l.extend(column("phone", 4, 2, 4));
    l.extend([("health", 2, 5), ("?health", 3, 5), ("health", 4, 5)]);
    out.push(grid_case(Group::Positive, "p51_parents.ods", files::ods("連絡先", ods_rows), rows(ods_rows), l));

    // p54: dependants with My Numbers in 4-4-4 under an unusual header.
    let cells = vec![
        vec![t("続柄"), t("氏名"), t("個人番号（12桁）"), t("生年月日")],
        vec![t("本人"), t("大野 健司"), t("2518-6497-5790"), t("1978/11/02")],
        vec![t("配偶者"), t("大野 由香"), t("8888-0033-2720"), t("1980/03/15")],
        vec![t("長男"), t("大野 蓮"), t("3794-9223-6690"), t("2009/06/21")],
    ];
    let mut l = Vec::new();
    l.extend(column("person_name", 2, 2, 4));
    l.extend(column("my_number", 3, 2, 4));
    l.extend(column("birth_date", 4, 2, 4));
    out.push(xlsx_case(Group::Positive, "p54_dependants.xlsx", "扶養", cells, l));

    // p56: payroll bank accounts CSV (Shift_JIS).
    let pay = rows(&[
        &["社員コード", "氏名", "銀行コード", "支店コード", "種別", "口座番号", "名義カナ"],
        &["0451", "森本 誠", "0005", "123", "1", "4410927", "ﾓﾘﾓﾄ ﾏｺﾄ"],
        &["0452", "高嶺 瞳", "0009", "411", "1", "0983321", "ﾀｶﾐﾈ ﾋﾄﾐ"],
    ]);
    let mut l = Vec::new();
    l.extend(column("employee_id", 1, 2, 3));
    l.extend(column("person_name", 2, 2, 3));
    l.extend(column("?bank_account", 3, 2, 3));
    l.extend(column("?bank_account", 4, 2, 3));
    l.extend(column("?bank_account", 5, 2, 3));
    l.extend(column("bank_account", 6, 2, 3));
    l.extend(column("person_name", 7, 2, 3));
    out.push(grid_case(Group::Positive, "p56_payroll_accounts.csv (Shift_JIS)", csv_bytes(&pay, ',', "sjis"), pay, l));

    // p60: docx accident report.
    let paras = [
        "事故報告書",
        "報告者：営業部 栗原 司",
        "2026年5月30日、店舗内で来店客の方（新井 ふみ 様、70代）が転倒し、頭部を打撲した。",
        "救急車で市立病院へ搬送され、検査の結果、軽い脳しんとうと診断された。",
        "連絡先（ご家族）：048-922-3371",
    ];
    out.push(para_case(
        "p60_accident_report.docx",
        files::docx(&paras),
        &paras,
        &[
            ("person_name", "栗原"),
            ("person_name", "新井 ふみ"),
            ("?health", "打撲"),
            ("health", "脳しんとう"),
            ("phone", "048-922-3371"),
        ],
    ));

    // p61: outbreak case list (Shift_JIS CSV) with new headers.
    let cases = rows(&[
        &["ID", "氏名カナ", "年齢", "居住地", "発症日", "主な症状", "連絡先"],
        &["001", "ｽｽﾞｷ ﾀﾂﾔ", "45", "千葉県船橋市本町4-1-9", "2026/01/08", "発熱・咳", "047-431-2280"],
        &["002", "ｵｶﾞﾜ ﾕｳｺ", "38", "千葉県市川市八幡2-16-5", "2026/01/09", "咽頭痛、倦怠感", "090-2273-6618"],
        &["003", "ﾖｼﾀﾞ ｹﾝｼﾞ", "67", "千葉県松戸市小金原3-8-11", "2026/01/09", "発熱、味覚障害", "047-343-9902"],
        &["004", "ﾅｶﾞｲ ﾘｻ", "29", "千葉県柏市旭町1-2-3", "2026/01/10", "咳、鼻水", "080-7120-4459"],
        &["005", "ｷﾀﾑﾗ ｼｮｳ", "52", "千葉県船橋市夏見6-22-1", "2026/01/11", "発熱・頭痛", "070-6645-0138"],
    ]);
    let mut l = Vec::new();
    l.extend(column("?employee_id", 1, 2, 6));
    l.extend(column("person_name", 2, 2, 6));
    l.extend(column("address", 4, 2, 6));
    l.extend(column("?health", 5, 2, 6));
    l.extend(column("health", 6, 2, 6));
    l.extend(column("phone", 7, 2, 6));
    out.push(grid_case(Group::Positive, "p61_case_list.csv (Shift_JIS)", csv_bytes(&cases, ',', "sjis"), cases, l));

    // p64: docx with a table row (label cell + value cell).
    let paras = [
        "緊急連絡先届",
        "氏名\t金城 亜美",
        "続柄\t本人",
        "携帯電話\t０８０－６６１２－９０４１",
        "自宅住所\t沖縄県那覇市首里当蔵町2丁目11番地",
    ];
    out.push(para_case(
        "p64_emergency_contact_table.docx",
        files::docx(&paras),
        &paras,
        &[("person_name", "金城"), ("phone", "携帯電話"), ("address", "自宅住所")],
    ));
    out
}

//! Clean tables of the holdout measurement: stock lists, price lists, schedules
//! and other tables with numbers that look like identifiers but are not.

use super::*;

pub(crate) fn clean_tables() -> Vec<Case> {
    let mut out = Vec::new();

    let stock = rows(&[
        &["品番", "品名", "JANコード", "在庫数", "単価", "ロケーション", "最終入庫日"],
        &["HS-450R", "ハンドソープ詰替 450ml", "4902242566848", "1240", "298", "A-01-03", "2026/04/02"],
        &["WT-080", "ウェットティッシュ 80枚", "4549780610529", "310", "188", "A-02-11", "2026/03/28"],
        &["GR-200", "うがい薬 200ml", "4987573904675", "0", "540", "B-05-01", "2026/02/14"],
        &["TP-12R", "トイレットペーパー 12ロール", "4901158098061", "86", "498", "C-01-01", "2026/04/09"],
        &["MK-50", "不織布マスク 50枚入", "4549084273932", "2210", "398", "A-03-07", "2026/04/10"],
        &["BT-AA4", "アルカリ乾電池 単3形 4本", "4902138319039", "455", "348", "D-02-02", "2026/03/31"],
    ]);
    out.push(grid_case(Group::Clean, "c75_stock.csv (Shift_JIS)", csv_bytes(&stock, ',', "sjis"), stock, vec![]));

    let orders = rows(&[
        &["発注番号", "発注日", "取引先コード", "品番", "数量", "単価", "金額", "納期", "備考"],
        &["202603010002", "2026/03/01", "V-20831", "BR-304-20", "1200", "385", "462000", "2026/03/20", ""],
        &["202603010010", "2026/03/01", "V-20832", "PP-RESIN-A", "50", "12800", "640000", "2026/03/25", "分納可"],
        &["202603150009", "2026/03/15", "V-20833", "LOG-STD", "1", "380000", "380000", "2026/03/31", "月額"],
        &["202603150025", "2026/03/15", "V-20831", "BR-304-25", "600", "410", "246000", "2026/04/05", ""],
        &["202603150033", "2026/03/15", "V-10044", "SC-M4-10", "20000", "2.4", "48000", "2026/04/01", "至急"],
    ]);
    out.push(grid_case(Group::Clean, "c76_purchase_orders.csv", csv_bytes(&orders, ',', "utf8"), orders, vec![]));

    let sales = vec![
        vec![t("2026年度 製品別売上集計（単位：千円）")],
        vec![t("集計期間：2026/04/01〜2026/06/30")],
        vec![],
        vec![t("製品コード"), t("製品名"), t("JAN"), t("4月"), t("5月"), t("6月"), t("合計"), t("前年比")],
        vec![
            t("NX-720W"),
            t("業務用電子レンジ"),
            Cell::Number(4901178744214.0),
            Cell::Number(12450.0),
            Cell::Number(13880.0),
            Cell::Number(15020.0),
            Cell::Number(41350.0),
            t("108.2%"),
        ],
        vec![
            t("SU-3000R"),
            t("センサーユニット"),
            Cell::Number(4571713662831.0),
            Cell::Number(8800.0),
            Cell::Number(9120.0),
            Cell::Number(9410.0),
            Cell::Number(27330.0),
            t("121.5%"),
        ],
        vec![
            t("HB-01"),
            t("搬送ロボット ハコブ"),
            Cell::Number(4987602415059.0),
            Cell::Number(0.0),
            Cell::Number(2940.0),
            Cell::Number(5880.0),
            Cell::Number(8820.0),
            t("-"),
        ],
        vec![
            t("合計"),
            t(""),
            t(""),
            Cell::Number(21250.0),
            Cell::Number(25940.0),
            Cell::Number(30310.0),
            Cell::Number(77500.0),
            t("113.9%"),
        ],
    ];
    out.push(xlsx_case(Group::Clean, "c77_sales_summary.xlsx", "売上集計", sales, vec![]));

    let room = vec![
        vec![t("会議室"), t("日付"), t("開始"), t("終了"), t("予約部署"), t("用途"), t("人数")],
        vec![
            t("大会議室A"),
            Cell::Date(2026, 5, 12),
            t("10:00"),
            t("12:00"),
            t("経営企画部"),
            t("事業進捗会議"),
            Cell::Number(24.0),
        ],
        vec![
            t("会議室C"),
            Cell::Date(2026, 5, 12),
            t("15:00"),
            t("16:30"),
            t("営業第一部"),
            t("取引先打合せ"),
            Cell::Number(6.0),
        ],
        vec![
            t("研修室1"),
            Cell::Date(2026, 5, 20),
            t("9:30"),
            t("17:30"),
            t("人事部"),
            t("新任管理職研修"),
            Cell::Number(18.0),
        ],
        vec![
            t("応接室"),
            Cell::Date(2026, 5, 21),
            t("13:00"),
            t("14:00"),
            t("総務部"),
            t("監査法人 往査"),
            Cell::Number(4.0),
        ],
    ];
    out.push(xlsx_case(Group::Clean, "c78_room_reservations.xlsx", "予約", room, vec![]));

    let minutes = [
        "取締役会議事録（抜粋）",
        "開催日時：2026年4月24日（金）午前9時30分",
        "出席取締役：9名中9名、出席監査役：3名中3名",
        "第1号議案 2026年3月期 計算書類承認の件：原案どおり承認可決された。",
        "第2号議案 重要な使用人の異動の件：別紙のとおり承認可決された。",
        "議案\t賛成\t反対\t棄権",
        "第1号議案\t9\t0\t0",
    ];
    out.push(Case {
        group: Group::Clean,
        name: "c79_board_minutes.docx".into(),
        input: Input::Bytes(files::docx(&minutes)),
        view: View::Lines(minutes.iter().map(|p| p.replace('\t', " | ")).collect()),
        labels: vec![],
    });

    let slides: &[&str] = &[
        "2026年3月期 決算説明資料",
        "売上高 1,284億円（前期比 +8.4%）",
        "営業利益 98.7億円（営業利益率 7.7%）",
        "ROE 11.2%、ROIC 8.9%",
        "中期経営計画「Vision 2028」の進捗：KPI 12項目中 9項目が計画を上回る",
    ];
    out.push(Case {
        group: Group::Clean,
        name: "c80_ir_slides.pptx".into(),
        input: Input::Bytes(files::pptx(&[slides])),
        view: View::Lines(slides.iter().map(|s| s.to_string()).collect()),
        labels: vec![],
    });
    out
}

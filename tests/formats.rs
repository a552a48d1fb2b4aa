//! Every supported format, built as a real file, read with the right
//! locations; and every kind of bad input reported, never passed in silence.

mod support;

use presend::{scan_bytes, FileReport, Format, Kind, Limits, Location, ProblemKind, ScanOptions};
use support::files::{self, Cell, Sheet};

fn scan(name: &str, bytes: &[u8]) -> FileReport {
    scan_bytes(name, bytes, &ScanOptions::default())
}

fn kinds_at(report: &FileReport, loc: &Location) -> Vec<Kind> {
    report.findings.iter().filter(|f| &f.location == loc).map(|f| f.kind).collect()
}

fn cell(sheet: Option<&str>, row: u32, column: u32) -> Location {
    Location::cell(sheet, row, column)
}

fn roster_rows() -> Vec<Vec<String>> {
    [
        ["氏名", "生年月日", "電話番号", "障がい名", "備考"],
        ["山田 太郎", "1985/04/12", "090-1234-5678", "知的障害", ""],
        ["佐藤 花子", "平成2年3月4日", "03-1234-5678", "", "来所予定"],
        ["鈴木 一郎", "S58.1.9", "０８０－２２２２－３３３３", "うつ病", ""],
    ]
    .iter()
    .map(|r| r.iter().map(|s| s.to_string()).collect())
    .collect()
}

#[test]
fn xlsx_findings_carry_sheet_row_and_column_even_off_a1() {
    let rows = vec![
        vec![Cell::from("氏名"), Cell::from("生年月日"), Cell::from("電話番号"), Cell::from("障がい名")],
        vec![Cell::from("山田 太郎"), Cell::Date(1985, 4, 12), Cell::Number(9012345678.0), Cell::from("知的障害")],
        vec![Cell::from("佐藤 花子"), Cell::Date(1990, 3, 4), Cell::from("03-1234-5678"), Cell::from("無")],
    ];
    // The table starts at B3 and sits on the second sheet.
    let bytes =
        files::xlsx(&[Sheet::new("表紙", files::text_rows(&[&["利用者一覧"]])), Sheet::new("名簿", rows).at(2, 1)]);
    let r = scan("list.txt", &bytes);
    assert_eq!(r.format, Format::Xlsx, "sniffed from content, not the .txt name");
    assert!(r.problems.is_empty(), "{:?}", r.problems);
    let s = Some("名簿");
    assert_eq!(kinds_at(&r, &cell(s, 4, 2)), vec![Kind::PersonName]);
    assert_eq!(kinds_at(&r, &cell(s, 4, 3)), vec![Kind::BirthDate], "a date cell under 生年月日");
    assert_eq!(kinds_at(&r, &cell(s, 4, 4)), vec![Kind::Phone], "a phone typed as a number keeps its leading 0");
    assert_eq!(kinds_at(&r, &cell(s, 4, 5)), vec![Kind::Disability]);
    assert_eq!(kinds_at(&r, &cell(s, 5, 5)), vec![], "無 is not a disability");
    assert_eq!(r.records, 2);
    let name_col = r.columns.iter().find(|c| c.header.as_deref() == Some("氏名")).expect("氏名 column");
    assert_eq!((name_col.kind, name_col.rows, name_col.letter.as_str()), (Some(Kind::PersonName), 2, "B"));
    let dis = r.columns.iter().find(|c| c.header.as_deref() == Some("障がい名")).expect("障がい名 column");
    assert_eq!(dis.kind, Some(Kind::Disability));
}

#[test]
fn csv_reads_the_same_in_every_japanese_encoding() {
    let text = files::csv(&roster_rows(), ',');
    let variants: Vec<(&str, Vec<u8>)> = vec![
        ("utf8", text.clone().into_bytes()),
        ("utf8-bom", files::utf8_bom(&text)),
        ("sjis", files::shift_jis(&text)),
        ("utf16", files::utf16le_bom(&text)),
    ];
    let mut baseline: Option<Vec<(Kind, Location)>> = None;
    for (name, bytes) in variants {
        let r = scan(name, &bytes);
        assert_eq!(r.format, Format::Csv, "{name}");
        assert!(r.problems.is_empty(), "{name}: {:?}", r.problems);
        let got: Vec<(Kind, Location)> = r.findings.iter().map(|f| (f.kind, f.location.clone())).collect();
        assert!(got.contains(&(Kind::Phone, cell(None, 4, 3))), "{name}: full-width phone at C4: {got:?}");
        assert!(got.contains(&(Kind::BirthDate, cell(None, 4, 2))), "{name}: S58.1.9 at B4");
        assert!(got.contains(&(Kind::Disability, cell(None, 4, 4))), "{name}: うつ病 under 障がい名 at D4");
        assert_eq!(r.records, 3, "{name}");
        match &baseline {
            None => baseline = Some(got),
            Some(b) => assert_eq!(&got, b, "{name} differs from UTF-8"),
        }
    }
}

#[test]
fn a_system_export_with_a_title_and_a_date_above_its_header_is_a_table() {
    // As member and customer systems export: a title line and a date line
    // of one field each, then the header. Read as prose before, it gave one
    // birth date of two people and no name or phone.
    let text = format!("会員名簿\r\n出力日：2026年12月1日\r\n{}", files::csv(&roster_rows(), ','));
    for (name, bytes) in [("utf8", text.clone().into_bytes()), ("sjis", files::shift_jis(&text))] {
        let r = scan(name, &bytes);
        assert_eq!(r.format, Format::Csv, "{name}");
        assert_eq!(r.records, 3, "{name}: {:?}", r.summary);
        assert_eq!(kinds_at(&r, &cell(None, 4, 1)), vec![Kind::PersonName], "{name}: 山田 太郎 at A4");
        assert!(kinds_at(&r, &cell(None, 6, 3)).contains(&Kind::Phone), "{name}: the full-width phone at C6");
        assert!(kinds_at(&r, &cell(None, 6, 4)).contains(&Kind::Disability), "{name}: うつ病 under 障がい名");
    }
}

#[test]
fn an_html_table_is_read_as_a_table_with_its_header() {
    // A saved web page's list, or the "Excel" file a business system
    // exports as HTML under an .xls name. Read as one line of text before:
    // no column named, and 原 (a one-kanji surname) not found.
    let html = "<html><head><meta charset=utf-8><style>td{mso-number-format:\\@}</style></head><body>\n<h1>参加者一覧</h1>\n<table>\n<tr><th>氏名</th><th>生年月日</th><th>電話番号</th></tr>\n<tr><td>藤田 光</td><td>1990/05/06</td><td>090-1111-2222</td></tr>\n<tr><td>原 大地</td><td>1985/01/02</td><td>080-3333-4444</td></tr>\n</table>\n<p>お問い合わせ：03-5555-6666</p></body></html>";
    let r = scan("参加者一覧.xls", html.as_bytes());
    assert_eq!(r.format, Format::Html);
    // Two people in the table (the contact line below may count as a third).
    assert!(r.records >= 2, "{:?}", r.summary);
    let at = |row: u32, column: u32| {
        kinds_at(&r, &Location { table: Some(1), row: Some(row), column: Some(column), ..Location::default() })
    };
    assert_eq!(at(3, 1), vec![Kind::PersonName], "原 大地 in the 氏名 column: {:?}", r.findings);
    assert_eq!(at(2, 2), vec![Kind::BirthDate]);
    assert_eq!(at(3, 3), vec![Kind::Phone]);
    // The text outside the table keeps its line.
    assert!(r.findings.iter().any(|f| f.kind == Kind::Phone && f.location == Location::line(8)), "{:?}", r.findings);
    // The cell budget holds as for a workbook, and the report says so.
    let options = ScanOptions { limits: Limits { max_cells: 7, ..Limits::default() }, ..ScanOptions::default() };
    let r = scan_bytes("参加者一覧.xls", html.as_bytes(), &options);
    assert_eq!(r.problems.iter().map(|p| p.kind).collect::<Vec<_>>(), [ProblemKind::OverLimit]);
    assert!(
        r.findings.iter().any(|f| f.location.table == Some(1) && f.location.row == Some(2)),
        "the rows that fit are read"
    );
    assert!(!r.findings.iter().any(|f| f.location.table == Some(1) && f.location.row == Some(3)), "not past the limit");
}

#[test]
fn a_json_export_of_records_is_read_as_a_table_under_its_keys() {
    // An app's or API's member export: read as text before, its keys named
    // no column, and 原 大地 (a one-kanji surname) was missed.
    // Written by hand: key order is column order (serde_json's own maps sort).
    let export = r#"{
  "exported": "2024-04-01",
  "members": [
    {"氏名": "岡田 真一", "生年月日": "1985-01-02", "連絡先": {"電話": "090-1111-2222"}, "備考": ""},
    {"氏名": "原 大地", "生年月日": "1990-05-06", "連絡先": {"電話": "080-3333-4444"}, "備考": "糖尿病で通院中"}
  ]
}"#;
    let r = scan("members.json", export.as_bytes());
    assert_eq!(r.format, Format::Json);
    assert_eq!(r.records, 2, "{:?}", r.summary);
    let at = |row: u32, column: u32| {
        kinds_at(&r, &Location { table: Some(1), row: Some(row), column: Some(column), ..Location::default() })
    };
    assert_eq!(at(3, 1), vec![Kind::PersonName], "原 大地 under 氏名: {:?}", r.findings);
    assert_eq!(at(2, 2), vec![Kind::BirthDate]);
    assert_eq!(at(3, 3), vec![Kind::Phone], "a nested object's key 連絡先.電話 names its column");
    assert!(at(3, 4).contains(&Kind::Health), "{:?}", r.findings);

    // English camelCase keys, one object a line (JSON Lines), a company
    // column that is no one's name.
    let lines = [
        r#"{"firstName": "Emma", "lastName": "Watson", "companyName": "Blue Ocean Trading", "phoneNumber": "090-5555-6666", "diagnosis": "asthma"}"#,
        r#"{"firstName": "Liam", "lastName": "Smith", "companyName": "Green Field Partners", "phoneNumber": "080-7777-8888", "diagnosis": ""}"#,
    ]
    .join("\n");
    let r = scan("export.jsonl", lines.as_bytes());
    assert_eq!(r.format, Format::Json);
    let at = |row: u32, column: u32| {
        kinds_at(&r, &Location { table: Some(1), row: Some(row), column: Some(column), ..Location::default() })
    };
    assert_eq!(at(2, 4), vec![Kind::Phone], "{:?}", r.findings);
    assert_eq!(at(2, 5), vec![Kind::Health], "{:?}", r.findings);
    assert_eq!(at(2, 3), vec![], "a company's name is not a person's: {:?}", r.findings);

    // A single person's record reads as a form does.
    let one = r#"{"氏名": "原 大地", "携帯": "090-1234-5678", "病歴": "てんかん"}"#;
    let r = scan("one.json", one.as_bytes());
    assert!(r.findings.iter().any(|f| f.kind == Kind::PersonName), "{:?}", r.findings);
    assert!(r.findings.iter().any(|f| f.kind == Kind::Health), "{:?}", r.findings);

    // The cell budget holds, and the report says so.
    let options = ScanOptions { limits: Limits { max_cells: 6, ..Limits::default() }, ..ScanOptions::default() };
    let r = scan_bytes("members.json", export.as_bytes(), &options);
    assert_eq!(r.problems.iter().map(|p| p.kind).collect::<Vec<_>>(), [ProblemKind::OverLimit]);
    assert!(!r.findings.iter().any(|f| f.location.row == Some(3)), "not past the limit: {:?}", r.findings);
}

#[test]
fn tsv_is_a_table_too() {
    let r = scan("x", files::csv(&roster_rows(), '\t').as_bytes());
    assert_eq!(r.format, Format::Tsv);
    assert_eq!(kinds_at(&r, &cell(None, 2, 1)), vec![Kind::PersonName]);
}

#[test]
fn docx_paragraphs_are_lines_and_table_cells_stay_together() {
    let bytes = files::docx(&[
        "面談記録",
        "本日、山田太郎様と面談しました。",
        "連絡先\t090-1234-5678",
        "マイナンバー：1234 5678 9018",
    ]);
    let r = scan("memo.docx", &bytes);
    assert_eq!(r.format, Format::Docx);
    assert_eq!(kinds_at(&r, &Location::line(2)), vec![Kind::PersonName]);
    assert_eq!(kinds_at(&r, &Location::line(3)), vec![Kind::Phone]);
    assert_eq!(kinds_at(&r, &Location::line(4)), vec![Kind::MyNumber]);
}

#[test]
fn pptx_findings_name_their_slide() {
    let bytes = files::pptx(&[&["四半期報告"], &["担当: 営業部", "お客様 佐藤花子様 電話 03-1234-5678"]]);
    let r = scan("deck.pptx", &bytes);
    assert_eq!(r.format, Format::Pptx);
    let phone = r.findings.iter().find(|f| f.kind == Kind::Phone).expect("phone");
    assert_eq!(phone.location.entry.as_deref(), Some("slide 2"));
    assert_eq!(phone.location.line, Some(2));
}

#[test]
fn ods_sheets_are_read() {
    let bytes = files::ods("名簿", &[&["氏名", "メールアドレス"], &["田中 次郎", "jiro@example.co.jp"]]);
    let r = scan("list.ods", &bytes);
    assert_eq!(r.format, Format::Ods);
    assert_eq!(kinds_at(&r, &cell(Some("名簿"), 2, 2)), vec![Kind::Email]);
    assert_eq!(r.domains.first().map(|d| d.domain.as_str()), Some("example.co.jp"));
}

#[test]
fn zip_members_and_nested_archives_are_inspected() {
    let csv = files::csv(&roster_rows(), ',');
    let inner = files::zip(&[("list.csv", csv.as_bytes())]);
    let outer = files::zip(&[("readme.txt", "資料を送ります".as_bytes()), ("inner.zip", &inner)]);
    let r = scan("bundle.zip", &outer);
    assert_eq!(r.format, Format::Zip);
    let name = r.findings.iter().find(|f| f.kind == Kind::PersonName).expect("a name inside");
    assert_eq!(name.location.entry.as_deref(), Some("inner.zip/list.csv"));
    assert_eq!((name.location.row, name.location.column), (Some(2), Some(1)));
}

/// `bytes` gzipped as `gzip` does, keeping `name` in the header.
fn gzip(name: &str, bytes: &[u8]) -> Vec<u8> {
    use std::io::Write as _;
    let mut out = flate2::GzBuilder::new().filename(name).write(Vec::new(), flate2::Compression::default());
    out.write_all(bytes).expect("gzip in memory");
    out.finish().expect("gzip in memory")
}

#[test]
fn a_gzipped_file_is_read_as_the_file_inside() {
    let csv = files::csv(&roster_rows(), ',');
    let r = scan("名簿.csv.gz", &gzip("名簿.csv", csv.as_bytes()));
    assert_eq!(r.format, Format::Gzip);
    let name = r.findings.iter().find(|f| f.kind == Kind::PersonName).expect("a name inside");
    assert_eq!(name.location.entry.as_deref(), Some("名簿.csv"));
    assert_eq!((name.location.row, name.location.column), (Some(2), Some(1)));
    // A zip of it inside the gzip, and a gzip cut short: still read, and said.
    let zipped = files::zip(&[("list.csv", csv.as_bytes())]);
    let r = scan("list.zip.gz", &gzip("list.zip", &zipped));
    assert!(r.findings.iter().any(|f| f.location.entry.as_deref() == Some("list.zip/list.csv")));
    let whole = gzip("名簿.csv", csv.repeat(50).as_bytes());
    let r = scan("名簿.csv.gz", &whole[..whole.len() * 2 / 3]);
    assert_eq!(r.problems.first().map(|p| p.kind), Some(ProblemKind::Truncated), "{:?}", r.problems);
    assert!(r.findings.iter().any(|f| f.kind == Kind::PersonName));
    // A gzip bomb stops at the decompression budget.
    let bomb = gzip("zeros.txt", &vec![0u8; 40 * 1024 * 1024]);
    let options = ScanOptions {
        limits: Limits { max_decompressed_bytes: 8 * 1024 * 1024, ..Limits::default() },
        ..Default::default()
    };
    let r = scan_bytes("zeros.gz", &bomb, &options);
    assert_eq!(r.problems.first().map(|p| p.kind), Some(ProblemKind::OverLimit), "{:?}", r.problems);
}

#[test]
fn a_binary_file_not_read_is_unsupported_and_a_picture_or_film_is_media() {
    let mut seven = b"7z\xBC\xAF\x27\x1C\0\x04".to_vec();
    seven.resize(200, 7);
    let r = scan("名簿.7z", &seven);
    assert_eq!(r.format, Format::Binary);
    let p = r.problems.first().expect("a problem");
    assert_eq!((p.kind, p.detail.as_str()), (ProblemKind::Unsupported, "a 7-Zip archive, not read"));
    let mut mp4 = b"\0\0\0\x20ftypisom\0\0\x02\0".to_vec();
    mp4.resize(200, 0);
    let r = scan("clip.mp4", &mp4);
    assert_eq!((r.format, r.problems.first().map(|p| p.kind)), (Format::Media, Some(ProblemKind::Media)));
    let r = scan("photo.png", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR");
    assert_eq!((r.format, r.problems.first().map(|p| p.kind)), (Format::Image, Some(ProblemKind::Media)));
}

#[test]
fn an_encrypted_zip_member_is_reported_by_name() {
    let csv = files::csv(&roster_rows(), ',');
    let bytes = files::mark_zip_encrypted(files::zip(&[("名簿.csv", csv.as_bytes())]));
    let r = scan("ppap.zip", &bytes);
    let p = r.problems.iter().find(|p| p.kind == ProblemKind::Encrypted).expect("encrypted problem");
    assert_eq!(p.entry.as_deref(), Some("名簿.csv"));
    assert!(!r.is_clean());
}

#[test]
fn an_encrypted_office_file_is_reported_as_encrypted() {
    // The directory of an OLE compound file written by Office for "password to open".
    let mut bytes = vec![0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
    bytes.resize(512, 0);
    for name in ["EncryptionInfo", "EncryptedPackage"] {
        bytes.extend(name.encode_utf16().flat_map(u16::to_le_bytes));
        bytes.resize(bytes.len() + 64, 0);
    }
    let r = scan("salary.xlsx", &bytes);
    assert_eq!(r.format, Format::EncryptedOffice);
    assert_eq!(r.problems.first().map(|p| p.kind), Some(ProblemKind::Encrypted));
}

#[test]
fn a_truncated_workbook_is_a_problem_not_a_crash() {
    let bytes = files::xlsx(&[Sheet::new("s", files::text_rows(&[&["氏名"], &["山田 太郎"]]))]);
    for cut in [bytes.len() / 2, bytes.len() - 30, 40] {
        let r = scan("cut.xlsx", &bytes[..cut]);
        assert!(!r.problems.is_empty(), "cut at {cut}: {:?}", r.format);
    }
}

#[test]
fn a_zip_bomb_stops_at_the_decompressed_limit() {
    let zeros = vec![0u8; 40 * 1024 * 1024];
    let bomb = files::zip(&[("a.txt", &zeros)]);
    assert!(bomb.len() < 1024 * 1024);
    let options = ScanOptions {
        limits: Limits { max_decompressed_bytes: 8 * 1024 * 1024, ..Limits::default() },
        ..Default::default()
    };
    let r = scan_bytes("bomb.zip", &bomb, &options);
    assert_eq!(r.problems.first().map(|p| p.kind), Some(ProblemKind::OverLimit), "{:?}", r.problems);
}

#[test]
fn the_cell_limit_gives_a_partial_report_and_says_so() {
    let mut rows = vec![vec!["氏名".to_string(), "電話".to_string()]];
    for i in 0..500 {
        rows.push(vec![format!("山田 太郎{i}"), format!("090-1234-{:04}", i)]);
    }
    let options = ScanOptions { limits: Limits { max_cells: 100, ..Limits::default() }, ..Default::default() };
    let r = scan_bytes("big.csv", files::csv(&rows, ',').as_bytes(), &options);
    assert!(r.problems.iter().any(|p| p.kind == ProblemKind::OverLimit));
    assert!(!r.findings.is_empty(), "what was read is still reported");
    assert!(r.findings.len() < 200);
}

#[test]
fn a_long_table_keeps_some_findings_in_detail_and_counts_them_all() {
    const GIVEN: [&str; 8] = ["太郎", "花子", "一郎", "次郎", "美咲", "健太", "陽子", "直樹"];
    let mut rows = vec![["氏名", "メール", "電話", "病名"].map(String::from).to_vec()];
    for i in 0..40 {
        let mail = if i % 2 == 0 { format!("u{i}@alpha-shoji.co.jp") } else { format!("u{i}@Beta-Kogyo.co.jp") };
        let name = format!("{} {}", ["山田", "佐藤", "鈴木", "高橋", "田中"][i % 5], GIVEN[i / 5]);
        rows.push(vec![name, mail, format!("090-1234-{:04}", i), "糖尿病".to_string()]);
    }
    let csv = files::csv(&rows, ',');
    let options =
        ScanOptions { limits: Limits { max_findings_per_kind: 5, ..Limits::default() }, ..Default::default() };
    let capped = scan_bytes("roster.csv", csv.as_bytes(), &options);
    let whole = scan("roster.csv", csv.as_bytes());
    for kind in [Kind::PersonName, Kind::Email, Kind::Phone, Kind::Health] {
        let count = |r: &FileReport| r.summary.iter().find(|k| k.kind == kind).map(|k| k.count);
        assert_eq!(count(&capped), Some(40), "{kind:?}: every one counted");
        assert_eq!(count(&capped), count(&whole), "{kind:?}");
        assert_eq!(capped.findings.iter().filter(|f| f.kind == kind).count(), 5, "{kind:?}: five kept");
        assert_eq!(whole.findings.iter().filter(|f| f.kind == kind).count(), 40, "{kind:?}: the default keeps 40");
    }
    // What the message check reads from a file is the same either way.
    assert_eq!(capped.records, 40);
    assert_eq!(capped.severity, whole.severity);
    assert_eq!(capped.domains, whole.domains, "domains from every address");
    assert_eq!(capped.domains.iter().map(|d| d.count).sum::<u32>(), 40);
    let matched = |r: &FileReport| r.columns.iter().map(|c| (c.column, c.kind, c.matched)).collect::<Vec<_>>();
    assert_eq!(matched(&capped), matched(&whole));
    assert!(!capped.is_clean());
}

#[test]
fn the_byte_limit_is_reported() {
    let options = ScanOptions { limits: Limits { max_bytes: 10, ..Limits::default() }, ..Default::default() };
    let r = scan_bytes("x.txt", "電話 090-1234-5678".as_bytes(), &options);
    assert_eq!(r.problems.first().map(|p| p.kind), Some(ProblemKind::OverLimit));
}

#[test]
fn unsupported_formats_are_never_silent() {
    let r = scan("x", b"\x89PNG\r\n\x1a\n....");
    assert_eq!(r.format, Format::Image);
    assert_eq!(r.problems.first().map(|p| p.kind), Some(ProblemKind::Media));
    // A PDF is read now; one that is no PDF inside says it is damaged.
    let r = scan("x", b"%PDF-1.7 ...");
    assert_eq!(r.format, Format::Pdf);
    assert_eq!(r.problems.first().map(|p| p.kind), Some(ProblemKind::Corrupt));
    assert!(scan("empty", b"").is_clean());
}

#[test]
fn html_and_json_are_read_as_text() {
    let html = "<html><body>\n<p>お客様: 山田太郎様</p>\n<p>TEL&nbsp;03-1234-5678</p>\n</body></html>";
    let r = scan("page.html", html.as_bytes());
    assert_eq!(r.format, Format::Html);
    assert_eq!(kinds_at(&r, &Location::line(3)), vec![Kind::Phone]);
    let json = r#"{"customer": {"name": "山田太郎", "email": "taro@example.com", "phone": "090-1111-2222"}}"#;
    let r = scan("data.json", json.as_bytes());
    assert_eq!(r.format, Format::Json);
    let kinds: Vec<Kind> = r.findings.iter().map(|f| f.kind).collect();
    assert!(kinds.contains(&Kind::Email) && kinds.contains(&Kind::Phone), "{kinds:?}");
}

#[test]
fn a_cut_shift_jis_file_is_read_and_marked_truncated() {
    let mut bytes = files::shift_jis("氏名,電話\r\n山田太郎,090-1234-5678\r\n佐藤");
    bytes.pop();
    let r = scan("cut.csv", &bytes);
    assert!(r.problems.iter().any(|p| p.kind == ProblemKind::Truncated), "{:?}", r.problems);
    assert!(r.findings.iter().any(|f| f.kind == Kind::Phone));
}

#[test]
fn legacy_xls_is_read_with_dates_and_locations() {
    let bytes = include_bytes!("fixtures/roster.xls");
    let r = scan("roster.xls", bytes);
    assert_eq!(r.format, Format::Xls);
    let s = Some("名簿");
    assert_eq!(kinds_at(&r, &cell(s, 2, 1)), vec![Kind::PersonName]);
    assert_eq!(kinds_at(&r, &cell(s, 2, 2)), vec![Kind::BirthDate]);
    assert_eq!(kinds_at(&r, &cell(s, 2, 4)), vec![Kind::Health]);
    assert_eq!(kinds_at(&r, &cell(s, 3, 4)), vec![], "なし is not a disease");
}

#[test]
fn a_real_password_protected_xlsx_is_reported_as_encrypted() {
    let bytes = include_bytes!("fixtures/encrypted.xlsx");
    let r = scan("給与.xlsx", bytes);
    assert_eq!(r.format, Format::EncryptedOffice);
    assert_eq!(r.problems.iter().map(|p| p.kind).collect::<Vec<_>>(), vec![ProblemKind::Encrypted]);
}

#[test]
fn a_headerless_column_of_numbers_that_all_pass_the_my_number_check_is_a_my_number_column() {
    // One check-digit-valid number alone is a serial; a whole column is not chance.
    let mut rng = support::people::Rng::new(4242);
    let valid: Vec<String> = (0..5).map(|_| support::people::my_number(&mut rng)).collect();
    let mut csv = String::new();
    for (i, n) in valid.iter().enumerate() {
        csv.push_str(&format!("山田 太郎{i},{n},090-1234-56{i:02}\n"));
    }
    let r = scan("export.csv", csv.as_bytes());
    let count = |k: Kind| r.findings.iter().filter(|f| f.kind == k).count();
    assert_eq!(count(Kind::MyNumber), valid.len(), "{:#?}", r.columns);
    assert_eq!(r.records, 5);
    // Twin: order numbers of the same length, about one in eleven of which pass by chance.
    let mut orders = String::new();
    for i in 0..30u64 {
        orders.push_str(&format!("注文{i},{},2,1200\n", 100_000_000_000 + i * 7_919));
    }
    let r = scan("orders.csv", orders.as_bytes());
    assert!(r.findings.iter().all(|f| f.kind != Kind::MyNumber), "{:#?}", r.findings);
}

/// A clock that moves 50 ms each time it is read, and what was told.
static FAKE_MS: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
static TOLD: std::sync::Mutex<Vec<presend::ScanProgress>> = std::sync::Mutex::new(Vec::new());
fn slow_clock() -> f64 {
    FAKE_MS.fetch_add(50, std::sync::atomic::Ordering::Relaxed) as f64
}
fn tell(progress: &presend::ScanProgress) {
    TOLD.lock().unwrap_or_else(|e| e.into_inner()).push(*progress);
}

#[test]
fn a_long_file_tells_how_far_its_reading_has_got_and_a_short_one_says_nothing() {
    let mut rows = vec![["氏名", "電話", "備考"].map(String::from).to_vec()];
    for i in 0..30_000 {
        rows.push(vec![format!("山田 太郎{i}"), format!("090-1234-{:04}", i % 10_000), "特になし".to_string()]);
    }
    let csv = files::csv(&rows, ',');
    let options = ScanOptions {
        limits: Limits { max_millis: u64::MAX / 2, ..Limits::default() },
        clock: Some(slow_clock),
        progress: Some(tell),
        ..Default::default()
    };
    scan_bytes("big.csv", csv.as_bytes(), &options);
    let told = std::mem::take(&mut *TOLD.lock().unwrap_or_else(|e| e.into_inner()));
    assert!(told.len() >= 2, "told {} times", told.len());
    assert!(told.windows(2).all(|w| w[0].rows < w[1].rows), "rows only grow: {told:?}");
    assert!(told.last().is_some_and(|p| p.rows <= 30_001 && p.rows > 1_000), "{told:?}");

    // A file read in one piece ends before the first report is due.
    scan_bytes("small.csv", "氏名,電話\n山田 太郎,090-1234-5678\n".as_bytes(), &options);
    assert!(TOLD.lock().unwrap_or_else(|e| e.into_inner()).is_empty(), "a quick file says nothing");
}

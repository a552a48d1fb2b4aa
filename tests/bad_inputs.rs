//! Issue 18: files made by strangers end in findings or a clear problem,
//! quickly, and never crash, hang or pass in silence. Each test names the
//! input that once did.

mod support;

use std::sync::mpsc;
use std::time::{Duration, Instant};

use presend::{scan_bytes, FileReport, ProblemKind, ScanOptions};

/// Scans on another thread and fails the test if that takes longer than
/// `seconds` (a hang would otherwise hang the suite). Returns the report
/// and the time it took.
fn scan_within(name: &str, bytes: Vec<u8>, seconds: u64) -> (FileReport, Duration) {
    let (sent, received) = mpsc::channel();
    let name = name.to_owned();
    std::thread::spawn(move || {
        let started = Instant::now();
        let report = scan_bytes(&name, &bytes, &ScanOptions::default());
        let _ = sent.send((report, started.elapsed()));
    });
    match received.recv_timeout(Duration::from_secs(seconds)) {
        Ok(done) => done,
        Err(mpsc::RecvTimeoutError::Timeout) => panic!("scan did not end within {seconds} s"),
        Err(mpsc::RecvTimeoutError::Disconnected) => panic!("scan panicked"),
    }
}

fn has_problem(report: &FileReport, kind: ProblemKind) -> bool {
    report.problems.iter().any(|p| p.kind == kind)
}

#[test]
fn ods_with_a_table_calamine_never_closes_ends_as_truncated() {
    // hang-784b.ods (fuzzing): `presend scan` ran for more than 300 s.
    let bytes = std::fs::read("tests/fixtures/hang-784b.ods").unwrap();
    let (report, took) = scan_within("hang-784b.ods", bytes, 20);
    assert!(has_problem(&report, ProblemKind::Truncated), "{:?}", report.problems);
    assert!(took < Duration::from_secs(5), "took {took:?}");
}

/// An xlsx package around a sheet's XML, shared strings and styles, as the
/// fuzz target `spreadsheet_xlsx` builds one from its input.
fn xlsx_package(sheet: &[u8], shared_strings: &[u8], styles: &[u8]) -> Vec<u8> {
    const NS: &str = "http://schemas.openxmlformats.org";
    let types = format!(
        r#"<Types xmlns="{NS}/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>"#
    );
    let rels = format!(
        r#"<Relationships xmlns="{NS}/package/2006/relationships"><Relationship Id="rId1" Type="{NS}/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>"#
    );
    let book_rels = format!(
        r#"<Relationships xmlns="{NS}/package/2006/relationships"><Relationship Id="rId1" Type="{NS}/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="{NS}/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rId3" Type="{NS}/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>"#
    );
    let book = format!(
        r#"<workbook xmlns="{NS}/spreadsheetml/2006/main" xmlns:r="{NS}/officeDocument/2006/relationships"><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>"#
    );
    support::files::zip(&[
        ("[Content_Types].xml", types.as_bytes()),
        ("_rels/.rels", rels.as_bytes()),
        ("xl/_rels/workbook.xml.rels", book_rels.as_bytes()),
        ("xl/workbook.xml", book.as_bytes()),
        ("xl/worksheets/sheet1.xml", sheet),
        ("xl/sharedStrings.xml", shared_strings),
        ("xl/styles.xml", styles),
    ])
}

#[test]
fn xlsx_with_a_reversed_dimension_is_damaged_not_a_panic() {
    // xlsx-dimension-overflow.fuzz: `<dimension ref="B22:D4"/>` made
    // calamine's get_dimension subtract with overflow (a panic wherever
    // overflow checks are on, as in this test and every fuzz run).
    let input = std::fs::read("tests/fixtures/xlsx-dimension-overflow.fuzz").unwrap();
    let parts: Vec<&[u8]> = input.split(|&b| b == 0xFF).collect();
    let (report, _) = scan_within("f.xlsx", xlsx_package(parts[0], parts[1], parts[2]), 20);
    let problem = report.problems.iter().find(|p| p.kind == ProblemKind::Corrupt).expect("a corrupt problem");
    assert!(problem.detail.contains("'B22:D4'"), "{}", problem.detail);
    // Cell references past what a u32 holds, the same.
    let sheet = r#"<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="AAAAAAAA1" t="inlineStr"><is><t>x</t></is></c></row></sheetData></worksheet>"#;
    let (report, _) = scan_within("f.xlsx", xlsx_package(sheet.as_bytes(), b"<sst/>", b"<styleSheet/>"), 20);
    assert!(has_problem(&report, ProblemKind::Corrupt), "{:?}", report.problems);
}

/// One BIFF12 record: its type and length as 7-bit groups, then the body.
fn record(typ: u16, body: &[u8]) -> Vec<u8> {
    let mut out = if typ < 0x80 { vec![typ as u8] } else { vec![(typ & 0x7F) as u8 | 0x80, (typ >> 7) as u8] };
    let mut len = body.len();
    loop {
        let low = (len & 0x7F) as u8;
        len >>= 7;
        out.push(if len > 0 { low | 0x80 } else { low });
        if len == 0 {
            break;
        }
    }
    out.extend_from_slice(body);
    out
}

/// A length-prefixed UTF-16 string, as xlsb stores text.
fn wide(text: &str) -> Vec<u8> {
    let units: Vec<u16> = text.encode_utf16().collect();
    let mut out = (units.len() as u32).to_le_bytes().to_vec();
    out.extend(units.iter().flat_map(|u| u.to_le_bytes()));
    out
}

fn le(values: &[u32]) -> Vec<u8> {
    values.iter().flat_map(|v| v.to_le_bytes()).collect()
}

/// A row header record for 0-based `row`.
fn row_header(row: u32) -> Vec<u8> {
    record(0x0000, &[le(&[row]), vec![0; 13]].concat())
}

/// A cell holding shared string `index`.
fn shared_string_cell(column: u32, index: u32) -> Vec<u8> {
    record(0x0007, &le(&[column, 0, index]))
}

/// A sheet stream: its dimension record (first row, last row, first column,
/// last column), then `cells` inside the sheet data.
fn xlsb_sheet(dimension: &[u8], cells: &[Vec<u8>]) -> Vec<u8> {
    [record(0x0081, &[]), record(0x0094, dimension), record(0x0091, &[]), cells.concat(), record(0x0092, &[])].concat()
}

/// The parts of an .xlsb package that presend and calamine read.
struct Xlsb {
    sheet: Vec<u8>,
    /// Workbook records after the sheet list (where defined names go).
    names: Vec<u8>,
    /// The relationship id the sheet record names (the package has `rId1`).
    sheet_relationship: &'static str,
    shared_strings: Vec<u8>,
    styles: Option<Vec<u8>>,
}

impl Xlsb {
    fn new(sheet: Vec<u8>, strings: &[&str]) -> Self {
        let count = strings.len() as u32;
        let mut sst = record(0x009F, &le(&[count, count]));
        for s in strings {
            sst.extend(record(0x0013, &[vec![0], wide(s)].concat()));
        }
        sst.extend(record(0x00A0, &[]));
        Xlsb { sheet, names: Vec::new(), sheet_relationship: "rId1", shared_strings: sst, styles: None }
    }

    fn package(&self) -> Vec<u8> {
        let bundle = [le(&[0, 1]), wide(self.sheet_relationship), wide("名簿")].concat();
        let book = [
            record(0x0083, &[]),
            record(0x009C, &bundle),
            record(0x0090, &[]),
            self.names.clone(),
            record(0x009D, &[0; 16]),
        ]
        .concat();
        let rels = r#"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Target="worksheets/sheet1.bin"/></Relationships>"#;
        let mut members: Vec<(&str, &[u8])> = vec![
            ("xl/workbook.bin", &book),
            ("xl/_rels/workbook.bin.rels", rels.as_bytes()),
            ("xl/worksheets/sheet1.bin", &self.sheet),
            ("xl/sharedStrings.bin", &self.shared_strings),
        ];
        if let Some(styles) = &self.styles {
            members.push(("xl/styles.bin", styles));
        }
        support::files::zip(&members)
    }
}

/// An .xlsb package: one sheet "名簿" and its shared strings.
fn xlsb(sheet: &[u8], strings: &[&str], names: &[u8]) -> Vec<u8> {
    Xlsb { names: names.to_vec(), ..Xlsb::new(sheet.to_vec(), strings) }.package()
}

/// The roster sheet: 氏名 and メールアドレス over one person.
fn roster_sheet() -> Vec<u8> {
    xlsb_sheet(
        &le(&[0, 1, 0, 1]),
        &[
            row_header(0),
            shared_string_cell(0, 0),
            shared_string_cell(1, 1),
            row_header(1),
            shared_string_cell(0, 2),
            shared_string_cell(1, 3),
        ],
    )
}

const ROSTER: [&str; 4] = ["氏名", "メールアドレス", "山田 太郎", "taro@example.co.jp"];

#[test]
fn xlsb_is_read_through_the_checked_copy() {
    let (report, _) = scan_within("f.xlsb", xlsb(&roster_sheet(), &ROSTER, &[]), 20);
    assert_eq!(report.format, presend::Format::Xlsb);
    assert!(report.problems.is_empty(), "{:?}", report.problems);
    assert!(report.findings.iter().any(|f| f.kind == presend::Kind::Email), "{:?}", report.findings);
}

#[test]
fn xlsb_that_made_calamine_panic_is_damaged() {
    // Each of these panicked inside calamine (wasm: the whole check aborts).
    let bad_formula = record(0x0027, &[vec![0; 9], wide("x"), le(&[1]), vec![0x3A]].concat());
    let cases: Vec<(&str, Vec<u8>)> = vec![
        (
            "shared string index past the list",
            xlsb(&xlsb_sheet(&le(&[0, 0, 0, 0]), &[row_header(0), shared_string_cell(0, 9)]), &ROSTER, &[]),
        ),
        ("dimension record of 8 bytes", xlsb(&xlsb_sheet(&le(&[0, 0]), &[]), &ROSTER, &[])),
        ("reversed dimensions", xlsb(&xlsb_sheet(&le(&[5, 1, 0, 0]), &[]), &ROSTER, &[])),
    ];
    for (what, file) in cases {
        let (report, _) = scan_within("f.xlsb", file, 20);
        assert!(has_problem(&report, ProblemKind::Corrupt), "{what}: {:?}", report.problems);
    }
    // A defined name whose formula is cut short: names are not read at all now.
    let (report, _) = scan_within("f.xlsb", xlsb(&roster_sheet(), &ROSTER, &bad_formula), 20);
    assert!(report.findings.iter().any(|f| f.kind == presend::Kind::Email), "{:?}", report.problems);
}

#[test]
fn xlsb_damaged_workbook_parts_are_refused_before_calamine() {
    // Each of these panicked inside calamine while it opened the workbook.
    let roster = || Xlsb::new(roster_sheet(), &ROSTER);
    let cases = [
        ("relationship", Xlsb { sheet_relationship: "rId9", ..roster() }),
        ("shared strings header", Xlsb { shared_strings: record(0x009F, &[1, 0]), ..roster() }),
        ("style list header", Xlsb { styles: Some(record(0x0267, &[1])), ..roster() }),
    ];
    for (what, file) in cases {
        let (report, _) = scan_within("f.xlsb", file.package(), 20);
        let problem = report.problems.iter().find(|p| p.kind == ProblemKind::Corrupt);
        assert!(problem.is_some_and(|p| p.detail.contains(what)), "{what}: {:?}", report.problems);
    }
}

#[test]
fn xlsb_cell_in_column_four_billion_is_not_allocated() {
    // A cell in column A and one in column 4,294,967,040: calamine sized
    // the sheet from them and asked for hundreds of gigabytes (abort).
    let sheet = xlsb_sheet(
        &le(&[0, 0, 0, 0]),
        &[row_header(0), shared_string_cell(0, 0), row_header(40_000), shared_string_cell(0xFFFF_FF00, 1)],
    );
    let (report, took) = scan_within("f.xlsb", xlsb(&sheet, &ROSTER, &[]), 20);
    assert!(has_problem(&report, ProblemKind::Corrupt), "{:?}", report.problems);
    assert!(took < Duration::from_secs(5));
}

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

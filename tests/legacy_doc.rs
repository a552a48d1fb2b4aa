//! Word 97–2003 documents (.doc), written by LibreOffice from a page with a
//! roster table, as an office still keeps them: read as a .docx is (text,
//! and tables with their cells where they stand, empty ones too), and every
//! damaged, encrypted or too old one reported, never passed in silence.
//! LibreOffice comes from scripts/setup-pdf.sh (make test runs it).

mod support;

use std::path::PathBuf;

use presend::{scan_bytes, FileReport, Format, Kind, ProblemKind, ScanOptions};
use support::people;

fn scan(name: &str, bytes: &[u8]) -> FileReport {
    scan_bytes(name, bytes, &ScanOptions::default())
}

/// The roster as a .doc, converted by LibreOffice ("MS Word 97") from HTML,
/// once for the tests of this file: they run in parallel, and each making
/// it afresh in the same folder removed the other's (seen failing).
fn roster_doc() -> Vec<u8> {
    static DOC: std::sync::OnceLock<Vec<u8>> = std::sync::OnceLock::new();
    DOC.get_or_init(convert_roster).clone()
}

fn convert_roster() -> Vec<u8> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("target/legacy-doc");
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("dir");
    let mut html = String::from(
        "<html><head><meta charset=utf-8></head><body><p>職員名簿(12月1日現在)</p>\
         <p>担当の鈴木一郎です。総務部長のマイナンバーは 1234 5678 9018 です。</p>\
         <p>詳しくは<a href=\"https://example.jp/roster\">社内サイト</a>をご覧ください。</p>\
         <table border=1><tr><td>氏名</td><td>電話番号</td><td>住所</td><td>備考</td></tr>",
    );
    let names = people::SURNAMES.iter().zip(people::GIVEN_FEMALE.iter().chain(people::GIVEN_MALE).cycle()).take(30);
    for (i, ((surname, _), (given, _))) in names.enumerate() {
        let name = format!("{surname} {given}");
        // Every third 備考 is empty: an empty cell keeps its column.
        let note = if i % 3 == 0 { "" } else { "在宅勤務" };
        html.push_str(&format!(
            "<tr><td>{name}</td><td>090-1111-{i:04}</td><td>東京都港区芝{}-1-1</td><td>{note}</td></tr>",
            i + 1
        ));
    }
    html.push_str("</table><p>以上</p></body></html>");
    std::fs::write(dir.join("roster.html"), html).expect("html");
    support::files::libreoffice_convert(&dir, "doc:MS Word 97", &[dir.join("roster.html")]);
    std::fs::read(dir.join("roster.doc")).expect("converted .doc")
}

/// Where the WordDocument stream's FIB starts (its identifier on a sector boundary).
fn fib_at(doc: &[u8]) -> usize {
    (512..doc.len() - 2).step_by(512).find(|&at| doc[at..at + 2] == [0xEC, 0xA5]).expect("the FIB")
}

#[test]
fn a_word_97_document_is_read_with_its_text_and_its_table() {
    let doc = roster_doc();
    let r = scan("名簿.doc", &doc);
    assert_eq!(r.format, Format::Doc);
    assert!(r.problems.is_empty(), "{:?}", r.problems);
    // The text: the My Number with its keyword; the link's code is not text, its words are.
    let my_numbers: Vec<_> = r.findings.iter().filter(|f| f.kind == Kind::MyNumber).collect();
    assert_eq!(my_numbers.len(), 1, "{:#?}", r.findings);
    assert_eq!(my_numbers[0].location.table, None);
    // The table: 30 people by name, phone and address, located by table, row and column.
    let names: Vec<_> =
        r.findings.iter().filter(|f| f.kind == Kind::PersonName && f.location.table == Some(1)).collect();
    assert_eq!(names.len(), 30, "{:#?}", r.findings.iter().map(|f| (&f.kind, &f.location)).collect::<Vec<_>>());
    let phones: Vec<_> = r.findings.iter().filter(|f| f.kind == Kind::Phone && f.location.table == Some(1)).collect();
    assert_eq!(phones.len(), 30);
    // Every phone in the second column, whatever the empty cells after it.
    assert!(phones.iter().all(|f| f.location.column == Some(2)), "{phones:#?}");
    assert!(r.summary.iter().any(|k| k.kind == Kind::Address && k.count == 30), "{:?}", r.summary);
    assert!(r.records >= 30, "people counted: {}", r.records);
}

#[test]
fn an_encrypted_a_word_95_and_a_cut_document_are_reported_not_passed() {
    let doc = roster_doc();
    let fib = fib_at(&doc);
    // "Password to open": the FIB's fEncrypted flag.
    let mut encrypted = doc.clone();
    encrypted[fib + 0x0B] |= 0x01;
    let r = scan("locked.doc", &encrypted);
    assert!(r.problems.iter().any(|p| p.kind == ProblemKind::Encrypted), "{:?}", r.problems);
    assert!(r.findings.is_empty());
    // Word 6/95: another FIB layout.
    let mut old = doc.clone();
    old[fib + 2..fib + 4].copy_from_slice(&0x0065u16.to_le_bytes());
    let r = scan("old.doc", &old);
    assert!(r.problems.iter().any(|p| p.kind == ProblemKind::Unsupported), "{:?}", r.problems);
    // Cut short: never read as if whole, never silent.
    for cut in [doc.len() / 2, doc.len() * 3 / 4, 2048] {
        let r = scan("cut.doc", &doc[..cut]);
        assert!(!r.problems.is_empty(), "cut at {cut}: {:?} {} findings", r.format, r.findings.len());
    }
}

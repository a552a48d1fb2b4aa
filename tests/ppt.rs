//! PowerPoint 97–2003 presentations (.ppt), as old shared folders keep
//! them: LibreOffice writes a presentation with a roster table, a text box
//! and speaker notes as .ppt, and the roster is read as a table with its
//! columns, the notes and text as text; a locked, cut or damaged .ppt is
//! said, never passed in silence. LibreOffice comes from scripts/setup-pdf.sh
//! (make test runs it).

mod support;

use std::path::PathBuf;

use presend::{scan_bytes, FileReport, Format, Kind, ProblemKind, ScanOptions};
use support::files::{odf as package, odf_row as row, ODF_NS as NS};
use support::people;

fn scan(name: &str, bytes: &[u8]) -> FileReport {
    scan_bytes(name, bytes, &ScanOptions::default())
}

/// A presentation of three slides: a title and a text box naming a
/// colleague's mobile, speaker notes with a family contact, and a table of
/// 30 people with their phones; LibreOffice writes it as .ppt.
fn roster_ppt(dir: &str) -> Vec<u8> {
    let frame = |y: u32, text: &str| {
        format!(
            r#"<draw:frame svg:x="2cm" svg:y="{y}cm" svg:width="20cm" svg:height="2cm"><draw:text-box><text:p>{text}</text:p></draw:text-box></draw:frame>"#
        )
    };
    let mut table = row(&["氏名", "電話番号", "所属"]);
    let names = people::SURNAMES.iter().zip(people::GIVEN_FEMALE.iter().chain(people::GIVEN_MALE).cycle()).take(30);
    for (i, ((surname, _), (given, _))) in names.enumerate() {
        table.push_str(&row(&[&format!("{surname} {given}"), &format!("090-3333-{i:04}"), "営業部"]));
    }
    let body = format!(
        r#"<?xml version="1.0" encoding="UTF-8"?><office:document-content {NS} xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" office:version="1.3"><office:body><office:presentation>
<draw:page draw:name="page1">{}{}<presentation:notes><draw:page-thumbnail/>{}</presentation:notes></draw:page>
<draw:page draw:name="page2"><draw:frame svg:x="1cm" svg:y="1cm" svg:width="24cm" svg:height="16cm"><table:table><table:table-column/><table:table-column/><table:table-column/>{table}</table:table></draw:frame></draw:page>
</office:presentation></office:body></office:document-content>"#,
        frame(1, "営業会議 12月"),
        frame(4, "緊急連絡は担当の携帯 080-7777-1234 まで"),
        frame(10, "話す前に: 相談者の家族の連絡先 070-2222-9876"),
    );
    let odp = package("presentation", &[("content.xml", &body)], "");
    // One directory per test: they run side by side.
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("target/ppt").join(dir);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("dir");
    std::fs::write(dir.join("roster.odp"), odp).expect("odp");
    support::files::libreoffice_convert(&dir, "ppt:MS PowerPoint 97", &[dir.join("roster.odp")]);
    std::fs::read(dir.join("roster.ppt")).expect("converted .ppt")
}

#[test]
fn a_presentation_libreoffice_wrote_as_ppt_is_read_with_its_table_text_and_notes() {
    let ppt = roster_ppt("read");
    let r = scan("営業会議.ppt", &ppt);
    assert_eq!(r.format, Format::Ppt);
    assert!(r.problems.is_empty(), "{:?}", r.problems);
    let phones: Vec<_> = r.findings.iter().filter(|f| f.kind == Kind::Phone).collect();
    // 30 in the table's column, the colleague's mobile and the family's in the notes.
    assert_eq!(phones.len(), 32, "{:#?}", r.findings);
    let in_table = phones.iter().filter(|f| f.location.table == Some(1) && f.location.column == Some(2)).count();
    assert_eq!(in_table, 30, "{:#?}", phones);
    let names = r.findings.iter().filter(|f| f.kind == Kind::PersonName && f.location.table == Some(1)).count();
    assert_eq!(names, 30, "{:#?}", r.findings);
}

#[test]
fn a_locked_cut_or_damaged_ppt_is_said_not_passed() {
    let ppt = roster_ppt("damaged");
    // Cut short: what came before is read, and the cut is said.
    for cut in [ppt.len() / 2, ppt.len() - 100] {
        let r = scan("cut.ppt", &ppt[..cut]);
        assert!(!r.problems.is_empty(), "cut at {cut}: {:?} {} findings", r.format, r.findings.len());
    }
    // Password to open: the Current User token says so (the text is RC4, unreadable).
    let locked = with_stream(&ppt, "Current User", |user| user[12..16].copy_from_slice(&0xF3D1_C4DFu32.to_le_bytes()));
    let r = scan("locked.ppt", &locked);
    assert_eq!(r.format, Format::Ppt);
    assert!(r.problems.iter().any(|p| p.kind == ProblemKind::Encrypted), "{:?}", r.problems);
    assert!(r.findings.is_empty(), "{:#?}", r.findings);
    // A record whose length runs past the stream, inside the file: damaged, and said.
    let damaged = with_stream(&ppt, "PowerPoint Document", |doc| doc[4..8].copy_from_slice(&u32::MAX.to_le_bytes()));
    let r = scan("damaged.ppt", &damaged);
    assert!(r.problems.iter().any(|p| p.kind == ProblemKind::Corrupt), "{:?}", r.problems);
}

#[test]
fn a_sheet_embedded_in_a_ppt_is_read_like_a_file_of_its_own() {
    // A workbook pasted on a slide is stored as its compound file, zlib
    // compressed after its size (ExOleObjStg). Impress here cannot write one
    // headless, so a real .xls is put in LibreOffice's .ppt as PowerPoint does.
    let ppt = roster_ppt("object");
    let xls = std::fs::read(PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/roster.xls")).expect("xls");
    let mut z = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::default());
    std::io::Write::write_all(&mut z, &xls).expect("deflate");
    let mut body = (xls.len() as u32).to_le_bytes().to_vec();
    body.extend(z.finish().expect("deflate"));
    let object = |body: &[u8]| {
        let mut record = vec![0x10, 0x00, 0x11, 0x10];
        record.extend((body.len() as u32).to_le_bytes());
        record.extend(body);
        record
    };
    let with_sheet = with_stream(&ppt, "PowerPoint Document", |doc| doc.extend(object(&body)));
    let r = scan("営業会議.ppt", &with_sheet);
    assert!(r.problems.is_empty(), "{:?}", r.problems);
    let in_sheet = |kind: Kind| {
        r.findings.iter().filter(|f| f.kind == kind && f.location.entry.as_deref() == Some("object 1")).count()
    };
    assert_eq!(in_sheet(Kind::Health), 1, "{:#?}", r.findings);
    assert_eq!(in_sheet(Kind::Phone), 2, "{:#?}", r.findings);
    // An object declaring 4 GB is refused before it is inflated, and said.
    body[..4].copy_from_slice(&u32::MAX.to_le_bytes());
    let r = scan("bomb.ppt", &with_stream(&ppt, "PowerPoint Document", |doc| doc.extend(object(&body))));
    assert!(r.problems.iter().any(|p| p.kind == ProblemKind::OverLimit), "{:?}", r.problems);
}

/// `ppt` with one stream's bytes changed (the stream
/// rewritten through the compound file).
fn with_stream(ppt: &[u8], name: &str, change: impl Fn(&mut Vec<u8>)) -> Vec<u8> {
    let mut file = cfb::CompoundFile::open(std::io::Cursor::new(ppt.to_vec())).expect("compound file");
    let mut bytes = Vec::new();
    std::io::Read::read_to_end(&mut file.open_stream(name).expect("stream"), &mut bytes).expect("read");
    change(&mut bytes);
    std::io::Write::write_all(&mut file.create_stream(name).expect("rewrite"), &bytes).expect("write");
    file.flush().expect("flush");
    file.into_inner().into_inner()
}

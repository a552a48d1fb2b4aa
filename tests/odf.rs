//! OpenDocument files (.odt, .fodt, .odp), as offices on LibreOffice keep
//! their rosters and notes: a roster table written by LibreOffice itself is
//! read with its columns; what a sender forgets is in the file (comments,
//! deleted text kept by tracked changes, headers, an embedded spreadsheet,
//! slide notes) is read too; a password-protected, cut or damaged file is
//! said, never passed in silence. LibreOffice comes from scripts/setup-pdf.sh
//! (make test runs it).

mod support;

use std::path::{Path, PathBuf};

use presend::{scan_bytes, FileReport, Format, Kind, ProblemKind, ScanOptions};
use support::files::{odf as package, odf_content as content, odf_row as row, ODF_NS as NS};
use support::people;

fn scan(name: &str, bytes: &[u8]) -> FileReport {
    scan_bytes(name, bytes, &ScanOptions::default())
}

/// Has LibreOffice convert `html` to each of `filters` (`odt`, `fodt:…`);
/// the converted files' bytes, in that order.
fn libreoffice(html: &str, filters: &[(&str, &str)]) -> Vec<Vec<u8>> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("target/odf");
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("dir");
    std::fs::write(dir.join("roster.html"), html).expect("html");
    // HTML is opened by Writer/Web; the text document is converted from
    // the .odt Writer writes (the flat filter belongs to Writer).
    convert(&dir, "odt:writer8", &dir.join("roster.html"));
    filters
        .iter()
        .map(|(ext, filter)| {
            if *ext != "odt" {
                convert(&dir, filter, &dir.join("roster.odt"));
            }
            std::fs::read(dir.join(format!("roster.{ext}"))).expect("converted file")
        })
        .collect()
}

fn convert(dir: &Path, filter: &str, from: &Path) {
    support::files::libreoffice_convert(dir, filter, &[from.to_path_buf()]);
}

fn roster_html() -> String {
    let mut html = String::from(
        "<html><head><meta charset=utf-8></head><body><p>職員名簿(12月1日現在)</p>\
         <p>総務部長のマイナンバーは 1234 5678 9018 です。</p>\
         <table border=1><tr><td>氏名</td><td>電話番号</td><td>住所</td><td>備考</td></tr>",
    );
    let names = people::SURNAMES.iter().zip(people::GIVEN_FEMALE.iter().chain(people::GIVEN_MALE).cycle()).take(30);
    for (i, ((surname, _), (given, _))) in names.enumerate() {
        let note = if i % 3 == 0 { "" } else { "在宅勤務" };
        html.push_str(&format!(
            "<tr><td>{surname} {given}</td><td>090-1111-{i:04}</td><td>東京都港区芝{}-1-1</td><td>{note}</td></tr>",
            i + 1
        ));
    }
    html.push_str("</table><p>以上</p></body></html>");
    html
}

#[test]
fn a_roster_libreoffice_wrote_as_odt_and_flat_fodt_is_read_with_its_table() {
    let files = libreoffice(&roster_html(), &[("odt", ""), ("fodt", "fodt:OpenDocument Text Flat XML")]);
    for (name, bytes) in ["名簿.odt", "名簿.fodt"].iter().zip(&files) {
        let r = scan(name, bytes);
        assert_eq!(r.format, Format::Odt, "{name}");
        assert!(r.problems.is_empty(), "{name}: {:?}", r.problems);
        let my_numbers: Vec<_> = r.findings.iter().filter(|f| f.kind == Kind::MyNumber).collect();
        assert_eq!(my_numbers.len(), 1, "{name}: {:#?}", r.findings);
        assert_eq!(my_numbers[0].location.table, None);
        let in_table = |kind: Kind| r.findings.iter().filter(|f| f.kind == kind && f.location.table == Some(1)).count();
        assert_eq!(in_table(Kind::PersonName), 30, "{name}");
        assert_eq!(in_table(Kind::Phone), 30, "{name}");
        let phones = r.findings.iter().filter(|f| f.kind == Kind::Phone);
        assert!(phones.clone().all(|f| f.location.column == Some(2)), "{name}: {:#?}", phones.collect::<Vec<_>>());
        assert!(r.records >= 30, "{name}: people counted: {}", r.records);
        // A document table has no column letters: its columns are counted.
        let text = presend::report::render_text(&r, presend::Lang::Ja);
        assert!(text.contains("表1 2列目 「電話番号」"), "{name}: {text}");
        assert!(!text.contains("B列"), "{name}: {text}");
        let en = presend::report::render_text(&r, presend::Lang::En);
        assert!(en.contains("table 1, column 2 「電話番号」"), "{name}: {en}");
    }
}

/// A letter whose body says nothing personal, with the data where a sender
/// does not look: a comment, text deleted with changes tracked, the page
/// header, and a spreadsheet pasted in as an object.
fn letter() -> Vec<u8> {
    let body = content(
        r#"<office:text><text:tracked-changes><text:changed-region text:id="ct1"><text:deletion><office:change-info><dc:creator>総務 太郎</dc:creator><dc:date>2026-12-01T10:00:00</dc:date></office:change-info><text:p>マイナンバー 1234 5678 9018 の方の件</text:p></text:deletion></text:changed-region></text:tracked-changes>
        <text:p>お世話になっております。<text:change text:change-id="ct1"/>資料をお送りします。<office:annotation><dc:creator>総務 太郎</dc:creator><dc:date>2026-12-01T10:00:00</dc:date><text:p>先方の携帯は 090-4444-1234 (ご本人の私用)</text:p></office:annotation></text:p>
        <text:p><draw:frame draw:name="Object 1"><draw:object xlink:href="./Object 1" xmlns:xlink="http://www.w3.org/1999/xlink"/></draw:frame></text:p></office:text>"#,
    );
    let styles = format!(
        r#"<?xml version="1.0" encoding="UTF-8"?><office:document-styles {NS}><office:master-styles><style:master-page style:name="Standard"><style:header><text:p>面談記録 山田 花子 様 (090-5555-0001)</text:p></style:header></style:master-page></office:master-styles></office:document-styles>"#
    );
    let sheet_rows: String = [
        row(&["氏名", "電話番号", "生年月日"]),
        row(&["山田 花子", "090-5555-0001", "1980/04/01"]),
        row(&["鈴木 一郎", "090-5555-0002", "1975/11/23"]),
        row(&["高橋 美咲", "090-5555-0003", "1990/02/14"]),
    ]
    .concat();
    let object = format!(
        r#"<?xml version="1.0" encoding="UTF-8"?><office:document-content {NS}><office:body><office:spreadsheet><table:table table:name="Sheet1">{sheet_rows}<table:table-row table:number-rows-repeated="1048572"><table:table-cell table:number-columns-repeated="16384"/></table:table-row></table:table></office:spreadsheet></office:body></office:document-content>"#
    );
    package(
        "text",
        &[
            ("content.xml", &body),
            ("styles.xml", &styles),
            ("Object 1/content.xml", &object),
            ("Object 1/mimetype", "application/vnd.oasis.opendocument.spreadsheet"),
        ],
        "",
    )
}

#[test]
fn comments_deleted_text_headers_and_an_embedded_sheet_are_read() {
    let r = scan("ご送付.odt", &letter());
    assert_eq!(r.format, Format::Odt);
    assert!(r.problems.is_empty(), "{:?}", r.problems);
    let entries = |kind: Kind| -> Vec<String> {
        r.findings
            .iter()
            .filter(|f| f.kind == kind)
            .map(|f| f.location.entry.as_deref().unwrap_or("").to_owned())
            .collect()
    };
    assert_eq!(entries(Kind::MyNumber), ["tracked changes"], "{:#?}", r.findings);
    let phones = entries(Kind::Phone);
    assert!(phones.iter().any(|e| e == "comments"), "{phones:?}");
    assert!(phones.iter().any(|e| e == "headers and footers"), "{phones:?}");
    assert_eq!(phones.iter().filter(|e| *e == "Object 1").count(), 3, "{phones:?}");
    // The sheet's rows are a table (the padding to the sheet's edge is not read).
    assert!(r.findings.iter().any(|f| f.kind == Kind::PersonName
        && f.location.entry.as_deref() == Some("Object 1")
        && f.location.table == Some(1)));
    // Who made the change or the comment is not a finding of the document.
    assert!(!r.findings.iter().any(|f| f.location.entry.as_deref() == Some("comments") && f.kind == Kind::PersonName));
}

#[test]
fn a_presentation_is_read_slide_by_slide_with_its_notes_and_tables() {
    let frame = |text: &str| format!("<draw:frame><draw:text-box><text:p>{text}</text:p></draw:text-box></draw:frame>");
    let table =
        [row(&["氏名", "電話番号"]), row(&["山田 花子", "090-5555-0001"]), row(&["鈴木 一郎", "090-5555-0002"])]
            .concat();
    let body = content(&format!(
        r#"<office:presentation><draw:page draw:name="page1">{}<presentation:notes>{}</presentation:notes></draw:page><draw:page draw:name="page2"><draw:frame><table:table>{table}</table:table></draw:frame></draw:page></office:presentation>"#,
        frame("事例検討会"),
        frame("話す前に: 相談者の連絡先 080-7777-1234")
    ));
    let r = scan("検討会.odp", &package("presentation", &[("content.xml", &body)], ""));
    assert_eq!(r.format, Format::Odp);
    assert!(r.problems.is_empty(), "{:?}", r.problems);
    let at = |kind: Kind, entry: &str| {
        r.findings.iter().filter(|f| f.kind == kind && f.location.entry.as_deref() == Some(entry)).count()
    };
    assert_eq!(at(Kind::Phone, "notes 1"), 1, "{:#?}", r.findings);
    assert_eq!(at(Kind::Phone, "slide 2"), 2, "{:#?}", r.findings);
    assert_eq!(at(Kind::PersonName, "slide 2"), 2, "{:#?}", r.findings);
}

#[test]
fn a_locked_cut_or_damaged_opendocument_file_is_said_not_passed() {
    // Password to open: LibreOffice encrypts each part and says how in the manifest.
    let encryption = r#"<manifest:encryption-data manifest:checksum-type="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0#sha256-1k" manifest:checksum="AAAA"><manifest:algorithm manifest:algorithm-name="http://www.w3.org/2001/04/xmlenc#aes256-cbc" manifest:initialisation-vector="AAAA"/></manifest:encryption-data>"#;
    let locked = package("text", &[("content.xml", "\u{1}\u{2}binary")], encryption);
    let r = scan("locked.odt", &locked);
    assert_eq!(r.format, Format::Odt);
    assert!(r.problems.iter().any(|p| p.kind == ProblemKind::Encrypted), "{:?}", r.problems);
    // ODF 1.4's whole-package encryption.
    let wholesome = package("text", &[("content.xml", &content("<office:text/>")), ("encrypted-package", "x")], "");
    assert!(scan("locked2.odt", &wholesome).problems.iter().any(|p| p.kind == ProblemKind::Encrypted));
    // content.xml cut inside the table: what came before is read, and the cut is said.
    let whole = content(&format!(
        "<office:text><table:table>{}{}",
        row(&["氏名", "電話番号"]),
        row(&["山田 花子", "090-5555-0001"])
    ));
    let cut = &whole[..whole.find("</office:body>").expect("body end")];
    let r = scan("cut.odt", &package("text", &[("content.xml", cut)], ""));
    assert!(r.problems.iter().any(|p| p.kind == ProblemKind::Truncated), "{:?}", r.problems);
    assert!(r.findings.iter().any(|f| f.kind == Kind::Phone), "{:#?}", r.findings);
    // No content.xml, and the package itself cut short.
    let empty = package("text", &[("styles.xml", "<x/>")], "");
    assert!(scan("empty.odt", &empty).problems.iter().any(|p| p.kind == ProblemKind::Corrupt));
    let letter = letter();
    for cut in [letter.len() / 2, letter.len() - 30] {
        let r = scan("cut.odt", &letter[..cut]);
        assert!(!r.problems.is_empty(), "cut at {cut}: {:?} {} findings", r.format, r.findings.len());
    }
}

#[test]
fn a_flat_fods_and_an_ods_whose_mimetype_is_not_first_are_read_as_spreadsheets() {
    // LibreOffice Calc writes the roster as a flat .fods (one XML file; in a
    // directory of its own: the other tests clear target/odf as they run):
    // before, read as raw XML text with no columns.
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("target/odf-fods");
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("dir");
    let rows: Vec<Vec<String>> = std::iter::once(vec!["氏名".to_owned(), "電話番号".to_owned()])
        .chain((1..=12).map(|i| vec![format!("山田 {i}郎"), format!("090-4444-{i:04}")]))
        .collect();
    std::fs::write(
        dir.join("roster.xlsx"),
        support::files::xlsx(&[support::files::Sheet::new(
            "名簿",
            rows.iter().map(|r| r.iter().map(|c| support::files::Cell::from(c.as_str())).collect()).collect(),
        )]),
    )
    .expect("xlsx");
    convert(&dir, "fods", &dir.join("roster.xlsx"));
    let r = scan("名簿.fods", &std::fs::read(dir.join("roster.fods")).expect("fods"));
    assert_eq!(r.format, Format::Ods);
    assert!(r.problems.is_empty(), "{:?}", r.problems);
    let phones = r.columns.iter().find(|c| c.kind == Some(Kind::Phone)).expect("a phone column");
    assert_eq!((phones.column, phones.rows), (2, 12), "{:#?}", r.columns);
    // A package written by a tool that puts `mimetype` after content.xml:
    // still a spreadsheet (before, an archive of XML members).
    let ods = support::files::ods("名簿", &[&["氏名", "電話番号"], &["佐藤 花子", "090-5555-0001"]]);
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(ods)).expect("zip");
    let mut w = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    for name in ["content.xml", "META-INF/manifest.xml", "mimetype"] {
        let mut bytes = Vec::new();
        std::io::Read::read_to_end(&mut archive.by_name(name).expect("member"), &mut bytes).expect("read");
        w.start_file(name, zip::write::SimpleFileOptions::default()).expect("start");
        std::io::Write::write_all(&mut w, &bytes).expect("write");
    }
    let reordered = w.finish().expect("finish").into_inner();
    let r = scan("名簿.ods", &reordered);
    assert_eq!(r.format, Format::Ods);
    assert!(
        r.findings.iter().any(|f| f.kind == Kind::Phone && f.location.sheet.as_deref() == Some("名簿")),
        "{:#?}",
        r.findings
    );
}

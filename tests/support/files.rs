//! Builders for real files: xlsx (rust_xlsxwriter), docx, pptx and ods
//! (zip + the XML Office writes), zip archives, and CSV in the encodings
//! Japanese offices produce. Fixtures are generated, not checked in.
#![allow(dead_code)]

use std::io::{Cursor, Write};

use rust_xlsxwriter::{ExcelDateTime, Format as XlsxFormat, FormatAlign, Workbook, Worksheet};
use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, ZipWriter};

/// A spreadsheet cell as a person types it.
#[derive(Debug, Clone, PartialEq)]
pub enum Cell {
    Text(String),
    Number(f64),
    /// A real date cell (number formatted as a date).
    Date(u16, u8, u8),
    Empty,
}

impl From<&str> for Cell {
    fn from(s: &str) -> Self {
        if s.is_empty() {
            Cell::Empty
        } else {
            Cell::Text(s.to_owned())
        }
    }
}

impl From<String> for Cell {
    fn from(s: String) -> Self {
        Cell::from(s.as_str())
    }
}

/// One worksheet: its name, where its first cell sits (0-based row, column), and rows.
pub struct Sheet {
    pub name: String,
    pub origin: (u32, u16),
    pub rows: Vec<Vec<Cell>>,
}

impl Sheet {
    pub fn new(name: &str, rows: Vec<Vec<Cell>>) -> Sheet {
        Sheet { name: name.to_owned(), origin: (0, 0), rows }
    }
    pub fn at(mut self, row: u32, col: u16) -> Sheet {
        self.origin = (row, col);
        self
    }
}

/// Rows of text cells, for brevity.
pub fn text_rows(rows: &[&[&str]]) -> Vec<Vec<Cell>> {
    rows.iter().map(|r| r.iter().map(|&c| Cell::from(c)).collect()).collect()
}

/// An .xlsx workbook.
pub fn xlsx(sheets: &[Sheet]) -> Vec<u8> {
    workbook(sheets, false)
}

/// An .xlsx workbook set up to be printed as an office would: columns fitted
/// to their contents, landscape, every column on the page width.
pub fn xlsx_for_print(sheets: &[Sheet]) -> Vec<u8> {
    workbook(sheets, true)
}

fn workbook(sheets: &[Sheet], for_print: bool) -> Vec<u8> {
    let mut wb = Workbook::new();
    let date_format = XlsxFormat::new().set_num_format("yyyy/mm/dd");
    for sheet in sheets {
        let ws = wb.add_worksheet();
        write_cells(ws, sheet, &date_format);
        if for_print {
            // Each column as wide as its longest text, counting a kanji or
            // kana as two characters as Excel's column width does (the
            // writer's own autofit counts them as one and LibreOffice then
            // clips them).
            let columns = sheet.rows.iter().map(Vec::len).max().unwrap_or(0);
            for c in 0..columns {
                let width = sheet
                    .rows
                    .iter()
                    .filter_map(|r| match r.get(c) {
                        Some(Cell::Text(s)) => {
                            Some(s.chars().map(|ch| if ch.is_ascii() { 1.1 } else { 2.2 }).sum::<f64>())
                        }
                        Some(Cell::Number(_) | Cell::Date(..)) => Some(12.0),
                        _ => None,
                    })
                    .fold(4.0, f64::max);
                ws.set_column_width(sheet.origin.1 + c as u16, width + 2.0).expect("column width");
            }
            ws.set_landscape();
            ws.set_print_fit_to_pages(1, 0);
        }
    }
    wb.save_to_buffer().expect("xlsx buffer")
}

/// How a sheet is left set up for printing, as an office keeps it.
pub struct PrintSetup {
    /// Column widths in Excel's units; `None` leaves Excel's default (8.43).
    pub widths: Vec<Option<f64>>,
    /// Rows printed again at the top of every page (print titles), 0-based.
    pub repeat_rows: Option<(u32, u32)>,
    /// Excel's header and footer codes (`&C社外秘`, `&C&P / &N`).
    pub header: String,
    pub footer: String,
    /// A column whose texts wrap, aligned top or bottom (Excel's default)
    /// in rows made as tall as their lines (as Excel's autofit does).
    pub wrap: Option<(u16, Wrap)>,
    /// Ranges merged and centred (Excel's 「セルを結合して中央揃え」): a
    /// department over its people's rows, a header over two columns.
    pub merges: Vec<Merge>,
}

#[derive(Clone, Copy)]
pub enum Wrap {
    Top,
    Bottom,
    Centre,
}

/// One sheet set up for printing as `setup` says, portrait, one page wide.
pub fn xlsx_printed(sheet: &Sheet, setup: &PrintSetup) -> Vec<u8> {
    let mut wb = Workbook::new();
    let date_format = XlsxFormat::new().set_num_format("yyyy/mm/dd");
    let ws = wb.add_worksheet();
    write_cells(ws, sheet, &date_format);
    if let Some((column, align)) = setup.wrap {
        let align = match align {
            Wrap::Top => FormatAlign::Top,
            Wrap::Bottom => FormatAlign::Bottom,
            Wrap::Centre => FormatAlign::VerticalCenter,
        };
        let format = XlsxFormat::new().set_text_wrap().set_align(align);
        // Two characters a unit of width, as the column's texts wrap.
        let width = setup.widths.get(usize::from(column)).copied().flatten().unwrap_or(8.43);
        for (r, row) in sheet.rows.iter().enumerate() {
            if let Some(Cell::Text(s)) = row.get(usize::from(column)) {
                let (r, c) = (sheet.origin.0 + r as u32, sheet.origin.1 + column);
                ws.write_string_with_format(r, c, s, &format).expect("write string");
                let lines = (s.chars().count() as f64 * 2.0 / width).ceil().max(1.0);
                ws.set_row_height(r, 15.0 * lines).expect("row height");
            }
        }
    }
    for (c, width) in setup.widths.iter().enumerate() {
        if let Some(width) = width {
            ws.set_column_width(sheet.origin.1 + c as u16, *width).expect("column width");
        }
    }
    let centred = XlsxFormat::new().set_align(FormatAlign::Center).set_align(FormatAlign::VerticalCenter);
    let (r0, c0) = sheet.origin;
    for &(fr, fc, lr, lc) in &setup.merges {
        let text = match sheet.rows.get(fr as usize).and_then(|row| row.get(fc as usize)) {
            Some(Cell::Text(s)) => s.clone(),
            _ => String::new(),
        };
        ws.merge_range(r0 + fr, c0 + fc, r0 + lr, c0 + lc, &text, &centred).expect("merge range");
    }
    if let Some((first, last)) = setup.repeat_rows {
        ws.set_repeat_rows(first, last).expect("print titles");
    }
    ws.set_header(&setup.header);
    ws.set_footer(&setup.footer);
    ws.set_portrait();
    ws.set_print_fit_to_pages(1, 0);
    wb.save_to_buffer().expect("xlsx buffer")
}

/// The sheet's name and cells, dates as real date cells.
fn write_cells(ws: &mut Worksheet, sheet: &Sheet, date_format: &XlsxFormat) {
    ws.set_name(&sheet.name).expect("sheet name");
    for (r, row) in sheet.rows.iter().enumerate() {
        for (c, cell) in row.iter().enumerate() {
            let (r, c) = (sheet.origin.0 + r as u32, sheet.origin.1 + c as u16);
            match cell {
                Cell::Text(s) => {
                    ws.write_string(r, c, s).expect("write string");
                }
                Cell::Number(n) => {
                    ws.write_number(r, c, *n).expect("write number");
                }
                Cell::Date(y, m, d) => {
                    let dt = ExcelDateTime::from_ymd(*y, *m, *d).expect("date");
                    ws.write_datetime_with_format(r, c, &dt, date_format).expect("write date");
                }
                Cell::Empty => {}
            }
        }
    }
}

/// A zip archive of (name, bytes) members, deflated.
pub fn zip(members: &[(&str, &[u8])]) -> Vec<u8> {
    zip_with(members, CompressionMethod::Deflated)
}

pub fn zip_with(members: &[(&str, &[u8])], method: CompressionMethod) -> Vec<u8> {
    let mut w = ZipWriter::new(Cursor::new(Vec::new()));
    let opts = SimpleFileOptions::default().compression_method(method);
    for (name, data) in members {
        w.start_file(*name, opts).expect("zip member");
        w.write_all(data).expect("zip write");
    }
    w.finish().expect("zip finish").into_inner()
}

/// Marks every member of a zip as encrypted (general purpose bit 0), the way
/// a ZipCrypto archive looks to a reader that has no password.
pub fn mark_zip_encrypted(mut bytes: Vec<u8>) -> Vec<u8> {
    let mut i = 0;
    while i + 10 < bytes.len() {
        match &bytes[i..i + 4] {
            b"PK\x03\x04" => bytes[i + 6] |= 1,
            b"PK\x01\x02" => bytes[i + 8] |= 1,
            _ => {}
        }
        i += 1;
    }
    bytes
}

fn escape(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;")
}

const CONTENT_TYPES_DOCX: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>"#;

/// A .docx whose body has these paragraphs; a paragraph containing `\t`
/// becomes a one-row table with a cell per tab-separated field.
pub fn docx(paragraphs: &[&str]) -> Vec<u8> {
    let mut body = String::new();
    for p in paragraphs {
        if p.contains('\t') {
            body.push_str("<w:tbl><w:tr>");
            for cell in p.split('\t') {
                body.push_str(&format!("<w:tc><w:p><w:r><w:t>{}</w:t></w:r></w:p></w:tc>", escape(cell)));
            }
            body.push_str("</w:tr></w:tbl>");
        } else {
            // Split runs in the middle, as Word does after editing.
            let mid = p.char_indices().nth(p.chars().count() / 2).map_or(0, |(i, _)| i);
            body.push_str(&format!(
                "<w:p><w:r><w:t xml:space=\"preserve\">{}</w:t></w:r><w:r><w:t>{}</w:t></w:r></w:p>",
                escape(&p[..mid]),
                escape(&p[mid..])
            ));
        }
    }
    let document = format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>{body}</w:body></w:document>"#
    );
    let rels = r#"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>"#;
    zip(&[
        ("[Content_Types].xml", CONTENT_TYPES_DOCX.as_bytes()),
        ("_rels/.rels", rels.as_bytes()),
        ("word/document.xml", document.as_bytes()),
    ])
}

/// A .pptx with one slide per entry, each slide's lines as paragraphs.
pub fn pptx(slides: &[&[&str]]) -> Vec<u8> {
    let mut members: Vec<(String, Vec<u8>)> = vec![
        ("[Content_Types].xml".into(), br#"<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>"#.to_vec()),
        ("ppt/presentation.xml".into(), br#"<?xml version="1.0"?><p:presentation xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main"/>"#.to_vec()),
    ];
    for (i, lines) in slides.iter().enumerate() {
        let paras: String = lines.iter().map(|l| format!("<a:p><a:r><a:t>{}</a:t></a:r></a:p>", escape(l))).collect();
        let xml = format!(
            r#"<?xml version="1.0"?><p:sld xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><p:cSld><p:spTree><p:sp><p:txBody>{paras}</p:txBody></p:sp></p:spTree></p:cSld></p:sld>"#
        );
        members.push((format!("ppt/slides/slide{}.xml", i + 1), xml.into_bytes()));
    }
    let refs: Vec<(&str, &[u8])> = members.iter().map(|(n, d)| (n.as_str(), d.as_slice())).collect();
    zip(&refs)
}

/// An OpenDocument spreadsheet with one sheet of text cells.
pub fn ods(sheet: &str, rows: &[&[&str]]) -> Vec<u8> {
    let mut table = String::new();
    for row in rows {
        table.push_str("<table:table-row>");
        for cell in *row {
            table.push_str(&format!(
                r#"<table:table-cell office:value-type="string"><text:p>{}</text:p></table:table-cell>"#,
                escape(cell)
            ));
        }
        table.push_str("</table:table-row>");
    }
    let content = format!(
        r#"<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2"><office:body><office:spreadsheet><table:table table:name="{sheet}">{table}</table:table></office:spreadsheet></office:body></office:document-content>"#
    );
    let manifest = r#"<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2"><manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>"#;
    let mut w = ZipWriter::new(Cursor::new(Vec::new()));
    // ODF requires `mimetype` first and stored.
    w.start_file("mimetype", SimpleFileOptions::default().compression_method(CompressionMethod::Stored))
        .expect("mimetype");
    w.write_all(b"application/vnd.oasis.opendocument.spreadsheet").expect("write");
    let deflate = SimpleFileOptions::default().compression_method(CompressionMethod::Deflated);
    w.start_file("content.xml", deflate).expect("content");
    w.write_all(content.as_bytes()).expect("write");
    w.start_file("META-INF/manifest.xml", deflate).expect("manifest");
    w.write_all(manifest.as_bytes()).expect("write");
    w.finish().expect("finish").into_inner()
}

/// The namespaces an OpenDocument part declares.
pub const ODF_NS: &str = r#"xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" xmlns:presentation="urn:oasis:names:tc:opendocument:xmlns:presentation:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/""#;

/// An OpenDocument package of `kind` (`text`, `presentation`): its
/// `mimetype` first and stored, as ODF requires, a manifest (with
/// `manifest_extra` inside the `content.xml` entry: encryption data), then
/// `members` deflated.
pub fn odf(kind: &str, members: &[(&str, &str)], manifest_extra: &str) -> Vec<u8> {
    let mime = format!("application/vnd.oasis.opendocument.{kind}");
    let manifest = format!(
        r#"<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3"><manifest:file-entry manifest:full-path="/" manifest:media-type="{mime}"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml">{manifest_extra}</manifest:file-entry></manifest:manifest>"#
    );
    let mut w = ZipWriter::new(Cursor::new(Vec::new()));
    w.start_file("mimetype", SimpleFileOptions::default().compression_method(CompressionMethod::Stored))
        .expect("mimetype");
    w.write_all(mime.as_bytes()).expect("write");
    let deflate = SimpleFileOptions::default().compression_method(CompressionMethod::Deflated);
    for (name, xml) in [("META-INF/manifest.xml", manifest.as_str())].into_iter().chain(members.iter().copied()) {
        w.start_file(name, deflate).expect("member");
        w.write_all(xml.as_bytes()).expect("write");
    }
    w.finish().expect("finish").into_inner()
}

/// An OpenDocument `content.xml` whose body is `body` (`<office:text>…`).
pub fn odf_content(body: &str) -> String {
    format!(
        r#"<?xml version="1.0" encoding="UTF-8"?><office:document-content {ODF_NS} office:version="1.3"><office:body>{body}</office:body></office:document-content>"#
    )
}

/// An OpenDocument table row of text cells.
pub fn odf_row(cells: &[&str]) -> String {
    let cells: String =
        cells.iter().map(|c| format!("<table:table-cell><text:p>{}</text:p></table:table-cell>", escape(c))).collect();
    format!("<table:table-row>{cells}</table:table-row>")
}

/// Rows joined as CSV (fields quoted when they need it), CRLF line ends as Excel writes.
pub fn csv(rows: &[Vec<String>], delim: char) -> String {
    let mut out = String::new();
    for row in rows {
        let fields: Vec<String> = row
            .iter()
            .map(|f| {
                if f.contains(delim) || f.contains('"') || f.contains('\n') {
                    format!("\"{}\"", f.replace('"', "\"\""))
                } else {
                    f.clone()
                }
            })
            .collect();
        out.push_str(&fields.join(&delim.to_string()));
        out.push_str("\r\n");
    }
    out
}

/// Text as Excel's "CSV (comma delimited)" writes it on Japanese Windows.
pub fn shift_jis(text: &str) -> Vec<u8> {
    encoding_rs::SHIFT_JIS.encode(text).0.into_owned()
}

/// Text as "Unicode text" (UTF-16LE with BOM).
pub fn utf16le_bom(text: &str) -> Vec<u8> {
    let mut out = vec![0xFF, 0xFE];
    out.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
    out
}

pub fn utf8_bom(text: &str) -> Vec<u8> {
    let mut out = b"\xEF\xBB\xBF".to_vec();
    out.extend_from_slice(text.as_bytes());
    out
}

/// A merged range of a sheet: first row, first column, last row, last
/// column (0-based, relative to the sheet's origin).
pub type Merge = (u32, u16, u32, u16);

/// An .xlsx workbook whose sheets have merged ranges, as forms are made: the
/// range's text sits in its top-left cell (what `rows` holds there) and the
/// other cells are the blank cells Excel writes for a merge.
pub fn xlsx_merged(sheets: &[(Sheet, Vec<Merge>)]) -> Vec<u8> {
    let mut wb = Workbook::new();
    let merge_format = XlsxFormat::new();
    for (sheet, merges) in sheets {
        let ws = wb.add_worksheet();
        ws.set_name(&sheet.name).expect("sheet name");
        let (r0, c0) = sheet.origin;
        let inside =
            |r: u32, c: u16| merges.iter().any(|&(fr, fc, lr, lc)| (fr..=lr).contains(&r) && (fc..=lc).contains(&c));
        for (r, row) in sheet.rows.iter().enumerate() {
            for (c, cell) in row.iter().enumerate() {
                let (r, c) = (r as u32, c as u16);
                if inside(r, c) {
                    continue;
                }
                match cell {
                    Cell::Text(s) => {
                        ws.write_string(r0 + r, c0 + c, s).expect("write string");
                    }
                    Cell::Number(n) => {
                        ws.write_number(r0 + r, c0 + c, *n).expect("write number");
                    }
                    Cell::Date(y, m, d) => {
                        let dt = ExcelDateTime::from_ymd(*y, *m, *d).expect("date");
                        let date_format = XlsxFormat::new().set_num_format("yyyy/mm/dd");
                        ws.write_datetime_with_format(r0 + r, c0 + c, &dt, &date_format).expect("write date");
                    }
                    Cell::Empty => {}
                }
            }
        }
        for &(fr, fc, lr, lc) in merges {
            let text = match sheet.rows.get(fr as usize).and_then(|row| row.get(fc as usize)) {
                Some(Cell::Text(s)) => s.clone(),
                _ => String::new(),
            };
            ws.merge_range(r0 + fr, c0 + fc, r0 + lr, c0 + lc, &text, &merge_format).expect("merge range");
        }
    }
    wb.save_to_buffer().expect("xlsx buffer")
}

/// Has LibreOffice (headless, with its profile in `dir`) convert each of
/// `inputs` with `filter` (`pdf`, `doc:MS Word 97`, `ppt:MS PowerPoint 97`…),
/// writing the results into `dir`. LibreOffice comes from
/// scripts/setup-pdf.sh (make test runs it).
pub fn libreoffice_convert(dir: &std::path::Path, filter: &str, inputs: &[std::path::PathBuf]) {
    let status = std::process::Command::new("soffice")
        .args(["--headless", "--norestore", "--convert-to", filter, "--outdir"])
        .arg(dir)
        .args(inputs)
        .env("HOME", dir)
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .status()
        .expect("LibreOffice is missing: run scripts/setup-pdf.sh (make test does)");
    assert!(status.success(), "soffice --convert-to {filter} failed");
}

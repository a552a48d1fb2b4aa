//! A pass over an .ods file's `content.xml` before calamine reads it.
//! calamine 0.38 loops forever on a table, or a cell comment, that is not
//! closed before the end of the file (a cut file does that), and it expands
//! repeated cells, repeated rows and runs of spaces (`number-columns-repeated`,
//! `number-rows-repeated`, `text:c`) into memory with no budget: a few
//! kilobytes can ask for gigabytes. This pass follows the XML the way
//! calamine's reader does, refuses the first, and counts the second
//! against the cell and decompressed-bytes budgets.
//!
//! Following calamine exactly is fragile (fuzzing found a table whose name
//! attribute only calamine's own attribute parser sees), so calamine is not
//! trusted to end either: it reads a copy of the package whose `content.xml`
//! ends in [`TRAILER`], end tags that stop both loops wherever the file stops.

use std::io::{Cursor, Read};

use quick_xml::events::{BytesStart, Event};
use quick_xml::Reader;
use zip::ZipArchive;

use super::package::PackageWriter;

/// Appended to `content.xml`. calamine's table loop ends only at
/// `</table:table>` and its cell-comment loop only at `</office:annotation>`;
/// neither looks for the end of the file. The `>` first ends a tag cut after
/// its `<` (`<</office:annotation>` would be a start tag), and the two start
/// tags balance the two end tags, so after a complete document (where
/// quick-xml refuses an end tag with nothing open) all is stray markup
/// calamine skips. Inside a row it is damage calamine reports; inside an
/// attribute value, comment or CDATA section it is swallowed and the end of
/// the file is an XML error.
const TRAILER: &str = "><presend-end><presend-end></office:annotation></table:table>";

/// calamine's caps on one sheet.
const MAX_ROWS: u64 = 1_048_576;
const MAX_COLUMNS: u64 = 16_384;

/// Why calamine must not read the file.
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum Refusal {
    /// calamine would never finish.
    Unclosed(&'static str),
    /// Cells calamine would hold, over the cell budget.
    Cells(u64),
    /// Bytes of cell text calamine would hold, over the decompressed budget.
    Text(u64),
    /// The package or its `content.xml` cannot be read.
    Damaged(String),
}

/// The reader settings calamine 0.38 uses, so a pre-check sees the XML as
/// calamine will.
pub(super) fn like_calamine<R>(reader: &mut Reader<R>) {
    let config = reader.config_mut();
    config.check_end_names = false;
    config.trim_text(false);
    config.check_comments = false;
    config.expand_empty_elements = true;
}

/// A malformed attribute: calamine stops reading there.
pub(super) struct BadAttribute;

/// The attributes of a tag as calamine 0.38 parses them (not as quick-xml
/// does): pairs separated by any ASCII whitespace, form feed included, the
/// key everything up to `=`, the value quoted.
pub(super) fn raw_attrs<'a>(e: &'a BytesStart<'_>) -> impl Iterator<Item = Result<(&'a str, &'a str), BadAttribute>> {
    let mut rest = e.attributes_raw();
    let mut failed = false;
    std::iter::from_fn(move || {
        rest = rest.trim_start_matches(|c: char| c.is_ascii_whitespace());
        if failed || rest.is_empty() {
            return None;
        }
        let parsed = (|| {
            let (key, after) = rest.split_once('=')?;
            let after = after.trim_start_matches(|c: char| c.is_ascii_whitespace());
            let quote = after.chars().next().filter(|&q| q == '"' || q == '\'')?;
            let value = &after[1..];
            let (value, tail) = value.split_once(quote).unwrap_or((value, ""));
            Some((key.trim_end_matches(|c: char| c.is_ascii_whitespace()), value, tail))
        })();
        match parsed {
            Some((key, value, tail)) => {
                rest = tail;
                Some(Ok((key, value)))
            }
            None => {
                failed = true;
                Some(Err(BadAttribute))
            }
        }
    })
}

/// calamine's `raw_attr`: the first attribute called `name`, or an error
/// at a malformed attribute met before it.
fn attr<'a>(e: &'a BytesStart<'_>, name: &str) -> Result<Option<&'a str>, BadAttribute> {
    for pair in raw_attrs(e) {
        let (key, value) = pair?;
        if key == name {
            return Ok(Some(value));
        }
    }
    Ok(None)
}

/// A repeat count; `None` where calamine would fail (and stop reading).
fn repeats(e: &BytesStart<'_>, name: &str) -> Option<u64> {
    match attr(e, name) {
        Ok(None) => Some(1),
        Ok(Some(v)) => v.parse().ok(),
        Err(BadAttribute) => None,
    }
}

/// How calamine's `get_datatype` reads a cell: whether it has a value,
/// whether the value is the cell's content (to be read up to its end tag),
/// and the length of a text value given in an attribute.
fn cell_kind(e: &BytesStart<'_>) -> Result<(bool, bool, u64), BadAttribute> {
    let (mut set, mut empty_string, mut string, mut error, mut formula, mut length) =
        (false, false, false, false, false, 0);
    for pair in raw_attrs(e) {
        let (key, value) = pair?;
        match key {
            "office:value" | "office:boolean-value" if !set => set = true,
            "office:string-value" | "office:date-value" | "office:time-value" if !set => {
                set = true;
                empty_string = key == "office:string-value" && value.is_empty();
                length = value.len() as u64;
            }
            "office:value-type" if !set => string = value == "string",
            "calcext:value-type" => error = value == "error",
            "table:formula" => formula = !value.is_empty(),
            _ => {}
        }
    }
    let from_content = (!set && string) || (error && empty_string);
    Ok((set || formula || from_content, from_content, length))
}

/// What one sheet makes calamine hold.
#[derive(Default)]
struct Sheet {
    /// Cells pushed while reading rows.
    pushed: u64,
    /// Rows (repeats included) up to the last row with a value.
    rows: u64,
    rows_so_far: u64,
    widest: u64,
}

/// Follows `content.xml` as calamine's `parse_content`, `read_table`,
/// `read_row` and `get_datatype` do. calamine stops at the first error it
/// meets, so an error here ends the count too.
fn count(xml: &[u8], cells: &mut u64, text: &mut u64) -> Result<(), Refusal> {
    let mut reader = Reader::from_reader(xml);
    like_calamine(&mut reader);
    let mut buf = Vec::new();
    let mut sheet: Option<Sheet> = None;
    let mut row: Option<(u64, u64, u64, bool)> = None; // (repeats, pushed, pending empties, has a value)
    loop {
        buf.clear();
        let event = match reader.read_event_into(&mut buf) {
            Ok(event) => event.into_owned(),
            Err(_) => return Ok(()),
        };
        match (&mut sheet, &mut row, event) {
            (None, _, Event::Start(e)) if e.name().as_ref() == "table:table" => match attr(&e, "table:name") {
                Ok(Some(_)) => sheet = Some(Sheet::default()),
                Ok(None) => {}
                Err(BadAttribute) => return Ok(()),
            },
            (None, _, Event::Eof) => return Ok(()),
            (None, _, _) => {}
            (Some(_), None, Event::Start(e)) if e.name().as_ref() == "table:table-row" => {
                let Some(repeats) = repeats(&e, "table:number-rows-repeated") else { return Ok(()) };
                row = Some((repeats.min(MAX_ROWS), 0, 0, false));
            }
            (Some(s), None, Event::End(e)) if e.name().as_ref() == "table:table" => {
                *cells = cells.saturating_add(s.pushed).saturating_add(s.rows.saturating_mul(s.widest));
                sheet = None;
            }
            (Some(_), None, Event::Eof) => return Err(Refusal::Unclosed("table")),
            (Some(_), None, _) => {}
            (Some(s), Some((repeats, pushed, _, has_value)), Event::End(e))
                if e.name().as_ref() == "table:table-row" =>
            {
                s.pushed = s.pushed.saturating_add(*pushed);
                s.rows_so_far = s.rows_so_far.saturating_add(*repeats);
                if *has_value {
                    s.rows = s.rows_so_far;
                    s.widest = s.widest.max(*pushed);
                }
                row = None;
            }
            (Some(_), Some((_, pushed, pending, has_value)), Event::Start(e))
                if matches!(e.name().as_ref(), "table:table-cell" | "table:covered-table-cell") =>
            {
                let Some(repeats) = repeats(&e, "table:number-columns-repeated") else { return Ok(()) };
                let Ok((valued, from_content, mut length)) = cell_kind(&e) else { return Ok(()) };
                if from_content {
                    length = cell_text(&mut reader)?;
                } else if reader.read_to_end_into(e.name(), &mut Vec::new()).is_err() {
                    return Ok(());
                }
                *pushed += (*pending).min(MAX_COLUMNS.saturating_sub(*pushed));
                let repeats = repeats.min(MAX_COLUMNS.saturating_sub(*pushed));
                if valued {
                    *pushed += repeats;
                    *pending = 0;
                    *has_value = true;
                    *text = text.saturating_add(length.saturating_mul(repeats));
                } else {
                    *pending = repeats;
                }
            }
            // calamine reports anything else inside a row as damage.
            (Some(_), Some(_), _) => return Ok(()),
        }
    }
}

/// The length of a cell's text read from its content; the reader stands
/// after the cell's end tag.
fn cell_text(reader: &mut Reader<&[u8]>) -> Result<u64, Refusal> {
    let mut length = 0u64;
    let mut paragraphs = 0u32;
    let mut buf = Vec::new();
    loop {
        buf.clear();
        match reader.read_event_into(&mut buf) {
            Ok(Event::Text(t)) => length = length.saturating_add(t.len() as u64),
            Ok(Event::GeneralRef(_)) => length = length.saturating_add(4),
            Ok(Event::End(e)) if matches!(e.name().as_ref(), "table:table-cell" | "table:covered-table-cell") => {
                return Ok(length)
            }
            Ok(Event::Start(e)) if e.name().as_ref() == "office:annotation" => loop {
                match reader.read_event_into(&mut buf) {
                    Ok(Event::End(e)) if e.name().as_ref() == "office:annotation" => break,
                    Ok(Event::Eof) => return Err(Refusal::Unclosed("cell comment")),
                    Err(_) => return Ok(length),
                    _ => {}
                }
            },
            Ok(Event::Start(e)) => match e.name().as_ref() {
                "text:s" => length = length.saturating_add(repeats(&e, "text:c").unwrap_or(0)),
                "text:p" => {
                    length += u64::from(paragraphs > 0);
                    paragraphs += 1;
                }
                "text:tab" | "text:line-break" => length += 1,
                _ => {}
            },
            Ok(Event::Eof) | Err(_) => return Ok(length),
            _ => {}
        }
    }
}

/// Checks the `content.xml` of the .ods package in `bytes` (already
/// inflated once within the budget, so reading it again is bounded) and
/// returns the package calamine is to read: `mimetype` and the manifest
/// (where encryption shows) copied as they are, `content.xml` with
/// [`TRAILER`] after it. Nothing else in the package is read by calamine.
pub(crate) fn check(bytes: &[u8], cells_left: u64, text_left: u64) -> Result<Checked, Refusal> {
    let damaged = |e: &dyn std::fmt::Display| Refusal::Damaged(e.to_string());
    let mut archive = ZipArchive::new(Cursor::new(bytes)).map_err(|e| damaged(&e))?;
    let mut xml = Vec::new();
    archive.by_name("content.xml").map_err(|e| damaged(&e))?.read_to_end(&mut xml).map_err(|e| damaged(&e))?;
    let (mut cells, mut text) = (0, 0);
    count(&xml, &mut cells, &mut text)?;
    if cells > cells_left {
        return Err(Refusal::Cells(cells));
    }
    if text > text_left {
        return Err(Refusal::Text(text));
    }
    let comments = comments(&xml);
    let package = for_calamine(&mut archive, xml).map_err(|e| damaged(&e))?;
    Ok(Checked { package, comments })
}

/// What calamine is to read, and what it skips.
pub(crate) struct Checked {
    pub package: Vec<u8>,
    /// The cell comments, one a line: calamine passes over them.
    pub comments: String,
}

/// The text of every cell comment (`office:annotation`), one a line,
/// without its author and date.
fn comments(xml: &[u8]) -> String {
    let mut reader = Reader::from_reader(xml);
    reader.config_mut().check_end_names = false;
    let mut out = String::new();
    let (mut depth, mut skipped) = (0u32, 0u32);
    let mut buf = Vec::new();
    loop {
        buf.clear();
        match reader.read_event_into(&mut buf) {
            Ok(Event::Start(e)) => match e.name().as_ref() {
                "office:annotation" => depth += 1,
                "dc:creator" | "dc:date" | "meta:date-string" if depth > 0 => skipped += 1,
                "text:s" | "text:tab" | "text:line-break" if depth > 0 => out.push(' '),
                _ => {}
            },
            Ok(Event::End(e)) => match e.name().as_ref() {
                "office:annotation" if depth > 0 => {
                    depth -= 1;
                    out.push('\n');
                }
                "dc:creator" | "dc:date" | "meta:date-string" if skipped > 0 => skipped -= 1,
                "text:p" if depth > 0 => out.push(' '),
                _ => {}
            },
            Ok(Event::Text(t)) if depth > 0 && skipped == 0 => out.push_str(&t.xml10_content()),
            Ok(Event::GeneralRef(r)) if depth > 0 && skipped == 0 => {
                if let Ok(Some(c)) = r.resolve_char_ref() {
                    out.push(c);
                } else if let Some(s) = quick_xml::escape::resolve_predefined_entity(&r.xml10_content()) {
                    out.push_str(s);
                }
            }
            Ok(Event::Eof) | Err(_) => return out,
            _ => {}
        }
    }
}

/// The package calamine is to read: `mimetype` and the manifest copied as
/// they are, `xml` with [`TRAILER`] after it as `content.xml`.
fn for_calamine(archive: &mut ZipArchive<Cursor<&[u8]>>, mut xml: Vec<u8>) -> zip::result::ZipResult<Vec<u8>> {
    xml.extend_from_slice(TRAILER.as_bytes());
    let mut package = PackageWriter::with_capacity(xml.len() + 4096);
    for name in ["mimetype", "META-INF/manifest.xml"] {
        // A missing member is left missing: calamine names it.
        if let Ok(member) = archive.by_name_raw(name.as_bytes()) {
            package.copy(member)?;
        }
    }
    package.stored("content.xml", &xml)?;
    drop(xml);
    package.finish()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;
    use zip::write::SimpleFileOptions;
    use zip::{CompressionMethod, ZipWriter};

    fn content(rows: &str) -> String {
        format!(
            r#"<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="o" xmlns:table="t" xmlns:text="x"><office:body><office:spreadsheet><table:table table:name="S">{rows}</table:table></office:spreadsheet></office:body></office:document-content>"#
        )
    }

    fn counted(xml: &str) -> Result<(u64, u64), Refusal> {
        let (mut cells, mut text) = (0, 0);
        count(xml.as_bytes(), &mut cells, &mut text).map(|()| (cells, text))
    }

    #[test]
    fn unclosed_table_is_refused_not_a_hang() {
        // Fuzzing found calamine's read_table looping at the end of a cut file.
        let xml = content(
            r#"<table:table-row><table:table-cell office:value-type="float" office:value="1"/></table:table-row>"#,
        );
        let cut = &xml[..xml.find("</table:table>").unwrap()];
        assert_eq!(counted(cut), Err(Refusal::Unclosed("table")));
        let comment =
            content(r#"<table:table-row><table:table-cell office:value-type="string"><office:annotation><text:p>x"#);
        let cut = &comment[..comment.find("</table:table>").unwrap()];
        assert_eq!(counted(cut), Err(Refusal::Unclosed("cell comment")));
    }

    /// An .ods package around `xml`, as calamine wants it.
    fn package(xml: &[u8]) -> Vec<u8> {
        let mut zip = ZipWriter::new(Cursor::new(Vec::new()));
        let stored = SimpleFileOptions::default().compression_method(CompressionMethod::Stored);
        let manifest = r#"<manifest:manifest xmlns:manifest="m"><manifest:file-entry manifest:full-path="/"/></manifest:manifest>"#;
        for (name, data) in [
            ("mimetype", &b"application/vnd.oasis.opendocument.spreadsheet"[..]),
            ("META-INF/manifest.xml", manifest.as_bytes()),
            ("content.xml", xml),
        ] {
            zip.start_file(name, stored).unwrap();
            zip.write_all(data).unwrap();
        }
        zip.finish().unwrap().into_inner()
    }

    #[test]
    fn table_name_after_a_form_feed_is_a_table_as_calamine_reads_it() {
        // hang-784b.ods (fuzzing): `<table:table \x0Ctable:name=…>` never
        // closed. quick-xml's attribute parser refuses the form feed, so this
        // pass saw no table; calamine's own parser takes it and looped for ever.
        let xml = content("").replace(r#"table:table table:name"#, "table:table \x0Ctable:name");
        let cut = &xml[..xml.find("</table:table>").unwrap()];
        assert_eq!(counted(cut), Err(Refusal::Unclosed("table")));
    }

    #[test]
    fn calamine_ends_wherever_content_xml_is_cut() {
        use std::sync::mpsc::RecvTimeoutError;
        // Without the trailer calamine never returns from most of these: its
        // table and cell-comment loops do not stop at the end of the file.
        // This checks the trailer alone, whatever `count` would have said.
        let xml = content(concat!(
            r#"<!-- c --><table:table-row><table:table-cell office:value-type="string"><office:annotation><text:p>note</text:p></office:annotation>"#,
            r#"<text:p>氏名<text:s text:c="2"/>x</text:p></table:table-cell><table:table-cell office:value-type="float" office:value="1"/>"#,
            r#"<table:table-cell office:value-type="string"><![CDATA[y]]>&amp;</table:table-cell></table:table-row>"#
        ))
        .replace(
            "</office:spreadsheet>",
            r#"<table:named-expressions><table:named-range table:name="n" table:cell-range-address="S.A1"/></table:named-expressions><?pi x?></office:spreadsheet>"#,
        );
        let (done, finished) = std::sync::mpsc::channel();
        let cuts = xml.len();
        std::thread::spawn(move || {
            for end in 0..=xml.len() {
                let original = package(&xml.as_bytes()[..end]);
                let mut archive = ZipArchive::new(Cursor::new(&original[..])).unwrap();
                let cut = xml.as_bytes()[..end].to_vec();
                let bytes = for_calamine(&mut archive, cut).unwrap();
                let read = calamine::open_workbook_from_rs::<calamine::Ods<_>, _>(Cursor::new(bytes));
                if end == xml.len() {
                    // The whole document is read as if nothing followed it.
                    let mut workbook = read.unwrap();
                    use calamine::Reader as _;
                    assert_eq!(workbook.worksheet_range("S").unwrap().get_size(), (1, 3));
                }
                done.send(end).unwrap();
            }
        });
        for end in 0..=cuts {
            match finished.recv_timeout(std::time::Duration::from_secs(10)) {
                Ok(_) => {}
                Err(RecvTimeoutError::Timeout) => {
                    panic!("calamine did not end on content.xml cut after {end} of {cuts} bytes")
                }
                Err(RecvTimeoutError::Disconnected) => panic!("failed at {end} of {cuts} bytes"),
            }
        }
    }

    #[test]
    fn repeated_cells_are_counted_as_calamine_expands_them() {
        // A 7 KB file of such rows made calamine ask for 5 GB.
        let row = r#"<table:table-row><table:table-cell table:number-columns-repeated="16384" office:value-type="float" office:value="1"/></table:table-row>"#;
        let (cells, _) = counted(&content(&row.repeat(3))).unwrap();
        assert_eq!(cells, 3 * 16384 * 2);
        // Trailing empty cells and rows, as LibreOffice writes them, cost nothing.
        let sparse = concat!(
            r#"<table:table-row><table:table-cell office:value-type="string"><text:p>ab<text:s text:c="3"/></text:p></table:table-cell>"#,
            r#"<table:table-cell table:number-columns-repeated="1023"/></table:table-row>"#,
            r#"<table:table-row table:number-rows-repeated="1048575"><table:table-cell table:number-columns-repeated="1024"/></table:table-row>"#
        );
        assert_eq!(counted(&content(sparse)), Ok((2, 5)));
        let spaces = r#"<table:table-row><table:table-cell table:number-columns-repeated="100" office:value-type="string"><text:p><text:s text:c="1000000"/></text:p></table:table-cell></table:table-row>"#;
        assert_eq!(counted(&content(spaces)).unwrap().1, 100_000_000);
    }
}

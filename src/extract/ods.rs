//! A pass over an .ods file's `content.xml` before calamine reads it.
//! calamine 0.38 loops forever on a table, or a cell comment, that is not
//! closed before the end of the file (a cut file does that), and it expands
//! repeated cells, repeated rows and runs of spaces (`number-columns-repeated`,
//! `number-rows-repeated`, `text:c`) into memory with no budget: a few
//! kilobytes can ask for gigabytes. This pass follows the XML the way
//! calamine's reader does, refuses the first, and counts the second
//! against the cell and decompressed-bytes budgets.

use std::io::{Cursor, Read};

use quick_xml::events::{BytesStart, Event};
use quick_xml::Reader;
use zip::ZipArchive;

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
}

fn attr_u64(e: &BytesStart<'_>, name: &str) -> Option<u64> {
    let attr = e.attributes().flatten().find(|a| a.key.as_ref() == name)?;
    attr.value.parse().ok()
}

fn has_attr(e: &BytesStart<'_>, name: &str) -> bool {
    e.attributes().flatten().any(|a| a.key.as_ref() == name)
}

/// How calamine's `get_datatype` reads a cell: whether it has a value,
/// whether the value is the cell's content (to be read up to its end tag),
/// and the length of a text value given in an attribute.
fn cell_kind(e: &BytesStart<'_>) -> (bool, bool, u64) {
    let (mut set, mut empty_string, mut string, mut error, mut formula, mut length) =
        (false, false, false, false, false, 0);
    for a in e.attributes().flatten() {
        match a.key.as_ref() {
            "office:value" | "office:boolean-value" if !set => set = true,
            "office:string-value" | "office:date-value" | "office:time-value" if !set => {
                set = true;
                empty_string = a.key.as_ref() == "office:string-value" && a.value.is_empty();
                length = a.value.len() as u64;
            }
            "office:value-type" if !set => string = a.value.as_ref() == "string",
            "calcext:value-type" => error = a.value.as_ref() == "error",
            "table:formula" => formula = !a.value.is_empty(),
            _ => {}
        }
    }
    let from_content = (!set && string) || (error && empty_string);
    (set || formula || from_content, from_content, length)
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
    let config = reader.config_mut();
    config.check_end_names = false;
    config.trim_text(false);
    config.check_comments = false;
    config.expand_empty_elements = true;
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
            (None, _, Event::Start(e)) if e.name().as_ref() == "table:table" && has_attr(&e, "table:name") => {
                sheet = Some(Sheet::default());
            }
            (None, _, Event::Eof) => return Ok(()),
            (None, _, _) => {}
            (Some(_), None, Event::Start(e)) if e.name().as_ref() == "table:table-row" => {
                let repeats = attr_u64(&e, "table:number-rows-repeated").unwrap_or(1).min(MAX_ROWS);
                row = Some((repeats, 0, 0, false));
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
                let repeats = attr_u64(&e, "table:number-columns-repeated").unwrap_or(1);
                let (valued, from_content, mut length) = cell_kind(&e);
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
                "text:s" => length = length.saturating_add(attr_u64(&e, "text:c").unwrap_or(1)),
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
/// inflated once within the budget, so reading it again is bounded).
pub(crate) fn check(bytes: &[u8], cells_left: u64, text_left: u64) -> Result<(), Refusal> {
    let Ok(mut archive) = ZipArchive::new(Cursor::new(bytes)) else { return Ok(()) };
    let Ok(member) = archive.by_name("content.xml") else { return Ok(()) };
    let mut xml = Vec::new();
    if member.take(text_left.saturating_add(1)).read_to_end(&mut xml).is_err() {
        return Ok(()); // calamine reports it
    }
    let (mut cells, mut text) = (0, 0);
    count(&xml, &mut cells, &mut text)?;
    if cells > cells_left {
        return Err(Refusal::Cells(cells));
    }
    if text > text_left {
        return Err(Refusal::Text(text));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

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

//! A look at an xlsx package's XML before calamine reads it. calamine 0.38
//! turns cell references (`r="B2"`, `ref="A1:D4"`) into numbers with
//! unchecked arithmetic: seven letters (`ZZZZZZZ`) or ten digits overflow a
//! `u32`, and a reversed range (`ref="B22:D4"`) is subtracted the wrong way
//! round. A release build wraps and goes on (presend then drops cells
//! outside the sheet), but with overflow checks on (debug builds, tests,
//! every fuzz run) it panics, and fuzzing stopped at the first such file.
//! Real workbooks never hold such references, so a package that does is
//! refused as damaged before calamine sees it.
//!
//! Every XML member is read with quick-xml configured as calamine's reader
//! is, and each tag's attributes are parsed as calamine's own parser does
//! (`ods::raw_attrs`): where a tag ends and which bytes make a value are
//! theirs, not a guess (a first, hand-written scan disagreed with quick-xml
//! on quotes and fuzzing walked past it).

use std::io::{BufReader, Cursor};

use quick_xml::events::Event;
use quick_xml::Reader;
use zip::ZipArchive;

use super::ods::{like_calamine, raw_attrs};

/// Longest reference value looked at; anything longer cannot be a sheet cell or range.
const MAX_REF: usize = 32;

/// The first reference calamine would overflow on, with the member that
/// holds it (the package was inflated within the budget once already).
pub(crate) fn bad_reference(bytes: &[u8]) -> Option<(String, String)> {
    let mut archive = ZipArchive::new(Cursor::new(bytes)).ok()?;
    for i in 0..archive.len() {
        let Ok(member) = archive.by_index(i) else { continue };
        let name = member.name().map(|n| n.into_owned()).unwrap_or_default();
        if !name.to_ascii_lowercase().ends_with(".xml") {
            continue;
        }
        // calamine reserves the shared strings' `uniqueCount` up front: a
        // 345-byte file (fuzzing) asked for 9.6 TB and aborted. A string
        // takes five bytes of XML at least (`<si/>`).
        let most_strings = member.size() / 5 + 1;
        let mut reader = Reader::from_reader(BufReader::new(member));
        like_calamine(&mut reader);
        let mut buf = Vec::new();
        loop {
            buf.clear();
            match reader.read_event_into(&mut buf) {
                Ok(Event::Start(e)) => {
                    // calamine stops at a malformed attribute: so does this look.
                    for (key, value) in raw_attrs(&e).map_while(Result::ok) {
                        if matches!(key, "r" | "ref") && overflows(value.as_bytes()) {
                            return Some((name, value.chars().take(MAX_REF).collect()));
                        }
                        if key == "uniqueCount" && value.parse::<u64>().is_ok_and(|n| n > most_strings) {
                            return Some((
                                name,
                                format!("uniqueCount={}", value.chars().take(MAX_REF).collect::<String>()),
                            ));
                        }
                    }
                }
                // calamine stops at the first XML error, and so at the end.
                Ok(Event::Eof) | Err(_) => break,
                _ => {}
            }
        }
    }
    None
}

/// How calamine reads one A1-style part of a reference.
enum Part {
    /// (row, column); column 0 when there are no letters.
    Cell(u32, u32),
    /// calamine returns an error: safe, and it reads no further.
    Refused,
    /// Its arithmetic overflows.
    Overflow,
}

/// Letters then digits, accumulated as calamine's
/// `get_row_and_optional_column` does, which overflows before it looks at
/// whatever comes after them.
fn part(text: &[u8]) -> Part {
    let (mut row, mut column, mut digits) = (0u32, 0u32, false);
    for &b in text {
        let next = match (digits, b) {
            (false, b'A'..=b'Z' | b'a'..=b'z') => {
                column.checked_mul(26).and_then(|c| c.checked_add(u32::from(b.to_ascii_uppercase() - b'A') + 1))
            }
            (_, b'0'..=b'9') => {
                digits = true;
                row.checked_mul(10).and_then(|r| r.checked_add(u32::from(b - b'0')))
            }
            _ => return Part::Refused,
        };
        match (next, digits) {
            (None, _) => return Part::Overflow,
            (Some(n), true) => row = n,
            (Some(n), false) => column = n,
        }
    }
    if row == 0 {
        return Part::Refused;
    }
    Part::Cell(row, column)
}

/// True when calamine's arithmetic overflows on this `r` or `ref` value.
fn overflows(value: &[u8]) -> bool {
    if value.len() > MAX_REF {
        return true;
    }
    let mut cells = Vec::new();
    for text in value.split(|&b| b == b':') {
        match part(text) {
            Part::Overflow => return true,
            Part::Refused => return false,
            // A range part without a column is refused after it is read.
            Part::Cell(_, 0) => return false,
            Part::Cell(r, c) => cells.push((r, c)),
        }
    }
    // get_dimension subtracts start from end for a two-part range.
    matches!(cells[..], [(r0, c0), (r1, c1)] if r1 < r0 || c1 < c0)
}

#[cfg(test)]
mod tests {
    use std::io::Write;

    use super::*;

    fn bad(xml: &str) -> Option<String> {
        let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
        zip.start_file("xl/worksheets/sheet1.xml", zip::write::SimpleFileOptions::default()).unwrap();
        zip.write_all(xml.as_bytes()).unwrap();
        bad_reference(&zip.finish().unwrap().into_inner()).map(|(_, reference)| reference)
    }

    #[test]
    fn reversed_and_oversized_references_are_found() {
        // xlsx-dimension-overflow.fuzz: `<dimension ref="B22:D4"/>` made
        // calamine's get_dimension subtract with overflow.
        assert_eq!(bad(r#"<worksheet><dimension ref="B22:D4"/><sheetData/></worksheet>"#).as_deref(), Some("B22:D4"));
        assert_eq!(bad(r#"<c r='ZZZZZZZ1' t="s"/>"#).as_deref(), Some("ZZZZZZZ1"));
        assert_eq!(bad("<row r=\"4294967296\">").as_deref(), Some("4294967296"));
        assert_eq!(bad(r#"<x><dimension ref="A1:XFD1048576"/><c r="ZZZZZZ999999999"/></x>"#), None);
        // Other attributes, text and references calamine refuses with an error are fine.
        assert_eq!(bad(r#"<x><c x:r="AAAAAAAAAA1" sqref="D4:B2">r="B22:D4"</c><c r="A$1"/></x>"#), None);
        // calamine overflows on the letters before it meets the `$`.
        assert_eq!(bad(r#"<c r="AAAAAAAAAA$1"/>"#).as_deref(), Some("AAAAAAAAAA$1"));
    }

    #[test]
    fn tags_end_where_quick_xml_ends_them() {
        // Fuzzing: a quote after `A2` is a quote to quick-xml, so the tag ends
        // at `inlineStr>` and `<row r="heetDatmas…">` is a row whose letters
        // overflow; the first, hand-written scan took the quote as part of a
        // key and never saw that row.
        let xml =
            r#"<x><c r="A1" t="inlineSt><c r="A2" t="inlineStr></c></row><row r="heetDatmasopenxml"><c/></row></x>"#;
        assert_eq!(bad(xml).as_deref(), Some("heetDatmasopenxml"));
    }
}

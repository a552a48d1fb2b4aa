//! CSV and TSV (already decoded to text): RFC 4180 quoting, doubled quotes,
//! line breaks inside quoted fields, CRLF or LF. An unterminated quote at the
//! end means the file was cut short: the rows read so far are kept and the
//! problem is reported.

use super::{Budget, Part, Sink, Table};
use crate::{Problem, ProblemKind};

/// Rows handed to the detectors at a time, so that huge files stream.
const CHUNK_ROWS: usize = 50_000;

pub(super) fn extract(text: &str, delim: u8, entry: Option<&str>, budget: &mut Budget, sink: &mut dyn Sink) {
    let text = text.strip_prefix('\u{FEFF}').unwrap_or(text);
    let bytes = text.as_bytes();
    let mut rows: Vec<Vec<String>> = Vec::new();
    let mut row: Vec<String> = Vec::new();
    let mut field: Vec<u8> = Vec::new();
    let mut in_quotes = false;
    let mut i = 0;
    let mut first_row = 1u32;
    let mut over_limit = false;
    let flush = |rows: &mut Vec<Vec<String>>, first_row: &mut u32, sink: &mut dyn Sink| {
        let n = rows.len() as u32;
        sink.part(Part::Table(Table {
            entry: entry.map(str::to_owned),
            page: None,
            table: None,
            sheet: None,
            first_row: *first_row,
            first_column: 1,
            rows: std::mem::take(rows),
            continuation: *first_row > 1,
        }));
        *first_row += n;
    };
    // Fields are cut at ASCII bytes of valid UTF-8, so they are valid UTF-8 too:
    // the buffer becomes the String without a copy.
    let field_string = |field: &mut Vec<u8>| {
        String::from_utf8(std::mem::take(field)).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned())
    };
    while i < bytes.len() {
        let b = bytes[i];
        if in_quotes {
            if b == b'"' {
                if bytes.get(i + 1) == Some(&b'"') {
                    field.push(b'"');
                    i += 1;
                } else {
                    in_quotes = false;
                }
            } else {
                field.push(b);
            }
        } else if b == b'"' && field.iter().all(|c| c.is_ascii_whitespace()) {
            field.clear();
            in_quotes = true;
        } else if b == delim {
            row.push(field_string(&mut field));
        } else if b == b'\n' || b == b'\r' {
            if b == b'\r' && bytes.get(i + 1) == Some(&b'\n') {
                i += 1;
            }
            row.push(field_string(&mut field));
            budget.cells += row.len() as u64;
            rows.push(std::mem::take(&mut row));
            if budget.cells_left() == 0 {
                over_limit = true;
                break;
            }
            // Only the first chunk carries the header row; later chunks are
            // continuation rows of the same table (see `report`).
            if rows.len() >= CHUNK_ROWS {
                flush(&mut rows, &mut first_row, sink);
                if sink.out_of_time() {
                    break;
                }
            }
        } else {
            // Copy the run up to the next byte that means something, whole.
            let run = bytes[i..]
                .iter()
                .position(|&c| c == delim || c == b'\n' || c == b'\r' || c == b'"')
                .unwrap_or(bytes.len() - i);
            field.extend_from_slice(&bytes[i..i + run.max(1)]);
            i += run.max(1);
            continue;
        }
        i += 1;
    }
    if in_quotes {
        sink.problem(Problem::new(ProblemKind::Truncated, entry, "CSV ends inside a quoted field"));
    }
    if !field.is_empty() || !row.is_empty() {
        row.push(field_string(&mut field));
        budget.cells += row.len() as u64;
        rows.push(row);
    }
    if over_limit {
        sink.problem(budget.cells_spent(entry));
    }
    if !rows.is_empty() {
        flush(&mut rows, &mut first_row, sink);
    }
}

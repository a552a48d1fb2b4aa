//! Japanese bank transfer files in the 全銀協 format: fixed-width records of
//! 120 bytes (header 1, data 2, trailer 8, end 9), in JIS/Shift_JIS
//! half-width katakana, with or without line breaks between records. Banks'
//! web services take them for 総合振込, 給与・賞与振込 and 口座振替, so a
//! payroll run is a list of every employee's bank account and name.
//!
//! Recognised by shape, not by name. Each data record becomes a row of a
//! table under a header the table reader knows (口座番号, 受取人名…); the
//! zero-padded amount sits under 振込金額, where no number is taken for a
//! My Number.

use encoding_rs::SHIFT_JIS;

use super::{Budget, Part, Sink, Table};
use crate::{Problem, ProblemKind};

const RECORD: usize = 120;

/// A field of a data record: (start, length, the header it is shown under).
type Field = (usize, usize, &'static str);

/// The fields every type of data record shares, up to the account number.
const ACCOUNT: [Field; 6] = [
    (1, 4, "銀行番号"),
    (5, 15, "銀行名"),
    (20, 3, "支店番号"),
    (23, 15, "支店名"),
    (42, 1, "預金種目"),
    (43, 7, "口座番号"),
];

/// The rest of a 総合振込 (種別コード 21) record: payee, amount, the payer's codes.
const TRANSFER: [Field; 4] =
    [(50, 30, "受取人名"), (80, 10, "振込金額"), (91, 10, "顧客コード1"), (101, 10, "顧客コード2")];

/// 給与・賞与振込 (11, 12, 71, 72): the customer codes are the employee's.
const SALARY: [Field; 4] = [(50, 30, "受取人名"), (80, 10, "振込金額"), (91, 10, "社員番号"), (101, 10, "所属コード")];

/// 口座振替 (91): the account holder pays; the customer number is one field.
const DEBIT: [Field; 3] = [(50, 30, "預金者名"), (80, 10, "引落金額"), (91, 20, "顧客番号")];

/// The file's records, cut at line breaks when it has them, else every 120
/// bytes; `None` when the file is not made of 120-byte records.
fn records(bytes: &[u8]) -> Option<Vec<&[u8]>> {
    // An end-of-file mark (0x1A) and trailing line breaks are not records.
    let mut end = bytes.len();
    while end > 0 && matches!(bytes[end - 1], 0x1A | b'\r' | b'\n') {
        end -= 1;
    }
    let bytes = &bytes[..end];
    if bytes.is_empty() {
        return None;
    }
    let records: Vec<&[u8]> = if bytes.contains(&b'\n') {
        bytes.split(|&b| b == b'\n').map(|l| l.strip_suffix(b"\r").unwrap_or(l)).collect()
    } else {
        if bytes.len() % RECORD != 0 {
            return None;
        }
        bytes.chunks(RECORD).collect()
    };
    records.iter().all(|r| r.len() == RECORD).then_some(records)
}

/// Whether `bytes` are a 全銀 file: 120-byte records, a header record with a
/// known type first, then data, trailer and end records.
pub(super) fn looks_like_zengin(bytes: &[u8]) -> bool {
    // Checked on the head only: a real file is whole records, and a reader
    // that finds otherwise reports it.
    let head = &bytes[..bytes.len().min(RECORD * 4 + 8)];
    let Some(first) = head.get(..RECORD) else { return false };
    if !(first[0] == b'1' && first[1].is_ascii_digit() && first[2].is_ascii_digit() && matches!(first[3], b'0' | b'1'))
    {
        return false;
    }
    // The second record follows at once or after a line break.
    let second = match head.get(RECORD..) {
        Some([b'\r', b'\n', rest @ ..]) | Some([b'\n', rest @ ..]) => rest,
        Some(rest) => rest,
        None => return false,
    };
    matches!(second.first(), Some(b'2' | b'8')) && head.iter().all(|&b| b >= 0x20 || matches!(b, b'\r' | b'\n' | 0x1A))
}

fn field(record: &[u8], start: usize, len: usize) -> String {
    let bytes = record.get(start..start + len).unwrap_or_default();
    let (text, _) = SHIFT_JIS.decode_without_bom_handling(bytes);
    text.trim().to_owned()
}

pub(super) fn extract(bytes: &[u8], entry: Option<&str>, budget: &mut Budget, sink: &mut dyn Sink) {
    let Some(records) = records(bytes) else {
        sink.problem(Problem::new(
            ProblemKind::Corrupt,
            entry,
            "a bank transfer file (全銀) whose records are not all 120 bytes; not read",
        ));
        return;
    };
    let Some(header) = records.first() else { return };
    if header[3] == b'1' {
        sink.problem(Problem::new(
            ProblemKind::Unsupported,
            entry,
            "a bank transfer file (全銀) in EBCDIC cannot be read",
        ));
        return;
    }
    let kind = [header[1], header[2]];
    let rest: &[Field] = match &kind {
        b"11" | b"12" | b"71" | b"72" => &SALARY,
        b"91" => &DEBIT,
        _ => &TRANSFER,
    };
    let layout: Vec<Field> = ACCOUNT.iter().chain(rest).copied().collect();
    let mut rows = vec![layout.iter().map(|&(_, _, h)| h.to_owned()).collect::<Vec<_>>()];
    let mut ended = false;
    for (i, record) in records.iter().enumerate().skip(1) {
        match record[0] {
            b'2' => {
                if budget.cells_left() < layout.len() as u64 {
                    sink.problem(budget.cells_spent(entry));
                    break;
                }
                budget.cells += layout.len() as u64;
                rows.push(layout.iter().map(|&(start, len, _)| field(record, start, len)).collect());
            }
            b'8' | b'1' => {}
            b'9' => ended = true,
            _ => {
                sink.problem(Problem::new(
                    ProblemKind::Corrupt,
                    entry,
                    format!("record {} of the bank transfer file has an unknown type", i + 1),
                ));
            }
        }
    }
    if !ended {
        sink.problem(Problem::new(
            ProblemKind::Truncated,
            entry,
            "the bank transfer file has no end record (cut short?)",
        ));
    }
    sink.part(Part::Table(Table {
        entry: entry.map(str::to_owned),
        first_row: 1,
        first_column: 1,
        rows,
        ..Table::default()
    }));
}

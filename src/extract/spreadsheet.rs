//! Workbooks through calamine: xlsx, xlsm, xlsb, xls and ods. Every sheet
//! becomes a [`Table`] with true spreadsheet coordinates (calamine's ranges
//! start where the used area starts, not at A1). Date cells become ISO dates
//! so that a birth-date column reads as dates, not as serial numbers.
//!
//! calamine inflates zip members without a size limit, so for zip-based
//! formats the members are first inflated into a counter against the
//! decompressed-bytes budget: a zip bomb stops there, not in the allocator.

use std::io::Cursor;

use calamine::{open_workbook_from_rs, Data, Ods, Range, Reader, Xls, Xlsb, Xlsx};

use super::archive::inflated_size_within;
use super::{Budget, Part, Sink, Table};
use crate::detect::dates::Date;
use crate::{Format, Problem, ProblemKind};

/// The text a person sees in a cell (dates as dates, whole numbers without `.0`).
pub(crate) fn cell_text(cell: &Data) -> String {
    match cell {
        Data::Empty | Data::Error(_) => String::new(),
        Data::String(s) => s.clone(),
        Data::Int(i) => i.to_string(),
        Data::Float(f) => {
            if f.fract() == 0.0 && f.abs() < 1e15 {
                format!("{}", *f as i64)
            } else {
                f.to_string()
            }
        }
        Data::Bool(b) => if *b { "TRUE" } else { "FALSE" }.to_owned(),
        Data::DateTime(dt) => {
            if dt.is_duration() {
                return dt.as_f64().to_string();
            }
            let serial = dt.as_f64();
            match Date::from_excel_serial(serial) {
                Some(d) if serial.fract() == 0.0 => d.iso(),
                Some(d) => {
                    let (_, _, _, h, m, _, _) = dt.to_ymd_hms_milli();
                    format!("{} {:02}:{:02}", d.iso(), h, m)
                }
                None => serial.to_string(),
            }
        }
        Data::DateTimeIso(s) | Data::DurationIso(s) => s.clone(),
    }
}

fn password_error(message: &str) -> bool {
    let m = message.to_ascii_lowercase();
    m.contains("password") || m.contains("encrypt")
}

fn report_open_error(err: String, entry: Option<&str>, sink: &mut dyn Sink) {
    let kind = if password_error(&err) { ProblemKind::Encrypted } else { ProblemKind::Corrupt };
    sink.problem(Problem::new(kind, entry, format!("workbook could not be opened: {err}")));
}

pub(super) fn extract(bytes: &[u8], format: Format, entry: Option<&str>, budget: &mut Budget, sink: &mut dyn Sink) {
    if format != Format::Xls {
        match inflated_size_within(bytes, budget.decompressed_left()) {
            Ok(size) => budget.decompressed += size,
            Err(problem) => {
                sink.problem(problem.with_entry(entry));
                return;
            }
        }
    }
    let cursor = Cursor::new(bytes);
    match format {
        Format::Xlsx | Format::Xlsm => match open_workbook_from_rs::<Xlsx<_>, _>(cursor) {
            Ok(mut wb) => read_sheets(&mut wb, entry, budget, sink),
            Err(e) => report_open_error(e.to_string(), entry, sink),
        },
        Format::Xlsb => match open_workbook_from_rs::<Xlsb<_>, _>(cursor) {
            Ok(mut wb) => read_sheets(&mut wb, entry, budget, sink),
            Err(e) => report_open_error(e.to_string(), entry, sink),
        },
        Format::Xls => match open_workbook_from_rs::<Xls<_>, _>(cursor) {
            Ok(mut wb) => read_sheets(&mut wb, entry, budget, sink),
            Err(e) => report_open_error(e.to_string(), entry, sink),
        },
        Format::Ods => match open_workbook_from_rs::<Ods<_>, _>(cursor) {
            Ok(mut wb) => read_sheets(&mut wb, entry, budget, sink),
            Err(e) => report_open_error(e.to_string(), entry, sink),
        },
        _ => {}
    }
}

fn read_sheets<R, RS>(wb: &mut R, entry: Option<&str>, budget: &mut Budget, sink: &mut dyn Sink)
where
    R: Reader<RS>,
    RS: std::io::Read + std::io::Seek,
    R::Error: std::fmt::Display,
{
    for name in wb.sheet_names() {
        if sink.out_of_time() {
            sink.problem(Problem::new(ProblemKind::OverLimit, entry, format!("time budget spent before sheet '{name}'")));
            return;
        }
        match wb.worksheet_range(&name) {
            Ok(range) => {
                if !sheet_to_table(&range, &name, entry, budget, sink) {
                    return;
                }
            }
            Err(e) => {
                let msg = e.to_string();
                let kind = if password_error(&msg) { ProblemKind::Encrypted } else { ProblemKind::Corrupt };
                sink.problem(Problem::new(kind, entry, format!("sheet '{name}' could not be read: {msg}")));
            }
        }
    }
}

/// Hands one sheet to the sink; false when the cell budget stopped it.
fn sheet_to_table(range: &Range<Data>, name: &str, entry: Option<&str>, budget: &mut Budget, sink: &mut dyn Sink) -> bool {
    let Some((start_row, start_col)) = range.start() else {
        return true;
    };
    let (height, width) = range.get_size();
    let cells = (height as u64).saturating_mul(width as u64);
    let mut take_rows = height;
    let mut complete = true;
    if cells > budget.cells_left() {
        take_rows = usize::try_from(budget.cells_left() / (width.max(1) as u64)).unwrap_or(0);
        complete = false;
    }
    budget.cells += (take_rows as u64) * (width as u64);
    let rows: Vec<Vec<String>> = range
        .rows()
        .take(take_rows)
        .map(|r| {
            let mut cells: Vec<String> = r.iter().map(cell_text).collect();
            while cells.last().is_some_and(String::is_empty) {
                cells.pop();
            }
            cells
        })
        .collect();
    sink.part(Part::Table(Table {
        entry: entry.map(str::to_owned),
        sheet: Some(name.to_owned()),
        first_row: start_row + 1,
        first_column: start_col + 1,
        rows,
        continuation: false,
    }));
    if !complete {
        sink.problem(Problem::new(
            ProblemKind::OverLimit,
            entry,
            format!("sheet '{name}': stopped after {take_rows} of {height} rows (cell limit {})", budget.limits.max_cells),
        ));
    }
    complete
}

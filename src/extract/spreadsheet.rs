//! Workbooks through calamine: xlsx, xlsm, xlsb, xls and ods. Every sheet
//! becomes a [`Table`] with true spreadsheet coordinates (calamine's ranges
//! start where the used area starts, not at A1). Date cells become ISO dates
//! so that a birth-date column reads as dates, not as serial numbers.
//!
//! calamine inflates zip members without a size limit, so for zip-based
//! formats the members are first inflated into a counter against the
//! decompressed-bytes budget: a zip bomb stops there, not in the allocator.

use std::borrow::Cow;
use std::io::Cursor;

use calamine::{open_workbook_from_rs, Data, DataRef, Ods, Range, Reader, Xls, Xlsb, Xlsx};

use super::archive::inflated_size_within;
use super::biff::{self, Refusal};
use super::cfb;
use super::ods;
use super::{Budget, Part, Sink, Table};
use crate::detect::dates::Date;
use crate::{Format, Problem, ProblemKind};

/// Rows handed to the detectors at a time when a sheet is streamed.
const CHUNK_ROWS: usize = 50_000;

/// The text of a streamed xlsx cell (shared strings are borrowed, not cloned twice).
fn cell_ref_text(cell: &DataRef<'_>) -> String {
    match cell {
        DataRef::SharedString(s) => (*s).to_owned(),
        DataRef::String(s) | DataRef::DateTimeIso(s) | DataRef::DurationIso(s) => s.clone(),
        DataRef::Int(i) => cell_text(&Data::Int(*i)),
        DataRef::Float(f) => cell_text(&Data::Float(*f)),
        DataRef::Bool(b) => cell_text(&Data::Bool(*b)),
        DataRef::DateTime(dt) => cell_text(&Data::DateTime(*dt)),
        DataRef::Error(_) | DataRef::Empty => String::new(),
    }
}

/// True (and reported) when the time budget ran out before sheet `name`.
fn time_spent_before(name: &str, entry: Option<&str>, sink: &mut dyn Sink) -> bool {
    let spent = sink.out_of_time();
    if spent {
        sink.problem(Problem::new(ProblemKind::OverLimit, entry, format!("time budget spent before sheet '{name}'")));
    }
    spent
}

/// xlsx sheets cell by cell from the XML stream, in chunks of rows: no
/// intermediate `Range` of every cell, and peak memory bounded by the chunk.
fn stream_xlsx_sheets<RS: std::io::Read + std::io::Seek>(
    wb: &mut Xlsx<RS>,
    entry: Option<&str>,
    budget: &mut Budget,
    sink: &mut dyn Sink,
) {
    for name in wb.sheet_names() {
        if time_spent_before(&name, entry, sink) {
            return;
        }
        let mut reader = match wb.worksheet_cells_reader(&name) {
            Ok(r) => r,
            Err(e) => {
                sink.problem(Problem::new(
                    ProblemKind::Corrupt,
                    entry,
                    format!("sheet '{name}' could not be read: {e}"),
                ));
                continue;
            }
        };
        let mut chunk = SheetChunk::new(&name, entry);
        loop {
            match reader.next_cell() {
                Ok(Some(cell)) => {
                    let text = cell_ref_text(cell.get_value());
                    if text.is_empty() {
                        continue;
                    }
                    if budget.cells_left() == 0 {
                        sink.problem(Problem::new(
                            ProblemKind::OverLimit,
                            entry,
                            format!("sheet '{name}': stopped at the cell limit ({})", budget.limits.max_cells),
                        ));
                        chunk.flush(sink);
                        return;
                    }
                    budget.cells += 1;
                    let (row, col) = cell.get_position();
                    if chunk.push(row, col, text) {
                        chunk.flush(sink);
                        if sink.out_of_time() {
                            return;
                        }
                    }
                }
                Ok(None) => break,
                Err(e) => {
                    sink.problem(Problem::new(ProblemKind::Corrupt, entry, format!("sheet '{name}' is damaged: {e}")));
                    break;
                }
            }
        }
        chunk.flush(sink);
    }
}

/// Cells of a streamed sheet gathered into rows, handed on in chunks.
struct SheetChunk {
    sheet: String,
    entry: Option<String>,
    /// (0-based row, 0-based column, text), in stream order (row-major).
    cells: Vec<(u32, u32, String)>,
    rows_in_chunk: usize,
    last_row: Option<u32>,
    sent_any: bool,
    first_column: Option<u32>,
    /// The first cell of the next chunk, held while the full one is flushed.
    pending: Option<(u32, u32, String)>,
}

impl SheetChunk {
    fn new(sheet: &str, entry: Option<&str>) -> Self {
        SheetChunk {
            sheet: sheet.to_owned(),
            entry: entry.map(str::to_owned),
            cells: Vec::new(),
            rows_in_chunk: 0,
            last_row: None,
            sent_any: false,
            first_column: None,
            pending: None,
        }
    }

    /// Adds a cell; true when the chunk is full and should be flushed.
    fn push(&mut self, row: u32, col: u32, text: String) -> bool {
        let new_row = self.last_row != Some(row);
        if new_row && self.rows_in_chunk >= CHUNK_ROWS {
            // Flush before starting a new row; the caller pushes this cell again.
            self.pending = Some((row, col, text));
            return true;
        }
        if new_row {
            self.rows_in_chunk += 1;
            self.last_row = Some(row);
        }
        self.cells.push((row, col, text));
        false
    }

    fn flush(&mut self, sink: &mut dyn Sink) {
        let pending = self.pending.take();
        if !self.cells.is_empty() {
            let first_row = self.cells.iter().map(|c| c.0).min().unwrap_or(0);
            // The first chunk decides the columns' origin; later chunks keep it.
            let first_col = *self.first_column.get_or_insert_with(|| self.cells.iter().map(|c| c.1).min().unwrap_or(0));
            let last_row = self.cells.iter().map(|c| c.0).max().unwrap_or(first_row);
            let mut rows: Vec<Vec<String>> = vec![Vec::new(); (last_row - first_row + 1) as usize];
            for (r, c, text) in self.cells.drain(..) {
                let row = &mut rows[(r - first_row) as usize];
                let c = c.saturating_sub(first_col) as usize;
                if row.len() <= c {
                    row.resize(c + 1, String::new());
                }
                row[c] = text;
            }
            sink.part(Part::Table(Table {
                entry: self.entry.clone(),
                sheet: Some(self.sheet.clone()),
                first_row: first_row + 1,
                first_column: first_col + 1,
                rows,
                continuation: self.sent_any,
            }));
            self.sent_any = true;
            self.rows_in_chunk = 0;
        }
        if let Some((row, col, text)) = pending {
            self.rows_in_chunk = 1;
            self.last_row = Some(row);
            self.cells.push((row, col, text));
        }
    }
}

/// The .xls bytes to hand to calamine, which trusts the compound file's
/// sector chains and the workbook's records (see `cfb` and `biff`): checked,
/// and with the records it cannot parse safely made safe.
fn safe_xls<'a>(bytes: &'a [u8], entry: Option<&str>, budget: &Budget) -> Result<Cow<'a, [u8]>, Problem> {
    let damaged =
        |why: String| Problem::new(ProblemKind::Corrupt, entry, format!("workbook could not be opened: {why}"));
    let checked = cfb::checked(bytes).map_err(|e| damaged(format!("damaged compound file: {e}")))?;
    let mut file = checked.bytes;
    for workbook in checked.streams {
        let original = workbook.read(&file);
        let mut stream = original.clone();
        match biff::make_safe(&mut stream, budget.cells_left()) {
            Ok(()) => {}
            Err(Refusal::Damaged(why)) => return Err(damaged(format!("damaged workbook stream: {why}"))),
            Err(Refusal::TooLarge(cells)) => {
                return Err(Problem::new(
                    ProblemKind::OverLimit,
                    entry,
                    format!("the sheets span {cells} cells, over the cell limit ({})", budget.limits.max_cells),
                ))
            }
        }
        for (at, (&was, &now)) in original.iter().zip(&stream).enumerate() {
            if was != now {
                file.to_mut()[workbook.offset(at)] = now;
            }
        }
    }
    Ok(file)
}

/// Whether calamine can read the .ods in `bytes` safely (see `ods`): it
/// hangs on an unclosed table and expands repeated cells without a budget.
fn checked_ods(bytes: &[u8], entry: Option<&str>, budget: &Budget) -> Result<(), Problem> {
    let limit = |what: String| Problem::new(ProblemKind::OverLimit, entry, what);
    match ods::check(bytes, budget.cells_left(), budget.decompressed_left()) {
        Ok(()) => Ok(()),
        Err(ods::Refusal::Unclosed(what)) => Err(Problem::new(
            ProblemKind::Truncated,
            entry,
            format!("workbook could not be opened: a {what} is not closed before the end"),
        )),
        Err(ods::Refusal::Cells(n)) => {
            Err(limit(format!("the sheets expand to {n} cells, over the cell limit ({})", budget.limits.max_cells)))
        }
        Err(ods::Refusal::Text(n)) => Err(limit(format!(
            "the cells expand to {n} bytes of text, over the decompressed-bytes limit ({})",
            budget.limits.max_decompressed_bytes
        ))),
    }
}

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
            Ok(mut wb) => stream_xlsx_sheets(&mut wb, entry, budget, sink),
            Err(e) => report_open_error(e.to_string(), entry, sink),
        },
        Format::Xlsb => match open_workbook_from_rs::<Xlsb<_>, _>(cursor) {
            Ok(mut wb) => read_sheets(&mut wb, entry, budget, sink),
            Err(e) => report_open_error(e.to_string(), entry, sink),
        },
        Format::Xls => match safe_xls(bytes, entry, budget) {
            Ok(safe) => match open_workbook_from_rs::<Xls<_>, _>(Cursor::new(safe.as_ref())) {
                Ok(mut wb) => read_sheets(&mut wb, entry, budget, sink),
                Err(e) => report_open_error(e.to_string(), entry, sink),
            },
            Err(problem) => sink.problem(problem),
        },
        Format::Ods => match checked_ods(bytes, entry, budget) {
            Ok(()) => match open_workbook_from_rs::<Ods<_>, _>(cursor) {
                Ok(mut wb) => read_sheets(&mut wb, entry, budget, sink),
                Err(e) => report_open_error(e.to_string(), entry, sink),
            },
            Err(problem) => sink.problem(problem),
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
        if time_spent_before(&name, entry, sink) {
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
fn sheet_to_table(
    range: &Range<Data>,
    name: &str,
    entry: Option<&str>,
    budget: &mut Budget,
    sink: &mut dyn Sink,
) -> bool {
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
            format!(
                "sheet '{name}': stopped after {take_rows} of {height} rows (cell limit {})",
                budget.limits.max_cells
            ),
        ));
    }
    complete
}

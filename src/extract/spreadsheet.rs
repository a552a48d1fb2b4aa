//! Workbooks through calamine: xlsx, xlsm, xlsb, xls and ods. Every sheet
//! becomes a [`Table`] with true spreadsheet coordinates (calamine's ranges
//! start where the used area starts, not at A1). Date cells become ISO dates
//! so that a birth-date column reads as dates, not as serial numbers.
//!
//! calamine inflates zip members without a size limit, so for zip-based
//! formats the members are first inflated into a counter against the
//! decompressed-bytes budget: a zip bomb stops there, not in the allocator.

#[cfg(feature = "more-formats")]
use std::borrow::Cow;
use std::io::Cursor;

use calamine::{open_workbook_from_rs, Data, DataRef, Reader, Xlsx};
// .xls, .xlsb and .ods are read by the second wasm module only (see
// `extract_format`): in the first they are not even compiled in.
#[cfg(feature = "more-formats")]
use calamine::{Ods, Range, Xls, Xlsb};

use super::archive::package_within_budget;
#[cfg(feature = "more-formats")]
use super::biff::{self, Refusal};
#[cfg(feature = "more-formats")]
use super::cfb;
#[cfg(feature = "more-formats")]
use super::ods;
use super::office;
#[cfg(feature = "more-formats")]
use super::xlsb;
use super::xlsx;
#[cfg(feature = "more-formats")]
use super::TextPart;
use super::{Budget, Part, Sink, Table};
use crate::calendar::Date;
use crate::{Format, Problem, ProblemKind};

/// Rows handed to the detectors at a time when a sheet is streamed.
const CHUNK_ROWS: usize = 50_000;

/// The sheet grid of xlsx and xlsb: 1,048,576 rows by 16,384 columns (A to XFD).
const GRID_ROWS: u32 = 1 << 20;
const GRID_COLUMNS: u32 = 1 << 14;

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
        if !stream_cells(&name, || reader.next_cell(), entry, budget, sink) {
            return;
        }
    }
}

/// One sheet's cells, as a cells reader hands them over, into chunks of
/// rows; false when reading must stop (the budget or the time is spent,
/// and said so).
fn stream_cells<'a, E: std::fmt::Display>(
    name: &str,
    mut next_cell: impl FnMut() -> Result<Option<calamine::Cell<DataRef<'a>>>, E>,
    entry: Option<&str>,
    budget: &mut Budget,
    sink: &mut dyn Sink,
) -> bool {
    let mut chunk = SheetChunk::new(name, entry);
    let mut outside = 0u64;
    loop {
        match next_cell() {
            Ok(Some(cell)) => {
                let text = cell_ref_text(cell.get_value());
                if text.is_empty() {
                    continue;
                }
                let (row, col) = cell.get_position();
                // calamine does not hold references to the sheet grid
                // (`ZZZZZZ1`, or digits enough to wrap): such a row would be
                // allocated millions of columns wide.
                if row >= GRID_ROWS || col >= GRID_COLUMNS {
                    outside += 1;
                    continue;
                }
                if !chunk.add(row, col, text, budget, sink) {
                    return false;
                }
            }
            Ok(None) => break,
            Err(e) => {
                sink.problem(Problem::new(ProblemKind::Corrupt, entry, format!("sheet '{name}' is damaged: {e}")));
                break;
            }
        }
    }
    if !chunk.flush(budget, sink) {
        return false;
    }
    if outside > 0 {
        sink.problem(Problem::new(
            ProblemKind::Corrupt,
            entry,
            format!("sheet '{name}': {outside} cells with references outside the sheet were not read"),
        ));
    }
    true
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
            pending: None,
        }
    }

    /// Adds a non-empty cell within the cell budget, handing full chunks on;
    /// false when reading the sheet must stop (the budget or the time is
    /// spent, and said so).
    fn add(&mut self, row: u32, col: u32, text: String, budget: &mut Budget, sink: &mut dyn Sink) -> bool {
        if budget.cells_left() == 0 {
            sink.problem(Problem::new(
                ProblemKind::OverLimit,
                self.entry.as_deref(),
                format!("sheet '{}': stopped at the cell limit ({})", self.sheet, budget.limits.max_cells),
            ));
            self.flush(budget, sink);
            return false;
        }
        budget.cells += 1;
        !(self.push(row, col, text) && (!self.flush(budget, sink) || sink.out_of_time()))
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

    /// Hands the gathered rows on; false (and nothing handed on) when the
    /// cells they are padded with do not fit the cell budget.
    fn flush(&mut self, budget: &mut Budget, sink: &mut dyn Sink) -> bool {
        let pending = self.pending.take();
        if !self.cells.is_empty() {
            let first_row = self.cells.iter().map(|c| c.0).min().unwrap_or(0);
            // Rows start at column A in every chunk: the reader keys headers and
            // column statistics by position, and a later chunk may reach further
            // left than the first one did.
            let first_col = 0u32;
            let last_row = self.cells.iter().map(|c| c.0).max().unwrap_or(first_row);
            // Each row is allocated from the first column to its last cell: one
            // cell in A and one per row in XFD make every row 16,384 wide.
            let mut last_col = vec![None; (last_row - first_row + 1) as usize];
            for &(r, c, _) in &self.cells {
                let slot: &mut Option<u32> = &mut last_col[(r - first_row) as usize];
                *slot = Some(slot.map_or(c, |m| m.max(c)));
            }
            let allocated: u64 = last_col.iter().flatten().map(|&c| u64::from(c.saturating_sub(first_col)) + 1).sum();
            let padding = allocated.saturating_sub(self.cells.len() as u64);
            if padding > budget.cells_left() {
                sink.problem(Problem::new(
                    ProblemKind::OverLimit,
                    self.entry.as_deref(),
                    format!(
                        "sheet '{}': stopped at the cell limit ({}): its rows span {allocated} cells",
                        self.sheet, budget.limits.max_cells
                    ),
                ));
                self.cells.clear();
                return false;
            }
            budget.cells += padding;
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
                page: None,
                table: None,
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
        true
    }
}

#[cfg(feature = "more-formats")]
/// An .xls made safe for calamine (see `cfb` and `biff`), and how its cells
/// are read in passes.
struct SafeXls<'a> {
    file: Cow<'a, [u8]>,
    /// The workbook streams calamine may parse ("Workbook", or "Book" when
    /// that fails), each with where its bytes lie and its plan.
    workbooks: Vec<(cfb::Stream, Vec<u8>, biff::Plan)>,
}

#[cfg(feature = "more-formats")]
impl SafeXls<'_> {
    fn passes(&self) -> usize {
        self.workbooks.iter().map(|(_, _, plan)| plan.passes.len()).max().unwrap_or(0).max(1)
    }

    /// The file calamine reads in pass `pass`: as it is when there is one.
    fn for_pass(&self, pass: usize) -> Cow<'_, [u8]> {
        if self.passes() == 1 {
            return Cow::Borrowed(self.file.as_ref());
        }
        let mut file = self.file.to_vec();
        for (workbook, stream, plan) in &self.workbooks {
            let mut kept = stream.clone();
            biff::keep_only(&mut kept, plan, pass);
            for (at, (&was, &now)) in stream.iter().zip(&kept).enumerate() {
                if was != now {
                    file[workbook.offset(at)] = now;
                }
            }
        }
        Cow::Owned(file)
    }
}

#[cfg(feature = "more-formats")]
/// The .xls bytes to hand to calamine, which trusts the compound file's
/// sector chains and the workbook's records (see `cfb` and `biff`): checked,
/// and with the records it cannot parse safely made safe.
fn safe_xls<'a>(bytes: &'a [u8], entry: Option<&str>, budget: &Budget) -> Result<SafeXls<'a>, Problem> {
    let damaged =
        |why: String| Problem::new(ProblemKind::Corrupt, entry, format!("workbook could not be opened: {why}"));
    let checked = cfb::checked(bytes).map_err(|e| damaged(format!("damaged compound file: {e}")))?;
    let mut file = checked.bytes;
    let mut workbooks = Vec::new();
    for workbook in checked.streams {
        let original = workbook.read(&file);
        let mut stream = original.clone();
        let plan = match biff::make_safe(&mut stream, budget.cells_left()) {
            Ok(plan) => plan,
            Err(Refusal::Damaged(why)) => return Err(damaged(format!("damaged workbook stream: {why}"))),
            Err(Refusal::TooLarge(cells)) => {
                return Err(Problem::new(
                    ProblemKind::OverLimit,
                    entry,
                    format!("the sheets span {cells} cells, over the cell limit ({})", budget.limits.max_cells),
                ))
            }
        };
        for (at, (&was, &now)) in original.iter().zip(&stream).enumerate() {
            if was != now {
                file.to_mut()[workbook.offset(at)] = now;
            }
        }
        workbooks.push((workbook, stream, plan));
    }
    Ok(SafeXls { file, workbooks })
}

#[cfg(feature = "more-formats")]
/// The sheets of an .xls, pass by pass (see `biff::PASS_CELLS`), cell by
/// cell into chunks of rows as an xlsx is streamed: calamine holds one
/// pass's grids at a time, and no `Table` holds a whole sparse grid.
fn read_xls(safe: &SafeXls<'_>, entry: Option<&str>, budget: &mut Budget, sink: &mut dyn Sink) {
    let mut chunk: Option<SheetChunk> = None;
    let mut reported = std::collections::HashSet::new();
    for pass in 0..safe.passes() {
        let file = safe.for_pass(pass);
        let mut wb = match open_workbook_from_rs::<Xls<_>, _>(Cursor::new(file.as_ref())) {
            Ok(wb) => wb,
            Err(e) => {
                // Every pass opens the same globals: only the first can fail.
                report_open_error(e.to_string(), entry, sink);
                break;
            }
        };
        for name in wb.sheet_names() {
            if time_spent_before(&name, entry, sink) {
                return;
            }
            let range = match wb.worksheet_range(&name) {
                Ok(range) => range,
                Err(e) => {
                    let msg = e.to_string();
                    let kind = if password_error(&msg) { ProblemKind::Encrypted } else { ProblemKind::Corrupt };
                    if reported.insert(name.clone()) {
                        sink.problem(Problem::new(kind, entry, format!("sheet '{name}' could not be read: {msg}")));
                    }
                    continue;
                }
            };
            let Some((first_row, first_col)) = range.start() else { continue };
            if chunk.as_ref().is_some_and(|c| c.sheet != name) {
                if let Some(mut done) = chunk.take() {
                    if !done.flush(budget, sink) {
                        return;
                    }
                }
            }
            let current = chunk.get_or_insert_with(|| SheetChunk::new(&name, entry));
            for (row, col, cell) in range.used_cells() {
                let text = cell_text(cell);
                if !text.is_empty() && !current.add(first_row + row as u32, first_col + col as u32, text, budget, sink)
                {
                    return;
                }
            }
        }
    }
    if let Some(mut last) = chunk {
        last.flush(budget, sink);
    }
}

#[cfg(feature = "more-formats")]
/// The .ods package calamine can read safely (see `ods`): it hangs on an
/// unclosed table and expands repeated cells without a budget.
fn checked_ods(bytes: &[u8], entry: Option<&str>, budget: &Budget) -> Result<ods::Checked, Problem> {
    let limit = |what: String| Problem::new(ProblemKind::OverLimit, entry, what);
    match ods::check(bytes, budget.cells_left(), budget.decompressed_left()) {
        Ok(checked) => Ok(checked),
        Err(ods::Refusal::Unclosed(what)) => Err(Problem::new(
            ProblemKind::Truncated,
            entry,
            format!("workbook could not be opened: a {what} is not closed before the end"),
        )),
        Err(ods::Refusal::Damaged(why)) => {
            Err(Problem::new(ProblemKind::Corrupt, entry, format!("workbook could not be opened: {why}")))
        }
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

pub(super) fn extract(
    bytes: &[u8],
    format: Format,
    entry: Option<&str>,
    depth: u32,
    budget: &mut Budget,
    sink: &mut dyn Sink,
) {
    if format != Format::Xls {
        if !package_within_budget(bytes, entry, budget, sink) {
            return;
        }
        // xlsx references calamine's arithmetic would overflow on (see `xlsx`).
        if let Some((member, reference)) =
            matches!(format, Format::Xlsx | Format::Xlsm).then(|| xlsx::bad_reference(bytes)).flatten()
        {
            sink.problem(Problem::new(
                ProblemKind::Corrupt,
                entry,
                format!("workbook could not be opened: {member} holds '{reference}': a reference reversed or outside any sheet, or more strings than it can hold"),
            ));
            return;
        }
    }
    let cursor = Cursor::new(bytes);
    match format {
        Format::Xlsx | Format::Xlsm => match open_workbook_from_rs::<Xlsx<_>, _>(cursor) {
            Ok(mut wb) => stream_xlsx_sheets(&mut wb, entry, budget, sink),
            Err(e) => report_open_error(e.to_string(), entry, sink),
        },
        #[cfg(feature = "more-formats")]
        Format::Xlsb => match xlsb::check(bytes) {
            Ok(checked) => match open_workbook_from_rs::<Xlsb<_>, _>(Cursor::new(checked.package)) {
                Ok(mut wb) => {
                    let refused = |name: &str| {
                        checked.refused.get(name).map(|xlsb::Damaged(why)| {
                            Problem::new(
                                ProblemKind::Corrupt,
                                entry,
                                format!("sheet '{name}' could not be read: {why}"),
                            )
                        })
                    };
                    read_xlsb_sheets(&mut wb, entry, budget, sink, &refused)
                }
                Err(e) => report_open_error(e.to_string(), entry, sink),
            },
            Err(xlsb::Damaged(why)) => {
                sink.problem(Problem::new(ProblemKind::Corrupt, entry, format!("workbook could not be opened: {why}")))
            }
        },
        #[cfg(feature = "more-formats")]
        Format::Xls => match safe_xls(bytes, entry, budget) {
            Ok(safe) => read_xls(&safe, entry, budget, sink),
            Err(problem) => sink.problem(problem),
        },
        #[cfg(feature = "more-formats")]
        Format::Ods => match checked_ods(bytes, entry, budget) {
            Ok(checked) => {
                match open_workbook_from_rs::<Ods<_>, _>(Cursor::new(checked.package)) {
                    Ok(mut wb) => read_sheets(&mut wb, entry, budget, sink, &|_| None),
                    Err(e) => report_open_error(e.to_string(), entry, sink),
                }
                if !checked.comments.trim().is_empty() {
                    let entry =
                        Some(entry.map_or_else(|| "comments".to_owned(), |parent| format!("{parent}/comments")));
                    sink.part(Part::Text(TextPart { entry, page: None, text: checked.comments }));
                }
            }
            Err(problem) => sink.problem(problem),
        },
        _ => {}
    }
    // Cell comments and embedded objects, which calamine does not read.
    if matches!(format, Format::Xlsx | Format::Xlsm | Format::Xlsb) {
        office::read_parts(bytes, format, entry, depth, budget, sink);
    }
}

#[cfg(feature = "more-formats")]
/// Every sheet but those `refused` names (with the problem to report instead).
fn read_sheets<R, RS>(
    wb: &mut R,
    entry: Option<&str>,
    budget: &mut Budget,
    sink: &mut dyn Sink,
    refused: &dyn Fn(&str) -> Option<Problem>,
) where
    R: Reader<RS>,
    RS: std::io::Read + std::io::Seek,
    R::Error: std::fmt::Display,
{
    for name in wb.sheet_names() {
        if time_spent_before(&name, entry, sink) {
            return;
        }
        if let Some(problem) = refused(&name) {
            sink.problem(problem);
            continue;
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

#[cfg(feature = "more-formats")]
/// The sheets of an .xlsb cell by cell, streamed as an xlsx is: calamine's
/// `worksheet_range_ref` builds the whole grid of a sheet (cells at A1 and
/// IV65536 alone took 524 MB), its cells reader holds one record.
fn read_xlsb_sheets(
    wb: &mut Xlsb<Cursor<Vec<u8>>>,
    entry: Option<&str>,
    budget: &mut Budget,
    sink: &mut dyn Sink,
    refused: &dyn Fn(&str) -> Option<Problem>,
) {
    for name in wb.sheet_names() {
        if time_spent_before(&name, entry, sink) {
            return;
        }
        if let Some(problem) = refused(&name) {
            sink.problem(problem);
            continue;
        }
        match wb.worksheet_cells_reader(&name) {
            Ok(mut reader) => {
                if !stream_cells(&name, || reader.next_cell(), entry, budget, sink) {
                    return;
                }
            }
            Err(e) => sink.problem(Problem::new(
                ProblemKind::Corrupt,
                entry,
                format!("sheet '{name}' could not be read: {e}"),
            )),
        }
    }
}

#[cfg(feature = "more-formats")]
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
            // Only up to the last value: a sparse sheet (A1 and IV65536) is
            // 16.7 million cells wide and tall, and a String for each of them
            // cost 400 MB on top of calamine's own grid.
            let Some(last) = r.iter().rposition(|c| !matches!(c, Data::Empty)) else { return Vec::new() };
            let mut cells: Vec<String> = r[..=last].iter().map(cell_text).collect();
            while cells.last().is_some_and(String::is_empty) {
                cells.pop();
            }
            cells
        })
        .collect();
    sink.part(Part::Table(Table {
        entry: entry.map(str::to_owned),
        page: None,
        table: None,
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

#[cfg(test)]
mod tests {
    use std::io::Write;

    use super::*;

    /// An xlsx whose one sheet holds `cells` (reference, inline text).
    fn xlsx(cells: &[(&str, &str)]) -> Vec<u8> {
        let row: String =
            cells.iter().map(|(r, t)| format!(r#"<c r="{r}" t="inlineStr"><is><t>{t}</t></is></c>"#)).collect();
        let members = [
            ("[Content_Types].xml", r#"<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>"#.to_owned()),
            ("_rels/.rels", r#"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>"#.to_owned()),
            ("xl/workbook.xml", r#"<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>"#.to_owned()),
            ("xl/_rels/workbook.xml.rels", r#"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>"#.to_owned()),
            ("xl/worksheets/sheet1.xml", format!(r#"<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1">{row}</row></sheetData></worksheet>"#)),
        ];
        let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
        for (name, text) in members {
            zip.start_file(name, zip::write::SimpleFileOptions::default()).unwrap();
            zip.write_all(text.as_bytes()).unwrap();
        }
        zip.finish().unwrap().into_inner()
    }

    #[test]
    fn cell_outside_the_sheet_grid_is_not_allocated() {
        // `ZZZZZZ1` is column 321,272,406: the row was allocated that wide (7.7 GB).
        let report = crate::scan_bytes("f.xlsx", &xlsx(&[("A1", "x"), ("ZZZZZZ1", "y")]), &Default::default());
        assert!(report
            .problems
            .iter()
            .any(|p| p.kind == ProblemKind::Corrupt && p.detail.contains("outside the sheet")));
        let report = crate::scan_bytes("f.xlsx", &xlsx(&[("A1", "x"), ("XFD1", "y")]), &Default::default());
        assert!(report.problems.is_empty());
    }

    #[test]
    fn padding_of_wide_rows_counts_against_the_cell_budget() {
        // A1 and XFD1: 16,384 cells allocated for two values. 20,000 rows like
        // that in a 100 KB file asked for 7.8 GB.
        let file = xlsx(&[("A1", "x"), ("XFD1", "y")]);
        let options = crate::ScanOptions {
            limits: crate::Limits { max_cells: 10_000, ..Default::default() },
            ..Default::default()
        };
        let report = crate::scan_bytes("f.xlsx", &file, &options);
        assert!(report.problems.iter().any(|p| p.kind == ProblemKind::OverLimit && p.detail.contains("16384 cells")));
    }
}

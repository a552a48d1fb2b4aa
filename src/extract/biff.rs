//! The records of an .xls workbook stream (BIFF), made safe for calamine
//! before it parses them. calamine 0.38 reads some record bodies without
//! checking their length, parses the tokens of every formula (and panics on
//! many malformed ones), and allocates each sheet's whole bounding box of
//! cells at once. So, before calamine sees the stream:
//!
//! - a record calamine would read past the end of makes the workbook damaged;
//! - records presend does not use and calamine parses unsafely (defined
//!   names, external sheet references, merged cells, dimensions) are retyped
//!   as a record calamine skips;
//! - every formula's token list is emptied (its cached value, what a person
//!   sees, stays);
//! - the sheets' cell areas are counted against the cell budget;
//! - the cells are planned into passes (see [`PASS_CELLS`]): calamine builds
//!   every sheet's grid whole when it opens the workbook, 32 bytes a cell
//!   plus 24 for the grid of formulas, and copies the grid again when a
//!   sheet is asked for, so cells at A1 and IV65536 alone took 1.4 GB.
//!
//! Every change keeps each byte where it is, so the sheet offsets hold.

use std::collections::BTreeMap;
use std::ops::{Range, RangeInclusive};

const EOF: u16 = 0x000A;
const BOF: u16 = 0x0809;
const CONTINUE: u16 = 0x003C;
/// A record type calamine passes over.
const SKIPPED: u16 = 0x0000;

/// Why the stream cannot be handed to calamine.
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum Refusal {
    Damaged(String),
    /// The sheets span more cells than the budget allows.
    TooLarge(u64),
}

fn damaged(why: impl Into<String>) -> Refusal {
    Refusal::Damaged(why.into())
}

fn u16_at(b: &[u8], at: usize) -> u16 {
    u16::from_le_bytes([b[at], b[at + 1]])
}

/// One record as calamine frames it: the body, and the bodies of the
/// CONTINUE records right after it.
struct Record {
    typ: u16,
    start: usize,
    body: Range<usize>,
    cont: Vec<Range<usize>>,
    end: usize,
}

/// The record at `pos` (calamine's `RecordIter`); `None` at the end of the stream.
fn record_at(stream: &[u8], pos: usize) -> Option<Result<Record, Refusal>> {
    let rest = stream.len() - pos;
    if rest < 4 {
        return (rest > 0).then(|| Err(damaged("record header cut short")));
    }
    let typ = u16_at(stream, pos);
    let len = u16_at(stream, pos + 2) as usize;
    if rest < len + 4 {
        return Some(Err(damaged(format!("record {typ:#06x} runs past the end of the stream"))));
    }
    let body = pos + 4..pos + 4 + len;
    let mut end = body.end;
    let mut cont = Vec::new();
    while stream.len() - end > 4 && u16_at(stream, end) == CONTINUE {
        let len = u16_at(stream, end + 2) as usize;
        if stream.len() - end < len + 4 {
            return Some(Err(damaged("CONTINUE record runs past the end of the stream")));
        }
        cont.push(end + 4..end + 4 + len);
        end += 4 + len;
    }
    Some(Ok(Record { typ, start: pos, body, cont, end }))
}

fn retype(stream: &mut [u8], record: &Record) {
    stream[record.start..record.start + 2].copy_from_slice(&SKIPPED.to_le_bytes());
}

/// calamine removes CONTINUE records from the front of a list one by one,
/// which is quadratic: an SST split into tiny pieces would never finish.
const MAX_CONTINUES: usize = 32_768;

/// Walks the shared string table as calamine's `parse_sst` does; an error is
/// a string calamine would read past the end of.
fn check_sst(stream: &[u8], record: &Record) -> Result<(), Refusal> {
    if record.cont.len() > MAX_CONTINUES {
        return Err(damaged(format!("string table in {} pieces", record.cont.len())));
    }
    let mut conts = record.cont.iter().map(|r| &stream[r.clone()]);
    let mut data = &stream[record.body.clone()];
    if data.len() < 8 {
        return Ok(()); // calamine reports it
    }
    data = &data[8..];
    loop {
        if data.is_empty() {
            match conts.next() {
                Some(next) => data = next,
                None => return Ok(()),
            }
            continue;
        }
        // XLUnicodeRichExtendedString: cch, flags, [cRun], [cbExtRst], characters.
        if data.len() < 3 {
            return Ok(()); // calamine reports it
        }
        let mut left = u16_at(data, 0) as usize;
        let flags = data[2];
        data = &data[3..];
        let runs = if flags & 0x8 != 0 {
            let n = data.get(..2).ok_or_else(|| damaged("string run count cut short"))?;
            data = &data[2..];
            u16_at(n, 0) as usize * 4
        } else {
            0
        };
        let ext = if flags & 0x4 != 0 {
            let n = data.get(..4).ok_or_else(|| damaged("string extension size cut short"))?;
            data = &data[4..];
            i32::from_le_bytes([n[0], n[1], n[2], n[3]]) as usize
        } else {
            0
        };
        let mut wide = flags & 0x1 != 0;
        while left > 0 {
            let n = if wide { (data.len() / 2).min(left) } else { data.len().min(left) };
            data = &data[if wide { 2 * n } else { n }..];
            left -= n;
            if left > 0 {
                match conts.next() {
                    // The continued characters start with their own flags byte.
                    Some([first, rest @ ..]) => {
                        wide = first & 0x1 != 0;
                        data = rest;
                    }
                    Some([]) => return Err(damaged("empty CONTINUE inside a string")),
                    None => return Ok(()), // calamine reports it
                }
            }
        }
        for mut skip in [runs, ext] {
            while skip > 0 {
                if data.is_empty() {
                    match conts.next() {
                        Some(next) => data = next,
                        None => return Ok(()), // calamine reports it
                    }
                }
                let n = skip.min(data.len());
                data = &data[n..];
                skip -= n;
            }
        }
    }
}

/// The most grid cells calamine is handed at once: at 88 bytes a cell
/// (grid, its copy, formula grid) about 185 MB. Rows beyond it are read in
/// further passes over a copy of the stream in which every other cell
/// record is retyped as one calamine skips; a workbook whose grids fit
/// (nearly all) is read in one pass, as it is.
#[cfg(not(fuzzing))]
pub(crate) const PASS_CELLS: u64 = 1 << 21;
/// Under `cargo fuzz` (its cell budget is 200,000) small passes, so that
/// the fuzzer reaches the reading in passes at all.
#[cfg(fuzzing)]
pub(crate) const PASS_CELLS: u64 = 1 << 10;

/// Rows of one sheet (by its BoundSheet order, calamine's sheet order)
/// whose grid calamine builds in one pass.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Band {
    pub sheet: usize,
    pub rows: RangeInclusive<u16>,
}

/// How the workbook is read: the bands of each pass.
#[derive(Debug, Default, PartialEq, Eq)]
pub(crate) struct Plan {
    /// Where each sheet's records start, in BoundSheet order.
    sheets: Vec<usize>,
    pub passes: Vec<Vec<Band>>,
}

/// Which of a sheet's records are its own. Charts and other substreams
/// inside a sheet (a BOF … EOF of their own, nested) are skipped, as calamine
/// skips them; the sheet ends at its own EOF.
#[derive(Default)]
struct Substreams {
    depth: usize,
    seen_bof: bool,
}

enum Step {
    Own,
    Skip,
    End,
}

impl Substreams {
    fn step(&mut self, typ: u16) -> Step {
        match typ {
            BOF if self.depth > 0 || self.seen_bof => self.depth += 1,
            BOF => self.seen_bof = true,
            EOF if self.depth > 0 => self.depth -= 1,
            EOF => return Step::End,
            _ if self.depth > 0 => {}
            _ => return Step::Own,
        }
        Step::Skip
    }
}

/// Calls `visit` with each record calamine turns into a cell of the sheet at
/// `pos` (a String record with the cell of the formula before it), and the
/// row and columns of that cell. Only for a stream `sheet` has checked.
fn cell_records(stream: &[u8], pos: usize, mut visit: impl FnMut(&Record, u16, u16, u16)) {
    let mut formula_at = (0, 0);
    let mut nesting = Substreams::default();
    let mut at = pos;
    while let Some(Ok(record)) = record_at(stream, at) {
        at = record.end;
        match nesting.step(record.typ) {
            Step::Own => {}
            Step::Skip => continue,
            Step::End => break,
        }
        let body = &stream[record.body.clone()];
        let cell = |min_len: usize| (body.len() >= min_len).then(|| (u16_at(body, 0), u16_at(body, 2)));
        match record.typ {
            // Number, Label, RString, BoolErr, RK, LabelSst.
            0x0203 | 0x0204 | 0x00D6 | 0x0205 | 0x027E | 0x00FD => {
                if let Some((row, col)) = cell(6) {
                    visit(&record, row, col, col);
                }
            }
            // String: the value of the formula before it.
            0x0207 => visit(&record, formula_at.0, formula_at.1, formula_at.1),
            // MulRk: one row, columns first..=last (checked by `sheet`).
            0x00BD if body.len() >= 6 => visit(&record, u16_at(body, 0), u16_at(body, 2), u16_at(body, body.len() - 2)),
            0x0006 if body.len() >= 20 => {
                formula_at = (u16_at(body, 0), u16_at(body, 2));
                visit(&record, formula_at.0, formula_at.1, formula_at.1);
            }
            _ => {}
        }
    }
}

/// A sheet's used rows, each with the span of its columns (first, last).
type UsedRows = BTreeMap<u16, (u16, u16)>;

/// The grid calamine allocates for `rows` rows spanning columns `cols`.
fn grid(rows: &RangeInclusive<u16>, cols: (u16, u16)) -> u64 {
    (u64::from(rows.end() - rows.start()) + 1) * (u64::from(cols.1 - cols.0) + 1)
}

/// The sheet's used rows (with their column spans) cut into bands of rows
/// whose grid stays within [`PASS_CELLS`], with each band's grid size. A
/// band is one row at least (at most 65,536 cells).
fn bands(rows: &UsedRows) -> Vec<(RangeInclusive<u16>, u64)> {
    let mut out = Vec::new();
    let mut band: Option<(RangeInclusive<u16>, (u16, u16))> = None;
    for (&row, &(lo, hi)) in rows {
        if let Some((rows, cols)) = &band {
            let wider = (cols.0.min(lo), cols.1.max(hi));
            if grid(&(*rows.start()..=row), wider) <= PASS_CELLS {
                band = Some((*rows.start()..=row, wider));
                continue;
            }
            out.push((rows.clone(), grid(rows, *cols)));
        }
        band = Some((row..=row, (lo, hi)));
    }
    out.extend(band.map(|(rows, cols)| (rows.clone(), grid(&rows, cols))));
    out
}

/// Makes one sheet's records safe (see the module notes) and returns the
/// end of the sheet's records and its used rows with their column spans.
fn sheet(stream: &mut [u8], pos: usize) -> Result<(usize, UsedRows), Refusal> {
    let mut nesting = Substreams::default();
    let mut at = pos;
    while let Some(record) = record_at(stream, at) {
        let record = record?;
        at = record.end;
        match nesting.step(record.typ) {
            Step::Own => {}
            Step::Skip => continue,
            Step::End => break,
        }
        let body = &stream[record.body.clone()];
        match record.typ {
            // Dimensions (calamine reserves its area unchecked), MergeCells.
            0x0200 | 0x00E5 => retype(stream, &record),
            // MulRk: one row, columns first..=last.
            0x00BD if body.len() >= 6 => {
                let (first, last) = (u16_at(body, 2), u16_at(body, body.len() - 2));
                if last < first || last - first == u16::MAX {
                    return Err(damaged(format!("MulRk record with columns {first}..{last}")));
                }
            }
            // Formula: row, column, format, cached value (8), flags (2),
            // cache (4), then the token list with its length first.
            0x0006 if body.len() >= 20 => {
                if body.len() < 22 {
                    return Err(damaged("formula record without its token list"));
                }
                let cce = record.body.start + 20;
                stream[cce..cce + 2].fill(0);
            }
            _ => {}
        }
    }
    let mut rows = BTreeMap::new();
    cell_records(stream, pos, |_, row, first, last| {
        let span = rows.entry(row).or_insert((first, last));
        *span = (span.0.min(first), span.1.max(last));
    });
    Ok((at, rows))
}

/// Makes the workbook stream safe for calamine, in place, and plans its
/// passes; `cells_left` is what the cell budget still allows of the grids
/// calamine builds.
pub(crate) fn make_safe(stream: &mut [u8], cells_left: u64) -> Result<Plan, Refusal> {
    // The workbook globals, up to their EOF record.
    let mut sheets = Vec::new();
    let mut at = 0;
    while let Some(record) = record_at(stream, at) {
        let record = record?;
        at = record.end;
        let body = &stream[record.body.clone()];
        match record.typ {
            EOF => break,
            // FilePass, CodePage, DateMode, BOF: calamine reads a u16.
            0x002F | 0x0042 | 0x0022 | BOF if body.len() < 2 => {
                return Err(damaged(format!("record {:#06x} is {} bytes long", record.typ, body.len())))
            }
            // BoundSheet8: stream offset (4), state, type, name.
            0x0085 if body.len() < 6 => return Err(damaged("sheet record cut short")),
            0x0085 => sheets.push(u32::from_le_bytes([body[0], body[1], body[2], body[3]]) as usize),
            0x00FC => check_sst(stream, &record)?,
            // Lbl (defined names), ExternSheet: only formula text needs them.
            0x0018 | 0x0017 => retype(stream, &record),
            _ => {}
        }
    }
    // Each sheet's records, which must not overlap the globals or each other:
    // the changes above must stay where calamine reads them the same way.
    let mut spans: Vec<Range<usize>> = Vec::with_capacity(sheets.len() + 1);
    spans.push(0..at);
    let mut cells = 0u64;
    let mut plan = Plan { sheets: sheets.clone(), passes: vec![Vec::new()] };
    let mut in_pass = 0u64;
    for (index, pos) in sheets.into_iter().enumerate() {
        if pos > stream.len() {
            return Err(damaged(format!("sheet at offset {pos} of a {}-byte stream", stream.len())));
        }
        let (end, rows) = sheet(stream, pos)?;
        spans.push(pos..end);
        // Next fit, in sheet and row order: the passes hand each sheet's
        // rows on in order, as one pass would. A pass holds one band of a
        // sheet at most: calamine would make one grid of two.
        for (band, (rows, grid)) in bands(&rows).into_iter().enumerate() {
            cells = cells.saturating_add(grid);
            if in_pass > 0 && (band > 0 || in_pass + grid > PASS_CELLS) {
                plan.passes.push(Vec::new());
                in_pass = 0;
            }
            in_pass += grid;
            if let Some(pass) = plan.passes.last_mut() {
                pass.push(Band { sheet: index, rows });
            }
        }
    }
    spans.retain(|s| !s.is_empty());
    spans.sort_by_key(|s| s.start);
    if spans.windows(2).any(|w| w[1].start < w[0].end) {
        return Err(damaged("sheets overlap in the workbook stream"));
    }
    if cells > cells_left {
        return Err(Refusal::TooLarge(cells));
    }
    Ok(plan)
}

/// Retypes, in a stream `make_safe` has made safe, every cell record outside
/// the bands of `pass`, so that calamine builds only their grids.
pub(crate) fn keep_only(stream: &mut [u8], plan: &Plan, pass: usize) {
    let bands = plan.passes.get(pass).map_or(&[][..], Vec::as_slice);
    let mut outside = Vec::new();
    for (index, &pos) in plan.sheets.iter().enumerate() {
        let mine: Vec<&RangeInclusive<u16>> = bands.iter().filter(|b| b.sheet == index).map(|b| &b.rows).collect();
        cell_records(stream, pos, |record, row, _, _| {
            if !mine.iter().any(|rows| rows.contains(&row)) {
                outside.push(record.start);
            }
        });
    }
    for start in outside {
        stream[start..start + 2].copy_from_slice(&SKIPPED.to_le_bytes());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rec(typ: u16, body: &[u8]) -> Vec<u8> {
        let mut r = typ.to_le_bytes().to_vec();
        r.extend((body.len() as u16).to_le_bytes());
        r.extend(body);
        r
    }

    fn bound_sheet(pos: u32) -> Vec<u8> {
        let mut body = pos.to_le_bytes().to_vec();
        body.extend([0, 0, 1, 0, b'S']);
        rec(0x0085, &body)
    }

    fn number(row: u16, col: u16) -> Vec<u8> {
        let mut body = row.to_le_bytes().to_vec();
        body.extend(col.to_le_bytes());
        body.extend([0u8; 10]);
        rec(0x0203, &body)
    }

    /// Globals with one sheet record, then that sheet's records.
    fn workbook(sheet: &[Vec<u8>]) -> Vec<u8> {
        let bof = rec(BOF, &[0, 6, 5, 0]);
        let globals_len = bof.len() + bound_sheet(0).len() + 4;
        let mut s = [bof.clone(), bound_sheet(globals_len as u32), rec(EOF, &[])].concat();
        s.extend([vec![rec(BOF, &[0, 6, 0x10, 0])], sheet.to_vec(), vec![rec(EOF, &[])]].concat().concat());
        s
    }

    #[test]
    fn sheet_offset_past_the_stream_is_damaged() {
        // Fuzzing found calamine slicing `stream[pos..]` with pos from the file.
        let mut s = [rec(BOF, &[0, 6]), bound_sheet(0x8000_042E), rec(EOF, &[])].concat();
        assert!(matches!(make_safe(&mut s, 1000), Err(Refusal::Damaged(m)) if m.contains("offset")));
    }

    #[test]
    fn sheet_offset_past_the_stream_is_damaged_in_a_real_file() {
        let mut file = include_bytes!("../../tests/fixtures/roster.xls").to_vec();
        let workbook = crate::extract::cfb::checked(&file).unwrap().streams.remove(0);
        let stream = workbook.read(&file);
        let mut at = 0;
        while u16_at(&stream, at) != 0x0085 {
            at += 4 + u16_at(&stream, at + 2) as usize;
        }
        for (i, b) in 0x8000_0000u32.to_le_bytes().into_iter().enumerate() {
            file[workbook.offset(at + 4 + i)] = b;
        }
        let report = crate::scan_bytes("roster.xls", &file, &crate::ScanOptions::default());
        assert!(report.problems.iter().any(|p| p.kind == crate::ProblemKind::Corrupt && p.detail.contains("offset")));
    }

    #[test]
    fn far_apart_cells_are_read_in_passes_of_their_own() {
        // calamine would allocate 65536 × 256 cells for these two (with a
        // formula grid and a copy, 1.4 GB): each is a pass of one cell.
        let mut s = workbook(&[number(0, 0), number(65535, 255)]);
        let plan = make_safe(&mut s, 1_000_000).unwrap();
        assert_eq!(plan.passes.len(), 2);
        assert_eq!(plan.passes[1], vec![Band { sheet: 0, rows: 65535..=65535 }]);
        // The first pass keeps the first cell only.
        let mut first = s.clone();
        keep_only(&mut first, &plan, 0);
        let mut kept = Vec::new();
        cell_records(&first, plan.sheets[0], |_, row, col, _| kept.push((row, col)));
        assert_eq!(kept, [(0, 0)]);
        let mut s = workbook(&[number(3, 1), number(4, 2)]);
        assert_eq!(make_safe(&mut s, 1_000_000).map(|p| p.passes.len()), Ok(1));
        // The grids still count against the cell budget.
        let mut s = workbook(&[number(0, 0), number(1, 1)]);
        assert_eq!(make_safe(&mut s, 3).map(|p| p.passes.len()), Err(Refusal::TooLarge(4)));
    }

    #[test]
    fn a_chart_inside_a_sheet_is_skipped_and_the_sheet_goes_on_after_it() {
        // A chart substream (its own BOF … EOF, one nested deeper) holds a
        // cell far away: calamine skips it, so it must not widen the grid,
        // and the cell after the chart is still the sheet's.
        let chart =
            [rec(BOF, &[0, 6, 0x20, 0]), number(65535, 255), rec(BOF, &[0, 6, 0x20, 0]), rec(EOF, &[]), rec(EOF, &[])]
                .concat();
        let mut s = workbook(&[number(0, 0), chart, number(2, 1)]);
        let plan = make_safe(&mut s, 1_000_000).unwrap();
        assert_eq!(plan.passes, vec![vec![Band { sheet: 0, rows: 0..=2 }]]);
        let mut kept = Vec::new();
        cell_records(&s, plan.sheets[0], |_, row, col, _| kept.push((row, col)));
        assert_eq!(kept, [(0, 0), (2, 1)]);
    }

    #[test]
    fn a_diagonal_of_cells_is_cut_into_bands_within_the_pass_size() {
        // One cell a row, each in another column: one band would be the
        // whole 65536 × 256 grid.
        let cells: Vec<Vec<u8>> = (0..=u16::MAX).map(|row| number(row, row % 256)).collect();
        let mut s = workbook(&cells);
        let plan = make_safe(&mut s, u64::MAX).unwrap();
        assert!(plan.passes.len() >= 8, "{} passes", plan.passes.len());
        for pass in &plan.passes {
            let grid: u64 = pass.iter().map(|b| u64::from(b.rows.end() - b.rows.start() + 1) * 256).sum();
            assert!(grid <= PASS_CELLS, "{grid}");
        }
    }

    #[test]
    fn formula_tokens_are_emptied_and_names_skipped() {
        let mut formula = vec![0u8; 20];
        formula.extend([3, 0, 0x1E, 7, 0]); // cce 3: PtgInt 7
        let globals_name = rec(0x0018, &[0; 4]);
        let mut s = workbook(&[rec(0x0006, &formula), rec(0x00E5, &[9, 9])]);
        s.splice(0..0, globals_name);
        // The sheet offset moved with the inserted record.
        let pos_at = 8 + 8 + 4;
        let pos = u32::from_le_bytes(s[pos_at..pos_at + 4].try_into().unwrap()) + 8;
        s[pos_at..pos_at + 4].copy_from_slice(&pos.to_le_bytes());
        assert!(make_safe(&mut s, 100).is_ok());
        assert_eq!(u16_at(&s, 0), SKIPPED);
        let f = pos as usize + 8 + 4;
        assert_eq!(&s[f + 20..f + 25], &[0, 0, 0x1E, 7, 0]);
        assert_eq!(u16_at(&s, f + 25), SKIPPED);
    }

    #[test]
    fn malformed_records_calamine_reads_unchecked_are_damaged() {
        let mut short_mulrk = workbook(&[rec(0x00BD, &[0, 0, 5, 0, 0, 0, 0, 0, 1, 0])]);
        assert!(matches!(make_safe(&mut short_mulrk, 100), Err(Refusal::Damaged(_))));
        let mut overlapping = [rec(BOF, &[0, 6]), bound_sheet(0), rec(EOF, &[])].concat();
        assert!(matches!(make_safe(&mut overlapping, 100), Err(Refusal::Damaged(m)) if m.contains("overlap")));
        // SST: one string with rich-text runs whose count is cut off.
        let mut sst = vec![0u8; 8];
        sst.extend([1, 0, 0x08]);
        let mut s = [rec(BOF, &[0, 6]), rec(0x00FC, &sst), rec(EOF, &[])].concat();
        assert!(matches!(make_safe(&mut s, 100), Err(Refusal::Damaged(_))));
        // A string continued into an empty CONTINUE record.
        let mut sst = vec![0u8; 8];
        sst.extend([4, 0, 0, b'a', b'b']);
        let mut s = [rec(BOF, &[0, 6]), rec(0x00FC, &sst), rec(CONTINUE, &[]), rec(EOF, &[])].concat();
        assert!(matches!(make_safe(&mut s, 100), Err(Refusal::Damaged(m)) if m.contains("CONTINUE")));
    }
}

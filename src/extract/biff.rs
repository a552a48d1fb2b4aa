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
//! - the sheets' cell areas are counted against the cell budget.
//!
//! Every change keeps each byte where it is, so the sheet offsets hold.

use std::ops::Range;

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

/// Cells of one sheet: the bounding box calamine will allocate.
#[derive(Default)]
struct Area {
    rows: Option<(u16, u16)>,
    cols: Option<(u16, u16)>,
}

impl Area {
    fn add(&mut self, row: u16, first_col: u16, last_col: u16) {
        let widen =
            |span: Option<(u16, u16)>, lo: u16, hi: u16| Some(span.map_or((lo, hi), |(a, b)| (a.min(lo), b.max(hi))));
        self.rows = widen(self.rows, row, row);
        self.cols = widen(self.cols, first_col, last_col);
    }

    fn cells(&self) -> u64 {
        match (self.rows, self.cols) {
            (Some((r0, r1)), Some((c0, c1))) => (u64::from(r1 - r0) + 1) * (u64::from(c1 - c0) + 1),
            _ => 0,
        }
    }
}

/// Makes one sheet's records safe (see the module notes) and returns the
/// end of the sheet's records and its cell area.
fn sheet(stream: &mut [u8], pos: usize) -> Result<(usize, u64), Refusal> {
    let mut area = Area::default();
    let mut formula_at = (0, 0);
    let mut depth = 0usize;
    let mut seen_bof = false;
    let mut at = pos;
    while let Some(record) = record_at(stream, at) {
        let record = record?;
        at = record.end;
        let body = &stream[record.body.clone()];
        // Charts and other substreams inside a sheet: calamine skips them.
        if depth > 0 {
            match record.typ {
                BOF => depth += 1,
                EOF => depth -= 1,
                _ => {}
            }
            continue;
        }
        let cell = |min_len: usize| (body.len() >= min_len).then(|| (u16_at(body, 0), u16_at(body, 2)));
        match record.typ {
            BOF if seen_bof => depth += 1,
            BOF => seen_bof = true,
            EOF => break,
            // Dimensions (calamine reserves its area unchecked), MergeCells.
            0x0200 | 0x00E5 => retype(stream, &record),
            // Number, Label, RString, BoolErr, RK, LabelSst.
            0x0203 | 0x0204 | 0x00D6 | 0x0205 | 0x027E | 0x00FD => {
                if let Some((row, col)) = cell(6) {
                    area.add(row, col, col);
                }
            }
            // String: the value of the formula before it.
            0x0207 => area.add(formula_at.0, formula_at.1, formula_at.1),
            // MulRk: one row, columns first..=last.
            0x00BD if body.len() >= 6 => {
                let (row, first, last) = (u16_at(body, 0), u16_at(body, 2), u16_at(body, body.len() - 2));
                if last < first || last - first == u16::MAX {
                    return Err(damaged(format!("MulRk record with columns {first}..{last}")));
                }
                area.add(row, first, last);
            }
            // Formula: row, column, format, cached value (8), flags (2),
            // cache (4), then the token list with its length first.
            0x0006 if body.len() >= 20 => {
                if body.len() < 22 {
                    return Err(damaged("formula record without its token list"));
                }
                formula_at = (u16_at(body, 0), u16_at(body, 2));
                area.add(formula_at.0, formula_at.1, formula_at.1);
                let cce = record.body.start + 20;
                stream[cce..cce + 2].fill(0);
            }
            _ => {}
        }
    }
    Ok((at, area.cells()))
}

/// Makes the workbook stream safe for calamine, in place; `cells_left` is
/// what the cell budget still allows.
pub(crate) fn make_safe(stream: &mut [u8], cells_left: u64) -> Result<(), Refusal> {
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
    for pos in sheets {
        if pos > stream.len() {
            return Err(damaged(format!("sheet at offset {pos} of a {}-byte stream", stream.len())));
        }
        let (end, area) = sheet(stream, pos)?;
        spans.push(pos..end);
        cells = cells.saturating_add(area);
    }
    spans.retain(|s| !s.is_empty());
    spans.sort_by_key(|s| s.start);
    if spans.windows(2).any(|w| w[1].start < w[0].end) {
        return Err(damaged("sheets overlap in the workbook stream"));
    }
    if cells > cells_left {
        return Err(Refusal::TooLarge(cells));
    }
    Ok(())
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
    fn far_apart_cells_are_over_the_cell_budget() {
        // calamine would allocate 65536 × 256 cells for these two.
        let mut s = workbook(&[number(0, 0), number(65535, 255)]);
        assert_eq!(make_safe(&mut s, 1_000_000), Err(Refusal::TooLarge(65536 * 256)));
        let mut s = workbook(&[number(3, 1), number(4, 2)]);
        assert_eq!(make_safe(&mut s, 1_000_000), Ok(()));
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
        assert_eq!(make_safe(&mut s, 100), Ok(()));
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

//! A pass over an .xlsb package before calamine reads it. calamine 0.38
//! indexes the records of the binary workbook without looking at their
//! length (a short record panics, and in wasm a panic aborts the whole
//! check), looks sheets up in the relationships with `map[key]`, turns
//! defined-name formulas into text with unchecked slicing, and takes column
//! numbers up to four billion (its whole-sheet reader allocated a 2 KB file's
//! sheet 512 GB wide; presend streams the cells now, see `spreadsheet`).
//!
//! This pass reads the records the way calamine does (the same record
//! framing, the same reused buffer that keeps the bytes of a longer earlier
//! record) and refuses what would panic: the whole workbook when its global
//! parts are damaged, a sheet when only that sheet is. Defined names and external-sheet lists, which presend never
//! shows, are left out of the copy of the package calamine reads, so their
//! formulas are never parsed.

use std::collections::HashMap;
use std::io::{Cursor, Read};

use quick_xml::events::Event;
use quick_xml::Reader;
use zip::ZipArchive;

use super::package::PackageWriter;

/// The sheet grid: 16,384 columns (A to XFD).
const COLUMNS: u32 = 1 << 14;
/// calamine stops a sheet at a row header past this row.
const LAST_ROW: u32 = 0x0010_0000;

/// Why calamine must not read a workbook or a sheet: what is damaged.
#[derive(Debug, PartialEq, Eq)]
pub(crate) struct Damaged(pub String);

/// The package for calamine and what it must not read of it.
pub(crate) struct Checked {
    pub package: Vec<u8>,
    /// Sheets calamine must not read, by name, and why.
    pub refused: HashMap<String, Damaged>,
}

/// A record stream read as calamine's `RecordIter` reads it. `None` is the
/// end of the data, where calamine returns an error: safe.
struct Records<'a> {
    data: &'a [u8],
    at: usize,
    /// calamine's record buffer: it grows and is never shrunk, so a short
    /// record leaves the bytes of a longer earlier one after its own.
    buf: Vec<u8>,
    /// A record said it was longer than what is left of its part. calamine
    /// sizes its buffer from that length before it reads (up to 256 MB of
    /// zeros for a few bytes of file) and only then fails.
    overlong: bool,
}

impl<'a> Records<'a> {
    fn new(data: &'a [u8]) -> Self {
        Records { data, at: 0, buf: Vec::new(), overlong: false }
    }

    fn byte(&mut self) -> Option<u8> {
        let b = *self.data.get(self.at)?;
        self.at += 1;
        Some(b)
    }

    fn read_type(&mut self) -> Option<u16> {
        let b = self.byte()?;
        if b & 0x80 == 0 {
            return Some(u16::from(b));
        }
        Some(u16::from(b & 0x7F) + (u16::from(self.byte()? & 0x7F) << 7))
    }

    /// The body of the record whose type was just read, into `buf`.
    fn fill(&mut self) -> Option<usize> {
        let mut b = self.byte()?;
        let mut len = usize::from(b & 0x7F);
        for i in 1..4 {
            if b & 0x80 == 0 {
                break;
            }
            b = self.byte()?;
            len += usize::from(b & 0x7F) << (7 * i);
        }
        let Some(body) = self.data.get(self.at..self.at + len) else {
            self.overlong = true;
            return None;
        };
        if self.buf.len() < len {
            self.buf.resize(len, 0);
        }
        self.buf[..len].copy_from_slice(body);
        self.at += len;
        Some(len)
    }

    /// calamine's `next_skip_blocks`: records up to one of `wanted`,
    /// skipping whole blocks that open with a bound's first type.
    fn next_skip_blocks(&mut self, wanted: u16, bounds: &[(u16, u16)]) -> Option<usize> {
        loop {
            let typ = self.read_type()?;
            let len = self.fill()?;
            if typ == wanted {
                return Some(len);
            }
            if let Some(&(_, end)) = bounds.iter().find(|b| b.0 == typ) {
                while self.read_type()? != end {
                    self.fill()?;
                }
                self.fill()?;
            }
        }
    }

    fn u32_at(&self, at: usize) -> Option<u32> {
        Some(u32::from_le_bytes(self.buf.get(at..at + 4)?.try_into().ok()?))
    }

    fn clear(&mut self) {
        self.buf.clear();
    }

    /// What the end of the records means: nothing for calamine to fail on,
    /// unless a record said it was longer than its part (calamine would
    /// zero-fill a buffer of that length first).
    fn ended(&self, part: &str) -> Result<(), Damaged> {
        if self.overlong {
            return Err(damaged(format!("{part} record longer than its part")));
        }
        Ok(())
    }
}

fn damaged(what: impl Into<String>) -> Damaged {
    Damaged(what.into())
}

/// Relationship id → target of `xl/_rels/workbook.bin.rels`, as calamine's
/// `read_relationships` maps them (a later id replaces an earlier one).
fn relationships(archive: &mut ZipArchive<Cursor<&[u8]>>) -> HashMap<String, String> {
    let mut targets = HashMap::new();
    let mut xml = Vec::new();
    let read = archive.by_name("xl/_rels/workbook.bin.rels").map(|mut member| member.read_to_end(&mut xml));
    if !matches!(read, Ok(Ok(_))) {
        return targets;
    }
    let mut reader = Reader::from_reader(&xml[..]);
    super::ods::like_calamine(&mut reader);
    let mut buf = Vec::new();
    loop {
        buf.clear();
        match reader.read_event_into(&mut buf) {
            Ok(Event::Start(e)) if e.name().as_ref() == "Relationship" => {
                let pairs: Vec<(&str, &str)> = super::ods::raw_attrs(&e).map_while(Result::ok).collect();
                let find = |k: &str| pairs.iter().find(|p| p.0 == k).map(|p| p.1);
                if let (Some(id), Some(target)) = (find("Id"), find("Target")) {
                    let target =
                        quick_xml::escape::unescape(target).map_or_else(|_| target.to_owned(), |t| t.into_owned());
                    targets.insert(id.to_owned(), target);
                }
            }
            Ok(Event::Eof) | Err(_) => return targets,
            _ => {}
        }
    }
}

/// calamine's `wide_str` on `buf[from..to]`: a length-prefixed UTF-16 string.
fn wide_str(buf: &[u8]) -> Option<String> {
    let len = u32::from_le_bytes(buf.get(..4)?.try_into().ok()?) as usize;
    let units: Vec<u16> =
        buf.get(4..4 + len.checked_mul(2)?)?.chunks_exact(2).map(|c| u16::from_le_bytes([c[0], c[1]])).collect();
    Some(String::from_utf16_lossy(&units))
}

/// `xl/workbook.bin` as presend hands it to calamine.
struct Workbook {
    /// (name, relationship id) of each sheet, in calamine's order.
    sheets: Vec<(String, String)>,
    /// The stream without defined names and external-sheet lists.
    stream: Vec<u8>,
}

/// The sheets of `xl/workbook.bin` as calamine's `read_workbook` lists
/// them, and the stream calamine is to read.
fn workbook(data: &[u8], ids: &HashMap<String, String>) -> Result<Workbook, Damaged> {
    let mut records = Records::new(data);
    let mut sheets = Vec::new();
    let mut kept = Vec::with_capacity(data.len());
    let mut start = 0;
    let mut bundles_done = false;
    loop {
        records.clear();
        let Some(typ) = records.read_type() else { break };
        let Some(len) = records.fill() else {
            records.ended("workbook")?;
            break;
        };
        let record = start..records.at;
        start = records.at;
        match typ {
            // BrtName, BrtExternSheet: only formulas use them.
            0x0027 | 0x016A if bundles_done => continue,
            0x0099 if !bundles_done && len < 1 => return Err(damaged("workbook properties record too short")),
            0x009C if !bundles_done => {
                let Some(rel_len) = records.u32_at(8).filter(|_| len >= 12) else {
                    return Err(damaged("sheet record too short"));
                };
                if rel_len != u32::MAX {
                    let end = (rel_len as usize).checked_mul(2).and_then(|n| n.checked_add(12)).filter(|&e| e <= len);
                    let Some(end) = end else { return Err(damaged("sheet record shorter than its relationship id")) };
                    let units: Vec<u16> =
                        records.buf[12..end].chunks_exact(2).map(|c| u16::from_le_bytes([c[0], c[1]])).collect();
                    let id = String::from_utf16_lossy(&units);
                    if !ids.contains_key(&id) {
                        return Err(damaged(format!("sheet relationship '{id}' is not in the package")));
                    }
                    // calamine fails cleanly on a bad name; then there is no sheet to check.
                    if let Some(name) = wide_str(&records.buf[end..len]) {
                        sheets.push((name, id));
                    }
                }
            }
            0x0090 => bundles_done = true,
            _ => {}
        }
        kept.extend_from_slice(&data[record]);
    }
    kept.extend_from_slice(&data[start..]);
    Ok(Workbook { sheets, stream: kept })
}

/// The shared strings calamine holds once `xl/sharedStrings.bin` is read
/// (it fails to open the workbook unless it finds all it was told of).
fn shared_strings(data: Option<&[u8]>) -> Result<u64, Damaged> {
    let Some(data) = data else { return Ok(0) };
    let mut records = Records::new(data);
    if records.next_skip_blocks(0x009F, &[]).is_none() {
        return Ok(0);
    }
    let count = records.u32_at(4).map(u64::from).ok_or_else(|| damaged("shared strings header too short"))?;
    // The items as calamine reads them, one per string it was told of, each
    // one's length checked before calamine allocates for it.
    for _ in 0..count {
        if records.next_skip_blocks(0x0013, &[(0x0023, 0x0024)]).is_none() {
            break;
        }
    }
    records.ended("shared strings")?;
    Ok(count)
}

/// `xl/styles.bin` as calamine's `read_styles` walks it: record types one
/// after another, bodies read only for the two it wants.
fn styles(data: &[u8]) -> Result<(), Damaged> {
    let mut records = Records::new(data);
    loop {
        let Some(typ) = records.read_type() else { return Ok(()) };
        if typ != 0x0267 && typ != 0x0269 {
            records.clear();
            continue;
        }
        if records.fill().is_none() {
            return records.ended("styles");
        }
        let Some(count) = records.u32_at(0) else { return Err(damaged("style list header too short")) };
        let (item, min) = if typ == 0x0267 { (0x002C, 2) } else { (0x002F, 4) };
        for _ in 0..count {
            if records.next_skip_blocks(item, &[]).is_none() {
                return records.ended("styles");
            }
            if records.buf.len() < min {
                return Err(damaged("style record too short"));
            }
        }
        if typ == 0x0269 {
            return Ok(());
        }
        records.clear();
    }
}

/// One sheet as calamine's `XlsbCellsReader` reads it.
fn sheet(data: &[u8], strings: u64) -> Result<(), Damaged> {
    let mut records = Records::new(data);
    // BrtWsDim
    if records.next_skip_blocks(0x0094, &[]).is_none() {
        return records.ended("sheet");
    }
    let dims: Option<Vec<u32>> = (0..4).map(|i| records.u32_at(4 * i)).collect();
    let Some([first_row, last_row, first_col, last_col]) = dims.as_deref().map(|d| [d[0], d[1], d[2], d[3]]) else {
        return Err(damaged("dimension record too short"));
    };
    // `Dimensions::len` subtracts and adds one in u32.
    if last_row < first_row
        || last_col < first_col
        || last_row - first_row == u32::MAX
        || last_col - first_col == u32::MAX
    {
        return Err(damaged(format!(
            "reversed or unbounded dimensions ({first_row}:{last_row}, {first_col}:{last_col})"
        )));
    }
    // BrtBeginSheetData, skipping views, AC blocks and column infos.
    if records.next_skip_blocks(0x0091, &[(0x0085, 0x0086), (0x0025, 0x0026), (0x0186, 0x0187)]).is_none() {
        return records.ended("sheet");
    }
    loop {
        let Some(typ) = records.read_type() else { return Ok(()) };
        if records.fill().is_none() {
            return records.ended("sheet");
        }
        let needs = match typ {
            0x0002 => 12,
            0x0003 | 0x0004 | 0x000A => 9,
            0x0005 | 0x0009 => 16,
            0x0006 | 0x0008 => 8,
            0x0007 => 12,
            0x0000 => {
                let row = records.u32_at(0).ok_or_else(|| damaged("row record too short"))?;
                if row > LAST_ROW {
                    return Ok(());
                }
                continue;
            }
            0x0092 => return Ok(()),
            _ => continue,
        };
        if records.buf.len() < needs {
            return Err(damaged(format!("cell record 0x{typ:04X} too short")));
        }
        if typ == 0x0007 && records.u32_at(8).is_some_and(|i| u64::from(i) >= strings) {
            return Err(damaged("cell refers to a shared string that does not exist"));
        }
        let col = records.u32_at(0).unwrap_or(0);
        if col >= COLUMNS {
            return Err(damaged(format!("cell in column {} (the sheet ends at 16384)", u64::from(col) + 1)));
        }
    }
}

/// A member's inflated bytes, by the name calamine would look it up by
/// (case-insensitive, `\` read as `/`).
fn member(archive: &mut ZipArchive<Cursor<&[u8]>>, path: &str) -> Option<Vec<u8>> {
    // calamine's cache of names keeps the last of names that differ in case.
    let wanted = path.to_ascii_lowercase();
    let name = archive
        .file_names()
        .filter_map(Result::ok)
        .filter(|n| n.replace('\\', "/").to_ascii_lowercase() == wanted)
        .last()
        .map(|n| n.into_owned())
        .unwrap_or_else(|| path.to_owned());
    let mut data = Vec::new();
    archive.by_name(&name).ok()?.read_to_end(&mut data).ok()?;
    Some(data)
}

/// Checks the .xlsb package in `bytes` (already inflated once within the
/// budget) and returns the copy calamine is to read.
pub(crate) fn check(bytes: &[u8]) -> Result<Checked, Damaged> {
    let mut archive = ZipArchive::new(Cursor::new(bytes)).map_err(|e| damaged(e.to_string()))?;
    let targets = relationships(&mut archive);
    let strings = shared_strings(member(&mut archive, "xl/sharedStrings.bin").as_deref())?;
    if let Some(data) = member(&mut archive, "xl/styles.bin") {
        styles(&data)?;
    }
    let book = member(&mut archive, "xl/workbook.bin").ok_or_else(|| damaged("no xl/workbook.bin"))?;
    let Workbook { sheets, stream: book } = workbook(&book, &targets)?;
    let mut refused = HashMap::new();
    for (name, id) in sheets {
        let Some(target) = targets.get(&id) else { continue };
        if refused.contains_key(&name) {
            continue;
        }
        if let Some(data) = member(&mut archive, &format!("xl/{target}")) {
            if let Err(why) = sheet(&data, strings) {
                refused.insert(name, why);
            }
        }
    }
    let package = copy_with_workbook(&mut archive, &book).map_err(|e| damaged(e.to_string()))?;
    Ok(Checked { package, refused })
}

/// The package with `xl/workbook.bin` replaced by `book`, every other
/// member copied as it is (not inflated again).
fn copy_with_workbook(archive: &mut ZipArchive<Cursor<&[u8]>>, book: &[u8]) -> zip::result::ZipResult<Vec<u8>> {
    let mut copy = PackageWriter::with_capacity(book.len() + 4096);
    for i in 0..archive.len() {
        let member = archive.by_index_raw(i)?;
        if member.name()?.replace('\\', "/").eq_ignore_ascii_case("xl/workbook.bin") {
            continue;
        }
        copy.copy(member)?;
    }
    copy.stored("xl/workbook.bin", book)?;
    copy.finish()
}

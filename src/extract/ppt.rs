//! Legacy PowerPoint presentations (`.ppt`, PowerPoint 97–2003, MS-PPT),
//! still found in Japanese offices' shared folders: the text of every slide,
//! note, handout and comment, and tables read as tables (`表1`).
//!
//! The `PowerPoint Document` stream is a tree of records; text lives in
//! text atoms (UTF-16 or one byte per character) wherever they are: the
//! outline of the slides, text boxes in the drawings, notes. Every record is
//! walked, as found in the stream: text of an earlier save that a "fast
//! save" left in the file is read too (it is in the file that leaves).
//!
//! A table is a group of shapes, one per cell, each anchored in the group's
//! coordinates: the cells' tops and lefts give the rows and columns.
//!
//! A presentation saved with a password is `encrypted`; a record that runs
//! past its container is `corrupt` (`truncated` when the file ends inside a
//! sector), and what came before is read. An embedded object (a sheet
//! pasted on a slide) is read like a file of its own, one level deeper.

use std::io::Read as _;

use super::encoding::utf16le_lossy;
use super::{cfb, extract_inner, member_path, office, Budget, Part, Sink, Table, TextPart};
use crate::{Problem, ProblemKind};

/// Text atoms: UTF-16LE, and one byte per character (the low byte of UTF-16).
const TEXT_CHARS: u16 = 0x0FA0;
const TEXT_BYTES: u16 = 0x0FA8;
/// A string of a comment (instance 1 is its text; 0 and 2 its author).
const CSTRING: u16 = 0x0FBA;
const COMMENT: u16 = 0x2EE0;
/// Present when the presentation is encrypted (RC4 CryptoAPI).
const CRYPT_SESSION: u16 = 0x2F14;
/// Drawing records: a group of shapes, one shape, and a shape's anchors.
const GROUP: u16 = 0xF003;
const SHAPE: u16 = 0xF004;
/// The coordinates of a group, in the group's own first shape.
const GROUP_SHAPE: u16 = 0xF009;
const CHILD_ANCHOR: u16 = 0xF00F;
const CLIENT_ANCHOR: u16 = 0xF010;
/// An embedded OLE object's storage (a workbook pasted on a slide).
const OLE_STORAGE: u16 = 0x1011;
/// The CurrentUserAtom's token when the document is encrypted.
const ENCRYPTED_TOKEN: u32 = 0xF3D1_C4DF;
/// Records nest at most this deep (a slide's drawing is about ten levels).
const MAX_DEPTH: usize = 64;
/// Characters read at most.
const MAX_CHARS: usize = 30_000_000;

/// Reads a PowerPoint 97–2003 presentation (sniffed: a compound file with a
/// `PowerPoint Document` stream).
pub(super) fn extract(bytes: &[u8], entry: Option<&str>, depth: u32, budget: &mut Budget, sink: &mut dyn Sink) {
    let stream = |name: &str| cfb::stream(bytes, name);
    let document = match stream("PowerPoint Document") {
        Ok(Some(document)) => document,
        Ok(None) => {
            return sink.problem(Problem::new(
                ProblemKind::Corrupt,
                entry,
                "damaged PowerPoint file: no PowerPoint Document stream",
            ))
        }
        Err(e) => {
            return sink.problem(Problem::new(
                ProblemKind::Corrupt,
                entry,
                format!("damaged PowerPoint file: compound file: {e}"),
            ))
        }
    };
    // "Current User": record header, size, then the token saying whether the document is encrypted.
    let token = stream("Current User")
        .ok()
        .flatten()
        .and_then(|u| u.get(12..16).map(|b| u32::from_le_bytes([b[0], b[1], b[2], b[3]])));
    let mut read = Read::default();
    read.walk(&document, 0);
    if token == Some(ENCRYPTED_TOKEN) || read.encrypted {
        return sink.problem(Problem::new(
            ProblemKind::Encrypted,
            entry,
            "password-protected PowerPoint presentation (.ppt)",
        ));
    }
    let text = read.lines.join("\n");
    if !text.is_empty() {
        sink.part(Part::Text(TextPart { entry: entry.map(str::to_owned), page: None, text }));
    }
    for (i, rows) in read.tables.into_iter().enumerate() {
        sink.part(Part::Table(Table::numbered(entry, i as u32 + 1, rows)));
    }
    // PowerPoint writes whole sectors: a short last one is a file cut short
    // (its missing bytes may be the end of the records just read). In a
    // whole file, a record past its end is a bad length: damaged.
    let short = cfb::ends_mid_sector(bytes);
    match read.cut {
        Some(what) => {
            let kind = if short { ProblemKind::Truncated } else { ProblemKind::Corrupt };
            sink.problem(Problem::new(
                kind,
                entry,
                format!("damaged PowerPoint file: {what}; what came before was read"),
            ));
        }
        None if short => sink.problem(Problem::new(
            ProblemKind::Truncated,
            entry,
            "the PowerPoint file ends inside a sector (cut short?); what was there was read",
        )),
        None => {}
    }
    if read.over_limit {
        sink.problem(Problem::new(
            ProblemKind::OverLimit,
            entry,
            format!("more than {MAX_CHARS} characters; the rest was not read"),
        ));
    }
    if read.too_deep {
        sink.problem(Problem::new(
            ProblemKind::OverLimit,
            entry,
            format!("records nested more than {MAX_DEPTH} deep; what lies deeper was not read"),
        ));
    }
    for (i, (compressed, data)) in read.objects.iter().enumerate() {
        object(*compressed, data, &member_path(entry, &format!("object {}", i + 1)), depth, budget, sink);
    }
}

/// Reads an embedded object's storage (zlib-compressed, its size first,
/// when `compressed`) like a file of its own: a pasted sheet is a workbook's
/// compound file, a pasted .xlsx an OLE object wrapping the package.
fn object(compressed: bool, data: &[u8], path: &str, depth: u32, budget: &mut Budget, sink: &mut dyn Sink) {
    let problem = |kind, detail: String| Problem::new(kind, Some(path), detail);
    if depth + 1 >= budget.limits.max_depth {
        let detail = format!("embedded object nested deeper than {} levels", budget.limits.max_depth);
        return sink.problem(problem(ProblemKind::OverLimit, detail));
    }
    let storage = if compressed {
        let Some(size) = data.get(..4).map(|b| u64::from(u32::from_le_bytes([b[0], b[1], b[2], b[3]]))) else {
            return sink.problem(problem(ProblemKind::Corrupt, "embedded object: cut short".to_owned()));
        };
        let left = budget.decompressed_left().min(budget.limits.max_bytes);
        if size > left {
            let detail =
                format!("embedded object of {size} bytes, over what is left to inflate ({left}); not inspected");
            return sink.problem(problem(ProblemKind::OverLimit, detail));
        }
        // Never more than it declared: a lying size cannot inflate past the budget.
        let mut out = Vec::new();
        let inflated = flate2::read::ZlibDecoder::new(&data[4..]).take(size).read_to_end(&mut out);
        if let Err(e) = inflated {
            return sink.problem(problem(ProblemKind::Corrupt, format!("embedded object could not be inflated: {e}")));
        }
        budget.decompressed += out.len() as u64;
        out
    } else {
        data.to_vec()
    };
    let inner = match office::ole_payload(&storage) {
        Ok(Some(payload)) => payload,
        Ok(None) => storage,
        Err(e) => return sink.problem(problem(ProblemKind::Corrupt, format!("embedded OLE object: {e}"))),
    };
    // A format presend cannot read (a picture, an unknown binary) is a problem, not silence.
    extract_inner(&inner, Some(path), depth + 1, budget, sink);
}

/// One record: its version (0xF: a container), instance, type and body.
struct Record<'a> {
    version: u8,
    instance: u16,
    kind: u16,
    body: &'a [u8],
}

/// Where the records stopped making sense.
type Cut = &'static str;

/// The records of `data`, one after the other, and where they stopped
/// making sense if they did.
fn records(data: &[u8]) -> (Vec<Record<'_>>, Option<Cut>) {
    let mut out = Vec::new();
    let mut at = 0usize;
    while at < data.len() {
        let Some(head) = data.get(at..at + 8) else {
            return (out, Some("a record header is cut short"));
        };
        let first = u16::from_le_bytes([head[0], head[1]]);
        let kind = u16::from_le_bytes([head[2], head[3]]);
        let len = u32::from_le_bytes([head[4], head[5], head[6], head[7]]) as usize;
        let start = at + 8;
        let Some(body) = start.checked_add(len).and_then(|end| data.get(start..end)) else {
            return (out, Some("a record runs past its end"));
        };
        out.push(Record { version: (first & 0xF) as u8, instance: first >> 4, kind, body });
        at = start + len;
    }
    (out, None)
}

/// What the walk found.
#[derive(Default)]
struct Read {
    lines: Vec<String>,
    tables: Vec<Vec<Vec<String>>>,
    chars: usize,
    encrypted: bool,
    over_limit: bool,
    /// Containers nested past `MAX_DEPTH` were not read.
    too_deep: bool,
    /// Embedded objects' storages: whether compressed, and the bytes.
    objects: Vec<(bool, Vec<u8>)>,
    cut: Option<Cut>,
}

impl Read {
    /// Walks the records of `data` (the stream, or a container's body).
    fn walk(&mut self, data: &[u8], depth: usize) {
        let (found, cut) = records(data);
        for record in found {
            self.record(&record, depth);
        }
        if self.cut.is_none() {
            self.cut = cut;
        }
    }

    fn record(&mut self, r: &Record<'_>, depth: usize) {
        match r.kind {
            TEXT_CHARS => self.text(utf16le_lossy(r.body)),
            TEXT_BYTES => self.text(r.body.iter().map(|&b| char::from(b)).collect()),
            CRYPT_SESSION => self.encrypted = true,
            OLE_STORAGE => self.objects.push((r.instance == 1, r.body.to_vec())),
            COMMENT => {
                let (found, _) = records(r.body);
                for s in found.iter().filter(|s| s.kind == CSTRING && s.instance == 1) {
                    self.text(utf16le_lossy(s.body));
                }
            }
            _ if r.version == 0xF && depth >= MAX_DEPTH => self.too_deep = true,
            GROUP => match grid(r.body) {
                Some(rows) => self.tables.push(rows),
                None => self.walk(r.body, depth + 1),
            },
            _ if r.version == 0xF => self.walk(r.body, depth + 1),
            _ => {}
        }
    }

    /// A run of text: PowerPoint ends paragraphs with CR and breaks lines with VT.
    fn text(&mut self, text: String) {
        if self.over_limit {
            return;
        }
        self.chars += text.len();
        if self.chars > MAX_CHARS {
            self.over_limit = true;
            return;
        }
        let text = text.replace(['\r', '\u{B}'], "\n");
        let text = text.trim_end_matches('\n');
        if !text.trim().is_empty() {
            self.lines.push(text.to_owned());
        }
    }
}

/// A cell of a table: its anchor's top and left, and its text.
struct Cell {
    top: i32,
    left: i32,
    text: String,
}

/// The rows of a group of shapes laid out as a grid (a table: PowerPoint
/// and LibreOffice write one as a group with a shape per cell), or `None`
/// when the group is something else (a diagram, shapes grouped by hand).
fn grid(group: &[u8]) -> Option<Vec<Vec<String>>> {
    let (shapes, cut) = records(group);
    // A group holding groups, or anything but shapes, is a drawing.
    if cut.is_some() || shapes.iter().any(|s| s.kind != SHAPE) {
        return None;
    }
    let mut cells = Vec::new();
    for shape in &shapes {
        let (inner, _) = records(shape.body);
        // The group's own shape (its coordinates) is no cell.
        if inner.iter().any(|r| r.kind == GROUP_SHAPE) {
            continue;
        }
        let mut read = Read::default();
        read.walk(shape.body, MAX_DEPTH - 4);
        // A cell that could not be read whole is left to the walk, which says so.
        if read.too_deep || read.over_limit || read.cut.is_some() {
            return None;
        }
        let text = read.lines.join("\n");
        let Some((top, left)) = inner.iter().find_map(anchor) else {
            // Text with no place: not a grid, and the text must not be lost.
            if text.is_empty() {
                continue;
            }
            return None;
        };
        // A cell with no text still has its place (an empty field of a roster).
        cells.push(Cell { top, left, text });
    }
    let mut tops: Vec<i32> = cells.iter().map(|c| c.top).collect();
    let mut lefts: Vec<i32> = cells.iter().map(|c| c.left).collect();
    tops.sort_unstable();
    tops.dedup();
    lefts.sort_unstable();
    lefts.dedup();
    // Two rows and two columns at least, nearly every place filled once:
    // shapes that merely share a few edges are not a table.
    // In u64: on wasm32 a crafted group's places times 9 could wrap around
    // and let a sparse "grid" of billions of places be allocated.
    let places = (tops.len() as u64) * (lefts.len() as u64);
    let cells_n = cells.len() as u64;
    if tops.len() < 2 || lefts.len() < 2 || cells_n * 10 < places * 9 || cells_n > places {
        return None;
    }
    let mut rows = vec![vec![String::new(); lefts.len()]; tops.len()];
    for c in cells {
        let (Ok(r), Ok(col)) = (tops.binary_search(&c.top), lefts.binary_search(&c.left)) else { return None };
        if !rows[r][col].is_empty() {
            return None;
        }
        rows[r][col] = c.text;
    }
    Some(rows)
}

/// A shape's top and left: in its group's coordinates (a child anchor:
/// left, top, right, bottom as 32-bit) or on the slide (a client anchor:
/// top, left, right, bottom, 16-bit or 32-bit).
fn anchor(r: &Record<'_>) -> Option<(i32, i32)> {
    let i32_at = |at: usize| r.body.get(at..at + 4).map(|b| i32::from_le_bytes([b[0], b[1], b[2], b[3]]));
    let i16_at = |at: usize| r.body.get(at..at + 2).map(|b| i32::from(i16::from_le_bytes([b[0], b[1]])));
    match (r.kind, r.body.len()) {
        (CHILD_ANCHOR, 16) => Some((i32_at(4)?, i32_at(0)?)),
        (CLIENT_ANCHOR, 8) => Some((i16_at(0)?, i16_at(2)?)),
        (CLIENT_ANCHOR, 16) => Some((i32_at(0)?, i32_at(4)?)),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn record(version: u16, instance: u16, kind: u16, body: &[u8]) -> Vec<u8> {
        let mut out = Vec::new();
        out.extend_from_slice(&(version | instance << 4).to_le_bytes());
        out.extend_from_slice(&kind.to_le_bytes());
        out.extend_from_slice(&(body.len() as u32).to_le_bytes());
        out.extend_from_slice(body);
        out
    }

    fn chars(text: &str) -> Vec<u8> {
        let body: Vec<u8> = text.encode_utf16().flat_map(u16::to_le_bytes).collect();
        record(0, 0, TEXT_CHARS, &body)
    }

    fn cell(top: i32, left: i32, text: &str) -> Vec<u8> {
        let a: Vec<u8> = [left, top, left + 100, top + 50].iter().flat_map(|v| v.to_le_bytes()).collect();
        let mut body = record(0, 0, CHILD_ANCHOR, &a);
        body.extend(record(0xF, 0, 0xF00D, &chars(text)));
        record(0xF, 0, SHAPE, &body)
    }

    #[test]
    fn text_atoms_are_read_wherever_they_are_and_a_grid_of_cells_is_a_table() {
        let mut group = Vec::new();
        for (r, row) in [["氏名", "電話"], ["山田 太郎", "090-1111-0001"]].iter().enumerate() {
            for (c, text) in row.iter().enumerate() {
                group.extend(cell(r as i32 * 50, c as i32 * 100, text));
            }
        }
        let mut slide = chars("会議資料\r担当：鈴木");
        slide.extend(record(0, 0, TEXT_BYTES, b"Agenda"));
        slide.extend(record(0xF, 0, GROUP, &group));
        let stream = record(0xF, 0, 0x03EE, &slide);
        let mut read = Read::default();
        read.walk(&stream, 0);
        assert_eq!(read.lines, ["会議資料\n担当：鈴木", "Agenda"]);
        assert_eq!(read.tables, [vec![vec!["氏名", "電話"], vec!["山田 太郎", "090-1111-0001"]]]);
        assert!(read.cut.is_none());
    }

    #[test]
    fn a_group_that_is_not_a_grid_is_read_as_text_and_a_cut_record_is_said() {
        let mut group = cell(0, 0, "図A");
        group.extend(cell(30, 170, "図B"));
        group.extend(cell(90, 40, "図C"));
        let mut stream = record(0xF, 0, GROUP, &group);
        stream.extend(chars("後の文"));
        let cut = &stream[..stream.len() - 3];
        let mut read = Read::default();
        read.walk(cut, 0);
        assert_eq!(read.lines, ["図A", "図B", "図C"]);
        assert!(read.tables.is_empty());
        assert_eq!(read.cut, Some("a record runs past its end"));
    }
}

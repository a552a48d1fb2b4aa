//! Legacy Word documents (`.doc`, Word 97–2003, MS-DOC), still common in
//! Japanese offices: the document's text comes from the piece table (the
//! CLX in the table stream) and its tables from the paragraph properties
//! (a paragraph "in a table" ends a cell, a table-terminating one ends a
//! row), read as a `.docx` is: paragraphs as text, tables of two rows or
//! more as tables (`表1`), field codes left out and their results kept.
//! Main text, footnotes, headers, comments and text boxes are all read.
//!
//! A document saved with "password to open" is `encrypted`; Word 6/95
//! files are `unsupported`; a piece table or paragraph table that points
//! outside the streams is `corrupt`, never read as if whole.

use super::{cfb, Part, Sink, Table, TextPart};
use crate::{Problem, ProblemKind};

/// The FIB's identifier of a Word document.
const WORD_IDENT: u16 = 0xA5EC;
/// Word 97: older FIBs (Word 6, 95) are laid out otherwise.
const NFIB_WORD97: u16 = 0x00C1;
/// Characters read at most (4 bytes each while the document is read).
const MAX_CHARS: usize = 30_000_000;

/// Reads a Word 97–2003 document (sniffed: a compound file with a WordDocument stream).
pub(super) fn extract(bytes: &[u8], entry: Option<&str>, sink: &mut dyn Sink) {
    match read(bytes) {
        Ok(doc) => emit(doc, entry, sink),
        Err(Unread(kind, detail)) => sink.problem(Problem::new(kind, entry, detail)),
    }
}

/// Why a document was not read.
struct Unread(ProblemKind, String);

fn corrupt(detail: impl Into<String>) -> Unread {
    Unread(ProblemKind::Corrupt, format!("damaged Word document: {}", detail.into()))
}

fn u16_at(b: &[u8], at: usize) -> Result<u16, Unread> {
    b.get(at..at + 2).map(|s| u16::from_le_bytes([s[0], s[1]])).ok_or_else(|| corrupt("the header is cut short"))
}

fn u32_at(b: &[u8], at: usize) -> Result<u32, Unread> {
    b.get(at..at + 4)
        .map(|s| u32::from_le_bytes([s[0], s[1], s[2], s[3]]))
        .ok_or_else(|| corrupt("a table is cut short"))
}

/// What the document says, in reading order.
struct Doc {
    /// Paragraphs outside tables, and one-row tables as lines.
    text: String,
    tables: Vec<Vec<Vec<String>>>,
}

/// One run of text of the piece table, in reading order: `len` characters
/// stored at byte `fc` of the WordDocument stream, one byte each (8-bit,
/// Windows-1252) or two (UTF-16LE).
struct Piece {
    len: usize,
    fc: usize,
    wide: bool,
}

/// The table flags of the paragraphs whose marks lie in `start..end` (FCs).
struct ParaRun {
    start: usize,
    end: usize,
    in_table: bool,
    row_end: bool,
}

fn read(bytes: &[u8]) -> Result<Doc, Unread> {
    let stream = |name: &str| cfb::stream(bytes, name).map_err(|e| corrupt(format!("compound file: {e}")));
    let word = stream("WordDocument")?.ok_or_else(|| corrupt("no WordDocument stream"))?;
    if u16_at(&word, 0)? != WORD_IDENT {
        return Err(corrupt("not a Word file information block"));
    }
    if u16_at(&word, 2)? < NFIB_WORD97 {
        return Err(Unread(ProblemKind::Unsupported, "Word 6/95 document (before Word 97) cannot be read".to_owned()));
    }
    let flags = u16_at(&word, 0x0A)?;
    if flags & 0x0100 != 0 {
        return Err(Unread(ProblemKind::Encrypted, "password-protected Word document (.doc)".to_owned()));
    }
    let table_name = if flags & 0x0200 != 0 { "1Table" } else { "0Table" };
    let table = stream(table_name)?.ok_or_else(|| corrupt(format!("no {table_name} stream")))?;

    // FibBase (32 bytes), then the counted arrays: FibRgW, FibRgLw, FibRgFcLcb.
    let csw = usize::from(u16_at(&word, 32)?);
    let lw = 34 + csw * 2;
    let cslw = usize::from(u16_at(&word, lw)?);
    let fc_lcb = lw + 2 + cslw * 4;
    let pairs = usize::from(u16_at(&word, fc_lcb)?);
    let pair = |i: usize| -> Result<(usize, usize), Unread> {
        if i >= pairs {
            return Err(corrupt("the file information block is too short"));
        }
        let at = fc_lcb + 2 + i * 8;
        Ok((u32_at(&word, at)? as usize, u32_at(&word, at + 4)? as usize))
    };
    let slice = |b: &'_ [u8], (fc, lcb): (usize, usize), what: &str| -> Result<Vec<u8>, Unread> {
        b.get(fc..fc.saturating_add(lcb))
            .map(<[u8]>::to_vec)
            .ok_or_else(|| corrupt(format!("the {what} lies outside its stream")))
    };
    // FibRgFcLcb97: the CLX is pair 33, the paragraph properties' bin table pair 13.
    let clx = slice(&table, pair(33)?, "piece table")?;
    let pieces = pieces(&clx)?;
    let papx = slice(&table, pair(13)?, "paragraph table")?;
    let runs = para_runs(&word, &papx)?;

    // The characters, and the FC of each paragraph mark (for its paragraph's properties).
    let mut chars: Vec<char> = Vec::new();
    let mut marks: Vec<usize> = Vec::new();
    let mut read_chars = 0usize;
    let mut push = |c: char, fc: usize| {
        if matches!(c, '\r' | '\u{7}') {
            marks.push(fc);
        }
        chars.push(c);
    };
    for p in &pieces {
        read_chars = read_chars.saturating_add(p.len);
        if read_chars > MAX_CHARS {
            return Err(Unread(ProblemKind::OverLimit, format!("more than {MAX_CHARS} characters")));
        }
        let width = if p.wide { 2 } else { 1 };
        let raw = word
            .get(p.fc..p.fc.saturating_add(p.len.saturating_mul(width)))
            .ok_or_else(|| corrupt("a piece of text lies outside the WordDocument stream"))?;
        if p.wide {
            let units: Vec<u16> = raw.chunks_exact(2).map(|c| u16::from_le_bytes([c[0], c[1]])).collect();
            let mut at = p.fc;
            for c in char::decode_utf16(units.iter().copied()) {
                let c = c.unwrap_or('\u{FFFD}');
                push(c, at);
                at += c.len_utf16() * 2;
            }
        } else {
            let (text, _) = encoding_rs::WINDOWS_1252.decode_without_bom_handling(raw);
            text.chars().enumerate().for_each(|(i, c)| push(c, p.fc + i));
        }
    }
    Ok(assemble(&chars, &marks, runs))
}

/// The piece table: the CLX's Pcdt after any number of Prc (property changes).
fn pieces(clx: &[u8]) -> Result<Vec<Piece>, Unread> {
    let mut at = 0;
    loop {
        match clx.get(at) {
            Some(1) => at += 3 + usize::from(u16_at(clx, at + 1)?),
            Some(2) => break,
            _ => return Err(corrupt("no piece table in the CLX")),
        }
    }
    let lcb = u32_at(clx, at + 1)? as usize;
    let plc = clx.get(at + 5..at + 5 + lcb).ok_or_else(|| corrupt("the piece table is cut short"))?;
    if lcb < 4 || (lcb - 4) % 12 != 0 {
        return Err(corrupt("the piece table has a size no piece table has"));
    }
    let n = (lcb - 4) / 12;
    let mut out = Vec::with_capacity(n);
    for i in 0..n {
        let (cp, next) = (u32_at(plc, i * 4)? as usize, u32_at(plc, i * 4 + 4)? as usize);
        let raw = u32_at(plc, (n + 1) * 4 + i * 8 + 2)?;
        let wide = raw & 0x4000_0000 == 0;
        let fc = (raw & 0x3FFF_FFFF) as usize;
        let len = next.checked_sub(cp).ok_or_else(|| corrupt("the piece table's positions run backwards"))?;
        out.push(Piece { len, fc: if wide { fc } else { fc / 2 }, wide });
    }
    Ok(out)
}

/// The table flags of every paragraph, from the PAPX bin table and its
/// 512-byte FKP pages in the WordDocument stream.
fn para_runs(word: &[u8], bin: &[u8]) -> Result<Vec<ParaRun>, Unread> {
    if bin.len() < 4 {
        return Ok(Vec::new());
    }
    let n = (bin.len() - 4) / 8;
    let mut runs = Vec::new();
    for i in 0..n {
        let pn = (u32_at(bin, (n + 1) * 4 + i * 4)? & 0x003F_FFFF) as usize;
        let page = word
            .get(pn * 512..pn * 512 + 512)
            .ok_or_else(|| corrupt("a paragraph properties page lies outside the WordDocument stream"))?;
        let crun = usize::from(page[511]);
        if (crun + 1) * 4 + crun * 13 > 511 {
            return Err(corrupt("a paragraph properties page holds more runs than fit"));
        }
        for j in 0..crun {
            let (start, end) = (u32_at(page, j * 4)? as usize, u32_at(page, j * 4 + 4)? as usize);
            let offset = usize::from(page[(crun + 1) * 4 + j * 13]) * 2;
            let (in_table, row_end) = if offset == 0 { (false, false) } else { table_flags(page, offset) };
            runs.push(ParaRun { start, end, in_table, row_end });
        }
    }
    Ok(runs)
}

/// (in a table, ends a table row) from one PapxInFkp: its sprms after the style.
fn table_flags(page: &[u8], at: usize) -> (bool, bool) {
    let Some(&cb) = page.get(at) else { return (false, false) };
    let (start, len) = if cb == 0 {
        (at + 2, usize::from(page.get(at + 1).copied().unwrap_or(0)) * 2)
    } else {
        (at + 1, usize::from(cb) * 2 - 1)
    };
    let Some(grpprl) = page.get(start + 2..(start + len).min(page.len())) else { return (false, false) };
    let (mut in_table, mut row_end, mut depth) = (false, false, 0u32);
    let mut i = 0;
    while i + 2 <= grpprl.len() {
        let op = u16::from_le_bytes([grpprl[i], grpprl[i + 1]]);
        let operand = &grpprl[i + 2..];
        let size = match op >> 13 {
            0 | 1 => 1,
            2 | 4 | 5 => 2,
            3 => 4,
            7 => 3,
            // Variable: a size byte first (sprmPChgTabs may say 255 and hold more: stop there).
            _ => match operand.first() {
                Some(&255) => break,
                Some(&n) => 1 + usize::from(n),
                None => break,
            },
        };
        let first = operand.first().copied().unwrap_or(0);
        match op {
            0x2416 => in_table = first != 0,              // sprmPFInTable
            0x2417 => row_end = first != 0,               // sprmPFTtp
            0x244C => row_end |= first != 0 && depth > 1, // sprmPFInnerTtp
            0x6649 => depth = operand.get(..4).map_or(0, |b| u32::from_le_bytes([b[0], b[1], b[2], b[3]])),
            _ => {}
        }
        i += 2 + size;
    }
    // A nested table's rows are read into the cell of the outer one.
    if depth > 1 {
        row_end = false;
    }
    (in_table || depth > 0, row_end)
}

/// Paragraphs and tables from the characters and their paragraphs' flags.
fn assemble(chars: &[char], marks: &[usize], mut runs: Vec<ParaRun>) -> Doc {
    let mut marks = marks.iter().copied();
    runs.sort_by_key(|r| r.start);
    let flags = |fc: usize| {
        let i = runs.partition_point(|r| r.start <= fc);
        i.checked_sub(1).map(|i| &runs[i]).filter(|r| fc < r.end).map_or((false, false), |r| (r.in_table, r.row_end))
    };
    let mut doc = Doc { text: String::new(), tables: Vec::new() };
    let (mut para, mut cell) = (String::new(), String::new());
    let (mut row, mut rows): (Vec<String>, Vec<Vec<String>>) = (Vec::new(), Vec::new());
    // Field codes (between 0x13 and 0x14) are instructions, not text.
    let mut field_code = 0u32;
    let end_table = |rows: &mut Vec<Vec<String>>, doc: &mut Doc| {
        let done = std::mem::take(rows);
        match done.len() {
            0 => {}
            1 => {
                doc.text.push_str(&done[0].join("\t"));
                doc.text.push('\n');
            }
            _ => doc.tables.push(done),
        }
    };
    for &c in chars {
        // Paragraph marks inside a field code still take their FC in turn.
        let fc = if matches!(c, '\r' | '\u{7}') { marks.next().unwrap_or(usize::MAX) } else { 0 };
        match c {
            '\u{13}' => field_code += 1,
            '\u{14}' | '\u{15}' => field_code = field_code.saturating_sub(1),
            _ if field_code > 0 => {}
            '\r' | '\u{7}' => {
                let (in_table, row_end) = flags(fc);
                if !in_table {
                    end_table(&mut rows, &mut doc);
                    doc.text.push_str(para.trim_end());
                    doc.text.push('\n');
                } else if row_end {
                    rows.push(std::mem::take(&mut row));
                } else if c == '\u{7}' {
                    // A cell's last paragraph.
                    cell.push_str(para.trim());
                    row.push(std::mem::take(&mut cell).trim().to_owned());
                } else {
                    // A paragraph inside a cell: a space, as in a .docx.
                    cell.push_str(para.trim());
                    cell.push(' ');
                }
                para.clear();
            }
            '\u{b}' | '\u{c}' | '\u{e}' => para.push('\n'),
            '\u{1e}' => para.push('-'),
            '\u{a0}' => para.push(' '),
            // Pictures, objects, note and comment marks, optional hyphens.
            '\u{1}' | '\u{2}' | '\u{5}' | '\u{8}' | '\u{1f}' => {}
            c => para.push(c),
        }
    }
    end_table(&mut rows, &mut doc);
    if !para.trim().is_empty() {
        doc.text.push_str(para.trim_end());
        doc.text.push('\n');
    }
    doc
}

fn emit(doc: Doc, entry: Option<&str>, sink: &mut dyn Sink) {
    sink.part(Part::Text(TextPart { entry: entry.map(str::to_owned), page: None, text: doc.text }));
    for (i, rows) in doc.tables.into_iter().enumerate() {
        sink.part(Part::Table(Table::numbered(entry, i as u32 + 1, rows)));
    }
}

//! OpenDocument text, presentations and drawings (.odt, .odp, .odg, and the
//! flat XML forms .fodt, .fodp), as LibreOffice writes them: offices and
//! municipalities that standardised on LibreOffice keep their rosters and
//! case notes in them. Read as a .docx or .pptx is: the running text one line
//! a paragraph, every table a table part numbered in document order, each
//! slide and its notes a part, and apart from the body what a sender forgets
//! is there: comments, footnotes, headers and footers, the text of tracked
//! changes (deleted text stays in the file) and embedded objects (a
//! spreadsheet pasted into a letter). Password-protected files are
//! `encrypted`.

use std::collections::BTreeMap;
use std::io::{Cursor, Read};

use quick_xml::events::{BytesStart, Event};
use quick_xml::Reader;
use zip::ZipArchive;

use super::archive::package_within_budget;
use super::office::open_package;
use super::{member_path, Budget, Part, Sink, Table, TextPart};
use crate::{Format, Problem, ProblemKind};

/// A cell or row repeated more often than this is read this many times (a
/// copy of a copy adds nothing to find); a spreadsheet object pads its last
/// row and column to the sheet's edge with empty repeats, which are never
/// expanded.
const MAX_REPEAT: u64 = 16;
/// Cells a document may add by repeats and by empty cells before one with
/// text, beyond one each: past it a repeat is read once and a run of empty
/// cells as one, so a few kilobytes cannot ask for millions of cells (a
/// cell costs memory until the table is handed on).
const MAX_EXPANDED: u64 = 1_000_000;
/// Columns of a table row (a spreadsheet's width).
const MAX_COLUMNS: usize = 16_384;
/// Events between two looks at the clock.
const CLOCK_EVERY: u32 = 4_096;

/// The MIME type of an OpenDocument package (its `mimetype` member, or a
/// flat file's `office:mimetype`) as a format presend reads: text (and its
/// web, master and template forms), presentations and drawings.
pub(super) fn format_of(mime: &str) -> Option<Format> {
    let kind = mime.trim().strip_prefix("application/vnd.oasis.opendocument.")?;
    if kind.starts_with("text") {
        Some(Format::Odt)
    } else if kind.starts_with("presentation") || kind.starts_with("graphics") {
        Some(Format::Odp)
    } else if kind.starts_with("spreadsheet") {
        // A package is calamine's; a flat .fods is read here (its sheets as tables).
        Some(Format::Ods)
    } else {
        None
    }
}

/// The format of a flat OpenDocument file (one XML document), from its start.
pub(super) fn flat_format(head: &str) -> Option<Format> {
    let at = head.find("<office:document ")?;
    let rest = &head[at..];
    let mime = rest.split("office:mimetype=\"").nth(1)?.split('"').next()?;
    format_of(mime)
}

/// Where text goes while a document is read.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Dest {
    /// Outside anything that is shown (styles, settings, declarations).
    Discard,
    Body,
    Footnotes,
    Comments,
    TrackedChanges,
    Headers,
    /// A slide (1-based), and its speaker notes.
    Slide(u32),
    Notes(u32),
}

impl Dest {
    fn label(self) -> String {
        match self {
            Dest::Discard | Dest::Body => String::new(),
            Dest::Footnotes => "footnotes".to_owned(),
            Dest::Comments => "comments".to_owned(),
            Dest::TrackedChanges => "tracked changes".to_owned(),
            Dest::Headers => "headers and footers".to_owned(),
            Dest::Slide(n) => format!("slide {n}"),
            Dest::Notes(n) => format!("notes {n}"),
        }
    }
}

/// A table being read: finished rows and the row and cell under way.
struct OpenTable {
    number: u32,
    dest: Dest,
    rows: Vec<Vec<String>>,
    row: Vec<String>,
    /// Empty cells read since the last one with text: put in only when
    /// text follows in the row, so a cell padded to the sheet's edge costs nothing.
    empties: u64,
    cell: String,
    cell_repeat: u64,
    row_repeat: u64,
}

impl OpenTable {
    fn as_text(&self) -> String {
        self.rows.iter().map(|r| r.join("\t")).collect::<Vec<_>>().join("\n")
    }
}

/// What is open, innermost last: a place text goes, or a table.
enum Frame {
    Dest(Dest),
    Table(OpenTable),
    /// An element whose text is not the document's (a comment's author and
    /// date, a footnote's number).
    Skip,
}

/// Text and tables of one OpenDocument XML document, by where they stand.
#[derive(Default)]
pub(crate) struct Content {
    text: BTreeMap<Dest, String>,
    tables: Vec<(Dest, u32, Vec<Vec<String>>)>,
    /// Cells kept, for the cell budget.
    cells: u64,
}

/// Why a document was not read to its end.
enum Stopped {
    Xml(quick_xml::Error),
    /// The document ends with elements still open (a cut file).
    Cut,
    OutOfTime,
    Cells,
}

struct Reading<'a> {
    frames: Vec<Frame>,
    content: Content,
    /// Paragraphs open (a comment or a footnote sits inside one).
    paragraphs: u32,
    tables: u32,
    slides: u32,
    cells_left: u64,
    /// What is left of [`MAX_EXPANDED`].
    expand_left: u64,
    out_of_time: &'a dyn Fn() -> bool,
}

fn attr(e: &BytesStart<'_>, name: &str) -> Option<String> {
    e.attributes().flatten().find(|a| a.key.as_ref() == name).map(|a| a.value.into_owned())
}

fn repeat(e: &BytesStart<'_>, name: &str) -> u64 {
    attr(e, name).and_then(|v| v.trim().parse::<u64>().ok()).unwrap_or(1).max(1)
}

/// What an element's start opens: a place its text goes, a slide or its
/// notes (numbered as they come), or text that is not the document's (a
/// comment's author and date, a footnote's number); its end closes it.
enum Opens {
    Place(Dest),
    Slide,
    Notes,
    Skip,
}

fn opens(name: &str) -> Option<Opens> {
    Some(match name {
        "office:body" => Opens::Place(Dest::Body),
        "style:header" | "style:footer" | "style:header-left" | "style:footer-left" | "style:header-first"
        | "style:footer-first" => Opens::Place(Dest::Headers),
        "office:annotation" => Opens::Place(Dest::Comments),
        "text:note-body" => Opens::Place(Dest::Footnotes),
        "text:tracked-changes" => Opens::Place(Dest::TrackedChanges),
        "draw:page" => Opens::Slide,
        "presentation:notes" => Opens::Notes,
        "dc:creator" | "dc:date" | "meta:date-string" | "text:note-citation" | "text:sequence-decls" => Opens::Skip,
        _ => return None,
    })
}

impl Reading<'_> {
    fn dest(&self) -> Dest {
        self.frames
            .iter()
            .rev()
            .find_map(|f| match f {
                Frame::Dest(d) => Some(*d),
                Frame::Table(t) => Some(t.dest),
                Frame::Skip => None,
            })
            .unwrap_or(Dest::Discard)
    }

    /// Where text goes now: the innermost table's cell, or the innermost
    /// place; none inside a skipped element or outside any paragraph.
    fn target(&mut self) -> Option<&mut String> {
        if self.paragraphs == 0 {
            return None;
        }
        match self.frames.last_mut() {
            Some(Frame::Table(t)) => Some(&mut t.cell),
            Some(Frame::Skip) => None,
            Some(Frame::Dest(Dest::Discard)) | None => None,
            Some(Frame::Dest(d)) => {
                let d = *d;
                Some(self.content.text.entry(d).or_default())
            }
        }
    }

    fn push(&mut self, s: &str) {
        if let Some(t) = self.target() {
            t.push_str(s);
        }
    }

    fn table(&mut self) -> Option<&mut OpenTable> {
        match self.frames.last_mut() {
            Some(Frame::Table(t)) => Some(t),
            _ => None,
        }
    }

    fn start(&mut self, e: &BytesStart<'_>) {
        let name = e.name();
        if let Some(opened) = opens(name.as_ref()) {
            let frame = match opened {
                Opens::Place(d) => Frame::Dest(d),
                Opens::Slide => {
                    self.slides += 1;
                    Frame::Dest(Dest::Slide(self.slides))
                }
                Opens::Notes => Frame::Dest(Dest::Notes(self.slides)),
                Opens::Skip => Frame::Skip,
            };
            self.frames.push(frame);
            return;
        }
        match name.as_ref() {
            "text:p" | "text:h" => self.paragraphs += 1,
            "table:table" => {
                self.tables += 1;
                let dest = self.dest();
                self.frames.push(Frame::Table(OpenTable {
                    number: self.tables,
                    dest,
                    rows: Vec::new(),
                    row: Vec::new(),
                    empties: 0,
                    cell: String::new(),
                    cell_repeat: 1,
                    row_repeat: 1,
                }));
            }
            "table:table-row" => {
                if let Some(t) = self.table() {
                    t.row.clear();
                    t.empties = 0;
                    t.row_repeat = repeat(e, "table:number-rows-repeated");
                }
            }
            "table:table-cell" | "table:covered-table-cell" => {
                if let Some(t) = self.table() {
                    t.cell.clear();
                    t.cell_repeat = repeat(e, "table:number-columns-repeated");
                }
            }
            _ => self.inline(e),
        }
    }

    /// Elements that stand for characters (they may be empty or not).
    fn inline(&mut self, e: &BytesStart<'_>) {
        match e.name().as_ref() {
            "text:s" => {
                let n = repeat(e, "text:c").min(8) as usize;
                self.push(&" ".repeat(n));
            }
            "text:tab" => self.push("\t"),
            "text:line-break" => self.push("\n"),
            _ => {}
        }
    }

    fn empty(&mut self, e: &BytesStart<'_>) {
        match e.name().as_ref() {
            "table:table-cell" | "table:covered-table-cell" => {
                if let Some(t) = self.table() {
                    t.empties = t.empties.saturating_add(repeat(e, "table:number-columns-repeated"));
                }
            }
            "table:table-row" => {
                if let Some(t) = self.table() {
                    t.rows.push(Vec::new());
                }
            }
            _ => self.inline(e),
        }
    }

    fn end(&mut self, name: &str) -> Result<(), Stopped> {
        match name {
            // Each closes the place its start opened.
            _ if opens(name).is_some() => {
                if matches!(self.frames.last(), Some(Frame::Dest(_) | Frame::Skip)) {
                    self.frames.pop();
                }
            }
            "text:p" | "text:h" => {
                self.paragraphs = self.paragraphs.saturating_sub(1);
                match self.frames.last_mut() {
                    // Inside a table cell a paragraph end is a space.
                    Some(Frame::Table(t)) if !t.cell.is_empty() && !t.cell.ends_with(' ') => t.cell.push(' '),
                    Some(Frame::Dest(d)) if *d != Dest::Discard => {
                        let d = *d;
                        self.content.text.entry(d).or_default().push('\n');
                    }
                    _ => {}
                }
            }
            "table:table-cell" | "table:covered-table-cell" => self.end_cell()?,
            "table:table-row" => self.end_row()?,
            "table:table" => self.end_table(),
            _ => {}
        }
        Ok(())
    }

    fn end_cell(&mut self) -> Result<(), Stopped> {
        let Some(Frame::Table(t)) = self.frames.last_mut() else { return Ok(()) };
        let cell = std::mem::take(&mut t.cell);
        let cell = cell.trim();
        if cell.is_empty() {
            t.empties = t.empties.saturating_add(t.cell_repeat);
            return Ok(());
        }
        let room = MAX_COLUMNS.saturating_sub(t.row.len()) as u64;
        // Past the expansion budget, empties and repeats count once each.
        let (empties, copies) = if self.expand_left == 0 {
            let empties = t.empties.min(1).min(room);
            (empties, 1.min(room - empties))
        } else {
            let empties = t.empties.min(room);
            (empties, t.cell_repeat.min(MAX_REPEAT).min(room - empties))
        };
        self.expand_left = self.expand_left.saturating_sub((empties + copies).saturating_sub(2));
        let added = empties + copies;
        if added > self.cells_left {
            return Err(Stopped::Cells);
        }
        self.cells_left -= added;
        self.content.cells += added;
        t.row.extend((0..empties).map(|_| String::new()));
        t.row.extend((0..copies).map(|_| cell.to_owned()));
        t.empties = 0;
        Ok(())
    }

    fn end_row(&mut self) -> Result<(), Stopped> {
        let Some(Frame::Table(t)) = self.frames.last_mut() else { return Ok(()) };
        let row = std::mem::take(&mut t.row);
        t.empties = 0;
        if row.is_empty() {
            // Empty rows repeated to the sheet's end are one empty row.
            t.rows.push(row);
            return Ok(());
        }
        let copies = if self.expand_left == 0 { 1 } else { t.row_repeat.min(MAX_REPEAT) };
        let cells = (copies - 1).saturating_mul(row.len() as u64);
        self.expand_left = self.expand_left.saturating_sub(cells);
        if cells > self.cells_left {
            return Err(Stopped::Cells);
        }
        self.cells_left -= cells;
        self.content.cells += cells;
        for _ in 1..copies {
            t.rows.push(row.clone());
        }
        t.rows.push(row);
        Ok(())
    }

    fn end_table(&mut self) {
        let Some(Frame::Table(mut t)) = self.frames.pop() else { return };
        // Trailing empty rows (a spreadsheet padded to its edge) are dropped.
        while t.rows.last().is_some_and(|r| r.iter().all(String::is_empty)) {
            t.rows.pop();
        }
        if t.rows.len() >= 2 {
            self.content.tables.push((t.dest, t.number, t.rows));
            return;
        }
        // One row reads as a line of text where the table stood.
        let line = t.as_text();
        if line.is_empty() {
            return;
        }
        match self.frames.last_mut() {
            Some(Frame::Table(outer)) => {
                outer.cell.push_str(&line.replace('\t', " "));
                outer.cell.push(' ');
            }
            _ => {
                let text = self.content.text.entry(t.dest).or_default();
                text.push_str(&line);
                text.push('\n');
            }
        }
    }

    /// What is still open when the document stops (a cut file): tables
    /// become lines of text, so nothing read is lost.
    fn close(&mut self) {
        while let Some(frame) = self.frames.pop() {
            if let Frame::Table(mut t) = frame {
                let cell = std::mem::take(&mut t.cell);
                if !cell.trim().is_empty() {
                    t.row.push(cell.trim().to_owned());
                }
                if !t.row.is_empty() {
                    let row = std::mem::take(&mut t.row);
                    t.rows.push(row);
                }
                let text = self.content.text.entry(t.dest).or_default();
                text.push_str(&t.as_text());
                text.push('\n');
            }
        }
    }
}

/// Reads one OpenDocument XML document (`content.xml`, `styles.xml`, a flat
/// file): what it holds, and why it stopped early if it did.
fn read_document(xml: &str, cells_left: u64, out_of_time: &dyn Fn() -> bool) -> (Content, Option<Stopped>) {
    let mut reader = Reader::from_str(xml);
    let mut read = Reading {
        frames: Vec::new(),
        content: Content::default(),
        paragraphs: 0,
        tables: 0,
        slides: 0,
        cells_left,
        expand_left: MAX_EXPANDED,
        out_of_time,
    };
    let mut events = 0u32;
    let stopped = loop {
        events = events.wrapping_add(1);
        if events % CLOCK_EVERY == 0 && (read.out_of_time)() {
            break Some(Stopped::OutOfTime);
        }
        let event = match reader.read_event() {
            Ok(e) => e,
            Err(e) => break Some(Stopped::Xml(e)),
        };
        let done = match event {
            Event::Start(e) => {
                read.start(&e);
                Ok(())
            }
            Event::Empty(e) => {
                read.empty(&e);
                Ok(())
            }
            Event::End(e) => read.end(e.name().as_ref()),
            Event::Text(t) => {
                read.push(&t.xml10_content());
                Ok(())
            }
            Event::CData(t) => {
                read.push(&t.xml10_content());
                Ok(())
            }
            Event::GeneralRef(r) => {
                if let Ok(Some(c)) = r.resolve_char_ref() {
                    read.push(c.encode_utf8(&mut [0; 4]));
                } else if let Some(x) = quick_xml::escape::resolve_predefined_entity(&r.xml10_content()) {
                    read.push(x);
                }
                Ok(())
            }
            Event::Eof => break (!read.frames.is_empty() || read.paragraphs > 0).then_some(Stopped::Cut),
            _ => Ok(()),
        };
        if let Err(stop) = done {
            break Some(stop);
        }
    };
    read.close();
    (read.content, stopped)
}

/// Hands what a document held to `sink`, each place a part of its own
/// (`entry/comments`, `entry/slide 2`), and says why it stopped early.
fn emit(
    content: Content,
    stopped: Option<Stopped>,
    member: &str,
    entry: Option<&str>,
    budget: &mut Budget,
    sink: &mut dyn Sink,
) {
    budget.cells += content.cells;
    let part_name = |d: Dest| {
        let label = d.label();
        match (entry, label.is_empty()) {
            (Some(parent), true) => Some(parent.to_owned()),
            (Some(parent), false) => Some(format!("{parent}/{label}")),
            (None, true) => None,
            (None, false) => Some(label),
        }
    };
    for (dest, text) in content.text {
        if !text.trim().is_empty() {
            sink.part(Part::Text(TextPart { entry: part_name(dest), page: None, text }));
        }
    }
    for (dest, number, rows) in content.tables {
        sink.part(Part::Table(Table::numbered(part_name(dest).as_deref(), number, rows)));
    }
    let problem = match stopped {
        None => return,
        Some(Stopped::Xml(e)) => {
            Problem::new(ProblemKind::Corrupt, entry, format!("{member}: {e} (what came before was read)"))
        }
        Some(Stopped::Cut) => Problem::new(
            ProblemKind::Truncated,
            entry,
            format!("{member} ends inside the document (what came before was read)"),
        ),
        Some(Stopped::OutOfTime) => {
            Problem::new(ProblemKind::OverLimit, entry, format!("time budget spent inside {member}"))
        }
        Some(Stopped::Cells) => Problem::new(
            ProblemKind::OverLimit,
            entry,
            format!("{member}: more than {} table cells, over the cell limit", budget.limits.max_cells),
        ),
    };
    sink.problem(problem);
}

/// A flat OpenDocument file: one XML document with styles and body.
pub(super) fn extract_flat(text: &str, entry: Option<&str>, budget: &mut Budget, sink: &mut dyn Sink) {
    let (content, stopped) = read_document(text, budget.cells_left(), &|| sink.out_of_time());
    emit(content, stopped, "document", entry, budget, sink);
}

/// An OpenDocument package.
pub(super) fn extract(bytes: &[u8], entry: Option<&str>, depth: u32, budget: &mut Budget, sink: &mut dyn Sink) {
    if !package_within_budget(bytes, entry, budget, sink) {
        return;
    }
    let Some((mut archive, names)) = open_package(bytes, entry, sink) else { return };
    if encrypted(&mut archive, &names) {
        sink.problem(Problem::new(ProblemKind::Encrypted, entry, "password-protected OpenDocument file"));
        return;
    }
    if !names.iter().any(|n| n == "content.xml") {
        sink.problem(Problem::new(ProblemKind::Corrupt, entry, "OpenDocument package without content.xml"));
        return;
    }
    for member in ["content.xml", "styles.xml"] {
        if names.iter().any(|n| n == member) && !read_member(&mut archive, member, entry, budget, sink) {
            return;
        }
    }
    objects(&mut archive, &names, entry, depth, budget, sink);
}

/// Whether the package is password-protected: parts encrypted one by one
/// (the manifest says how), or the whole package inside another (ODF 1.4).
fn encrypted(archive: &mut ZipArchive<Cursor<&[u8]>>, names: &[String]) -> bool {
    if names.iter().any(|n| n == "encrypted-package") {
        return true;
    }
    let mut manifest = String::new();
    let read = archive.by_name("META-INF/manifest.xml").map(|f| f.take(4 << 20).read_to_string(&mut manifest));
    matches!(read, Ok(Ok(_))) && manifest.contains("encryption-data")
}

/// Reads one XML member and hands what it holds on; false when the time
/// budget is spent (nothing more should be read).
fn read_member(
    archive: &mut ZipArchive<Cursor<&[u8]>>,
    member: &str,
    entry: Option<&str>,
    budget: &mut Budget,
    sink: &mut dyn Sink,
) -> bool {
    if sink.out_of_time() {
        sink.problem(Problem::new(ProblemKind::OverLimit, entry, format!("time budget spent before {member}")));
        return false;
    }
    let max_bytes = budget.limits.max_bytes;
    let mut xml = Vec::new();
    let read = archive
        .by_name(member)
        .map_err(|e| e.to_string())
        .and_then(|f| f.take(max_bytes.saturating_add(1)).read_to_end(&mut xml).map_err(|e| e.to_string()));
    if let Err(e) = read {
        sink.problem(Problem::new(ProblemKind::Corrupt, entry, format!("{member}: {e}")));
        return true;
    }
    if xml.len() as u64 > max_bytes {
        let why = format!("{member}: more than {max_bytes} bytes, over the byte limit; not read");
        sink.problem(Problem::new(ProblemKind::OverLimit, entry, why));
        return true;
    }
    // OpenDocument is UTF-8; a stray byte is damage, and the rest is still read.
    let xml = String::from_utf8_lossy(&xml);
    let (content, stopped) = read_document(&xml, budget.cells_left(), &|| sink.out_of_time());
    let timed_out = matches!(stopped, Some(Stopped::OutOfTime));
    emit(content, stopped, member, entry, budget, sink);
    !timed_out
}

/// Objects embedded in the document: a sub-document (`Object 1/content.xml`:
/// a spreadsheet, a chart, a text), read like the document and named by its
/// folder; or a file of its own (`Object 2`: an OLE object such as an Excel
/// workbook pasted from Microsoft Office), read like a file one level deeper.
fn objects(
    archive: &mut ZipArchive<Cursor<&[u8]>>,
    names: &[String],
    entry: Option<&str>,
    depth: u32,
    budget: &mut Budget,
    sink: &mut dyn Sink,
) {
    for name in names.iter().filter(|n| n.starts_with("Object ")) {
        if let Some(folder) = name.strip_suffix("/content.xml").filter(|f| !f.contains('/')) {
            let path = member_path(entry, folder);
            if !read_member(archive, name, Some(&path), budget, sink) {
                return;
            }
        } else if !name.contains('/') {
            if sink.out_of_time() {
                sink.problem(Problem::new(
                    ProblemKind::OverLimit,
                    entry,
                    "time budget spent before the embedded objects",
                ));
                return;
            }
            super::office::embedded(archive, name, entry, depth, budget, sink);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(xml: &str) -> Content {
        let (content, stopped) = read_document(xml, u64::MAX, &|| false);
        assert!(stopped.is_none());
        content
    }

    fn body(xml: &str) -> String {
        format!(
            r#"<office:document-content xmlns:office="o" xmlns:text="t" xmlns:table="tb" xmlns:dc="dc"><office:body><office:text>{xml}</office:text></office:body></office:document-content>"#
        )
    }

    #[test]
    fn repeated_and_covered_cells_keep_their_columns_and_padding_costs_nothing() {
        let xml = body(
            r#"<table:table><table:table-row><table:table-cell><text:p>氏名</text:p></table:table-cell><table:covered-table-cell/><table:table-cell><text:p>電話</text:p></table:table-cell><table:table-cell table:number-columns-repeated="16000"/></table:table-row>
            <table:table-row table:number-rows-repeated="2"><table:table-cell><text:p>山田<text:s text:c="2"/>太郎</text:p></table:table-cell><table:table-cell table:number-columns-repeated="2"><text:p>x</text:p></table:table-cell></table:table-row>
            <table:table-row table:number-rows-repeated="1048000"><table:table-cell table:number-columns-repeated="16384"/></table:table-row></table:table>"#,
        );
        let content = read(&xml);
        assert_eq!(content.tables.len(), 1);
        let rows = &content.tables[0].2;
        assert_eq!(rows.len(), 3, "{rows:?}");
        assert_eq!(rows[0], ["氏名", "", "電話"]);
        assert_eq!(rows[1], ["山田  太郎", "x", "x"]);
        assert_eq!(rows[1], rows[2]);
    }

    #[test]
    fn comments_footnotes_and_tracked_changes_are_parts_of_their_own_without_authors() {
        let xml = body(
            r#"<text:tracked-changes><text:changed-region><text:deletion><office:change-info><dc:creator>佐藤</dc:creator><dc:date>2026-12-01</dc:date></office:change-info><text:p>旧住所 東京都港区芝1-1-1</text:p></text:deletion></text:changed-region></text:tracked-changes>
            <text:p>本文<office:annotation><dc:creator>鈴木</dc:creator><text:p>090-1234-5678 に確認</text:p></office:annotation>です<text:note><text:note-citation>1</text:note-citation><text:note-body><text:p>脚注の文</text:p></text:note-body></text:note>。</text:p>"#,
        );
        let content = read(&xml);
        assert_eq!(content.text[&Dest::Body], "本文です。\n");
        assert_eq!(content.text[&Dest::Comments], "090-1234-5678 に確認\n");
        assert_eq!(content.text[&Dest::Footnotes], "脚注の文\n");
        assert_eq!(content.text[&Dest::TrackedChanges], "旧住所 東京都港区芝1-1-1\n");
    }

    #[test]
    fn slides_and_their_notes_are_parts_and_styles_text_outside_headers_is_not_read() {
        let xml = r#"<office:document xmlns:office="o" xmlns:text="t" xmlns:draw="d" xmlns:presentation="p" xmlns:style="s"><office:master-styles><style:master-page><draw:frame><draw:text-box><text:p>タイトルを入力</text:p></draw:text-box></draw:frame><style:header><text:p>社外秘</text:p></style:header></style:master-page></office:master-styles>
            <office:body><office:presentation><draw:page><draw:frame><draw:text-box><text:p>面談記録</text:p></draw:text-box></draw:frame><presentation:notes><draw:frame><draw:text-box><text:p>山田さんの件</text:p></draw:text-box></draw:frame></presentation:notes></draw:page><draw:page><draw:frame><draw:text-box><text:p>2枚目</text:p></draw:text-box></draw:frame></draw:page></office:presentation></office:body></office:document>"#;
        let content = read(xml);
        assert_eq!(content.text[&Dest::Slide(1)], "面談記録\n");
        assert_eq!(content.text[&Dest::Notes(1)], "山田さんの件\n");
        assert_eq!(content.text[&Dest::Slide(2)], "2枚目\n");
        assert_eq!(content.text[&Dest::Headers], "社外秘\n");
        assert!(!content.text.values().any(|t| t.contains("タイトルを入力")));
    }

    #[test]
    fn a_document_cut_inside_a_table_keeps_what_was_read_and_says_so() {
        let xml = body(
            r#"<table:table><table:table-row><table:table-cell><text:p>氏名</text:p></table:table-cell><table:table-cell><text:p>山田太郎</text:p>"#,
        );
        let cut = &xml[..xml.find("</office:text>").unwrap()];
        let (content, stopped) = read_document(cut, u64::MAX, &|| false);
        assert!(matches!(stopped, Some(Stopped::Cut | Stopped::Xml(_))));
        assert!(content.text[&Dest::Body].contains("氏名\t山田太郎"), "{:?}", content.text.get(&Dest::Body));
    }

    #[test]
    fn repeats_and_empty_runs_cannot_ask_for_millions_of_cells() {
        // 2,000 rows, each 16,000 empty cells before one with text, repeated
        // 1e9 times: 32 million cells were they all made, 64,000 rows.
        let row = r#"<table:table-row table:number-rows-repeated="1000000000"><table:table-cell table:number-columns-repeated="16000"/><table:table-cell table:number-columns-repeated="1000000000"><text:p>090-1234-5678</text:p></table:table-cell></table:table-row>"#;
        let xml = body(&format!("<table:table>{}</table:table>", row.repeat(2_000)));
        let content = read(&xml);
        // The last row or cell that spends the budget may overshoot it by its own copies.
        assert!(content.cells < 2 * MAX_EXPANDED, "{} cells", content.cells);
        // Every row is still there, with its text.
        let with_text = content.tables[0].2.iter().filter(|r| r.last().is_some_and(|c| c.starts_with("090"))).count();
        assert!(with_text >= 2_000, "{with_text} rows");
    }

    #[test]
    fn cells_past_the_budget_stop_the_read() {
        let row = r#"<table:table-row><table:table-cell><text:p>x</text:p></table:table-cell><table:table-cell><text:p>y</text:p></table:table-cell></table:table-row>"#;
        let xml = body(&format!("<table:table>{}</table:table>", row.repeat(6_000)));
        let (_, stopped) = read_document(&xml, 10_000, &|| false);
        assert!(matches!(stopped, Some(Stopped::Cells)));
    }

    #[test]
    fn mime_types() {
        assert_eq!(format_of("application/vnd.oasis.opendocument.text"), Some(Format::Odt));
        assert_eq!(format_of("application/vnd.oasis.opendocument.text-web"), Some(Format::Odt));
        assert_eq!(format_of("application/vnd.oasis.opendocument.presentation"), Some(Format::Odp));
        assert_eq!(format_of("application/vnd.oasis.opendocument.graphics"), Some(Format::Odp));
        // A spreadsheet is an .ods (a package goes to calamine, a flat .fods is read here).
        assert_eq!(format_of("application/vnd.oasis.opendocument.spreadsheet"), Some(Format::Ods));
        assert_eq!(format_of("application/vnd.oasis.opendocument.formula"), None);
        let flat = r#"<?xml version="1.0"?><office:document xmlns:office="o" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">"#;
        assert_eq!(flat_format(flat), Some(Format::Odt));
    }
}

//! PDF: the text of every page with page and line, tables laid out on a page
//! read as tables, form field values, comments, the document's properties,
//! and attached files read like archive members.
//!
//! The file structure (xref and its repair, object streams, filters,
//! decryption with the empty password of an owner-password-only PDF) is
//! lopdf's; what no crate does for us is here: turning drawn strings into
//! lines and cells by position (`layout`) and the Japanese fonts lopdf does
//! not decode (`fonts`). What cannot be read is said: a page that is an image
//! gives `no_text`, a password `encrypted`, a file lopdf cannot repair
//! `corrupt`; every decompression counts against the file's budget.

mod fonts;
mod layout;
mod tounicode;

use std::collections::{BTreeMap, HashMap, HashSet};
use std::rc::Rc;

use lopdf::content::Content;
use lopdf::{decode_text_string, Dictionary, Document, LoadOptions, Object, ObjectId};

use self::fonts::{deref, stream_bytes, Font};
use self::layout::Run;
use super::{Budget, Part, Sink, Table, TextPart};
use crate::{Problem, ProblemKind};

/// Pages read from one file; a longer PDF is read in part and says so.
const MAX_PAGES: usize = 10_000;
/// Operators interpreted per page (a page of a real document has some
/// thousands; a crafted one can have millions of no-ops).
const MAX_OPERATIONS: usize = 2_000_000;
/// Form XObjects inside form XObjects.
const MAX_FORM_DEPTH: u32 = 8;
/// Form fields and annotations read (a form has tens to hundreds).
const MAX_FIELDS: usize = 100_000;

pub(super) fn extract(bytes: &[u8], entry: Option<&str>, depth: u32, budget: &mut Budget, sink: &mut dyn Sink) {
    let limit = usize::try_from(budget.decompressed_left()).unwrap_or(usize::MAX);
    if limit == 0 {
        sink.problem(Problem::new(ProblemKind::OverLimit, entry, "decompression budget spent before this PDF"));
        return;
    }
    let options = LoadOptions { max_decompressed_size: Some(limit), ..LoadOptions::default() };
    let doc = match Document::load_mem_with_options(bytes, options) {
        Ok(doc) => doc,
        Err(e) => {
            sink.problem(load_problem(&e, entry));
            return;
        }
    };
    if doc.is_encrypted() {
        // lopdf opens what the empty user password opens (a PDF that only
        // forbids printing or copying); this one needs the password.
        sink.problem(Problem::new(ProblemKind::Encrypted, entry, "PDF needs a password to open"));
        return;
    }
    let mut reader = Reader {
        doc: &doc,
        entry,
        depth,
        budget,
        sink,
        no_text: Vec::new(),
        unreadable: Vec::new(),
        pages: 0,
        last_table: None,
        last_columns: Vec::new(),
        text: Vec::new(),
        fonts: HashMap::new(),
    };
    reader.pages();
    reader.properties();
    reader.form_fields();
    reader.attachments();
    reader.report();
}

fn load_problem(e: &lopdf::Error, entry: Option<&str>) -> Problem {
    use lopdf::Error as E;
    let kind = match e {
        E::Decryption(_) | E::InvalidPassword | E::AlreadyEncrypted => ProblemKind::Encrypted,
        E::Decompress(lopdf::DecompressError::MemoryLimitExceeded { .. }) => ProblemKind::OverLimit,
        _ => {
            let text = e.to_string().to_ascii_lowercase();
            if text.contains("password") || text.contains("decrypt") || text.contains("encrypt") {
                ProblemKind::Encrypted
            } else {
                ProblemKind::Corrupt
            }
        }
    };
    Problem::new(kind, entry, format!("PDF: {e}"))
}

struct Reader<'d, 'b> {
    doc: &'d Document,
    entry: Option<&'b str>,
    /// Archive depth of this PDF: attached files are one deeper.
    depth: u32,
    budget: &'b mut Budget,
    sink: &'b mut dyn Sink,
    /// Pages with images and no text (scans).
    no_text: Vec<u32>,
    /// Pages whose text is in fonts that cannot be decoded.
    unreadable: Vec<u32>,
    pages: u32,
    /// The column count and first rows (a title, the header) of the last
    /// table of the page before: a table at the top of the next page with as
    /// many columns and no header of its own continues it (a roster printed
    /// over pages); one that starts with the same header (rows repeated on
    /// every printed page) is a table of its own, header and all.
    last_table: Option<(usize, Vec<Vec<String>>)>,
    /// Where that table's columns start, for reading the next page's rows.
    last_columns: Vec<f32>,
    /// The pages' text, given to the sink after their tables.
    text: Vec<TextPart>,
    /// Fonts read so far, by the address of their dictionary in the document.
    fonts: HashMap<usize, Rc<Font<'d>>>,
}

/// The graphics and text state the extractor needs.
#[derive(Clone, Copy)]
struct State {
    ctm: [f32; 6],
    char_spacing: f32,
    word_spacing: f32,
    scale: f32,
    leading: f32,
    rise: f32,
    size: f32,
}

/// What one page (with its forms) drew.
#[derive(Default)]
struct Drawn {
    runs: Vec<Run>,
    glyphs: u64,
    unreadable: u64,
    images: u32,
    operations: usize,
}

impl<'d> Reader<'d, '_> {
    fn pages(&mut self) {
        for (n, page_id) in self.doc.page_iter().enumerate() {
            let n = n as u32 + 1;
            if n as usize > MAX_PAGES {
                self.sink.problem(Problem::new(
                    ProblemKind::OverLimit,
                    self.entry,
                    format!("only the first {MAX_PAGES} pages of the PDF were read"),
                ));
                break;
            }
            if self.sink.out_of_time() {
                self.sink.problem(Problem::new(
                    ProblemKind::OverLimit,
                    self.entry,
                    format!("time limit reached at page {n} of the PDF"),
                ));
                break;
            }
            self.pages = n;
            if !self.page(n, page_id) {
                break;
            }
        }
        for part in std::mem::take(&mut self.text) {
            self.sink.part(Part::Text(part));
        }
    }

    /// Reads one page; false when a budget ran out.
    fn page(&mut self, n: u32, page_id: ObjectId) -> bool {
        let left = usize::try_from(self.budget.decompressed_left()).unwrap_or(usize::MAX);
        let content = match self.doc.get_page_content_with_limit(page_id, left) {
            Ok(c) => c,
            Err(_) => {
                self.sink.problem(Problem::new(
                    ProblemKind::OverLimit,
                    self.entry,
                    format!("page {n}: content over the decompression budget"),
                ));
                return false;
            }
        };
        self.budget.decompressed += content.len() as u64;
        let fonts = self.doc.get_page_fonts(page_id).unwrap_or_default();
        let resources = self.doc.get_page_resources(page_id).ok().and_then(|(own, _)| own);
        let mut drawn = Drawn::default();
        let mut seen = HashSet::new();
        let state = State {
            ctm: IDENTITY,
            char_spacing: 0.0,
            word_spacing: 0.0,
            scale: 1.0,
            leading: 0.0,
            rise: 0.0,
            size: 0.0,
        };
        let ok = self.draw(&content, &fonts, resources, state, 0, &mut seen, &mut drawn);
        if !ok {
            self.sink.problem(Problem::new(
                ProblemKind::OverLimit,
                self.entry,
                format!("page {n}: more than {MAX_OPERATIONS} drawing operations; read in part"),
            ));
        }
        let readable = drawn.glyphs > drawn.unreadable;
        if drawn.glyphs > 0 && !readable {
            self.unreadable.push(n);
        } else if drawn.glyphs == 0 && drawn.images > 0 {
            self.no_text.push(n);
        }
        self.annotations(page_id, &mut drawn);
        let page = layout::read_page(drawn.runs, &self.last_columns);
        let mut last = self.last_table.take();
        for (i, (first_row, rows)) in page.tables.into_iter().enumerate() {
            let columns = rows.first().map_or(0, Vec::len);
            let continuation = i == 0
                && last
                    .as_ref()
                    .is_some_and(|(n, heads)| *n == columns && rows.first().is_none_or(|r| !heads.contains(r)));
            if !continuation {
                last = Some((columns, rows.iter().take(HEADER_ROWS).cloned().collect()));
            }
            self.sink.part(Part::Table(Table {
                entry: self.entry.map(str::to_owned),
                sheet: None,
                page: Some(n),
                table: None,
                first_row,
                first_column: 1,
                rows,
                continuation,
            }));
        }
        // Only a table that ends a page can go on over the next, bar the
        // page's footer below it (a page number, a department, a marking).
        let ends_page = ends_with_table(&page.lines);
        self.last_table = if ends_page { last } else { None };
        self.last_columns = if ends_page { page.columns } else { Vec::new() };
        if page.lines.iter().any(|l| !l.is_empty()) {
            // Held until the tables are done: text between two parts of a
            // table would end it (the scanner reads a table as one).
            self.text.push(TextPart {
                entry: self.entry.map(str::to_owned),
                page: Some(n),
                text: page.lines.join("\n"),
            });
        }
        true
    }

    /// Interprets a content stream; false when the operation budget ran out.
    #[allow(clippy::too_many_arguments)]
    fn draw(
        &mut self,
        content: &[u8],
        fonts: &BTreeMap<Vec<u8>, &'d Dictionary>,
        resources: Option<&'d Dictionary>,
        mut state: State,
        depth: u32,
        seen: &mut HashSet<ObjectId>,
        drawn: &mut Drawn,
    ) -> bool {
        let Ok(ops) = Content::decode(content) else {
            return true;
        };
        let doc = self.doc;
        let limit = usize::try_from(self.budget.decompressed_left()).unwrap_or(usize::MAX);
        let mut cache: BTreeMap<Vec<u8>, Rc<Font<'d>>> = BTreeMap::new();
        let mut font_name: Vec<u8> = Vec::new();
        let mut stack: Vec<State> = Vec::new();
        let mut tm = IDENTITY;
        let mut line_start = IDENTITY;
        for op in &ops.operations {
            drawn.operations += 1;
            if drawn.operations > MAX_OPERATIONS {
                return false;
            }
            let num = |i: usize| op.operands.get(i).and_then(|o| o.as_float().ok()).unwrap_or(0.0);
            match op.operator.as_str() {
                "q" => stack.push(state),
                "Q" => {
                    if let Some(s) = stack.pop() {
                        state = s;
                    }
                }
                "cm" => state.ctm = multiply([num(0), num(1), num(2), num(3), num(4), num(5)], state.ctm),
                "BT" => {
                    tm = IDENTITY;
                    line_start = IDENTITY;
                }
                "Tf" => {
                    font_name = op.operands.first().and_then(|o| o.as_name().ok()).unwrap_or(b"").to_vec();
                    state.size = num(1);
                    if !cache.contains_key(&font_name) {
                        let dict = fonts.get(&font_name).copied().or_else(|| form_font(doc, resources, &font_name));
                        if let Some(dict) = dict {
                            // Read once per document: pages share their fonts,
                            // and a ToUnicode map can have thousands of entries.
                            let key = std::ptr::from_ref(dict) as usize;
                            let font = self.fonts.entry(key).or_insert_with(|| Rc::new(Font::new(doc, dict, limit)));
                            cache.insert(font_name.clone(), Rc::clone(font));
                        }
                    }
                }
                "Tc" => state.char_spacing = num(0),
                "Tw" => state.word_spacing = num(0),
                "Tz" => state.scale = num(0) / 100.0,
                "TL" => state.leading = num(0),
                "Ts" => state.rise = num(0),
                "Td" | "TD" => {
                    if op.operator == "TD" {
                        state.leading = -num(1);
                    }
                    line_start = multiply([1.0, 0.0, 0.0, 1.0, num(0), num(1)], line_start);
                    tm = line_start;
                }
                "Tm" => {
                    line_start = [num(0), num(1), num(2), num(3), num(4), num(5)];
                    tm = line_start;
                }
                "T*" => {
                    line_start = multiply([1.0, 0.0, 0.0, 1.0, 0.0, -state.leading], line_start);
                    tm = line_start;
                }
                "Tj" | "'" | "\"" | "TJ" => {
                    if op.operator == "'" || op.operator == "\"" {
                        if op.operator == "\"" {
                            state.word_spacing = num(0);
                            state.char_spacing = num(1);
                        }
                        line_start = multiply([1.0, 0.0, 0.0, 1.0, 0.0, -state.leading], line_start);
                        tm = line_start;
                    }
                    let Some(font) = cache.get(&font_name) else {
                        // Text in a font the page does not define: glyphs, unread.
                        let n = op.operands.iter().filter_map(|o| o.as_str().ok()).map(<[u8]>::len).sum::<usize>();
                        drawn.glyphs += n as u64;
                        drawn.unreadable += n as u64;
                        continue;
                    };
                    let items: Vec<&Object> = match op.operator.as_str() {
                        "TJ" => op
                            .operands
                            .first()
                            .and_then(|o| o.as_array().ok())
                            .map(|a| a.iter().collect())
                            .unwrap_or_default(),
                        _ => op.operands.last().into_iter().collect(),
                    };
                    for item in items {
                        match item {
                            Object::String(bytes, _) => show(font, bytes, &state, &mut tm, drawn),
                            other => {
                                // A TJ adjustment, in thousandths of the font size, against the direction of writing.
                                let adjust = other.as_float().unwrap_or(0.0) / 1000.0 * state.size;
                                if font.vertical {
                                    tm = multiply([1.0, 0.0, 0.0, 1.0, 0.0, adjust], tm);
                                } else {
                                    tm = multiply([1.0, 0.0, 0.0, 1.0, -adjust * state.scale, 0.0], tm);
                                }
                            }
                        }
                    }
                }
                "BI" => drawn.images += 1,
                "Do" => {
                    let Some(name) = op.operands.first().and_then(|o| o.as_name().ok()) else { continue };
                    let Some(xobject) = resources
                        .and_then(|r| r.get_deref(b"XObject", doc).and_then(Object::as_dict).ok())
                        .and_then(|x| x.get(name).ok())
                    else {
                        continue;
                    };
                    let id = xobject.as_reference().ok();
                    let Ok(stream) = deref(doc, xobject).as_stream() else { continue };
                    match stream.dict.get(b"Subtype").and_then(Object::as_name) {
                        Ok(b"Image") => drawn.images += 1,
                        Ok(b"Form") if depth < MAX_FORM_DEPTH => {
                            // A form drawn twice is read twice; one that draws itself is not.
                            if id.is_some_and(|id| !seen.insert(id)) {
                                continue;
                            }
                            let left = usize::try_from(self.budget.decompressed_left()).unwrap_or(usize::MAX);
                            let Ok(inner) = stream_bytes(stream, left) else { continue };
                            self.budget.decompressed += inner.len() as u64;
                            let mut form_state = state;
                            if let Ok(m) = stream.dict.get(b"Matrix").and_then(Object::as_array) {
                                let m: Vec<f32> = m.iter().map(|o| deref(doc, o).as_float().unwrap_or(0.0)).collect();
                                if let [a, b, c, d, e, f] = m[..] {
                                    form_state.ctm = multiply([a, b, c, d, e, f], state.ctm);
                                }
                            }
                            let form_resources =
                                stream.dict.get_deref(b"Resources", doc).and_then(Object::as_dict).ok().or(resources);
                            let form_fonts = form_resources
                                .and_then(|r| r.get_deref(b"Font", doc).and_then(Object::as_dict).ok())
                                .map(|f| {
                                    f.iter()
                                        .filter_map(|(k, v)| deref(doc, v).as_dict().ok().map(|d| (k.clone(), d)))
                                        .collect::<BTreeMap<_, _>>()
                                })
                                .unwrap_or_else(|| fonts.clone());
                            let ok = self.draw(&inner, &form_fonts, form_resources, form_state, depth + 1, seen, drawn);
                            if let Some(id) = id {
                                seen.remove(&id);
                            }
                            if !ok {
                                return false;
                            }
                        }
                        _ => {}
                    }
                }
                _ => {}
            }
        }
        true
    }

    /// Comments and other annotations with text, as lines below the page's.
    fn annotations(&mut self, page_id: ObjectId, drawn: &mut Drawn) {
        let Ok(annotations) = self.doc.get_page_annotations(page_id) else { return };
        let mut lines = Vec::new();
        for a in annotations.iter().take(MAX_FIELDS) {
            let subtype = a.get(b"Subtype").and_then(Object::as_name).unwrap_or(b"");
            if subtype == b"Widget" || subtype == b"Link" {
                continue; // form fields are read from the form; links have no text
            }
            if subtype == b"FileAttachment" {
                if let Ok(fs) = a.get_deref(b"FS", self.doc).and_then(Object::as_dict) {
                    self.attachment(fs, None);
                }
            }
            for key in [b"T".as_slice(), b"Contents", b"Subj"] {
                if let Some(text) = a.get_deref(key, self.doc).ok().and_then(|o| decode_text_string(o).ok()) {
                    if !text.trim().is_empty() {
                        lines.push(text.replace(['\r', '\n'], " "));
                    }
                }
            }
        }
        if lines.is_empty() {
            return;
        }
        // Below everything drawn on the page, in reading order.
        let low = drawn.runs.iter().map(|r| r.y).fold(0.0f32, f32::min) - 1000.0;
        for (i, text) in lines.into_iter().enumerate() {
            let y = low - 20.0 * i as f32;
            drawn.runs.push(Run { x0: 0.0, x1: 0.0, y, size: 10.0, text, vertical: false });
        }
    }

    /// Title, author and the rest of the document information, as text.
    fn properties(&mut self) {
        let Ok(info) = self.doc.trailer.get_deref(b"Info", self.doc).and_then(Object::as_dict) else { return };
        let mut lines = Vec::new();
        for key in [b"Title".as_slice(), b"Author", b"Subject", b"Keywords"] {
            if let Some(text) = info.get_deref(key, self.doc).ok().and_then(|o| decode_text_string(o).ok()) {
                if !text.trim().is_empty() {
                    lines.push(format!("{}: {}", String::from_utf8_lossy(key), text.replace(['\r', '\n'], " ")));
                }
            }
        }
        if !lines.is_empty() {
            self.sink.part(Part::Text(TextPart {
                entry: Some(self.member("document properties")),
                page: None,
                text: lines.join("\n"),
            }));
        }
    }

    /// Values typed into the PDF's form (they are drawn by the viewer, not
    /// the page), one `name: value` line per field.
    fn form_fields(&mut self) {
        let Ok(catalog) = self.doc.catalog() else { return };
        let Ok(form) = catalog.get_deref(b"AcroForm", self.doc).and_then(Object::as_dict) else { return };
        let Ok(fields) = form.get_deref(b"Fields", self.doc).and_then(Object::as_array) else { return };
        let mut lines = Vec::new();
        let mut seen = HashSet::new();
        let mut todo: Vec<(String, &Object)> = fields.iter().rev().map(|f| (String::new(), f)).collect();
        while let Some((parent, field)) = todo.pop() {
            if lines.len() >= MAX_FIELDS || seen.len() >= MAX_FIELDS {
                break;
            }
            if let Object::Reference(id) = field {
                if !seen.insert(*id) {
                    continue; // a cycle in the field tree
                }
            }
            let Ok(dict) = deref(self.doc, field).as_dict() else { continue };
            let own = dict.get_deref(b"T", self.doc).ok().and_then(|o| decode_text_string(o).ok()).unwrap_or_default();
            let name = match (parent.is_empty(), own.is_empty()) {
                (true, _) => own,
                (false, true) => parent,
                (false, false) => format!("{parent}.{own}"),
            };
            if let Ok(value) = dict.get_deref(b"V", self.doc) {
                let text = match value {
                    Object::Name(n) => String::from_utf8_lossy(n).into_owned(),
                    Object::Array(items) => items
                        .iter()
                        .filter_map(|o| decode_text_string(deref(self.doc, o)).ok())
                        .collect::<Vec<_>>()
                        .join(", "),
                    other => decode_text_string(other).unwrap_or_default(),
                };
                let text = text.replace(['\r', '\n'], " ");
                if !text.trim().is_empty() && text != "Off" {
                    lines.push(if name.is_empty() { text } else { format!("{name}: {text}") });
                }
            }
            if let Ok(kids) = dict.get_deref(b"Kids", self.doc).and_then(Object::as_array) {
                todo.extend(kids.iter().rev().map(|k| (name.clone(), k)));
            }
        }
        if !lines.is_empty() {
            self.sink.part(Part::Text(TextPart {
                entry: Some(self.member("form fields")),
                page: None,
                text: lines.join("\n"),
            }));
        }
    }

    /// Files attached to the document (the EmbeddedFiles name tree), each
    /// read like an archive member.
    fn attachments(&mut self) {
        let Ok(catalog) = self.doc.catalog() else { return };
        let Some(tree) = catalog
            .get_deref(b"Names", self.doc)
            .and_then(Object::as_dict)
            .ok()
            .and_then(|n| n.get_deref(b"EmbeddedFiles", self.doc).and_then(Object::as_dict).ok())
        else {
            return;
        };
        let mut specs = Vec::new();
        let mut todo = vec![tree];
        let mut nodes = 0;
        while let Some(node) = todo.pop() {
            nodes += 1;
            if nodes > MAX_FIELDS {
                break;
            }
            if let Ok(names) = node.get_deref(b"Names", self.doc).and_then(Object::as_array) {
                for pair in names.chunks(2) {
                    if let [key, spec] = pair {
                        let key = decode_text_string(deref(self.doc, key)).unwrap_or_default();
                        if let Ok(spec) = deref(self.doc, spec).as_dict() {
                            specs.push((key, spec));
                        }
                    }
                }
            }
            if let Ok(kids) = node.get_deref(b"Kids", self.doc).and_then(Object::as_array) {
                todo.extend(kids.iter().filter_map(|k| deref(self.doc, k).as_dict().ok()));
            }
        }
        for (key, spec) in specs {
            self.attachment(spec, Some(key));
        }
    }

    fn attachment(&mut self, spec: &Dictionary, key: Option<String>) {
        let depth = self.depth;
        let doc = self.doc;
        let name = [b"UF".as_slice(), b"F"]
            .iter()
            .find_map(|k| spec.get_deref(k, doc).ok().and_then(|o| decode_text_string(o).ok()))
            .or(key)
            .unwrap_or_else(|| "attachment".to_owned());
        let member = self.member(&name);
        if depth + 1 > self.budget.limits.max_depth {
            self.sink.problem(Problem::new(ProblemKind::OverLimit, Some(&member), "nested too deep"));
            return;
        }
        let Some(stream) = spec
            .get_deref(b"EF", doc)
            .and_then(Object::as_dict)
            .ok()
            .and_then(|ef| ef.get_deref(b"F", doc).or_else(|_| ef.get_deref(b"UF", doc)).ok())
            .and_then(|o| o.as_stream().ok())
        else {
            self.sink.problem(Problem::new(ProblemKind::Corrupt, Some(&member), "attached file without its contents"));
            return;
        };
        let left = usize::try_from(self.budget.decompressed_left()).unwrap_or(usize::MAX);
        match stream_bytes(stream, left) {
            Ok(bytes) => {
                self.budget.decompressed += bytes.len() as u64;
                super::extract_inner(&bytes, Some(&member), depth + 1, self.budget, self.sink);
            }
            Err(e) => self.sink.problem(load_problem(&e, Some(&member))),
        }
    }

    /// An entry name inside this PDF (which may itself be an archive member).
    fn member(&self, name: &str) -> String {
        super::member_path(self.entry, name)
    }

    fn report(&mut self) {
        let list = |pages: &[u32]| pages.iter().take(20).map(u32::to_string).collect::<Vec<_>>().join(", ");
        if !self.no_text.is_empty() {
            let detail = if self.no_text.len() as u32 == self.pages {
                let s = if self.pages == 1 { "" } else { "s" };
                format!("the PDF is images only ({} page{s}): a scan, no text to read", self.pages)
            } else {
                format!("pages {} of {} are images with no text (scanned)", list(&self.no_text), self.pages)
            };
            self.sink.problem(Problem::new(ProblemKind::NoText, self.entry, detail));
        }
        if !self.unreadable.is_empty() {
            self.sink.problem(Problem::new(
                ProblemKind::NoText,
                self.entry,
                format!(
                    "pages {} of {}: text in a font whose characters cannot be recovered",
                    list(&self.unreadable),
                    self.pages
                ),
            ));
        }
    }
}

/// A font named in a form's resources but looked up from the page.
/// How many first rows of a table may hold its header (below a title and
/// a blank-looking line, as a sheet is often laid out).
const HEADER_ROWS: usize = 3;

/// Lines a page's footer can hold under a table that goes on over the
/// next page, and how long each may be: 「1 / 3 ページ」, 「総務部」,
/// 「社外秘」, a date. More, or longer, is text after the table.
const FOOTER_LINES: usize = 3;
const FOOTER_CHARS: usize = 40;

/// Whether the page's last table ends it, but for a footer.
fn ends_with_table(lines: &[String]) -> bool {
    let footer = lines.iter().rev().take_while(|l| !l.is_empty()).count();
    footer < lines.len()
        && footer <= FOOTER_LINES
        && lines[lines.len() - footer..].iter().all(|l| l.chars().count() <= FOOTER_CHARS)
}

fn form_font<'a>(doc: &'a Document, resources: Option<&'a Dictionary>, name: &[u8]) -> Option<&'a Dictionary> {
    let fonts = resources?.get_deref(b"Font", doc).and_then(Object::as_dict).ok()?;
    deref(doc, fonts.get(name).ok()?).as_dict().ok()
}

const IDENTITY: [f32; 6] = [1.0, 0.0, 0.0, 1.0, 0.0, 0.0];

/// `a × b` for PDF's row-vector affine matrices.
fn multiply(a: [f32; 6], b: [f32; 6]) -> [f32; 6] {
    [
        a[0] * b[0] + a[1] * b[2],
        a[0] * b[1] + a[1] * b[3],
        a[2] * b[0] + a[3] * b[2],
        a[2] * b[1] + a[3] * b[3],
        a[4] * b[0] + a[5] * b[2] + b[4],
        a[4] * b[1] + a[5] * b[3] + b[5],
    ]
}

/// Shows one string: records the run at its place on the page and moves
/// the text matrix past it.
fn show(font: &Font<'_>, bytes: &[u8], state: &State, tm: &mut [f32; 6], drawn: &mut Drawn) {
    let decoded = font.decode(bytes);
    drawn.glyphs += u64::from(decoded.glyphs);
    drawn.unreadable += u64::from(decoded.unreadable);
    let size = state.size;
    let advance = decoded.advance / 1000.0 * size
        + state.char_spacing * decoded.glyphs as f32
        + state.word_spacing * decoded.spaces as f32;
    // Text space to page space: the rendering matrix without the font size.
    let start = multiply([1.0, 0.0, 0.0, 1.0, 0.0, state.rise], multiply(*tm, state.ctm));
    let moved = if font.vertical {
        multiply([1.0, 0.0, 0.0, 1.0, 0.0, -advance], *tm)
    } else {
        multiply([1.0, 0.0, 0.0, 1.0, advance * state.scale, 0.0], *tm)
    };
    let end = multiply(moved, state.ctm);
    // The size on the page: the font size scaled by the matrices' vertical extent.
    let scale_y = (start[2] * start[2] + start[3] * start[3]).sqrt();
    let page_size = (size * scale_y).abs().max(0.1);
    if !decoded.text.is_empty() {
        drawn.runs.push(Run {
            x0: start[4].min(end[4]),
            x1: start[4].max(end[4]),
            y: start[5],
            size: page_size,
            text: decoded.text,
            vertical: font.vertical,
        });
    }
    *tm = moved;
}

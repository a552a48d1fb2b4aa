//! Rich Text Format (`.rtf`, and the body Outlook keeps as compressed RTF):
//! WordPad files, old Word exports, "save as RTF" from Outlook. Read as a
//! `.doc` is: paragraphs as text, table rows (`\trowd … \cell … \row`) of
//! two rows or more as tables (`表1`), so a 氏名 column is read as one.
//!
//! Japanese RTF writes its text as `\'xx` bytes in the code page in effect
//! (`\ansicpg932`, or a font's `\fcharset128`: Shift_JIS, two escapes a
//! kanji, the second sometimes a plain character) or as `\uN` (negative
//! above 32767) followed by `\ucN` fallback characters that are skipped.
//! Destinations that are not text a person reads (font, colour and style
//! tables, pictures, object data, `\*` groups) are skipped; headers,
//! footers, footnotes and field results are read. Outlook's encapsulated
//! HTML (`\fromhtml1`) is read from its `\*\htmltag` groups and the text
//! between them, so the body comes out once.
//!
//! Groups are kept on a heap stack, not the call stack: 100,000 `{` do not
//! overflow it, and beyond `MAX_DEPTH` the text is still read (said as a
//! problem). Braces left open are a truncated file; a closing brace with no
//! group open is a damaged one.

use std::collections::HashMap;

use encoding_rs::Encoding;

use super::{Budget, Part, Sink, TextPart};
use crate::{Problem, ProblemKind};

/// Groups nested deeper than this keep their parent's state (Word nests
/// some ten levels; a deeper file is hostile or broken).
const MAX_DEPTH: usize = 1_000;
/// Bytes read between two looks at the clock.
const CLOCK_EVERY: usize = 1 << 16;

/// What an RTF document says, in reading order, and what stopped its reading.
#[derive(Default)]
pub(super) struct Document {
    /// Paragraphs outside tables, and one-row tables as lines (cells tab-separated).
    pub text: String,
    pub tables: Vec<Vec<Vec<String>>>,
    pub problems: Vec<(ProblemKind, String)>,
}

/// Reads a standalone `.rtf` (sniffed by its `{\rtf` start).
pub(super) fn extract(bytes: &[u8], entry: Option<&str>, budget: &mut Budget, sink: &mut dyn Sink) {
    let doc = read(bytes, &|| sink.out_of_time());
    emit(doc, entry, budget, sink);
}

/// Reads a body kept as compressed RTF (an Outlook message's
/// `PR_RTF_COMPRESSED`): what could not be decompressed is the first problem,
/// the RTF's own problems follow.
pub(super) fn read_compressed(compressed: &[u8], budget: &mut Budget, out_of_time: &dyn Fn() -> bool) -> Document {
    let body = super::compressed_rtf::decompress(compressed, budget.decompressed_left());
    budget.decompressed += body.rtf.len() as u64;
    let mut doc = if body.rtf.is_empty() { Document::default() } else { read(&body.rtf, out_of_time) };
    for (_, detail) in &mut doc.problems {
        *detail = format!("the RTF body: {detail}");
    }
    doc.problems.splice(0..0, body.problem);
    doc
}

/// Hands a read document to the sink: its problems, its text, its tables.
pub(super) fn emit(doc: Document, entry: Option<&str>, budget: &mut Budget, sink: &mut dyn Sink) {
    for (kind, detail) in doc.problems {
        sink.problem(Problem::new(kind, entry, detail));
    }
    sink.part(Part::Text(TextPart { entry: entry.map(str::to_owned), page: None, text: doc.text }));
    super::emit_tables(doc.tables, entry, budget, sink);
}

/// Where the text of a group goes.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Destination {
    Text,
    /// Not read: pictures, object data, tables of fonts' names, `\*` groups.
    Skip,
    /// The font table: only each font's charset is taken from it.
    Fonts,
    /// The document's properties: read only for the title, subject,
    /// keywords and comments a person wrote (not the author's account name).
    Info,
    /// HTML source kept by Outlook in `\*\htmltag` (with `\fromhtml1`).
    HtmlTag,
}

/// What a group inherits from its parent and gets back when it closes.
#[derive(Clone, Copy)]
struct State {
    destination: Destination,
    /// Fallback characters after `\uN`.
    skip_after_unicode: u32,
    font: Option<i32>,
    /// `\htmlrtf`: RTF-only text of an encapsulated HTML body.
    html_rtf_only: bool,
}

/// The code page of a Windows charset (`\fcharsetN`), where it names one;
/// `None` for ANSI (0), default (1) and symbol (2): the document's `\ansicpg` holds.
fn charset_code_page(charset: i32) -> Option<u32> {
    Some(match charset {
        77 => 10000,
        128 => 932,
        129 => 949,
        134 => 936,
        136 => 950,
        161 => 1253,
        162 => 1254,
        163 => 1258,
        177 => 1255,
        178 => 1256,
        186 => 1257,
        204 => 1251,
        222 => 874,
        238 => 1250,
        _ => return None,
    })
}

fn encoding_of(code_page: u32) -> &'static Encoding {
    match code_page {
        932 => encoding_rs::SHIFT_JIS,
        936 => encoding_rs::GBK,
        949 => encoding_rs::EUC_KR,
        950 => encoding_rs::BIG5,
        874 => encoding_rs::WINDOWS_874,
        1250 => encoding_rs::WINDOWS_1250,
        1251 => encoding_rs::WINDOWS_1251,
        1253 => encoding_rs::WINDOWS_1253,
        1254 => encoding_rs::WINDOWS_1254,
        1255 => encoding_rs::WINDOWS_1255,
        1256 => encoding_rs::WINDOWS_1256,
        1257 => encoding_rs::WINDOWS_1257,
        1258 => encoding_rs::WINDOWS_1258,
        10000 => encoding_rs::MACINTOSH,
        65001 => encoding_rs::UTF_8,
        20932 | 51932 => encoding_rs::EUC_JP,
        _ => encoding_rs::WINDOWS_1252,
    }
}

/// Control words whose group is not text a person reads. (`\*` groups are
/// skipped whatever their word.)
fn skipped(word: &[u8]) -> bool {
    matches!(
        word,
        b"colortbl"
            | b"stylesheet"
            | b"pict"
            | b"objdata"
            | b"themedata"
            | b"colorschememapping"
            | b"datastore"
            | b"latentstyles"
            | b"listtable"
            | b"listoverridetable"
            | b"rsidtbl"
            | b"revtbl"
            | b"filetbl"
            | b"generator"
            | b"xmlnstbl"
            | b"fldinst"
            | b"nonesttables"
            | b"ftnsep"
            | b"ftnsepc"
            | b"aftnsep"
            | b"aftnsepc"
            | b"pgdsctbl"
            | b"mmathPr"
            | b"bkmkstart"
            | b"bkmkend"
            | b"sp"
            | b"txe"
            | b"xe"
            | b"tc"
    )
}

/// The text being assembled: paragraphs, and the cells and rows of the table in hand.
#[derive(Default)]
struct Layout {
    doc: Document,
    para: String,
    cell: String,
    row: Vec<String>,
    rows: Vec<Vec<String>>,
    /// `\intbl` since the last `\pard`: the paragraph is in a table cell.
    in_table: bool,
}

impl Layout {
    /// A paragraph mark: the end of a paragraph, or of a paragraph inside a cell.
    fn paragraph(&mut self) {
        if self.in_table {
            self.cell.push_str(self.para.trim());
            self.cell.push(' ');
            self.para.clear();
        } else {
            self.end_table();
            self.doc.text.push_str(self.para.trim_end());
            self.doc.text.push('\n');
            self.para.clear();
        }
    }

    fn cell(&mut self) {
        self.cell.push_str(self.para.trim());
        self.para.clear();
        let cell = std::mem::take(&mut self.cell);
        self.row.push(cell.split_whitespace().collect::<Vec<_>>().join(" "));
    }

    fn row(&mut self) {
        if !self.para.trim().is_empty() || !self.cell.trim().is_empty() {
            self.cell();
        }
        self.rows.push(std::mem::take(&mut self.row));
    }

    /// A table of one row is a line of text; of more, a table.
    fn end_table(&mut self) {
        if !self.row.is_empty() {
            self.row();
        }
        let rows = std::mem::take(&mut self.rows);
        match rows.len() {
            0 => {}
            1 => {
                self.doc.text.push_str(&rows[0].join("\t"));
                self.doc.text.push('\n');
            }
            _ => self.doc.tables.push(rows),
        }
    }

    fn finish(mut self) -> Document {
        if self.in_table && (!self.para.trim().is_empty() || !self.cell.trim().is_empty()) {
            self.cell();
        }
        self.end_table();
        if !self.para.trim().is_empty() {
            self.doc.text.push_str(self.para.trim_end());
            self.doc.text.push('\n');
        }
        self.doc
    }
}

/// The reader's state across the bytes.
struct Reader<'a> {
    input: &'a [u8],
    at: usize,
    stack: Vec<State>,
    /// Groups opened past `MAX_DEPTH`, whose closing braces pop nothing.
    overflow: usize,
    state: State,
    /// The document's code page (`\ansicpg`), and each font's (`\fcharset`, `\cpg`).
    code_page: u32,
    fonts: HashMap<i32, u32>,
    /// The font the font table is describing.
    defining: Option<i32>,
    /// `\'xx` and plain bytes not yet decoded (a Shift_JIS character is two).
    bytes: Vec<u8>,
    /// A UTF-16 high surrogate from `\uN` waiting for its low half.
    high: Option<u16>,
    /// Fallback characters still to skip after `\uN`.
    skip_chars: u32,
    /// The group just opened, whose first control word says what it is.
    group_start: bool,
    /// `\*` seen at the start of this group: skip it unless known.
    starred: bool,
    /// `\fromhtml1`: the text is HTML to be rendered at the end.
    from_html: bool,
    html: String,
    layout: Layout,
}

/// Reads an RTF document; `out_of_time` is asked now and then.
pub(super) fn read(input: &[u8], out_of_time: &dyn Fn() -> bool) -> Document {
    let initial = State { destination: Destination::Text, skip_after_unicode: 1, font: None, html_rtf_only: false };
    let mut reader = Reader {
        input,
        at: 0,
        stack: Vec::new(),
        overflow: 0,
        state: initial,
        code_page: 1252,
        fonts: HashMap::new(),
        defining: None,
        bytes: Vec::new(),
        high: None,
        skip_chars: 0,
        group_start: false,
        starred: false,
        from_html: false,
        html: String::new(),
        layout: Layout::default(),
    };
    let mut problems = Vec::new();
    let start = input.iter().position(|b| !b.is_ascii_whitespace() && *b != 0).unwrap_or(input.len());
    if !input[start..].starts_with(b"{\\rtf") {
        problems.push((ProblemKind::Corrupt, "not an RTF document (no {\\rtf at its start)".to_owned()));
    }
    reader.at = start;
    problems.extend(reader.run(out_of_time));
    reader.flush();
    let mut doc = if reader.from_html {
        let mut layout = std::mem::take(&mut reader.layout);
        layout.para = super::markup::html_to_text(&reader.html);
        layout.finish()
    } else {
        reader.layout.finish()
    };
    doc.problems = problems;
    doc
}

impl Reader<'_> {
    /// Reads to the end; gives the problems met.
    fn run(&mut self, out_of_time: &dyn Fn() -> bool) -> Vec<(ProblemKind, String)> {
        let mut problems = Vec::new();
        let mut depth_said = false;
        let mut stray_said = false;
        let mut next_clock = CLOCK_EVERY;
        let mut closed_root = false;
        while let Some(&b) = self.input.get(self.at) {
            if self.at >= next_clock {
                next_clock = self.at + CLOCK_EVERY;
                if out_of_time() {
                    problems.push((
                        ProblemKind::OverLimit,
                        format!("time budget spent at byte {} of the RTF document; the rest was not read", self.at),
                    ));
                    return problems;
                }
            }
            self.at += 1;
            match b {
                b'{' => {
                    self.flush();
                    self.skip_chars = 0;
                    if self.stack.len() >= MAX_DEPTH {
                        self.overflow += 1;
                        if !depth_said {
                            depth_said = true;
                            problems.push((
                                ProblemKind::OverLimit,
                                format!("groups nested deeper than {MAX_DEPTH} levels; their text was read, not their formatting"),
                            ));
                        }
                    } else {
                        self.stack.push(self.state);
                    }
                    self.group_start = true;
                    self.starred = false;
                }
                b'}' => {
                    self.flush();
                    self.skip_chars = 0;
                    self.group_start = false;
                    if self.overflow > 0 {
                        self.overflow -= 1;
                    } else if let Some(state) = self.stack.pop() {
                        self.close_group(state);
                        if self.stack.is_empty() {
                            closed_root = true;
                        }
                    } else if !stray_said {
                        stray_said = true;
                        problems.push((
                            ProblemKind::Corrupt,
                            "damaged RTF: a closing brace with no group open; the rest was read".to_owned(),
                        ));
                    }
                }
                b'\\' => self.control(&mut problems),
                b'\r' | b'\n' | 0 => {}
                b'\t' => self.text_char('\t'),
                _ => {
                    if closed_root && !stray_said && !b.is_ascii_whitespace() {
                        stray_said = true;
                        problems.push((
                            ProblemKind::Corrupt,
                            "damaged RTF: text after the document's closing brace; it was read".to_owned(),
                        ));
                    }
                    self.text_byte(b);
                }
            }
        }
        let open = self.stack.len() + self.overflow;
        if open > 0 {
            problems.push((
                ProblemKind::Truncated,
                format!("the RTF document ends inside {open} open group(s) (cut short?); what was there was read"),
            ));
        }
        problems
    }

    fn close_group(&mut self, outer: State) {
        let inner = self.state;
        self.state = outer;
        // A document property read as text is a line of its own.
        if inner.destination == Destination::Text && outer.destination == Destination::Info {
            self.layout.paragraph();
        }
        if inner.destination == Destination::Fonts {
            self.defining = None;
        }
    }

    /// After a backslash: a control word (letters, an optional signed
    /// number, an optional space) or a control symbol.
    fn control(&mut self, problems: &mut Vec<(ProblemKind, String)>) {
        let Some(&first) = self.input.get(self.at) else { return };
        if !first.is_ascii_alphabetic() {
            self.at += 1;
            self.symbol(first);
            return;
        }
        let start = self.at;
        while self.at < self.input.len() && self.input[self.at].is_ascii_alphabetic() && self.at - start < 32 {
            self.at += 1;
        }
        let word_end = self.at;
        let negative = self.input.get(self.at) == Some(&b'-');
        if negative {
            self.at += 1;
        }
        let digits = self.at;
        while self.at < self.input.len() && self.input[self.at].is_ascii_digit() && self.at - digits < 10 {
            self.at += 1;
        }
        let param = (self.at > digits).then(|| {
            let n = self.input[digits..self.at].iter().fold(0i64, |n, d| n * 10 + i64::from(d - b'0'));
            let n = if negative { -n } else { n };
            n.clamp(i64::from(i32::MIN), i64::from(i32::MAX)) as i32
        });
        if self.input.get(self.at) == Some(&b' ') {
            self.at += 1;
        }
        let word = &self.input[start..word_end];
        if word == b"bin" {
            // Binary data: skipped by count, braces inside it are not braces.
            self.flush();
            let n = usize::try_from(param.unwrap_or(0).max(0)).unwrap_or(0);
            if n > self.input.len() - self.at {
                problems
                    .push((ProblemKind::Truncated, "the RTF document ends inside binary data (cut short?)".to_owned()));
            }
            self.at = self.at.saturating_add(n).min(self.input.len());
            return;
        }
        if word == b"u" {
            self.unicode(param.unwrap_or(0));
            return;
        }
        if self.skip_chars > 0 {
            self.skip_chars -= 1;
            return;
        }
        self.flush();
        self.word(word, param);
    }

    fn symbol(&mut self, symbol: u8) {
        if symbol == b'\'' {
            let hex = self.input.get(self.at..self.at + 2).and_then(|h| std::str::from_utf8(h).ok());
            let byte = hex.and_then(|h| u8::from_str_radix(h, 16).ok());
            if let Some(byte) = byte {
                self.at += 2;
                if self.skip_chars > 0 {
                    self.skip_chars -= 1;
                } else {
                    self.push_byte(byte);
                }
            }
            return;
        }
        if self.skip_chars > 0 {
            self.skip_chars -= 1;
            return;
        }
        match symbol {
            // Escaped bytes: in Shift_JIS a kanji's second byte can be one of these.
            b'\\' | b'{' | b'}' => self.push_byte(symbol),
            b'*' if self.group_start => self.starred = true,
            b'\r' | b'\n' => {
                self.flush();
                self.word(b"par", None);
            }
            b'~' => self.text_char(' '),
            b'_' => self.text_char('-'),
            // Optional hyphen, index and formula marks.
            _ => {}
        }
    }

    /// `\uN`: a UTF-16 unit (negative above 32767), then `\ucN` fallback characters to skip.
    fn unicode(&mut self, n: i32) {
        if self.skip_chars > 0 {
            // A `\u` inside another's fallback is part of the fallback.
            self.skip_chars -= 1;
            return;
        }
        self.flush();
        let unit = (n.rem_euclid(65536)) as u16;
        self.skip_chars = self.state.skip_after_unicode;
        match unit {
            0xD800..=0xDBFF => {
                self.high = Some(unit);
                return;
            }
            0xDC00..=0xDFFF => {
                if let Some(high) = self.high.take() {
                    let c = char::decode_utf16([high, unit]).next().and_then(Result::ok).unwrap_or('\u{FFFD}');
                    self.write(c);
                }
                return;
            }
            _ => {}
        }
        self.high = None;
        self.write(char::from_u32(u32::from(unit)).unwrap_or('\u{FFFD}'));
    }

    fn text_byte(&mut self, b: u8) {
        if self.skip_chars > 0 {
            self.skip_chars -= 1;
            return;
        }
        self.group_start = false;
        self.push_byte(b);
    }

    fn text_char(&mut self, c: char) {
        if self.skip_chars > 0 {
            self.skip_chars -= 1;
            return;
        }
        self.flush();
        self.write(c);
    }

    fn push_byte(&mut self, b: u8) {
        self.group_start = false;
        if self.reading() {
            self.bytes.push(b);
        }
    }

    /// Whether text in the current group is read (into the text or the HTML).
    fn reading(&self) -> bool {
        match self.state.destination {
            Destination::Text => !(self.from_html && self.state.html_rtf_only),
            Destination::HtmlTag => true,
            Destination::Skip | Destination::Fonts | Destination::Info => false,
        }
    }

    /// Decodes the pending bytes in the code page of the current font.
    fn flush(&mut self) {
        if self.bytes.is_empty() {
            return;
        }
        let font_page = self.state.font.and_then(|f| self.fonts.get(&f).copied());
        let encoding = encoding_of(font_page.unwrap_or(self.code_page));
        let bytes = std::mem::take(&mut self.bytes);
        // RTF is 7-bit, but some generators write UTF-8 as it is: taken as
        // Windows-1252 it would hide every name in it.
        let text = match std::str::from_utf8(&bytes) {
            Ok(utf8) if encoding == encoding_rs::WINDOWS_1252 && !utf8.is_ascii() => utf8.into(),
            _ => encoding.decode_without_bom_handling(&bytes).0,
        };
        for c in text.chars() {
            self.write(c);
        }
    }

    /// One character of the current destination.
    fn write(&mut self, c: char) {
        self.group_start = false;
        if !self.reading() {
            return;
        }
        if self.from_html {
            self.html.push(c);
        } else {
            self.layout.para.push(c);
        }
    }

    /// A break a control word makes: in encapsulated HTML, a line of the source.
    fn break_with(&mut self, c: char, layout: fn(&mut Layout)) {
        if !self.reading() {
            return;
        }
        if self.from_html {
            self.html.push(c);
        } else {
            layout(&mut self.layout);
        }
    }

    fn word(&mut self, word: &[u8], param: Option<i32>) {
        let at_start = std::mem::replace(&mut self.group_start, false);
        if at_start {
            if self.starred {
                self.state.destination = match word {
                    b"htmltag" if self.from_html && self.state.destination == Destination::Text => Destination::HtmlTag,
                    _ => Destination::Skip,
                };
                return;
            }
            if word == b"fonttbl" {
                self.state.destination = Destination::Fonts;
                return;
            }
            if word == b"info" {
                self.state.destination = Destination::Info;
                return;
            }
            if self.state.destination == Destination::Info {
                if matches!(word, b"title" | b"subject" | b"keywords" | b"doccomm") {
                    self.state.destination = Destination::Text;
                }
                return;
            }
            if skipped(word) {
                self.state.destination = Destination::Skip;
                return;
            }
        }
        let n = param.unwrap_or(0);
        match word {
            b"par" | b"sect" => self.break_with('\n', Layout::paragraph),
            b"line" | b"page" | b"column" => self.break_with('\n', |l| l.para.push('\n')),
            b"tab" => self.text_char('\t'),
            b"cell" => self.break_with('\t', Layout::cell),
            b"row" => self.break_with('\n', Layout::row),
            b"nestcell" | b"nestrow" => self.text_char(' '),
            b"intbl" => self.layout.in_table = true,
            b"pard" => self.layout.in_table = false,
            b"uc" => self.state.skip_after_unicode = u32::try_from(n).unwrap_or(0).min(16),
            b"ansicpg" => self.code_page = u32::try_from(n).unwrap_or(1252),
            b"mac" => self.code_page = 10000,
            b"f" if self.state.destination == Destination::Fonts => self.defining = Some(n),
            b"f" => self.state.font = Some(n),
            b"deff" => self.state.font = Some(n),
            b"fcharset" => {
                if let (Some(font), Some(page)) = (self.defining, charset_code_page(n)) {
                    self.fonts.insert(font, page);
                }
            }
            b"cpg" => {
                if let (Some(font), Ok(page)) = (self.defining, u32::try_from(n)) {
                    self.fonts.insert(font, page);
                }
            }
            b"fromhtml" if n != 0 => self.from_html = true,
            b"htmlrtf" => self.state.html_rtf_only = param != Some(0),
            b"emdash" => self.text_char('—'),
            b"endash" => self.text_char('–'),
            b"bullet" => self.text_char('•'),
            b"lquote" => self.text_char('‘'),
            b"rquote" => self.text_char('’'),
            b"ldblquote" => self.text_char('“'),
            b"rdblquote" => self.text_char('”'),
            b"emspace" | b"enspace" | b"qmspace" => self.text_char(' '),
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(rtf: &str) -> Document {
        read(rtf.as_bytes(), &|| false)
    }

    #[test]
    fn shift_jis_escapes_unicode_and_skipped_destinations() {
        // 山田 = 8E 52 93 63 in Shift_JIS; the 2nd and 4th bytes as plain characters, as Word writes them.
        let d = text(
            "{\\rtf1\\ansi\\ansicpg932\\deff0{\\fonttbl{\\f0\\fcharset128 \\'82\\'6c\\'82\\'72 \\'96\\'be\\'92\\'a9;}}\
             {\\colortbl;\\red0\\green0\\blue0;}{\\*\\generator Riched20;}\\pard \\'8eR\\'93c \\'91\\'be\\'98\\'59\\par\
             \\uc1\\u23665?\\u30000?\\u-32768?\\par{\\pict\\pngblip 89504e47}\\'95\\\\\\par}",
        );
        assert_eq!(d.text, "山田 太郎\n山田\u{8000}\n表\n", "{:?}", d.problems);
        assert!(d.problems.is_empty());
    }

    #[test]
    fn a_documents_title_is_a_line_its_author_not_text() {
        let d = text("{\\rtf1{\\info{\\title Q3 roster}{\\author yamada.t}{\\*\\company ACME}}body\\par}");
        assert_eq!(d.text, "Q3 roster\nbody\n");
    }

    #[test]
    fn a_fonts_charset_decides_where_the_document_does_not() {
        let d = text("{\\rtf1\\ansi\\ansicpg1252{\\fonttbl{\\f0 Arial;}{\\f1\\fcharset128 MS Mincho;}}\\f0 caf\\'e9 {\\f1 \\'8eR\\'93c}\\par}");
        assert_eq!(d.text, "café 山田\n");
    }

    #[test]
    fn uc2_skips_two_fallback_bytes_and_groups_restore_it() {
        let d = text("{\\rtf1{\\uc2\\u23665\\'8eR}\\u30000?\\par}");
        assert_eq!(d.text, "山田\n");
    }

    /// Written with UTF-8 as it is, as some generators do.
    #[test]
    fn table_rows_become_a_table() {
        let d = text(
            "{\\rtf1\\ansi 名簿\\par\\trowd\\cellx1000\\cellx2000\\pard\\intbl 氏名\\cell 電話番号\\cell\\row\
             \\trowd\\pard\\intbl 山田\\par 太郎\\cell 090-1234-5678\\cell\\row\\pard 以上\\par}",
        );
        assert_eq!(d.text, "名簿\n以上\n");
        assert_eq!(d.tables, vec![vec![vec!["氏名", "電話番号"], vec!["山田 太郎", "090-1234-5678"]]]);
    }

    #[test]
    fn encapsulated_html_is_read_once() {
        let d = text(
            "{\\rtf1\\ansi\\ansicpg932\\fromhtml1 {\\*\\htmltag19 <html>}{\\*\\htmltag34 <p>}\\htmlrtf {\\htmlrtf0 \
             \\'8eR\\'93c 090-1234-5678{\\*\\htmltag84 &nbsp;}\\htmlrtf\\~\\htmlrtf0 \\htmlrtf\\par\\htmlrtf0}\
             {\\*\\htmltag42 </p>}{\\*\\mhtmltag84 <img src=cid:x>}}",
        );
        assert_eq!(d.text.matches("090-1234-5678").count(), 1, "{}", d.text);
        assert!(d.text.contains("山田 090-1234-5678"), "{}", d.text);
        assert!(!d.text.contains("<p>") && !d.text.contains("cid"));
    }

    #[test]
    fn damage_and_depth_are_said() {
        let deep = format!("{{\\rtf1 {}090-1234-5678{}}}", "{".repeat(100_000), "}".repeat(100_000));
        let d = text(&deep);
        assert!(d.text.contains("090-1234-5678"));
        assert_eq!(d.problems.iter().map(|p| p.0).collect::<Vec<_>>(), [ProblemKind::OverLimit]);
        let open = text(&format!("{{\\rtf1 {}abc", "{".repeat(100_000)));
        assert!(open.problems.iter().any(|p| p.0 == ProblemKind::Truncated));
        assert!(text("{\\rtf1 a}}b").problems.iter().any(|p| p.0 == ProblemKind::Corrupt));
        assert!(text("{\\rtf1 {\\bin999999 abc}").problems.iter().any(|p| p.0 == ProblemKind::Truncated));
        assert!(text("{\\rtf1 a\\'").problems.iter().any(|p| p.0 == ProblemKind::Truncated));
        assert!(text("hello").problems.iter().any(|p| p.0 == ProblemKind::Corrupt));
    }
}

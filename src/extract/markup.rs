//! HTML to text: tags become spaces, script and style bodies are dropped,
//! character references are decoded. Line breaks of the source are kept as
//! they are, so a finding's line number is the line in the HTML file.
//! Tables of rows and columns (a saved web page's list, the "Excel" file a
//! business system exports as HTML) are read as tables, so that their
//! headers name their columns as a workbook's do.

use super::{emit_tables, Budget, Part, Sink, TextPart};

fn decode_entity(name: &str) -> Option<char> {
    if let Some(num) = name.strip_prefix('#') {
        let code = match num.strip_prefix(['x', 'X']) {
            Some(hex) => u32::from_str_radix(hex, 16).ok()?,
            None => num.parse().ok()?,
        };
        return char::from_u32(code);
    }
    Some(match name {
        "amp" => '&',
        "lt" => '<',
        "gt" => '>',
        "quot" => '"',
        "apos" => '\'',
        "nbsp" => ' ',
        "yen" => '¥',
        "copy" => '©',
        _ => return None,
    })
}

/// Where `needle` (lower-case ASCII, starting with `<`) first occurs in
/// `hay`, in any case. Without allocating: lower-casing the rest of the
/// document at every `<script>` made 300,000 empty scripts take a minute.
fn find_tag(hay: &str, needle: &str) -> Option<usize> {
    let bytes = hay.as_bytes();
    memchr::memchr_iter(b'<', bytes)
        .find(|&i| bytes.get(i..i + needle.len()).is_some_and(|w| w.eq_ignore_ascii_case(needle.as_bytes())))
}

/// The visible text of an HTML document, line for line. Comments count as
/// text: what a page comments out is still in the file that is sent.
pub(crate) fn html_to_text(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    let mut skip_until: Option<&str> = None;
    while let Some(c) = rest.chars().next() {
        if let Some(end_tag) = skip_until {
            match find_tag(rest, end_tag) {
                Some(i) => {
                    out.extend(rest[..i].chars().filter(|&c| c == '\n'));
                    rest = &rest[i..];
                    skip_until = None;
                }
                None => break,
            }
            continue;
        }
        match c {
            '<' if rest.starts_with("<!--") => {
                let body = &rest[4..];
                let (inside, after) = match body.find("-->") {
                    Some(i) => (&body[..i], &body[i + 3..]),
                    None => (body, ""),
                };
                // Commented-out markup is read as markup (its tags dropped).
                out.push(' ');
                out.push_str(&html_to_text(inside));
                out.push(' ');
                rest = after;
            }
            '<' => {
                let end = rest.find('>').map_or(rest.len(), |i| i + 1);
                let tag = &rest[..end];
                out.extend(tag.chars().filter(|&c| c == '\n'));
                out.push(' ');
                let lower = tag.to_ascii_lowercase();
                if lower.starts_with("<script") && !lower.ends_with("/>") {
                    skip_until = Some("</script");
                } else if lower.starts_with("<style") {
                    skip_until = Some("</style");
                }
                rest = &rest[end..];
            }
            '&' => {
                let semi = rest.as_bytes()[..rest.len().min(12)].iter().position(|&b| b == b';');
                match semi.and_then(|i| decode_entity(&rest[1..i]).map(|ch| (i, ch))) {
                    Some((i, ch)) => {
                        out.push(ch);
                        rest = &rest[i + 1..];
                    }
                    None => {
                        out.push('&');
                        rest = &rest[1..];
                    }
                }
            }
            _ => {
                out.push(c);
                rest = &rest[c.len_utf8()..];
            }
        }
    }
    out
}

/// Reads an HTML document: its tables of rows and columns as tables
/// (`表1`…), within the cell budget as a workbook is (the rows that fit are
/// read, then the report says it stopped), and the rest as text.
pub(super) fn extract(html: &str, entry: Option<&str>, budget: &mut Budget, sink: &mut dyn Sink) {
    let parts = html_parts(html);
    emit_tables(parts.tables, entry, budget, sink);
    sink.part(Part::Text(TextPart { entry: entry.map(str::to_owned), page: None, text: parts.text }));
}

/// An HTML document: the tables of rows and columns it holds, numbered in
/// order, and the rest of its text (each table's lines left blank, so a
/// line number is still the file's).
pub(crate) struct HtmlParts {
    pub text: String,
    pub tables: Vec<Vec<Vec<String>>>,
}

/// The lower-case name of the tag at the start of `tag` (`<td class=…>` →
/// `td`) and whether it closes (`</td>`).
fn tag_name(tag: &str) -> (String, bool) {
    let inner = tag.strip_prefix('<').unwrap_or(tag);
    let (closing, inner) = match inner.strip_prefix('/') {
        Some(rest) => (true, rest),
        None => (false, inner),
    };
    let name: String = inner.chars().take_while(char::is_ascii_alphanumeric).map(|c| c.to_ascii_lowercase()).collect();
    (name, closing)
}

/// A cell's text on one line: what it shows, spaces collapsed.
fn cell_text(html: &str) -> String {
    html_to_text(html).split_whitespace().collect::<Vec<_>>().join(" ")
}

/// One outermost `<table>` being read.
struct OpenTable {
    start: usize,
    rows: Vec<Vec<String>>,
    /// Where the open cell's content starts.
    cell: Option<usize>,
    nested: bool,
}

impl OpenTable {
    fn close_cell(&mut self, html: &str, at: usize) {
        if let Some(start) = self.cell.take() {
            let text = cell_text(&html[start..at]);
            match self.rows.last_mut() {
                Some(row) => row.push(text),
                None => self.rows.push(vec![text]),
            }
        }
    }
    /// A grid: two rows or more, one of them of two cells or more, and no
    /// table inside (a page laid out with tables is read as text).
    fn is_grid(&self) -> bool {
        !self.nested
            && self.rows.iter().filter(|r| !r.is_empty()).count() >= 2
            && self.rows.iter().any(|r| r.len() >= 2)
    }
}

/// The parts of an HTML body that holds a table of rows and columns, or
/// `None`: a mail's plain twin then says the same. A body with no `<table`
/// at all is not parsed.
pub(crate) fn with_tables(html: &str) -> Option<HtmlParts> {
    find_tag(html, "<table")?;
    let parts = html_parts(html);
    (!parts.tables.is_empty()).then_some(parts)
}

/// The tables and the other text of an HTML document.
pub(crate) fn html_parts(html: &str) -> HtmlParts {
    let bytes = html.as_bytes();
    // Spans of the tables read as tables; their text is left out of `text`.
    let mut spans: Vec<(usize, usize)> = Vec::new();
    let mut tables = Vec::new();
    let mut open: Option<OpenTable> = None;
    let mut depth = 0usize;
    let mut i = 0;
    while let Some(lt) = memchr::memchr(b'<', &bytes[i..]).map(|k| i + k) {
        if html[lt..].starts_with("<!--") {
            i = html[lt + 4..].find("-->").map_or(html.len(), |k| lt + 4 + k + 3);
            continue;
        }
        let end = html[lt..].find('>').map_or(html.len(), |k| lt + k + 1);
        let (name, closing) = tag_name(&html[lt..end]);
        i = end;
        if !closing && (name == "script" || name == "style") {
            let close = if name == "script" { "</script" } else { "</style" };
            i = find_tag(&html[end..], close).map_or(html.len(), |k| end + k);
            continue;
        }
        match (name.as_str(), closing) {
            ("table", false) => {
                depth += 1;
                match &mut open {
                    None => open = Some(OpenTable { start: lt, rows: Vec::new(), cell: None, nested: false }),
                    Some(t) => t.nested = true,
                }
            }
            ("table", true) if depth > 0 => {
                depth -= 1;
                if depth == 0 {
                    if let Some(mut t) = open.take() {
                        t.close_cell(html, lt);
                        if t.is_grid() {
                            spans.push((t.start, end));
                            tables.push(t.rows);
                        }
                    }
                }
            }
            ("tr", false) if depth == 1 => {
                if let Some(t) = &mut open {
                    t.close_cell(html, lt);
                    t.rows.push(Vec::new());
                }
            }
            ("tr", true) if depth == 1 => {
                if let Some(t) = &mut open {
                    t.close_cell(html, lt);
                }
            }
            ("td" | "th", false) if depth == 1 => {
                if let Some(t) = &mut open {
                    t.close_cell(html, lt);
                    t.cell = Some(end);
                }
            }
            ("td" | "th", true) if depth == 1 => {
                if let Some(t) = &mut open {
                    t.close_cell(html, lt);
                }
            }
            _ => {}
        }
    }
    // An unclosed table (a truncated page) is read as text.
    let mut rest = String::with_capacity(html.len());
    let mut from = 0;
    for &(start, end) in &spans {
        rest.push_str(&html[from..start]);
        rest.extend(html[start..end].chars().filter(|&c| c == '\n'));
        from = end;
    }
    rest.push_str(&html[from..]);
    HtmlParts { text: html_to_text(&rest), tables }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_text_and_lines() {
        let t = html_to_text("<p>氏名:&nbsp;山田</p>\n<script>var x='090-1234-5678';</script><td>a&amp;b</td>");
        assert!(t.contains("氏名: 山田"));
        assert!(!t.contains("090"));
        assert!(t.contains("a&b"));
        assert_eq!(t.lines().count(), 2);
    }

    #[test]
    fn tables_of_rows_and_columns_are_tables() {
        let html = "<h1>参加者</h1>\n<table border=1><tr><th>氏名</th><th>メール</th></tr>\n<tr><td>藤田&nbsp;光</td><td><a href='mailto:f@x.jp'>f@x.jp</a></td>\n<tr><td>原 大地<td>h@x.jp</table>\n<p>以上</p>";
        let parts = html_parts(html);
        let want: Vec<Vec<String>> = [["氏名", "メール"], ["藤田 光", "f@x.jp"], ["原 大地", "h@x.jp"]]
            .iter()
            .map(|r| r.iter().map(|c| c.to_string()).collect())
            .collect();
        assert_eq!(parts.tables, [want]);
        assert!(
            parts.text.contains("参加者") && parts.text.contains("以上") && !parts.text.contains("藤田"),
            "{}",
            parts.text
        );
        assert_eq!(parts.text.lines().count(), 5, "the file's lines kept");
        // A layout table (a table inside), a single row, a table in a
        // script or a comment, and an unclosed table stay text.
        for html in [
            "<table><tr><td><table><tr><td>a</td><td>b</td></tr><tr><td>c</td><td>d</td></tr></table></td></tr></table>",
            "<table><tr><td>氏名</td><td>山田</td></tr></table>",
            "<script>document.write('<table><tr><td>a<td>b<tr><td>c<td>d</table>')</script><!-- <table><tr><td>a<td>b<tr><td>c<td>d</table> -->",
            "<table><tr><td>a<td>b<tr><td>c<td>d",
        ] {
            assert!(html_parts(html).tables.is_empty(), "{html}");
        }
    }

    #[test]
    fn comments_are_text_and_keep_their_lines() {
        // A phone number in an HTML comment passed in silence.
        let t = html_to_text("<p>a</p><!-- 担当\n<td>090-1234-5678</td> -->\n<p>b</p><!-- unclosed 03-1234-5678");
        assert!(t.contains("090-1234-5678") && t.contains("03-1234-5678"), "{t}");
        assert!(!t.contains("<td>"));
        assert_eq!(t.lines().count(), 3);
    }
}

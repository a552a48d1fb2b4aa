//! Word and PowerPoint documents (docx, pptx): zip packages of XML. The text
//! of every paragraph becomes one line; a table (`w:tbl`, `a:tbl`) becomes a
//! table part of its own, numbered as Word counts tables, so a roster or a
//! form pasted into a document is read like a sheet; each slide, header,
//! footer, comment and note is its own part, named in the location.

use std::io::{Cursor, Read};

use quick_xml::events::Event;
use quick_xml::Reader;
use zip::ZipArchive;

use super::archive::package_within_budget;
use super::{cfb, extract_inner, Budget, Part, Sink, Table, TextPart};
use crate::{Format, Problem, ProblemKind};

/// A table of a document being read: finished rows and the row and cell
/// under way.
struct TableInProgress {
    /// The table's number in the document, counted as Word does (every
    /// table, nested ones right after the one holding them).
    number: u32,
    rows: Vec<Vec<String>>,
    row: Vec<String>,
    cell: String,
    /// Grid columns the current Word cell covers (`w:gridSpan`).
    span: u32,
}

impl TableInProgress {
    /// The table as lines of tab-separated cells.
    fn as_text(&self) -> String {
        self.rows.iter().map(|r| r.join("\t")).collect::<Vec<_>>().join("\n")
    }
}

/// What one WordprocessingML or DrawingML part holds: its running text (one
/// line a paragraph) and its tables. A table of two rows or more is a table
/// (header rows, forms, one person a row or a column: `scan` reads its
/// layout); a one-row table stays a line of text with its cells separated by
/// tabs, so a label cell and its value read together as before.
#[derive(Default)]
pub(crate) struct DocumentContent {
    pub text: String,
    pub tables: Vec<Table>,
}

/// Text and tables of one WordprocessingML or DrawingML part.
pub(crate) fn document_content(xml: &str, entry: Option<&str>) -> Result<DocumentContent, quick_xml::Error> {
    let mut reader = Reader::from_str(xml);
    let mut out = String::with_capacity(xml.len() / 4);
    let mut tables: Vec<(u32, Vec<Vec<String>>)> = Vec::new();
    // Open tables, innermost last.
    let mut open: Vec<TableInProgress> = Vec::new();
    let mut count = 0u32;
    let mut in_text = false;
    // Where text goes: the innermost open table's cell, or the running text.
    fn sink<'a>(open: &'a mut [TableInProgress], out: &'a mut String) -> &'a mut String {
        match open.last_mut() {
            Some(t) => &mut t.cell,
            None => out,
        }
    }
    loop {
        match reader.read_event()? {
            Event::Start(e) => match e.local_name().as_ref() {
                // `t` in Word, DrawingML and cell comments; `text` in slide
                // comments (`p:text`) and threaded cell comments.
                "t" | "text" => in_text = true,
                "tbl" => {
                    count += 1;
                    open.push(TableInProgress {
                        number: count,
                        rows: Vec::new(),
                        row: Vec::new(),
                        cell: String::new(),
                        span: 1,
                    });
                }
                "tc" => {
                    if let Some(t) = open.last_mut() {
                        t.cell.clear();
                        t.span = 1;
                    }
                }
                "tab" => sink(&mut open, &mut out).push('\t'),
                "br" | "cr" => sink(&mut open, &mut out).push('\n'),
                _ => {}
            },
            Event::Empty(e) => match e.local_name().as_ref() {
                "tab" => sink(&mut open, &mut out).push('\t'),
                "br" | "cr" => sink(&mut open, &mut out).push('\n'),
                // Word writes a merged cell once, spanning grid columns; the
                // columns it covers are left empty, as a spreadsheet shows a
                // merged range, so later cells keep their grid column.
                // (DrawingML writes the covered cells, `hMerge`, itself.)
                "gridSpan" => {
                    let span = e
                        .attributes()
                        .flatten()
                        .find(|a| a.key.local_name().as_ref() == "val")
                        .and_then(|a| a.value.trim().parse::<u32>().ok());
                    if let (Some(t), Some(n)) = (open.last_mut(), span) {
                        t.span = n.clamp(1, 64);
                    }
                }
                // Cells a row leaves out before its first (`w:gridBefore`).
                "gridBefore" => {
                    let n = e
                        .attributes()
                        .flatten()
                        .find(|a| a.key.local_name().as_ref() == "val")
                        .and_then(|a| a.value.trim().parse::<u32>().ok())
                        .unwrap_or(0);
                    if let Some(t) = open.last_mut() {
                        t.row.extend((0..n.min(64)).map(|_| String::new()));
                    }
                }
                _ => {}
            },
            Event::End(e) => match e.local_name().as_ref() {
                "t" | "text" => in_text = false,
                // One comment, one line.
                "cm" | "comment" | "threadedComment" => out.push('\n'),
                // Inside a table cell a paragraph end is a space.
                "p" => match open.last_mut() {
                    Some(t) => {
                        if !t.cell.is_empty() && !t.cell.ends_with(' ') {
                            t.cell.push(' ');
                        }
                    }
                    None => out.push('\n'),
                },
                "tc" => {
                    if let Some(t) = open.last_mut() {
                        let cell = std::mem::take(&mut t.cell);
                        t.row.push(cell.trim().to_owned());
                        for _ in 1..t.span {
                            t.row.push(String::new());
                        }
                        t.span = 1;
                    }
                }
                "tr" => {
                    if let Some(t) = open.last_mut() {
                        let row = std::mem::take(&mut t.row);
                        t.rows.push(row);
                    }
                }
                "tbl" => {
                    if let Some(t) = open.pop() {
                        if t.rows.len() >= 2 {
                            tables.push((t.number, t.rows));
                        } else {
                            // One row reads as a line of text where the table stood.
                            let line = t.as_text();
                            match open.last_mut() {
                                Some(outer) => {
                                    outer.cell.push_str(&line.replace('\t', " "));
                                    outer.cell.push(' ');
                                }
                                None => {
                                    out.push_str(&line);
                                    out.push('\n');
                                }
                            }
                        }
                    }
                }
                _ => {}
            },
            Event::Text(t) if in_text => sink(&mut open, &mut out).push_str(&t.xml10_content()),
            Event::CData(t) if in_text => sink(&mut open, &mut out).push_str(&t.xml10_content()),
            Event::GeneralRef(r) if in_text => {
                let s = sink(&mut open, &mut out);
                if let Ok(Some(c)) = r.resolve_char_ref() {
                    s.push(c);
                } else if let Some(x) = quick_xml::escape::resolve_predefined_entity(&r.xml10_content()) {
                    s.push_str(x);
                }
            }
            Event::Eof => break,
            _ => {}
        }
    }
    // A part cut off inside a table (a damaged file) keeps what was read.
    while let Some(mut t) = open.pop() {
        if !t.row.is_empty() {
            let row = std::mem::take(&mut t.row);
            t.rows.push(row);
        }
        out.push_str(&t.as_text());
        out.push('\n');
    }
    crate::order::sort_by_key(&mut tables, |t| t.0);
    let tables = tables.into_iter().map(|(number, rows)| Table::numbered(entry, number, rows)).collect();
    Ok(DocumentContent { text: out, tables })
}

/// The parts worth reading, in reading order, with a human name for each.
fn text_members(names: &[String], format: Format) -> Vec<(String, String)> {
    let mut members: Vec<(String, String, u32)> = Vec::new();
    for name in names {
        let number = |prefix: &str| -> Option<u32> { name.strip_prefix(prefix)?.strip_suffix(".xml")?.parse().ok() };
        let picked = match format {
            Format::Docx => match name.as_str() {
                "word/document.xml" => Some((String::new(), 0)),
                "word/footnotes.xml" => Some(("footnotes".to_owned(), 10_000)),
                "word/endnotes.xml" => Some(("endnotes".to_owned(), 10_001)),
                "word/comments.xml" => Some(("comments".to_owned(), 10_002)),
                _ => number("word/header")
                    .map(|n| (format!("header{n}"), 20_000 + n))
                    .or_else(|| number("word/footer").map(|n| (format!("footer{n}"), 30_000 + n))),
            },
            Format::Pptx => number("ppt/slides/slide")
                .map(|n| (format!("slide {n}"), n))
                .or_else(|| number("ppt/notesSlides/notesSlide").map(|n| (format!("notes {n}"), 100_000 + n)))
                .or_else(|| number("ppt/comments/comment").map(|n| (format!("comments {n}"), 200_000 + n)))
                // PowerPoint 365 writes `modernComment_<slide id>_<hash>.xml`.
                .or_else(|| {
                    let modern = name.strip_prefix("ppt/comments/modernComment_")?.strip_suffix(".xml")?;
                    Some((format!("comments {modern}"), 300_000))
                }),
            // Cell comments ("notes") and threaded comments: calamine reads neither.
            Format::Xlsx | Format::Xlsm => number("xl/comments").map(|n| (format!("comments {n}"), n)).or_else(|| {
                number("xl/threadedComments/threadedComment").map(|n| (format!("threaded comments {n}"), 100_000 + n))
            }),
            _ => None,
        };
        if let Some((label, order)) = picked {
            members.push((name.clone(), label, order));
        }
    }
    crate::order::sort_by_key(&mut members, |m| m.2);
    members.into_iter().map(|(n, l, _)| (n, l)).collect()
}

pub(super) fn extract(
    bytes: &[u8],
    format: Format,
    entry: Option<&str>,
    depth: u32,
    budget: &mut Budget,
    sink: &mut dyn Sink,
) {
    if !package_within_budget(bytes, entry, budget, sink) {
        return;
    }
    read_parts(bytes, format, entry, depth, budget, sink);
}

/// The text parts (document, slides, notes, comments) and the embedded
/// objects of an Office package whose inflated size is already counted.
/// Workbooks come here after their sheets, for their comments and objects.
pub(super) fn read_parts(
    bytes: &[u8],
    format: Format,
    entry: Option<&str>,
    depth: u32,
    budget: &mut Budget,
    sink: &mut dyn Sink,
) {
    let Some((mut archive, names)) = open_package(bytes, entry, sink) else { return };
    for (member, label) in text_members(&names, format) {
        if sink.out_of_time() {
            sink.problem(Problem::new(ProblemKind::OverLimit, entry, format!("time budget spent before {member}")));
            return;
        }
        let mut xml = String::new();
        let max_bytes = budget.limits.max_bytes;
        let read = archive
            .by_name(&member)
            .map_err(|e| e.to_string())
            .and_then(|f| f.take(max_bytes.saturating_add(1)).read_to_string(&mut xml).map_err(|e| e.to_string()));
        let part_name = match (entry, label.is_empty()) {
            (Some(parent), true) => Some(parent.to_owned()),
            (Some(parent), false) => Some(format!("{parent}/{label}")),
            (None, true) => None,
            (None, false) => Some(label),
        };
        if let Err(e) = read {
            sink.problem(Problem::new(ProblemKind::Corrupt, part_name.as_deref(), format!("{member}: {e}")));
            continue;
        }
        if xml.len() as u64 > max_bytes {
            let why = format!("{member}: more than {max_bytes} bytes, over the byte limit; not read");
            sink.problem(Problem::new(ProblemKind::OverLimit, part_name.as_deref(), why));
            continue;
        }
        match document_content(&xml, part_name.as_deref()) {
            Ok(content) => {
                sink.part(Part::Text(TextPart { entry: part_name, page: None, text: content.text }));
                for table in content.tables {
                    sink.part(Part::Table(table));
                }
            }
            Err(e) => sink.problem(Problem::new(ProblemKind::Corrupt, part_name.as_deref(), format!("{member}: {e}"))),
        }
    }
    for member in names.iter().filter(|n| is_embedding(n)) {
        if sink.out_of_time() {
            sink.problem(Problem::new(ProblemKind::OverLimit, entry, "time budget spent before the embedded objects"));
            return;
        }
        embedded(&mut archive, member, entry, depth, budget, sink);
    }
    if format == Format::Xlsb && names.iter().any(|n| n.starts_with("xl/comments") && n.ends_with(".bin")) {
        sink.problem(Problem::new(ProblemKind::Unsupported, entry, "cell comments in an .xlsb workbook are not read"));
    }
}

/// A package read from memory.
pub(super) type Package<'a> = ZipArchive<Cursor<&'a [u8]>>;

/// A document package opened, with its member names; a package the zip
/// reader refuses is a `corrupt` problem and `None`.
pub(super) fn open_package<'a>(
    bytes: &'a [u8],
    entry: Option<&str>,
    sink: &mut dyn Sink,
) -> Option<(Package<'a>, Vec<String>)> {
    match ZipArchive::new(Cursor::new(bytes)) {
        Ok(archive) => {
            let names = archive.file_names().filter_map(|n| n.ok().map(|n| n.into_owned())).collect();
            Some((archive, names))
        }
        Err(e) => {
            sink.problem(Problem::new(ProblemKind::Corrupt, entry, format!("document package: {e}")));
            None
        }
    }
}

/// Objects pasted or inserted into a document: a workbook in a Word file,
/// a document on a slide. Word stores them as packages, or as OLE objects
/// (a compound file wrapping a `Package` or `Ole10Native` stream).
fn is_embedding(name: &str) -> bool {
    ["word/embeddings/", "ppt/embeddings/", "xl/embeddings/"].iter().any(|p| name.starts_with(p))
        && !name.ends_with('/')
}

/// Reads one embedded object like a file of its own, one level deeper
/// (Office packages, and OpenDocument's `Object N` files).
pub(super) fn embedded(
    archive: &mut ZipArchive<Cursor<&[u8]>>,
    member: &str,
    entry: Option<&str>,
    depth: u32,
    budget: &mut Budget,
    sink: &mut dyn Sink,
) {
    let path = super::member_path(entry, member);
    if depth + 1 >= budget.limits.max_depth {
        sink.problem(Problem::new(
            ProblemKind::OverLimit,
            Some(&path),
            format!("embedded object nested deeper than {} levels", budget.limits.max_depth),
        ));
        return;
    }
    let mut bytes = Vec::new();
    // Past the byte limit the object is refused anyway: one byte more is enough to tell.
    let cap = budget.limits.max_bytes.saturating_add(1);
    if let Err(e) = archive
        .by_name(member)
        .map_err(|e| e.to_string())
        .and_then(|f| f.take(cap).read_to_end(&mut bytes).map_err(|e| e.to_string()))
    {
        sink.problem(Problem::new(ProblemKind::Corrupt, Some(&path), format!("embedded object: {e}")));
        return;
    }
    let inner = match ole_payload(&bytes) {
        Ok(Some(payload)) => payload,
        Ok(None) => bytes,
        Err(e) => {
            sink.problem(Problem::new(ProblemKind::Corrupt, Some(&path), format!("embedded OLE object: {e}")));
            return;
        }
    };
    // A format presend cannot read (an image, an unknown binary) is a problem, not silence.
    extract_inner(&inner, Some(&path), depth + 1, budget, sink);
}

/// The file inside an OLE object: the `Package` stream (an Office file), or
/// the data of an `Ole10Native` stream (any file, as Packager wraps it).
/// `None` when `bytes` is not such an object (then it is read as it is: a
/// package, or a legacy workbook whose compound file sniffing recognises).
pub(super) fn ole_payload(bytes: &[u8]) -> Result<Option<Vec<u8>>, String> {
    if let Some(package) = cfb::stream(bytes, "Package")? {
        return Ok(Some(package));
    }
    let Some(native) = cfb::stream(bytes, "\u{1}Ole10Native")? else { return Ok(None) };
    // Size, flags, label\0, original path\0, 4 bytes, temporary path (with
    // its length), then the data with its length.
    let u32_at = |at: usize| native.get(at..at + 4).map(|b| u32::from_le_bytes([b[0], b[1], b[2], b[3]]) as usize);
    let after_nul = |from: usize| native.get(from..)?.iter().position(|&b| b == 0).map(|i| from + i + 1);
    let data = (|| {
        let label_end = after_nul(6)?;
        let path_end = after_nul(label_end)?;
        let temp_len = u32_at(path_end + 4)?;
        let data_len_at = path_end.checked_add(8)?.checked_add(temp_len)?;
        let len = u32_at(data_len_at)?;
        native.get(data_len_at + 4..data_len_at.checked_add(4)?.checked_add(len)?).map(<[u8]>::to_vec)
    })();
    data.map(Some).ok_or_else(|| "Ole10Native stream is damaged".to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A table's number and its rows.
    type Numbered = (Option<u32>, Vec<Vec<String>>);

    fn rows(xml: &str) -> (String, Vec<Numbered>) {
        let content = document_content(xml, None).expect("xml");
        (content.text, content.tables.into_iter().map(|t| (t.table, t.rows)).collect())
    }

    #[test]
    fn a_word_merged_cell_leaves_the_grid_columns_it_covers_empty() {
        let xml = r#"<w:document xmlns:w="w"><w:body><w:p><w:r><w:t>申請書</w:t></w:r></w:p><w:tbl>
            <w:tr><w:tc><w:tcPr><w:gridSpan w:val="2"/></w:tcPr><w:p><w:r><w:t>氏名</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>山田</w:t></w:r><w:r><w:t> 太郎</w:t></w:r></w:p></w:tc></w:tr>
            <w:tr><w:trPr><w:gridBefore w:val="1"/></w:trPr><w:tc><w:p><w:r><w:t>住所</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>東京都</w:t></w:r></w:p><w:p><w:r><w:t>千代田区</w:t></w:r></w:p></w:tc></w:tr>
            </w:tbl><w:p><w:r><w:t>以上</w:t></w:r></w:p></w:body></w:document>"#;
        let (text, tables) = rows(xml);
        assert_eq!(text, "申請書\n以上\n");
        let expected: Vec<Vec<String>> = [["氏名", "", "山田 太郎"], ["", "住所", "東京都 千代田区"]]
            .iter()
            .map(|r| r.iter().map(|c| c.to_string()).collect())
            .collect();
        assert_eq!(tables, [(Some(1), expected)]);
    }

    #[test]
    fn a_drawingml_merged_cell_is_not_padded_twice_and_one_row_tables_stay_lines() {
        // PowerPoint writes the covered cell itself (`hMerge`).
        let xml = r#"<p:sld xmlns:p="p" xmlns:a="a"><a:tbl>
            <a:tr><a:tc gridSpan="2"><a:txBody><a:p><a:r><a:t>社員番号</a:t></a:r></a:p></a:txBody></a:tc><a:tc hMerge="1"><a:txBody><a:p/></a:txBody></a:tc><a:tc><a:txBody><a:p><a:r><a:t>E100</a:t></a:r></a:p></a:txBody></a:tc></a:tr>
            <a:tr><a:tc><a:txBody><a:p><a:r><a:t>a</a:t></a:r></a:p></a:txBody></a:tc><a:tc><a:txBody><a:p/></a:txBody></a:tc><a:tc><a:txBody><a:p><a:r><a:t>b</a:t></a:r></a:p></a:txBody></a:tc></a:tr>
            </a:tbl><a:tbl><a:tr><a:tc><a:txBody><a:p><a:r><a:t>連絡先</a:t></a:r></a:p></a:txBody></a:tc><a:tc><a:txBody><a:p><a:r><a:t>090-1234-5678</a:t></a:r></a:p></a:txBody></a:tc></a:tr></a:tbl></p:sld>"#;
        let (text, tables) = rows(xml);
        assert_eq!(text, "連絡先\t090-1234-5678\n");
        assert_eq!(tables.len(), 1);
        assert_eq!(tables[0].1[0], ["社員番号", "", "E100"]);
    }

    #[test]
    fn a_part_cut_off_inside_a_table_keeps_what_was_read() {
        let xml = r#"<w:document xmlns:w="w"><w:body><w:tbl><w:tr><w:tc><w:p><w:r><w:t>氏名</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>山田太郎</w:t></w:r></w:p></w:tc></w:tr>"#;
        let (text, tables) = rows(xml);
        assert!(tables.is_empty());
        assert_eq!(text, "氏名\t山田太郎\n");
    }
}

//! Building blocks of the office-shapes corpus: grids of labelled cells written
//! as xlsx sheets, Word tables (merged and nested cells) and PowerPoint tables.

use super::*;

// ====================================================================== grids

/// How a cell continues a vertical merge in a Word table.
#[derive(Clone, Copy, PartialEq)]
pub(super) enum VMerge {
    No,
    Restart,
    Continue,
}

/// One cell as the author typed it: its text, the kind a reader would flag
/// it as, and how many grid columns it spans (a merged cell).
#[derive(Clone)]
pub(super) struct G {
    pub(super) text: String,
    pub(super) label: Option<K>,
    pub(super) span: u32,
    pub(super) vmerge: VMerge,
}

pub(super) fn t(text: impl Into<String>) -> G {
    G { text: text.into(), label: None, span: 1, vmerge: VMerge::No }
}
pub(super) fn e() -> G {
    t("")
}
pub(super) fn v(kind: K, text: impl Into<String>) -> G {
    G { text: text.into(), label: Some(kind), span: 1, vmerge: VMerge::No }
}
impl G {
    pub(super) fn span(mut self, n: u32) -> G {
        self.span = n;
        self
    }
    pub(super) fn restart(mut self) -> G {
        self.vmerge = VMerge::Restart;
        self
    }
}
/// The lower part of a vertically merged cell (Word writes it as an empty `<w:vMerge/>` cell).
pub(super) fn cont() -> G {
    G { text: String::new(), label: None, span: 1, vmerge: VMerge::Continue }
}

pub(super) type Grid = Vec<Vec<G>>;

/// Where a finding sits: (entry|sheet|table, row, column) or (entry, line).
pub(super) type Loc = (String, u32, u32);

pub(super) fn loc_of(l: &presend::Location) -> Loc {
    let entry = l.entry.as_deref().unwrap_or("");
    match (l.row, l.column, l.line) {
        (Some(r), Some(c), _) => {
            let place = match (&l.sheet, l.table) {
                (Some(s), _) => format!("{entry}|sheet {s}"),
                (None, Some(n)) => format!("{entry}|table {n}"),
                (None, None) => format!("{entry}|cells"),
            };
            (place, r, c)
        }
        (_, _, Some(line)) => (format!("{entry}|lines"), line, 0),
        _ => (format!("{entry}|?"), 0, 0),
    }
}

/// Labels of a grid placed at `place`, its first cell at 1-based (row, column).
pub(super) fn grid_labels(grid: &Grid, place: &str, first: (u32, u32), out: &mut Vec<(K, Loc, String)>) {
    for (r, row) in grid.iter().enumerate() {
        let mut col = first.1;
        for cell in row {
            if let Some(k) = cell.label {
                out.push((k, (place.to_owned(), first.0 + r as u32, col), cell.text.clone()));
            }
            col += cell.span;
        }
    }
}

/// A grid as worksheet cells: a merged cell keeps its text in the top-left
/// cell and leaves the rest empty, which is what a reader of the file sees.
pub(super) fn grid_cells(grid: &Grid) -> Vec<Vec<Cell>> {
    grid.iter()
        .map(|row| {
            let mut cells = Vec::new();
            for g in row {
                cells.push(Cell::from(g.text.as_str()));
                for _ in 1..g.span {
                    cells.push(Cell::Empty);
                }
            }
            cells
        })
        .collect()
}

pub(super) fn escape(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;")
}

/// WordprocessingML for a table, with `gridSpan` and `vMerge` as Word writes
/// them; `nested` puts a table inside the cell at (row, cell index).
pub(super) fn w_table(grid: &Grid, nested: Option<(usize, usize, &Grid)>) -> String {
    let mut x = String::from("<w:tbl><w:tblPr><w:tblStyle w:val=\"TableGrid\"/></w:tblPr><w:tblGrid/>");
    for (r, row) in grid.iter().enumerate() {
        x.push_str("<w:tr>");
        for (i, g) in row.iter().enumerate() {
            x.push_str("<w:tc><w:tcPr><w:tcW w:w=\"1200\" w:type=\"dxa\"/>");
            if g.span > 1 {
                let _ = write!(x, "<w:gridSpan w:val=\"{}\"/>", g.span);
            }
            match g.vmerge {
                VMerge::Restart => x.push_str("<w:vMerge w:val=\"restart\"/>"),
                VMerge::Continue => x.push_str("<w:vMerge/>"),
                VMerge::No => {}
            }
            x.push_str("</w:tcPr>");
            // Word splits runs where formatting or editing changed.
            let mid = g.text.char_indices().nth(g.text.chars().count() / 2).map_or(0, |(i, _)| i);
            let _ = write!(
                x,
                "<w:p><w:r><w:t xml:space=\"preserve\">{}</w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>{}</w:t></w:r></w:p>",
                escape(&g.text[..mid]),
                escape(&g.text[mid..])
            );
            if let Some((nr, ni, inner)) = nested {
                if nr == r && ni == i {
                    x.push_str(&w_table(inner, None));
                    x.push_str("<w:p/>");
                }
            }
            x.push_str("</w:tc>");
        }
        x.push_str("</w:tr>");
    }
    x.push_str("</w:tbl>");
    x
}

pub(super) enum Block<'a> {
    P(&'a str),
    Table(&'a Grid),
    Nested(&'a Grid, usize, usize, &'a Grid),
}

pub(super) fn docx_blocks(blocks: &[Block]) -> Vec<u8> {
    let mut body = String::new();
    for b in blocks {
        match b {
            Block::P(p) => {
                let _ =
                    write!(body, "<w:p><w:pPr><w:jc w:val=\"left\"/></w:pPr><w:r><w:t>{}</w:t></w:r></w:p>", escape(p));
            }
            Block::Table(g) => body.push_str(&w_table(g, None)),
            Block::Nested(g, r, c, inner) => body.push_str(&w_table(g, Some((*r, *c, inner)))),
        }
    }
    let document = format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>{body}<w:sectPr/></w:body></w:document>"#
    );
    let types = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>"#;
    let rels = r#"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>"#;
    zip(&[
        ("[Content_Types].xml", types.as_bytes()),
        ("_rels/.rels", rels.as_bytes()),
        ("word/document.xml", document.as_bytes()),
    ])
}

/// A .pptx whose one slide holds a title and a DrawingML table (`a:tbl`).
pub(super) fn pptx_table(title: &str, grid: &Grid) -> Vec<u8> {
    let mut rows = String::new();
    for row in grid {
        rows.push_str("<a:tr h=\"370840\">");
        for g in row {
            let span = if g.span > 1 { format!(" gridSpan=\"{}\"", g.span) } else { String::new() };
            let _ = write!(
                rows,
                "<a:tc{span}><a:txBody><a:bodyPr/><a:p><a:r><a:t>{}</a:t></a:r></a:p></a:txBody></a:tc>",
                escape(&g.text)
            );
            for _ in 1..g.span {
                rows.push_str("<a:tc hMerge=\"1\"><a:txBody><a:bodyPr/><a:p/></a:txBody></a:tc>");
            }
        }
        rows.push_str("</a:tr>");
    }
    let slide = format!(
        r#"<?xml version="1.0"?><p:sld xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><p:cSld><p:spTree><p:sp><p:txBody><a:p><a:r><a:t>{}</a:t></a:r></a:p></p:txBody></p:sp><p:graphicFrame><a:graphic><a:graphicData><a:tbl><a:tblGrid/>{rows}</a:tbl></a:graphicData></a:graphic></p:graphicFrame></p:spTree></p:cSld></p:sld>"#,
        escape(title)
    );
    zip(&[
        ("[Content_Types].xml", br#"<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>"#),
        ("ppt/presentation.xml", br#"<?xml version="1.0"?><p:presentation xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main"/>"#),
        ("ppt/slides/slide1.xml", slide.as_bytes()),
    ])
}

// ====================================================================== documents

#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Debug)]
pub(super) enum Part {
    Tuning,
    KeptAside,
    /// A second kept-aside batch, written after the first round of tuning
    /// (whose misses had been seen on the first part).
    KeptAsideLate,
}

#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Debug)]
pub(super) enum Shape {
    Form,
    Transposed,
    SplitHeader,
    WordTable,
    FreeText,
    CompanyNames,
    DigitBoxes,
}

pub(super) struct Doc {
    pub(super) name: String,
    pub(super) part: Part,
    pub(super) shape: Shape,
    pub(super) bytes: Vec<u8>,
    /// What is to be found, where, and the text there (to explain a miss).
    pub(super) labels: Vec<(K, Loc, String)>,
    /// A clean twin: any finding is a false positive.
    pub(super) negative: bool,
}

/// The merged ranges of a grid (cells spanning columns), as Excel writes them.
pub(super) fn grid_merges(grid: &Grid) -> Vec<Merge> {
    let mut merges = Vec::new();
    for (r, row) in grid.iter().enumerate() {
        let mut col = 0u16;
        for g in row {
            if g.span > 1 {
                merges.push((r as u32, col, r as u32, col + g.span as u16 - 1));
            }
            col += g.span as u16;
        }
    }
    merges
}

/// A workbook; merged cells are real merged ranges.
pub(super) fn sheet_doc(part: Part, shape: Shape, name: &str, sheets: &[(&str, (u32, u16), Grid)]) -> Doc {
    let mut labels = Vec::new();
    let mut built = Vec::new();
    for (sheet, origin, grid) in sheets {
        grid_labels(grid, &format!("|sheet {sheet}"), (origin.0 + 1, origin.1 as u32 + 1), &mut labels);
        built.push((Sheet::new(sheet, grid_cells(grid)).at(origin.0, origin.1), grid_merges(grid)));
    }
    let negative = labels.is_empty();
    Doc { name: name.to_owned(), part, shape, bytes: xlsx_merged(&built), labels, negative }
}

/// A Word document; its tables are numbered in document order (a nested
/// table right after the one holding it), as the findings name them.
pub(super) fn word_doc(part: Part, shape: Shape, name: &str, blocks: &[Block]) -> Doc {
    let mut labels = Vec::new();
    let mut n = 0;
    for b in blocks {
        match b {
            Block::P(_) => {}
            Block::Table(g) => {
                n += 1;
                grid_labels(g, &format!("|table {n}"), (1, 1), &mut labels);
            }
            Block::Nested(g, _, _, inner) => {
                n += 1;
                grid_labels(g, &format!("|table {n}"), (1, 1), &mut labels);
                n += 1;
                grid_labels(inner, &format!("|table {n}"), (1, 1), &mut labels);
            }
        }
    }
    let negative = labels.is_empty();
    Doc { name: name.to_owned(), part, shape, bytes: docx_blocks(blocks), labels, negative }
}

pub(super) fn era_date(b: (u16, u8, u8)) -> String {
    let (name, _, ey) = era(b.0, b.1, b.2);
    format!("{name}{ey}年{}月{}日", b.1, b.2)
}

pub(super) fn pension(rng: &mut Rng) -> String {
    format!("{}-{}", rng.range(1000, 9999), rng.digits(6))
}

pub(super) fn licence(rng: &mut Rng) -> String {
    format!("{}{}", rng.range(10, 99), rng.digits(10))
}

pub(super) fn employee_id(rng: &mut Rng, style: u32) -> String {
    match style % 3 {
        0 => format!("{:06}", rng.range(1000, 999_999)),
        1 => format!("E{}", rng.range(10_000, 99_999)),
        _ => full_width(&format!("{:05}", rng.range(100, 99_999))),
    }
}

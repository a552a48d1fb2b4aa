//! Documents shaped the way Japanese offices really make them (issue 22):
//! forms (label and value side by side or one under the other, labels in
//! merged cells), transposed tables (field names down a column, one person
//! per column), headers split over two rows (`健康保険` over `記号`/`番号`),
//! tables inside Word and PowerPoint files, a free-text column under a
//! sensitive header, and company names built on a family name. Each shape
//! has a clean twin that must stay silent.
//!
//! Three parts, scored separately: the **tuning** part, which the layout
//! reading was developed against; the **kept-aside** part, written first
//! with other labels, wording and layouts (its misses were printed once, by
//! the first run, and seen; nothing was changed for them one by one); and a
//! **late kept-aside** batch written after the first round of tuning, first
//! measured unseen (0.794 recall, 0.979 precision: what a new document could
//! expect), then looked into for one bug (see `LATE_RECALL`). Every labelled value is
//! a (kind, place); a finding at a place with no label of its kind is a false
//! positive. `cargo test --test office_shapes -- --nocapture` prints the
//! table and writes it to `target/office-shapes.md`; `SHAPES_DUMP=<part of a
//! name>` prints that document's findings.

mod support;

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;

use presend::{scan_bytes, Kind as K, ScanOptions};
use support::files::{xlsx, xlsx_merged, zip, Cell, Merge, Sheet};
use support::people::*;

// ====================================================================== grids

/// How a cell continues a vertical merge in a Word table.
#[derive(Clone, Copy, PartialEq)]
enum VMerge {
    No,
    Restart,
    Continue,
}

/// One cell as the author typed it: its text, the kind a reader would flag
/// it as, and how many grid columns it spans (a merged cell).
#[derive(Clone)]
struct G {
    text: String,
    label: Option<K>,
    span: u32,
    vmerge: VMerge,
}

fn t(text: impl Into<String>) -> G {
    G { text: text.into(), label: None, span: 1, vmerge: VMerge::No }
}
fn e() -> G {
    t("")
}
fn v(kind: K, text: impl Into<String>) -> G {
    G { text: text.into(), label: Some(kind), span: 1, vmerge: VMerge::No }
}
impl G {
    fn span(mut self, n: u32) -> G {
        self.span = n;
        self
    }
    fn restart(mut self) -> G {
        self.vmerge = VMerge::Restart;
        self
    }
}
/// The lower part of a vertically merged cell (Word writes it as an empty `<w:vMerge/>` cell).
fn cont() -> G {
    G { text: String::new(), label: None, span: 1, vmerge: VMerge::Continue }
}

type Grid = Vec<Vec<G>>;

/// Where a finding sits: (entry|sheet|table, row, column) or (entry, line).
type Loc = (String, u32, u32);

fn loc_of(l: &presend::Location) -> Loc {
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
fn grid_labels(grid: &Grid, place: &str, first: (u32, u32), out: &mut Vec<(K, Loc, String)>) {
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
fn grid_cells(grid: &Grid) -> Vec<Vec<Cell>> {
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

fn escape(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;")
}

/// WordprocessingML for a table, with `gridSpan` and `vMerge` as Word writes
/// them; `nested` puts a table inside the cell at (row, cell index).
fn w_table(grid: &Grid, nested: Option<(usize, usize, &Grid)>) -> String {
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

enum Block<'a> {
    P(&'a str),
    Table(&'a Grid),
    Nested(&'a Grid, usize, usize, &'a Grid),
}

fn docx_blocks(blocks: &[Block]) -> Vec<u8> {
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
fn pptx_table(title: &str, grid: &Grid) -> Vec<u8> {
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
enum Part {
    Tuning,
    KeptAside,
    /// A second kept-aside batch, written after the first round of tuning
    /// (whose misses had been seen on the first part).
    KeptAsideLate,
}

#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Debug)]
enum Shape {
    Form,
    Transposed,
    SplitHeader,
    WordTable,
    FreeText,
    CompanyNames,
    DigitBoxes,
}

struct Doc {
    name: String,
    part: Part,
    shape: Shape,
    bytes: Vec<u8>,
    /// What is to be found, where, and the text there (to explain a miss).
    labels: Vec<(K, Loc, String)>,
    /// A clean twin: any finding is a false positive.
    negative: bool,
}

/// The merged ranges of a grid (cells spanning columns), as Excel writes them.
fn grid_merges(grid: &Grid) -> Vec<Merge> {
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
fn sheet_doc(part: Part, shape: Shape, name: &str, sheets: &[(&str, (u32, u16), Grid)]) -> Doc {
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
fn word_doc(part: Part, shape: Shape, name: &str, blocks: &[Block]) -> Doc {
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

fn era_date(b: (u16, u8, u8)) -> String {
    let (name, _, ey) = era(b.0, b.1, b.2);
    format!("{name}{ey}年{}月{}日", b.1, b.2)
}

fn pension(rng: &mut Rng) -> String {
    format!("{}-{}", rng.range(1000, 9999), rng.digits(6))
}

fn licence(rng: &mut Rng) -> String {
    format!("{}{}", rng.range(10, 99), rng.digits(10))
}

fn employee_id(rng: &mut Rng, style: u32) -> String {
    match style % 3 {
        0 => format!("{:06}", rng.range(1000, 999_999)),
        1 => format!("E{}", rng.range(10_000, 99_999)),
        _ => full_width(&format!("{:05}", rng.range(100, 99_999))),
    }
}

// ---------------------------------------------------------------- kept-aside part
// Written first, with labels, wording and layouts unlike the tuning part, and
// never used while tuning.

fn aside_forms(rng: &mut Rng, docs: &mut Vec<Doc>) {
    use K::*;
    for i in 0..3 {
        let p = Person::born_between(rng, 1950, 1999);
        // A 身上異動届 with the labels in column B and each value merged over
        // three cells, two empty columns after the label.
        let grid: Grid = vec![
            vec![e(), t("身上異動届").span(5)],
            vec![e(), t("提出日"), e(), t("2026年11月2日")],
            vec![],
            vec![e(), t("従業員番号"), e(), e(), v(EmployeeId, employee_id(rng, i))],
            vec![e(), t("お名前"), e(), e(), v(PersonName, p.name(rng))],
            vec![e(), t("誕生日"), e(), e(), v(BirthDate, era_date(p.birth))],
            vec![e(), t("新しいご住所"), e(), e(), v(Address, p.home.full())],
            vec![e(), t("携帯電話"), e(), e(), v(Phone, p.mobile.styled(rng))],
            vec![e(), t("異動の内容"), e(), e(), t("転居")],
        ];
        docs.push(sheet_doc(Part::KeptAside, Shape::Form, &format!("身上異動届_{i}.xlsx"), &[("届出", (0, 0), grid)]));

        // A 扶養控除申告書 head in Word: two label/value pairs per row.
        let q = Person::born_between(rng, 1960, 2000);
        let spouse = q.relative(rng, !q.female, 1960, 2000);
        let my = my_number(rng);
        let grid: Grid = vec![
            vec![
                t("フリガナ"),
                v(PersonName, q.kana(rng)),
                t("生年月日"),
                v(BirthDate, full_width(&era_date(q.birth))),
            ],
            vec![t("氏　名"), v(PersonName, q.name(rng)), t("個人番号"), v(MyNumber, my_number_styled(rng, &my))],
            vec![t("住　所"), v(Address, q.home.full()).span(3)],
            vec![t("配偶者の氏名"), v(PersonName, spouse.name(rng)), t("続柄"), t("妻")],
            vec![t("基礎年金番号"), v(PensionNumber, pension(rng)), t("世帯主"), t("本人")],
        ];
        docs.push(word_doc(
            Part::KeptAside,
            Shape::Form,
            &format!("扶養控除申告書_{i}.docx"),
            &[
                Block::P("令和8年分 給与所得者の扶養控除等（異動）申告書"),
                Block::P("所轄税務署長 殿"),
                Block::Table(&grid),
            ],
        ));

        // A 口座振込依頼書: labels above their values.
        let r = Person::born_between(rng, 1960, 2000);
        let grid: Grid = vec![
            vec![t("口座振込依頼書").span(3)],
            vec![t("職員番号"), t("ご氏名"), t("ご連絡先")],
            vec![v(EmployeeId, employee_id(rng, i + 1)), v(PersonName, r.name(rng)), v(Phone, r.landline.hyphen())],
            vec![t("金融機関"), t("支店"), t("口座番号（普通）")],
            vec![t("みずほ銀行"), t("新宿支店"), v(BankAccount, rng.digits(7))],
        ];
        docs.push(sheet_doc(
            Part::KeptAside,
            Shape::Form,
            &format!("口座振込依頼書_{i}.xlsx"),
            &[("依頼書", (1, 1), grid)],
        ));
    }
    // Twin: an 評定表 with item names and grades, no one in it.
    let grid: Grid = vec![
        vec![t("職務評定表（記入例）").span(4)],
        vec![t("評定要素"), t("着眼点"), t("一次評定"), t("二次評定")],
        vec![t("責任感"), t("最後までやり遂げる"), t("Ｓ"), t("A")],
        vec![t("規律性"), t("ルールを守る"), t("B"), t("B")],
        vec![t("積極性"), t("改善を提案する"), t("A"), t("C")],
        vec![t("評定者コメント"), t("特になし").span(3)],
    ];
    docs.push(sheet_doc(Part::KeptAside, Shape::Form, "職務評定表_記入例.xlsx", &[("評定", (0, 0), grid)]));
}

fn aside_transposed(rng: &mut Rng, docs: &mut Vec<Doc>) {
    use K::*;
    for i in 0..2 {
        let people: Vec<Person> = (0..4).map(|_| Person::born_between(rng, 1955, 2000)).collect();
        let row = |label: &str, kind: Option<K>, f: &mut dyn FnMut(&Person) -> String| -> Vec<G> {
            let mut r = vec![t(label)];
            for p in &people {
                let text = f(p);
                r.push(match kind {
                    Some(k) => v(k, text),
                    None => t(text),
                });
            }
            r
        };
        let mut grid: Grid = vec![vec![t("派遣スタッフ登録票（比較用）")], vec![]];
        grid.push(row("項目", None, &mut |_| "登録者".to_owned()));
        grid.push(row("名前", Some(PersonName), &mut |p| p.full()));
        let mut c = 0;
        grid.push(row("従業員ID", Some(EmployeeId), &mut |_| {
            c += 1;
            format!("S-{:04}", 1000 + c)
        }));
        grid.push(row("誕生日", Some(BirthDate), &mut |p| era_date(p.birth)));
        let mut r2 = Rng::new(99 + i);
        grid.push(row("年金番号", Some(PensionNumber), &mut |_| pension(&mut r2)));
        grid.push(row("免許証番号", Some(DriversLicense), &mut |_| licence(&mut r2)));
        grid.push(row("携帯", Some(Phone), &mut |p| p.mobile.hyphen()));
        grid.push(row("マイナンバー", Some(MyNumber), &mut |_| my_number(&mut r2)));
        grid.push(row("希望職種", None, &mut |_| "事務".to_owned()));
        docs.push(sheet_doc(
            Part::KeptAside,
            Shape::Transposed,
            &format!("登録票比較_{i}.xlsx"),
            &[("比較", (0, 1), grid)],
        ));
    }
    // Labels merged over two columns, values from column C on.
    let people: Vec<Person> = (0..3).map(|_| Person::born_between(rng, 1960, 1995)).collect();
    let mut grid: Grid = Vec::new();
    let mut line = |label: &str, kind: K, vals: Vec<String>| {
        let mut r = vec![t(label).span(2)];
        r.extend(vals.into_iter().map(|s| v(kind, s)));
        grid.push(r);
    };
    line("氏名（漢字）", PersonName, people.iter().map(Person::full).collect());
    line("生年月日", BirthDate, people.iter().map(|p| full_width(&era_date(p.birth))).collect());
    line("社員コード", EmployeeId, vec!["K-0101".into(), "K-0102".into(), "K-0103".into()]);
    line("現住所", Address, people.iter().map(|p| p.home.full()).collect());
    docs.push(sheet_doc(Part::KeptAside, Shape::Transposed, "候補者比較表.xlsx", &[("候補者", (0, 0), grid)]));
    // Twin: a monthly figures sheet with items down column A.
    let grid: Grid = vec![
        vec![t("科目"), t("4月"), t("5月"), t("6月")],
        vec![t("売上高"), t("1,204,000"), t("1,398,500"), t("1,150,200")],
        vec![t("仕入高"), t("604,000"), t("701,000"), t("590,300")],
        vec![t("担当部署"), t("営業一課"), t("営業一課"), t("営業二課")],
        vec![t("伝票番号"), t("202604-0012"), t("202605-0031"), t("202606-0007")],
    ];
    docs.push(sheet_doc(Part::KeptAside, Shape::Transposed, "月次推移.xlsx", &[("推移", (0, 0), grid)]));
}

fn aside_split(rng: &mut Rng, docs: &mut Vec<Doc>) {
    use K::*;
    let mut grid: Grid = vec![
        vec![t("職員台帳"), e(), e(), e(), e(), e(), e()],
        vec![],
        vec![t("職員番号"), t("職員名"), t("健保"), e(), t("緊急連絡先"), e(), t("振込口座")],
        vec![e(), e(), t("記号"), t("番号"), t("氏名"), t("電話"), t("口座番号")],
    ];
    for i in 0..6 {
        let p = Person::born_between(rng, 1960, 2000);
        let kin = p.relative(rng, !p.female, 1950, 2000);
        grid.push(vec![
            v(EmployeeId, format!("{}", 3000 + i)),
            v(PersonName, p.full()),
            v(HealthInsurance, rng.range(10, 9999).to_string()),
            v(HealthInsurance, rng.range(1, 999).to_string()),
            v(PersonName, kin.name(rng)),
            v(Phone, kin.mobile.styled(rng)),
            v(BankAccount, rng.digits(7)),
        ]);
    }
    docs.push(sheet_doc(Part::KeptAside, Shape::SplitHeader, "職員台帳.xlsx", &[("台帳", (0, 0), grid)]));

    let mut grid: Grid = vec![
        vec![t("氏名").restart(), t("保険証").span(2), t("基礎年金"), t("生年月日").restart()],
        vec![cont(), t("記号"), t("番号"), t("番号"), cont()],
    ];
    for _ in 0..5 {
        let p = Person::born_between(rng, 1950, 1990);
        grid.push(vec![
            v(PersonName, p.name(rng)),
            v(HealthInsurance, full_width(&rng.range(100, 9999).to_string())),
            v(HealthInsurance, rng.range(1, 99).to_string()),
            v(PensionNumber, pension(rng)),
            v(BirthDate, era_date(p.birth)),
        ]);
    }
    docs.push(word_doc(
        Part::KeptAside,
        Shape::SplitHeader,
        "資格取得届_控.docx",
        &[Block::P("被保険者資格取得届（控）"), Block::Table(&grid), Block::P("以上")],
    ));
    // Twin: sales by quarter with a two-row header.
    let grid: Grid = vec![
        vec![t("店舗名"), t("上期"), e(), t("下期"), e()],
        vec![e(), t("数量"), t("金額"), t("数量"), t("金額")],
        vec![t("新宿店"), t("120"), t("1,440,000"), t("98"), t("1,176,000")],
        vec![t("横浜店"), t("87"), t("1,044,000"), t("101"), t("1,212,000")],
        vec![t("大宮店"), t("64"), t("768,000"), t("70"), t("840,000")],
    ];
    docs.push(sheet_doc(Part::KeptAside, Shape::SplitHeader, "店舗別実績.xlsx", &[("実績", (0, 0), grid)]));
}

fn aside_word(rng: &mut Rng, docs: &mut Vec<Doc>) {
    use K::*;
    let mut grid: Grid = vec![
        vec![t("異動者一覧（令和8年4月1日付）").span(4)],
        vec![t("職員番号"), t("職員名"), t("異動前"), t("異動後")],
    ];
    for i in 0..5 {
        let p = Person::gen(rng);
        grid.push(vec![
            v(EmployeeId, full_width(&format!("{}", 52_000 + i * 7))),
            v(PersonName, p.name(rng)),
            t("総務課"),
            t("企画課"),
        ]);
    }
    let note: Grid = vec![vec![t("問合せ先"), v(PersonName, "人事課 小林")], vec![t("内線"), t("2231")]];
    docs.push(word_doc(
        Part::KeptAside,
        Shape::WordTable,
        "異動者一覧.docx",
        &[Block::P("職員各位"), Block::Nested(&grid, 2, 3, &note), Block::P("以上")],
    ));
    let mut grid: Grid = vec![vec![t("会員No."), t("お名前"), t("ご住所"), t("e-mail")]];
    for i in 0..5 {
        let p = Person::gen(rng);
        grid.push(vec![
            v(EmployeeId, format!("M{:05}", 200 + i)),
            v(PersonName, p.name(rng)),
            v(Address, p.home.full()),
            v(Email, p.email.clone()),
        ]);
    }
    docs.push(word_doc(
        Part::KeptAside,
        Shape::WordTable,
        "同好会会員名簿.docx",
        &[Block::P("同好会 会員名簿"), Block::P("取扱注意"), Block::Table(&grid)],
    ));
    // Twin: an order sheet in Word.
    let grid: Grid = vec![
        vec![t("品番"), t("品名"), t("数量"), t("備考")],
        vec![t("PS-1001"), t("コピー用紙 A4"), t("20"), t("至急")],
        vec![t("PS-1002"), t("ボールペン 黒"), t("100"), t("")],
        vec![t("PS-1003"), t("クリアファイル"), t("50"), t("")],
    ];
    docs.push(word_doc(
        Part::KeptAside,
        Shape::WordTable,
        "備品発注書.docx",
        &[Block::P("備品発注書"), Block::Table(&grid)],
    ));
}

fn aside_free_text(rng: &mut Rng, docs: &mut Vec<Doc>) {
    use K::*;
    let mut grid: Grid = vec![vec![t("記録日"), t("対象者"), t("支援経過（体調・服薬含む）")]];
    let notes: &[(&str, bool)] = &[
        ("午前中は作業に集中して取り組み、昼休みは同僚と談笑していた。", false),
        ("朝から頭痛を訴え、持参の鎮痛剤を服用して早退した。", true),
        ("面談で来月からの勤務時間について確認し、本人も了承した。", false),
        ("通院のため午後休。主治医よりうつ病の診断が出ているとの報告あり。", true),
        ("清掃作業の手順書を見直し、写真付きの説明を追加した。", false),
        ("定例の振り返りを実施。目標の達成状況を一緒に確認した。", false),
    ];
    for (i, (note, sensitive)) in notes.iter().enumerate() {
        let p = Person::gen(rng);
        grid.push(vec![
            t(format!("2026/10/{}", 5 + i)),
            v(PersonName, p.name(rng)),
            if *sensitive { v(Health, *note) } else { t(*note) },
        ]);
    }
    docs.push(sheet_doc(Part::KeptAside, Shape::FreeText, "支援経過記録.xlsx", &[("経過", (0, 0), grid)]));
    // Twin: a work log with a narrative column and no one named.
    let grid: Grid = vec![
        vec![t("日付"), t("作業区分"), t("作業記録（経過）")],
        vec![t("10/1"), t("点検"), t("空調設備の定期点検を行い、フィルターを交換した。")],
        vec![t("10/2"), t("清掃"), t("倉庫の棚を整理し、不要な段ボールを処分した。")],
        vec![t("10/3"), t("搬入"), t("新しい什器を3階会議室に搬入し、配置を確認した。")],
        vec![t("10/4"), t("点検"), t("非常用照明の点灯を確認、異常なし。")],
    ];
    docs.push(sheet_doc(Part::KeptAside, Shape::FreeText, "設備作業記録.xlsx", &[("作業", (0, 0), grid)]));
}

/// A number written one digit a box, as printed forms ask (`個人番号` in 12
/// cells): labelled at its first box, where the finding is to be.
fn boxes(kind: K, digits: &str, wide: bool, groups: &[usize]) -> Vec<G> {
    let mut out = Vec::new();
    let mut chars = digits.chars();
    for (gi, n) in groups.iter().enumerate() {
        if gi > 0 {
            out.push(t("-"));
        }
        for _ in 0..*n {
            let d = chars.next().map(String::from).unwrap_or_default();
            let d = if wide { full_width(&d) } else { d };
            out.push(if out.is_empty() { v(kind, d) } else { t(d) });
        }
    }
    out
}

// Kept aside (written before the digit boxes were read).
fn aside_digit_boxes(rng: &mut Rng, docs: &mut Vec<Doc>) {
    use K::*;
    for i in 0..2 {
        let p = Person::born_between(rng, 1960, 2000);
        let my = my_number(rng);
        let mut mrow = vec![t("個人番号")];
        mrow.extend(boxes(MyNumber, &my, i == 0, &[4, 4, 4]));
        let mut arow = vec![t("振込先口座番号")];
        arow.extend(boxes(BankAccount, &rng.digits(7), i == 1, &[7]));
        let grid: Grid = vec![
            vec![t("給与振込口座・個人番号届")],
            vec![t("ふりがな"), v(PersonName, p.kana(rng)).span(6)],
            vec![t("氏名"), v(PersonName, p.name(rng)).span(6)],
            mrow,
            arow,
            vec![t("届出日"), t("令和8年4月1日").span(6)],
        ];
        docs.push(sheet_doc(
            Part::KeptAside,
            Shape::DigitBoxes,
            &format!("口座個人番号届_{i}.xlsx"),
            &[("届", (0, 0), grid)],
        ));
    }
    let p = Person::born_between(rng, 1960, 2000);
    let my = my_number(rng);
    let mut mrow = vec![t("マイナンバー")];
    mrow.extend(boxes(MyNumber, &my, true, &[12]));
    let grid: Grid = vec![vec![t("氏　名"), v(PersonName, p.full()).span(12)], mrow];
    docs.push(word_doc(
        Part::KeptAside,
        Shape::DigitBoxes,
        "番号届出書.docx",
        &[Block::P("個人番号届出書"), Block::Table(&grid)],
    ));
    // Twin: a product code in boxes.
    let mut row = vec![t("品番")];
    row.extend("4512345".chars().map(|c| t(c.to_string())));
    let grid: Grid = vec![vec![t("返品伝票")], row, vec![t("数量"), t("3")]];
    docs.push(sheet_doc(Part::KeptAside, Shape::DigitBoxes, "返品伝票.xlsx", &[("伝票", (0, 0), grid)]));
}

fn aside_companies(rng: &mut Rng, docs: &mut Vec<Doc>) {
    use K::*;
    let firms = ["渡辺製作所", "高橋建設", "伊藤精肉店", "小林工務店", "加藤産業", "吉田電機商会"];
    let mut grid: Grid = vec![vec![t("得意先名"), t("ご担当者"), t("代表電話")]];
    for f in firms {
        let p = Person::gen(rng);
        grid.push(vec![t(f), v(PersonName, p.name(rng)), v(Phone, support::people::Phone::fixed(rng, "03").hyphen())]);
    }
    docs.push(sheet_doc(Part::KeptAside, Shape::CompanyNames, "得意先一覧.xlsx", &[("得意先", (0, 0), grid)]));
    // Twin: a customer list of firms only.
    let grid: Grid = vec![
        vec![t("顧客"), t("業種"), t("取引開始")],
        vec![t("山口運送"), t("運輸"), t("2019年")],
        vec![t("松本ベーカリー"), t("食品"), t("2021年")],
        vec![t("井上酒店"), t("小売"), t("2015年")],
        vec![t("木村塗装"), t("建設"), t("2020年")],
    ];
    docs.push(sheet_doc(Part::KeptAside, Shape::CompanyNames, "顧客一覧_法人.xlsx", &[("顧客", (0, 0), grid)]));
}

// ---------------------------------------------------------------- tuning part

fn tuning_forms(rng: &mut Rng, docs: &mut Vec<Doc>) {
    use K::*;
    for i in 0..3 {
        let p = Person::born_between(rng, 1955, 2000);
        // 人事評価シート: a form head, then a list of grades.
        let grid: Grid = vec![
            vec![t("人事評価シート（2026年度上期）")],
            vec![],
            vec![t("社員番号"), v(EmployeeId, employee_id(rng, i)), t("氏名"), v(PersonName, p.name(rng))],
            vec![t("所属"), t("営業部"), t("役職"), t("主任")],
            vec![t("生年月日"), v(BirthDate, era_date(p.birth)), t("入社日"), t("2015年4月1日")],
            vec![],
            vec![t("評価項目"), t("ウェイト"), t("自己評価"), t("上司評価"), t("コメント")],
            vec![t("業務遂行力"), t("30%"), t("A"), t("B"), t("目標を概ね達成した")],
            vec![t("協調性"), t("20%"), t("B"), t("B"), t("")],
            vec![t("企画力"), t("20%"), t("S"), t("A"), t("新規提案2件")],
            vec![t("総合評価"), t(""), t("A"), t("B")],
        ];
        docs.push(sheet_doc(Part::Tuning, Shape::Form, &format!("人事評価シート_{i}.xlsx"), &[("評価", (0, 0), grid)]));

        // 申請書 with merged label and value cells.
        let q = Person::born_between(rng, 1955, 2000);
        let my = my_number(rng);
        let grid: Grid = vec![
            vec![t("通勤手当申請書").span(5)],
            vec![t("申請者氏名").span(2), v(PersonName, q.name(rng)).span(3)],
            vec![t("フリガナ").span(2), v(PersonName, q.kana(rng)).span(3)],
            vec![t("住所").span(2), v(Address, q.home.full()).span(3)],
            vec![t("電話番号").span(2), v(Phone, q.landline.styled(rng)).span(3)],
            vec![t("マイナンバー").span(2), v(MyNumber, my_number_styled(rng, &my)).span(3)],
            vec![t("金融機関名").span(2), t("三井住友銀行 本店営業部").span(3)],
            vec![t("口座番号").span(2), v(BankAccount, full_width(&rng.digits(7))).span(3)],
            vec![t("通勤経路").span(2), t("自宅→新宿駅→本社").span(3)],
        ];
        docs.push(sheet_doc(Part::Tuning, Shape::Form, &format!("通勤手当申請書_{i}.xlsx"), &[("申請", (0, 0), grid)]));

        // Labels over values.
        let r = Person::born_between(rng, 1955, 2000);
        let grid: Grid = vec![
            vec![t("氏名"), t("生年月日"), t("電話番号")],
            vec![
                v(PersonName, r.name(rng)),
                v(BirthDate, full_width(&era_date(r.birth))),
                v(Phone, r.mobile.styled(rng)),
            ],
            vec![t("住所").span(3)],
            vec![v(Address, r.home.full()).span(3)],
            vec![t("基礎年金番号"), t("社員番号"), t("備考")],
            vec![v(PensionNumber, pension(rng)), v(EmployeeId, employee_id(rng, i + 2)), t("特になし")],
        ];
        docs.push(sheet_doc(Part::Tuning, Shape::Form, &format!("入社手続書_{i}.xlsx"), &[("入社", (0, 0), grid)]));

        // A 2-column label/value sheet in Word.
        let s = Person::born_between(rng, 1955, 2000);
        let grid: Grid = vec![
            vec![t("氏名"), v(PersonName, s.name(rng))],
            vec![t("社員番号"), v(EmployeeId, employee_id(rng, i + 1))],
            vec![t("生年月日"), v(BirthDate, era_date(s.birth))],
            vec![t("住所"), v(Address, s.home.full())],
            vec![t("個人番号"), v(MyNumber, my_number(rng))],
            vec![t("休職理由"), t("家庭の事情")],
        ];
        docs.push(word_doc(
            Part::Tuning,
            Shape::Form,
            &format!("休職届_{i}.docx"),
            &[Block::P("休職届"), Block::P("下記のとおり届け出ます。"), Block::Table(&grid)],
        ));
    }
    // Twins: grades and item names only.
    let grid: Grid = vec![
        vec![t("評価シート（様式）")],
        vec![t("氏名"), e(), t("社員番号"), e()],
        vec![t("評価項目"), t("自己評価"), t("上司評価")],
        vec![t("業務遂行力"), t("A"), t("B")],
        vec![t("協調性"), t("B"), t("C")],
        vec![t("指導力"), t("A"), t("A")],
        vec![t("規律性"), t("S"), t("B")],
    ];
    docs.push(sheet_doc(Part::Tuning, Shape::Form, "評価シート_様式.xlsx", &[("様式", (0, 0), grid)]));
}

fn tuning_transposed(rng: &mut Rng, docs: &mut Vec<Doc>) {
    use K::*;
    for i in 0..2u64 {
        let people: Vec<Person> = (0..5).map(|_| Person::born_between(rng, 1950, 2000)).collect();
        let mut r2 = Rng::new(7 + i);
        let mut grid: Grid = Vec::new();
        let mut line = |label: &str, kind: Option<K>, vals: Vec<String>| {
            let mut r = vec![t(label)];
            r.extend(vals.into_iter().map(|s| match kind {
                Some(k) => v(k, s),
                None => t(s),
            }));
            grid.push(r);
        };
        line("氏名", Some(PersonName), people.iter().map(Person::full).collect());
        line(
            "フリガナ",
            Some(PersonName),
            people.iter().map(|p| format!("{} {}", p.surname_kana, p.given_kana)).collect(),
        );
        line("社員番号", Some(EmployeeId), (0..5).map(|j| format!("{}", 10_100 + j)).collect());
        line("生年月日", Some(BirthDate), people.iter().map(|p| era_date(p.birth)).collect());
        line("基礎年金番号", Some(PensionNumber), (0..5).map(|_| pension(&mut r2)).collect());
        line("運転免許証番号", Some(DriversLicense), (0..5).map(|_| licence(&mut r2)).collect());
        line("住所", Some(Address), people.iter().map(|p| p.home.full()).collect());
        line("電話番号", Some(Phone), people.iter().map(|p| p.mobile.hyphen()).collect());
        line("所属", None, vec!["総務部".into(); 5]);
        if i == 0 {
            docs.push(sheet_doc(Part::Tuning, Shape::Transposed, "社員情報_横持ち.xlsx", &[("横持ち", (0, 0), grid)]));
        } else {
            let mut head = vec![t("項目")];
            head.extend((1..=5).map(|j| t(format!("{j}人目"))));
            grid.insert(0, head);
            docs.push(word_doc(
                Part::Tuning,
                Shape::Transposed,
                "新入社員情報.docx",
                &[Block::P("新入社員情報一覧"), Block::Table(&grid)],
            ));
        }
    }
    // Twin.
    let grid: Grid = vec![
        vec![t("項目"), t("第1四半期"), t("第2四半期")],
        vec![t("受注件数"), t("124"), t("131")],
        vec![t("受注金額"), t("12,400,000"), t("13,050,000")],
        vec![t("注文番号"), t("202604150001"), t("202607150002")],
    ];
    docs.push(sheet_doc(Part::Tuning, Shape::Transposed, "四半期実績.xlsx", &[("実績", (0, 0), grid)]));
}

fn tuning_split(rng: &mut Rng, docs: &mut Vec<Doc>) {
    use K::*;
    let mut grid: Grid = vec![
        vec![t("社会保険 加入者一覧")],
        vec![],
        vec![t("社員番号"), t("氏名"), t("健康保険"), e(), t("基礎年金"), t("口座"), e(), e()],
        vec![e(), e(), t("記号"), t("番号"), t("番号"), t("銀行名"), t("支店"), t("番号")],
    ];
    for i in 0..8 {
        let p = Person::born_between(rng, 1960, 2000);
        grid.push(vec![
            v(EmployeeId, format!("{}", 2001 + i)),
            v(PersonName, p.name(rng)),
            v(HealthInsurance, rng.range(100, 9999).to_string()),
            v(HealthInsurance, rng.range(1, 999).to_string()),
            v(PensionNumber, pension(rng)),
            t(*rng.pick(&["三菱UFJ銀行", "ゆうちょ銀行", "りそな銀行"])),
            t(*rng.pick(&["本店", "渋谷支店", "梅田支店"])),
            v(BankAccount, rng.digits(7)),
        ]);
    }
    docs.push(sheet_doc(Part::Tuning, Shape::SplitHeader, "社会保険加入者一覧.xlsx", &[("一覧", (0, 0), grid)]));

    let mut grid: Grid = vec![
        vec![t("氏名").restart(), t("健康保険証").span(2), t("連絡先").restart()],
        vec![cont(), t("記号"), t("番号"), cont()],
    ];
    for _ in 0..5 {
        let p = Person::gen(rng);
        grid.push(vec![
            v(PersonName, p.name(rng)),
            v(HealthInsurance, rng.range(100, 9999).to_string()),
            v(HealthInsurance, rng.range(1, 99).to_string()),
            v(Phone, p.mobile.styled(rng)),
        ]);
    }
    docs.push(word_doc(
        Part::Tuning,
        Shape::SplitHeader,
        "保険証一覧.docx",
        &[Block::P("保険証 交付一覧"), Block::Table(&grid)],
    ));
    // Twin.
    let grid: Grid = vec![
        vec![t("商品名"), t("今月"), e(), t("前月"), e()],
        vec![e(), t("数量"), t("金額"), t("数量"), t("金額")],
        vec![t("コピー用紙"), t("40"), t("18,000"), t("35"), t("15,750")],
        vec![t("トナー"), t("3"), t("27,000"), t("2"), t("18,000")],
    ];
    docs.push(sheet_doc(Part::Tuning, Shape::SplitHeader, "消耗品集計.xlsx", &[("集計", (0, 0), grid)]));
}

fn tuning_word(rng: &mut Rng, docs: &mut Vec<Doc>) {
    use K::*;
    let mut grid: Grid = vec![vec![t("社員番号"), t("氏名"), t("現所属"), t("新所属"), t("発令日")]];
    for i in 0..6 {
        let p = Person::gen(rng);
        grid.push(vec![
            v(EmployeeId, format!("{}", 81_200 + i * 3)),
            v(PersonName, p.name(rng)),
            t("営業一課"),
            t("営業二課"),
            t("令和8年4月1日"),
        ]);
    }
    docs.push(word_doc(
        Part::Tuning,
        Shape::WordTable,
        "人事異動内示.docx",
        &[Block::P("人事異動内示"), Block::P("下記のとおり内示します。"), Block::Table(&grid), Block::P("以上")],
    ));
    let mut grid: Grid = vec![vec![t("No."), t("氏名"), t("フリガナ"), t("電話番号"), t("メールアドレス")]];
    for i in 0..5 {
        let p = Person::gen(rng);
        grid.push(vec![
            t(format!("{}", i + 1)),
            v(PersonName, p.name(rng)),
            v(PersonName, p.kana(rng)),
            v(Phone, p.mobile.styled(rng)),
            v(Email, p.email.clone()),
        ]);
    }
    docs.push(word_doc(Part::Tuning, Shape::WordTable, "連絡網.docx", &[Block::P("PTA 連絡網"), Block::Table(&grid)]));
    // A table on a slide.
    let mut grid: Grid = vec![vec![t("氏名"), t("社員番号"), t("部署")]];
    for i in 0..4 {
        let p = Person::gen(rng);
        grid.push(vec![v(PersonName, p.name(rng)), v(EmployeeId, format!("{}", 4400 + i)), t("開発部")]);
    }
    let mut labels = Vec::new();
    grid_labels(&grid, "slide 1|table 1", (1, 1), &mut labels);
    docs.push(Doc {
        name: "プロジェクト体制.pptx".into(),
        part: Part::Tuning,
        shape: Shape::WordTable,
        bytes: pptx_table("プロジェクト体制", &grid),
        labels,
        negative: false,
    });
    // Twin.
    let grid: Grid = vec![
        vec![t("日程"), t("内容"), t("場所")],
        vec![t("4月1日"), t("入社式"), t("本社 大会議室")],
        vec![t("4月2日"), t("新人研修"), t("研修センター")],
    ];
    docs.push(word_doc(Part::Tuning, Shape::WordTable, "研修日程.docx", &[Block::P("研修日程"), Block::Table(&grid)]));
}

fn tuning_free_text(rng: &mut Rng, docs: &mut Vec<Doc>) {
    use K::*;
    let mut grid: Grid = vec![vec![t("日付"), t("利用者名"), t("症状・経過記録")]];
    let notes: &[(&str, bool)] = &[
        ("昼食を全量摂取。午後はレクリエーションに参加された。", false),
        ("夜間に発熱あり（37.8度）、主治医に連絡し解熱剤を服用。", true),
        ("入浴介助を実施。ご家族の面会があり穏やかに過ごされた。", false),
        ("散歩の後、居室で読書をして過ごされた。", false),
        ("血圧が高めのため降圧剤の量を調整したと看護師より報告。", true),
        ("ご家族と電話で来月の行事予定について話された。", false),
    ];
    for (i, (note, sensitive)) in notes.iter().enumerate() {
        let p = Person::gen(rng);
        grid.push(vec![
            t(format!("10月{}日", i + 1)),
            v(PersonName, p.name(rng)),
            if *sensitive { v(Health, *note) } else { t(*note) },
        ]);
    }
    docs.push(sheet_doc(Part::Tuning, Shape::FreeText, "介護記録.xlsx", &[("記録", (0, 0), grid)]));
    let grid: Grid = vec![
        vec![t("日付"), t("経過記録")],
        vec![t("10/1"), t("会議室のプロジェクターを交換し、動作を確認した。")],
        vec![t("10/2"), t("来客用駐車場の区画線を引き直した。")],
        vec![t("10/3"), t("社内報の原稿を各部署から回収した。")],
    ];
    docs.push(sheet_doc(Part::Tuning, Shape::FreeText, "総務経過記録.xlsx", &[("記録", (0, 0), grid)]));
}

fn tuning_companies(rng: &mut Rng, docs: &mut Vec<Doc>) {
    use K::*;
    let firms = ["山田運輸", "佐藤食品工業", "鈴木商店", "田中建設", "中村印刷", "斎藤製菓"];
    let mut grid: Grid = vec![vec![t("取引先"), t("担当者"), t("電話番号")]];
    for f in firms {
        let p = Person::gen(rng);
        grid.push(vec![t(f), v(PersonName, p.name(rng)), v(Phone, support::people::Phone::fixed(rng, "06").hyphen())]);
    }
    docs.push(sheet_doc(Part::Tuning, Shape::CompanyNames, "取引先一覧.xlsx", &[("取引先", (0, 0), grid)]));
    let grid: Grid = vec![
        vec![t("顧客名"), t("地域"), t("ランク")],
        vec![t("高橋運輸"), t("関東"), t("A")],
        vec![t("伊藤食品工業"), t("関西"), t("B")],
        vec![t("渡辺商店"), t("東海"), t("A")],
        vec![t("小林製作所"), t("九州"), t("C")],
    ];
    docs.push(sheet_doc(Part::Tuning, Shape::CompanyNames, "顧客ランク.xlsx", &[("顧客", (0, 0), grid)]));
}

fn tuning_digit_boxes(rng: &mut Rng, docs: &mut Vec<Doc>) {
    use K::*;
    for i in 0..2 {
        let p = Person::born_between(rng, 1960, 2000);
        let my = my_number(rng);
        let mut mrow = vec![t("マイナンバー")];
        mrow.extend(boxes(MyNumber, &my, i == 1, &[12]));
        let mut arow = vec![t("口座番号"), e()];
        arow.extend(boxes(BankAccount, &rng.digits(7), false, &[7]));
        let grid: Grid =
            vec![vec![t("扶養控除等申告書（控）")], vec![t("氏名"), v(PersonName, p.name(rng)).span(4)], mrow, arow];
        docs.push(sheet_doc(Part::Tuning, Shape::DigitBoxes, &format!("申告書控_{i}.xlsx"), &[("控", (0, 0), grid)]));
    }
    // Twin: an order number in boxes.
    let mut row = vec![t("注文番号")];
    row.extend("202604150001".chars().map(|c| t(c.to_string())));
    let grid: Grid = vec![vec![t("注文控")], row];
    docs.push(sheet_doc(Part::Tuning, Shape::DigitBoxes, "注文控.xlsx", &[("控", (0, 0), grid)]));
}

// Tuning, second round: shapes like those of the late batch, written anew.
fn tuning_second_round(rng: &mut Rng, docs: &mut Vec<Doc>) {
    use K::*;
    // Relation words (本人, 配偶者) across the top, one person a column.
    let head = Person::born_between(rng, 1960, 1980);
    let wife = head.relative(rng, true, 1960, 1980);
    let son = head.relative(rng, false, 1995, 2010);
    let daughter = head.relative(rng, true, 1995, 2010);
    let fam = [&head, &wife, &son, &daughter];
    let mut names = vec![t("氏名")];
    names.extend(fam.iter().map(|q| v(PersonName, q.full())));
    let mut kana = vec![t("フリガナ")];
    kana.extend(fam.iter().map(|q| v(PersonName, format!("{} {}", q.surname_kana, q.given_kana))));
    let mut births = vec![t("生年月日")];
    births.extend(fam.iter().map(|q| v(BirthDate, era_date(q.birth))));
    let grid: Grid = vec![
        vec![t("扶養親族の状況")],
        vec![t("続柄"), t("本人"), t("配偶者"), t("子"), t("子")],
        names,
        kana,
        births,
        vec![t("同居"), t("-"), t("同居"), t("別居"), t("同居")],
    ];
    docs.push(sheet_doc(Part::Tuning, Shape::Transposed, "扶養親族の状況.xlsx", &[("扶養", (0, 0), grid)]));
    // Two rows a person: the reading above the name, other cells merged down.
    let mut grid: Grid = vec![vec![t("社員番号"), t("フリガナ／氏名"), t("部署"), t("入社年月日")]];
    for i in 0..5 {
        let p = Person::gen(rng);
        grid.push(vec![
            v(EmployeeId, format!("{}", 7301 + i)),
            v(PersonName, format!("{} {}", p.surname_kana, p.given_kana)),
            t("経理部"),
            t("2018/04/01"),
        ]);
        grid.push(vec![e(), v(PersonName, p.name(rng)), e(), e()]);
    }
    docs.push(sheet_doc(Part::Tuning, Shape::Form, "社員一覧_2段.xlsx", &[("一覧", (0, 0), grid)]));
    let mut grid: Grid = vec![vec![t("フリガナ／氏名"), t("学年"), t("部活動")]];
    for _ in 0..4 {
        let p = Person::born_between(rng, 2008, 2010);
        grid.push(vec![
            v(PersonName, hiragana(&format!("{} {}", p.surname_kana, p.given_kana))),
            t("2年").restart(),
            t("吹奏楽部").restart(),
        ]);
        grid.push(vec![v(PersonName, p.name(rng)), cont(), cont()]);
    }
    docs.push(word_doc(Part::Tuning, Shape::WordTable, "部員名簿.docx", &[Block::P("部員名簿"), Block::Table(&grid)]));
    // A list whose header words are all unknown: the names are found by their values.
    let mut grid: Grid = vec![vec![t("取引先"), t("営業窓口"), t("支払条件")]];
    for f in ["木村運送", "林酒店", "清水工業", "森田商事", "池田印刷"] {
        let p = Person::gen(rng);
        grid.push(vec![t(f), v(PersonName, p.name(rng)), t("月末締め翌月末払い")]);
    }
    docs.push(sheet_doc(Part::Tuning, Shape::CompanyNames, "取引先窓口.xlsx", &[("窓口", (0, 0), grid)]));
}

// Second kept-aside batch: written after the first tuning round, before the
// changes that followed it; measured unseen once (see `LATE_RECALL`).
fn late_aside(rng: &mut Rng, docs: &mut Vec<Doc>) {
    use K::*;
    let part = Part::KeptAsideLate;
    // A 履歴書-like application: labels in A, values merged over B:E, a
    // photo box at F, and a history list below that names no one.
    for i in 0..2 {
        let p = Person::born_between(rng, 1985, 2004);
        let grid: Grid = vec![
            vec![t("履　歴　書"), e(), e(), e(), e(), t("写真")],
            vec![t("ふりがな"), v(PersonName, hiragana(&format!("{} {}", p.surname_kana, p.given_kana))).span(4)],
            vec![t("氏　　名"), v(PersonName, p.name(rng)).span(4)],
            vec![t("生年月日（和暦）"), v(BirthDate, format!("{}生", era_date(p.birth))).span(4)],
            vec![t("現住所"), v(Address, format!("〒{}　{}", p.home.postal_hyphen(), p.home.full())).span(4)],
            vec![t("連絡先（携帯）"), v(Phone, p.mobile.styled(rng)).span(4)],
            vec![t("メール"), v(Email, p.email.clone()).span(4)],
            vec![],
            vec![t("年"), t("月"), t("学歴・職歴").span(4)],
            vec![t("2019"), t("3"), t("県立高等学校 卒業").span(4)],
            vec![t("2023"), t("3"), t("私立大学 経済学部 卒業").span(4)],
            vec![t("2023"), t("4"), t("株式会社プレセンド 入社").span(4)],
        ];
        docs.push(sheet_doc(part, Shape::Form, &format!("履歴書_{i}.xlsx"), &[("履歴書", (0, 0), grid)]));
    }
    // An accident report in Word: a date that is not a birth date, and a
    // narrative that mentions an injury.
    let victim = Person::born_between(rng, 1930, 1950);
    let reporter = Person::gen(rng);
    let grid: Grid = vec![
        vec![t("報告者氏名"), v(PersonName, reporter.name(rng))],
        vec![t("発生日時"), t("令和8年10月3日 14時20分")],
        vec![t("利用者氏名"), v(PersonName, victim.name(rng))],
        vec![t("利用者生年月日"), v(BirthDate, era_date(victim.birth))],
        vec![
            t("事故の状況"),
            v(Health, "食堂で立ち上がった際にふらつき転倒、右手首を打撲。看護師が処置し、主治医に報告した。"),
        ],
        vec![t("再発防止策"), t("立ち上がり時に職員が声掛けと見守りを行う。")],
    ];
    docs.push(word_doc(
        part,
        Shape::Form,
        "事故報告書.docx",
        &[Block::P("事故報告書"), Block::Table(&grid), Block::P("施設長 印")],
    ));
    // A family sheet: relation, name and birth date down column A.
    let head = Person::born_between(rng, 1965, 1985);
    let spouse = head.relative(rng, !head.female, 1965, 1985);
    let child = head.relative(rng, true, 2005, 2015);
    let family = [&head, &spouse, &child];
    let mut rows: Grid = vec![vec![t("続柄"), t("本人"), t("配偶者"), t("長女")]];
    let mut names = vec![t("氏名")];
    names.extend(family.iter().map(|q| v(PersonName, q.name(rng))));
    rows.push(names);
    let mut births = vec![t("生年月日")];
    births
        .extend(family.iter().map(|q| v(BirthDate, q.birth.0.to_string() + &format!("/{}/{}", q.birth.1, q.birth.2))));
    rows.push(births);
    rows.push(vec![t("勤務先・学校"), t("株式会社プレセンド"), t("パート"), t("市立中学校")]);
    docs.push(sheet_doc(part, Shape::Transposed, "家族構成.xlsx", &[("家族", (0, 0), rows)]));
    // A class list: 連絡先 over 自宅/携帯/メール, 保護者 over 氏名/続柄.
    let mut grid: Grid = vec![
        vec![t("出席番号"), t("児童氏名"), t("保護者"), e(), t("連絡先"), e(), e()],
        vec![e(), e(), t("氏名"), t("続柄"), t("自宅"), t("携帯"), t("メール")],
    ];
    for i in 0..6 {
        let kid = Person::born_between(rng, 2015, 2016);
        let mother = rng.chance(0.5);
        let parent = kid.relative(rng, mother, 1975, 1990);
        grid.push(vec![
            t(format!("{}", i + 1)),
            v(PersonName, kid.name(rng)),
            v(PersonName, parent.name(rng)),
            t(if parent.female { "母" } else { "父" }),
            v(Phone, kid.landline.hyphen()),
            v(Phone, parent.mobile.hyphen()),
            v(Email, parent.email.clone()),
        ]);
    }
    docs.push(sheet_doc(part, Shape::SplitHeader, "学級連絡網.xlsx", &[("3年2組", (2, 0), grid)]));
    // A Word roster with the reading above the name in one column: two rows a person.
    let mut grid: Grid = vec![vec![t("ふりがな／氏名"), t("所属"), t("内線")]];
    for i in 0..4 {
        let p = Person::gen(rng);
        grid.push(vec![
            v(PersonName, hiragana(&format!("{} {}", p.surname_kana, p.given_kana))),
            t("総務課").restart(),
            t(format!("{}", 2100 + i)).restart(),
        ]);
        grid.push(vec![v(PersonName, p.name(rng)), cont(), cont()]);
    }
    docs.push(word_doc(part, Shape::WordTable, "職員録.docx", &[Block::P("職員録（内線表）"), Block::Table(&grid)]));
    // Suppliers built on family names.
    let mut grid: Grid = vec![vec![t("仕入先"), t("窓口担当"), t("取引区分")]];
    for f in ["田中鉄工所", "山本水産", "中島製材", "松田農園", "石川精機"] {
        let p = Person::gen(rng);
        grid.push(vec![t(f), v(PersonName, p.name(rng)), t("継続")]);
    }
    docs.push(sheet_doc(part, Shape::CompanyNames, "仕入先一覧.xlsx", &[("仕入先", (0, 0), grid)]));
    // Twins: an empty 履歴書 template and a price list by supplier.
    let grid: Grid = vec![
        vec![t("履　歴　書"), e(), e(), e(), e(), t("写真")],
        vec![t("ふりがな")],
        vec![t("氏　　名")],
        vec![t("生年月日"), t("昭和・平成　　年　　月　　日生")],
        vec![t("現住所"), t("〒")],
        vec![t("年"), t("月"), t("学歴・職歴")],
    ];
    docs.push(sheet_doc(part, Shape::Form, "履歴書_様式.xlsx", &[("様式", (0, 0), grid)]));
    let grid: Grid = vec![
        vec![t("仕入先"), t("品目"), t("単価")],
        vec![t("田中鉄工所"), t("ボルト M8"), t("12")],
        vec![t("山本水産"), t("冷凍さば"), t("380")],
        vec![t("中島製材"), t("杉 角材"), t("1,200")],
    ];
    docs.push(sheet_doc(part, Shape::CompanyNames, "仕入単価表.xlsx", &[("単価", (0, 0), grid)]));
}

fn corpus() -> Vec<Doc> {
    let mut docs = Vec::new();
    let mut rng = Rng::new(0x5348_4150_4553);
    aside_forms(&mut rng, &mut docs);
    aside_transposed(&mut rng, &mut docs);
    aside_split(&mut rng, &mut docs);
    aside_word(&mut rng, &mut docs);
    aside_free_text(&mut rng, &mut docs);
    aside_companies(&mut rng, &mut docs);
    aside_digit_boxes(&mut rng, &mut docs);
    let mut rng = Rng::new(0x5455_4E45);
    tuning_forms(&mut rng, &mut docs);
    tuning_transposed(&mut rng, &mut docs);
    tuning_split(&mut rng, &mut docs);
    tuning_word(&mut rng, &mut docs);
    tuning_free_text(&mut rng, &mut docs);
    tuning_companies(&mut rng, &mut docs);
    tuning_digit_boxes(&mut rng, &mut docs);
    tuning_second_round(&mut rng, &mut docs);
    let mut rng = Rng::new(0x4C41_5445);
    late_aside(&mut rng, &mut docs);
    docs
}

// ====================================================================== scoring

#[derive(Default, Clone, Copy)]
struct Score {
    tp: u32,
    missed: u32,
    fp: u32,
}

impl Score {
    fn recall(&self) -> f64 {
        let n = self.tp + self.missed;
        if n == 0 {
            1.0
        } else {
            self.tp as f64 / n as f64
        }
    }
    fn precision(&self) -> f64 {
        let n = self.tp + self.fp;
        if n == 0 {
            1.0
        } else {
            self.tp as f64 / n as f64
        }
    }
}

struct Results {
    by_kind: BTreeMap<(Part, K), Score>,
    by_shape: BTreeMap<(Part, Shape), Score>,
    twins_silent: BTreeMap<(Part, Shape), (u32, u32)>,
    details: Vec<String>,
}

fn measure(docs: &[Doc]) -> Results {
    let mut res = Results {
        by_kind: BTreeMap::new(),
        by_shape: BTreeMap::new(),
        twins_silent: BTreeMap::new(),
        details: Vec::new(),
    };
    let dump = std::env::var("SHAPES_DUMP").ok();
    for doc in docs {
        let report = scan_bytes(&doc.name, &doc.bytes, &ScanOptions::default());
        let shown = doc.part == Part::Tuning || std::env::var("SHAPES_ASIDE").is_ok();
        if shown && dump.as_deref().is_some_and(|d| doc.name.contains(d)) {
            eprintln!("== {}", doc.name);
            for c in &report.columns {
                eprintln!("  column {:?} {:?} {:?}", c.letter, c.header, c.kind);
            }
            for f in &report.findings {
                eprintln!("  {:?} {:?} {}", f.kind, loc_of(&f.location), f.masked);
            }
        }
        let found: BTreeSet<(K, Loc)> = report.findings.iter().map(|f| (f.kind, loc_of(&f.location))).collect();
        let wanted: BTreeSet<(K, Loc)> = doc.labels.iter().map(|(k, l, _)| (*k, l.clone())).collect();
        let text_at = |l: &Loc| doc.labels.iter().find(|x| &x.1 == l).map_or("", |x| x.2.as_str());
        let twin = res.twins_silent.entry((doc.part, doc.shape)).or_default();
        if doc.negative {
            twin.1 += 1;
            if found.is_empty() {
                twin.0 += 1;
            }
        }
        for (k, l) in &wanted {
            let hit = found.contains(&(*k, l.clone()));
            let s = res.by_kind.entry((doc.part, *k)).or_default();
            let sh = res.by_shape.entry((doc.part, doc.shape)).or_default();
            if hit {
                s.tp += 1;
                sh.tp += 1;
            } else {
                s.missed += 1;
                sh.missed += 1;
                res.details.push(format!("{:?}\tmissed\t{}\t{k:?}\t{l:?}\t«{}»", doc.part, doc.name, text_at(l)));
            }
        }
        for (k, l) in found.difference(&wanted) {
            res.by_kind.entry((doc.part, *k)).or_default().fp += 1;
            res.by_shape.entry((doc.part, doc.shape)).or_default().fp += 1;
            let masked = report
                .findings
                .iter()
                .find(|f| f.kind == *k && loc_of(&f.location) == *l)
                .map_or(String::new(), |f| f.masked.clone());
            res.details.push(format!("{:?}\tfalse positive\t{}\t{k:?}\t{l:?}\t{masked}", doc.part, doc.name));
        }
    }
    res
}

fn macro_scores(res: &Results, part: Part) -> (f64, f64) {
    let scores: Vec<&Score> = res.by_kind.iter().filter(|((p, _), _)| *p == part).map(|(_, s)| s).collect();
    let labelled: Vec<&&Score> = scores.iter().filter(|s| s.tp + s.missed > 0).collect();
    let found: Vec<&&Score> = scores.iter().filter(|s| s.tp + s.fp > 0).collect();
    let recall = labelled.iter().map(|s| s.recall()).sum::<f64>() / labelled.len().max(1) as f64;
    let precision = found.iter().map(|s| s.precision()).sum::<f64>() / found.len().max(1) as f64;
    (recall, precision)
}

fn table(res: &Results) -> String {
    let mut out = String::from("# Office document shapes (issue 22)\n\n");
    for part in [Part::Tuning, Part::KeptAside, Part::KeptAsideLate] {
        let (r, p) = macro_scores(res, part);
        let _ = writeln!(out, "## {part:?} part: macro recall {r:.3}, macro precision {p:.3}\n");
        out.push_str("| shape | labelled | found | missed | false positives | recall | precision | silent twins |\n|---|---|---|---|---|---|---|---|\n");
        for ((pp, shape), s) in &res.by_shape {
            if *pp != part {
                continue;
            }
            let (silent, twins) = res.twins_silent.get(&(part, *shape)).copied().unwrap_or_default();
            let _ = writeln!(
                out,
                "| {shape:?} | {} | {} | {} | {} | {:.3} | {:.3} | {silent}/{twins} |",
                s.tp + s.missed,
                s.tp,
                s.missed,
                s.fp,
                s.recall(),
                s.precision()
            );
        }
        out.push_str("\n| kind | labelled | found | missed | false positives | recall | precision |\n|---|---|---|---|---|---|---|\n");
        for ((pp, kind), s) in &res.by_kind {
            if *pp != part {
                continue;
            }
            let _ = writeln!(
                out,
                "| {} | {} | {} | {} | {} | {:.3} | {:.3} |",
                kind.id(),
                s.tp + s.missed,
                s.tp,
                s.missed,
                s.fp,
                s.recall(),
                s.precision()
            );
        }
        out.push('\n');
    }
    out
}

#[test]
fn office_shapes_recall_and_precision() {
    let docs = corpus();
    let res = measure(&docs);
    let md = table(&res);
    println!("{md}");
    // Only the tuning part's misses are shown: the kept-aside part is
    // measured, not looked into (SHAPES_ASIDE=1 shows it once tuning is over).
    let aside = std::env::var("SHAPES_ASIDE").is_ok();
    for d in res.details.iter().filter(|d| aside || d.starts_with("Tuning")) {
        println!("{d}");
    }
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("target");
    let _ = std::fs::create_dir_all(&dir);
    let shown: Vec<&String> = res.details.iter().filter(|d| aside || d.starts_with("Tuning")).collect();
    let shown: Vec<&str> = shown.iter().map(|s| s.as_str()).collect();
    let _ = std::fs::write(dir.join("office-shapes.md"), format!("{md}\n```\n{}\n```\n", shown.join("\n")));
    let (tr, tp) = macro_scores(&res, Part::Tuning);
    let (ar, ap) = macro_scores(&res, Part::KeptAside);
    let (lr, lp) = macro_scores(&res, Part::KeptAsideLate);
    assert!(lr >= LATE_RECALL && lp >= LATE_PRECISION, "late kept-aside part: recall {lr:.3}, precision {lp:.3}");
    // Bars at what the layout reading reaches (see the report); the kept-aside
    // part's gap to 0.95/0.98 is written down there, not hidden.
    assert!(tr >= TUNING_RECALL && tp >= TUNING_PRECISION, "tuning part: recall {tr:.3}, precision {tp:.3}");
    assert!(ar >= ASIDE_RECALL && ap >= ASIDE_PRECISION, "kept-aside part: recall {ar:.3}, precision {ap:.3}");
    let noisy: Vec<String> = res
        .twins_silent
        .iter()
        .filter(|(_, (silent, twins))| silent < twins)
        .map(|((part, shape), (silent, twins))| format!("{part:?} {shape:?}: {silent}/{twins} silent"))
        .collect();
    assert!(noisy.is_empty(), "clean twins with findings: {}", noisy.join(", "));
}

/// Before the layout reading (commit 775edf9) the tuning part stood at macro
/// recall 0.270 and precision 0.258, the kept-aside part at 0.277 and 0.399.
const TUNING_RECALL: f64 = 0.99;
const TUNING_PRECISION: f64 = 0.99;
/// The kept-aside part reaches 0.999 and 0.996: what it misses is a nested
/// table's `人事課 小林` (a department and a surname in one cell) and what it
/// adds is `所轄税務署長 殿` in a paragraph, read as a name before 殿.
const ASIDE_RECALL: f64 = 0.95;
const ASIDE_PRECISION: f64 = 0.98;
/// The late batch measured 0.794 and 0.979 unseen; its misses were then
/// looked at and one bug fixed (a header beside `所属`, which starts with the
/// surname 所), so its 0.833 and 0.994 since are no longer a clean hold-out.
/// A second fix (rows under a header of people, `続柄 | 本人 | 配偶者`, are
/// not names: `パート`) brought precision to 1.000. Still short of 0.95
/// recall: a narrative value beside an unknown form label
/// (`事故の状況 | …転倒、右手首を打撲…`) is not read as health data.
const LATE_RECALL: f64 = 0.83;
const LATE_PRECISION: f64 = 0.99;

#[test]
fn a_word_table_finding_says_which_table_row_and_column() {
    let grid: Grid = vec![vec![t("社員番号"), t("氏名")], vec![t("81200"), t("山田 太郎")]];
    let bytes = docx_blocks(&[Block::P("人事異動内示"), Block::Table(&grid), Block::Table(&grid)]);
    let report = scan_bytes("内示.docx", &bytes, &ScanOptions::default());
    let name = report.findings.iter().find(|f| f.kind == K::PersonName && f.location.table == Some(2)).expect("name");
    assert_eq!(presend::wording::location_label(&name.location, presend::Lang::Ja), "表2 2行目 2列目");
    assert_eq!(presend::wording::location_label(&name.location, presend::Lang::En), "table 2, row 2, column 2");
}

#[test]
fn merged_word_cells_keep_their_grid_columns_and_nested_tables_are_numbered_after_their_holder() {
    // `gridBefore` leaves the first grid column empty; the merged label spans two.
    let inner: Grid = vec![vec![t("氏名"), t("電話番号")], vec![t("佐藤 花子"), t("090-1234-5678")]];
    let outer: Grid = vec![vec![t("緊急連絡先").span(2), t("")], vec![t("下表のとおり"), t(""), t("")]];
    let bytes = docx_blocks(&[Block::Nested(&outer, 1, 0, &inner)]);
    let report = scan_bytes("連絡先.docx", &bytes, &ScanOptions::default());
    let phone = report.findings.iter().find(|f| f.kind == K::Phone).expect("phone");
    assert_eq!((phone.location.table, phone.location.row, phone.location.column), (Some(2), Some(2), Some(2)));
    let xml = r#"<w:document xmlns:w="w"><w:body><w:tbl><w:tr><w:trPr><w:gridBefore w:val="1"/></w:trPr><w:tc><w:tcPr><w:gridSpan w:val="2"/></w:tcPr><w:p><w:r><w:t>氏名</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>山田 太郎</w:t></w:r></w:p></w:tc></w:tr><w:tr><w:tc><w:p/></w:tc><w:tc><w:p><w:r><w:t>社員番号</w:t></w:r></w:p></w:tc><w:tc><w:p/></w:tc><w:tc><w:p><w:r><w:t>A1234</w:t></w:r></w:p></w:tc></w:tr></w:tbl></w:body></w:document>"#;
    let bytes = zip(&[("[Content_Types].xml", br#"<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>"#.as_slice()), ("word/document.xml", xml.as_bytes())]);
    let report = scan_bytes("form.docx", &bytes, &ScanOptions::default());
    let at: Vec<(K, Option<u32>, Option<u32>)> =
        report.findings.iter().map(|f| (f.kind, f.location.row, f.location.column)).collect();
    assert_eq!(at, [(K::PersonName, Some(1), Some(4)), (K::EmployeeId, Some(2), Some(4))]);
}

#[test]
fn a_form_is_one_person_and_a_transposed_table_one_person_a_column() {
    let mut rng = Rng::new(5);
    let p = Person::born_between(&mut rng, 1960, 1990);
    // Labels above values, three times over: one person.
    let above: Grid = vec![
        vec![t("氏名"), t("生年月日"), t("電話番号")],
        vec![t(p.full()), t(era_date(p.birth)), t(p.mobile.hyphen())],
        vec![t("住所")],
        vec![t(p.home.full())],
        vec![t("基礎年金番号"), t("社員番号")],
        vec![t(pension(&mut rng)), t("E12345")],
    ];
    // Labels beside values.
    let beside: Grid =
        vec![vec![t("氏名"), t(p.full()), t("社員番号"), t("E12345")], vec![t("住所"), t(p.home.full())]];
    let people: Vec<Person> = (0..4).map(|_| Person::gen(&mut rng)).collect();
    let mut names = vec![t("氏名")];
    names.extend(people.iter().map(|q| t(q.full())));
    let mut births = vec![t("生年月日")];
    births.extend(people.iter().map(|q| t(era_date(q.birth))));
    let across: Grid = vec![names, births];
    for (grid, records) in [(above, 1), (beside, 1), (across, 4)] {
        let bytes = xlsx(&[Sheet::new("票", grid_cells(&grid))]);
        let report = scan_bytes("票.xlsx", &bytes, &ScanOptions::default());
        assert_eq!(report.records, records, "{:?}", report.findings.iter().map(|f| f.kind).collect::<Vec<_>>());
    }
}

/// Regression: a record whose cells read like labels (`自宅療養` under
/// 療養状況, `入院`) is a record of its list, not a form row.
#[test]
fn a_record_with_label_like_values_stays_a_record() {
    let mut rows = vec![vec![t("氏名"), t("電話番号"), t("療養状況"), t("公費負担")]];
    let mut rng = Rng::new(9);
    for i in 0..8 {
        let p = Person::gen(&mut rng);
        rows.push(vec![
            t(p.full()),
            t(p.mobile.hyphen()),
            t(if i % 2 == 0 { "自宅療養" } else { "入院" }),
            t("申請済"),
        ]);
    }
    let bytes = xlsx(&[Sheet::new("一覧", grid_cells(&rows))]);
    let report = scan_bytes("一覧.xlsx", &bytes, &ScanOptions::default());
    assert_eq!(report.records, 8);
    let d: Vec<u32> =
        report.findings.iter().filter(|f| f.location.column == Some(4)).filter_map(|f| f.location.row).collect();
    assert!(d.is_empty(), "公費負担 read as a value of 療養状況 in rows {d:?}");
}

/// Regression: relation words (本人, 配偶者 are header keywords) in a list's
/// first column do not make its records form rows.
#[test]
fn a_dependants_list_keyed_by_relation_counts_every_dependant() {
    let mut rng = Rng::new(11);
    let head = Person::gen(&mut rng);
    let mut rows = vec![vec![t("続柄"), t("氏名"), t("生年月日")]];
    for (i, rel) in ["本人", "配偶者", "長男", "長女", "次男"].iter().enumerate() {
        let p = head.relative(&mut rng, i % 2 == 1, 1960, 2015);
        rows.push(vec![t(*rel), t(p.full()), t(era_date(p.birth))]);
    }
    let bytes = xlsx(&[Sheet::new("扶養", grid_cells(&rows))]);
    let report = scan_bytes("扶養.xlsx", &bytes, &ScanOptions::default());
    assert_eq!(report.records, 5);
    let names = report.findings.iter().filter(|f| f.kind == K::PersonName && f.location.column == Some(2)).count();
    let births = report.findings.iter().filter(|f| f.kind == K::BirthDate && f.location.column == Some(3)).count();
    assert_eq!((names, births), (5, 5));
}

/// Regression (found on the late kept-aside batch, which was then no longer
/// unseen): `所属` starts with the surname 所, yet a header row
/// `ふりがな／氏名 | 所属 | 内線` is a header, not a label with its value.
#[test]
fn a_header_beside_a_word_that_starts_with_a_surname_is_still_a_header() {
    let mut grid: Grid = vec![vec![t("ふりがな／氏名"), t("所属"), t("内線")]];
    for (kana, name, ext) in [("わたなべ ゆかり", "渡辺 ゆかり", "2100"), ("さかもと まゆ", "坂本　まゆ", "2101")]
    {
        grid.push(vec![t(kana), t("総務課").restart(), t(ext).restart()]);
        grid.push(vec![t(name), cont(), cont()]);
    }
    let bytes = docx_blocks(&[Block::P("職員録"), Block::Table(&grid)]);
    let report = scan_bytes("職員録.docx", &bytes, &ScanOptions::default());
    let at: Vec<(K, Option<u32>, Option<u32>)> =
        report.findings.iter().map(|f| (f.kind, f.location.row, f.location.column)).collect();
    let names: Vec<_> = (2..=5).map(|r| (K::PersonName, Some(r), Some(1))).collect();
    assert_eq!(at, names);
}

//! Building blocks of the quality corpus: labelled tables (written as xlsx or
//! CSV in an encoding), labelled prose, and the shared pieces of both.

use super::*;

/// How a column is labelled.
#[derive(Clone, Default)]
pub(super) struct Col {
    pub(super) label: Option<(K, Vec<K>)>,
    pub(super) ignore: Vec<K>,
}

pub(super) fn no() -> Col {
    Col::default()
}
pub(super) fn is(k: K) -> Col {
    Col { label: Some((k, vec![])), ignore: vec![] }
}
pub(super) fn any(k: K, alts: &[K]) -> Col {
    Col { label: Some((k, alts.to_vec())), ignore: vec![] }
}
pub(super) fn ign(ks: &[K]) -> Col {
    Col { label: None, ignore: ks.to_vec() }
}
impl Col {
    pub(super) fn and_ign(mut self, ks: &[K]) -> Col {
        self.ignore.extend_from_slice(ks);
        self
    }
}

/// One sheet (or one CSV): title rows, a header row, data rows, and how each
/// column is labelled.
pub(super) struct Table {
    pub(super) sheet: String,
    pub(super) origin: (u32, u16),
    pub(super) pre: Vec<Vec<Cell>>,
    pub(super) header: Vec<String>,
    pub(super) cols: Vec<Col>,
    pub(super) rows: Vec<Vec<Cell>>,
    pub(super) extra: Vec<(usize, usize, K, Vec<K>)>,
    pub(super) unlabel: BTreeSet<(usize, usize)>,
    pub(super) cell_ignores: Vec<(usize, usize, Vec<K>)>,
}

impl Table {
    pub(super) fn new(sheet: &str, cols: Vec<(&str, Col)>) -> Table {
        Table {
            sheet: sheet.to_owned(),
            origin: (0, 0),
            pre: Vec::new(),
            header: cols.iter().map(|(h, _)| h.to_string()).collect(),
            cols: cols.into_iter().map(|(_, c)| c).collect(),
            rows: Vec::new(),
            extra: Vec::new(),
            unlabel: BTreeSet::new(),
            cell_ignores: Vec::new(),
        }
    }

    /// Places the first cell (title or header) at a 0-based row and column.
    pub(super) fn at(mut self, row: u32, col: u16) -> Table {
        self.origin = (row, col);
        self
    }

    /// Title rows above the header (empty vectors are blank rows).
    pub(super) fn title(mut self, rows: Vec<Vec<Cell>>) -> Table {
        self.pre = rows;
        self
    }

    pub(super) fn push(&mut self, row: Vec<Cell>) {
        assert_eq!(row.len(), self.cols.len(), "{}: row width", self.sheet);
        self.rows.push(row);
    }

    /// One more label on a cell of the last row (a mixed 連絡先 column).
    pub(super) fn extra(&mut self, col: usize, kind: K) {
        let r = self.rows.len() - 1;
        self.extra.push((r, col, kind, vec![]));
    }

    /// The cell of the last row is left out of the score: no label although
    /// its column has one, and findings of these kinds there are not counted
    /// (readers disagree, e.g. 「不明」 under 宗派).
    pub(super) fn undecided(&mut self, col: usize, kinds: &[K]) {
        let r = self.rows.len() - 1;
        self.unlabel.insert((r, col));
        self.cell_ignores.push((r, col, kinds.to_vec()));
    }

    pub(super) fn grid(&self) -> Vec<Vec<Cell>> {
        let mut g = self.pre.clone();
        g.push(self.header.iter().map(|h| Cell::from(h.as_str())).collect());
        g.extend(self.rows.iter().cloned());
        g
    }

    pub(super) fn annotate(&self, sheet: Option<&str>, doc: &mut Doc) {
        let sheet = sheet.map(str::to_owned);
        let loc =
            |row: u32, col: usize| Loc::Cell { sheet: sheet.clone(), row, col: self.origin.1 as u32 + col as u32 + 1 };
        for (r, row) in self.grid().iter().enumerate() {
            for (c, cell) in row.iter().enumerate() {
                if *cell != Cell::Empty {
                    doc.texts.insert(loc(self.origin.0 + r as u32 + 1, c), cell_text(cell));
                }
            }
        }
        let first = self.origin.0 + self.pre.len() as u32 + 2;
        for (r, row) in self.rows.iter().enumerate() {
            for (c, cell) in row.iter().enumerate() {
                let at = loc(first + r as u32, c);
                let col = &self.cols[c];
                if !col.ignore.is_empty() {
                    doc.ignores.push(Ignore { kinds: col.ignore.clone(), loc: at.clone() });
                }
                if let Some((kind, alts)) = &col.label {
                    if !absent(cell) && !self.unlabel.contains(&(r, c)) {
                        doc.label(*kind, alts, at.clone());
                    }
                }
            }
        }
        for (r, c, kind, alts) in &self.extra {
            doc.label(*kind, alts, loc(first + *r as u32, *c));
        }
        for (r, c, kinds) in &self.cell_ignores {
            doc.ignores.push(Ignore { kinds: kinds.clone(), loc: loc(first + *r as u32, *c) });
        }
    }
}

/// A cell with nothing to report: empty, or a "no" (無, なし, -).
pub(super) fn absent(cell: &Cell) -> bool {
    match cell {
        Cell::Empty => true,
        Cell::Text(t) => matches!(t.trim(), "" | "無" | "なし" | "無し" | "-" | "－" | "ー" | "―"),
        _ => false,
    }
}

pub(super) fn cell_text(cell: &Cell) -> String {
    match cell {
        Cell::Text(t) => t.clone(),
        Cell::Number(n) if n.fract() == 0.0 => format!("{}", *n as i64),
        Cell::Number(n) => n.to_string(),
        Cell::Date(y, m, d) => format!("{y}/{m:02}/{d:02}"),
        Cell::Empty => String::new(),
    }
}

pub(super) fn t(s: impl Into<String>) -> Cell {
    Cell::from(s.into())
}

pub(super) fn xlsx_doc(name: &str, tables: &[Table], negative: bool) -> Doc {
    let sheets: Vec<Sheet> = tables.iter().map(|t| Sheet::new(&t.sheet, t.grid()).at(t.origin.0, t.origin.1)).collect();
    let mut doc = Doc::new(name, "xlsx", negative);
    doc.bytes = xlsx(&sheets);
    for t in tables {
        t.annotate(Some(&t.sheet), &mut doc);
    }
    doc
}

#[derive(Clone, Copy)]
pub(super) enum Enc {
    Utf8,
    Utf8Bom,
    ShiftJis,
    Utf16,
}

/// Text in an encoding; characters Shift_JIS lacks become `?`, as Excel writes them.
pub(super) fn encode(text: &str, enc: Enc) -> Vec<u8> {
    match enc {
        Enc::Utf8 => text.as_bytes().to_vec(),
        Enc::Utf8Bom => utf8_bom(text),
        Enc::Utf16 => utf16le_bom(text),
        Enc::ShiftJis => {
            let mut out = Vec::new();
            let mut buf = [0u8; 4];
            for ch in text.chars() {
                let (bytes, _, unmappable) = encoding_rs::SHIFT_JIS.encode(ch.encode_utf8(&mut buf));
                if unmappable {
                    out.push(b'?');
                } else {
                    out.extend_from_slice(&bytes);
                }
            }
            out
        }
    }
}

pub(super) fn csv_doc(name: &str, table: &Table, delim: char, enc: Enc, negative: bool) -> Doc {
    assert_eq!(table.origin, (0, 0), "a CSV starts at A1");
    let width = table.header.len();
    let rows: Vec<Vec<String>> = table
        .grid()
        .iter()
        .map(|r| {
            let mut fields: Vec<String> = r.iter().map(cell_text).collect();
            // Excel pads title rows with empty fields to the table's width.
            fields.resize(width.max(fields.len()), String::new());
            fields
        })
        .collect();
    let mut doc = Doc::new(name, if delim == '\t' { "tsv" } else { "csv" }, negative);
    doc.bytes = encode(&csv(&rows, delim), enc);
    table.annotate(None, &mut doc);
    doc
}

// ====================================================================== prose

/// Lines of running text with the kinds each line holds.
#[derive(Default)]
pub(super) struct Prose {
    pub(super) lines: Vec<String>,
    pub(super) labels: Vec<(usize, K, Vec<K>)>,
    pub(super) ignores: Vec<(usize, Vec<K>)>,
}

impl Prose {
    pub(super) fn line(&mut self, text: impl Into<String>, kinds: &[K]) {
        self.lines.push(text.into());
        let i = self.lines.len() - 1;
        for k in kinds {
            self.labels.push((i, *k, vec![]));
        }
    }

    /// A label with alternatives on the last line.
    pub(super) fn alt(&mut self, kind: K, alts: &[K]) {
        let i = self.lines.len() - 1;
        self.labels.push((i, kind, alts.to_vec()));
    }

    /// Findings of these kinds on the last line are not counted either way.
    pub(super) fn ignore(&mut self, kinds: &[K]) {
        let i = self.lines.len() - 1;
        self.ignores.push((i, kinds.to_vec()));
    }

    pub(super) fn blank(&mut self) {
        self.line("", &[]);
    }

    pub(super) fn text(&self, eol: &str) -> String {
        let mut s = self.lines.join(eol);
        s.push_str(eol);
        s
    }

    pub(super) fn into_doc(self, name: &str, format: &'static str, bytes: Vec<u8>, negative: bool) -> Doc {
        let mut doc = Doc::new(name, format, negative);
        doc.bytes = bytes;
        for (i, l) in self.lines.iter().enumerate() {
            doc.texts.insert(Loc::Line(i as u32 + 1), l.clone());
        }
        for (i, k, alts) in self.labels {
            doc.label(k, &alts, Loc::Line(i as u32 + 1));
        }
        for (i, kinds) in self.ignores {
            doc.ignores.push(Ignore { kinds, loc: Loc::Line(i as u32 + 1) });
        }
        doc
    }

    pub(super) fn text_doc(self, name: &str, eol: &str, enc: Enc, negative: bool) -> Doc {
        let bytes = encode(&self.text(eol), enc);
        self.into_doc(name, "text", bytes, negative)
    }

    pub(super) fn docx_doc(self, name: &str) -> Doc {
        assert!(self.lines.iter().all(|l| !l.is_empty()), "no empty paragraphs in docx");
        let paras: Vec<&str> = self.lines.iter().map(String::as_str).collect();
        let bytes = docx(&paras);
        self.into_doc(name, "docx", bytes, false)
    }
}

// ====================================================================== shared pieces

#[rustfmt::skip]
pub(super) const COMPANIES: &[&str] = &[
    "株式会社アルファ商事", "北辰工業株式会社", "みなと物流株式会社", "株式会社山本製作所", "有限会社佐藤工務店",
    "田中電機株式会社", "株式会社ブルーフィン・システムズ", "合同会社ミライ企画", "株式会社東北電機",
    "株式会社さくらフーズ", "大和化成株式会社", "株式会社鈴木商店", "医療法人社団青葉会", "社会福祉法人ひかり福祉会",
    "株式会社KITAKEN", "中村印刷株式会社", "株式会社ノースウインド", "丸善運輸株式会社",
];

pub(super) const DEPTS: &[&str] =
    &["営業部", "総務部", "人事部", "経理部", "開発部", "カスタマーサポート部", "品質保証部"];

pub(super) fn birth_cell(rng: &mut Rng, b: (u16, u8, u8)) -> Cell {
    if rng.chance(0.6) {
        Cell::Date(b.0, b.1, b.2)
    } else {
        t(date_text(rng, b))
    }
}

pub(super) fn any_phone(rng: &mut Rng, p: &Person) -> String {
    if rng.chance(0.65) {
        p.mobile.styled(rng)
    } else {
        p.landline.styled(rng)
    }
}

pub(super) fn address_text(rng: &mut Rng, a: &Address, without_pref: f64) -> String {
    if rng.chance(without_pref) {
        a.without_pref()
    } else {
        a.full()
    }
}

/// A 12-digit date + sequence number (order, booking, build), passing the
/// My Number check digit or not.
pub(super) fn dated_number(rng: &mut Rng, passing: bool) -> String {
    loop {
        let s = format!("2026{:02}{:02}{:04}", rng.range(1, 12), rng.range(1, 28), rng.range(1, 3000));
        if is_my_number(&s) == passing {
            return s;
        }
    }
}

/// A 12-digit parcel tracking number, 4-4-4, passing the My Number check or not.
pub(super) fn tracking_number(rng: &mut Rng, passing: bool) -> String {
    loop {
        let s = format!("{}{}", rng.range(1, 9), rng.digits(11));
        if is_my_number(&s) == passing {
            return format!("{}-{}-{}", &s[..4], &s[4..8], &s[8..]);
        }
    }
}

/// A JAN code that also passes the corporate-number check, or not.
pub(super) fn jan(rng: &mut Rng, passing_corporate: bool) -> String {
    loop {
        let j = jan_code(rng);
        if is_corporate_number(&j) == passing_corporate {
            return j;
        }
    }
}

pub(super) fn yen(rng: &mut Rng) -> String {
    let n = rng.range(3, 4000) * 100 - if rng.chance(0.3) { 20 } else { 0 };
    let s = n.to_string();
    let mut out = String::new();
    for (i, ch) in s.chars().enumerate() {
        if i > 0 && (s.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(ch);
    }
    if rng.chance(0.5) {
        format!("¥{out}")
    } else {
        format!("{out}円")
    }
}

pub(super) fn doctor_name(rng: &mut Rng) -> String {
    let d = Person::gen(rng);
    match rng.below(4) {
        0 => format!("{} {}", d.surname, d.given),
        1 => format!("{}医師", d.surname),
        2 => format!("{}先生", d.surname),
        _ => format!("{}{}（精神科）", d.surname, d.given),
    }
}

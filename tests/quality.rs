//! The labelled quality corpus: realistic Japanese office documents shaped
//! like the incidents (`/work/shared/incidents.md`) — xlsx sheets, CSV exports
//! in UTF-8, UTF-8 BOM, Shift_JIS and UTF-16, mails and a Word record — with
//! every sensitive value labelled by kind and location, plus hard negatives
//! (order and tracking numbers that pass the My Number check, JAN codes that
//! pass the corporate-number check, prices, part numbers, a meeting memo)
//! that must stay silent.
//!
//! Every document goes through `presend::scan_bytes`. A finding matches a
//! label when the kind and the location agree (sheet/row/column as Excel
//! shows them for tables, the 1-based line for text). The test prints recall
//! and precision per kind, writes the table to `target/quality.md`, and fails
//! when a kind is below its bar or a negative file has any finding.
//!
//! The corpus is written from the public formats (`/work/shared/detectors.md`),
//! never from the detectors: it measures them, it is not tuned to them.
//! Run with `cargo test --test quality -- --nocapture`. Every miss and false
//! positive goes to `target/quality-details.tsv`; `QUALITY_DUMP=<part of a
//! document name>` prints that document's column classification and findings.
//!
//! Where careful readers would disagree, the case is left out of the score
//! rather than labelled either way (see the `ign`, `undecided` and `ignore`
//! calls): the clinic a user attends, the visit date in a health-check
//! export, 宗派 = 不明, a patient's 濃厚接触者あり note, PEM body lines.

mod support;

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::time::Instant;

use presend::{scan_bytes, Kind as K, ScanOptions};
use support::files::{csv, docx, utf16le_bom, utf8_bom, xlsx, Cell, Sheet};
use support::people::*;

const SEED: u64 = 0x5052_4553_454E_4400;
/// Kinds with a check digit or a column header in the corpus.
const STRICT: f64 = 0.98;
/// Names and addresses in running text.
const PROSE: f64 = 0.90;
/// How many misses and false positives to print per kind.
const SHOW: usize = 6;

// ====================================================================== labels

#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
enum Loc {
    Cell { sheet: Option<String>, row: u32, col: u32 },
    Line(u32),
}

impl Loc {
    fn from_location(l: &presend::Location) -> Loc {
        match l.line {
            Some(line) => Loc::Line(line),
            None => Loc::Cell {
                sheet: l.sheet.as_deref().map(str::to_owned),
                row: l.row.unwrap_or(0),
                col: l.column.unwrap_or(0),
            },
        }
    }

    fn is_prose(&self) -> bool {
        matches!(self, Loc::Line(_))
    }

    fn show(&self) -> String {
        match self {
            Loc::Line(n) => format!("line {n}"),
            Loc::Cell { sheet, row, col } => {
                let cell = format!("{}{}", presend::column_letters(*col), row);
                match sheet {
                    Some(s) => format!("{s}!{cell}"),
                    None => cell,
                }
            }
        }
    }
}

/// An expected finding. `alts` are other kinds a careful reader would also
/// accept for the same value (symptoms of a disability: disability or health).
struct Label {
    kind: K,
    alts: Vec<K>,
    loc: Loc,
}

/// A place where a finding of these kinds (all kinds when empty) is neither
/// required nor wrong, because readers would disagree.
struct Ignore {
    kinds: Vec<K>,
    loc: Loc,
}

struct Doc {
    name: String,
    format: &'static str,
    bytes: Vec<u8>,
    negative: bool,
    labels: Vec<Label>,
    ignores: Vec<Ignore>,
    /// What sits at each location, to explain misses and false positives.
    texts: BTreeMap<Loc, String>,
}

impl Doc {
    fn new(name: &str, format: &'static str, negative: bool) -> Doc {
        Doc {
            name: name.to_owned(),
            format,
            bytes: Vec::new(),
            negative,
            labels: Vec::new(),
            ignores: Vec::new(),
            texts: BTreeMap::new(),
        }
    }

    fn label(&mut self, kind: K, alts: &[K], loc: Loc) {
        assert!(!self.negative, "{}: a negative document cannot carry labels", self.name);
        if let Some(l) = self.labels.iter_mut().find(|l| l.kind == kind && l.loc == loc) {
            for a in alts {
                if !l.alts.contains(a) {
                    l.alts.push(*a);
                }
            }
            return;
        }
        self.labels.push(Label { kind, alts: alts.to_vec(), loc });
    }
}

// ====================================================================== tables

/// How a column is labelled.
#[derive(Clone, Default)]
struct Col {
    label: Option<(K, Vec<K>)>,
    ignore: Vec<K>,
}

fn no() -> Col {
    Col::default()
}
fn is(k: K) -> Col {
    Col { label: Some((k, vec![])), ignore: vec![] }
}
fn any(k: K, alts: &[K]) -> Col {
    Col { label: Some((k, alts.to_vec())), ignore: vec![] }
}
fn ign(ks: &[K]) -> Col {
    Col { label: None, ignore: ks.to_vec() }
}
impl Col {
    fn and_ign(mut self, ks: &[K]) -> Col {
        self.ignore.extend_from_slice(ks);
        self
    }
}

/// One sheet (or one CSV): title rows, a header row, data rows, and how each
/// column is labelled.
struct Table {
    sheet: String,
    origin: (u32, u16),
    pre: Vec<Vec<Cell>>,
    header: Vec<String>,
    cols: Vec<Col>,
    rows: Vec<Vec<Cell>>,
    extra: Vec<(usize, usize, K, Vec<K>)>,
    unlabel: BTreeSet<(usize, usize)>,
    cell_ignores: Vec<(usize, usize, Vec<K>)>,
}

impl Table {
    fn new(sheet: &str, cols: Vec<(&str, Col)>) -> Table {
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
    fn at(mut self, row: u32, col: u16) -> Table {
        self.origin = (row, col);
        self
    }

    /// Title rows above the header (empty vectors are blank rows).
    fn title(mut self, rows: Vec<Vec<Cell>>) -> Table {
        self.pre = rows;
        self
    }

    fn push(&mut self, row: Vec<Cell>) {
        assert_eq!(row.len(), self.cols.len(), "{}: row width", self.sheet);
        self.rows.push(row);
    }

    /// One more label on a cell of the last row (a mixed 連絡先 column).
    fn extra(&mut self, col: usize, kind: K) {
        let r = self.rows.len() - 1;
        self.extra.push((r, col, kind, vec![]));
    }

    /// The cell of the last row is left out of the score: no label although
    /// its column has one, and findings of these kinds there are not counted
    /// (readers disagree, e.g. 「不明」 under 宗派).
    fn undecided(&mut self, col: usize, kinds: &[K]) {
        let r = self.rows.len() - 1;
        self.unlabel.insert((r, col));
        self.cell_ignores.push((r, col, kinds.to_vec()));
    }

    fn grid(&self) -> Vec<Vec<Cell>> {
        let mut g = self.pre.clone();
        g.push(self.header.iter().map(|h| Cell::from(h.as_str())).collect());
        g.extend(self.rows.iter().cloned());
        g
    }

    fn annotate(&self, sheet: Option<&str>, doc: &mut Doc) {
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
fn absent(cell: &Cell) -> bool {
    match cell {
        Cell::Empty => true,
        Cell::Text(t) => matches!(t.trim(), "" | "無" | "なし" | "無し" | "-" | "－" | "ー" | "―"),
        _ => false,
    }
}

fn cell_text(cell: &Cell) -> String {
    match cell {
        Cell::Text(t) => t.clone(),
        Cell::Number(n) if n.fract() == 0.0 => format!("{}", *n as i64),
        Cell::Number(n) => n.to_string(),
        Cell::Date(y, m, d) => format!("{y}/{m:02}/{d:02}"),
        Cell::Empty => String::new(),
    }
}

fn t(s: impl Into<String>) -> Cell {
    Cell::from(s.into())
}

fn xlsx_doc(name: &str, tables: &[Table], negative: bool) -> Doc {
    let sheets: Vec<Sheet> = tables.iter().map(|t| Sheet::new(&t.sheet, t.grid()).at(t.origin.0, t.origin.1)).collect();
    let mut doc = Doc::new(name, "xlsx", negative);
    doc.bytes = xlsx(&sheets);
    for t in tables {
        t.annotate(Some(&t.sheet), &mut doc);
    }
    doc
}

#[derive(Clone, Copy)]
enum Enc {
    Utf8,
    Utf8Bom,
    ShiftJis,
    Utf16,
}

/// Text in an encoding; characters Shift_JIS lacks become `?`, as Excel writes them.
fn encode(text: &str, enc: Enc) -> Vec<u8> {
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

fn csv_doc(name: &str, table: &Table, delim: char, enc: Enc, negative: bool) -> Doc {
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
struct Prose {
    lines: Vec<String>,
    labels: Vec<(usize, K, Vec<K>)>,
    ignores: Vec<(usize, Vec<K>)>,
}

impl Prose {
    fn line(&mut self, text: impl Into<String>, kinds: &[K]) {
        self.lines.push(text.into());
        let i = self.lines.len() - 1;
        for k in kinds {
            self.labels.push((i, *k, vec![]));
        }
    }

    /// A label with alternatives on the last line.
    fn alt(&mut self, kind: K, alts: &[K]) {
        let i = self.lines.len() - 1;
        self.labels.push((i, kind, alts.to_vec()));
    }

    /// Findings of these kinds on the last line are not counted either way.
    fn ignore(&mut self, kinds: &[K]) {
        let i = self.lines.len() - 1;
        self.ignores.push((i, kinds.to_vec()));
    }

    fn blank(&mut self) {
        self.line("", &[]);
    }

    fn text(&self, eol: &str) -> String {
        let mut s = self.lines.join(eol);
        s.push_str(eol);
        s
    }

    fn into_doc(self, name: &str, format: &'static str, bytes: Vec<u8>, negative: bool) -> Doc {
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

    fn text_doc(self, name: &str, eol: &str, enc: Enc, negative: bool) -> Doc {
        let bytes = encode(&self.text(eol), enc);
        self.into_doc(name, "text", bytes, negative)
    }

    fn docx_doc(self, name: &str) -> Doc {
        assert!(self.lines.iter().all(|l| !l.is_empty()), "no empty paragraphs in docx");
        let paras: Vec<&str> = self.lines.iter().map(String::as_str).collect();
        let bytes = docx(&paras);
        self.into_doc(name, "docx", bytes, false)
    }
}

// ====================================================================== shared pieces

#[rustfmt::skip]
const COMPANIES: &[&str] = &[
    "株式会社アルファ商事", "北辰工業株式会社", "みなと物流株式会社", "株式会社山本製作所", "有限会社佐藤工務店",
    "田中電機株式会社", "株式会社ブルーフィン・システムズ", "合同会社ミライ企画", "株式会社東北電機",
    "株式会社さくらフーズ", "大和化成株式会社", "株式会社鈴木商店", "医療法人社団青葉会", "社会福祉法人ひかり福祉会",
    "株式会社KITAKEN", "中村印刷株式会社", "株式会社ノースウインド", "丸善運輸株式会社",
];

const DEPTS: &[&str] = &["営業部", "総務部", "人事部", "経理部", "開発部", "カスタマーサポート部", "品質保証部"];

fn birth_cell(rng: &mut Rng, b: (u16, u8, u8)) -> Cell {
    if rng.chance(0.6) {
        Cell::Date(b.0, b.1, b.2)
    } else {
        t(date_text(rng, b))
    }
}

fn any_phone(rng: &mut Rng, p: &Person) -> String {
    if rng.chance(0.65) {
        p.mobile.styled(rng)
    } else {
        p.landline.styled(rng)
    }
}

fn address_text(rng: &mut Rng, a: &Address, without_pref: f64) -> String {
    if rng.chance(without_pref) {
        a.without_pref()
    } else {
        a.full()
    }
}

/// A 12-digit date + sequence number (order, booking, build), passing the
/// My Number check digit or not.
fn dated_number(rng: &mut Rng, passing: bool) -> String {
    loop {
        let s = format!("2026{:02}{:02}{:04}", rng.range(1, 12), rng.range(1, 28), rng.range(1, 3000));
        if is_my_number(&s) == passing {
            return s;
        }
    }
}

/// A 12-digit parcel tracking number, 4-4-4, passing the My Number check or not.
fn tracking_number(rng: &mut Rng, passing: bool) -> String {
    loop {
        let s = format!("{}{}", rng.range(1, 9), rng.digits(11));
        if is_my_number(&s) == passing {
            return format!("{}-{}-{}", &s[..4], &s[4..8], &s[8..]);
        }
    }
}

/// A JAN code that also passes the corporate-number check, or not.
fn jan(rng: &mut Rng, passing_corporate: bool) -> String {
    loop {
        let j = jan_code(rng);
        if is_corporate_number(&j) == passing_corporate {
            return j;
        }
    }
}

fn yen(rng: &mut Rng) -> String {
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

fn doctor_name(rng: &mut Rng) -> String {
    let d = Person::gen(rng);
    match rng.below(4) {
        0 => format!("{} {}", d.surname, d.given),
        1 => format!("{}医師", d.surname),
        2 => format!("{}先生", d.surname),
        _ => format!("{}{}（精神科）", d.surname, d.given),
    }
}

// ====================================================================== incident tables

/// Incident 1: the work-transition support office's sheet about trial users.
fn disability_support(rng: &mut Rng) -> Doc {
    let staff: Vec<Person> = (0..4).map(|_| Person::gen(rng)).collect();
    let mut tb = Table::new(
        "体験利用者",
        vec![
            ("No", no()),
            ("氏名", is(K::PersonName)),
            ("生年月日", is(K::BirthDate)),
            ("障がい名", any(K::Disability, &[K::Health])),
            ("手帳の有無", is(K::Disability)),
            ("障がいの症状", any(K::Disability, &[K::Health])),
            // Where someone is treated hints at their condition; readers disagree.
            ("かかりつけ病院名", ign(&[K::Health, K::Disability])),
            ("主治医", is(K::PersonName).and_ign(&[K::Health, K::Disability])),
            ("受給者証の有無", is(K::Disability)),
            ("担当支援員", is(K::PersonName)),
            ("備考", no()),
        ],
    )
    .title(vec![
        vec![t("就労移行支援事業所さくらワークス　体験利用者一覧（2024年10月分）")],
        vec![t("※取扱注意　外部への持ち出し禁止")],
        vec![],
    ]);
    for i in 1..=30 {
        let p = Person::born_between(rng, 1966, 2005);
        let handbook = if rng.chance(0.75) { rng.pick(HANDBOOKS).to_string() } else { "無".into() };
        let certificate = *rng.pick(&["有", "有", "有", "無", "申請中"]);
        let symptom = if rng.chance(0.93) { rng.pick(DISABILITY_SYMPTOMS).to_string() } else { String::new() };
        let doctor = if rng.chance(0.92) { doctor_name(rng) } else { String::new() };
        let staff_name = staff[rng.below(staff.len())].name(rng);
        let note = *rng.pick(&["", "", "体験3日目", "午前のみ参加", "送迎あり", "次回面談 11/5"]);
        let row = vec![
            Cell::Number(i as f64),
            t(p.name(rng)),
            birth_cell(rng, p.birth),
            t(*rng.pick(DISABILITY_NAMES)),
            t(handbook),
            t(symptom),
            t(*rng.pick(HOSPITALS)),
            t(doctor),
            t(certificate),
            t(staff_name),
            t(note),
        ];
        tb.push(row);
    }
    xlsx_doc("incident1_体験利用者一覧.xlsx", &[tb], false)
}

/// Incident 2: a health centre's COVID-19 case list, CSV in Shift_JIS.
fn covid_cases_sjis(rng: &mut Rng) -> Doc {
    let mut tb = Table::new(
        "",
        vec![
            ("No", no()),
            ("氏名", is(K::PersonName)),
            ("年代", no()),
            ("性別", no()),
            ("住所", is(K::Address)),
            ("電話番号", is(K::Phone)),
            // The onset date of an illness is health data to some readers.
            ("発症日", ign(&[K::Health])),
            ("症状", is(K::Health)),
            // 自宅療養, 入院調整中: how a patient is cared for.
            ("備考", is(K::Health)),
        ],
    );
    for i in 1..=150 {
        let p = Person::gen(rng);
        let decade = format!("{}代", (2022 - p.birth.0 as u32) / 10 * 10);
        let onset = format!("2022/08/{:02}", rng.range(1, 31));
        let note = *rng.pick(&["", "", "", "自宅療養", "宿泊療養", "入院調整中", "濃厚接触者あり"]);
        let row = vec![
            t(i.to_string()),
            t(p.name(rng)),
            t(decade),
            t(p.sex()),
            t(address_text(rng, &p.home, 0.2)),
            t(any_phone(rng, &p)),
            t(onset),
            t(*rng.pick(COVID_SYMPTOMS)),
            t(note),
        ];
        tb.push(row);
        if note == "濃厚接触者あり" {
            // About other people's exposure rather than this patient's health.
            tb.undecided(8, &[K::Health]);
        }
    }
    csv_doc("incident2_陽性者一覧_sjis.csv", &tb, ',', Enc::ShiftJis, false)
}

/// Incident 2, second shape: UTF-8 CSV with a title row above the header.
fn covid_cases_titled(rng: &mut Rng) -> Doc {
    let mut tb = Table::new(
        "",
        vec![
            ("受付番号", no()),
            ("氏名", is(K::PersonName)),
            ("生年月日", is(K::BirthDate)),
            ("連絡先", is(K::Phone)),
            ("住所", is(K::Address)),
            ("診断名", is(K::Health)),
            ("発症日", ign(&[K::Health])),
            ("入院先", ign(&[K::Health])),
            ("症状", is(K::Health)),
        ],
    )
    .title(vec![vec![t("新型コロナウイルス感染症 陽性者一覧（保健所提出用）")]]);
    for i in 1..=80 {
        let p = Person::gen(rng);
        let row = vec![
            t(format!("2022-{:05}", 1200 + i)),
            t(p.name(rng)),
            t(date_text(rng, p.birth)),
            t(any_phone(rng, &p)),
            t(address_text(rng, &p.home, 0.1)),
            t(*rng.pick(&["新型コロナウイルス感染症", "COVID-19", "新型コロナウイルス感染症（軽症）", "COVID-19肺炎"])),
            t(format!("2022/07/{:02}", rng.range(1, 31))),
            t(*rng.pick(&["", "", "みなと総合病院", "市立中央病院", "宿泊療養施設"])),
            t(*rng.pick(COVID_SYMPTOMS)),
        ];
        tb.push(row);
    }
    csv_doc("incident2_陽性者一覧_titled.csv", &tb, ',', Enc::Utf8, false)
}

/// Incident 3: a health-check booking export of another company's staff.
fn health_check_export(rng: &mut Rng) -> Doc {
    let clinics =
        ["みなと健診センター", "中央クリニック健診部", "さくら総合病院 健康管理センター", "北斗メディカルプラザ"];
    let courses =
        ["一般定期健診", "生活習慣病予防健診", "人間ドック（日帰り）", "人間ドック＋脳ドック", "婦人科検診オプション"];
    let mut tb = Table::new(
        "予約一覧",
        vec![
            ("氏名", is(K::PersonName)),
            ("性別", no()),
            ("生年月日", is(K::BirthDate)),
            ("社員番号", is(K::EmployeeId)),
            ("保険証記号・番号", is(K::HealthInsurance)),
            // Being due for a check-up, the clinic and the course are not results.
            ("健診対象フラグ", ign(&[K::Health])),
            ("予約ID", no()),
            ("予約確定日", no()),
            ("医療機関名", ign(&[K::Health])),
            ("医療機関ID", ign(&[K::Health])),
            // Having a check-up is not its result (PPC guidelines), but many
            // readers treat the visit date in a health system as health data.
            ("受診日", ign(&[K::Health])),
            ("コース名", ign(&[K::Health])),
        ],
    );
    for i in 0..200 {
        let p = Person::born_between(rng, 1958, 2003);
        let booking = dated_number(rng, i % 2 == 0);
        let booking_cell = if rng.chance(0.3) { Cell::Number(booking.parse::<f64>().unwrap()) } else { t(booking) };
        let row = vec![
            t(p.name(rng)),
            t(p.sex()),
            birth_cell(rng, p.birth),
            t(employee_id(rng)),
            t(insurance_symbol_number(rng)),
            t(*rng.pick(&["1", "1", "0", "対象", "対象外"])),
            booking_cell,
            Cell::Date(2026, rng.range(4, 9) as u8, rng.range(1, 28) as u8),
            t(*rng.pick(&clinics)),
            t(format!("13{}", rng.digits(8))),
            Cell::Date(2026, rng.range(10, 12) as u8, rng.range(1, 28) as u8),
            t(*rng.pick(&courses)),
        ];
        tb.push(row);
    }
    xlsx_doc("incident3_健診予約エクスポート.xlsx", &[tb], false)
}

/// Incident 4: a call-centre customer list with card numbers.
fn customer_list(rng: &mut Rng) -> Doc {
    let mut tb = Table::new(
        "顧客リスト",
        vec![
            ("会員ID", is(K::EmployeeId)),
            ("氏名", is(K::PersonName)),
            ("フリガナ", is(K::PersonName)),
            ("郵便番号", is(K::PostalCode)),
            ("住所", is(K::Address)),
            ("電話番号", is(K::Phone)),
            ("メールアドレス", is(K::Email)),
            ("生年月日", is(K::BirthDate)),
            ("性別", no()),
            ("カード番号", is(K::CreditCard)),
            ("登録日", no()),
            ("累計購入額", no()),
            ("備考", no()),
        ],
    );
    for i in 0..200 {
        let p = Person::gen(rng);
        let postal = match rng.below(10) {
            0 => p.home.postal.clone(),
            1 => format!("〒{}", p.home.postal_hyphen()),
            _ => p.home.postal_hyphen(),
        };
        // Excel drops the leading zero when a phone is typed as a number.
        let phone = if i % 67 == 5 {
            Cell::Number(p.mobile.digits[1..].parse::<f64>().unwrap())
        } else {
            t(any_phone(rng, &p))
        };
        let card = if rng.chance(0.45) {
            let n = random_card(rng);
            t(card_styled(rng, &n))
        } else {
            Cell::Empty
        };
        let spend = if rng.chance(0.5) { t(yen(rng)) } else { Cell::Number(rng.range(1, 500) as f64 * 100.0) };
        let row = vec![
            t(member_id(rng)),
            t(p.name(rng)),
            t(p.kana(rng)),
            t(postal),
            t(address_text(rng, &p.home, 0.05)),
            phone,
            if rng.chance(0.94) { t(p.email.clone()) } else { Cell::Empty },
            birth_cell(rng, p.birth),
            t(p.sex()),
            card,
            Cell::Date(rng.range(2015, 2025) as u16, rng.range(1, 12) as u8, rng.range(1, 28) as u8),
            spend,
            t(*rng.pick(&["", "", "", "DM不要", "電話連絡は夕方以降希望", "優良顧客"])),
        ];
        tb.push(row);
    }
    xlsx_doc("incident4_顧客リスト.xlsx", &[tb], false)
}

/// Incident 4, exported for an overseas vendor: English headers, UTF-8 BOM.
fn customer_export_english(rng: &mut Rng) -> Doc {
    let mut tb = Table::new(
        "",
        vec![
            ("Member ID", is(K::EmployeeId)),
            ("Name", is(K::PersonName)),
            ("Name (Kana)", is(K::PersonName)),
            ("Zip Code", is(K::PostalCode)),
            ("Address", is(K::Address)),
            ("Phone", is(K::Phone)),
            ("Email", is(K::Email)),
            ("Date of Birth", is(K::BirthDate)),
            ("Gender", no()),
            ("Card Number", is(K::CreditCard)),
            ("Order No.", no()),
            ("Last Order", no()),
        ],
    );
    for i in 0..100 {
        let p = Person::gen(rng);
        let card = if rng.chance(0.6) {
            let n = random_card(rng);
            card_styled(rng, &n)
        } else {
            String::new()
        };
        let row = vec![
            t(member_id(rng)),
            t(p.name(rng)),
            t(p.kana(rng)),
            t(p.home.postal_hyphen()),
            t(address_text(rng, &p.home, 0.0)),
            t(any_phone(rng, &p)),
            t(p.email.clone()),
            t(format!("{}-{:02}-{:02}", p.birth.0, p.birth.1, p.birth.2)),
            t(if p.female { "F" } else { "M" }),
            t(card),
            t(dated_number(rng, i % 2 == 0)),
            t(format!("2026-{:02}-{:02}", rng.range(1, 9), rng.range(1, 28))),
        ];
        tb.push(row);
    }
    csv_doc("incident4_customers_en_bom.csv", &tb, ',', Enc::Utf8Bom, false)
}

/// Incident 5: a payroll and social-insurance register with My Numbers,
/// starting at B3 under a title, and a dependants sheet.
fn payroll_register(rng: &mut Rng) -> Doc {
    let mut main = Table::new(
        "従業員台帳",
        vec![
            ("社員番号", is(K::EmployeeId)),
            ("氏名", is(K::PersonName)),
            ("個人番号", is(K::MyNumber)),
            ("基礎年金番号", is(K::PensionNumber)),
            ("扶養家族", is(K::PersonName)),
            // Bank, branch and account type are part of the account to some readers.
            ("銀行名", ign(&[K::BankAccount])),
            ("支店名", ign(&[K::BankAccount])),
            ("口座種別", ign(&[K::BankAccount])),
            ("口座番号", is(K::BankAccount)),
            ("基本給", no()),
        ],
    )
    .title(vec![vec![t("2026年度 従業員台帳（社会保険・年末調整用）")], vec![]])
    .at(0, 1);
    let mut deps = Table::new(
        "扶養親族",
        vec![
            ("社員番号", is(K::EmployeeId)),
            ("扶養親族氏名", is(K::PersonName)),
            ("続柄", no()),
            ("生年月日", is(K::BirthDate)),
            ("マイナンバー", is(K::MyNumber)),
        ],
    );
    for _ in 0..60 {
        let p = Person::born_between(rng, 1962, 2003);
        let eid = employee_id(rng);
        let mn = my_number(rng);
        let mn_cell = if rng.chance(0.12) && !mn.starts_with('0') {
            Cell::Number(mn.parse::<f64>().unwrap())
        } else {
            t(my_number_styled(rng, &mn))
        };
        let mut family = Vec::new();
        if rng.chance(0.6) {
            let spouse = p.relative(rng, !p.female, p.birth.0.saturating_sub(3).max(1950), (p.birth.0 + 3).min(2003));
            family.push((spouse, "配偶者"));
            for _ in 0..rng.below(3) {
                let female = rng.chance(0.5);
                let child = p.relative(rng, female, (p.birth.0 + 22).min(2023), 2023);
                family.push((child, if female { "長女" } else { "長男" }));
            }
        }
        let family_text = if family.is_empty() {
            "なし".to_owned()
        } else {
            family.iter().map(|(f, rel)| format!("{}（{}）", f.name(rng), rel)).collect::<Vec<_>>().join("、")
        };
        let (bank, _, _) = *rng.pick(BANKS);
        let (branch, _) = *rng.pick(BRANCHES);
        let row = vec![
            t(eid.clone()),
            t(p.name(rng)),
            mn_cell,
            t(pension_any(rng)),
            t(family_text),
            t(bank),
            t(branch),
            t(*rng.pick(&["普通", "普通", "普通", "当座"])),
            t(account_number(rng)),
            Cell::Number(rng.range(180, 520) as f64 * 1000.0),
        ];
        main.push(row);
        for (f, rel) in &family {
            let dep_mn = my_number(rng);
            let birth =
                if rng.chance(0.5) { Cell::Date(f.birth.0, f.birth.1, f.birth.2) } else { t(date_text(rng, f.birth)) };
            let row = vec![t(eid.clone()), t(f.name(rng)), t(*rel), birth, t(my_number_styled(rng, &dep_mn))];
            deps.push(row);
        }
    }
    xlsx_doc("incident5_従業員台帳.xlsx", &[main, deps], false)
}

// ====================================================================== more tables

/// An event sign-up list saved as "Unicode text" (UTF-16, tabs), header synonyms.
fn event_signup_utf16(rng: &mut Rng) -> Doc {
    let mut tb = Table::new(
        "",
        vec![
            ("No", no()),
            ("お名前", is(K::PersonName)),
            ("ふりがな", is(K::PersonName)),
            ("〒", is(K::PostalCode)),
            ("現住所", is(K::Address)),
            ("連絡先", no()),
            ("E-mail", is(K::Email)),
            ("誕生日", is(K::BirthDate)),
        ],
    );
    for i in 1..=60 {
        let p = Person::gen(rng);
        let contact_is_mail = rng.chance(0.15);
        let contact = if contact_is_mail { p.email.clone() } else { any_phone(rng, &p) };
        let kana = format!("{} {}", hiragana(p.surname_kana), hiragana(p.given_kana));
        let row = vec![
            t(i.to_string()),
            t(p.name(rng)),
            t(kana),
            t(p.home.postal_styled(rng)),
            t(address_text(rng, &p.home, 0.1)),
            t(contact),
            if rng.chance(0.9) { t(p.email.clone()) } else { Cell::Empty },
            t(date_text(rng, p.birth)),
        ];
        tb.push(row);
        tb.extra(5, if contact_is_mail { K::Email } else { K::Phone });
    }
    csv_doc("event_参加申込_utf16.txt", &tb, '\t', Enc::Utf16, false)
}

/// A company directory: TEL, 携帯番号 and a 4-digit extension that is not a phone.
fn staff_directory(rng: &mut Rng) -> Doc {
    let office = Phone::fixed(rng, "03");
    let mut tb = Table::new(
        "",
        vec![
            ("氏名", is(K::PersonName)),
            ("所属", no()),
            ("内線", no()),
            ("TEL", is(K::Phone)),
            ("携帯番号", is(K::Phone)),
            ("メールアドレス", is(K::Email)),
        ],
    );
    for _ in 0..40 {
        let p = Person::gen(rng);
        let mail = format!("{}.{}@{}", romaji(p.given_kana), romaji(p.surname_kana), COMPANY_DOMAINS[0]);
        let mut line = office.clone();
        line.digits = format!("{}{}", &office.digits[..6], rng.digits(4));
        let row = vec![
            t(p.name(rng)),
            t(*rng.pick(DEPTS)),
            t(rng.range(1000, 4999).to_string()),
            t(line.hyphen()),
            if rng.chance(0.85) { t(p.mobile.styled(rng)) } else { Cell::Empty },
            t(mail),
        ];
        tb.push(row);
    }
    csv_doc("社員名簿_連絡先.csv", &tb, ',', Enc::Utf8, false)
}

/// A staff roster kept by a foreign-affiliated company: English headers.
fn staff_roster_english(rng: &mut Rng) -> Doc {
    let mut tb = Table::new(
        "Staff",
        vec![
            ("Employee No.", is(K::EmployeeId)),
            ("Full Name", is(K::PersonName)),
            ("Date of Birth", is(K::BirthDate)),
            ("Mobile", is(K::Phone)),
            ("E-mail", is(K::Email)),
            ("Home Address", is(K::Address)),
            ("Passport No.", is(K::Passport)),
            ("Emergency Contact", is(K::Phone)),
            ("Joined", no()),
        ],
    );
    for _ in 0..40 {
        let p = Person::gen(rng);
        let name = if rng.chance(0.5) {
            let g = romaji(p.given_kana);
            let mut gc = g.chars();
            let given = gc.next().map(|c| c.to_ascii_uppercase().to_string() + gc.as_str()).unwrap_or_default();
            format!("{} {}", given, romaji(p.surname_kana).to_uppercase())
        } else {
            p.name(rng)
        };
        let relative = Person::gen(rng);
        let row = vec![
            t(employee_id(rng)),
            t(name),
            birth_cell(rng, p.birth),
            t(p.mobile.styled(rng)),
            t(p.email.clone()),
            t(p.home.full()),
            if rng.chance(0.85) { t(passport(rng)) } else { Cell::Empty },
            t(relative.mobile.styled(rng)),
            Cell::Date(rng.range(2010, 2025) as u16, 4, 1),
        ];
        tb.push(row);
    }
    xlsx_doc("staff_roster_en.xlsx", &[tb], false)
}

/// Foreign trainees: residence cards, passports, nationality (which is not race).
fn foreign_staff(rng: &mut Rng) -> Doc {
    let dorm = Address::gen(rng);
    let mut tb = Table::new(
        "名簿",
        vec![
            ("氏名", is(K::PersonName)),
            ("国籍", no()),
            ("生年月日", is(K::BirthDate)),
            ("在留カード番号", is(K::ResidenceCard)),
            ("在留資格", no()),
            ("在留期間満了日", no()),
            ("旅券番号", is(K::Passport)),
            ("携帯番号", is(K::Phone)),
            ("住所", is(K::Address)),
        ],
    )
    .title(vec![vec![t("技能実習生・特定技能外国人 名簿")], vec![t("作成日：2026年10月1日")]]);
    for i in 0..40 {
        let name = FOREIGN_NAMES[i % FOREIGN_NAMES.len()];
        let nationality = if name.is_ascii() || name.contains('・') {
            *rng.pick(&["ベトナム", "フィリピン", "インドネシア", "ネパール", "ブラジル", "ミャンマー"])
        } else {
            *rng.pick(&["中国", "韓国", "台湾"])
        };
        let b = birth_date(rng, 1985, 2005);
        let m = Phone::mobile(rng);
        let room = 100 + rng.range(1, 30);
        let row = vec![
            t(name),
            t(nationality),
            if rng.chance(0.5) { Cell::Date(b.0, b.1, b.2) } else { t(format!("{}/{:02}/{:02}", b.0, b.1, b.2)) },
            t(residence_card(rng)),
            t(*rng.pick(&["技能実習2号", "特定技能1号", "技術・人文知識・国際業務", "永住者", "留学"])),
            Cell::Date(rng.range(2026, 2030) as u16, rng.range(1, 12) as u8, rng.range(1, 28) as u8),
            t(foreign_passport(rng)),
            t(m.styled(rng)),
            t(format!("{} {}号室", dorm.full(), room)),
        ];
        tb.push(row);
    }
    xlsx_doc("外国人材名簿.xlsx", &[tb], false)
}

/// A funeral home's customer list: 宗派 is creed.
fn funeral_list(rng: &mut Rng) -> Doc {
    let staff: Vec<Person> = (0..3).map(|_| Person::gen(rng)).collect();
    let mut tb = Table::new(
        "受付台帳",
        vec![
            ("受付日", no()),
            ("喪主氏名", is(K::PersonName)),
            ("故人氏名", is(K::PersonName)),
            ("続柄", no()),
            ("宗派", is(K::Religion)),
            ("住所", is(K::Address)),
            ("電話番号", is(K::Phone)),
            ("式場", no()),
            ("担当者", is(K::PersonName)),
        ],
    );
    for _ in 0..40 {
        let p = Person::gen(rng);
        let female = rng.chance(0.5);
        let deceased = p.relative(rng, female, 1925, 1960);
        let unknown = rng.chance(0.08);
        let row = vec![
            Cell::Date(2026, rng.range(1, 9) as u8, rng.range(1, 28) as u8),
            t(p.name(rng)),
            t(deceased.name(rng)),
            t(*rng.pick(&["父", "母", "夫", "妻", "祖母"])),
            t(if unknown { "不明".to_owned() } else { rng.pick(RELIGIONS).to_string() }),
            t(address_text(rng, &p.home, 0.1)),
            t(any_phone(rng, &p)),
            t(*rng.pick(&["第1ホール", "第2ホール", "自宅", "家族葬ルーム"])),
            t(staff[rng.below(3)].name(rng)),
        ];
        tb.push(row);
        if unknown {
            tb.undecided(4, &[K::Religion]);
        }
    }
    xlsx_doc("葬儀受付台帳.xlsx", &[tb], false)
}

/// Job applicants: 賞罰 holds awards and convictions; only convictions are labelled.
fn applicants(rng: &mut Rng) -> Doc {
    let awards =
        ["2018年 社内営業コンテスト優秀賞", "2015年 県知事表彰（消防団功労）", "全国高校珠算大会 3位", "2020年 社長賞"];
    let schools =
        ["東京都立○○高等学校 卒業", "○○大学 経済学部 卒業", "○○専門学校 情報処理科 卒業", "○○大学大学院 修士課程修了"];
    let mut tb = Table::new(
        "応募者",
        vec![
            ("応募者氏名", is(K::PersonName)),
            ("生年月日", is(K::BirthDate)),
            ("最終学歴", no()),
            ("賞罰", no()),
            ("運転免許証番号", is(K::DriversLicense)),
            ("携帯電話", is(K::Phone)),
            ("メール", is(K::Email)),
            ("現住所", is(K::Address)),
        ],
    );
    for _ in 0..80 {
        let p = Person::born_between(rng, 1970, 2004);
        let roll = rng.below(10);
        let record = match roll {
            0..=4 => "なし".to_owned(),
            5..=7 => rng.pick(&awards).to_string(),
            _ => rng.pick(CRIMES).to_string(),
        };
        let row = vec![
            t(p.name(rng)),
            birth_cell(rng, p.birth),
            t(*rng.pick(&schools)),
            t(record),
            if rng.chance(0.9) { t(drivers_license(rng)) } else { t("なし") },
            t(p.mobile.styled(rng)),
            t(p.email.clone()),
            t(address_text(rng, &p.home, 0.05)),
        ];
        tb.push(row);
        if roll >= 8 {
            tb.extra(3, K::CriminalRecord);
        }
    }
    xlsx_doc("採用_応募者一覧.xlsx", &[tb], false)
}

/// A consumer-centre consultation log: some consultations are about being a victim of crime.
fn consultation_log(rng: &mut Rng) -> Doc {
    let other = ["近隣トラブル", "消費生活相談（解約）", "多重債務", "相続手続き", "騒音の苦情"];
    let mut tb = Table::new(
        "",
        vec![
            ("受付番号", no()),
            ("相談日", no()),
            ("相談者氏名", is(K::PersonName)),
            ("連絡先", is(K::Phone)),
            ("相談種別", no()),
            ("対応状況", no()),
        ],
    );
    for i in 0..60 {
        let p = Person::gen(rng);
        let victim = rng.chance(0.6);
        let row = vec![
            t(format!("2026-{:04}", 100 + i)),
            t(format!("2026/{:02}/{:02}", rng.range(1, 9), rng.range(1, 28))),
            t(p.name(rng)),
            t(any_phone(rng, &p)),
            t(if victim { rng.pick(VICTIM_TYPES).to_string() } else { rng.pick(&other).to_string() }),
            t(*rng.pick(&["継続対応中", "完了", "関係機関へ引継ぎ"])),
        ];
        tb.push(row);
        if victim {
            tb.extra(4, K::CrimeVictim);
        }
    }
    csv_doc("相談受付記録.csv", &tb, ',', Enc::Utf8, false)
}

/// The sheet every office has: system accounts with passwords in clear.
fn account_sheet(rng: &mut Rng) -> Doc {
    let systems = [
        ("勤怠管理", "https://kintai.example.jp/login"),
        ("経費精算", "https://keihi.example.jp/"),
        ("給与明細Web", "https://kyuyo.example.jp/"),
        ("社内Wi-Fi管理", "http://192.168.1.1/"),
        ("クラウドストレージ", "https://storage.example.com/"),
    ];
    let mut tb = Table::new(
        "アカウント",
        vec![
            ("システム名", no()),
            ("URL", no()),
            ("ログインID", is(K::Email)),
            ("パスワード", is(K::Password)),
            ("更新日", no()),
            ("備考", no()),
        ],
    );
    for _ in 0..30 {
        let p = Person::gen(rng);
        let (system, url) = *rng.pick(&systems);
        let row = vec![
            t(system),
            t(url),
            t(format!("{}.{}@{}", romaji(p.given_kana), romaji(p.surname_kana), COMPANY_DOMAINS[2])),
            t(password(rng)),
            Cell::Date(2026, rng.range(1, 9) as u8, rng.range(1, 28) as u8),
            t(*rng.pick(&["", "", "初期パスワードから変更済み", "3か月ごとに変更", "管理者権限あり"])),
        ];
        tb.push(row);
    }
    xlsx_doc("アカウント一覧.xlsx", &[tb], false)
}

/// A bulk bank-transfer file: payee names in half-width kana, Shift_JIS.
fn bank_transfer(rng: &mut Rng) -> Doc {
    let mut tb = Table::new(
        "",
        vec![
            ("受取人名", is(K::PersonName)),
            ("銀行コード", ign(&[K::BankAccount])),
            ("銀行名", ign(&[K::BankAccount])),
            ("支店コード", ign(&[K::BankAccount])),
            ("支店名", ign(&[K::BankAccount])),
            ("預金種目", ign(&[K::BankAccount])),
            ("口座番号", is(K::BankAccount)),
            ("振込金額", no()),
        ],
    );
    for _ in 0..60 {
        let p = Person::gen(rng);
        let (_, code, bank_kana) = *rng.pick(BANKS);
        let (_, branch_kana) = *rng.pick(BRANCHES);
        let row = vec![
            t(format!("{} {}", half_width_kana(p.surname_kana), half_width_kana(p.given_kana))),
            t(code),
            t(bank_kana),
            t(format!("{:03}", rng.range(1, 999))),
            t(branch_kana),
            t(*rng.pick(&["1", "1", "1", "2"])),
            t(account_number(rng)),
            t((rng.range(5, 400) * 1000).to_string()),
        ];
        tb.push(row);
    }
    csv_doc("総合振込_202610.csv", &tb, ',', Enc::ShiftJis, false)
}

/// Health-insurance qualification list with 記号 and 番号 in separate columns.
fn insurance_list(rng: &mut Rng) -> Doc {
    let mut tb = Table::new(
        "資格取得者",
        vec![
            ("氏名", is(K::PersonName)),
            // The insurer's number identifies the insurer, not the person.
            ("保険者番号", ign(&[K::HealthInsurance])),
            ("被保険者証記号", is(K::HealthInsurance)),
            ("被保険者証番号", is(K::HealthInsurance)),
            ("資格取得日", no()),
            ("生年月日", is(K::BirthDate)),
        ],
    );
    let insurer = format!("06{}", rng.digits(6));
    for _ in 0..50 {
        let p = Person::born_between(rng, 1960, 2004);
        let row = vec![
            t(p.name(rng)),
            t(insurer.clone()),
            t(rng.digits_between(4, 8)),
            t(rng.range(1, 999).to_string()),
            Cell::Date(2026, 4, 1),
            t(date_text(rng, p.birth)),
        ];
        tb.push(row);
    }
    xlsx_doc("健康保険_資格取得者一覧.xlsx", &[tb], false)
}

/// A supplier master: corporate and invoice registration numbers, company phones.
fn supplier_master(rng: &mut Rng) -> Doc {
    let mut tb = Table::new(
        "取引先マスタ",
        vec![
            ("取引先名", no()),
            ("法人番号", is(K::CorporateNumber)),
            ("登録番号", is(K::CorporateNumber)),
            ("代表電話", is(K::Phone)),
            ("フリーダイヤル", is(K::Phone)),
            ("所在地", is(K::Address)),
            ("担当者", is(K::PersonName)),
            ("担当者メール", is(K::Email)),
            ("取引開始日", no()),
        ],
    );
    for i in 0..40 {
        let a = Address::gen(rng);
        let contact = Person::gen(rng);
        let corp = corporate_number(rng);
        let corp_cell = if rng.chance(0.15) { Cell::Number(corp.parse::<f64>().unwrap()) } else { t(corp.clone()) };
        let domain = COMPANY_DOMAINS[i % COMPANY_DOMAINS.len()];
        let row = vec![
            t(COMPANIES[i % COMPANIES.len()]),
            corp_cell,
            if rng.chance(0.9) { t(format!("T{corp}")) } else { Cell::Empty },
            t(Phone::fixed(rng, a.area_code).hyphen()),
            if rng.chance(0.5) { t(Phone::toll_free(rng).styled(rng)) } else { Cell::Empty },
            t(a.full()),
            t(contact.name(rng)),
            t(format!("{}@{}", romaji(contact.surname_kana), domain)),
            Cell::Date(rng.range(2000, 2025) as u16, rng.range(1, 12) as u8, 1),
        ];
        tb.push(row);
    }
    xlsx_doc("取引先マスタ.xlsx", &[tb], false)
}

/// Health-check results: every non-"なし" value is special-care data.
fn checkup_results(rng: &mut Rng) -> Doc {
    let mut tb = Table::new(
        "健診結果",
        vec![
            ("社員番号", is(K::EmployeeId)),
            ("氏名", is(K::PersonName)),
            ("受診日", ign(&[K::Health])),
            ("健診結果", is(K::Health)),
            ("所見", is(K::Health)),
            ("既往歴", is(K::Health)),
            ("服薬", is(K::Health)),
        ],
    )
    .title(vec![vec![t("2026年度 定期健康診断 有所見者一覧（産業医面談用）")]]);
    for _ in 0..60 {
        let p = Person::born_between(rng, 1960, 2003);
        let row = vec![
            t(employee_id(rng)),
            t(p.name(rng)),
            Cell::Date(2026, rng.range(5, 9) as u8, rng.range(1, 28) as u8),
            t(*rng.pick(CHECKUP_RESULTS)),
            t(*rng.pick(FINDINGS)),
            t(if rng.chance(0.5) { "なし".to_owned() } else { rng.pick(DISEASES).to_string() }),
            t(if rng.chance(0.5) { "なし".to_owned() } else { rng.pick(MEDICATIONS).to_string() }),
        ];
        tb.push(row);
    }
    xlsx_doc("健診_有所見者一覧.xlsx", &[tb], false)
}

// ====================================================================== mails

fn greeting(rng: &mut Rng, m: &mut Prose, to: &Person) {
    let pn = &[K::PersonName][..];
    match rng.below(11) {
        0 => m.line(format!("{}様", to.full()), pn),
        1 => m.line(format!("{} {} 様", to.surname, to.given), pn),
        2 => m.line(format!("{}様", to.surname), pn),
        3 => m.line(format!("{}部長", to.surname), pn),
        4 => m.line(format!("{}課長、お疲れ様です。", to.surname), pn),
        5 => m.line(format!("{}さん", to.surname), pn),
        6 => {
            m.line(rng.pick(COMPANIES).to_string(), &[]);
            m.line(format!("{} {}様", rng.pick(DEPTS), to.full()), pn);
        }
        7 => m.line(format!("{}先生", to.surname), pn),
        8 => m.line(format!("{} {} 殿", to.surname, to.given), pn),
        9 => m.line("関係者各位", &[]),
        _ => m.line(format!("{} 御中", rng.pick(COMPANIES)), &[]),
    }
}

fn signature(rng: &mut Rng, m: &mut Prose, me: &Person) {
    let a = Address::gen(rng);
    m.line("――――――――――――――――――――", &[]);
    m.line(format!("{} {}", rng.pick(COMPANIES), rng.pick(DEPTS)), &[]);
    m.line(format!("{} {}", me.surname, me.given), &[K::PersonName]);
    m.line(format!("〒{} {}", a.postal_hyphen(), a.full()), &[K::PostalCode, K::Address]);
    m.line(format!("TEL：{}", Phone::fixed(rng, a.area_code).hyphen()), &[K::Phone]);
    m.line(
        format!("Mail：{}.{}@{}", romaji(me.given_kana), romaji(me.surname_kana), rng.pick(COMPANY_DOMAINS)),
        &[K::Email],
    );
    m.line("――――――――――――――――――――", &[]);
}

fn address_lines(rng: &mut Rng, m: &mut Prose, p: &Person) {
    match rng.below(3) {
        0 => m.line(format!("住所：〒{} {}", p.home.postal_hyphen(), p.home.full()), &[K::PostalCode, K::Address]),
        1 => {
            m.line(format!("〒{}", p.home.postal_hyphen()), &[K::PostalCode]);
            m.line(p.home.full(), &[K::Address]);
        }
        _ => m.line(format!("住所：{}", p.home.full()), &[K::Address]),
    }
}

/// Forwarding a new hire's details to payroll (incident 5 in a mail body).
fn scene_new_hire(rng: &mut Rng, m: &mut Prose) {
    let p = Person::born_between(rng, 1975, 2004);
    m.line("下記の通り、新入社員の登録情報をお送りします。", &[]);
    m.line(format!("氏名：{}", p.name(rng)), &[K::PersonName]);
    if rng.chance(0.6) {
        m.line(format!("フリガナ：{}", p.kana(rng)), &[K::PersonName]);
    }
    m.line(format!("生年月日：{}", date_text(rng, p.birth)), &[K::BirthDate]);
    address_lines(rng, m, &p);
    m.line(format!("携帯：{}", p.mobile.styled(rng)), &[K::Phone]);
    if rng.chance(0.7) {
        let mn = my_number(rng);
        m.line(format!("個人番号：{}", my_number_styled(rng, &mn)), &[K::MyNumber]);
    }
    if rng.chance(0.6) {
        m.line(format!("基礎年金番号：{}", pension_any(rng)), &[K::PensionNumber]);
    }
    if rng.chance(0.6) {
        let (bank, _, _) = *rng.pick(BANKS);
        let (branch, _) = *rng.pick(BRANCHES);
        m.line(format!("振込口座：{bank} {branch} 普通 {}", account_number(rng)), &[K::BankAccount]);
    }
    if rng.chance(0.5) {
        m.line(format!("社員番号：{}", employee_id(rng)), &[K::EmployeeId]);
    }
}

/// A support reply: an order number and a tracking number that pass the My
/// Number check, a masked card, a price — and the customer's phone and address.
fn scene_customer_reply(rng: &mut Rng, m: &mut Prose) {
    let p = Person::gen(rng);
    m.line(format!("ご注文番号：{}", dated_number(rng, true)), &[]);
    m.line(
        format!("ご登録の電話番号（{}）宛にご連絡いたしましたが、つながりませんでした。", any_phone(rng, &p)),
        &[K::Phone],
    );
    m.line(format!("お届け先：{}", p.home.full()), &[K::Address]);
    m.line(format!("お支払い：VISA ****-****-****-{}", rng.digits(4)), &[]);
    m.line(format!("合計金額：{}（税込）", yen(rng)), &[]);
    m.line(format!("お問い合わせ伝票番号：{}", tracking_number(rng, true)), &[]);
    m.line(format!("{}までご返信ください。", p.email), &[K::Email]);
}

/// Special-care facts about a named person (health, disability).
fn scene_health(rng: &mut Rng, m: &mut Prose) {
    let p = Person::gen(rng);
    let s = p.surname;
    let prose_handbooks: Vec<&str> = HANDBOOKS.iter().copied().filter(|h| h.contains("手帳")).collect();
    m.line(format!("{s}さんの件でご相談です。"), &[K::PersonName]);
    match rng.below(6) {
        0 => m.line(
            format!("{s}さんは{}のため、毎週水曜日に{}へ通院しています。", rng.pick(DISEASES), rng.pick(HOSPITALS)),
            &[K::PersonName, K::Health],
        ),
        1 => m.line(
            format!("{s}さんは{}と診断され、{}月から休職しています。", rng.pick(DISEASES), rng.range(1, 12)),
            &[K::PersonName, K::Health],
        ),
        2 => m.line(
            format!("先日の健康診断で{s}さんは{}となりました。", rng.pick(CHECKUP_RESULTS)),
            &[K::PersonName, K::Health],
        ),
        3 => {
            m.line(format!("{}様は現在{}を服用中です。", p.full(), rng.pick(MEDICATIONS)), &[K::PersonName, K::Health])
        }
        4 => m.line(
            format!(
                "{s}さんは{}の症状があり、本日早退しました。",
                rng.pick(&["発熱と咳", "めまいと吐き気", "強い頭痛", "動悸"])
            ),
            &[K::PersonName, K::Health],
        ),
        _ => m.line(format!("{s}さんは昨年{}で入院していました。", rng.pick(DISEASES)), &[K::PersonName, K::Health]),
    }
    match rng.below(3) {
        0 => m.line(format!("{s}様は{}をお持ちです。", rng.pick(&prose_handbooks)), &[K::PersonName, K::Disability]),
        1 => {
            m.line(
                format!(
                    "{s}さんには{}があり、{}ため配慮が必要です。",
                    rng.pick(DISABILITY_NAMES),
                    rng.pick(&["疲れやすい", "大きな音が苦手な", "読み書きに時間がかかる"])
                ),
                &[K::PersonName],
            );
            m.alt(K::Disability, &[K::Health]);
        }
        _ => m.line("ご本人の了解を得て共有しています。取り扱いにご注意ください。", &[]),
    }
}

/// Criminal record, crime victim, creed.
fn scene_sensitive_facts(rng: &mut Rng, m: &mut Prose) {
    let p = Person::gen(rng);
    let s = p.surname;
    match rng.below(4) {
        0 => m.line(
            format!("{s}さんは{}年に傷害罪で逮捕され、罰金刑を受けています。", rng.range(2005, 2022)),
            &[K::PersonName, K::CriminalRecord],
        ),
        1 => m.line(format!("{s}さんには詐欺罪の前科があるそうです。"), &[K::PersonName, K::CriminalRecord]),
        2 => m.line(
            format!("{}氏は道路交通法違反（酒気帯び運転）で起訴されています。", p.full()),
            &[K::PersonName, K::CriminalRecord],
        ),
        _ => m.line(format!("{s}さんは少年院に送致された経歴があります。"), &[K::PersonName, K::CriminalRecord]),
    }
    let q = Person::gen(rng);
    match rng.below(3) {
        0 => m.line(
            format!(
                "{}様は先月{}に遭われ、警察に被害届を出されています。",
                q.full(),
                rng.pick(&["特殊詐欺の被害", "空き巣の被害", "ひったくり", "暴行の被害"])
            ),
            &[K::PersonName, K::CrimeVictim],
        ),
        1 => m.line(
            format!("{}さんは元交際相手からのストーカー被害について警察に相談中です。", q.surname),
            &[K::PersonName, K::CrimeVictim],
        ),
        _ => m.line(
            format!("{}様はDV被害のため、現住所を相手方に知られないよう配慮が必要です。", q.surname),
            &[K::PersonName, K::CrimeVictim],
        ),
    }
    let r = Person::gen(rng);
    match rng.below(2) {
        0 => m.line(
            format!("{}さんは{}の信者のため、日曜日の出勤は難しいそうです。", r.surname, rng.pick(RELIGIONS)),
            &[K::PersonName, K::Religion],
        ),
        _ => m.line(
            format!("{}様のご家族は{}を信仰されています。", r.surname, rng.pick(RELIGIONS)),
            &[K::PersonName, K::Religion],
        ),
    }
}

/// Race and social status: rare, prose only.
fn scene_origin(rng: &mut Rng, m: &mut Prose) {
    let p = Person::gen(rng);
    if rng.chance(0.5) {
        m.line(
            format!("{}さんはアイヌ民族の出身で、そのことを職場では話していません。", p.surname),
            &[K::PersonName, K::Race],
        );
    } else {
        m.line(
            format!("{}さんが被差別部落の出身だという話は、絶対に他言しないでください。", p.surname),
            &[K::PersonName, K::SocialStatus],
        );
    }
}

/// A sales lead: honorifics, phone and mail in sentences, a home address.
fn scene_contact(rng: &mut Rng, m: &mut Prose) {
    let p = Person::gen(rng);
    let company = rng.pick(COMPANIES);
    m.line(format!("先日の展示会でお会いした{company}の{}様をご紹介します。", p.full()), &[K::PersonName]);
    match rng.below(4) {
        0 => m.line(
            format!("{}様の連絡先は{}、メールは{}です。", p.surname, p.mobile.styled(rng), p.email),
            &[K::PersonName, K::Phone, K::Email],
        ),
        1 => m.line(format!("お電話は{}までお願いいたします。", any_phone(rng, &p)), &[K::Phone]),
        2 => m.line(format!("連絡先は電話{}です。", p.mobile.digits), &[K::Phone]),
        _ => m.line(
            format!("{}課長（携帯 {}）に直接ご連絡ください。", p.surname, p.mobile.styled(rng)),
            &[K::PersonName, K::Phone],
        ),
    }
    match rng.below(4) {
        0 => m.line(
            format!("{}様のご自宅（{}）へ資料を郵送しました。", p.surname, p.home.full()),
            &[K::PersonName, K::Address],
        ),
        1 => m.line(format!("新しいお届け先は{}です。", p.home.full()), &[K::Address]),
        2 => m.line(
            format!("{}にお住まいの{}様からのご依頼です。", p.home.full(), p.surname),
            &[K::Address, K::PersonName],
        ),
        _ => m.line(format!("ご実家は{}だそうです。", p.home.without_pref()), &[K::Address]),
    }
    if rng.chance(0.5) {
        m.line(
            format!("{}さんは{}生まれで、来月が誕生日です。", p.surname, date_text(rng, p.birth)),
            &[K::PersonName, K::BirthDate],
        );
    }
}

/// Passwords in mail bodies (the PPAP follow-up and worse).
fn scene_password(rng: &mut Rng, m: &mut Prose) {
    match rng.below(3) {
        0 => {
            m.line("先ほどお送りした添付ファイルのパスワードをお知らせします。", &[]);
            m.line(format!("パスワード：{}", password(rng)), &[K::Password]);
        }
        1 => {
            let p = Person::gen(rng);
            m.line("アカウントを発行しました。", &[]);
            m.line(format!("ログインID：{}", p.email), &[K::Email]);
            m.line(format!("PW：{}", password(rng)), &[K::Password]);
        }
        _ => m.line(format!("初期パスワードは {} です。ログイン後に変更してください。", password(rng)), &[K::Password]),
    }
}

/// Credentials pasted into a mail for a colleague.
fn scene_tokens(rng: &mut Rng, m: &mut Prose) {
    match rng.below(4) {
        0 => m.line(format!("検証環境のAWSアクセスキーは {} です。", aws_access_key(rng)), &[K::ApiKey]),
        1 => m.line(format!("Slackのボットトークン：{}", slack_token(rng)), &[K::ApiKey]),
        2 => m.line(format!("CI用のトークン（{}）は今週中に失効させます。", github_token(rng)), &[K::ApiKey]),
        _ => {
            m.line("デプロイ用の鍵を貼っておきます。", &[]);
            pem_block(m, pem_private_key(rng));
        }
    }
}

/// Identity documents copied into a mail.
fn scene_id_documents(rng: &mut Rng, m: &mut Prose) {
    let p = Person::gen(rng);
    m.line(format!("{}様の本人確認書類の情報です。", p.full()), &[K::PersonName]);
    if rng.chance(0.7) {
        m.line(format!("運転免許証番号：{}", drivers_license(rng)), &[K::DriversLicense]);
    }
    if rng.chance(0.6) {
        m.line(format!("パスポート番号：{}", passport(rng)), &[K::Passport]);
    }
    if rng.chance(0.4) {
        m.line(format!("在留カード番号：{}", residence_card(rng)), &[K::ResidenceCard]);
    }
    if rng.chance(0.6) {
        let n = random_card(rng);
        m.line(format!("カード番号：{}", card_styled(rng, &n)), &[K::CreditCard]);
        m.line(format!("有効期限：{:02}/{}", rng.range(1, 12), rng.range(27, 31)), &[]);
    }
    if rng.chance(0.5) {
        m.line(
            format!("保険証の記号 {}、番号 {} です。", rng.digits_between(4, 8), rng.range(1, 999)),
            &[K::HealthInsurance],
        );
    }
}

fn scene_my_number(rng: &mut Rng, m: &mut Prose) {
    let p = Person::gen(rng);
    let mn = my_number(rng);
    match rng.below(3) {
        0 => m.line(
            format!("{}さんのマイナンバーは{}です。", p.surname, my_number_styled(rng, &mn)),
            &[K::PersonName, K::MyNumber],
        ),
        1 => m.line(format!("個人番号は{}で登録をお願いします。", my_number_styled(rng, &mn)), &[K::MyNumber]),
        _ => {
            let child = p.relative(rng, true, 2008, 2023);
            m.line(
                format!("扶養家族（{}）の個人番号：{}", child.name(rng), my_number_styled(rng, &mn)),
                &[K::PersonName, K::MyNumber],
            );
        }
    }
}

fn scene_corporate(rng: &mut Rng, m: &mut Prose) {
    let corp = corporate_number(rng);
    m.line(format!("{}（法人番号{}）との取引を開始します。", rng.pick(COMPANIES), corp), &[K::CorporateNumber]);
    m.line(format!("適格請求書発行事業者登録番号：T{corp}"), &[K::CorporateNumber]);
}

/// Logistics with nothing personal in it (negatives inside a positive mail).
fn scene_logistics(rng: &mut Rng, m: &mut Prose) {
    m.line(format!("打ち合わせは10月{}日（金）14:00〜15:30、本社12階 第3会議室で行います。", rng.range(1, 28)), &[]);
    m.line(format!("資料：見積書（見積番号 Q-2026-{:04}）", rng.range(1, 9999)), &[]);
    m.line(
        format!("会場は{}駅から徒歩5分です。", rng.pick(&["上野", "神田", "大塚", "飯田橋", "三鷹", "桜井", "藤沢"])),
        &[],
    );
    m.line(
        format!("金額：{}（税抜）、品番 AB-{}-{} を{}個", yen(rng), rng.digits(4), rng.digits(3), rng.range(2, 50)),
        &[],
    );
}

fn mail(rng: &mut Rng, n: usize) -> Doc {
    let mut m = Prose::default();
    let to = Person::gen(rng);
    let me = Person::gen(rng);
    m.line(
        format!(
            "件名：{}",
            rng.pick(&["ご連絡", "Re: 先日の件", "【共有】資料送付", "登録情報について", "Fwd: お問い合わせ"])
        ),
        &[],
    );
    m.blank();
    greeting(rng, &mut m, &to);
    m.blank();
    m.line("いつもお世話になっております。", &[]);
    m.line(format!("{}の{}です。", rng.pick(COMPANIES), me.surname), &[K::PersonName]);
    m.blank();
    let scenes: [fn(&mut Rng, &mut Prose); 12] = [
        scene_new_hire,
        scene_customer_reply,
        scene_health,
        scene_sensitive_facts,
        scene_contact,
        scene_password,
        scene_id_documents,
        scene_my_number,
        scene_corporate,
        scene_logistics,
        scene_contact,
        scene_tokens,
    ];
    for k in 0..rng.range(2, 3) {
        // Every scene appears regularly; origin facts rarely.
        let scene = if (n + k as usize) % 9 == 4 { scene_origin } else { scenes[rng.below(scenes.len())] };
        scene(rng, &mut m);
        m.blank();
    }
    m.line("よろしくお願いいたします。", &[]);
    if rng.chance(0.7) {
        m.blank();
        signature(rng, &mut m, &me);
    }
    let eol = if n % 3 == 0 { "\r\n" } else { "\n" };
    m.text_doc(&format!("mail_{n:02}.txt"), eol, Enc::Utf8, false)
}

/// A mail saved from an old client: Shift_JIS, CRLF.
fn mail_sjis(rng: &mut Rng) -> Doc {
    let mut m = Prose::default();
    let to = Person::gen(rng);
    m.line(format!("{}様", to.full()), &[K::PersonName]);
    m.blank();
    scene_new_hire(rng, &mut m);
    m.blank();
    scene_health(rng, &mut m);
    m.blank();
    scene_contact(rng, &mut m);
    m.text_doc("mail_sjis.txt", "\r\n", Enc::ShiftJis, false)
}

/// An interview record in Word: labelled fields and a narrative.
fn interview_docx(rng: &mut Rng, n: usize) -> Doc {
    let p = Person::born_between(rng, 1970, 2004);
    let staff = Person::gen(rng);
    let doctor = Person::gen(rng);
    let mut m = Prose::default();
    m.line("面談記録", &[]);
    m.line(format!("面談日：2026年10月{}日", rng.range(1, 28)), &[]);
    m.line(format!("対象者：{}（{}）", p.full(), p.kana(rng)), &[K::PersonName]);
    m.line(format!("生年月日：{}", date_text(rng, p.birth)), &[K::BirthDate]);
    m.line(format!("住所：{}", p.home.full()), &[K::Address]);
    m.line(format!("連絡先：{}", p.mobile.styled(rng)), &[K::Phone]);
    m.line(
        format!(
            "主訴：{}",
            rng.pick(&["不眠と気分の落ち込みが続いている", "職場の人間関係で強い不安がある", "腰痛が悪化し通勤が困難"])
        ),
        &[K::Health],
    );
    m.line(format!("既往歴：{}", rng.pick(DISEASES)), &[K::Health]);
    let handbooks: Vec<&str> = HANDBOOKS.iter().copied().filter(|h| h.contains("手帳")).collect();
    m.line(format!("障害者手帳：{}", rng.pick(&handbooks)), &[K::Disability]);
    m.line(
        format!("{}さんは{}の{}医師の診察を月1回受けている。", p.surname, rng.pick(HOSPITALS), doctor.surname),
        &[K::PersonName, K::Health],
    );
    m.line("本人の希望により、次回は家族同席で面談を行う。", &[]);
    m.line(format!("担当：{} {}", staff.surname, staff.given), &[K::PersonName]);
    m.docx_doc(&format!("面談記録_{n}.docx"))
}

/// Secrets pasted into a .env file.
fn dot_env(rng: &mut Rng) -> Doc {
    let mut m = Prose::default();
    m.line("APP_ENV=production", &[]);
    m.line("PORT=8080", &[]);
    m.line("DB_HOST=10.0.1.23", &[]);
    m.line("DB_USER=app", &[]);
    m.line(format!("DB_PASSWORD={}", password(rng)), &[K::Password]);
    m.line(format!("AWS_ACCESS_KEY_ID={}", aws_access_key(rng)), &[K::ApiKey]);
    m.line(format!("AWS_SECRET_ACCESS_KEY={}", aws_secret_key(rng)), &[]);
    m.alt(K::ApiKey, &[K::Password]);
    m.line(format!("GITHUB_TOKEN={}", github_token(rng)), &[K::ApiKey]);
    m.line(format!("SLACK_BOT_TOKEN={}", slack_token(rng)), &[K::ApiKey]);
    m.line("LOG_LEVEL=info", &[]);
    m.text_doc(".env", "\n", Enc::Utf8, false)
}

fn config_yaml(rng: &mut Rng) -> Doc {
    let mut m = Prose::default();
    m.line("# 本番環境の設定（社外秘）", &[]);
    m.line("aws:", &[]);
    m.line(format!("  access_key_id: {}", aws_access_key(rng)), &[K::ApiKey]);
    m.line("  region: ap-northeast-1", &[]);
    m.line("slack:", &[]);
    m.line(format!("  token: \"{}\"", slack_token(rng)), &[K::ApiKey]);
    m.line("github:", &[]);
    m.line(format!("  token: {}", github_token(rng)), &[K::ApiKey]);
    m.line("database:", &[]);
    m.line("  user: admin", &[]);
    m.line(format!("  password: {}", password(rng)), &[K::Password]);
    m.text_doc("config.yml", "\n", Enc::Utf8, false)
}

fn pem_block(m: &mut Prose, lines: Vec<String>) {
    for (i, l) in lines.into_iter().enumerate() {
        if i == 0 {
            m.line(l, &[K::PrivateKey]);
        } else {
            // The body and END line belong to the key reported at BEGIN.
            m.line(l, &[]);
            m.ignore(&[K::PrivateKey, K::ApiKey, K::Password]);
        }
    }
}

fn private_keys(rng: &mut Rng) -> Vec<Doc> {
    let mut key = Prose::default();
    pem_block(&mut key, pem_private_key(rng));
    let mut mail = Prose::default();
    let p = Person::gen(rng);
    mail.line(format!("{}さん", p.surname), &[K::PersonName]);
    mail.line("サーバーの鍵を送ります。", &[]);
    pem_block(&mut mail, pem_private_key(rng));
    mail.line(format!("パスフレーズ：{}", password(rng)), &[K::Password]);
    mail.line(format!("ついでにGitHubのトークンも貼っておきます {}", github_token(rng)), &[K::ApiKey]);
    vec![key.text_doc("id_rsa", "\n", Enc::Utf8, false), mail.text_doc("mail_鍵送付.txt", "\n", Enc::Utf8, false)]
}

// ====================================================================== negatives

fn neg_orders(rng: &mut Rng) -> Doc {
    let items = ["ワイヤレスイヤホン", "USB充電器 20W", "加湿器 スチーム式", "電動歯ブラシ", "ノートPCスタンド"];
    let mut tb = Table::new(
        "",
        vec![
            ("注文番号", no()),
            ("注文日", no()),
            ("JANコード", no()),
            ("商品名", no()),
            ("数量", no()),
            ("単価", no()),
            ("金額", no()),
            ("配送状況", no()),
        ],
    );
    for i in 0..60 {
        let q = rng.range(1, 5);
        let price = rng.range(10, 300) * 100;
        let row = vec![
            t(dated_number(rng, i % 3 != 2)),
            t(format!("2026/{:02}/{:02}", rng.range(1, 10), rng.range(1, 28))),
            t(jan(rng, i % 2 == 0)),
            t(*rng.pick(&items)),
            t(q.to_string()),
            t(format!("¥{price}")),
            t(format!("{}円", price * q)),
            t(*rng.pick(&["発送済", "準備中", "キャンセル"])),
        ];
        tb.push(row);
    }
    csv_doc("neg_注文一覧.csv", &tb, ',', Enc::Utf8, true)
}

fn neg_catalogue(rng: &mut Rng) -> Doc {
    let items = [
        "花粉症対策マスク 50枚入",
        "総合感冒薬 24錠",
        "体温計 予測式",
        "血圧計 上腕式",
        "ビタミンC サプリ 60日分",
        "ワイヤレスイヤホン",
        "電動歯ブラシ",
        "湿布薬 腰痛用 20枚",
        "目薬 疲れ目用",
        "除菌シート 100枚",
    ];
    let mut tb = Table::new(
        "商品カタログ",
        vec![
            ("商品名", no()),
            ("型番", no()),
            ("JANコード", no()),
            ("価格", no()),
            ("発売日", no()),
            ("重量", no()),
            ("品番", no()),
        ],
    );
    for i in 0..50 {
        let row = vec![
            t(items[i % items.len()]),
            t(format!("{}-{}-{}", rng.upper(2), rng.digits(4), rng.digits(3))),
            if i % 4 == 0 { Cell::Number(jan(rng, true).parse::<f64>().unwrap()) } else { t(jan(rng, i % 2 == 0)) },
            t(yen(rng)),
            Cell::Date(rng.range(2018, 2026) as u16, rng.range(1, 12) as u8, rng.range(1, 28) as u8),
            t(format!("{}g", rng.range(20, 2500))),
            t(format!("{}-{}", rng.digits(3), rng.digits(4))),
        ];
        tb.push(row);
    }
    xlsx_doc("neg_商品カタログ.xlsx", &[tb], true)
}

fn neg_room_bookings(rng: &mut Rng) -> Doc {
    let mut tb = Table::new(
        "会議室予約",
        vec![
            ("予約番号", no()),
            ("予約日", no()),
            ("開始", no()),
            ("終了", no()),
            ("会議室", no()),
            ("利用部署", no()),
            ("人数", no()),
            ("用途", no()),
        ],
    )
    .title(vec![vec![t("2026年10月 会議室予約状況")], vec![]])
    .at(0, 0);
    for i in 0..40 {
        let h = rng.range(9, 17);
        let row = vec![
            t(dated_number(rng, i % 2 == 0)),
            Cell::Date(2026, 10, rng.range(1, 31) as u8),
            t(format!("{h}:00")),
            t(format!("{}:30", h + 1)),
            t(*rng.pick(&["会議室 A-301", "12F-1203", "第3会議室", "応接室2", "B-301"])),
            t(*rng.pick(DEPTS)),
            Cell::Number(rng.range(2, 20) as f64),
            t(*rng.pick(&["定例会議", "来客対応", "研修", "面接"])),
        ];
        tb.push(row);
    }
    xlsx_doc("neg_会議室予約.xlsx", &[tb], true)
}

fn neg_meeting_memo() -> Doc {
    let lines = [
        "第42回 商品企画会議 議事録",
        "日時：2026年10月16日（金）14:00〜15:30",
        "場所：本社12F 第3会議室（12F-1203）",
        "出席：営業部、企画部、開発部、品質保証部",
        "",
        "議題1：新製品XZ-2000（型番 XZ-2000-BK）の価格設定",
        "・希望小売価格 ¥12,800（税込）で合意",
        "・初回生産数 3,000台、量産開始は2027年1月",
        "議題2：第3四半期の売上報告",
        "・売上高 1,234,567,000円（前年比 103.5%）",
        "・受注残 45,600千円、粗利率 32.4%",
        "議題3：社内連絡",
        "・10月から希望者を対象にインフルエンザ予防接種を社内で実施（申込は総務部まで）",
        "・定期健康診断の受診期限は11月30日です",
        "・ストレスチェックの実施期間：2026/11/01〜2026/11/14",
        "・メンタルヘルス研修「うつ病の早期発見と職場の対応」を12月に開催",
        "・最近、取引先を装った詐欺メールが増えています。添付ファイルは開かないでください",
        "・社内システムのパスワードは90日ごとに変更してください",
        "・12月20日（日）クリスマス会、年末は12月29日から1月3日まで休業",
        "議題4：販売動向",
        "・1985年生まれのロングセラー「XZシリーズ」の後継機を来春投入",
        "・競合の鈴木薬局チェーンが上野駅前に新店舗（上野本町2丁目）をオープン",
        "・山本製作所、佐藤工務店との取引条件は据え置き",
        "",
        "次回：2026/11/20（金）10:00〜 会議室B-301",
        "以上",
    ];
    let mut m = Prose::default();
    for l in lines {
        m.line(l, &[]);
    }
    m.text_doc("neg_議事録.txt", "\n", Enc::Utf8, true)
}

fn neg_sales(rng: &mut Rng) -> Doc {
    let mut tb = Table::new(
        "売上集計",
        vec![
            ("月", no()),
            ("取引先名", no()),
            ("取引先コード", no()),
            ("担当部署", no()),
            ("売上高", no()),
            ("粗利", no()),
            ("前年比", no()),
        ],
    );
    for i in 0..48 {
        let sales = rng.range(500, 90000) as f64 * 1000.0;
        let row = vec![
            Cell::Date(2026, (i % 12 + 1) as u8, 1),
            t(COMPANIES[i as usize % COMPANIES.len()]),
            t(format!("C-{}", 10000 + rng.range(1, 9999))),
            t(*rng.pick(DEPTS)),
            Cell::Number(sales),
            Cell::Number((sales * 0.3).round()),
            t(format!("{}.{}%", rng.range(80, 130), rng.range(0, 9))),
        ];
        tb.push(row);
    }
    xlsx_doc("neg_売上集計.xlsx", &[tb], true)
}

fn neg_inventory(rng: &mut Rng) -> Doc {
    let mut tb = Table::new(
        "",
        vec![
            ("品番", no()),
            ("品名", no()),
            ("ロット番号", no()),
            ("保管場所", no()),
            ("在庫数", no()),
            ("最終入荷日", no()),
        ],
    );
    for _ in 0..50 {
        let row = vec![
            t(format!("{}-{}", rng.digits(3), rng.digits(4))),
            t(*rng.pick(&["六角ボルト M8", "ステンレスナット", "配線ケーブル 2m", "段ボール箱 120サイズ", "緩衝材"])),
            t(format!("LOT{}-{:02}", dated_number(rng, true)[..8].to_owned(), rng.range(1, 20))),
            t(format!(
                "第{}倉庫 {}-{}-{}",
                rng.range(1, 3),
                rng.pick(&["A", "B", "C"]),
                rng.range(1, 20),
                rng.range(1, 9)
            )),
            t(rng.range(0, 5000).to_string()),
            t(format!("2026/{:02}/{:02}", rng.range(1, 10), rng.range(1, 28))),
        ];
        tb.push(row);
    }
    csv_doc("neg_在庫一覧_sjis.csv", &tb, ',', Enc::ShiftJis, true)
}

fn neg_invoice(rng: &mut Rng) -> Doc {
    let mut m = Prose::default();
    for l in [
        "請求書".to_owned(),
        format!("請求書番号：INV-2026-{:05}", rng.range(1, 99999)),
        "発行日：2026年10月31日".to_owned(),
        format!("{} 御中", rng.pick(COMPANIES)),
        "下記の通りご請求申し上げます。".to_owned(),
        "品目：配送料（10月分）　数量：1式　単価：¥120,000　金額：¥120,000".to_owned(),
        "品目：梱包資材 AB-1234-567　数量：200　単価：¥350　金額：¥70,000".to_owned(),
        "小計：¥190,000".to_owned(),
        "消費税（10%）：¥19,000".to_owned(),
        "合計：¥209,000".to_owned(),
        "お支払期限：2026年11月30日".to_owned(),
    ] {
        m.line(l, &[]);
    }
    m.text_doc("neg_請求書.txt", "\r\n", Enc::Utf8, true)
}

fn neg_shipping(rng: &mut Rng) -> Doc {
    let mut m = Prose::default();
    for l in [
        "【発送のお知らせ】".to_owned(),
        "ご注文いただいた商品を本日発送いたしました。".to_owned(),
        format!("ご注文番号：{}", dated_number(rng, true)),
        "ご注文日：2026年10月14日".to_owned(),
        format!("お問い合わせ伝票番号：{}", tracking_number(rng, true)),
        format!("お問い合わせ伝票番号（2個口）：{}", tracking_number(rng, true).replace('-', "")),
        "配送業者：ヤマト運輸".to_owned(),
        "お届け予定日：2026年10月16日（金）".to_owned(),
        "お届け時間帯：14時〜16時".to_owned(),
        format!("商品：JAN {} ワイヤレスイヤホン 1点 ¥12,800", jan(rng, true)),
        format!("お支払い：クレジットカード（末尾{}）", rng.digits(4)),
    ] {
        m.line(l, &[]);
    }
    m.text_doc("neg_発送通知.txt", "\n", Enc::Utf8, true)
}

fn neg_build_log(rng: &mut Rng) -> Doc {
    let mut m = Prose::default();
    let build = dated_number(rng, true);
    for l in [
        format!("[2026-10-16T14:03:22+09:00] INFO build {build} started (v2.3.14)"),
        format!("[2026-10-16T14:03:25+09:00] INFO device serial SN: {}", tracking_number(rng, true)),
        "[2026-10-16T14:03:25+09:00] INFO host 192.168.10.25 port 8080".to_owned(),
        format!("[2026-10-16T14:04:01+09:00] INFO artifact sha256 {}", rng.chars_of("0123456789abcdef", 64)),
        format!("[2026-10-16T14:04:02+09:00] INFO job 20261016-{:04} finished in 39.2s", rng.range(1, 9999)),
        format!("[2026-10-16T14:04:02+09:00] WARN retry 3/5 for order {}", dated_number(rng, true)),
        "[2026-10-16T14:04:03+09:00] INFO password policy check: ok (min length 12)".to_owned(),
    ] {
        m.line(l, &[]);
    }
    m.text_doc("neg_build.log", "\n", Enc::Utf8, true)
}

fn neg_key_notice(rng: &mut Rng) -> Doc {
    let mut m = Prose::default();
    m.line("関係者各位", &[]);
    m.line("添付ファイルのパスワードは別途メールにてお送りします。", &[]);
    m.line("パスワードの有効期限は7日間です。", &[]);
    m.line("パスワード：********（別送）", &[]);
    m.line("PW：別途お知らせします", &[]);
    m.line("サーバー登録用の公開鍵を以下に記載します（秘密鍵は絶対に送付しないでください）。", &[]);
    for l in pem_public_key(rng) {
        m.line(l, &[]);
    }
    m.line(
        format!(
            "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI{} build@ci-runner",
            rng.chars_of("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/", 43)
        ),
        &[],
    );
    m.text_doc("neg_公開鍵登録.txt", "\n", Enc::Utf8, true)
}

/// A town hall notice full of keywords (マイナンバー, 運転免許証, パスポート)
/// and numbers, but about nobody.
fn neg_my_number_notice(rng: &mut Rng) -> Doc {
    let mut m = Prose::default();
    for l in [
        "マイナンバーカード交付のご案内".to_owned(),
        format!("受付番号：{}", dated_number(rng, true)),
        "交付予定日：2026年11月5日（木）9:00〜17:00".to_owned(),
        "交付場所：市民課 2番窓口（本庁舎1階）".to_owned(),
        "持ち物：交付通知書、通知カード、本人確認書類（運転免許証、パスポート等）".to_owned(),
        "個人番号カードの暗証番号（数字4桁）を窓口で設定していただきます。".to_owned(),
        "パスポートの申請には写真（縦45mm×横35mm）が1枚必要です。".to_owned(),
        "手数料：マイナンバーカードの初回交付は無料、再交付は1,000円です。".to_owned(),
    ] {
        m.line(l, &[]);
    }
    m.text_doc("neg_マイナンバーカード交付案内.txt", "\n", Enc::Utf8, true)
}

/// Public statistics: disease words and prefectures, no person.
fn neg_statistics(rng: &mut Rng) -> Doc {
    let mut tb = Table::new(
        "発生状況",
        vec![
            ("都道府県", no()),
            ("新規陽性者数", no()),
            ("入院者数", no()),
            ("重症者数", no()),
            ("死亡者数", no()),
            ("前週比", no()),
        ],
    )
    .title(vec![vec![t("新型コロナウイルス感染症 都道府県別発生状況（2022年8月第1週）")], vec![]]);
    let mut seen = BTreeSet::new();
    for m in MUNICIPALITIES {
        if !seen.insert(m.pref) {
            continue;
        }
        let row = vec![
            t(m.pref),
            Cell::Number(rng.range(100, 90000) as f64),
            Cell::Number(rng.range(10, 3000) as f64),
            Cell::Number(rng.range(0, 80) as f64),
            Cell::Number(rng.range(0, 40) as f64),
            t(format!("{}.{}", rng.range(0, 2), rng.range(0, 99))),
        ];
        tb.push(row);
    }
    xlsx_doc("neg_都道府県別発生状況.xlsx", &[tb], true)
}

// ====================================================================== corpus

fn corpus() -> Vec<Doc> {
    let mut rng = Rng::new(SEED);
    let r = &mut rng;
    let mut docs = vec![
        disability_support(r),
        covid_cases_sjis(r),
        covid_cases_titled(r),
        health_check_export(r),
        customer_list(r),
        customer_export_english(r),
        payroll_register(r),
        event_signup_utf16(r),
        staff_directory(r),
        staff_roster_english(r),
        foreign_staff(r),
        funeral_list(r),
        applicants(r),
        consultation_log(r),
        account_sheet(r),
        bank_transfer(r),
        insurance_list(r),
        supplier_master(r),
        checkup_results(r),
    ];
    for n in 0..60 {
        docs.push(mail(r, n));
    }
    docs.push(mail_sjis(r));
    for n in 1..=3 {
        docs.push(interview_docx(r, n));
    }
    docs.push(dot_env(r));
    docs.push(config_yaml(r));
    docs.extend(private_keys(r));
    docs.extend([
        neg_orders(r),
        neg_catalogue(r),
        neg_room_bookings(r),
        neg_meeting_memo(),
        neg_sales(r),
        neg_inventory(r),
        neg_invoice(r),
        neg_shipping(r),
        neg_build_log(r),
        neg_key_notice(r),
        neg_my_number_notice(r),
        neg_statistics(r),
    ]);
    docs
}

// ====================================================================== scoring

#[derive(Default, Clone, Copy)]
struct Stat {
    labels: u32,
    tp: u32,
    fp: u32,
    fn_: u32,
}

impl Stat {
    fn recall(&self) -> Option<f64> {
        (self.labels > 0).then(|| self.tp as f64 / self.labels as f64)
    }
    fn precision(&self) -> Option<f64> {
        (self.tp + self.fp > 0).then(|| self.tp as f64 / (self.tp + self.fp) as f64)
    }
}

/// Names and addresses are scored apart in tables and in running text.
fn bucket(kind: K, loc: &Loc) -> String {
    match kind {
        K::PersonName | K::Address => format!("{} ({})", kind.id(), if loc.is_prose() { "prose" } else { "table" }),
        _ => kind.id().to_owned(),
    }
}

fn threshold(bucket: &str) -> Option<f64> {
    match bucket {
        "person_name (prose)" | "address (prose)" => Some(PROSE),
        // Prose only, no header and no check digit: measured, not asserted.
        "race" | "social_status" => None,
        _ => Some(STRICT),
    }
}

fn bucket_order() -> Vec<String> {
    let mut out = Vec::new();
    for k in K::ALL {
        match k {
            K::PersonName | K::Address => {
                out.push(format!("{} (table)", k.id()));
                out.push(format!("{} (prose)", k.id()));
            }
            _ => out.push(k.id().to_owned()),
        }
    }
    out
}

fn short(s: &str) -> String {
    let s = s.replace(['\r', '\n'], " ");
    if s.chars().count() > 70 {
        format!("{}…", s.chars().take(70).collect::<String>())
    } else {
        s
    }
}

fn pct(x: Option<f64>) -> String {
    x.map_or("-".to_owned(), |v| format!("{:.3}", v))
}

#[test]
fn detection_quality_on_labelled_corpus() {
    let started = Instant::now();
    let docs = corpus();
    let built = started.elapsed();
    let options = ScanOptions::default();

    let mut stats: BTreeMap<String, Stat> = BTreeMap::new();
    let mut misses: BTreeMap<String, Vec<String>> = BTreeMap::new();
    let mut false_pos: BTreeMap<String, Vec<String>> = BTreeMap::new();
    let mut negative_hits: Vec<String> = Vec::new();
    let mut problems: Vec<String> = Vec::new();
    let mut composition: BTreeMap<&str, (u32, u32)> = BTreeMap::new();

    for doc in &docs {
        let e = composition.entry(doc.format).or_default();
        if doc.negative {
            e.1 += 1
        } else {
            e.0 += 1
        }
        let report = scan_bytes(&doc.name, &doc.bytes, &options);
        if let Some(want) = std::env::var("QUALITY_DUMP").ok().filter(|w| doc.name.contains(w.as_str())) {
            println!("== {} (QUALITY_DUMP={want})", doc.name);
            for c in &report.columns {
                println!(
                    "column {:?} {} {:?} -> {:?} rows {} matched {}",
                    c.sheet, c.letter, c.header, c.kind, c.rows, c.matched
                );
            }
            for f in &report.findings {
                let loc = Loc::from_location(&f.location);
                println!(
                    "finding {} {} {:?} «{}»",
                    f.kind.id(),
                    loc.show(),
                    f.masked,
                    doc.texts.get(&loc).map(|s| short(s)).unwrap_or_default()
                );
            }
        }
        for p in &report.problems {
            problems.push(format!("{}: {:?} {}", doc.name, p.kind, p.detail));
        }
        let mut found: BTreeMap<(K, Loc), String> = BTreeMap::new();
        for f in &report.findings {
            found.entry((f.kind, Loc::from_location(&f.location))).or_insert_with(|| f.masked.clone());
        }
        let mut matched = vec![false; doc.labels.len()];
        for ((kind, loc), masked) in &found {
            let mut hit = false;
            for (i, l) in doc.labels.iter().enumerate() {
                if l.loc == *loc && (l.kind == *kind || l.alts.contains(kind)) {
                    matched[i] = true;
                    hit = true;
                }
            }
            if hit || doc.ignores.iter().any(|ig| ig.loc == *loc && (ig.kinds.is_empty() || ig.kinds.contains(kind))) {
                continue;
            }
            let b = bucket(*kind, loc);
            stats.entry(b.clone()).or_default().fp += 1;
            let text = doc.texts.get(loc).map(|s| short(s)).unwrap_or_default();
            let line = format!("{} {} masked={masked:?} in «{text}»", doc.name, loc.show());
            if doc.negative {
                negative_hits.push(format!("{} {}", kind.id(), line));
            }
            false_pos.entry(b).or_default().push(line);
        }
        for (l, hit) in doc.labels.iter().zip(&matched) {
            let b = bucket(l.kind, &l.loc);
            let s = stats.entry(b.clone()).or_default();
            s.labels += 1;
            if *hit {
                s.tp += 1;
            } else {
                s.fn_ += 1;
                let text = doc.texts.get(&l.loc).map(|s| short(s)).unwrap_or_default();
                misses.entry(b).or_default().push(format!("{} {} «{text}»", doc.name, l.loc.show()));
            }
        }
    }
    let scanned = started.elapsed();

    // ---- report
    let mut table = String::new();
    let _ = writeln!(table, "| kind | labels | TP | FP | FN | recall | precision | bar | |");
    let _ = writeln!(table, "|---|---:|---:|---:|---:|---:|---:|---:|---|");
    let mut failing = Vec::new();
    let mut total = Stat::default();
    for b in bucket_order() {
        let Some(s) = stats.get(&b).copied() else {
            continue;
        };
        total.labels += s.labels;
        total.tp += s.tp;
        total.fp += s.fp;
        total.fn_ += s.fn_;
        let bar = threshold(&b);
        let ok = match bar {
            None => true,
            Some(t) => s.recall().is_none_or(|r| r >= t) && s.precision().is_none_or(|p| p >= t),
        };
        if !ok {
            failing.push(format!("{b} (recall {}, precision {})", pct(s.recall()), pct(s.precision())));
        }
        let _ = writeln!(
            table,
            "| {b} | {} | {} | {} | {} | {} | {} | {} | {} |",
            s.labels,
            s.tp,
            s.fp,
            s.fn_,
            pct(s.recall()),
            pct(s.precision()),
            bar.map_or("report only".to_owned(), |t| format!("{t:.2}")),
            if bar.is_none() {
                ""
            } else if ok {
                "ok"
            } else {
                "**FAIL**"
            }
        );
    }
    let _ = writeln!(
        table,
        "| **all** | {} | {} | {} | {} | {} | {} | | |",
        total.labels,
        total.tp,
        total.fp,
        total.fn_,
        pct(total.recall()),
        pct(total.precision())
    );

    let negatives = docs.iter().filter(|d| d.negative).count();
    let mut summary = String::new();
    let _ = writeln!(summary, "## Corpus\n");
    let _ = writeln!(
        summary,
        "{} documents ({} with labels, {} hard negatives), {} labels, seed {SEED:#x}.\n",
        docs.len(),
        docs.len() - negatives,
        negatives,
        total.labels
    );
    let mut by_kind: BTreeMap<K, (u32, u32)> = BTreeMap::new();
    for l in docs.iter().flat_map(|d| &d.labels) {
        let e = by_kind.entry(l.kind).or_default();
        if l.loc.is_prose() {
            e.1 += 1
        } else {
            e.0 += 1
        }
    }
    let _ = writeln!(
        summary,
        "Labels by kind (table cells / text lines): {}.\n",
        by_kind.iter().map(|(k, (a, b))| format!("{} {a}/{b}", k.id())).collect::<Vec<_>>().join(", ")
    );
    let _ = writeln!(summary, "| format | labelled | negative |\n|---|---:|---:|");
    for (f, (p, n)) in &composition {
        let _ = writeln!(summary, "| {f} | {p} | {n} |");
    }
    let _ = writeln!(summary, "\n## Results\n\n{table}");
    let _ = writeln!(
        summary,
        "Negative documents with findings: {} of {negatives}.",
        docs.iter().filter(|d| d.negative && negative_hits.iter().any(|h| h.contains(&d.name))).count()
    );

    let mut details = String::new();
    for b in bucket_order() {
        if let Some(v) = misses.get(&b) {
            let _ = writeln!(details, "\n### {b}: {} missed (first {SHOW})", v.len());
            for m in v.iter().take(SHOW) {
                let _ = writeln!(details, "- {m}");
            }
        }
        if let Some(v) = false_pos.get(&b) {
            let _ = writeln!(details, "\n### {b}: {} false positives (first {SHOW})", v.len());
            for m in v.iter().take(SHOW) {
                let _ = writeln!(details, "- {m}");
            }
        }
    }
    if !negative_hits.is_empty() {
        let _ = writeln!(details, "\n### Findings in negative documents ({})", negative_hits.len());
        for h in negative_hits.iter().take(30) {
            let _ = writeln!(details, "- {h}");
        }
    }
    if !problems.is_empty() {
        let _ = writeln!(details, "\n### Extraction problems");
        for p in &problems {
            let _ = writeln!(details, "- {p}");
        }
    }
    let mut full = String::new();
    for b in bucket_order() {
        for (what, map) in [("missed", &misses), ("false positive", &false_pos)] {
            for m in map.get(&b).into_iter().flatten() {
                let _ = writeln!(full, "{b}\t{what}\t{m}");
            }
        }
    }
    let _ = std::fs::write(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("target").join("quality-details.tsv"),
        full,
    );
    let timing = format!(
        "\nBuilt the corpus in {:.2}s, scanned it in {:.2}s.",
        built.as_secs_f64(),
        (scanned - built).as_secs_f64()
    );

    println!("# presend detection quality\n\n{summary}\n## Misses and false positives\n(values are synthetic){details}\n{timing}");

    let out = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("target").join("quality.md");
    let _ = std::fs::create_dir_all(out.parent().unwrap());
    let _ = std::fs::write(
        &out,
        format!("# presend detection quality\n\nGenerated by `cargo test --test quality -- --nocapture`.\n\n{summary}\n## Misses and false positives\n{details}\n{timing}\n"),
    );

    let mut errors = Vec::new();
    if !failing.is_empty() {
        errors.push(format!("kinds below their bar: {}", failing.join("; ")));
    }
    if !negative_hits.is_empty() {
        let docs_hit: BTreeSet<&str> = docs
            .iter()
            .filter(|d| d.negative && negative_hits.iter().any(|h| h.contains(&d.name)))
            .map(|d| d.name.as_str())
            .collect();
        errors
            .push(format!("negative documents with findings: {}", docs_hit.into_iter().collect::<Vec<_>>().join(", ")));
    }
    assert!(errors.is_empty(), "{}", errors.join("\n"));
}

/// The corpus is only as good as its generator: the check digits follow the
/// published algorithms (examples from detectors.md).
#[test]
fn generator_check_digits() {
    assert!(is_my_number("123456789018"));
    assert!(is_my_number("621498320257"));
    assert!(!is_my_number("123456789019"));
    assert!(!is_my_number("621498320258"));
    assert!(is_corporate_number("5835678256246"));
    assert!(is_corporate_number("1180301018771"));
    assert!(!is_corporate_number("2835678256246"));
    assert!(luhn_valid("4111111111111111"));
    assert!(!luhn_valid("4111111111111112"));
    assert_eq!(ean13_check(&digits_of("490123456789")), 4);
    let mut rng = Rng::new(7);
    for _ in 0..200 {
        assert!(is_my_number(&my_number(&mut rng)));
        assert!(is_corporate_number(&corporate_number(&mut rng)));
        assert!(luhn_valid(&random_card(&mut rng)));
        let j = jan_code(&mut rng);
        assert_eq!(ean13_check(&digits_of(&j[..12])), digits_of(&j)[12]);
    }
    assert_eq!(romaji("ヤマダ"), "yamada");
    assert_eq!(romaji("ハットリ"), "hattori");
    assert_eq!(romaji("ジュンイチロウ"), "junichirou");
    assert_eq!(half_width_kana("ヤマダ タロウ"), "ﾔﾏﾀﾞ ﾀﾛｳ");
    assert_eq!(hiragana("サトウ"), "さとう");
    assert_eq!(era(1989, 1, 7), ("昭和", "S", 64));
    assert_eq!(era(1989, 1, 8), ("平成", "H", 1));
    assert_eq!(era(2019, 5, 1), ("令和", "R", 1));
}

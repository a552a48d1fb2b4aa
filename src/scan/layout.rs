//! Reading a table's layout before its cells. Offices lay personal data out
//! in more ways than one list under one header row: a form puts each value
//! beside or under its label (人事評価シート, 申請書), a transposed table puts
//! the field names down a column and one person in each column, a header is
//! split over two rows (`健康保険` over `記号`/`番号`), and a sheet may have a
//! form head with a list below it. This decides, row by row, which cells are
//! labels, which label each value belongs to, and which rows are read under
//! which column headers; [`super::ReportBuilder`] then reads the cells.
//!
//! A row is a form row when its labels have values beside them, and a header
//! row when the cells below its labels are their values: the evidence is the
//! values themselves (a name where a name belongs, a digit in an ID), so a
//! label row above grades and item names is not a header, and its "columns"
//! do not turn `協調性` into a name or `上司評価` into an employee number.

use std::sync::Arc;

use super::table::header_like;
use crate::detect::columns::{classify_label, fits, is_business_name, is_detail_header};
use crate::detect::special_care::is_negative_answer;
use crate::detect::{Engine, HeaderClass};
use crate::normalize::fold;
use crate::{Family, Kind};

/// Rows looked at for labels and headers; below them (and in the chunks that
/// follow) a table is a list under its last header.
pub(super) const LAYOUT_ROWS: usize = 200;
/// Records under a list header after which its rows are data, read without
/// looking for labels (a 備考 cell saying `住所変更` is not a new header).
const SETTLED_RECORDS: u32 = 3;
/// How far below a label its value is looked for (a blank row may sit between).
const BELOW_ROWS: usize = 3;
/// Values sampled per column to check that a header's word holds.
const SAMPLE_ROWS: usize = 30;

pub(super) type Header = Option<(HeaderClass, Arc<str>)>;

/// A list: its column headers, and which unheaded columns hold names by their values.
pub(super) struct List {
    pub headers: Vec<Header>,
    pub by_values: Vec<bool>,
    /// Columns of sentences under a special-care header (a 経過記録): read
    /// cell by cell, a finding only where a note says something sensitive.
    pub narrative: Vec<bool>,
    /// Field rows were read under this header (`続柄 | 本人 | 配偶者` over
    /// `氏名 | …`): its columns are people, not fields, so its other rows
    /// (`同居 | 別居`, `勤務先 | パート`) are read cell by cell, not as names.
    pub across: bool,
    /// The header row's words, classified or not, for the report only: a
    /// column headed 評価 or 昇給額 holds nothing a detector finds, but the
    /// message check weighs what a table is about (assess/content.rs).
    pub titles: Vec<Option<Arc<str>>>,
}

/// The words of a header row, cell by cell.
fn titles(row: &[String]) -> Vec<Option<Arc<str>>> {
    row.iter().map(|c| Some(c.trim()).filter(|t| !t.is_empty()).map(Arc::from)).collect()
}

/// How a row's cells are read.
pub(super) enum Row {
    /// Under list `n`'s column headers; `None`: no header, each cell on its own.
    Data(Option<usize>),
    /// A header row (or its second row): looked at for markings only.
    Header,
    /// Labels with their values beside them (a form row, or one field of a
    /// transposed table). Cells that are neither are read under `list`.
    /// `skip` lists the labels and the boxes a joined value was read from.
    Pairs { list: Option<usize>, values: Vec<PairValue>, skip: Vec<usize> },
}

/// A label's value: its cell, and the label's reading.
pub(super) struct PairValue {
    pub column: usize,
    pub class: HeaderClass,
    pub header: Arc<str>,
    /// A number written one digit (or group) a cell, as printed forms ask
    /// (`個人番号` in twelve boxes, `090 | - | 1234 | - | 5678`): read
    /// joined, located at its first cell.
    pub joined: Option<String>,
}

pub(super) struct Layout {
    pub lists: Vec<List>,
    pub rows: Vec<Row>,
    /// The list the rows after `rows` (and later chunks) belong to.
    pub tail: Option<usize>,
    /// The first header row: special-care words above it are a title's.
    pub first_header: Option<usize>,
    /// People in form and transposed rows: the most values one label has.
    pub form_people: u32,
    /// Whether the table has form rows (labels with values beside them).
    pub form: bool,
}

/// The number in a run of digit boxes from `start`: cells of one to four
/// digits, with dash cells between groups, up to a label or other text. At
/// least two boxes; the joined number and the cells after the first.
fn digit_boxes(row: &[String], start: usize, is_label: impl Fn(usize) -> bool) -> Option<(String, Vec<usize>)> {
    let mut number = String::new();
    let mut cells = Vec::new();
    let mut boxes = 0;
    for (c, cell) in row.iter().enumerate().skip(start) {
        let folded = fold(cell.trim());
        let t = folded.text.as_ref();
        if t.is_empty() {
            continue;
        }
        if is_label(c) {
            break;
        }
        let digits = t.len() <= 4 && t.bytes().all(|b| b.is_ascii_digit());
        let dash = matches!(t, "-" | "ー" | "‐" | "−" | "―");
        if !(digits || dash && boxes > 0) {
            break;
        }
        number.push_str(if dash { "-" } else { t });
        boxes += usize::from(digits);
        if c != start {
            cells.push(c);
        }
    }
    let number = number.trim_end_matches('-').to_owned();
    (boxes >= 2).then_some((number, cells))
}

fn nonempty(cell: &str) -> bool {
    !cell.trim().is_empty()
}

/// The label a cell holds, if it reads as one.
fn label(engine: &Engine, cell: &str) -> Option<(HeaderClass, Arc<str>)> {
    let t = cell.trim();
    if !header_like(t) {
        return None;
    }
    classify_label(engine, t).map(|class| (class, Arc::from(t)))
}

/// How well a value fits a label: 2 with positive evidence, 1 plausible, 0 not.
fn fit(engine: &Engine, class: &HeaderClass, text: &Arc<str>, value: &str) -> u32 {
    let folded = fold(value);
    if fits(engine, class, text, &folded.text, true) {
        2
    } else if fits(engine, class, text, &folded.text, false) {
        1
    } else {
        0
    }
}

pub(super) fn read(engine: &Engine, rows: &[Vec<String>]) -> Layout {
    let n = rows.len().min(LAYOUT_ROWS);
    // Under a header that names things (書名, 商品名) a cell is a title
    // (「よくわかる高血圧の新常識」), never a label with values beside it.
    let mut things_from: Vec<Option<usize>> = Vec::new();
    for (r, row) in rows[..n].iter().enumerate() {
        things_from.resize(things_from.len().max(row.len()), None);
        for (c, cell) in row.iter().enumerate() {
            if things_from[c].is_none() && crate::detect::columns::names_things(cell) {
                things_from[c] = Some(r);
            }
        }
    }
    let title_cell = |r: usize, c: usize| things_from.get(c).copied().flatten().is_some_and(|h| r > h);
    let labels: Vec<Vec<(usize, HeaderClass, Arc<str>)>> = rows[..n]
        .iter()
        .enumerate()
        .map(|(r, row)| {
            row.iter()
                .enumerate()
                .filter(|&(c, _)| !title_cell(r, c))
                .filter_map(|(c, cell)| label(engine, cell).map(|(k, t)| (c, k, t)))
                .collect()
        })
        .collect();
    let is_label = |r: usize, c: usize| r < n && labels[r].iter().any(|l| l.0 == c);
    let mut layout = Layout {
        lists: Vec::new(),
        rows: Vec::with_capacity(n),
        tail: None,
        first_header: None,
        form_people: 0,
        form: false,
    };
    // Columns of the labels of the form rows so far: a value beside a label
    // ends there (`社員番号 | 123 | 役職 | 主任`: 役職 sits where 氏名 sits a
    // row above). Labels of a header row (`続柄 | 本人 | 配偶者`) do not count.
    let mut label_cols: Vec<bool> = Vec::new();
    let mut active: Option<usize> = None;
    let mut records = 0u32;
    // The active header is one cell (a title read as a header, or a label
    // over its value) or words none of which is known (`項目 | 1人目`): the
    // form rows right below it are not its records.
    let mut weak_header = false;
    let mut skip_to = 0usize;
    for r in 0..n {
        let row = &rows[r];
        if r < skip_to {
            layout.rows.push(Row::Header);
            continue;
        }
        let settled = active.is_some() && records >= SETTLED_RECORDS;
        if active.is_none() && labels[r].is_empty() && unknown_header(engine, rows, r) {
            // A header row none of whose words is known (`取引先 | 営業窓口`):
            // its columns are read by their values.
            layout.lists.push(List {
                headers: vec![None; row.len()],
                by_values: Vec::new(),
                narrative: Vec::new(),
                across: false,
                titles: titles(row),
            });
            weak_header = true;
            active = Some(layout.lists.len() - 1);
            records = 0;
            layout.first_header.get_or_insert(r);
            layout.rows.push(Row::Header);
            continue;
        }
        if settled || labels[r].is_empty() {
            if active.is_some() && row.iter().any(|c| nonempty(c)) {
                records += 1;
            }
            layout.rows.push(Row::Data(active));
            continue;
        }
        let filled = row.iter().filter(|c| nonempty(c)).count();
        let header_shaped = row.iter().filter(|c| nonempty(c)).all(|c| header_like(c.trim()));
        let classified = labels[r].len();
        let enough = classified >= 2 || classified == 1 && filled <= 2;
        // Labels take values beside them only outside a list: in a list a
        // cell that reads like a label (`佐野 芽依（配偶者）`, `自宅療養`) is a
        // record's value. Right under a header with no record yet, a row may
        // still be a field of a transposed table: under a weak header, or
        // when its first cell is a label its cells fit better than they fit
        // their columns' headers (`氏名 | 森田直樹 | 森田由美子` under
        // `続柄 | 本人 | 配偶者` is; `本人 | 山田太郎 | 1980/1/1` under
        // `続柄 | 氏名 | 生年月日` is a record).
        let pairs_allowed = match active.and_then(|l| layout.lists.get(l)) {
            None => true,
            Some(_) if records > 0 => false,
            Some(_) if weak_header => true,
            Some(list) => field_row(engine, row, &labels[r], list),
        };
        let mut values = Vec::new();
        let mut skip: Vec<usize> = Vec::new();
        let mut pair_score = 0;
        let mut pair_strict = false;
        let mut below_score = 0;
        let mut people = 0u32;
        for (c, class, text) in labels[r].iter().filter(|l| l.1.kind.is_some()) {
            let mut taken = 0u32;
            // The first non-empty cell to the right if it fits (or a number
            // in digit boxes), then more while they fit (one person a
            // column) up to the next label or a column of form labels.
            for (c2, cell) in row.iter().enumerate().skip(c + 1).take_while(|_| pairs_allowed) {
                if !nonempty(cell) {
                    continue;
                }
                if is_label(r, c2) || taken > 0 && label_cols.get(c2) == Some(&true) {
                    break;
                }
                let mut f = fit(engine, class, text, cell);
                let mut joined = None;
                if f == 0 && taken == 0 {
                    if let Some((number, cells)) = digit_boxes(row, c2, |c| is_label(r, c)) {
                        f = fit(engine, class, text, &number);
                        if f > 0 {
                            joined = Some(number);
                            skip.extend(cells);
                        }
                    }
                }
                if f == 0 {
                    break;
                }
                if taken == 0 {
                    pair_score += f;
                    pair_strict |= f == 2;
                }
                let boxed = joined.is_some();
                values.push(PairValue { column: c2, class: class.clone(), header: text.clone(), joined });
                taken += 1;
                if boxed {
                    break;
                }
            }
            if class.kind.is_some_and(|k| k.is_personal() && k.family() != Family::SpecialCare) {
                people = people.max(taken);
            }
            // The value under the label, a blank row or two allowed.
            for (r2, below) in rows.iter().enumerate().take((r + 1 + BELOW_ROWS).min(rows.len())).skip(r + 1) {
                let Some(cell) = below.get(*c).filter(|c| nonempty(c)) else { continue };
                if !is_label(r2, *c) {
                    below_score += fit(engine, class, text, cell);
                }
                break;
            }
        }
        // Every cell over a value that is not a label: a list's header row,
        // even when a header beside a label reads like a value (`顧客名 | 地域`).
        let list_shaped = rows.get(r + 1).is_some_and(|next| {
            row.iter()
                .enumerate()
                .filter(|(_, x)| nonempty(x))
                .all(|(c, _)| next.get(c).is_some_and(|x| nonempty(x)) && !is_label(r + 1, c))
        });
        let header_over_values = header_shaped && list_shaped && !pair_strict;
        if header_over_values {
            pair_score = 0;
        }
        skip.extend(labels[r].iter().map(|l| l.0));
        let pairs = pair_score > below_score || pair_score > 0 && (!header_shaped || !enough);
        if pairs {
            for (c, class, _) in &labels[r] {
                if class.kind.is_some() {
                    if label_cols.len() <= *c {
                        label_cols.resize(c + 1, false);
                    }
                    label_cols[*c] = true;
                }
            }
            layout.form = true;
            layout.form_people = layout.form_people.max(people);
            if let Some(list) = active.and_then(|l| layout.lists.get_mut(l)) {
                list.across = true;
            }
            layout.rows.push(Row::Pairs { list: active, values, skip });
            continue;
        }
        if enough && header_shaped || header_over_values {
            weak_header = filled == 1;
            let (headers, two_rows) = list_headers(engine, rows, r);
            layout.lists.push(List {
                headers,
                by_values: Vec::new(),
                narrative: Vec::new(),
                across: false,
                titles: titles(row),
            });
            active = Some(layout.lists.len() - 1);
            records = 0;
            layout.first_header.get_or_insert(r);
            layout.rows.push(Row::Header);
            if two_rows {
                skip_to = r + 2;
            }
            continue;
        }
        if active.is_some() && filled > 0 {
            records += 1;
        }
        layout.rows.push(Row::Data(active));
    }
    if layout.lists.is_empty() {
        // No header at all (an export without one): a column of My Numbers
        // is still told by its values, and the table becomes a list under it.
        let data: Vec<&Vec<String>> = rows[..n].iter().collect();
        let mut headers: Vec<Header> = Vec::new();
        my_number_columns_by_values(&data, &mut headers);
        if headers.iter().any(Option::is_some) {
            layout.lists.push(List {
                headers,
                by_values: Vec::new(),
                narrative: Vec::new(),
                across: false,
                titles: Vec::new(),
            });
            for row in &mut layout.rows {
                if let Row::Data(list @ None) = row {
                    *list = Some(0);
                }
            }
            active = Some(0);
        }
    }
    layout.tail = active;
    check_columns(engine, rows, &mut layout);
    layout
}

/// A column with no header whose values are nearly all twelve digits that
/// pass the My Number check digit is a column of My Numbers: one random
/// twelve-digit number in eleven passes, so a whole column of them does not
/// by chance. One such cell alone is a serial (detect/identifiers.rs); the
/// column is the evidence.
fn my_number_columns_by_values(rows: &[&Vec<String>], headers: &mut Vec<Header>) {
    let width = rows.iter().map(|r| r.len()).max().unwrap_or(0);
    for c in 0..width {
        if headers.get(c).is_some_and(Option::is_some) {
            continue;
        }
        let sample: Vec<Vec<u8>> = rows
            .iter()
            .filter_map(|r| r.get(c))
            .map(|v| fold(v.trim()).text.into_owned())
            .filter(|v| !v.is_empty())
            .take(50)
            .map(|v| v.bytes().filter(|b| !matches!(b, b' ' | b'-')).collect())
            .collect();
        let valid = sample.iter().filter(|d| crate::detect::checkdigit::my_number(d)).count();
        if sample.len() >= 3 && valid * 10 >= sample.len() * 8 {
            if headers.len() <= c {
                headers.resize(c + 1, None);
            }
            headers[c] = Some((HeaderClass { kind: Some(Kind::MyNumber), keyword: "" }, Arc::from("")));
        }
    }
}

/// Whether a row whose first cell is a label is a field of a transposed
/// table under `list`'s header: its cells fit the label better than their
/// columns' headers.
fn field_row(engine: &Engine, row: &[String], labels: &[(usize, HeaderClass, Arc<str>)], list: &List) -> bool {
    let Some(first) = row.iter().position(|x| nonempty(x)) else { return false };
    let Some((_, class, text)) = labels.iter().find(|l| l.0 == first && l.1.kind.is_some()) else { return false };
    let (mut by_label, mut by_column) = (0, 0);
    for (c, cell) in row.iter().enumerate().skip(first + 1).filter(|(_, x)| nonempty(x)) {
        let folded = fold(cell);
        by_label += u32::from(fits(engine, class, text, &folded.text, true));
        if let Some(Some((hc, ht))) = list.headers.get(c) {
            by_column += u32::from(hc.kind.is_some() && fits(engine, hc, ht, &folded.text, true));
        }
    }
    by_label > by_column
}

/// Whether row `r` reads as a header row of words presend does not know:
/// two or more short cells, none a name, over a row with a value under each.
fn unknown_header(engine: &Engine, rows: &[Vec<String>], r: usize) -> bool {
    let row = &rows[r];
    let cells: Vec<usize> = (0..row.len()).filter(|&c| nonempty(&row[c])).collect();
    let Some(next) = rows.get(r + 1) else { return false };
    let name = HeaderClass { kind: Some(Kind::PersonName), keyword: "" };
    let none: Arc<str> = Arc::from("");
    cells.len() >= 2
        && cells.iter().all(|&c| {
            let cell = row[c].trim();
            header_like(cell)
                && !fits(engine, &name, &none, &fold(cell).text, true)
                && next.get(c).is_some_and(|x| nonempty(x))
        })
        // The row below is not another row of words alone (a list of words has no header).
        && (0..next.len()).any(|c| nonempty(&next[c]) && !header_like(next[c].trim()) || label(engine, &next[c]).is_none() && fits(engine, &name, &none, &fold(&next[c]).text, true))
}

/// The column headers of the header row `r`, and whether the row below is a
/// second header row: child headers under a parent spanning them
/// (`健康保険` over `記号`, `番号`), read as one (`健康保険記号`).
fn list_headers(engine: &Engine, rows: &[Vec<String>], r: usize) -> (Vec<Header>, bool) {
    let row = &rows[r];
    let own = |cell: &str| -> Header {
        let t = cell.trim();
        if t.is_empty() {
            return None;
        }
        classify_label(engine, t).map(|class| (class, Arc::from(t)))
    };
    let base: Vec<Header> = row.iter().map(|c| own(c)).collect();
    let Some(sub) = rows.get(r + 1) else { return (base, false) };
    let children: Vec<usize> = (0..sub.len()).filter(|&c| nonempty(&sub[c])).collect();
    // A title (one cell) has no second header row; nor has a header above a
    // form row (`氏名 | 雲雀健太`: a label with its value beside it).
    if children.is_empty()
        || row.iter().filter(|c| nonempty(c)).count() < 2
        || !children.iter().all(|&c| header_like(sub[c].trim()))
    {
        return (base, false);
    }
    for (i, &c) in children.iter().enumerate() {
        let Some((class, text)) = label(engine, &sub[c]) else { continue };
        let Some(&next) = children.get(i + 1) else { continue };
        if class.kind.is_some() && label(engine, &sub[next]).is_none() && fit(engine, &class, &text, &sub[next]) > 0 {
            return (base, false);
        }
    }
    let parent = |c: usize| -> Option<usize> {
        (0..=c.min(row.len().saturating_sub(1))).rev().find(|&p| row.get(p).is_some_and(|x| nonempty(x)))
    };
    let mut under_span = false;
    for &c in &children {
        let Some(p) = parent(c) else { continue };
        if p != c {
            under_span = true;
        }
        // A value under its header: the first record, not a second header row.
        if let Some((class, text)) = &base[p] {
            if class.kind.is_some() && fits(engine, class, text, &fold(&sub[c]).text, true) {
                return (base, false);
            }
        }
    }
    let combined = |c: usize| -> Header {
        let child = sub.get(c).map(|s| s.trim()).unwrap_or("");
        if child.is_empty() {
            return if row.get(c).is_some_and(|x| nonempty(x)) { base.get(c).cloned().flatten() } else { None };
        }
        if let Some(class) = classify_label(engine, child) {
            return Some((class, Arc::from(child)));
        }
        if is_detail_header(child) {
            return None;
        }
        let p = parent(c)?;
        let text = format!("{}{}", row[p].trim(), child);
        classify_label(engine, &text).filter(|k| k.kind.is_some()).map(|class| (class, Arc::from(text.as_str())))
    };
    let width = row.len().max(sub.len());
    let merged: Vec<Header> = (0..width).map(combined).collect();
    let improves = (0..width).any(|c| {
        merged[c].as_ref().is_some_and(|(k, _)| k.kind.is_some())
            && base.get(c).and_then(Option::as_ref).is_none_or(|(k, _)| k.kind.is_none())
    });
    if under_span || improves {
        (merged, true)
    } else {
        (base, false)
    }
}

/// Kinds a header makes of every value, checked against the values.
fn checked(kind: Kind) -> bool {
    matches!(
        kind,
        Kind::PersonName
            | Kind::EmployeeId
            | Kind::HealthInsurance
            | Kind::Passport
            | Kind::DriversLicense
            | Kind::ResidenceCard
            | Kind::BirthDate
    )
}

/// A long value written as sentences (`昼食を全量摂取。午後は…`).
fn prose(value: &str) -> bool {
    let n = value.chars().count();
    n >= 30 || n >= 16 && value.contains(['。', '、'])
}

/// Checks each list's headers against the values under them: a header whose
/// values are mostly not of its kind (grades under 氏名, item names under
/// 社員番号) is dropped; a name column of firms (`山田運輸`) is a business
/// column; a column of sentences (a 経過記録) is read cell by cell as text,
/// not flagged whole for its header.
fn check_columns(engine: &Engine, rows: &[Vec<String>], layout: &mut Layout) {
    for (i, list) in layout.lists.iter_mut().enumerate() {
        let data: Vec<&Vec<String>> = rows
            .iter()
            .enumerate()
            .filter(|(r, _)| match layout.rows.get(*r) {
                Some(Row::Data(Some(l))) => *l == i,
                Some(_) => false,
                None => layout.tail == Some(i),
            })
            .map(|(_, row)| row)
            .take(SAMPLE_ROWS)
            .collect();
        for c in 0..list.headers.len() {
            let Some((class, text)) = list.headers[c].clone() else { continue };
            let Some(kind) = class.kind else { continue };
            // `なし` and `-` say nothing about what the column holds.
            let values: Vec<&str> = data
                .iter()
                .filter_map(|row| row.get(c))
                .map(|v| v.trim())
                .filter(|v| !v.is_empty() && !is_negative_answer(v))
                .collect();
            if values.is_empty() {
                continue;
            }
            // Counts and rates (`入院者数`, `陽性率`) are statistics, not a person's data.
            if kind.family() == Family::SpecialCare && text.ends_with(['数', '率', '比']) {
                list.headers[c] = Some((HeaderClass { kind: None, keyword: class.keyword }, text));
                continue;
            }
            let n = values.len();
            let long = values.iter().filter(|v| prose(v)).count();
            if kind.family() == Family::SpecialCare && long * 10 >= n * 6 {
                if list.narrative.len() <= c {
                    list.narrative.resize(c + 1, false);
                }
                list.narrative[c] = true;
                continue;
            }
            if kind == Kind::PersonName && values.iter().filter(|v| is_business_name(v)).count() * 2 >= n {
                list.headers[c] = Some((HeaderClass { kind: None, keyword: class.keyword }, text));
                continue;
            }
            if checked(kind) {
                let strict = n >= 2;
                let good = values.iter().filter(|v| fits(engine, &class, &text, &fold(v).text, strict)).count();
                if good * 2 < n {
                    list.headers[c] = None;
                }
            }
        }
        list.by_values = name_columns_by_values(&data, &list.headers);
    }
}

/// Columns without a header reading whose values are mostly dictionary names.
fn name_columns_by_values(rows: &[&Vec<String>], headers: &[Header]) -> Vec<bool> {
    let width = rows.iter().map(|r| r.len()).max().unwrap_or(0);
    (0..width)
        .map(|c| {
            if headers.get(c).is_some_and(Option::is_some) {
                return false;
            }
            let sample: Vec<&str> =
                rows.iter().filter_map(|r| r.get(c)).map(|v| v.trim()).filter(|v| !v.is_empty()).take(50).collect();
            let names = sample
                .iter()
                .filter(|v| {
                    // A surname and a given name: two kanji (`関東`, `九州`)
                    // start with a surname and are words.
                    let letters = v.chars().filter(|c| !c.is_whitespace()).count();
                    crate::detect::people::looks_like_name(v)
                        && crate::detect::people::starts_with_surname(v).is_some()
                        && (letters >= 3 || letters < v.chars().count())
                        && !is_business_name(v)
                })
                .count();
            sample.len() >= 3 && names * 10 >= sample.len() * 6
        })
        .collect()
}

impl Layout {
    /// A placeholder while the rows are read.
    pub fn empty() -> Layout {
        Layout { lists: Vec::new(), rows: Vec::new(), tail: None, first_header: None, form_people: 0, form: false }
    }
}

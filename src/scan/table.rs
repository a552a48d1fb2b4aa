//! Reading a table: how its rows are laid out (headers, form labels,
//! records: `layout`), the hits of each cell read under its column's header,
//! special-care values held until a row identifies a person, and each
//! column's summary (the kind its header or most of its values say).

use std::sync::Arc;

use super::{layout, severity_of, ReportBuilder, Tally};
use crate::detect::columns::cell_hits;
use crate::detect::{Engine, HeaderClass, Hit};
use crate::extract::Table;
use crate::normalize::fold;
use crate::{column_letters, ColumnSummary, Evidence, Family, Finding, Kind, Location};

/// Whether a cell could be a column header or a form label: short, and not
/// a value with a label (`作成日：2026年10月1日`).
pub(super) fn header_like(cell: &str) -> bool {
    let c = cell.trim();
    let digits = c.chars().filter(char::is_ascii_digit).count();
    !c.is_empty() && c.chars().count() <= 24 && digits <= 2 && !c.contains(['：', ':']) || c.ends_with([':', '：'])
}

/// A cell of a narrative column (a 経過記録 under a health header): read as
/// text, and where the detectors find nothing special in it but the note
/// mentions a health term, a finding of the header's kind on the header's
/// and the term's word. A note about lunch stays silent.
fn narrative_hits(
    engine: &Engine,
    header: Option<(&HeaderClass, &Arc<str>)>,
    value: &str,
    out: &mut Vec<Hit>,
    orgs: &mut Vec<String>,
) {
    let start = out.len();
    cell_hits(engine, None, value, out, orgs);
    let Some((class, text)) = header else { return };
    let Some(kind) = class.kind else { return };
    if out[start..].iter().any(|h| h.kind.family() == Family::SpecialCare) {
        return;
    }
    if let Some(term) = crate::detect::columns::narrative_term(value) {
        let v = value.trim();
        let at = value.len() - value.trim_start().len();
        out.push(Hit {
            kind,
            start: at,
            end: at + v.len(),
            value: v.to_owned(),
            confidence: 0.8,
            evidence: vec![Evidence::Header(text.clone()), Evidence::Keyword(term.to_owned())],
            needs_person: true,
        });
    }
}

pub(super) fn refers_to_a_person(text: &str) -> bool {
    crate::detect::special_care::PERSON_REFERENCES.iter().any(|w| text.contains(w))
}

/// Kinds that identify a person, so that special-care terms near them count.
pub(super) fn identifies_person(kind: Kind) -> bool {
    kind.is_personal() && kind.family() != Family::SpecialCare && kind != Kind::PostalCode
}

struct ColumnStats {
    rows: u32,
    /// Values of each kind, indexed by [`Kind::index`].
    kinds: [u32; Kind::COUNT],
}

impl Default for ColumnStats {
    fn default() -> Self {
        ColumnStats { rows: 0, kinds: [0; Kind::COUNT] }
    }
}

/// What is carried from one chunk of a table to the next.
pub(super) struct TableState {
    entry: Option<String>,
    sheet: Option<String>,
    table: Option<u32>,
    first_column: u32,
    /// Which rows are headers, form labels and values, and list records
    /// (read on the first chunk; later chunks are records of its last list).
    layout: layout::Layout,
    stats: Vec<ColumnStats>,
    /// Findings that count only once a row identifies a person (a diagnosis
    /// column), at most the per-kind limit of them; the rest tallied.
    held: Vec<Finding>,
    held_kept: [u32; Kind::COUNT],
    held_omitted: Tally,
    identified: bool,
    /// Rows about a person outside any list (a table with no header).
    records: u32,
    /// Rows about a person under each list's header.
    list_records: Vec<u32>,
}

impl TableState {
    /// People in the table's lists and forms. A form written label above
    /// value (`氏名 | 生年月日` over one row, `住所` over the next) is lists
    /// of one record each, and one person; so is a form of labels beside
    /// values with such rows below.
    fn people_in_lists_and_forms(&self) -> u32 {
        let form = self.layout.form_people;
        let lists: u32 = self.list_records.iter().sum();
        let one_each = self.list_records.len() >= 2 && self.list_records.iter().all(|&n| n <= 1);
        let lists = if one_each { lists.min(1) } else { lists };
        if lists <= 1 {
            form.max(lists)
        } else {
            form + lists
        }
    }
}

/// How a list's column is read: the header its cells go under (or the
/// name reading of a column of names found by its values), and whether it
/// is a narrative column.
#[derive(Clone, Copy, Default)]
struct ColumnReading<'a> {
    header: Option<(&'a HeaderClass, &'a Arc<str>)>,
    narrative: bool,
    by_values: bool,
    /// Headed 書名, 商品名, 講座名: titles, whose disease words are no one's.
    names_things: bool,
}

impl ReportBuilder<'_> {
    pub(super) fn finish_table(&mut self) {
        let Some(mut state) = self.table.take() else { return };
        if state.identified {
            let limit = self.per_kind_limit();
            for f in std::mem::take(&mut state.held) {
                if Self::take_slot(&mut self.kept, f.kind, limit) {
                    self.findings.push(f);
                } else {
                    self.omitted.add(f.kind, 1, f.severity);
                }
            }
            for (kind, count, severity) in state.held_omitted.counted() {
                self.omitted.add(kind, count, severity);
            }
        }
        self.records += state.records + state.people_in_lists_and_forms();
        let no_headers = Vec::new();
        let no_titles = Vec::new();
        let (headers, by_values, titles) = match state.layout.tail.and_then(|l| state.layout.lists.get(l)) {
            Some(list) => (&list.headers, &list.by_values, &list.titles),
            None => (&no_headers, &Vec::new(), &no_titles),
        };
        for (i, stats) in state.stats.iter().enumerate() {
            if stats.rows == 0 {
                continue;
            }
            let header = headers.get(i).and_then(Option::as_ref);
            let column = state.first_column + i as u32;
            let mut evidence = Vec::new();
            let (kind, matched, confidence) = match header {
                Some((class, text)) if class.kind.is_some() => {
                    evidence.push(Evidence::Header(text.clone()));
                    let kind = class.kind;
                    let matched = kind.map_or(0, |k| stats.kinds[k.index()]);
                    if matched * 2 >= stats.rows {
                        evidence.push(Evidence::ColumnValues);
                    }
                    let conf = if matched * 2 >= stats.rows { 0.99 } else { 0.8 };
                    (kind, matched, conf)
                }
                _ => {
                    // By values: the kind most of the column's values are.
                    let best = Kind::ALL
                        .iter()
                        .map(|&k| (k, stats.kinds[k.index()]))
                        .filter(|&(_, n)| n > 0)
                        .max_by_key(|&(_, n)| n);
                    match best {
                        Some((k, n)) if n * 2 > stats.rows && (stats.rows >= 2 || by_values.get(i) == Some(&true)) => {
                            evidence.push(Evidence::ColumnValues);
                            (Some(k), n, (n as f32 / stats.rows as f32).min(0.97))
                        }
                        _ => (None, 0, 0.0),
                    }
                }
            };
            // A column whose header no detector knows is listed too (kind
            // none), so what the table is about can be weighed.
            let title =
                header.map(|(_, t)| t.to_string()).or_else(|| titles.get(i).cloned().flatten().map(|t| t.to_string()));
            if kind.is_none() && title.is_none() {
                continue;
            }
            self.columns.push(ColumnSummary {
                entry: state.entry.clone(),
                sheet: state.sheet.clone(),
                column,
                letter: column_letters(column),
                table: state.table,
                header: title,
                kind,
                rows: stats.rows,
                matched,
                confidence,
                evidence,
            });
        }
    }

    pub(super) fn table(&mut self, table: Table) {
        // A PDF table goes on over the next page: same entry, another page.
        let continues = table.continuation
            && self
                .table
                .as_ref()
                .is_some_and(|s| s.entry == table.entry && s.sheet == table.sheet && s.table == table.table);
        if !continues {
            self.finish_table();
            let layout = layout::read(self.engine, &table.rows);
            self.table = Some(TableState {
                entry: table.entry.clone(),
                sheet: table.sheet.clone(),
                table: table.table,
                first_column: table.first_column,
                layout,
                stats: Vec::new(),
                held: Vec::new(),
                held_kept: [0; Kind::COUNT],
                held_omitted: Tally::new(),
                identified: false,
                records: 0,
                list_records: Vec::new(),
            });
            self.table_rows(&table, true);
        } else {
            self.table_rows(&table, false);
        }
    }

    fn table_rows(&mut self, table: &Table, first_chunk: bool) {
        let Some(mut state) = self.table.take() else { return };
        let by_value_class = HeaderClass { kind: Some(Kind::PersonName), keyword: "" };
        let no_header: Arc<str> = Arc::from("");
        // One shared name per table, cloned (a reference count) into each finding.
        let sheet: Option<Arc<str>> = table.sheet.as_deref().map(Arc::from);
        let entry: Option<Arc<str>> = table.entry.as_deref().map(Arc::from);
        let mut hits = Vec::new();
        let mut orgs = Vec::new();
        let limit = self.per_kind_limit();
        let layout = std::mem::replace(&mut state.layout, layout::Layout::empty());
        let tail_row = layout::Row::Data(layout.tail);
        // Column statistics (for the report's column summary) are of the
        // list the table ends in, or of every row when it has no header.
        let counted_list = layout.tail;
        let no_lists = layout.lists.is_empty();
        // How each list's columns are read, resolved once rather than per cell.
        let readings: Vec<Vec<ColumnReading>> = layout
            .lists
            .iter()
            .map(|list| {
                let width = list.headers.len().max(list.by_values.len()).max(list.narrative.len());
                (0..width)
                    .map(|c| {
                        let by_values = list.by_values.get(c) == Some(&true);
                        let header = match list.headers.get(c).and_then(Option::as_ref) {
                            // Its columns are people, not fields: each cell on its own.
                            _ if list.across => None,
                            Some((class, text)) => Some((class, text)),
                            None if by_values => Some((&by_value_class, &no_header)),
                            None => None,
                        };
                        ColumnReading {
                            header,
                            narrative: list.narrative.get(c) == Some(&true),
                            by_values: by_values && !list.across,
                            names_things: list
                                .titles
                                .get(c)
                                .and_then(Option::as_deref)
                                .is_some_and(crate::detect::columns::names_things),
                        }
                    })
                    .collect()
            })
            .collect();
        let rows_before = self.progress.rows;
        for (r, row) in table.rows.iter().enumerate() {
            if r % 1024 == 1023 {
                self.progress.rows = rows_before + r as u64;
                self.tell_progress();
                if self.check_time() {
                    break;
                }
            }
            let plan = if first_chunk { layout.rows.get(r).unwrap_or(&tail_row) } else { &tail_row };
            // A header row is only looked at for markings (a title cell
            // above or in it often says 社外秘).
            let is_header = matches!(plan, layout::Row::Header);
            let above_header = first_chunk && layout.first_header.is_some_and(|h| r < h);
            let row_no = table.first_row + r as u32;
            let mut row_personal = false;
            let (list, counted, pairs) = match plan {
                layout::Row::Data(list) => (*list, *list == counted_list || no_lists, None),
                layout::Row::Pairs { list, values, skip } => (*list, false, Some((values, skip))),
                layout::Row::Header => (None, false, None),
            };
            let row_readings: &[ColumnReading] = list.and_then(|l| readings.get(l)).map_or(&[], Vec::as_slice);
            for (c, cell) in row.iter().enumerate() {
                if cell.trim().is_empty() {
                    continue;
                }
                let folded = fold(cell);
                self.look_for_markings(&folded.text);
                if is_header {
                    continue;
                }
                let mut value_of = None;
                if let Some((values, skip)) = pairs {
                    if skip.contains(&c) {
                        continue;
                    }
                    value_of = values.iter().find(|v| v.column == c);
                }
                let reading = row_readings.get(c).copied().unwrap_or_default();
                let (header, narrative, by_values) = match value_of {
                    Some(v) => (Some((&v.class, &v.header)), false, false),
                    None => (reading.header, reading.narrative, reading.by_values),
                };
                if counted {
                    if state.stats.len() <= c {
                        state.stats.resize_with(c + 1, ColumnStats::default);
                    }
                    state.stats[c].rows += 1;
                }
                let joined;
                let text: &str = match value_of.and_then(|v| v.joined.as_deref()) {
                    Some(number) => {
                        joined = number.to_owned();
                        &joined
                    }
                    None => &folded.text,
                };
                hits.clear();
                if narrative {
                    narrative_hits(self.engine, header, text, &mut hits, &mut orgs);
                } else {
                    cell_hits(self.engine, header, text, &mut hits, &mut orgs);
                }
                if reading.names_things {
                    hits.retain(|h| h.kind.family() != Family::SpecialCare);
                }
                // In a form, the name of a field (`休職理由`, `既往歴の有無`)
                // beside its value is not a fact about the person.
                let field_name = layout.form
                    && value_of.is_none()
                    && header.is_none()
                    && row.iter().position(|x| !x.trim().is_empty()) == Some(c)
                    && row.iter().skip(c + 1).any(|x| !x.trim().is_empty())
                    && header_like(cell.trim());
                if field_name {
                    hits.retain(|h| !h.needs_person);
                }
                let column = table.first_column + c as u32;
                for hit in hits.drain(..) {
                    if counted {
                        state.stats[c].kinds[hit.kind.index()] += 1;
                    }
                    if identifies_person(hit.kind) {
                        state.identified = true;
                    }
                    // A term alone (a title row's 就労移行支援) is not a person.
                    if hit.kind.is_personal() && !hit.needs_person && matches!(plan, layout::Row::Data(_)) {
                        row_personal = true;
                    }
                    let mut hit = hit;
                    if by_values && hit.kind == Kind::PersonName {
                        hit.evidence = vec![Evidence::ColumnValues];
                        hit.confidence = hit.confidence.min(0.85);
                    }
                    let needs_person = hit.needs_person;
                    if needs_person && above_header {
                        // A term in a title above the table (`就労移行支援事業所 利用者一覧`)
                        // describes the file, not a person.
                        continue;
                    }
                    let kept = if needs_person { &mut state.held_kept } else { &mut self.kept };
                    if !Self::take_slot(kept, hit.kind, limit) {
                        // Over the limit: counted, not masked or kept.
                        self.count_domain(&hit);
                        let omitted = if needs_person { &mut state.held_omitted } else { &mut self.omitted };
                        omitted.add(hit.kind, 1, severity_of(&hit));
                        continue;
                    }
                    let location = Location {
                        entry: entry.clone(),
                        sheet: sheet.clone(),
                        page: table.page,
                        table: table.table,
                        row: Some(row_no),
                        column: Some(column),
                        line: None,
                    };
                    let f = self.finding(hit, location);
                    if needs_person {
                        state.held.push(f);
                    } else {
                        self.findings.push(f);
                    }
                }
            }
            if row_personal {
                match plan {
                    layout::Row::Data(Some(l)) => {
                        if state.list_records.len() <= *l {
                            state.list_records.resize(l + 1, 0);
                        }
                        state.list_records[*l] += 1;
                    }
                    _ => state.records += 1,
                }
            }
        }
        self.progress.rows = rows_before + table.rows.len() as u64;
        state.layout = layout;
        self.add_organisations(orgs);
        self.table = Some(state);
    }
}

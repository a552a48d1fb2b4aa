//! Scanning one file: extraction feeds parts to a [`ReportBuilder`], which
//! runs the detectors over each table and text and assembles the
//! [`FileReport`]. This is the one entry point every host calls (the command
//! line, the message check, the wasm facade).

mod layout;

use std::collections::{HashMap, HashSet};
use std::sync::Arc;

use serde::{Deserialize, Serialize};

use crate::detect::columns::cell_hits;
use crate::detect::mask::mask;
use crate::detect::{Engine, HeaderClass, Hit};
use crate::extract::{self, Limits, Part, Sink, Table, TextPart};
use crate::normalize::fold;
use crate::{
    column_letters, ColumnSummary, DomainCount, Evidence, Family, FileReport, Finding, Format, Kind, KindCount,
    Location, Problem, ProblemKind, Severity,
};

/// How to scan.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct ScanOptions {
    pub limits: Limits,
    /// Put each finding's raw value in the report (never shown by default).
    pub include_raw: bool,
    /// Words to report when the content contains them, such as the
    /// confidentiality markings of the message check (`社外秘`).
    pub markings: Vec<String>,
    /// Milliseconds from some fixed point, for the time budget. Native builds
    /// use the monotonic clock; wasm hosts pass `performance.now`.
    #[serde(skip)]
    pub clock: Option<fn() -> f64>,
    /// Told how far a file's reading has got, at most every
    /// [`PROGRESS_EVERY_MS`] of the clock (so never without one), so a host
    /// can show that a long check is moving. A plain `fn`, like the clock:
    /// the wasm facade keeps whom to tell beside it.
    #[serde(skip)]
    pub progress: Option<fn(&ScanProgress)>,
}

/// How far the reading of one file has got: rows of tables and characters of
/// text handed to the detectors so far (the extractors cannot say how much of
/// the file's bytes they have read, so this is what can be counted honestly).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct ScanProgress {
    pub rows: u64,
    pub chars: u64,
}

/// How often at most a host is told of progress: often enough for a moving
/// count, rare enough that a worker does not flood the page with messages.
pub const PROGRESS_EVERY_MS: f64 = 200.0;

#[cfg(not(target_arch = "wasm32"))]
fn native_now_ms() -> f64 {
    use std::sync::OnceLock;
    use std::time::Instant;
    static START: OnceLock<Instant> = OnceLock::new();
    START.get_or_init(Instant::now).elapsed().as_secs_f64() * 1000.0
}

impl Default for ScanOptions {
    fn default() -> Self {
        #[cfg(not(target_arch = "wasm32"))]
        let clock: Option<fn() -> f64> = Some(native_now_ms);
        #[cfg(target_arch = "wasm32")]
        let clock: Option<fn() -> f64> = None;
        ScanOptions { limits: Limits::default(), include_raw: false, markings: Vec::new(), clock, progress: None }
    }
}

/// Scans one file's bytes. Never panics on input and never fails: what could
/// not be read is listed in `problems`.
pub fn scan_bytes(path: &str, bytes: &[u8], options: &ScanOptions) -> FileReport {
    let mut builder = ReportBuilder::new(options);
    let format = extract::extract(bytes, options.limits, &mut builder);
    builder.finish(path, format, bytes.len() as u64)
}

/// The report for a file whose bytes the host could not hand over (a web-mail
/// attachment the extension never saw): nothing was inspected, and the
/// message check treats it like an encrypted or damaged file.
pub fn unavailable_report(path: &str, detail: &str) -> FileReport {
    let options = ScanOptions::default();
    let mut builder = ReportBuilder::new(&options);
    builder.problem(Problem::new(ProblemKind::Unavailable, None, detail));
    builder.finish(path, Format::Binary, 0)
}

/// Scans a piece of text (a mail body, a form field) as a text file.
///
/// ```
/// use presend::{scan_text, Kind, ScanOptions};
///
/// let report = scan_text("mail.txt", "佐藤様\nマイナンバー：１２３４ ５６７８ ９０１８", &ScanOptions::default());
/// let kinds: Vec<Kind> = report.findings.iter().map(|f| f.kind).collect();
/// assert_eq!(kinds, [Kind::PersonName, Kind::MyNumber]);
/// assert_eq!(report.findings[1].masked, "**** **** 9018");
/// ```
pub fn scan_text(path: &str, text: &str, options: &ScanOptions) -> FileReport {
    let mut builder = ReportBuilder::new(options);
    builder.part(Part::Text(TextPart { entry: None, page: None, text: text.to_owned() }));
    builder.finish(path, Format::Text, text.len() as u64)
}

/// Scans the fields of a web form, `(label, value)` pairs. One-line values are
/// read as one table row under their labels, so a field labelled
/// `マイナンバー` or `電話番号` gives its value the context a column header
/// gives a cell; multi-line values are read as text. Each finding's location
/// names its field (`entry`); rows and columns are not meaningful here.
pub fn scan_fields(fields: &[(String, String)], options: &ScanOptions) -> FileReport {
    let mut builder = ReportBuilder::new(options);
    type Field = (String, String);
    let (short, long): (Vec<&Field>, Vec<&Field>) =
        fields.iter().filter(|(_, v)| !v.trim().is_empty()).partition(|(_, v)| !v.contains('\n'));
    let bytes: usize = fields.iter().map(|(l, v)| l.len() + v.len()).sum();
    if !short.is_empty() {
        let labels: Vec<String> = short.iter().map(|(l, _)| l.clone()).collect();
        let values: Vec<String> = short.iter().map(|(_, v)| v.clone()).collect();
        builder.part(Part::Table(Table {
            entry: None,
            sheet: None,
            page: None,
            table: None,
            first_row: 1,
            first_column: 1,
            rows: vec![labels, values],
            continuation: false,
        }));
    }
    for (label, value) in &long {
        builder.part(Part::Text(TextPart { entry: Some(label.clone()), page: None, text: value.clone() }));
    }
    let mut report = builder.finish("form", Format::Text, bytes as u64);
    for f in &mut report.findings {
        if let Some(column) = f.location.column {
            if let Some((label, _)) = short.get(column as usize - 1) {
                f.location = Location { entry: Some(Arc::from(label.as_str())), ..Default::default() };
            }
        }
    }
    report.columns.clear();
    report
}

/// Whether a cell could be a column header or a form label: short, and not
/// a value with a label (`作成日：2026年10月1日`).
fn header_like(cell: &str) -> bool {
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

fn refers_to_a_person(text: &str) -> bool {
    crate::detect::special_care::PERSON_REFERENCES.iter().any(|w| text.contains(w))
}

/// Kinds that identify a person, so that special-care terms near them count.
fn identifies_person(kind: Kind) -> bool {
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
struct TableState {
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
}

/// Findings counted per kind, with the highest severity among them; a fixed
/// array (a map lookup per finding was measurable on large tables).
#[derive(Clone, Copy)]
struct Tally([(u32, Severity); Kind::COUNT]);

impl Tally {
    fn new() -> Self {
        Tally([(0, Severity::Low); Kind::COUNT])
    }

    fn add(&mut self, kind: Kind, count: u32, severity: Severity) {
        let e = &mut self.0[kind.index()];
        e.1 = if e.0 == 0 { severity } else { e.1.max(severity) };
        e.0 += count;
    }

    /// (kind, count, highest severity) of every kind counted, in kind order.
    fn counted(&self) -> impl Iterator<Item = (Kind, u32, Severity)> + '_ {
        Kind::ALL.iter().map(|&k| (k, self.0[k.index()])).filter(|(_, (n, _))| *n > 0).map(|(k, (n, s))| (k, n, s))
    }
}

/// A finding's severity: its kind's, one step lower when the detector was unsure.
fn severity_of(hit: &Hit) -> Severity {
    let severity = hit.kind.base_severity();
    if hit.confidence < 0.7 && severity > Severity::Low {
        match severity {
            Severity::Critical => Severity::High,
            Severity::High => Severity::Medium,
            _ => Severity::Low,
        }
    } else {
        severity
    }
}

struct ReportBuilder<'a> {
    engine: &'static Engine,
    options: &'a ScanOptions,
    started: Option<f64>,
    findings: Vec<Finding>,
    /// Table findings kept per kind, against `Limits::max_findings_per_kind`.
    kept: [u32; Kind::COUNT],
    /// Table findings over that limit: in the summary, not in `findings`.
    omitted: Tally,
    columns: Vec<ColumnSummary>,
    problems: Vec<Problem>,
    records: u32,
    domains: HashMap<String, u32>,
    /// Distinct organisation names in order of appearance, at most [`MAX_ORGANISATIONS`].
    organisations: Vec<String>,
    seen_organisations: HashSet<String>,
    table: Option<TableState>,
    timed_out: bool,
    /// The markings to look for, and which were found.
    markings: Option<aho_corasick::AhoCorasick>,
    markings_found: Vec<bool>,
    progress: ScanProgress,
    /// When the host was last told of progress (the clock's milliseconds).
    progress_told: f64,
}

/// Organisation names kept per file: enough to compare with the recipients.
const MAX_ORGANISATIONS: usize = 200;

impl<'a> ReportBuilder<'a> {
    fn new(options: &'a ScanOptions) -> Self {
        ReportBuilder {
            engine: Engine::shared(),
            options,
            started: options.clock.map(|now| now()),
            findings: Vec::new(),
            kept: [0; Kind::COUNT],
            omitted: Tally::new(),
            columns: Vec::new(),
            problems: Vec::new(),
            records: 0,
            domains: HashMap::new(),
            organisations: Vec::new(),
            seen_organisations: HashSet::new(),
            table: None,
            timed_out: false,
            markings: Some(&options.markings)
                .filter(|m| !m.is_empty())
                .and_then(|m| aho_corasick::AhoCorasick::new(m.iter().map(|w| fold(w).text.into_owned())).ok()),
            markings_found: vec![false; options.markings.len()],
            progress: ScanProgress::default(),
            progress_told: 0.0,
        }
    }

    /// Tells the host how far the reading has got, when it wants to know and
    /// [`PROGRESS_EVERY_MS`] have passed since it was last told. The first
    /// report comes that long after the start, so a quick file says nothing.
    fn tell_progress(&mut self) {
        let (Some(tell), Some(now), Some(start)) = (self.options.progress, self.options.clock, self.started) else {
            return;
        };
        let now = now();
        if now - start.max(self.progress_told) >= PROGRESS_EVERY_MS {
            self.progress_told = now;
            tell(&self.progress);
        }
    }

    /// Notes which markings occur in `folded` (text already through
    /// [`fold`], so full-width spellings count). Called on the text the
    /// detectors scan, so nothing is folded twice.
    fn look_for_markings(&mut self, folded: &str) {
        let Some(ac) = &self.markings else { return };
        if folded.is_ascii() && folded.len() < 3 || !ac.is_match(folded) {
            return;
        }
        for m in ac.find_overlapping_iter(folded) {
            self.markings_found[m.pattern().as_usize()] = true;
        }
        if self.markings_found.iter().all(|f| *f) {
            self.markings = None;
        }
    }

    fn check_time(&mut self) -> bool {
        if self.timed_out {
            return true;
        }
        if let (Some(now), Some(start)) = (self.options.clock, self.started) {
            if now() - start > self.options.limits.max_millis as f64 {
                self.timed_out = true;
                self.problems.push(Problem::new(
                    ProblemKind::OverLimit,
                    None,
                    format!("time budget of {} ms spent; the report is partial", self.options.limits.max_millis),
                ));
            }
        }
        self.timed_out
    }

    fn add_organisations(&mut self, names: Vec<String>) {
        for name in names {
            if self.organisations.len() < MAX_ORGANISATIONS && self.seen_organisations.insert(name.clone()) {
                self.organisations.push(name);
            }
        }
    }

    /// Counts an e-mail address's domain (for whose data a file is), kept or not.
    fn count_domain(&mut self, hit: &Hit) {
        if hit.kind == Kind::Email {
            if let Some((_, domain)) = hit.value.rsplit_once('@') {
                *self.domains.entry(domain.to_ascii_lowercase()).or_default() += 1;
            }
        }
    }

    fn per_kind_limit(&self) -> u32 {
        self.options.limits.max_findings_per_kind.max(1)
    }

    /// Takes a kept-per-kind slot in `kept`; false when the kind is at the limit.
    fn take_slot(kept: &mut [u32; Kind::COUNT], kind: Kind, limit: u32) -> bool {
        let n = &mut kept[kind.index()];
        *n = n.saturating_add(1);
        *n <= limit
    }

    fn finding(&mut self, hit: Hit, location: Location) -> Finding {
        self.count_domain(&hit);
        Finding {
            kind: hit.kind,
            severity: severity_of(&hit),
            confidence: hit.confidence,
            location,
            masked: mask(hit.kind, &hit.value),
            raw: self.options.include_raw.then_some(hit.value),
            evidence: hit.evidence,
        }
    }

    fn text(&mut self, part: TextPart) {
        let folded = fold(&part.text);
        self.look_for_markings(&folded.text);
        let mut hits = Vec::new();
        let mut orgs = Vec::new();
        self.engine.scan_into(&folded.text, Default::default(), &mut hits, &mut orgs);
        self.add_organisations(orgs);
        if hits.is_empty() {
            return;
        }
        let identified = hits.iter().any(|h| identifies_person(h.kind))
            || hits.iter().any(|h| h.needs_person) && refers_to_a_person(&folded.text);
        crate::order::sort_by_key(&mut hits, |h: &Hit| h.start);
        let mut line = 1u32;
        let mut line_pos = 0usize;
        let bytes = folded.text.as_bytes();
        let mut distinct: HashMap<Kind, HashSet<&str>> = HashMap::new();
        let entry: Option<Arc<str>> = part.entry.as_deref().map(Arc::from);
        for hit in hits {
            if hit.needs_person && !identified {
                continue;
            }
            line += bytes[line_pos..hit.start].iter().filter(|&&b| b == b'\n').count() as u32;
            line_pos = hit.start;
            if identifies_person(hit.kind) {
                distinct.entry(hit.kind).or_default().insert(&folded.text[hit.start..hit.end]);
            }
            let location = Location { entry: entry.clone(), page: part.page, line: Some(line), ..Default::default() };
            let f = self.finding(hit, location);
            self.findings.push(f);
        }
        self.records += distinct.values().map(|s| s.len() as u32).max().unwrap_or(0);
    }

    fn finish_table(&mut self) {
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

    fn table(&mut self, table: Table) {
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

    fn finish(mut self, path: &str, format: Format, bytes: u64) -> FileReport {
        self.finish_table();
        let mut counts = self.omitted;
        let mut listed = [0u32; Kind::COUNT];
        for f in &self.findings {
            counts.add(f.kind, 1, f.severity);
            listed[f.kind.index()] += 1;
        }
        let mut summary: Vec<KindCount> = counts
            .counted()
            .map(|(kind, count, severity)| KindCount { kind, count, listed: listed[kind.index()], severity })
            .collect();
        let severity = summary.iter().map(|k| k.severity).max();
        crate::order::sort_by(&mut summary, |a, b| b.severity.cmp(&a.severity).then(b.count.cmp(&a.count)));
        let mut domains: Vec<DomainCount> =
            self.domains.into_iter().map(|(domain, count)| DomainCount { domain, count }).collect();
        crate::order::sort_by(&mut domains, |a, b| b.count.cmp(&a.count).then(a.domain.cmp(&b.domain)));
        FileReport {
            path: path.to_owned(),
            format,
            bytes,
            records: self.records,
            severity,
            summary,
            columns: self.columns,
            findings: self.findings,
            domains,
            organisations: self.organisations,
            markings: self
                .options
                .markings
                .iter()
                .zip(&self.markings_found)
                .filter(|(_, found)| **found)
                .map(|(m, _)| m.clone())
                .collect(),
            problems: self.problems,
        }
    }
}

impl Sink for ReportBuilder<'_> {
    fn part(&mut self, part: Part) {
        if self.check_time() {
            return;
        }
        match part {
            // Rows are counted as they are read (table_rows), so a chunk
            // of 50,000 rows moves the count too.
            Part::Table(t) => self.table(t),
            Part::Text(t) => {
                self.finish_table();
                let chars = t.text.chars().count() as u64;
                self.text(t);
                self.progress.chars += chars;
            }
        }
        self.tell_progress();
    }

    fn problem(&mut self, problem: Problem) {
        self.problems.push(problem);
    }

    fn out_of_time(&self) -> bool {
        self.timed_out
            || matches!((self.options.clock, self.started), (Some(now), Some(start)) if now() - start > self.options.limits.max_millis as f64)
    }
}

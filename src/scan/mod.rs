//! Scanning one file: extraction feeds parts to a [`ReportBuilder`], which
//! runs the detectors over each table and text and assembles the
//! [`FileReport`]. This is the one entry point every host calls (the command
//! line, the message check, the wasm facade).

mod layout;
mod table;

use table::{identifies_person, refers_to_a_person, TableState};

use std::collections::{HashMap, HashSet};
use std::hash::{Hash, Hasher};
use std::sync::Arc;

use serde::{Deserialize, Serialize};

use crate::detect::mask::mask;
use crate::detect::{Engine, Hit};
use crate::extract::{self, Limits, Part, Sink, Table, TextPart};
use crate::normalize::fold;
use crate::{
    ColumnSummary, DomainCount, FileReport, Finding, Format, Kind, KindCount, Location, Problem, ProblemKind, Severity,
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
    /// The identifying values found in the file's text, by kind, hashed: a
    /// person named or reachable in several parts (the mails of a mailbox, a
    /// thread quoting its signatures, a header and a body) is one person.
    text_people: HashMap<Kind, HashSet<u64>>,
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
            text_people: HashMap::new(),
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
        let entry: Option<Arc<str>> = part.entry.as_deref().map(Arc::from);
        for hit in hits {
            if hit.needs_person && !identified {
                continue;
            }
            line += bytes[line_pos..hit.start].iter().filter(|&&b| b == b'\n').count() as u32;
            line_pos = hit.start;
            if identifies_person(hit.kind) {
                let mut hasher = std::hash::DefaultHasher::new();
                folded.text[hit.start..hit.end].hash(&mut hasher);
                self.text_people.entry(hit.kind).or_default().insert(hasher.finish());
            }
            let location = Location { entry: entry.clone(), page: part.page, line: Some(line), ..Default::default() };
            let f = self.finding(hit, location);
            self.findings.push(f);
        }
    }

    fn finish(mut self, path: &str, format: Format, bytes: u64) -> FileReport {
        self.finish_table();
        // The text's people: as many as the kind with the most distinct values.
        let in_text = self.text_people.values().map(|s| s.len()).max().unwrap_or(0);
        self.records = self.records.saturating_add(u32::try_from(in_text).unwrap_or(u32::MAX));
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

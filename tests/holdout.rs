//! Holdout measurement: data written independently of the tuning corpus.
//!
//! * CLEAN: ordinary business text with no personal data of private people.
//!   Every finding there is a false positive and is printed as such.
//! * GREY: company signatures, company addresses, company bank accounts,
//!   role mail addresses, invoice registration numbers. Reported only.
//! * POSITIVE: texts and files with personal / sensitive data in styles
//!   unlike typical test data, each with expected (kind, line-or-cell) labels.
//!
//! * PROBES: one-line minimal pairs that isolate the cause of each miss or
//!   false positive seen above.
//!
//! The clean and grey texts are files in `tests/data/holdout/{clean,grey}/`,
//! the probes `tests/data/holdout/probes.tsv`; the tables and the positive
//! cases, which are built with labels, are in `tests/holdout/`.
//!
//! This is a measurement, not a gate: the test asserts only that it ran.
//! The report goes to stdout (`-- --nocapture`) and to `target/holdout.md`.

mod support;

#[path = "holdout/clean_tables.rs"]
mod clean_tables;
#[path = "holdout/positive_files.rs"]
mod positive_files;
#[path = "holdout/positive_texts.rs"]
mod positive_texts;

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;

use presend::{scan_bytes, scan_text, FileReport, Finding, ScanOptions};
use support::files::{self, Cell, Sheet};

// ---------------------------------------------------------------------------
// Framework
// ---------------------------------------------------------------------------

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
enum Key {
    Line(u32),
    Cell(u32, u32),
}

impl Key {
    fn show(self) -> String {
        match self {
            Key::Line(n) => format!("line {n}"),
            Key::Cell(r, c) => format!("{}{}", presend::column_letters(c), r),
        }
    }
}

enum Input {
    Text(String),
    Bytes(Vec<u8>),
}

/// What a person would look at to see a location.
enum View {
    Lines(Vec<String>),
    Grid(Vec<Vec<String>>),
}

impl View {
    fn at(&self, key: Key) -> String {
        match (self, key) {
            (View::Lines(lines), Key::Line(n)) => lines.get(n as usize - 1).cloned().unwrap_or_default(),
            (View::Grid(rows), Key::Cell(r, c)) => {
                rows.get(r as usize - 1).and_then(|row| row.get(c as usize - 1)).cloned().unwrap_or_default()
            }
            (View::Grid(rows), Key::Line(n)) => rows.get(n as usize - 1).map(|r| r.join(" | ")).unwrap_or_default(),
            (View::Lines(lines), Key::Cell(r, _)) => lines.get(r as usize - 1).cloned().unwrap_or_default(),
        }
    }
}

/// One expected finding. `kinds` holds the acceptable kinds (first one is the
/// kind it is counted under); `*` accepts any kind. Optional labels are
/// neither required nor counted against precision.
#[derive(Clone, Debug)]
struct Label {
    kinds: Vec<String>,
    key: Key,
    optional: bool,
}

impl Label {
    fn parse(spec: &str, key: Key) -> Label {
        let (optional, spec) = match spec.strip_prefix('?') {
            Some(rest) => (true, rest),
            None => (false, spec),
        };
        Label { kinds: spec.split('|').map(str::to_owned).collect(), key, optional }
    }
    fn accepts(&self, kind: &str) -> bool {
        self.kinds.iter().any(|k| k == "*" || k == kind)
    }
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Group {
    Clean,
    Grey,
    Positive,
}

struct Case {
    group: Group,
    name: String,
    input: Input,
    view: View,
    labels: Vec<Label>,
}

fn lines_of(text: &str) -> Vec<String> {
    text.lines().map(str::to_owned).collect()
}

/// Resolves a needle (`"@3"` = line 3, otherwise the first line containing it).
fn line_key(lines: &[String], name: &str, needle: &str) -> Key {
    if let Some(n) = needle.strip_prefix('@') {
        return Key::Line(n.parse().expect("line number"));
    }
    let idx = lines
        .iter()
        .position(|l| l.contains(needle))
        .unwrap_or_else(|| panic!("{name}: label needle {needle:?} not found"));
    Key::Line(idx as u32 + 1)
}

fn text_case(group: Group, name: &str, text: &str, labels: &[(&str, &str)]) -> Case {
    let lines = lines_of(text);
    let labels = labels.iter().map(|(k, n)| Label::parse(k, line_key(&lines, name, n))).collect();
    Case { group, name: name.to_owned(), input: Input::Text(text.to_owned()), view: View::Lines(lines), labels }
}

/// A document given as paragraphs (docx, pptx): lines are paragraphs.
fn para_case(name: &str, bytes: Vec<u8>, paras: &[&str], labels: &[(&str, &str)]) -> Case {
    let lines: Vec<String> = paras.iter().map(|p| p.replace('\t', " | ")).collect();
    let labels = labels.iter().map(|(k, n)| Label::parse(k, line_key(&lines, name, n))).collect();
    Case { group: Group::Positive, name: name.to_owned(), input: Input::Bytes(bytes), view: View::Lines(lines), labels }
}

/// Labels for a table: (kinds, 1-based row, 1-based column).
type CellLabel = (&'static str, u32, u32);

/// The same label down a column for rows `from..=to`.
fn column(kinds: &'static str, col: u32, from: u32, to: u32) -> Vec<CellLabel> {
    (from..=to).map(|r| (kinds, r, col)).collect()
}

fn grid_case(group: Group, name: &str, bytes: Vec<u8>, grid: Vec<Vec<String>>, labels: Vec<CellLabel>) -> Case {
    let labels = labels.into_iter().map(|(k, r, c)| Label::parse(k, Key::Cell(r, c))).collect();
    Case { group, name: name.to_owned(), input: Input::Bytes(bytes), view: View::Grid(grid), labels }
}

fn rows(rows: &[&[&str]]) -> Vec<Vec<String>> {
    rows.iter().map(|r| r.iter().map(|s| s.to_string()).collect()).collect()
}

fn csv_bytes(grid: &[Vec<String>], delim: char, encoding: &str) -> Vec<u8> {
    let text = files::csv(grid, delim);
    match encoding {
        "sjis" => files::shift_jis(&text),
        "bom" => files::utf8_bom(&text),
        _ => text.into_bytes(),
    }
}

fn cell_text(c: &Cell) -> String {
    match c {
        Cell::Text(s) => s.clone(),
        Cell::Number(n) => {
            if n.fract() == 0.0 {
                format!("{}", *n as i64)
            } else {
                format!("{n}")
            }
        }
        Cell::Date(y, m, d) => format!("{y}/{m:02}/{d:02} (date cell)"),
        Cell::Empty => String::new(),
    }
}

/// An xlsx of one sheet starting at A1 (empty rows allowed), with its grid view.
fn xlsx_case(group: Group, name: &str, sheet: &str, cells: Vec<Vec<Cell>>, labels: Vec<CellLabel>) -> Case {
    let grid = cells.iter().map(|r| r.iter().map(cell_text).collect()).collect();
    let bytes = files::xlsx(&[Sheet::new(sheet, cells)]);
    grid_case(group, name, bytes, grid, labels)
}

fn t(s: &str) -> Cell {
    Cell::from(s)
}

fn key_of(f: &Finding) -> Key {
    match (f.location.line, f.location.row, f.location.column) {
        (Some(n), _, _) => Key::Line(n),
        (None, Some(r), Some(c)) => Key::Cell(r, c),
        (None, Some(r), None) => Key::Line(r),
        _ => Key::Line(0),
    }
}

fn where_of(f: &Finding) -> String {
    let mut s = String::new();
    if let Some(e) = &f.location.entry {
        let _ = write!(s, "{e} ");
    }
    if let Some(sh) = &f.location.sheet {
        let _ = write!(s, "[{sh}] ");
    }
    s.push_str(&key_of(f).show());
    s
}

fn scan(case: &Case) -> FileReport {
    let opts = ScanOptions::default();
    match &case.input {
        Input::Text(text) => scan_text(&case.name, text, &opts),
        Input::Bytes(bytes) => scan_bytes(&case.name, bytes, &opts),
    }
}

fn evidence(f: &Finding) -> String {
    f.evidence
        .iter()
        .map(|e| match e {
            presend::Evidence::Header(h) => format!("header:{h}"),
            presend::Evidence::Keyword(k) => format!("kw:{k}"),
            presend::Evidence::CheckDigit => "check".into(),
            presend::Evidence::Format => "format".into(),
            presend::Evidence::Dictionary(d) => format!("dict:{d}"),
            presend::Evidence::Label(l) => format!("label:{l}"),
            presend::Evidence::ColumnValues => "column".into(),
        })
        .collect::<Vec<_>>()
        .join(",")
}

fn clip(s: &str, n: usize) -> String {
    let s = s.replace('|', "¦");
    if s.chars().count() > n {
        format!("{}…", s.chars().take(n).collect::<String>())
    } else {
        s
    }
}

fn data_dir() -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/holdout")
}

/// The texts of one set, one file each, in name order (the file name is the case's name).
fn texts(set: &str) -> Vec<(String, String)> {
    let dir = data_dir().join(set);
    let entries = std::fs::read_dir(&dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display()));
    let mut out: Vec<(String, String)> = entries
        .map(|entry| {
            let path = entry.expect("a directory entry").path();
            let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            (path.file_name().expect("a file name").to_string_lossy().into_owned(), text)
        })
        .collect();
    out.sort();
    out
}

// ---------------------------------------------------------------------------
// CLEAN set: no personal data of private individuals.
// ---------------------------------------------------------------------------

/// The clean texts (`tests/data/holdout/clean/`: meeting notices, quotations,
/// invoices, manuals… with numbers that look like identifiers), one file each.
fn clean_texts() -> Vec<(String, String)> {
    texts("clean")
}

// ---------------------------------------------------------------------------
// GREY set: company contact data. Reported, not scored.
// ---------------------------------------------------------------------------

/// Company contact data (`tests/data/holdout/grey/`: signatures, letterheads).
fn grey_texts() -> Vec<(String, String)> {
    texts("grey")
}

// ---------------------------------------------------------------------------
// POSITIVE set
// ---------------------------------------------------------------------------

// ---------------------------------------------------------------------------
// Minimal pairs: one-line probes that isolate the cause of a miss or a false
// positive. `expect` lists the kinds that should be found ("" = nothing).
// ---------------------------------------------------------------------------

/// The probes (`tests/data/holdout/probes.tsv`): text, then the kinds that
/// should be found, comma-separated ("" = nothing); `\n` and `\t` in a text
/// are a line break and a tab.
fn probes() -> Vec<(String, String)> {
    let path = data_dir().join("probes.tsv");
    let tsv = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    tsv.lines()
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(|l| {
            let (text, expect) = l.split_once('\t').unwrap_or_else(|| panic!("probes.tsv: no tab in {l:?}"));
            (text.replace("\\n", "\n").replace("\\t", "\t"), expect.to_owned())
        })
        .collect()
}

fn probe_section(md: &mut String) {
    let opts = ScanOptions::default();
    let _ = writeln!(md, "\n## Minimal pairs (one-line probes)\n");
    let _ = writeln!(md, "| verdict | probe | expected | found |\n|---|---|---|---|");
    let (mut ok, mut bad) = (0, 0);
    for (text, expect) in probes() {
        let report = scan_text("probe.txt", &text, &opts);
        let found: BTreeSet<&str> = report.findings.iter().map(|f| f.kind.id()).collect();
        let want: BTreeSet<&str> = expect.split(',').filter(|k| !k.is_empty()).collect();
        let verdict = if found == want {
            ok += 1;
            "ok"
        } else if want.is_empty() {
            bad += 1;
            "FALSE POSITIVE"
        } else if want.is_subset(&found) {
            bad += 1;
            "extra"
        } else {
            bad += 1;
            "MISS"
        };
        let shown: Vec<String> = report.findings.iter().map(|f| format!("{}:`{}`", f.kind.id(), f.masked)).collect();
        let _ = writeln!(
            md,
            "| {verdict} | {} | {} | {} |",
            clip(&text.replace('\n', "⏎").replace('\t', "⇥"), 70),
            if expect.is_empty() { "(nothing)" } else { &expect },
            if shown.is_empty() { "-".to_owned() } else { shown.join(" ") }
        );
    }
    let _ = writeln!(md, "\n{ok} probes as expected, {bad} not.");
}

// ---------------------------------------------------------------------------
// Scoring and report
// ---------------------------------------------------------------------------

#[derive(Default, Clone, Copy)]
struct Tally {
    expected: u32,
    hit: u32,
    found: u32,
    found_true: u32,
}

#[test]
fn holdout_measurement() {
    let mut cases: Vec<Case> = Vec::new();
    for (name, text) in clean_texts() {
        cases.push(text_case(Group::Clean, &name, &text, &[]));
    }
    cases.extend(clean_tables::clean_tables());
    for (name, text) in grey_texts() {
        cases.push(text_case(Group::Grey, &name, &text, &[]));
    }
    cases.extend(positive_texts::positive_texts());
    cases.extend(positive_files::positive_files());

    let mut md = String::new();
    let n_clean = cases.iter().filter(|c| c.group == Group::Clean).count();
    let n_grey = cases.iter().filter(|c| c.group == Group::Grey).count();
    let n_pos = cases.iter().filter(|c| c.group == Group::Positive).count();
    let _ = writeln!(md, "# presend holdout measurement\n");
    let head = std::process::Command::new("git")
        .args(["-C", env!("CARGO_MANIFEST_DIR"), "describe", "--always", "--dirty"])
        .output()
        .ok()
        .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_owned())
        .unwrap_or_default();
    let _ = writeln!(md, "Source: `{head}`.\n");
    let _ = writeln!(md, "Clean cases: {n_clean}; grey (company contact) cases: {n_grey}; positive cases: {n_pos}.\n");

    let mut tallies: BTreeMap<String, Tally> = BTreeMap::new();
    let mut misses: Vec<String> = Vec::new();
    let mut extras: Vec<String> = Vec::new();
    let mut clean_fp: Vec<String> = Vec::new();
    let mut clean_fp_kinds: BTreeMap<String, u32> = BTreeMap::new();
    let mut clean_files_flagged = 0;
    let mut grey_lines: Vec<String> = Vec::new();
    let mut per_case: Vec<String> = Vec::new();
    let mut silent_positive: Vec<String> = Vec::new();
    let mut problems: Vec<String> = Vec::new();

    let mut slow: Vec<String> = Vec::new();
    // The first scan pays for building the engine; time it on its own.
    let started = std::time::Instant::now();
    let _ = scan_text("warmup.txt", "warm-up", &ScanOptions::default());
    let warmup_ms = started.elapsed().as_millis();
    let _ = writeln!(
        md,
        "Engine warm-up (first scan): {warmup_ms} ms ({} build).\n",
        if cfg!(debug_assertions) { "debug" } else { "release" }
    );
    for case in &cases {
        let started = std::time::Instant::now();
        let report = scan(case);
        let ms = started.elapsed().as_millis();
        if ms > 250 {
            slow.push(format!(
                "- {}: {} ms ({} bytes, {} findings)",
                case.name,
                ms,
                report.bytes,
                report.findings.len()
            ));
        }
        for p in &report.problems {
            problems.push(format!("{}: {:?} {}", case.name, p.kind, p.detail));
        }
        match case.group {
            Group::Clean => {
                if !report.findings.is_empty() {
                    clean_files_flagged += 1;
                }
                for f in &report.findings {
                    let key = key_of(f);
                    *clean_fp_kinds.entry(f.kind.id().to_owned()).or_default() += 1;
                    clean_fp.push(format!(
                        "| FALSE POSITIVE | {} | {} | {} | {:?} {:.2} | `{}` | {} | {} |",
                        case.name,
                        where_of(f),
                        f.kind.id(),
                        f.severity,
                        f.confidence,
                        f.masked,
                        evidence(f),
                        clip(&case.view.at(key), 110)
                    ));
                }
            }
            Group::Grey => {
                if report.findings.is_empty() {
                    grey_lines.push(format!("| {} | (nothing) | | | | | |", case.name));
                }
                for f in &report.findings {
                    grey_lines.push(format!(
                        "| {} | {} | {} | {:?} {:.2} | `{}` | {} | {} |",
                        case.name,
                        where_of(f),
                        f.kind.id(),
                        f.severity,
                        f.confidence,
                        f.masked,
                        evidence(f),
                        clip(&case.view.at(key_of(f)), 90)
                    ));
                }
            }
            Group::Positive => {
                // Unique (kind, key) pairs found.
                let found: BTreeSet<(String, Key)> =
                    report.findings.iter().map(|f| (f.kind.id().to_owned(), key_of(f))).collect();
                let mut hits = 0;
                let mut required = 0;
                for label in case.labels.iter().filter(|l| !l.optional) {
                    required += 1;
                    let primary = label.kinds[0].clone();
                    let tally = tallies.entry(primary.clone()).or_default();
                    tally.expected += 1;
                    if found.iter().any(|(k, key)| *key == label.key && label.accepts(k)) {
                        tally.hit += 1;
                        hits += 1;
                    } else {
                        let here: Vec<String> =
                            found.iter().filter(|(_, key)| *key == label.key).map(|(k, _)| k.clone()).collect();
                        misses.push(format!(
                            "| {} | {} | {} | {} | {} |",
                            case.name,
                            label.key.show(),
                            label.kinds.join("/"),
                            if here.is_empty() { "-".to_owned() } else { here.join(",") },
                            clip(&case.view.at(label.key), 100)
                        ));
                    }
                }
                for (kind, key) in &found {
                    let matching: Vec<&Label> =
                        case.labels.iter().filter(|l| l.key == *key && l.accepts(kind)).collect();
                    if matching.iter().any(|l| !l.optional) {
                        let tally = tallies.entry(kind.clone()).or_default();
                        tally.found += 1;
                        tally.found_true += 1;
                    } else if matching.is_empty() {
                        let tally = tallies.entry(kind.clone()).or_default();
                        tally.found += 1;
                        let f = report.findings.iter().find(|f| f.kind.id() == kind && key_of(f) == *key).unwrap();
                        extras.push(format!(
                            "| {} | {} | {} | `{}` {:.2} | {} | {} |",
                            case.name,
                            key.show(),
                            kind,
                            f.masked,
                            f.confidence,
                            evidence(f),
                            clip(&case.view.at(*key), 100)
                        ));
                    }
                }
                if report.findings.is_empty() {
                    silent_positive.push(case.name.clone());
                }
                per_case.push(format!(
                    "| {} | {}/{} | {} | {} |",
                    case.name,
                    hits,
                    required,
                    report.findings.len(),
                    report.records
                ));
            }
        }
    }

    // Per-kind table.
    let _ = writeln!(md, "## Positive set: per-kind recall and precision\n");
    let _ = writeln!(md, "Recall = required labels hit / required labels (a label is hit by a finding of an accepted kind at the same line or cell).");
    let _ = writeln!(md, "Precision = unique (kind, location) findings matching a required label / findings not matching any label (optional labels excluded).\n");
    let _ = writeln!(md, "| kind | expected | hit | recall | found | true | precision |");
    let _ = writeln!(md, "|---|---:|---:|---:|---:|---:|---:|");
    let mut total = Tally::default();
    for (kind, t) in &tallies {
        let recall =
            if t.expected > 0 { format!("{:.0}%", 100.0 * t.hit as f64 / t.expected as f64) } else { "-".into() };
        let precision =
            if t.found > 0 { format!("{:.0}%", 100.0 * t.found_true as f64 / t.found as f64) } else { "-".into() };
        let _ = writeln!(
            md,
            "| {kind} | {} | {} | {recall} | {} | {} | {precision} |",
            t.expected, t.hit, t.found, t.found_true
        );
        total.expected += t.expected;
        total.hit += t.hit;
        total.found += t.found;
        total.found_true += t.found_true;
    }
    let _ = writeln!(
        md,
        "| **all** | {} | {} | {:.0}% | {} | {} | {:.0}% |\n",
        total.expected,
        total.hit,
        100.0 * total.hit as f64 / total.expected.max(1) as f64,
        total.found,
        total.found_true,
        100.0 * total.found_true as f64 / total.found.max(1) as f64
    );

    let _ = writeln!(
        md,
        "Positive files with no finding at all (would pass silently): {} of {}: {}\n",
        silent_positive.len(),
        n_pos,
        silent_positive.join(", ")
    );
    let _ = writeln!(md, "## Positive set: misses ({})\n", misses.len());
    let _ = writeln!(md, "| case | where | expected | found there instead | text |\n|---|---|---|---|---|");
    for m in &misses {
        let _ = writeln!(md, "{m}");
    }
    let _ = writeln!(md, "\n## Positive set: unlabelled findings ({})\n", extras.len());
    let _ = writeln!(md, "| case | where | kind | masked, conf | evidence | text |\n|---|---|---|---|---|---|");
    for e in &extras {
        let _ = writeln!(md, "{e}");
    }
    let _ = writeln!(
        md,
        "\n## Positive set: per case\n\n| case | required hit | findings | records |\n|---|---|---:|---:|"
    );
    for c in &per_case {
        let _ = writeln!(md, "{c}");
    }

    let _ = writeln!(
        md,
        "\n## Clean set: every finding is a FALSE POSITIVE ({} findings in {} of {} files)\n",
        clean_fp.len(),
        clean_files_flagged,
        n_clean
    );
    let by_kind: Vec<String> = clean_fp_kinds.iter().map(|(k, n)| format!("{k}: {n}")).collect();
    let _ = writeln!(md, "By kind: {}\n", if by_kind.is_empty() { "none".to_owned() } else { by_kind.join(", ") });
    let _ = writeln!(md, "| verdict | file | where | kind | severity, conf | masked | evidence | line / cell text |\n|---|---|---|---|---|---|---|---|");
    for l in &clean_fp {
        let _ = writeln!(md, "{l}");
    }

    let _ = writeln!(md, "\n## Grey set: company signatures, addresses, accounts (reported only)\n");
    let _ = writeln!(
        md,
        "| file | where | kind | severity, conf | masked | evidence | text |\n|---|---|---|---|---|---|---|"
    );
    for l in &grey_lines {
        let _ = writeln!(md, "{l}");
    }
    probe_section(&mut md);
    if !slow.is_empty() {
        let _ = writeln!(md, "\n## Slow scans (> 250 ms; debug build unless run with --release)\n");
        for l in &slow {
            let _ = writeln!(md, "{l}");
        }
    }
    if !problems.is_empty() {
        let _ = writeln!(md, "\n## Problems reported by the scanner\n");
        for p in &problems {
            let _ = writeln!(md, "- {p}");
        }
    }

    println!("{md}");
    let out = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("target").join("holdout.md");
    std::fs::create_dir_all(out.parent().unwrap()).ok();
    std::fs::write(&out, &md).expect("write target/holdout.md");
    println!("report written to {}", out.display());
    assert!(n_clean >= 60 && n_pos >= 60, "holdout ran: {n_clean} clean, {n_pos} positive");
}

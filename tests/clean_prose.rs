//! False alarms on real Japanese prose that names no private person: the
//! Japanese manual pages (Debian's manpages-ja, roff stripped to text) and
//! the Debian Reference (debian-reference-ja, HTML). Technical writing full
//! of two-kanji words, numbers, versions, URLs, sample addresses and log
//! lines — what issue 22's "real office documents" also hold around the
//! personal data. Every finding here is a false alarm, so the test reports
//! findings per MB per kind to `target/clean-prose.md`, prints the worst 20
//! with their line (all of them to `target/clean-prose-details.tsv`), and
//! fails above [`MAX_PER_MB`].
//!
//! What is left out of the rate, because it is real personal data and a
//! finding there is right:
//! * the AUTHOR / 著者 / 作者 / 翻訳者 / 著作権 / バグ報告 sections of the man
//!   pages: authors, translators and maintainers with their addresses.
//!   `setup-prose.sh` splits them out; they are scanned and counted apart.
//! * in the body, e-mail addresses at real domains (`jdoe@cs.tu-berlin.de` in
//!   a HISTORY or NOTES section is its author's), and names on the same line
//!   as an address (`武井 伸光 <takei@…>`). Counted apart as "real people in
//!   the body".
//!
//! Everything else is a false alarm: names that are words, example addresses
//! (`foo@example.org`: they name no one), passwords that are format
//! descriptions, phone-shaped fields of a log.
//!
//! The text comes from `scripts/setup-prose.sh` (apt-get download, dpkg-deb),
//! run here when `target/prose/ready` is missing. If it cannot get the
//! packages the test fails and says so: a silent pass would measure nothing.
//! gimp-help-ja, libreoffice-help-ja and the stockmarkteam NER data set are
//! not used: they are kept for an independent measurement.
//!
//! `cargo test --test clean_prose -- --nocapture`.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::Command;

use presend::{scan_bytes, Finding, ScanOptions};

/// False alarms per MB allowed in the body text. Before issue 22's fixes
/// this text gave 12.5/MB (142 in 11.36 MB: 受信者 read as 信者, 記号 as a
/// health-insurance keyword, manual placeholders and mailing lists as
/// addresses, `名前 (環境変数 …)` as a name, password format descriptions);
/// after them 0.79/MB, the example.org addresses and three Latin names.
const MAX_PER_MB: f64 = 1.0;
/// How many of the most confident false alarms to print.
const SHOW: usize = 20;

fn prose_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("target/prose")
}

/// Runs the setup script when the text is not there yet; fails loudly when
/// it cannot be had, never passes on an empty corpus.
fn ensure_prose() -> PathBuf {
    let dir = prose_dir();
    if dir.join("ready").exists() {
        return dir;
    }
    eprintln!("clean_prose: target/prose is missing, running scripts/setup-prose.sh");
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("scripts/setup-prose.sh");
    let status = Command::new("sh").arg(&script).status();
    match status {
        Ok(s) if s.success() && dir.join("ready").exists() => dir,
        Ok(s) => panic!(
            "clean_prose: scripts/setup-prose.sh failed ({s}); it needs apt-get with Debian's \
             registry, dpkg-deb and perl. No clean prose, no measurement."
        ),
        Err(e) => panic!("clean_prose: cannot run scripts/setup-prose.sh: {e}"),
    }
}

fn files(dir: &Path, ext: &str, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            files(&path, ext, out);
        } else if path.to_string_lossy().ends_with(ext) {
            out.push(path);
        }
    }
    out.sort();
}

/// Bytes of text in an HTML page (tags dropped), so that markup does not
/// dilute the rate.
fn html_text_bytes(html: &str) -> usize {
    let mut n = 0;
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' => in_tag = false,
            _ if !in_tag => n += c.len_utf8(),
            _ => {}
        }
    }
    n
}

/// Domains reserved for documentation (RFC 2606, RFC 6761): an address there
/// names no one.
fn example_domain(domain: &str) -> bool {
    let d = domain.to_ascii_lowercase();
    ["example.com", "example.net", "example.org"].iter().any(|e| d == *e || d.ends_with(&format!(".{e}")))
        || [".example", ".invalid", ".test", ".localhost"].iter().any(|t| d.ends_with(t))
}

/// Whether an address reaches a list, a role or a manual's placeholder
/// (`bug-bash@gnu.org`, `debian-user@lists.debian.org`, `user@host.dom`):
/// labelled here independently of the detector, which may or may not report
/// them, so that the rate before and after a change is measured alike.
fn role_or_placeholder(local: &str, domain: &str) -> bool {
    let d = domain.to_ascii_lowercase();
    let tld = d.rsplit('.').next().unwrap_or("");
    let local = local.to_ascii_lowercase();
    ["dom", "domain", "ext", "tld", "where", "ever", "address", "machine", "account"].contains(&tld)
        || d.starts_with("lists.")
        || d.starts_with("bugs.")
        || ["bug-", "bugs", "debian-", "owner-"].iter().any(|p| local.starts_with(p))
        || ["-bugs", "-request", "-users", "-devel", "-announce"].iter().any(|p| local.ends_with(p))
        || ["info", "support", "root", "postmaster", "webmaster", "submit"].contains(&local.as_str())
}

/// Whether a finding in the body is real personal data (see the module
/// comment): an address at a real domain, or a name on a line with one.
fn real_person(f: &Finding, line: Option<&str>) -> bool {
    let value = f.raw.as_deref().unwrap_or(&f.masked);
    match f.kind.id() {
        "email" => value
            .rsplit_once('@')
            .is_some_and(|(local, domain)| !example_domain(domain) && !role_or_placeholder(local, domain)),
        "person_name" => line.is_some_and(|l| l.contains('@')),
        _ => false,
    }
}

#[derive(Default)]
struct Corpus {
    bytes: usize,
    files: usize,
    per_kind: BTreeMap<&'static str, usize>,
    /// Whether to count real people's data apart (the body text).
    split_real: bool,
    /// Real personal data found in the body, per kind (not false alarms).
    real: BTreeMap<&'static str, usize>,
    /// (file, finding, the line it is on when the file is plain text).
    findings: Vec<(String, Finding, Option<String>)>,
}

impl Corpus {
    fn scan(&mut self, root: &Path, path: &Path, options: &ScanOptions) {
        let Ok(bytes) = std::fs::read(path) else { panic!("clean_prose: cannot read {}", path.display()) };
        let text = String::from_utf8_lossy(&bytes);
        let name = path.strip_prefix(root).unwrap_or(path).display().to_string();
        let html = name.ends_with(".html");
        self.bytes += if html { html_text_bytes(&text) } else { bytes.len() };
        self.files += 1;
        let report = scan_bytes(&name, &bytes, options);
        for f in report.findings {
            let line = match (html, f.location.line) {
                (false, Some(n)) => text.lines().nth(n as usize - 1).map(str::to_owned),
                _ => None,
            };
            if self.split_real && real_person(&f, line.as_deref()) {
                *self.real.entry(f.kind.id()).or_default() += 1;
                continue;
            }
            *self.per_kind.entry(f.kind.id()).or_default() += 1;
            self.findings.push((name.clone(), f, line));
        }
    }

    fn total(&self) -> usize {
        self.per_kind.values().sum()
    }

    fn mb(&self) -> f64 {
        self.bytes as f64 / 1e6
    }

    fn rate(&self) -> f64 {
        self.total() as f64 / self.mb().max(1e-9)
    }
}

fn table(md: &mut String, title: &str, c: &Corpus) {
    let _ =
        writeln!(md, "\n## {title}: {} files, {:.2} MB, {} findings, {:.2}/MB\n", c.files, c.mb(), c.total(), c.rate());
    let _ = writeln!(md, "| kind | findings | per MB |\n|---|---:|---:|");
    for (kind, n) in &c.per_kind {
        let _ = writeln!(md, "| {kind} | {n} | {:.2} |", *n as f64 / c.mb());
    }
}

fn shorten(line: &str) -> String {
    let t: String = line.trim().chars().take(90).collect();
    t.replace('|', "\\|")
}

#[test]
fn clean_prose_false_alarms() {
    let dir = ensure_prose();
    // Raw values for the labelling only; the report prints masked ones.
    let options = ScanOptions { include_raw: true, ..ScanOptions::default() };
    let mut body = Corpus { split_real: true, ..Corpus::default() };
    let mut credits = Corpus::default();
    let mut man = Vec::new();
    files(&dir.join("man"), ".txt", &mut man);
    let mut html = Vec::new();
    files(&dir.join("html"), ".html", &mut html);
    let mut credit_pages = Vec::new();
    files(&dir.join("man-credits"), ".txt", &mut credit_pages);
    assert!(
        man.len() > 500 && !html.is_empty(),
        "clean_prose: target/prose holds {} man pages and {} HTML chapters; delete target/prose and rerun \
         scripts/setup-prose.sh",
        man.len(),
        html.len()
    );
    for path in man.iter().chain(&html) {
        body.scan(&dir, path, &options);
    }
    for path in &credit_pages {
        credits.scan(&dir, path, &options);
    }
    assert!(body.mb() > 5.0, "clean_prose: only {:.2} MB of text: the setup went wrong", body.mb());

    let mut md = String::from(
        "# False alarms on clean Japanese prose\n\nmanpages-ja and debian-reference-ja; see tests/clean_prose.rs.\n",
    );
    table(&mut md, "Body text (every finding is a false alarm)", &body);
    let real: Vec<String> = body.real.iter().map(|(k, n)| format!("{k} {n}")).collect();
    let _ = writeln!(md, "\nReal people in the body (counted apart, not false alarms): {}", real.join(", "));
    table(&mut md, "Credits sections (authors, translators: real people, counted apart)", &credits);
    let mut worst: Vec<&(String, Finding, Option<String>)> = body.findings.iter().collect();
    worst.sort_by(|a, b| b.1.confidence.total_cmp(&a.1.confidence).then_with(|| a.0.cmp(&b.0)));
    let _ = writeln!(md, "\n## The {SHOW} most confident false alarms\n");
    let _ = writeln!(md, "| kind | conf | where | value | line |\n|---|---:|---|---|---|");
    for (file, f, line) in worst.iter().take(SHOW) {
        let at = f.location.line.map_or(String::new(), |n| format!(":{n}"));
        let _ = writeln!(
            md,
            "| {} | {:.2} | {file}{at} | {} | {} |",
            f.kind.id(),
            f.confidence,
            shorten(&f.masked),
            line.as_deref().map(shorten).unwrap_or_default()
        );
    }
    println!("{md}");
    let target = Path::new(env!("CARGO_MANIFEST_DIR")).join("target");
    let _ = std::fs::write(target.join("clean-prose.md"), &md);
    // Every false alarm, for whoever tunes the detectors next.
    let mut details = String::from("kind\tconfidence\twhere\tmasked\tline\n");
    for (file, f, line) in &body.findings {
        let at = f.location.line.map_or(String::new(), |n| format!(":{n}"));
        let line = line.as_deref().map(shorten).unwrap_or_default();
        let _ = writeln!(details, "{}\t{:.2}\t{file}{at}\t{}\t{line}", f.kind.id(), f.confidence, f.masked);
    }
    let _ = std::fs::write(target.join("clean-prose-details.tsv"), details);

    assert!(
        body.rate() <= MAX_PER_MB,
        "clean prose: {:.2} false alarms per MB (bar {MAX_PER_MB}); see target/clean-prose.md",
        body.rate()
    );
}

/// The learned prose-name scorer (issue 17, off the default scan): the
/// names it would add to the scan's on the same body text, per MB, to add
/// to the rate above (each is a false alarm: the credits are apart).
/// Writes them to `target/clean-prose-scorer.tsv`. Ignored: a measurement.
/// The first scorer (c98bc58's weights): 194 names added in 11.36 MB,
/// 17.07/MB (18.71/MB on the held-out half). The scorer inside the pass
/// (68cb07a's weights): none on the training half, 1 on the held-out half
/// (5.99 MB, 0.17/MB: 出口 in 「入/出口」).
#[cfg(feature = "names-scorer")]
#[test]
#[ignore = "the learned scorer's measurement"]
fn learned_scorer_false_alarms() {
    let dir = ensure_prose();
    let mut paths = Vec::new();
    files(&dir.join("man"), ".txt", &mut paths);
    files(&dir.join("html"), ".html", &mut paths);
    // The scorer trains on the files of one half (an even FNV-1a hash of
    // the path under target/prose: scripts/clean-prose-negatives.py), and
    // is measured on the other only.
    let fnv = |p: &str| p.bytes().fold(0x811C_9DC5u32, |h, b| (h ^ u32::from(b)).wrapping_mul(0x0100_0193));
    let (mut bytes, mut added) = (0usize, Vec::new());
    let (mut bytes_train, mut added_train) = (0usize, 0usize);
    for path in &paths {
        let rel = path.strip_prefix(&dir).unwrap_or(path).to_string_lossy().replace('\\', "/");
        let training = fnv(&rel) % 2 == 0;
        let Ok(raw) = std::fs::read(path) else { continue };
        let raw = String::from_utf8_lossy(&raw);
        let html = path.to_string_lossy().ends_with(".html");
        let size = if html { html_text_bytes(&raw) } else { raw.len() };
        let text: String = if html {
            let mut t = String::new();
            let mut in_tag = false;
            for c in raw.chars() {
                match c {
                    '<' => in_tag = true,
                    '>' => in_tag = false,
                    _ if !in_tag => t.push(c),
                    _ => {}
                }
            }
            t
        } else {
            raw.into_owned()
        };
        if training {
            bytes_train += size;
            added_train +=
                text.lines().map(|l| presend::detect::prose_names::scorer::scored_names(l).len()).sum::<usize>();
            continue;
        }
        bytes += size;
        for line in text.lines() {
            for (s, e) in presend::detect::prose_names::scorer::scored_names(line) {
                added.push(format!("{}\t{}\t{}", path.display(), &line[s..e], shorten(line)));
            }
        }
    }
    println!(
        "learned scorer on the training half of clean prose (an upper bound): {added_train} names added in {:.2} MB, {:.2}/MB",
        bytes_train as f64 / 1e6,
        added_train as f64 / (bytes_train as f64 / 1e6)
    );
    let mb = bytes as f64 / 1e6;
    println!(
        "learned scorer on the held-out half of clean prose: {} names added in {mb:.2} MB, {:.2}/MB",
        added.len(),
        added.len() as f64 / mb
    );
    let target = Path::new(env!("CARGO_MANIFEST_DIR")).join("target");
    let _ = std::fs::write(target.join("clean-prose-scorer.tsv"), added.join("\n"));
}

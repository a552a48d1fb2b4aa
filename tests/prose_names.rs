//! Names in running text without a cue (issue 17), through the whole scan
//! (`scan_text`): what the product reports as `person_name`, cue-based
//! finders and the dictionary finder (`src/detect/prose_names.rs`) together.
//!
//! - `tuned_sentences_give_exactly_their_names` (in `make test`, fast): the
//!   sentences of `tests/data/names/tuning.tsv` give exactly their names,
//!   and the words, places, firms and eras there give none. Tuned on.
//! - `held_aside_set` (in `make test`, reported, not gated):
//!   `tests/data/names/held-aside.tsv`, written before the finder was run
//!   on it and never tuned on; writes `target/names-eval/held-aside.md`.
//! - `held_aside_set_2` (likewise): `tests/data/names/held-aside-2.tsv`,
//!   encyclopedia-style prose, written before the finder met it.
//! - `held_aside_set_3` (likewise): `tests/data/names/held-aside-3.tsv`,
//!   office memos, minutes, incident reports, HR and case notes.
//! - `held_aside_set_4` (likewise): `tests/data/names/held-aside-4.tsv`,
//!   case notes, care and school records, minutes, news-like prose.
//! - `held_aside_set_5` (likewise): `tests/data/names/held-aside-5.tsv`,
//!   support logs, visit reports, handovers, minutes, HR and accident notes.
//! - `held_aside_set_6` (likewise): `tests/data/names/held-aside-6.tsv`,
//!   encyclopedia sentences with katakana foreign names, sports and arts,
//!   minutes with attendee lists, case notes, given names in family prose.
//! - `held_aside_set_7` (likewise): `tests/data/names/held-aside-7.tsv`,
//!   case notes, incident write-ups, minutes, HR and school records, news,
//!   mail bodies, family prose and biographies.
//! - `held_aside_set_8` (likewise): `tests/data/names/held-aside-8.tsv`,
//!   care records, police reports, PTA minutes, sales reports, novels'
//!   dialogue, sports reports, obituaries and interviews.
//! - `held_aside_set_9` (likewise): `tests/data/names/held-aside-9.tsv`,
//!   biographies, news, case notes, minutes, HR, family prose and novels.
//! - `held_aside_set_10` (likewise): `tests/data/names/held-aside-10.tsv`,
//!   case notes, HR memos, minutes, incident reports, school letters,
//!   support logs and novels' narration.
//! - `held_aside_set_11` (likewise): `tests/data/names/held-aside-11.tsv`,
//!   case notes, HR memos, minutes, incident reports, school letters,
//!   support logs, novels' narration, news and biographies.
//! - `held_aside_sets_6_to_10` (reported, not gated): sets 6-10 together.
//! - `held_aside_sets_6_to_11` (reported, not gated): sets 6-11 together.
//! - `held_aside_sets_6_to_9` (reported, not gated): sets 6-9, never read.
//! - `hironsancorpus` (ignored: needs `python3 scripts/names-corpus.py`,
//!   which fetches the corpus from PyPI): 500 news sentences, 162 names.
//! - `learned_scorer` (ignored: a measurement; `--features names-scorer`):
//!   the learned scorer's names (off the default scan) added to the scan's,
//!   on every set above.
//!
//! A found name counts as right when it overlaps a labelled name of its
//! sentence (「中村文則」 for 「中村」 and the reverse); recall counts the
//! labelled names some finding overlaps.
//!
//! `cargo test --release --test prose_names -- --include-ignored --nocapture`.

use std::fmt::Write as _;
use std::path::Path;

use presend::{scan_text, Evidence, Kind, ScanOptions};

struct Sentence {
    text: String,
    names: Vec<String>,
}

fn read(path: &Path) -> Vec<Sentence> {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    text.lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(|l| {
            let (text, names) = l.split_once('\t').unwrap_or((l, ""));
            Sentence {
                text: text.to_owned(),
                names: names.split('|').filter(|n| !n.is_empty()).map(str::to_owned).collect(),
            }
        })
        .collect()
}

fn data(name: &str) -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/names").join(name)
}

/// The person names the scan reports in `text`, as found.
fn found(text: &str) -> Vec<String> {
    found_by(text).into_iter().map(|(name, _)| name).collect()
}

/// The same, each with whether the dictionary finder of issue 17 found it
/// (its evidence reads `姓+名 / full name` and the like; the cue-based
/// finders name a surname or a label), so its share can be told apart.
fn found_by(text: &str) -> Vec<(String, bool)> {
    let options = ScanOptions { include_raw: true, ..ScanOptions::default() };
    // The rules alone: the learned scorer (cargo feature `names-scorer`)
    // is measured apart, by `learned_scorer`.
    #[cfg(feature = "names-scorer")]
    let report = presend::detect::prose_names::scorer::without(|| scan_text("t.txt", text, &options));
    #[cfg(not(feature = "names-scorer"))]
    let report = scan_text("t.txt", text, &options);
    report
        .findings
        .iter()
        .filter(|f| f.kind == Kind::PersonName)
        .filter_map(|f| {
            let prose = f.evidence.iter().any(|e| matches!(e, Evidence::Dictionary(d) if d.contains(" / ")));
            Some((f.raw.clone()?, prose))
        })
        .collect()
}

fn overlaps(a: &str, b: &str) -> bool {
    a.contains(b) || b.contains(a)
}

#[derive(Default)]
struct Score {
    sentences: usize,
    labels: usize,
    found: usize,
    right: usize,
    /// Of `found` and `right`, those of the dictionary finder alone.
    finder_found: usize,
    finder_right: usize,
    /// Labelled names the cue-based finders alone recall (what main had).
    recalled_without_finder: usize,
    recalled: usize,
    wrong: Vec<String>,
    missed: Vec<String>,
}

impl Score {
    fn add(&mut self, s: &Sentence) {
        self.add_found(s, found_by(&s.text));
    }

    #[cfg(feature = "names-scorer")]
    /// The same with the learned scorer's names added to the scan's
    /// (`prose_names::scorer`, off the default scan), counted as the
    /// finder's.
    fn add_scored(&mut self, s: &Sentence) {
        let mut got_by = found_by(&s.text);
        for (start, end) in presend::detect::prose_names::scorer::scored_names(&s.text) {
            let name = &s.text[start..end];
            if !got_by.iter().any(|(g, _)| overlaps(g, name)) {
                got_by.push((name.to_owned(), true));
            }
        }
        self.add_found(s, got_by);
    }

    fn add_found(&mut self, s: &Sentence, got_by: Vec<(String, bool)>) {
        let got: Vec<String> = got_by.iter().map(|(g, _)| g.clone()).collect();
        self.sentences += 1;
        self.labels += s.names.len();
        self.found += got.len();
        for (g, by_finder) in &got_by {
            self.finder_found += usize::from(*by_finder);
            if s.names.iter().any(|n| overlaps(g, n)) {
                self.right += 1;
                self.finder_right += usize::from(*by_finder);
            } else {
                self.wrong.push(format!("{g}\t{}", s.text));
            }
        }
        for n in &s.names {
            if got_by.iter().any(|(g, by_finder)| !by_finder && overlaps(g, n)) {
                self.recalled_without_finder += 1;
            }
            if got.iter().any(|g| overlaps(g, n)) {
                self.recalled += 1;
            } else {
                self.missed.push(format!("{n}\t{}", s.text));
            }
        }
    }

    fn precision(&self) -> f64 {
        if self.found == 0 {
            1.0
        } else {
            self.right as f64 / self.found as f64
        }
    }

    fn recall(&self) -> f64 {
        if self.labels == 0 {
            1.0
        } else {
            self.recalled as f64 / self.labels as f64
        }
    }

    /// Writes the figures and every miss and false alarm to
    /// `target/names-eval/<name>.md`, and prints the figures.
    fn report(&self, name: &str) {
        let line = format!(
            "{name}: {} sentences, {} names; found {} ({} right, {} wrong), recalled {}: precision {:.3}, recall {:.3}; \
             of the found, the dictionary finder's {} ({} right); without it {} found, {} recalled",
            self.sentences,
            self.labels,
            self.found,
            self.right,
            self.wrong.len(),
            self.recalled,
            self.precision(),
            self.recall(),
            self.finder_found,
            self.finder_right,
            self.found - self.finder_found,
            self.recalled_without_finder
        );
        println!("{line}");
        let mut md = format!("# {line}\n\n## False alarms\n\n");
        for w in &self.wrong {
            let _ = writeln!(md, "- {w}");
        }
        md.push_str("\n## Missed\n\n");
        for m in &self.missed {
            let _ = writeln!(md, "- {m}");
        }
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("target/names-eval");
        let _ = std::fs::create_dir_all(&dir);
        let _ = std::fs::write(dir.join(format!("{name}.md")), md);
    }
}

#[test]
fn tuned_sentences_give_exactly_their_names() {
    let mut failures = Vec::new();
    for s in read(&data("tuning.tsv")) {
        let mut got = found(&s.text);
        got.sort();
        let mut want = s.names.clone();
        want.sort();
        if got != want {
            failures.push(format!("{}: found {got:?}, expected {want:?}", s.text));
        }
    }
    assert!(failures.is_empty(), "prose names:\n{}", failures.join("\n"));
}

#[test]
fn held_aside_set() {
    let mut score = Score::default();
    for s in read(&data("held-aside.tsv")) {
        score.add(&s);
    }
    score.report("held-aside");
    assert!(score.sentences >= 100, "the held-aside set is read whole");
}

/// `tests/data/names/held-aside-2.tsv`: encyclopedia-style prose (biography,
/// history, sports, culture; kanji, kana and katakana names, surnames alone,
/// places, firms, eras and facilities), written before the finder met it and
/// never tuned on; writes `target/names-eval/held-aside-2.md`.
#[test]
fn held_aside_set_2() {
    let mut score = Score::default();
    for s in read(&data("held-aside-2.tsv")) {
        score.add(&s);
    }
    score.report("held-aside-2");
    assert!(score.sentences >= 200, "the held-aside set is read whole");
    // First run, before any change: precision .943, recall .566. Gated a
    // margin below, so a change that breaks the finder fails here.
    assert!(score.precision() >= 0.85 && score.recall() >= 0.50, "held-aside-2 fell below its first run");
}

/// `tests/data/names/held-aside-3.tsv`: office memos, minutes, incident
/// reports, HR and case notes naming people without honorifics (one-kanji
/// surnames, surnames as other than the subject, ゆいちゃん, katakana names
/// after particles) and firms, places and eras that read like names;
/// committed before the finder met it and never tuned on; writes
/// `target/names-eval/held-aside-3.md`.
#[test]
fn held_aside_set_3() {
    let mut score = Score::default();
    for s in read(&data("held-aside-3.tsv")) {
        score.add(&s);
    }
    score.report("held-aside-3");
    assert!(score.sentences >= 90, "the held-aside set is read whole");
}

/// `tests/data/names/held-aside-4.tsv`: case notes, care and school
/// records, minutes, incident reports, HR notes and news-like prose (names
/// with and without honorifics, surnames alone, 健太くん, katakana and
/// foreign names) and look-alike places, firms and eras; committed with its
/// first-run figures before the finder was changed, never tuned on; writes
/// `target/names-eval/held-aside-4.md`.
#[test]
fn held_aside_set_4() {
    let mut score = Score::default();
    for s in read(&data("held-aside-4.tsv")) {
        score.add(&s);
    }
    score.report("held-aside-4");
    assert!(score.sentences >= 100, "the held-aside set is read whole");
    // First run, before any change (commit of the set): 112 sentences, 98
    // names; found 45 (44 right): precision .978, recall .449. After the
    // office-prose rules (tuned on tuning.tsv only): found 79 (78 right),
    // precision .987, recall .796. Gated a margin below the first run.
    assert!(score.precision() >= 0.9 && score.recall() >= 0.40, "held-aside-4 fell below its first run");
}

/// `tests/data/names/held-aside-5.tsv`: customer-support logs, sales visit
/// reports, nursing handovers, PTA and neighbourhood minutes, HR interview
/// notes, accident and insurance reports, local news, e-mail bodies and
/// everyday notes (one-kanji and uncommon surnames alone, katakana and
/// Chinese names, hiragana and kanji given names alone) and look-alike
/// places, firms, shops, eras and 森/林 as words; committed before the
/// finder met it, never tuned on; writes `target/names-eval/held-aside-5.md`.
#[test]
fn held_aside_set_5() {
    let mut score = Score::default();
    for s in read(&data("held-aside-5.tsv")) {
        score.add(&s);
    }
    score.report("held-aside-5");
    assert!(score.sentences >= 110, "the held-aside set is read whole");
    // First run, before any change (commit of the set): 114 sentences, 100
    // names; found 66 (66 right): precision 1.000, recall .660. After the
    // subject and child-name rules (tuned elsewhere; only this line read):
    // found 75 (75 right), recall .750. Gated a margin below the first run.
    assert!(score.precision() >= 0.9 && score.recall() >= 0.60, "held-aside-5 fell below its first run");
}

/// `tests/data/names/held-aside-6.tsv`: encyclopedia and biography
/// sentences (katakana foreign names single and joined by ・ or ＝, Japanese
/// historical people), sports and arts reporting, minutes with attendee
/// lists, case notes, HR records, given names alone in family prose, names
/// in brackets, and look-alike places, firms, eras and words; committed
/// before the finder met it; writes `target/names-eval/held-aside-6.md`.
#[test]
fn held_aside_set_6() {
    let mut score = Score::default();
    for s in read(&data("held-aside-6.tsv")) {
        score.add(&s);
    }
    score.report("held-aside-6");
    assert!(score.sentences >= 120, "the held-aside set is read whole");
    // First run, before any change (commit of the set): 130 sentences, 137
    // names; found 71 (70 right, 1 wrong): precision .986, recall .511.
    // After the list, role and katakana rules (tuned elsewhere; only this
    // line read): found 95 (93 right), precision .979, recall .679.
    // Gated a margin below the first run.
    assert!(score.precision() >= 0.9 && score.recall() >= 0.45, "held-aside-6 fell below its first run");
}

/// `tests/data/names/held-aside-7.tsv`: case notes, incident write-ups,
/// minutes with attendee lists, HR and school records, news-style reports,
/// mail bodies, family prose and biographies (full names, surnames and
/// given names alone, katakana foreign names, names in lists) and
/// look-alike places, firms, shops, eras and words; committed before the
/// finder met it; writes `target/names-eval/held-aside-7.md`.
#[test]
fn held_aside_set_7() {
    let mut score = Score::default();
    for s in read(&data("held-aside-7.tsv")) {
        score.add(&s);
    }
    score.report("held-aside-7");
    assert!(score.sentences >= 130, "the held-aside set is read whole");
    // First run, before any change (commit of the set, d6a37d8): 139
    // sentences, 125 names; found 98 (98 right), recalled 97: precision
    // 1.000, recall .776. Gated a margin below the first run.
    assert!(score.precision() >= 0.9 && score.recall() >= 0.70, "held-aside-7 fell below its first run");
}

/// `tests/data/names/held-aside-8.tsv`: care records, police and incident
/// reports, PTA minutes, sales visit reports, novels' dialogue, sports
/// reports, obituaries, interviews, HR and school notes and biographies
/// (full names, surnames and given names alone, katakana foreign names,
/// names in lists) and look-alike places, firms, teams, eras and words
/// that are also surnames; committed before the finder met it; writes
/// `target/names-eval/held-aside-8.md`. Never tuned or trained on.
#[test]
fn held_aside_set_8() {
    let mut score = Score::default();
    for s in read(&data("held-aside-8.tsv")) {
        score.add(&s);
    }
    score.report("held-aside-8");
    assert!(score.sentences >= 140, "the held-aside set is read whole");
    // First run, before any change (commit of the set, fa961ea): 147
    // sentences, 126 names; found 86 (86 right), recalled 86: precision
    // 1.000, recall .683 (the dictionary finder's 65, the cue finders' 21).
    // Gated just below the first run.
    assert!(score.precision() >= 0.95 && score.recall() >= 0.65, "held-aside-8 fell below its first run");
}

/// `tests/data/names/held-aside-9.tsv`: encyclopedia and biography
/// sentences, news, case notes, minutes, HR and school notes, mail bodies,
/// family prose and novels (names glued to the next word, split by a space,
/// hiragana given names alone, enumerations) and 39 sentences naming nobody;
/// committed before the finder met it (5fcc48d); writes
/// `target/names-eval/held-aside-9.md`.
#[test]
fn held_aside_set_9() {
    let mut score = Score::default();
    for s in read(&data("held-aside-9.tsv")) {
        score.add(&s);
    }
    score.report("held-aside-9");
    assert!(score.sentences >= 150, "the held-aside set is read whole");
    // First run, before any change (commit of the set, 5fcc48d): 151
    // sentences, 137 names; found 98 (96 right), recalled 96: precision
    // .980, recall .701 (the dictionary finder's 87, the cue finders' 11).
    // With the learned scorer (68cb07a's weights, never trained on it):
    // found 104 (102 right), .981, .745. Gated a margin below the first run.
    // After the glued, spaced, relative and mention rules (ea86118; only
    // this overall line read): found 102 (100 right), .980, .730; with the
    // feature `names-scorer` (scorer and given-name subject rule) 108 (106),
    // .981, .774.
    assert!(score.precision() >= 0.93 && score.recall() >= 0.66, "held-aside-9 fell below its first run");
}

/// `tests/data/names/held-aside-10.tsv`: case notes, HR memos, minutes,
/// incident reports, school letters, customer support logs and novels'
/// narration (given names alone, one-kanji surnames, surnames that are
/// places, honorifics) and 45 sentences naming nobody; committed before the
/// finder met it; writes `target/names-eval/held-aside-10.md`.
#[test]
fn held_aside_set_10() {
    let mut score = Score::default();
    for s in read(&data("held-aside-10.tsv")) {
        score.add(&s);
    }
    score.report("held-aside-10");
    assert!(score.sentences >= 170, "the held-aside set is read whole");
    // First run, before any change (commit of the set, 790b4fa): 175
    // sentences, 145 names; found 112 (111 right), recalled 111: precision
    // .991, recall .766 (the dictionary finder's 81, the cue finders' 31).
    // With the feature `names-scorer` (68cb07a's weights, never trained on
    // it): found 114 (113 right), .991, .779. Gated a margin below.
    assert!(score.precision() >= 0.95 && score.recall() >= 0.73, "held-aside-10 fell below its first run");
}

/// `tests/data/names/held-aside-11.tsv`: case notes, HR memos, minutes,
/// incident reports, school letters, support logs, novels' narration, news
/// and biographies, and 61 sentences naming nobody (places, firms, eras,
/// products, words that split as surname + given name); committed before
/// the finder met it; writes `target/names-eval/held-aside-11.md`.
#[test]
fn held_aside_set_11() {
    let mut score = Score::default();
    for s in read(&data("held-aside-11.tsv")) {
        score.add(&s);
    }
    score.report("held-aside-11");
    assert!(score.sentences >= 180, "the held-aside set is read whole");
    // First run, before any change (commit of the set, a07e794): 189
    // sentences, 149 names; found 111 (109 right), recalled 109: precision
    // .982, recall .732 (the dictionary finder's 80, 78 right; the cue
    // finders' 31). With the feature `names-scorer` (68cb07a's weights,
    // never trained on it): the rules with the given-name subject rule 117
    // (115), .983, .772; the scorer's names added 125 (123), .984, .826.
    // Gated a margin below.
    assert!(score.precision() >= 0.95 && score.recall() >= 0.70, "held-aside-11 fell below its first run");
}

/// Held-aside sets 6-9 together, the rules alone (reported, not gated):
/// the sets whose misses no session read; writes
/// `target/names-eval/held-aside-6+7+8+9.md`.
#[test]
fn held_aside_sets_6_to_9() {
    let mut score = Score::default();
    for n in ["held-aside-6", "held-aside-7", "held-aside-8", "held-aside-9"] {
        for s in read(&data(&format!("{n}.tsv"))) {
            score.add(&s);
        }
    }
    score.report("held-aside-6+7+8+9");
}

/// Held-aside sets 6-11 together, the rules alone (reported, not gated);
/// writes `target/names-eval/held-aside-6+7+8+9+10+11.md`.
#[test]
fn held_aside_sets_6_to_11() {
    let mut score = Score::default();
    for n in ["held-aside-6", "held-aside-7", "held-aside-8", "held-aside-9", "held-aside-10", "held-aside-11"] {
        for s in read(&data(&format!("{n}.tsv"))) {
            score.add(&s);
        }
    }
    score.report("held-aside-6+7+8+9+10+11");
}

/// Held-aside sets 6-10 together, the rules alone (reported, not gated);
/// writes `target/names-eval/held-aside-6+7+8+9+10.md`.
#[test]
fn held_aside_sets_6_to_10() {
    let mut score = Score::default();
    for n in ["held-aside-6", "held-aside-7", "held-aside-8", "held-aside-9", "held-aside-10"] {
        for s in read(&data(&format!("{n}.tsv"))) {
            score.add(&s);
        }
    }
    score.report("held-aside-6+7+8+9+10");
}

#[test]
#[ignore = "needs target/names-eval/hironsan.tsv: python3 scripts/names-corpus.py"]
fn hironsancorpus() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("target/names-eval/hironsan.tsv");
    assert!(path.exists(), "run python3 scripts/names-corpus.py first (fetches hironsancorpus from PyPI)");
    let mut score = Score::default();
    for s in read(&path) {
        score.add(&s);
    }
    score.report("hironsan");
}

/// The learned scorer (`src/detect/prose_names/scorer.rs`, trained by
/// `make names-scorer` on held-aside sets 1-5, tuning.tsv, template
/// sentences and the even half of the clean prose), its names added to the
/// rules': evaluated on held-aside-6, -7, -8 and hironsancorpus (never
/// trained on), and
/// reported on the sets it was trained on (an upper bound); writes
/// `target/names-eval/scorer-*.md`. Ignored: the scorer is off the default
/// scan, and this is its measurement, not a gate.
#[cfg(feature = "names-scorer")]
#[test]
#[ignore = "the learned scorer's measurement: needs python3 scripts/names-corpus.py"]
fn learned_scorer() {
    let mut sets: Vec<(&str, std::path::PathBuf)> = [
        "held-aside-6",
        "held-aside-7",
        "held-aside-8",
        "held-aside-9",
        "held-aside-10",
        "held-aside-11",
        "held-aside",
        "held-aside-2",
        "held-aside-3",
        "held-aside-4",
        "held-aside-5",
    ]
    .iter()
    .map(|n| (*n, data(&format!("{n}.tsv"))))
    .collect();
    sets.insert(3, ("hironsan", Path::new(env!("CARGO_MANIFEST_DIR")).join("target/names-eval/hironsan.tsv")));
    let mut unseen = Score::default();
    let mut unseen_9 = Score::default();
    let mut unseen_10 = Score::default();
    let mut unseen_11 = Score::default();
    for (name, path) in sets {
        let mut score = Score::default();
        for s in read(&path) {
            score.add_scored(&s);
            if ["held-aside-6", "held-aside-7", "held-aside-8"].contains(&name) {
                unseen.add_scored(&s);
            }
            if ["held-aside-6", "held-aside-7", "held-aside-8", "held-aside-9"].contains(&name) {
                unseen_9.add_scored(&s);
            }
            if ["held-aside-6", "held-aside-7", "held-aside-8", "held-aside-9", "held-aside-10"].contains(&name) {
                unseen_10.add_scored(&s);
            }
            if ["held-aside-6", "held-aside-7", "held-aside-8", "held-aside-9", "held-aside-10", "held-aside-11"]
                .contains(&name)
            {
                unseen_11.add_scored(&s);
            }
        }
        score.report(&format!("scorer-{name}"));
    }
    unseen.report("scorer-held-aside-6+7+8");
    unseen_9.report("scorer-held-aside-6+7+8+9");
    unseen_10.report("scorer-held-aside-6+7+8+9+10");
    unseen_11.report("scorer-held-aside-6+7+8+9+10+11");
    // The first scorer (c98bc58's weights, a pass of its own): held-aside-6
    // found 108 (106 right), precision .981, recall .774; held-aside-7 111
    // (110), .991, .872; held-aside-8 102 (101), .990, .802; 6-8 together
    // .988, .814 (the rules alone .993, .711); hironsancorpus 139 (120),
    // .863, .741 (the rules .958, .716).
    // The scorer inside the pass (68cb07a's weights): held-aside-6 101 (99),
    // .980, .723; held-aside-7 103 (103), 1.000, .816; held-aside-8 93 (93),
    // 1.000, .738; 6-8 together .993, .758; hironsancorpus 128 (118), .922,
    // .735.
}

/// A surname introducing itself with でございます, as with です
/// (`people::self_introduction`); polite sentences ending so name nobody.
#[test]
fn a_surname_introducing_itself_with_de_gozaimasu_is_a_name() {
    assert_eq!(found("お世話になっております。株式会社ミライ企画の佐野でございます。"), ["佐野"]);
    assert_eq!(found("いつもありがとうございます。総務部の石田でございます。"), ["石田"]);
    for clean in [
        "本日の議題は以上でございます。",
        "定休日は水曜日でございます。",
        "こちらが新製品でございます。",
        "受付は一階でございます。",
    ] {
        assert!(found(clean).is_empty(), "{clean}");
    }
}

/// A name only the prose dictionary found is low severity: a document that
/// names a colleague is not held at upload for it; beside a phone it is.
#[test]
fn a_lone_prose_name_does_not_hold_an_upload() {
    use presend::assess::{assess_upload, scan_options, Policy};
    let policy = Policy::default();
    let options = scan_options(&policy, &ScanOptions::default());
    let upload = |text: &str| {
        let report = presend::scan_bytes("memo.txt", text.as_bytes(), &options);
        let verdict = assess_upload("uploads.example.com", &[("memo.txt".to_owned(), report)], None, &policy);
        verdict.reasons.iter().any(|r| r.rule.id() == "personal_data_upload")
    };
    assert!(!upload("新製品の説明会は担当の鈴木一郎が対応しました。\n"));
    assert!(upload("新製品の説明会は担当の鈴木一郎が対応しました。連絡先 090-1234-5678\n"));
}

//! A learned scorer over the name candidates the rules leave out as too
//! risky (issue 17), asked inside the finder's pass: see README's "Names in
//! running text" for its figures and whether it is on.
//!
//! The pass asks it only where it already stopped and found nothing: a
//! kanji run whose first characters can start a listed name (the Bloom
//! filter and bit tests of `kanji_candidate`), a one-kanji run before は/が
//! or after a person noun, a kanji run before は or が whose ends can be a
//! given name's, and a katakana run that starts like a listed spelling.
//! Over ordinary prose almost no run gets here, so the scorer costs little
//! beside the pass (README: callgrind on the bench's clean prose).
//!
//! Candidates there: the whole run (or its first 1-4 characters) as a
//! listed surname, a surname and a given name, a given name or a one-word
//! name; a surname run and a listed hiragana given name after it; a
//! katakana run with a listed person spelling in it. Each gets hashed
//! features (FNV-1a of the feature's text, hashed in place into 2^18
//! buckets: the characters and character classes around it, which lists
//! hold it, the word itself, what rest of the run follows a surname prefix,
//! a person noun before it, a line's end after it), and an averaged
//! perceptron's weights (`src/detect/names/prose-scorer.txt`, trained by
//! `scripts/train-names-scorer.py`: `make names-scorer`) say which to take.
//! Only with the cargo feature `names-scorer`.

use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::sync::OnceLock;

use super::*;

/// One candidate span of a text and its hashed features.
#[derive(Debug, Clone)]
pub struct Candidate {
    pub start: usize,
    pub end: usize,
    pub features: Vec<u32>,
}

/// Feature ids are FNV-1a hashes of the feature's text, in 2^18 buckets.
const BUCKETS: u32 = 1 << 18;

/// Why a name the scorer took was taken.
const WHY: &str = "学習した判定 / learned scorer";

/// An FNV-1a hash fed in pieces (a tag, then the feature's value), so no
/// feature is formatted into a string.
#[derive(Clone, Copy)]
struct Fnv(u32);

impl Fnv {
    fn tag(tag: &str) -> Fnv {
        Fnv(0x811C_9DC5).bytes(tag.as_bytes())
    }
    fn bytes(mut self, bytes: &[u8]) -> Fnv {
        for &b in bytes {
            self.0 ^= u32::from(b);
            self.0 = self.0.wrapping_mul(0x0100_0193);
        }
        self
    }
    fn str(self, s: &str) -> Fnv {
        self.bytes(s.as_bytes())
    }
    fn char(self, c: Option<char>) -> Fnv {
        let mut buf = [0u8; 4];
        self.bytes(c.map_or("^".as_bytes(), |c| c.encode_utf8(&mut buf).as_bytes()))
    }
    fn id(self) -> u32 {
        self.0 % BUCKETS
    }
}

fn class_name(c: Option<char>) -> &'static str {
    match c {
        None | Some('\n' | '\r') => "^",
        Some(c) if is_kanji(c) => "K",
        Some(c) if is_katakana(c) => "T",
        Some(c) if is_hiragana(c) => "H",
        Some(c) if c.is_ascii_digit() => "D",
        Some(c) if c.is_ascii_alphabetic() => "A",
        Some('、' | '。' | '，' | '．' | ',' | '.') => "P",
        Some('「' | '」' | '『' | '』' | '（' | '）' | '(' | ')') => "B",
        Some(c) if c.is_whitespace() => "S",
        Some(_) => "O",
    }
}

/// The last `n` characters before byte `s`.
fn before_chars(text: &str, s: usize, n: usize) -> &str {
    let from = text[..s].char_indices().rev().take(n).last().map_or(s, |(i, _)| i);
    &text[from..s]
}

/// The first `n` characters from byte `e`.
fn after_chars(text: &str, e: usize, n: usize) -> &str {
    let to = text[e..].char_indices().nth(n).map_or(text.len(), |(i, _)| e + i);
    &text[e..to]
}

thread_local! {
    /// Set by [`candidates`]: the pass hands its candidates over instead
    /// of scoring them (the training dump).
    static COLLECT: RefCell<Option<Vec<Candidate>>> = const { RefCell::new(None) };
    /// Cleared by [`without`]: the rules alone, for a measurement beside.
    static ON: Cell<bool> = const { Cell::new(true) };
}

/// Runs `f` with the scorer off on this thread (the rules alone).
pub fn without<T>(f: impl FnOnce() -> T) -> T {
    let was = ON.replace(false);
    let value = f();
    ON.set(was);
    value
}

/// The candidates the finder's pass hands the scorer in `text` (folded),
/// with their features, in place of scoring them.
pub fn candidates(text: &str) -> Vec<Candidate> {
    COLLECT.with(|c| *c.borrow_mut() = Some(Vec::new()));
    let mut out = Vec::new();
    find(text, 0, &mut out);
    COLLECT.with(|c| c.borrow_mut().take()).unwrap_or_default()
}

/// The spans the scorer adds to the rules' names in `text` (folded).
pub fn scored_names(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    find(text, 0, &mut out);
    out.iter()
        .filter(|h| h.evidence.iter().any(|e| matches!(e, Evidence::Dictionary(w) if w == WHY)))
        .map(|h| (h.start, h.end))
        .collect()
}

/// Scores the candidate spans, or hands them over (see [`candidates`]).
fn decide(d: &NameData, text: &str, spans: &[(usize, usize, &'static str)], out: &mut Vec<Hit>) {
    if spans.is_empty() || !ON.get() {
        return;
    }
    let collecting = COLLECT.with(|c| {
        let mut c = c.borrow_mut();
        let Some(v) = c.as_mut() else { return false };
        for &(s, e, kind) in spans {
            v.push(Candidate { start: s, end: e, features: features(d, text, s, e, kind) });
        }
        true
    });
    if collecting {
        return;
    }
    let Some(w) = weights() else { return };
    let best = spans
        .iter()
        .map(|&(s, e, kind)| (w.score(&features(d, text, s, e, kind)), s, e))
        .max_by(|a, b| a.0.total_cmp(&b.0));
    if let Some((score, s, e)) = best {
        if score > w.threshold {
            push(text, s, e, CONFIDENCE, WHY, out);
        }
    }
}

/// A kanji run `text[s..e]` where the rules found nothing.
pub(super) fn kanji(d: &NameData, text: &str, s: usize, e: usize, out: &mut Vec<Hit>) {
    if !ON.get() {
        return;
    }
    let run = &text[s..e];
    let mut cuts = [0usize; 9];
    let mut n = 0;
    for (i, _) in run.char_indices() {
        if n == 8 {
            return;
        }
        cuts[n] = s + i;
        n += 1;
    }
    cuts[n] = e;
    let mut spans: Vec<(usize, usize, &'static str)> = Vec::new();
    // Bit tests before any hashing: most runs that get here end unlike a
    // name (the bench's 会議, 売上 are let go so).
    let last = run.chars().next_back();
    let given = last.is_some_and(|c| d.given_last.has(c)) && d.given.contains(run);
    if (2..=7).contains(&n) && (d.is_surname(run) || given || n >= 3 && d.persons.contains(run)) {
        spans.push((s, e, "whole"));
    }
    for (pl, &pe) in cuts.iter().enumerate().take(4.min(n) + 1).skip(1) {
        let prefix = &text[s..pe];
        // One kanji is a candidate alone only (関は, 林から), never as the
        // head of a longer run (林業, 森林).
        let surname = if pl == 1 {
            n == 1 && (d.common_surnames.contains(prefix) || ONE_KANJI_SURNAMES.contains(&prefix))
        } else {
            d.is_surname(prefix)
        };
        if !surname {
            continue;
        }
        if pl < n {
            if n - pl <= 3 && d.given.contains(&text[pe..e]) {
                spans.push((s, e, "sur+given"));
            }
            spans.push((s, pe, "prefix"));
        } else if pl == 1 {
            spans.push((s, e, "one"));
        }
        if pl == n {
            if let Some(len) = kana_given_name(d, &text[e..]) {
                spans.push((s, e + len, "sur+kana"));
            }
        }
    }
    decide(d, text, &spans, out);
}

/// A kanji run `text[s..e]` of two or three kanji the name filter let go,
/// before は or が, whose first and last characters can be a given name's
/// (the caller asks, by bit tests): a given name alone as a subject
/// (「翔太が」) is a candidate when it is a listed one.
pub(super) fn given_alone(d: &NameData, text: &str, s: usize, e: usize, out: &mut Vec<Hit>) {
    if ON.get() && d.given.contains(&text[s..e]) {
        decide(d, text, &[(s, e, "whole")], out);
    }
}

/// A katakana run `text[s..e]` where the rules found nothing.
pub(super) fn katakana(d: &NameData, text: &str, s: usize, e: usize, out: &mut Vec<Hit>) {
    if !ON.get() {
        return;
    }
    let trimmed = text[s..e].trim_end_matches(is_name_joiner);
    if trimmed.split(is_name_joiner).any(|part| d.katakana.contains(part)) {
        decide(d, text, &[(s, s + trimmed.len(), "kata")], out);
    }
}

fn features(d: &NameData, text: &str, s: usize, e: usize, kind: &str) -> Vec<u32> {
    let span = &text[s..e];
    let n = span.chars().count().min(8);
    let nd = [b'0' + n as u8];
    let prev = text[..s].chars().next_back();
    let next = text[e..].chars().next();
    let (lc, rc) = (class_name(prev), class_name(next));
    let k = Fnv::tag("kind=").str(kind);
    let mut f: Vec<u32> = vec![
        Fnv::tag("bias").id(),
        k.id(),
        Fnv::tag("n=").bytes(&nd).id(),
        k.str("|n=").bytes(&nd).id(),
        Fnv::tag("L1=").char(prev).id(),
        Fnv::tag("L2=").str(before_chars(text, s, 2)).id(),
        Fnv::tag("R1=").char(next).id(),
        Fnv::tag("R2=").str(after_chars(text, e, 2)).id(),
        Fnv::tag("R3=").str(after_chars(text, e, 3)).id(),
        Fnv::tag("LC=").str(lc).id(),
        Fnv::tag("RC=").str(rc).id(),
        Fnv::tag("LC=").str(lc).str("|RC=").str(rc).id(),
        k.str("|R1=").char(next).id(),
        k.str("|L1=").char(prev).id(),
        k.str("|RC=").str(rc).id(),
        k.str("|LC=").str(lc).id(),
        Fnv::tag("first=").char(span.chars().next()).id(),
        Fnv::tag("last=").char(span.chars().next_back()).id(),
        // The word itself: ordinary words that are listed surnames
        // (小文字, 出口, 内部) are learned from the clean prose's half.
        k.str("|span=").str(span).id(),
    ];
    let mut flag = |name: &str, on: bool| {
        if on {
            f.push(Fnv::tag(name).id());
        }
    };
    flag("surname", d.is_surname(span));
    flag("common_surname", d.common_surnames.contains(span));
    flag("given", d.given.contains(span));
    flag("given_kana", d.given_kana.contains(span));
    flag("common_given", d.common_given.contains(span));
    flag("persons", d.persons.contains(span));
    flag("not_name", d.not_names.contains(span));
    flag("full_name", n >= 2 && full_name(d, span));
    flag("katakana_listed", d.katakana.contains(span));
    flag("katakana_solo", d.katakana_solo.contains(span));
    flag("joined", span.contains(is_name_joiner));
    flag("prefecture", PREFECTURE_STEMS.contains(&span));
    flag("place_surname", PLACE_SURNAMES.contains(&span) || CITIES.contains(&span));
    flag("person_context", person_context(d, text, s));
    flag("after_place", after_a_place(text, s));
    flag("role_after", ROLES.iter().any(|r| text[e..].starts_with(r)));
    flag("place_head_after", PLACE_HEADS.iter().any(|h| text[e..].starts_with(h)));
    flag("chan", text[e..].starts_with("ちゃん") || text[e..].starts_with("くん"));
    flag("opens", prev.is_none_or(|c| matches!(c, '。' | '\n' | '「' | '（' | '、')));
    flag("titled", text[..s].ends_with(['『', '「']));
    flag("subject", matches!(next, Some('は' | 'が')));
    // A katakana word cut at a line's end (ション, ディレク): the line goes on
    // with katakana.
    flag("line_end", next.is_none_or(|c| c == '\n' || c == '\r'));
    flag("broken", text[e..].strip_prefix('\n').and_then(|r| r.trim_start().chars().next()).is_some_and(is_katakana));
    let predicate = subject::person_predicate(d, &text[e..]);
    flag("person_predicate", predicate);
    flag("life_predicate", subject::life_predicate(d, &text[e..]));
    let p: &[u8] = if predicate { b"1" } else { b"0" };
    f.push(k.str("|predicate=").bytes(p).id());
    f.push(Fnv::tag("R1=").char(next).str("|predicate=").bytes(p).id());
    if kind == "prefix" {
        f.push(Fnv::tag("rest=").str(after_chars(text, e, 1)).id());
        // What the rest of the run makes (小|文字, 出|口): a word's tail.
        let rest_run = text[e..].find(|c: char| !is_kanji(c)).map_or(&text[e..], |i| &text[e..e + i]);
        f.push(Fnv::tag("rest_run=").str(rest_run).id());
    }
    if text[..s].strip_suffix('の').is_some_and(|b| KIN.iter().any(|k| b.ends_with(k))) {
        f.push(Fnv::tag("kin_before").id());
    }
    f
}

/// The weights of the scorer, read from the data file.
pub struct Weights {
    weights: HashMap<u32, f32>,
    threshold: f32,
}

impl Weights {
    /// Reads `#presend-scorer 1` text: `threshold <t>`, then `<id> <weight>`.
    pub fn parse(text: &str) -> Option<Weights> {
        let mut lines = text.lines();
        if lines.next()?.trim() != "#presend-scorer 1" {
            return None;
        }
        let mut weights = HashMap::new();
        let mut threshold = 0.0;
        for line in lines {
            if line.starts_with('#') || line.trim().is_empty() {
                continue;
            }
            let (a, b) = line.split_once(' ')?;
            if a == "threshold" {
                threshold = b.trim().parse().ok()?;
            } else {
                weights.insert(a.parse().ok()?, b.trim().parse().ok()?);
            }
        }
        Some(Weights { weights, threshold })
    }

    pub fn score(&self, features: &[u32]) -> f32 {
        features.iter().map(|f| self.weights.get(f).copied().unwrap_or(0.0)).sum()
    }
}

/// The committed weights (`make names-scorer` regenerates them).
pub fn weights() -> Option<&'static Weights> {
    static WEIGHTS: OnceLock<Option<Weights>> = OnceLock::new();
    WEIGHTS.get_or_init(|| Weights::parse(include_str!("../names/prose-scorer.txt"))).as_ref()
}

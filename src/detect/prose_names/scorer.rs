//! A learned scorer over high-recall name candidates (issue 17's next step),
//! measured beside the rules and not on the default scan: see README's
//! "Names in running text" for its figures and why it stays off.
//!
//! Candidates are what the rules leave out as too risky: a kanji run (or its
//! first 1-4 characters) that is a listed surname, a surname and a given
//! name, or a given name alone; a surname run and a listed hiragana given
//! name after it; a katakana run with a listed person spelling in it. Each
//! gets hashed features (the characters and character classes around it,
//! which lists hold it, a person noun before it, whether the rules found
//! it), and an averaged perceptron's weights
//! (`src/detect/names/prose-scorer.txt`, trained by
//! `scripts/train-names-scorer.py` on held-aside sets 1-5, the tuning
//! sentences and template sentences only: `make names-scorer`) say which
//! to take. Native only, and only with the cargo feature `names-scorer`:
//! the weights are in no wasm module, and merely linking the scorer changed
//! how the compiler inlined the finder (+0.3 M instructions per 2 MiB).

use std::collections::HashMap;
use std::sync::OnceLock;

use super::*;

/// One candidate span of a text and its hashed features.
#[derive(Debug, Clone)]
pub struct Candidate {
    pub start: usize,
    pub end: usize,
    pub features: Vec<u32>,
    /// Whether the rules found a name overlapping it.
    pub rule: bool,
}

/// Feature ids are FNV-1a hashes of the feature's text, in 2^18 buckets.
const BUCKETS: u32 = 1 << 18;

fn hash(feature: &str) -> u32 {
    let mut h: u32 = 0x811C_9DC5;
    for b in feature.bytes() {
        h ^= u32::from(b);
        h = h.wrapping_mul(0x0100_0193);
    }
    h % BUCKETS
}

fn class_name(c: Option<char>) -> &'static str {
    match c {
        None => "^",
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

fn chars_before(text: &str, s: usize, n: usize) -> String {
    let mut v: Vec<char> = text[..s].chars().rev().take(n).collect();
    v.reverse();
    v.into_iter().collect()
}

fn chars_after(text: &str, e: usize, n: usize) -> String {
    text[e..].chars().take(n).collect()
}

/// The candidates of `text` (folded) with their features.
pub fn candidates(text: &str) -> Vec<Candidate> {
    let Some(d) = data() else { return Vec::new() };
    let mut rules = Vec::new();
    find(text, 0, &mut rules);
    let mut spans: Vec<(usize, usize, &'static str)> = Vec::new();
    let idx: Vec<(usize, char)> = text.char_indices().collect();
    let mut k = 0;
    let mut prev = Class::Other;
    while k < idx.len() {
        let class = class_of(idx[k].1, prev);
        if class == Class::Other {
            // A hiragana given name alone (「娘のさくらは」): 2-4 kana that are
            // a listed one, starting a hiragana stretch.
            let starts = k == 0 || !is_hiragana(idx[k - 1].1);
            if starts && is_hiragana(idx[k].1) {
                let s = idx[k].0;
                for len in 2..=4 {
                    if k + len > idx.len() || !idx[k..k + len].iter().all(|x| is_hiragana(x.1)) {
                        break;
                    }
                    let e = idx.get(k + len).map_or(text.len(), |x| x.0);
                    if d.given_kana.contains(&text[s..e]) {
                        spans.push((s, e, "kana"));
                    }
                }
            }
            prev = class;
            k += 1;
            continue;
        }
        let mut m = k + 1;
        let mut p = class;
        while m < idx.len() && class_of(idx[m].1, p) == class {
            p = class;
            m += 1;
        }
        let s = idx[k].0;
        let e = idx.get(m).map_or(text.len(), |x| x.0);
        let n = m - k;
        let run = &text[s..e];
        if class == Class::Kanji && n <= 8 {
            if (2..=7).contains(&n) && (d.is_surname(run) || d.given.contains(run) || d.persons.contains(run)) {
                spans.push((s, e, "whole"));
            }
            for pl in 1..=4.min(n) {
                let pe = idx.get(k + pl).map_or(text.len(), |x| x.0);
                let prefix = &text[s..pe];
                let surname = if pl == 1 {
                    d.common_surnames.contains(prefix) || ONE_KANJI_SURNAMES.contains(&prefix)
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
        } else if class == Class::Katakana {
            let trimmed = run.trim_end_matches(is_name_joiner);
            if trimmed.split(is_name_joiner).any(|part| d.katakana.contains(part)) {
                spans.push((s, s + trimmed.len(), "kata"));
            }
        }
        prev = class;
        k = m;
    }
    spans.sort_unstable();
    spans.dedup_by(|a, b| a.0 == b.0 && a.1 == b.1);
    spans
        .into_iter()
        .map(|(s, e, kind)| Candidate {
            start: s,
            end: e,
            features: features(d, text, s, e, kind, &rules),
            rule: rules.iter().any(|h| h.start < e && s < h.end),
        })
        .collect()
}

fn features(d: &NameData, text: &str, s: usize, e: usize, kind: &str, rules: &[Hit]) -> Vec<u32> {
    let span = &text[s..e];
    let n = span.chars().count();
    let prev = text[..s].chars().next_back();
    let next = text[e..].chars().next();
    let l2 = chars_before(text, s, 2);
    let r2 = chars_after(text, e, 2);
    let r3 = chars_after(text, e, 3);
    let rule_exact = rules.iter().any(|h| h.start == s && h.end == e);
    let rule_overlap = rules.iter().any(|h| h.start < e && s < h.end);
    let mut f: Vec<String> = vec![
        "bias".into(),
        format!("kind={kind}"),
        format!("n={}", n.min(8)),
        format!("kind={kind}|n={}", n.min(8)),
        format!("L1={}", prev.map_or('^', |c| c)),
        format!("L2={l2}"),
        format!("R1={}", next.map_or('$', |c| c)),
        format!("R2={r2}"),
        format!("R3={r3}"),
        format!("LC={}", class_name(prev)),
        format!("RC={}", class_name(next)),
        format!("LC={}|RC={}", class_name(prev), class_name(next)),
        format!("kind={kind}|R1={}", next.map_or('$', |c| c)),
        format!("kind={kind}|L1={}", prev.map_or('^', |c| c)),
        format!("first={}", span.chars().next().unwrap_or(' ')),
        format!("last={}", span.chars().next_back().unwrap_or(' ')),
        format!("rule={rule_exact}|{rule_overlap}"),
    ];
    let mut flag = |name: &str, on: bool| {
        if on {
            f.push(name.to_owned());
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
    let predicate = subject::person_predicate(d, &text[e..]);
    flag("person_predicate", predicate);
    flag("life_predicate", subject::life_predicate(d, &text[e..]));
    flag(&format!("kind={kind}|predicate={predicate}"), true);
    flag(&format!("R1={}|predicate={predicate}", next.map_or('$', |c| c)), true);
    if kind == "prefix" {
        let rest: String = text[e..].chars().take(1).collect();
        flag(&format!("rest={rest}"), true);
    }
    flag("kin_before", text[..s].strip_suffix('の').is_some_and(|b| KIN.iter().any(|k| b.ends_with(k))));
    f.iter().map(|x| hash(x)).collect()
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

    pub fn score(&self, c: &Candidate) -> f32 {
        c.features.iter().map(|f| self.weights.get(f).copied().unwrap_or(0.0)).sum()
    }
}

/// The committed weights (`make names-scorer` regenerates them).
pub fn weights() -> Option<&'static Weights> {
    static WEIGHTS: OnceLock<Option<Weights>> = OnceLock::new();
    WEIGHTS.get_or_init(|| Weights::parse(include_str!("../names/prose-scorer.txt"))).as_ref()
}

/// The spans the scorer adds to the rules' names in `text` (folded):
/// candidates the rules did not find scoring above the threshold, the best
/// of overlapping ones.
pub fn scored_names(text: &str) -> Vec<(usize, usize)> {
    let Some(w) = weights() else { return Vec::new() };
    let mut scored: Vec<(f32, usize, usize)> = candidates(text)
        .iter()
        .filter(|c| !c.rule)
        .map(|c| (w.score(c), c.start, c.end))
        .filter(|(score, _, _)| *score > w.threshold)
        .collect();
    scored.sort_by(|a, b| b.0.total_cmp(&a.0));
    let mut taken: Vec<(usize, usize)> = Vec::new();
    for (_, s, e) in scored {
        if !taken.iter().any(|&(ts, te)| ts < e && s < te) {
            taken.push((s, e));
        }
    }
    taken.sort_unstable();
    taken
}

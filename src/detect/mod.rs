//! The detectors. Two passes over a piece of folded text find every
//! candidate: one multi-pattern regex for values that start with an ASCII
//! character (numbers, dates, e-mail, keys), and one Aho–Corasick pass for
//! words: context keywords, special-care terms, and the Japanese words that
//! anchor names, addresses and organisations (様, 氏名, 東京都, 株式会社).
//! A small per-family step then confirms each candidate (check digit,
//! context, dictionary) and says how sure it is.
//!
//! Why two passes: a regex that has to consider every kanji as the start of a
//! name or an address ran at ~130 MB/s here; with ASCII-led patterns only the
//! automaton rests in its start state over Japanese text. Word boundaries are
//! checked by hand: Unicode `\b` is ~100× slower and does not fire between a
//! kanji and a digit (`電話09012345678`).

#[cfg(test)]
pub(crate) mod cases;
pub mod checkdigit;
pub mod columns;
mod contact;
pub mod dates;
mod digits;
mod identifiers;
pub mod keywords;
mod kin;
pub mod mask;
pub mod people;
pub mod prose_names;
mod secrets;
pub mod special_care;

use std::sync::{Arc, OnceLock};

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, AhoCorasickKind, MatchKind};
use regex_automata::hybrid::regex::{Cache, Regex};
use regex_automata::util::pool::Pool;
use regex_automata::Input;

use crate::{Evidence, Kind};
use keywords::{Hint, CONTEXT_KEYWORDS, HEADERS, ORGANISATION_FORMS};

/// One detected value, with byte offsets into the folded text it was found in.
#[derive(Debug, Clone)]
pub struct Hit {
    pub kind: Kind,
    pub start: usize,
    pub end: usize,
    /// The value as found (folded), for masking and counting.
    pub value: String,
    pub confidence: f32,
    pub evidence: Vec<Evidence>,
    /// Special-care terms in prose count only where a person is identified too.
    pub needs_person: bool,
}

impl Hit {
    fn new(kind: Kind, text: &str, start: usize, end: usize, confidence: f32, evidence: Vec<Evidence>) -> Hit {
        Hit { kind, start, end, value: text[start..end].to_owned(), confidence, evidence, needs_person: false }
    }
}

/// The regex candidates, in priority order (leftmost-first: at one start
/// position the earlier pattern wins, so dates beat bare numbers). Every one
/// starts with an ASCII character, so over Japanese text the automaton rests
/// in its start state; values that start or end with Japanese words are
/// anchored on the keyword pass instead (see [`Anchor`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Pat {
    PrivateKey,
    ApiKey,
    UrlCredentials,
    Email,
    Password,
    SecretAssignment,
    Date,
    AlnumId,
    LatinName,
    Number,
}

/// Unicode White_Space spelled out (what `\s` means in Unicode mode), so the
/// regex engine needs no Unicode tables (`unicode-perl` stays off: wasm size).
macro_rules! ws {
    () => {
        r"\t-\r \x{85}\x{A0}\x{1680}\x{2000}-\x{200A}\x{2028}\x{2029}\x{202F}\x{205F}\x{3000}"
    };
}

/// ASCII-only case folding (`(?i-u:…)`): the Unicode-aware kind needs the
/// `unicode-case` tables and would only add `ſ` and the Kelvin sign.
fn patterns() -> Vec<(Pat, &'static str)> {
    vec![
        (Pat::PrivateKey, r"-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----"),
        (
            Pat::ApiKey,
            concat!(
                r"(?:AKIA|ASIA)[0-9A-Z]{16}|gh[pousr]_[A-Za-z0-9]{36,}|github_pat_[A-Za-z0-9_]{50,}",
                r"|xox[abprs]-[A-Za-z0-9-]{10,}|AIza[0-9A-Za-z_\-]{35}|(?:sk|rk)_live_[0-9A-Za-z]{20,}",
                r"|sk-(?:proj-|ant-)?[A-Za-z0-9_\-]{32,}|glpat-[A-Za-z0-9_\-]{20}",
                r"|SG\.[A-Za-z0-9_\-]{22}\.[A-Za-z0-9_\-]{43}|npm_[A-Za-z0-9]{36}"
            ),
        ),
        // `postgres://app:Zq93!vLm@db.internal/orders`: credentials in a URL
        // (before e-mail, which would read `vLm@db.internal` as an address).
        (
            Pat::UrlCredentials,
            concat!(r"[A-Za-z][A-Za-z0-9+.\-]*://[^", ws!(), r":/@]+:[^", ws!(), r"@/]+@[A-Za-z0-9.\-]+"),
        ),
        (
            Pat::Email,
            r"[A-Za-z0-9](?:[A-Za-z0-9._%+\-]{0,63})@[A-Za-z0-9](?:[A-Za-z0-9\-]{0,62})(?:\.[A-Za-z0-9\-]{1,63})+",
        ),
        (Pat::Password, r"(?i-u:password|passwd|pass word|passphrase|pwd|pw|passcode)[ ]*(?:は|:|=)[ ]*[!-~]{4,64}"),
        (
            Pat::SecretAssignment,
            // `.env` / config lines: `AWS_SECRET_ACCESS_KEY=...`, `api_key: "..."`.
            r#"(?i-u:[A-Za-z0-9_]*(?:secret|token|api_?key|access_?key|private_?key|client_?secret)[A-Za-z0-9_]*)[ ]*[=:][ ]*["']?[A-Za-z0-9/+=_\-.]{16,}"#,
        ),
        (
            Pat::Date,
            concat!(
                r"(?:[MTSHRmtshr][ ]?(?:[0-9]{1,2}|元)|(?:18|19|20)[0-9]{2})[ ]?(?:年|[/.\-])[ ]?[0-9]{1,2}[ ]?(?:月|[/.\-])[ ]?[0-9]{1,2}(?:[ ]?日)?",
                // Day or month first (`14/02/1993`), and English month names.
                r"|[0-9]{1,2}[/.\-][0-9]{1,2}[/.\-](?:18|19|20)[0-9]{2}",
                r"|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.? [0-9]{1,2},? (?:18|19|20)[0-9]{2}",
                r"|[0-9]{1,2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]* (?:18|19|20)[0-9]{2}"
            ),
        ),
        // Residence cards are also written in groups: `UH 3850 1147 EN`.
        (Pat::AlnumId, r"[A-Z]{2} ?[0-9]{4} ?[0-9]{4} ?[A-Z]{2}|[A-Z]{2}[0-9]{7}"),
        (Pat::LatinName, r"(?:Mr|Ms|Mrs|Miss|Dr|Prof)\.? [A-Z][a-z]+(?: [A-Z][a-z]+){1,2}"),
        (
            Pat::Number,
            // Three or more digits, or two followed by more groups (`03-1234-5678`):
            // the many one- and two-digit numbers of prose (`12月3日`, `10:00`) never
            // become candidates.
            concat!(
                // `+81 90-1234-5678`, and the business-card form `+81(0)90-1234-5678`.
                r"\+81[ \-]?(?:\(0\)[ \-]?)?[0-9]+(?:[ \-.]?[0-9]+)*",
                // `(03)1234-5678`: an opening parenthesis only with its area code closed,
                // so `(1991年…` stays a date and `5678（10時以降）` ends at 5678.
                r"|\([0-9]{2,5}\)[ \-]?[0-9]+(?:[ \-.][0-9]+)*",
                r"|[0-9]{3,}(?:\([0-9]{1,4}\)[0-9]+)?(?:[ \-.][0-9]+)*",
                // `5-8356-7825-6246`: a corporate number as python-stdnum and
                // some registers group it (check digit, then three fours).
                r"|[0-9][ \-][0-9]{4}[ \-][0-9]{4}[ \-][0-9]{4}",
                r"|[0-9]{2}(?:\([0-9]{1,4}\)[0-9]+|[ \-.][0-9]+)(?:[ \-.][0-9]+)*"
            ),
        ),
    ]
}

/// Japanese words that start or end a value whose shape a regex could only
/// find by trying every kanji: found by the keyword pass, then confirmed by
/// looking around them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Anchor {
    /// 様, さん, 部長 … after a name.
    Honorific,
    /// 氏名:, お名前 … before a name.
    NameLabel,
    /// 株式会社 … before or after an organisation's name.
    Organisation,
    /// One of the 47 prefectures, starting an address.
    Prefecture,
    /// 市, 区, 郡 inside an address written without its prefecture.
    Municipality,
    /// 昭和, 平成 … starting a date.
    Era,
    /// パスワード, 暗証番号 … before a password.
    PasswordLabel,
    /// です, と申します … after a name introducing itself.
    SelfIntroduction,
    /// 血圧, 体温 … before a measured value.
    VitalSign,
    /// `S)`, `O)`, `A)`, `P)` starting the lines of a SOAP care note.
    Soap,
}

const PREFECTURES: &[&str] = &[
    "北海道",
    "青森県",
    "岩手県",
    "宮城県",
    "秋田県",
    "山形県",
    "福島県",
    "茨城県",
    "栃木県",
    "群馬県",
    "埼玉県",
    "千葉県",
    "東京都",
    "神奈川県",
    "新潟県",
    "富山県",
    "石川県",
    "福井県",
    "山梨県",
    "長野県",
    "岐阜県",
    "静岡県",
    "愛知県",
    "三重県",
    "滋賀県",
    "京都府",
    "大阪府",
    "兵庫県",
    "奈良県",
    "和歌山県",
    "鳥取県",
    "島根県",
    "岡山県",
    "広島県",
    "山口県",
    "徳島県",
    "香川県",
    "愛媛県",
    "高知県",
    "福岡県",
    "佐賀県",
    "長崎県",
    "熊本県",
    "大分県",
    "宮崎県",
    "鹿児島県",
    "沖縄県",
];

fn anchor_words() -> Vec<(Word, &'static str)> {
    let mut words = Vec::new();
    let mut add = |anchor: Anchor, list: &[&'static str]| words.extend(list.iter().map(|&w| (Word::Anchor(anchor), w)));
    add(Anchor::Honorific, people::HONORIFICS);
    add(Anchor::NameLabel, people::NAME_LABELS);
    add(Anchor::Organisation, ORGANISATION_FORMS);
    add(Anchor::Prefecture, PREFECTURES);
    add(Anchor::Municipality, &["市", "区", "郡"]);
    add(Anchor::Era, &["明治", "大正", "昭和", "平成", "令和"]);
    add(Anchor::PasswordLabel, &["パスワード", "暗証番号", "パスコード", "パスフレーズ", "ログインパス"]);
    add(Anchor::SelfIntroduction, &["です", "でございます", "と申します"]);
    add(Anchor::VitalSign, special_care::VITAL_SIGNS);
    add(Anchor::Soap, special_care::SOAP_MARKERS);
    words
}

/// What a word found by the keyword pass is.
#[derive(Debug, Clone, Copy)]
enum Word {
    Hint(Hint),
    Term(Kind),
    Anchor(Anchor),
    /// A word that contains a term but is not one (受信者 around 信者).
    NotTerm,
    /// A word pointing at one person (当該社員, 相談者): special-care terms near it count.
    PersonReference,
}

/// A keyword or term occurrence in the folded text.
#[derive(Debug, Clone, Copy)]
struct WordHit {
    start: usize,
    end: usize,
    id: usize,
}

type CacheFn = Box<dyn Fn() -> Cache + Send + Sync + std::panic::UnwindSafe + std::panic::RefUnwindSafe>;

/// The compiled detectors: build once (it takes tens of milliseconds, more
/// in wasm), then share. [`Engine::shared`] does that for you.
pub struct Engine {
    /// A lazy DFA (forward and reverse) over all the patterns. The `meta`
    /// engine around it would add a PikeVM, literal prefilters and strategy
    /// code that these ASCII-led patterns do not need: ~140 kB of wasm.
    candidates: Arc<Regex>,
    /// Its caches, one per thread that scans.
    caches: Pool<Cache, CacheFn>,
    pats: Vec<Pat>,
    words: AhoCorasick,
    word_info: Vec<(Word, &'static str)>,
    headers: AhoCorasick,
}

/// A column header, read: what kind of values it announces.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HeaderClass {
    /// `Some(kind)` for a personal column, `None` for a business column.
    pub kind: Option<Kind>,
    /// The header keyword that decided it.
    pub keyword: &'static str,
}

/// Where the text being scanned sits, as far as detection cares.
#[derive(Debug, Clone, Copy, Default)]
pub struct Context<'a> {
    /// The column header's reading, for a table cell.
    pub header: Option<&'a HeaderClass>,
    /// The raw header text (for evidence, shared by the column's findings).
    pub header_text: Option<&'a Arc<str>>,
    /// A spreadsheet cell rather than running text (no signature lines there).
    pub in_cell: bool,
}

impl Engine {
    /// Compiles the detectors. Prefer [`Engine::shared`].
    pub fn new() -> Engine {
        let table = patterns();
        let pats: Vec<Pat> = table.iter().map(|(p, _)| *p).collect();
        let sources: Vec<&str> = table.iter().map(|(_, s)| *s).collect();
        // The patterns are compile-time constants; failing to build them is a bug
        // caught by every test, not an input error.
        // No `expect`: the build errors' Debug impls would pull the regex
        // parser's error formatting into the wasm for a panic no test lets through.
        let candidates = Arc::new(Regex::new_many(&sources).unwrap_or_else(|_| panic!("candidate patterns compile")));
        let caches: Pool<Cache, CacheFn> = {
            let re = Arc::clone(&candidates);
            Pool::new(Box::new(move || re.create_cache()))
        };
        let mut word_info: Vec<(Word, &'static str)> =
            CONTEXT_KEYWORDS.iter().map(|&(w, h)| (Word::Hint(h), w)).collect();
        word_info.extend(special_care::TERMS.iter().map(|&(w, k)| (Word::Term(k), w)));
        word_info.extend(anchor_words());
        // Last: where the same word is also a label (相談者), the earlier entry wins.
        word_info.extend(special_care::NOT_TERMS.iter().map(|&w| (Word::NotTerm, w)));
        word_info.extend(special_care::PERSON_REFERENCES.iter().map(|&w| (Word::PersonReference, w)));
        let words = AhoCorasickBuilder::new()
            .kind(Some(AhoCorasickKind::DFA))
            .match_kind(MatchKind::LeftmostLongest)
            .ascii_case_insensitive(true)
            .build(word_info.iter().map(|(_, w)| *w))
            .unwrap_or_else(|_| panic!("keyword automaton builds"));
        let headers = AhoCorasickBuilder::new()
            .match_kind(MatchKind::Standard)
            .ascii_case_insensitive(true)
            .build(HEADERS.iter().map(|(w, _)| *w))
            .unwrap_or_else(|_| panic!("header automaton builds"));
        Engine { candidates, caches, pats, words, word_info, headers }
    }

    /// The process-wide engine, built on first use.
    pub fn shared() -> &'static Engine {
        static ENGINE: OnceLock<Engine> = OnceLock::new();
        ENGINE.get_or_init(Engine::new)
    }

    /// Reads a column header. The longest header keyword it contains decides;
    /// ASCII keywords must stand as words (`tel` is not in `hotel`).
    pub fn classify_header(&self, header: &str) -> Option<HeaderClass> {
        let folded = crate::normalize::fold(header);
        let h = header_words(&folded.text);
        let mut best: Option<(usize, usize)> = None;
        for m in self.headers.find_overlapping_iter(h.as_str()) {
            let (word, _) = HEADERS[m.pattern().as_usize()];
            if word.is_ascii() && !ascii_word_boundary(&h, m.start(), m.end()) {
                continue;
            }
            if best.is_none_or(|(_, len)| word.len() > len) {
                best = Some((m.pattern().as_usize(), word.len()));
            }
        }
        best.map(|(i, _)| HeaderClass { kind: HEADERS[i].1, keyword: HEADERS[i].0 })
    }

    fn word_hits(&self, text: &str) -> Vec<WordHit> {
        let mut hits = Vec::new();
        for m in self.words.find_iter(text) {
            let id = m.pattern().as_usize();
            let word = self.word_info[id].1;
            if word.is_ascii() && !ascii_word_boundary(text, m.start(), m.end()) {
                continue;
            }
            hits.push(WordHit { start: m.start(), end: m.end(), id });
        }
        hits
    }

    /// Finds every sensitive value in `text` (already folded).
    pub fn scan(&self, text: &str, ctx: Context<'_>) -> Vec<Hit> {
        let mut out = Vec::new();
        self.scan_into(text, ctx, &mut out, &mut Vec::new());
        out
    }

    /// A table cell under a header: a cell that is only a number (`090-1234-5678`,
    /// `123456789018`) or only an e-mail address is confirmed directly, without
    /// the two passes over it — most cells of a personal-data export are like that.
    pub fn scan_cell(&self, text: &str, ctx: Context<'_>, out: &mut Vec<Hit>, orgs: &mut Vec<String>) {
        let value = text.trim_matches(' ');
        let start = text.len() - text.trim_start_matches(' ').len();
        let end = start + value.len();
        let numeric = !value.is_empty()
            && value.as_bytes()[0].is_ascii_digit()
            && value.bytes().all(|b| b.is_ascii_digit() || matches!(b, b'-' | b' ' | b'.' | b'(' | b')'));
        let email = value.contains('@') && !value.contains(' ') && value.is_ascii();
        if ctx.header.is_some() && (numeric || email) {
            let scan = Scan { engine: self, text, words: &[], ctx };
            let before = out.len();
            if numeric {
                identifiers::number(&scan, start, end, out);
            } else {
                contact::email(&scan, start, end, out);
            }
            // Only when the whole value was read as one thing; otherwise scan it.
            if out.len() > before && out[before..].iter().all(|h| h.start == start && h.end == end) {
                return;
            }
            out.truncate(before);
        }
        self.scan_into(text, ctx, out, orgs);
    }

    /// Like [`Engine::scan`], appending to `out`, and the organisation names
    /// seen (`株式会社アルファ商事`) to `orgs`.
    pub fn scan_into(&self, text: &str, ctx: Context<'_>, out: &mut Vec<Hit>, orgs: &mut Vec<String>) {
        if text.is_empty() {
            return;
        }
        let first = out.len();
        let words = self.word_hits(text);
        let scan = Scan { engine: self, text, words: &words, ctx };
        let mut pos = 0;
        let len = text.len();
        let mut cache = self.caches.get();
        while pos < len {
            let input = Input::new(text).span(pos..len);
            // The lazy DFA can only fail when told to give up (a cache-clear
            // limit, none is set) or on a Unicode word boundary (no pattern has
            // one), so an error is a bug in this file. It must not end the scan
            // quietly with the rest of the text unread: panic, which the CLI
            // reports and the browser library turns into a confirmation.
            let found = self.candidates.try_search(&mut cache, &input);
            let Some(m) = found.unwrap_or_else(|_| panic!("the candidate search gave up")) else { break };
            let (s, e) = (m.start(), m.end());
            let pat = self.pats[m.pattern().as_usize()];
            match scan.confirm(pat, s, e, out) {
                Some(resume) if resume > s => pos = resume,
                _ => pos = next_char_boundary(text, s),
            }
        }
        // Words in text order: special-care terms, and the anchors of values
        // that start or end with a Japanese word. A word inside a value already
        // reported (an address's 区, a label's value) is not looked at again.
        let mut covered = 0;
        // Terms read as whoever they may concern: dropped below unless a name
        // found on their line stands before them.
        let mut concern: Vec<usize> = Vec::new();
        for w in &words {
            if w.start < covered {
                continue;
            }
            let before = out.len();
            let (word, term) = self.word_info[w.id];
            let end = match word {
                Word::Term(_) if special_care::general_use(&text[w.end..]) || special_care::in_title(text, w.start) => {
                    None
                }
                Word::Term(_) if ctx.in_cell && special_care::may_concern(text, w.start, w.end) => None,
                Word::Term(kind) => {
                    let general = special_care::may_concern(text, w.start, w.end);
                    let mut hit = match labelled_value(text, w.end) {
                        // A term used as a label (`病名: 糖尿病、通院中`) reports the value after it.
                        Some((vs, ve)) => Hit::new(kind, text, vs, ve, 0.85, vec![Evidence::Label(term.to_owned())]),
                        None => Hit::new(kind, text, w.start, w.end, 0.8, vec![Evidence::Dictionary(term.to_owned())]),
                    };
                    hit.needs_person = true;
                    if general {
                        concern.push(hit.start);
                    }
                    let end = hit.end;
                    out.push(hit);
                    Some(end)
                }
                Word::Anchor(anchor) => scan.anchor(anchor, w.start, w.end, term, out, orgs),
                Word::Hint(Hint::Context(Kind::EmployeeId)) => identifiers::id_label(&scan, w.end, term, out),
                Word::Hint(_) | Word::NotTerm | Word::PersonReference => None,
            };
            if out.len() > before {
                covered = covered.max(end.unwrap_or(w.end));
            }
        }
        if !ctx.in_cell {
            people::spaced_names(text, out);
            prose_names::find(text, first, out);
            if !concern.is_empty() {
                // A line's start, looked for a short way back only: the
                // text may be megabytes of prose.
                let line_start = |at: usize| {
                    let from = ceil_char_boundary(text, at.saturating_sub(600));
                    text[from..at].rfind('\n').map_or(from, |i| from + i + 1)
                };
                let named = |at: usize| {
                    let from = line_start(at);
                    out[first..].iter().any(|h| h.kind == Kind::PersonName && h.start >= from && h.start < at)
                };
                let general: Vec<usize> = concern.iter().copied().filter(|&at| !named(at)).collect();
                let mut k = 0;
                out.retain(|h| {
                    k += 1;
                    k <= first || !(h.needs_person && general.contains(&h.start))
                });
            }
            one_hit_per_span(out, first);
            if out[first..].iter().any(|h| h.needs_person) {
                // A reference found as another word (相談者 is also a name label) counts too.
                let references: Vec<usize> = words
                    .iter()
                    .filter(|w| special_care::PERSON_REFERENCES.contains(&self.word_info[w.id].1))
                    .map(|w| w.start)
                    .collect();
                special_care::keep_near_a_person(out, first, references);
            }
        }
    }
}

impl Default for Engine {
    fn default() -> Self {
        Engine::new()
    }
}

/// A name found after its label (`氏名：佐藤 花子`) and again as a spaced
/// name is one finding, not two: keeps the first hit of each kind and span,
/// with the highest confidence any of them had.
fn one_hit_per_span(out: &mut Vec<Hit>, first: usize) {
    // A text can hold tens of thousands of hits (a long list pasted as
    // prose): a look back over all of them was quadratic (8 MiB of such
    // prose took a second), so the spans seen are kept in a map. The first
    // hit of a span stays where it was, with the highest confidence found.
    let mut seen: std::collections::HashMap<(crate::Kind, usize, usize), usize> = std::collections::HashMap::new();
    let mut kept = first;
    for i in first..out.len() {
        let key = (out[i].kind, out[i].start, out[i].end);
        match seen.get(&key) {
            Some(&at) => out[at].confidence = out[at].confidence.max(out[i].confidence),
            None => {
                seen.insert(key, kept);
                out.swap(kept, i);
                kept += 1;
            }
        }
    }
    out.truncate(kept);
}

/// The value after a label (`: 糖尿病、通院中`) up to the end of the line or
/// sentence, at most 60 bytes.
fn labelled_value(text: &str, label_end: usize) -> Option<(usize, usize)> {
    let after = &text[label_end..];
    let trimmed = after.trim_start_matches(' ');
    let rest = trimmed.strip_prefix(':')?;
    let value = rest.trim_start_matches(' ');
    let start = text.len() - value.len();
    let mut end = start;
    for (i, c) in value.char_indices() {
        if matches!(c, '\n' | '\r' | '。' | '\t') || i >= 60 {
            break;
        }
        end = start + i + c.len_utf8();
    }
    (end > start).then_some((start, end))
}

/// The first character boundary at or after `i` (as std's unstable
/// `str::ceil_char_boundary`): a window's start moved forward stays inside it.
pub(crate) fn ceil_char_boundary(text: &str, i: usize) -> usize {
    // Past the end no index is a boundary: the end is the last one.
    let mut i = i.min(text.len());
    while !text.is_char_boundary(i) {
        i += 1;
    }
    i
}

fn next_char_boundary(text: &str, pos: usize) -> usize {
    let mut p = pos + 1;
    while p < text.len() && !text.is_char_boundary(p) {
        p += 1;
    }
    p
}

/// A header's words as a person reads them: `phone_number`, `phoneNumber`
/// and `PhoneNumber` (JSON keys, database columns) are all `phone number`.
fn header_words(header: &str) -> String {
    let mut out = String::with_capacity(header.len() + 4);
    let mut prev: Option<char> = None;
    for c in header.chars() {
        if c == '_' {
            out.push(' ');
        } else {
            if c.is_ascii_uppercase() && prev.is_some_and(|p| p.is_ascii_lowercase() || p.is_ascii_digit()) {
                out.push(' ');
            }
            out.push(c);
        }
        prev = Some(c);
    }
    out
}

/// True when the span is not glued to other ASCII letters or digits.
pub(crate) fn ascii_word_boundary(text: &str, start: usize, end: usize) -> bool {
    let b = text.as_bytes();
    let before_ok = start == 0 || !b[start - 1].is_ascii_alphanumeric();
    let after_ok = end >= b.len() || !b[end].is_ascii_alphanumeric();
    before_ok && after_ok
}

/// The state of one scan, shared by the family confirmers.
struct Scan<'a> {
    engine: &'a Engine,
    text: &'a str,
    words: &'a [WordHit],
    ctx: Context<'a>,
}

/// How far a keyword may stand before a value (bytes; about 60 kanji) and after it.
const HINT_BEFORE: usize = 180;
const HINT_AFTER: usize = 24;

impl Scan<'_> {
    /// Confirms a candidate; pushes hits and returns where to resume, or `None`
    /// to retry one character further on (the candidate was not a value).
    fn confirm(&self, pat: Pat, s: usize, e: usize, out: &mut Vec<Hit>) -> Option<usize> {
        match pat {
            Pat::PrivateKey => secrets::private_key(self, s, e, out),
            Pat::ApiKey => secrets::api_key(self, s, e, out),
            Pat::Password => secrets::password(self, s, e, out),
            Pat::SecretAssignment => secrets::secret_assignment(self, s, e, out),
            Pat::Email => contact::email(self, s, e, out),
            Pat::Date => identifiers::date(self, s, e, out),
            Pat::AlnumId => identifiers::alnum_id(self, s, e, out),
            Pat::LatinName => people::latin_name(self, s, e, out),
            Pat::UrlCredentials => secrets::url_credentials(self, s, e, out),
            Pat::Number => identifiers::number(self, s, e, out),
        }
    }

    /// Confirms the value around an anchor word at `s..e`; returns the end of
    /// what it reported.
    fn anchor(
        &self,
        anchor: Anchor,
        s: usize,
        e: usize,
        word: &str,
        out: &mut Vec<Hit>,
        orgs: &mut Vec<String>,
    ) -> Option<usize> {
        match anchor {
            Anchor::Honorific => people::honorific(self, s, e, word, out),
            Anchor::NameLabel => people::name_label(self, e, word, out),
            Anchor::Organisation => contact::organisation(self, s, e, orgs),
            Anchor::Prefecture => contact::address(self, s, out),
            Anchor::Municipality => contact::municipality_address(self, s, e, out),
            Anchor::Era => identifiers::era_date(self, s, e, out),
            Anchor::PasswordLabel => secrets::password_after_label(self, e, word, out),
            Anchor::SelfIntroduction => people::self_introduction(self, s, out),
            Anchor::VitalSign => special_care::vital_sign(self.text, s, e, word, out),
            Anchor::Soap => special_care::soap_line(self.text, s, e, out),
        }
    }

    /// The keyword that gives meaning to the value at `s..e`: the column header
    /// if there is one, else the nearest keyword before it (within
    /// [`HINT_BEFORE`] bytes and one line break), else one right after it.
    fn hint(&self, s: usize, e: usize) -> Option<(Hint, Evidence)> {
        if let Some(h) = self.nearest_word_hint(s, e) {
            return Some(h);
        }
        let header = self.ctx.header?;
        let text = self.ctx.header_text.cloned().unwrap_or_else(|| Arc::from(header.keyword));
        Some((header.kind.map_or(Hint::Negative, Hint::Context), Evidence::Header(text)))
    }

    fn nearest_word_hint(&self, s: usize, e: usize) -> Option<(Hint, Evidence)> {
        let idx = self.words.partition_point(|w| w.end <= s);
        for w in self.words[..idx].iter().rev() {
            if s - w.end > HINT_BEFORE {
                break;
            }
            if self.text[w.end..s].matches('\n').count() > 1 {
                break;
            }
            if let (Word::Hint(h), word) = self.engine.word_info[w.id] {
                return Some((h, Evidence::Keyword(word.to_owned())));
            }
        }
        for w in &self.words[idx..] {
            if w.start < e {
                continue;
            }
            if w.start - e > HINT_AFTER || self.text[e..w.start].contains('\n') {
                break;
            }
            if let (Word::Hint(h), word) = self.engine.word_info[w.id] {
                return Some((h, Evidence::Keyword(word.to_owned())));
            }
        }
        None
    }

    /// The header's kind, for cells.
    fn header_kind(&self) -> Option<Kind> {
        self.ctx.header.and_then(|h| h.kind)
    }
}

#[cfg(test)]
mod header_tests {
    use super::*;

    #[test]
    fn keys_in_camel_and_snake_case_name_their_columns() {
        let engine = Engine::shared();
        for (header, kind) in [
            ("phoneNumber", Kind::Phone),
            ("PhoneNumber", Kind::Phone),
            ("phone_number", Kind::Phone),
            ("dateOfBirth", Kind::BirthDate),
            ("firstName", Kind::PersonName),
            ("homeAddress", Kind::Address),
        ] {
            assert_eq!(engine.classify_header(header).and_then(|c| c.kind), Some(kind), "{header}");
        }
        // A thing's name is not a person's; `tel` is still not in `hotel`.
        for header in ["hotelName", "companyName", "product_name", "File Name", "hotel"] {
            assert_eq!(engine.classify_header(header).and_then(|c| c.kind), None, "{header}");
        }
        assert_eq!(engine.classify_header("diagnosis").and_then(|c| c.kind), Some(Kind::Health));
    }
}

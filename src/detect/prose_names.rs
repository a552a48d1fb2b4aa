//! Names in running text with no honorific or label beside them
//! (「担当の鈴木一郎が対応した」, 「佐藤かずこは」, 「鈴木容疑者」,
//! 「ジョン・スミスは」) — issue 17. A dictionary matcher, no analyser:
//! - a kanji surname (1-4) and given name (1-3) that make up the whole of a
//!   kanji run starting a word, ended by the run's end before punctuation, a
//!   particle or a title (「一郎議員」);
//! - a 2+-kanji surname followed by a hiragana given name (「佐藤かずこが」);
//! - a surname alone before a cue that only follows people (「鈴木容疑者」),
//!   a common one alone before a particle (「中村は」, 「佐藤に」) or a role
//!   (「坂本市長」), unless a prefecture's or city's name;
//! - a surname or given name right after a person noun and 「の」/「、」
//!   (「看護師の小野が」, 「保育士の森は」, 「娘の恵美と」), and a surname and a
//!   katakana given name (「足立ヨシエ」);
//! - katakana words joined by ・ or = starting with a person spelling, a
//!   katakana person before a role (「ヒース元首相」), a well-known one alone
//!   as a subject (「ナポレオンは」);
//! - a surname or katakana name opening a sentence about a person, a katakana
//!   name after a person noun, a hiragana name before ちゃん/くん, a Chinese
//!   name (`subject.rs`);
//! - names beside a found name and in lists of people (`beside.rs`), a
//!   katakana name glued after a role (`after_role.rs`);
//! - a name glued to 名義/宅/邸/宛 (「鈴木花子宅」), a surname and a given
//!   name split by a space (「浅野 健一は」), a hiragana given name after a
//!   relative (「娘のあかりが」), and a found name's parts met again alone
//!   (`glued.rs`).
//!
//! A dictionary alone cannot tell 「東京」 from 東 + 京: the run must be the
//! whole word, two characters in all (林 + 健) are never taken, and the
//! dictionary's own ordinary words that split like a name (中山道) are listed
//! as not names. Measured (issue 17): precision .98, recall .68 on mixed
//! prose never tuned on (held-aside-6: encyclopedia, sports, minutes, family
//! notes), 1.00/.78 on held-aside-7 (office, school, news and family prose,
//! biographies; first run, never tuned on), .96/.72 on news prose (tuned
//! on), .99/.85 on encyclopedia-style prose (read); see README's quality
//! section. A learned scorer (`scorer.rs`, cargo feature `names-scorer`)
//! is asked where the rules stop and find nothing; it is measured beside
//! them but off the default scan: too little recall gained for its cost
//! on clean prose, so far.
//!
//! The lists (~800 kB, ~270 kB gzipped; `names/presend-names.txt`, made by
//! `scripts/gen-names.py` from mecab-ipadic and unidic-mecab) would break the first wasm
//! module's size budget, so in wasm they arrive as a file of their own
//! through [`set_data`] (the worker fetches it next to the wasm). Natively
//! they are embedded. Without them this finder is simply off: the cue-based
//! name detectors (`people`) still run.
//!
//! Speed: the pass skips what is neither kanji nor katakana by its first
//! bytes, measures each run whole, and looks at a kanji run only when its
//! first two characters can start a listed name (a Bloom filter over their
//! bytes) or follows 「の」 after a person noun's last character; the hash
//! sets are touched only then. On the bench's clean prose it adds 24.3 % to
//! the scan (callgrind; README, issue 17: the budget is 25 %);
//! a test holds it to the plain character-at-a-time pass.

mod after_role;
mod beside;
mod data;
mod glued;
mod lists;
mod pass;
#[cfg(feature = "names-scorer")]
pub mod scorer;
mod subject;

use super::kin::{is_kin, KIN};
use super::people::{common_surnames, FnvSet};
use super::Hit;
use crate::{Evidence, Kind};
use data::*;
pub use data::{loaded, set_data, NameData, NameDataError};
use lists::*;
use pass::*;

/// How sure a dictionary-only name is. Below 0.7 a finding's severity drops
/// one step (`scan::severity_of`): a colleague's name in a minute is not
/// a warning; beside a condition or a My Number it still identifies the
/// person (`assess::content`).
const CONFIDENCE: f32 = 0.6;
/// A surname before a cue that only follows people (容疑者, 選手).
const CUE_CONFIDENCE: f32 = 0.65;

fn is_kanji(c: char) -> bool {
    matches!(c, '\u{4E00}'..='\u{9FFF}' | '\u{3400}'..='\u{4DBF}' | '\u{F900}'..='\u{FAFF}' | '々' | '\u{20000}'..='\u{3134F}')
}

fn is_katakana(c: char) -> bool {
    matches!(c, '\u{30A1}'..='\u{30FA}' | 'ー')
}

fn is_hiragana(c: char) -> bool {
    matches!(c, '\u{3041}'..='\u{3096}')
}

/// Joins the parts of a katakana full name (`ジョン・スミス`, `ジョン=スミス`
/// after folding `＝`).
fn is_name_joiner(c: char) -> bool {
    matches!(c, '・' | '=')
}

/// What may follow a name: the end, punctuation, brackets, a space, or a
/// particle or suffix that starts a new word (は, が, を, に, と, の, も, へ,
/// や, で, ら, さん, くん, ちゃん, から), or the copula だ (「経理の沢田だった」).
/// A `match`, not a string search: it is asked at the end of many kanji runs.
#[rustfmt::skip]
fn ends_word(next: Option<char>) -> bool {
    next.is_none_or(|c| c.is_whitespace() || matches!(c,
        '、' | '。' | '，' | '．' | ',' | '.' | '・' | '「' | '」' | '『' | '』' | '(' | ')' | '（' | '）' | '[' | ']'
        | '【' | '】' | '<' | '>' | '〈' | '〉' | ':' | '：' | ';' | '；' | '!' | '！' | '?' | '？' | '/' | '／'
        | '"' | '\'' | '”' | '’' | '〜' | '~' | '-'
        | 'は' | 'が' | 'を' | 'に' | 'と' | 'の' | 'も' | 'へ' | 'や' | 'で' | 'ら' | 'さ' | 'く' | 'ち' | 'か' | 'だ'))
}

/// Whether the whole of `run` (kanji) is a surname and a given name.
fn full_name(d: &NameData, run: &str) -> bool {
    let mut cuts = [0usize; 8];
    let mut n = 0;
    for (i, _) in run.char_indices() {
        if n == cuts.len() {
            return false;
        }
        cuts[n] = i;
        n += 1;
    }
    if !(2..=7).contains(&n) {
        return false;
    }
    let last = run.chars().next_back();
    if !last.is_some_and(|c| d.given_last.has(c) || d.given_finals.has(c)) {
        return false;
    }
    for surname_chars in (1..=4.min(n - 1)).rev() {
        let given_chars = n - surname_chars;
        // Two characters in all (林健, 森明) are too often a word.
        if given_chars > 3 || surname_chars == 1 && given_chars == 1 {
            continue;
        }
        let (surname, given) = run.split_at(cuts[surname_chars]);
        // Bit tests before hashing: most splits of most runs fail here.
        let ends_like_surname = surname.chars().next_back().is_some_and(|c| d.surname_last.has(c))
            || surname_chars == 1 && CHINESE_SURNAMES.contains(&surname);
        if !ends_like_surname || !given.chars().next().is_some_and(|c| d.given_first.has(c)) {
            continue;
        }
        let found = if surname_chars == 1 && given_chars == 2 && CHINESE_SURNAMES.contains(&surname) {
            // 「王麗華」, 「陳美玲」: a Chinese surname and a given name made
            // like one (the lists are Japanese).
            d.is_given(given, 2)
        } else if n == 3 {
            d.common_given.contains(given) && d.common_surnames.contains(surname)
        } else if surname_chars == 1 {
            d.given.contains(given) && d.common_surnames.contains(surname)
        } else {
            d.is_given(given, surname_chars) && d.surnames.contains(surname)
        };
        if found {
            return !d.not_names.contains(run);
        }
    }
    false
}

/// What may stand glued after a full name ending in a hiragana given name
/// (「石原さとみ主演」, 「森田かおり選手」, 「山本あゆみ容疑者」).
const GLUED_ROLES: &[&str] = &["主演", "出演", "選手", "容疑者", "被告", "議員", "氏", "監督", "投手", "委員"];

/// A hiragana given name right after a surname (「佐藤かずこは」): its length
/// in bytes, when a known kana name of 2-4 characters is followed by the end,
/// punctuation or a particle.
fn kana_given_name(d: &NameData, after: &str) -> Option<usize> {
    let mut ends = [0usize; 5];
    let mut n = 0;
    for (i, c) in after.char_indices() {
        if n == 4 || !is_hiragana(c) {
            ends[n] = i;
            break;
        }
        n += 1;
        ends[n] = i + c.len_utf8();
    }
    (2..=n).rev().find_map(|k| {
        let len = ends[k];
        let next = after[len..].chars().next();
        // A role or a part glued on ends the name too (「石原さとみ主演の」,
        // 「森田かおり選手」).
        let role = || next.is_some_and(is_kanji) && GLUED_ROLES.iter().any(|r| after[len..].starts_with(r));
        ((ends_word(next) || role()) && d.given_kana.contains(&after[..len])).then_some(len)
    })
}

fn push(text: &str, start: usize, end: usize, confidence: f32, why: &str, out: &mut Vec<Hit>) {
    out.push(Hit::new(Kind::PersonName, text, start, end, confidence, vec![Evidence::Dictionary(why.to_owned())]));
}

/// A news-style age after a name: `(27)`, `(4)`, `、42)` is not needed.
fn age_follows(after: &str) -> bool {
    let Some(rest) = after.strip_prefix('(') else { return false };
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    (1..=3).contains(&digits) && (rest[digits..].starts_with(')') || rest[digits..].starts_with("歳"))
}

/// Particles after which a katakana person spelling standing alone is taken
/// (「ナポレオンは」, 「ゲーテの」).
fn is_particle(c: char) -> bool {
    matches!(c, 'は' | 'が' | 'を' | 'に' | 'と' | 'の' | 'も' | 'へ' | 'や')
}

/// Looks at one kanji run `text[s..e]` that starts a word; pushes a name if
/// it is one.
fn kanji_run(d: &NameData, text: &str, s: usize, e: usize, out: &mut Vec<Hit>) {
    // One kanji is no name but after a person noun (「保育士の森は」).
    if e - s < 6 {
        if e - s == 3 {
            let before = out.len();
            one_kanji_surname(d, text, s, e, out);
            if out.len() == before {
                subject::surname_subject(d, text, s, e, out);
            }
        }
        return;
    }
    let run = &text[s..e];
    let after = &text[e..];
    // Every rule below needs a surname or a one-word name at the start of
    // the run (two or more characters: `e - s >= 6`), but a given name
    // before ちゃん/くん and a name after a person noun (「娘の恵美と」).
    let (first, width) = decode(run.as_bytes(), 0);
    let listed = d.can_start(run.as_bytes(), 0, width);
    let chan = after.starts_with("ちゃん") || after.starts_with("くん");
    // Not listed: only a given name of 2-3 kanji after a person noun is
    // left (「娘の恵美と」); its ends are asked before the words before it.
    let given_like = || {
        e - s <= 9
            && d.given_first.has(first)
            && run.chars().next_back().is_some_and(|c| d.given_last.has(c) || d.given_finals.has(c))
    };
    if !(listed || chan || given_like() && person_context(d, text, s)) {
        // A given name alone opening a sentence (「直子は窓の外を見たまま」):
        // asked of runs that cannot start a surname only, with the learned
        // scorer's feature (its gate costs the default pass 1.7 M
        // instructions per 2 MiB, over the budget: README).
        #[cfg(feature = "names-given")]
        if !listed && !chan {
            subject::given_subject(d, text, s, e, out);
        }
        return;
    }
    let next = after.chars().next();
    // What follows the name inside the run (a title) or right after it (a
    // katakana title, an age), and whether only people take it.
    let ends_like_role = run.chars().next_back().is_some_and(|c| d.role_last.has(c));
    let role = if ends_like_role { ROLES.iter().find(|r| run.len() > r.len() && run.ends_with(*r)) } else { None };
    let (name, cue, person_only) = match role {
        Some(r) => {
            let name = &run[..run.len() - r.len()];
            // 「岡部幸雄元騎手」: a former or acting role.
            // 「東北大学の名誉教授」: 名誉 is no surname.
            let name = name.strip_suffix("名誉").unwrap_or(name);
            let name = name.strip_suffix(['元', '前', '現']).filter(|n| !n.is_empty()).unwrap_or(name);
            if name.is_empty() {
                return;
            }
            (name, true, PERSON_ONLY_ROLES.contains(r))
        }
        None if next.is_some_and(is_katakana) && KATAKANA_ROLES.iter().any(|r| after.starts_with(r)) => {
            (run, true, true)
        }
        None if age_follows(after) => (run, true, true),
        None => (run, false, false),
    };
    // 「長谷川トメは」: a surname run ended by a given name in katakana.
    if !cue && next.is_some_and(is_katakana) && run.chars().nth(1).is_some() && d.is_surname(run) {
        if let Some(len) = katakana_given_name(d, after) {
            push(text, s, e + len, CONFIDENCE, "姓+名 / full name", out);
            return;
        }
    }
    // 「佐藤かずこは」: a surname run ended by a kana given name.
    if !cue && next.is_some_and(|c| d.kana_first.has(c)) && (6..=12).contains(&run.len()) && d.is_surname(run) {
        if let Some(len) = kana_given_name(d, after) {
            push(text, s, e + len, CONFIDENCE, "姓+名 / full name", out);
            return;
        }
    }
    // 「源蔵じいさんが」, 「トメばあさん」: a listed given name before a word
    // of address for the old (the honorific finder takes さん after names,
    // not after じい or ばあ).
    if !cue && (after.starts_with("じいさん") || after.starts_with("ばあさん")) && d.given.contains(run) && !is_kin(run)
    {
        push(text, s, e, CONFIDENCE, "名 + じいさん・ばあさん / given name", out);
        return;
    }
    if !cue {
        // 「浅野 健一は」: a surname and a given name split by a space.
        if matches!(next, Some(' ' | '\u{3000}')) {
            if let Some(end) = glued::spaced_name(d, text, s, e) {
                push(text, s, end, CONFIDENCE, "姓 名 / full name split by a space", out);
                return;
            }
        }
        // 「田中一郎氏名義の」, 「鈴木花子宅を」, 「佐藤健太郎宛てに」.
        if let Some(len) = glued::glued_name(d, run) {
            push(text, s, s + len, CONFIDENCE, "姓名 + 宅・名義 / name glued to a word", out);
            return;
        }
    }
    // 「担当の野々村より」, 「同じ課の早川まで」: after a person noun only.
    let ends_after_role = || (after.starts_with("まで") || after.starts_with("より")) && person_context(d, text, s);
    // 「吉岡までご連絡ください」: whom to contact, a common surname alone.
    if !cue && contact_request_follows(after) && common_surname_alone(d, run) && !after_a_place(text, s) {
        push(text, s, e, CONFIDENCE, "姓 + までご連絡 / surname as whom to contact", out);
        return;
    }
    if !cue && !ends_word(next) && !ends_after_role() {
        return;
    }
    // A place or an era and the word for what is there (東京駅, 江戸時代,
    // 田中病院): the dictionary splits some as a surname and a given name.
    if PLACE_HEADS.iter().any(|h| name.len() > h.len() && name.ends_with(h)) {
        return;
    }
    if full_name(d, name) {
        push(text, s, s + name.len(), CONFIDENCE, "姓+名 / full name", out);
        return;
    }
    if !cue {
        // One word that is a whole name (紫式部, 清少納言).
        if d.persons.contains(run) {
            push(text, s, e, CONFIDENCE, "人名 / person", out);
            return;
        }
        // A surname or given name right after a person noun: 「看護師の小野が」,
        // 「新人の桜井と」, 「娘の恵美と」.
        // A common surname that is also a word (平野, 本田, 小川: the lists
        // keep them apart) is a name there too: 「総務の平野が」.
        if (person_context(d, text, s) && (d.is_surname(run) || d.given.contains(run))
            || d.is_surname(run) && after_role_de_aru(d, text, s))
            && (!d.not_names.contains(run) || d.common_surnames.contains(run) && run.chars().nth(1).is_some())
            && !NOT_A_PERSON_AFTER_ROLE.contains(&run)
            // 「家族の長男が」: a relative, though 長男 is a given name too.
            && !is_kin(run)
        {
            push(text, s, e, CUE_CONFIDENCE, "役割の + 姓・名 / name after a role", out);
            return;
        }
        // A common surname alone before a particle (「中村は」, 「村井から」,
        // 「石原の試算」): office, news and encyclopedia prose name a person
        // once in full or not at all, then so. Not a prefecture's name
        // (「石川は」) nor a well-known city's (「上野の」), which read the same.
        if surname_particle_follows(after) && common_surname_alone(d, run) && !after_a_place(text, s) {
            push(text, s, e, CONFIDENCE, "姓 / surname", out);
            return;
        }
        // A common surname as an item of a list of people
        // (「出席：山田、佐藤、鈴木」, 「（前任：岸本、後任：若林）」).
        if beside::list_item(d, text, s, e) {
            push(text, s, e, CONFIDENCE, "姓（列挙） / surname in a list", out);
            return;
        }
        // Any listed surname opening a sentence about a person
        // (「勅使河原は…意向を示した」): the common list lacks most.
        if subject::surname_subject(d, text, s, e, out) {
            return;
        }
        // A given name before ちゃん or くん (「健太くん」): a child's name.
        if (after.starts_with("ちゃん") || after.starts_with("くん")) && d.given.contains(run) {
            push(text, s, e, CONFIDENCE, "名 + ちゃん・くん / given name", out);
            return;
        }
        // A given name alone opening a sentence whose first characters can
        // start a surname too (「真由美は、母が入院してから」): with the
        // scorer's feature only, as below.
        #[cfg(feature = "names-given")]
        if subject::given_subject(d, text, s, e, out) {
            return;
        }
    }
    // A common surname alone before any other role but 代表 (「坂本市長」;
    // 「日本代表」): not a prefecture's or a city's (「豊田市長」).
    if !person_only && role.is_some_and(|r| *r != "代表") && common_surname_alone(d, name) {
        push(text, s, s + name.len(), CUE_CONFIDENCE, "姓 + 敬称・役職 / surname + title", out);
        return;
    }
    // A known surname alone before a role only people have (「鈴木容疑者」);
    // one-character surnames only from the common list (林, 森 are words too).
    if person_only {
        let surname = if name.chars().nth(1).is_some() { d.is_surname(name) } else { d.common_surnames.contains(name) };
        if surname && !d.not_names.contains(name) {
            push(text, s, s + name.len(), CUE_CONFIDENCE, "姓 + 敬称・役職 / surname + title", out);
        }
    }
}

/// Whether `run` is a common surname of two or more kanji that may stand
/// alone: no prefecture, well-known city or word the lists keep apart.
fn common_surname_alone(d: &NameData, run: &str) -> bool {
    run.chars().nth(1).is_some()
        && d.common_surnames.contains(run)
        && !PREFECTURE_STEMS.contains(&run)
        && !PLACE_SURNAMES.contains(&run)
        && !d.not_names.contains(run)
}

/// Whether a prefecture or a big city and 「の」 stand before byte `s`
/// (「京都の大原を」, 「長崎の出島に」): what follows is a place in it.
fn after_a_place(text: &str, s: usize) -> bool {
    text[..s].strip_suffix('の').is_some_and(|b| {
        let bare = b.strip_suffix(['都', '府', '県', '市']).unwrap_or(b);
        PREFECTURE_STEMS.iter().chain(PLACE_SURNAMES).chain(CITIES).any(|p| b.ends_with(p) || bare.ends_with(p))
    })
}

/// A katakana given name of 2-3 characters right after a surname
/// (「長谷川トメ」, 「足立ヨシエは」), the whole katakana run, before the end,
/// punctuation or a particle: its length in bytes when its hiragana is a
/// listed kana given name.
fn katakana_given_name(d: &NameData, after: &str) -> Option<usize> {
    let mut kana = String::new();
    let mut len = 0;
    for c in after.chars() {
        if !is_katakana(c) || c == 'ー' {
            break;
        }
        // Katakana U+30A1-U+30F6 lie 0x60 above their hiragana.
        kana.push(char::from_u32(u32::from(c) - 0x60)?);
        len += c.len_utf8();
        if kana.chars().count() > 3 {
            return None;
        }
    }
    let next = after[len..].chars().next();
    let whole = !next.is_some_and(is_katakana);
    let chars = kana.chars().count();
    // 「前田ビル」: a building or a firm named after its owner.
    if chars < 2 || !whole || !ends_word(next) || KATAKANA_HEADS.contains(&&after[..len]) {
        return None;
    }
    // The lists hold few of the katakana names of women born before the
    // war (トメ, キヨ, ハル, ヨシエ): two plain kana, or three ending as such
    // names do, count too. Voiced and small kana mostly spell loanwords
    // (ビル, メモリ): left out.
    let plain = kana.chars().all(|c| !VOICED_OR_SMALL.contains(c) && c != 'ん');
    let shaped = chars == 2 || kana.ends_with(['え', 'よ', 'こ', 'の', 'ゑ']);
    (d.given_kana.contains(kana.as_str()) || plain && shaped).then_some(len)
}

/// Whether `after` is まで and a polite request to contact someone
/// (「までご連絡ください」, 「までお問い合わせ」): what stands before is whom
/// (a person or a desk), not where (「大阪までお越し」 is no request so).
fn contact_request_follows(after: &str) -> bool {
    after.strip_prefix("まで").is_some_and(|r| {
        [
            "ご連絡",
            "ご一報",
            "お問い合わせ",
            "お問合せ",
            "お知らせ",
            "お申し付け",
            "お申し出",
            "ご相談",
            "お電話",
            "ご提出",
        ]
        .iter()
        .any(|w| r.starts_with(w))
    })
}

/// Particles and words after which a common surname alone is a name
/// (「村井から」, 「石原の試算」, 「岩田に」, 「服部と」); は and が as before.
/// で is left out: 「上田で」 is a place as often as a person.
fn surname_particle_follows(after: &str) -> bool {
    matches!(after.chars().next(), Some('は' | 'が' | 'を' | 'に' | 'と' | 'の' | 'も' | 'へ' | 'や'))
        || after.starts_with("から")
}

/// Whether the word before byte `s` of `text` names a role or relation,
/// then 「の」 or 「、」 (「看護師の」, 「会社員、」): a name standing right
/// after it is that person's. Bit tests first: 「の」 is everywhere.
fn person_context(d: &NameData, text: &str, s: usize) -> bool {
    let Some(before) = text[..s].strip_suffix('の').or_else(|| text[..s].strip_suffix('、')) else {
        return false;
    };
    ends_in_person_noun(d, before)
}

/// Whether a person noun and である stand before byte `s` (「前任である関は」,
/// 「担当者である岸が」): asked of surnames only, which the pass looks at
/// wherever they stand (a given name after である is not reached).
fn after_role_de_aru(d: &NameData, text: &str, s: usize) -> bool {
    text[..s].strip_suffix("である").is_some_and(|b| ends_in_person_noun(d, b))
}

/// Whether `before` ends in a word for a person's role or relation
/// (看護師, 娘, 製造課), or in a kanji compound made with a suffix only
/// people's words end in (作業者, 団員, 工場長, 落語家: `PERSON_SUFFIXES`).
fn ends_in_person_noun(d: &NameData, before: &str) -> bool {
    let Some(last) = before.chars().next_back() else { return false };
    if !d.person_noun_last.has(last) {
        return false;
    }
    // The longest person noun has seven characters (ケアマネジャー).
    before.char_indices().rev().take(7).any(|(i, _)| d.person_nouns.contains(&before[i..]))
        || DEPARTMENT_ENDS.iter().any(|w| before.strip_suffix(w).is_some_and(two_kanji_end))
        || PERSON_SUFFIXES.contains(last)
            && two_kanji_end(before)
            && !NOT_PERSON_SUFFIXED.iter().any(|w| before.ends_with(w))
}

/// Whether `text` ends in two kanji: a section's name before 課 or 部
/// (経理部, 製造課), not 内部 or 一部.
fn two_kanji_end(text: &str) -> bool {
    let mut chars = text.chars().rev();
    chars.next().is_some_and(is_kanji) && chars.next().is_some_and(is_kanji)
}

/// A one-kanji run `text[s..e]` after a person noun (「保育士の森は」): a
/// common one-kanji surname, or one of [`ONE_KANJI_SURNAMES`], before a
/// particle or a comma.
fn one_kanji_surname(d: &NameData, text: &str, s: usize, e: usize, out: &mut Vec<Hit>) {
    let run = &text[s..e];
    let after = &text[e..];
    let surname = d.common_surnames.contains(run) || ONE_KANJI_SURNAMES.contains(&run);
    // 「防災担当の谷より」, 「係の辻まで」: after a person noun only (below).
    let from_or_to = after.starts_with("より") || after.starts_with("まで");
    if !(surname_particle_follows(after) || after.starts_with('、') || from_or_to) {
        return;
    }
    if from_or_to && !surname {
        return;
    }
    // After である only before は, が, も or から: the pass looks at a lone
    // kanji before those wherever it stands, before others after の or 、.
    let subject = matches!(after.chars().next(), Some('は' | 'が' | 'も')) || after.starts_with("から");
    if surname && (person_context(d, text, s) || subject && after_role_de_aru(d, text, s)) {
        push(text, s, e, CUE_CONFIDENCE, "役割の + 姓 / surname after a role", out);
    } else if d.common_given.contains(run) && !ONE_KANJI_WORDS.contains(run) && after_kin(text, s) {
        // 「息子の隆に」, 「兄の徹と」, 「孫の蓮が」: a relative's one-kanji given
        // name (not 「母の愛が」: words that are given names too are left out).
        push(text, s, e, CUE_CONFIDENCE, "続柄の + 名 / given name after a relative", out);
    }
}

/// One-kanji common given names that are as often words after 「母の」:
/// 「母の愛が」, 「父の夢は」, 「妻の心に」.
const ONE_KANJI_WORDS: &str = "愛心光命夢力花空海雪星月恵幸和望希翼宝誠勇信仁優栄実";

/// Whether a relative and 「の」 stand before byte `s` (「息子の」, 「祖母の」).
fn after_kin(text: &str, s: usize) -> bool {
    text[..s].strip_suffix('の').is_some_and(|b| KIN.iter().any(|k| b.ends_with(k)))
}

/// Old women's katakana names (キヨ, フミ, トメ, ハナ): two plain kana, no
/// voiced or small one, no ン, ending as such names do (ヨ, メ, ミ, エ, ノ,
/// コ, ナ, ル, ク, キ, ネ, チ, ツ, ヲ); not メモ, ケア, ネコ.
fn old_kana_name(run: &str) -> bool {
    let mut chars = run.chars();
    let (Some(a), Some(b), None) = (chars.next(), chars.next(), chars.next()) else { return false };
    let plain = |c: char| {
        is_katakana(c)
            && c != 'ー'
            && c != 'ン'
            && u32::from(c).checked_sub(0x60).and_then(char::from_u32).is_some_and(|h| !VOICED_OR_SMALL.contains(h))
    };
    plain(a)
        && plain(b)
        && "ヨメミエノコナルクキネチツヲ".contains(b)
        && !["ネコ", "カメ", "ヘル", "ケチ", "ウチ", "ミミ", "ココ", "ソコ", "アノ", "コノ", "ソノ", "スキ", "ナル"]
            .contains(&run)
}

/// A one-kanji common given name before さん opening a sentence or a clause
/// (「訪問時、茂さんの遺影の前に」): the honorific finder takes surnames and
/// longer words only. Not a relative or a word of address (奥さん, 皆さん).
fn one_kanji_san(d: &NameData, text: &str, s: usize, e: usize, out: &mut Vec<Hit>) {
    let run = &text[s..e];
    if text[e..].starts_with("さん")
        && subject::opens_sentence(text, s, true)
        && d.common_given.contains(run)
        && !d.common_surnames.contains(run)
        && !is_kin(run)
        && !NOT_GIVEN_BEFORE_SAN.contains(run)
        && !ONE_KANJI_WORDS.contains(run)
    {
        push(text, s, e, CUE_CONFIDENCE, "名 + さん / given name + honorific", out);
    }
}

/// One kanji before さん that are no given name: words of address and trades.
const NOT_GIVEN_BEFORE_SAN: &str = "皆奥姉兄妹弟母父孫嫁婿爺婆坊娘嬢殿客神仏様君";

/// Looks at one katakana run `text[s..e]` (joiners included) that starts a
/// word: a name when two or more parts of 2+ characters are joined and one
/// of them is a person spelling that is no ordinary word (ジョージ・ワシントン,
/// not データ・センター); or one such word before a role only people have
/// (「ウィリアムズ氏」, 「ウッズ選手」).
fn katakana_run(d: &NameData, text: &str, s: usize, e: usize, out: &mut Vec<Hit>) {
    let run = text[s..e].trim_end_matches(is_name_joiner);
    let after = &text[s + run.len()..];
    let next = after.chars().next();
    if !(ends_word(next) || next.is_some_and(is_kanji)) {
        return;
    }
    // An honorific, glued or after one space (「グエン・ヴァン・ドゥック 氏」
    // 「レ・ティ・マイ様」), follows only a person: any joined parts will do,
    // listed or not and of one character too (Vietnamese, Chinese and Korean
    // names the lists lack).
    let spaced = after.strip_prefix([' ', '\u{3000}']).unwrap_or(after);
    let honorific = ["氏", "様", "さん", "殿"].iter().any(|h| spaced.starts_with(h)) && !spaced.starts_with("様式");
    let (mut parts, mut well_known, mut first_listed, mut last_listed) = (0, false, true, false);
    let last = run.split(is_name_joiner).count() - 1;
    for (k, part) in run.split(is_name_joiner).enumerate() {
        // One character only inside a name (レオナルド・ダ・ヴィンチ).
        let short = part.chars().nth(1).is_none();
        if part.is_empty() || short && (k == 0 || k == last) && !honorific || PLACE_PARTS.contains(&part) {
            return;
        }
        // The first part is a given name of the lists (マルコ・ベルティ: the
        // given names are few and listed, the surnames open-ended); ships and
        // places named after a person start otherwise (ボノム・リシャール).
        // After a person noun (「実習生のグエン・ヴァン・ナムは」) any first
        // part will do.
        if KATAKANA_HEADS.contains(&part) {
            return;
        }
        if k == 0 && !d.katakana.contains(part) && !person_context(d, text, s) {
            first_listed = false;
        }
        // A listed last part (a surname spelling: クルーン, メルケル) after a
        // given name the lists lack because it is a word too (マーク, タイガー).
        last_listed = k == last && d.katakana.contains(part);
        well_known |= d.katakana_solo.contains(part);
        parts += 1;
    }
    let role = ROLES.iter().any(|r| after.strip_prefix(['元', '前']).unwrap_or(after).starts_with(r));
    // A name only the large list knows needs prose around it: a particle,
    // a role or a bracket after it, not the end of a line (a credit, a
    // title; UniDic's 25,000 spellings are mostly rare).
    let in_prose = next.is_some_and(|c| is_particle(c) || matches!(c, '(' | '、' | '」' | '』' | 'で' | 'ら')) || role;
    // The first part unlisted: a subject, a possessor, one of a pair or a
    // role after it, not a title in brackets (『モナ・リザ』) nor what one
    // goes to or boards (「ボノム・リシャールに乗り組んだ」: a ship).
    let as_a_person = next.is_some_and(|c| matches!(c, 'は' | 'が' | 'の' | 'と' | 'も' | 'や' | '、' | '(')) || role;
    let titled = text[..s].ends_with(['『', '「', '《', '〈']);
    let addressed = parts >= 2 && honorific && !titled;
    if !(first_listed || parts >= 2 && last_listed && as_a_person && !titled || addressed) {
        return;
    }
    if parts >= 2 {
        if well_known || in_prose || addressed {
            push(text, s, s + run.len(), CONFIDENCE, "カタカナ姓名 / full name", out);
        }
    } else if role {
        // A person spelling that is no word or place before a role
        // (「ブッシュ大統領」, 「ヒース元首相」, 「ウッズ選手」).
        push(text, s, s + run.len(), CUE_CONFIDENCE, "カタカナ名 + 敬称・役職 / name + title", out);
    } else if matches!(next, Some('は' | 'が')) && d.katakana_solo.contains(run) && morae(run) >= 3 {
        // A well-known person alone as the subject (「ナポレオンは」); before
        // other particles it cost 8 % more on clean prose and found
        // 「ナポレオンの」 in a manual page, no one in the labelled sets.
        push(text, s, s + run.len(), CONFIDENCE, "カタカナ名 / name", out);
    }
}

/// Characters less the small kana (ション is two): a name of two is too
/// often the tail of a word broken at a line's end.
fn morae(word: &str) -> usize {
    word.chars().filter(|c| !matches!(c, 'ァ' | 'ィ' | 'ゥ' | 'ェ' | 'ォ' | 'ャ' | 'ュ' | 'ョ' | 'ッ' | 'ヮ')).count()
}

/// A kanji run `text[start..end]` that starts a word, `width` its first
/// character's: looked at when its first two characters can start a
/// surname or a one-word name ([`NameData::name_start`]), or when ちゃん/くん
/// follows (a given name alone); one kanji is no name.
fn kanji_candidate(d: &NameData, text: &str, start: usize, width: usize, end: usize, out: &mut Vec<Hit>) {
    let bytes = text.as_bytes();
    // 「の」 or 「、」 before the run: a person noun may stand before it
    // (「保育士の森は」, 「娘の恵美と」); kanji_run asks.
    // 「の」 is everywhere: the character before it must end a person noun.
    let after_no = start >= 6
        && matches!(bytes.get(start - 3..start), Some(&[0xE3, 0x81, 0xAE] | &[0xE3, 0x80, 0x81]))
        && d.person_noun_last.has_code(code_point(bytes, start - 6));
    if end - start < 6 {
        if end - start == 3 {
            // は, が, も or か(ら) after one kanji: a surname may open a
            // sentence about a person (「関は来週から夜勤に入る」); の: a
            // relative's hiragana name may follow (「娘のあかりが」).
            match bytes.get(end..end + 3) {
                Some(&[0xE3, 0x81, 0xAE]) if !after_no => kana_after_one_kanji(d, text, start, end, out),
                // さ: 「茂さん」.
                Some(&[0xE3, 0x81, 0x95]) if !after_no => one_kanji_san(d, text, start, end, out),
                // (も is E3 82 82: 0x82 after E3 81 is あ, which this
                // arm once took in its place.)
                Some(&[0xE3, 0x81, 0xAF | 0x8C | 0x8B | 0xAE] | &[0xE3, 0x82, 0x82]) => {
                    let before = out.len();
                    kanji_run_or_scorer(d, text, start, end, out);
                    if out.len() == before && bytes[end + 2] == 0xAE {
                        glued::kana_after_kin(d, text, start, end, out);
                    }
                }
                _ if after_no => kanji_run_or_scorer(d, text, start, end, out),
                _ => {}
            }
        }
        return;
    }
    let after = &bytes[end..];
    // ち or く first: the whole suffix is compared only then.
    let chan = || {
        matches!(after.get(..3), Some(&[0xE3, 0x81, 0xA1 | 0x8F]))
            && (after.starts_with("ちゃん".as_bytes()) || after.starts_with("くん".as_bytes()))
    };
    // The first character must also be one a listed name starts with (the
    // pair filter lets ~2 % of other pairs through): asked last, as it
    // seldom needs asking.
    if d.can_start(bytes, start, width) || chan() || after_no {
        let before = out.len();
        kanji_run_or_scorer(d, text, start, end, out);
        // 「の」 after a relative or a role (「次女のさくらは」): a hiragana
        // name may follow. Only runs that can start a name or a relative
        // (their keys are in the filter) are asked.
        if out.len() == before && after.get(..3) == Some(&[0xE3, 0x81, 0xAE]) {
            glued::kana_after_kin(d, text, start, end, out);
        }
    } else {
        // A given name alone of 2-3 kanji before は, が or も (「翔太が」): the
        // rule when it opens a sentence, else the scorer's (before は or
        // が); with the feature `names-given` (or `names-scorer`) only (see
        // `kanji_run`).
        #[cfg(feature = "names-given")]
        if end - start <= 9
            && matches!(after.get(..3), Some(&[0xE3, 0x81, 0xAF | 0x8C] | &[0xE3, 0x82, 0x82]))
            && d.given_start.has(start_keys(bytes, start, width).1)
            && !subject::given_subject(d, text, start, end, out)
            && after.get(..3) != Some("も".as_bytes())
        {
            #[cfg(feature = "names-scorer")]
            scorer::given_alone(d, text, start, end, out);
        }
    }
}

/// One kanji before 「の」 (`text[start..end]`): when it can end a person
/// noun (a relative: 娘, 妻), a hiragana name may follow (「娘のあかりが」).
#[inline(always)]
fn kana_after_one_kanji(d: &NameData, text: &str, start: usize, end: usize, out: &mut Vec<Hit>) {
    if d.person_noun_last.has_code(code_point(text.as_bytes(), start)) {
        glued::kana_after_kin(d, text, start, end, out);
    }
}

/// [`kanji_run`], then, with the cargo feature `names-scorer`, the learned
/// scorer where the rules found nothing.
#[inline(always)]
fn kanji_run_or_scorer(d: &NameData, text: &str, start: usize, end: usize, out: &mut Vec<Hit>) {
    #[cfg(feature = "names-scorer")]
    let before = out.len();
    kanji_run(d, text, start, end, out);
    #[cfg(feature = "names-scorer")]
    if out.len() == before {
        scorer::kanji(d, text, start, end, out);
    }
}

/// A katakana run `text[start..end]` that starts a word, `next` the class
/// of what follows: looked at when its parts are joined (ジョン・スミス),
/// when a kanji follows (a role: ウッズ選手) or, for a long one, when it is a
/// subject (ナポレオンは).
fn katakana_candidate(d: &NameData, text: &str, start: usize, end: usize, next: Class, out: &mut Vec<Hit>) {
    let bytes = text.as_bytes();
    if !d.surname_first.has_code(code_point(bytes, start)) {
        return;
    }
    #[cfg(feature = "names-scorer")]
    let before = out.len();
    katakana_rules(d, text, start, end, next, out);
    #[cfg(feature = "names-scorer")]
    if out.len() == before {
        scorer::katakana(d, text, start, end, out);
    }
}

/// The rules of [`katakana_candidate`] for a run that starts like a listed
/// spelling.
#[inline(always)]
fn katakana_rules(d: &NameData, text: &str, start: usize, end: usize, next: Class, out: &mut Vec<Hit>) {
    let joined = text[start..end].contains(['・', '=']);
    if joined
        || next == Class::Kanji
        || end - start >= 9 && (text[end..].starts_with('は') || text[end..].starts_with('が'))
    {
        let before = out.len();
        katakana_run(d, text, start, end, out);
        if joined || out.len() > before {
            return;
        }
    }
    katakana_word(d, text, start, end, next, out);
}

/// One katakana word alone, `text[start..end]`, `next` the class of what
/// follows: after a person noun (「留学生のリーに」) or as the subject of a
/// sentence about a person (「マリアが受付に来て」). 「の」, 「、」 or a
/// sentence's opening before it, and a particle after, are asked first.
fn katakana_word(d: &NameData, text: &str, start: usize, end: usize, next: Class, out: &mut Vec<Hit>) {
    let bytes = text.as_bytes();
    let no_before = start >= 6
        && matches!(bytes.get(start - 3..start), Some(&[0xE3, 0x81, 0xAE] | &[0xE3, 0x80, 0x81]))
        && d.person_noun_last.has_code(code_point(bytes, start - 6));
    if next == Class::Other && (no_before || subject::opens_sentence(text, start, true)) {
        if text[end..].starts_with(['は', 'が', 'を', 'に', 'と', 'の', 'も', 'へ', 'や', 'か', '、']) {
            subject::katakana_alone(d, text, start, end, out);
        } else if text[end..].starts_with("さん") {
            subject::katakana_san(d, text, start, end, out);
        }
    }
}

/// At byte `i`, ゃ or ん: when it ends ちゃん or くん, a child's name may
/// stand before (「ひなたちゃん」, 「ゆうとくん」); when さん, a listed
/// hiragana given name (「ゆきえさんは」).
fn child_suffix(d: &NameData, text: &str, i: usize, out: &mut Vec<Hit>) {
    let bytes = text.as_bytes();
    let chan = bytes.get(i.saturating_sub(3)..i + 6) == Some("ちゃん".as_bytes());
    let kun = bytes.get(i.saturating_sub(3)..i + 3) == Some("くん".as_bytes());
    if chan || kun {
        subject::child_name(d, text, i - 3, out);
    } else if bytes.get(i.saturating_sub(3)..i + 3) == Some("さん".as_bytes()) {
        subject::kana_san(d, text, i - 3, out);
    }
}

/// Finds names in `text` (folded) that no cue marks, leaving out what `out`
/// already holds from `first` on as a name (the honorific and label finders
/// ran first and know more).
///
/// One pass: outside kanji and katakana it skips; a run of either that
/// starts a word (after neither, no ASCII letter or digit glued before it)
/// is measured to its end and looked at only if its first characters can
/// start a name; runs glued to it (漢字カナ漢字) start no word and are passed
/// over. Over clean prose nearly all the work is the skipping.
pub(super) fn find(text: &str, first: usize, out: &mut Vec<Hit>) {
    let Some(d) = data() else { return };
    let before = out.len();
    let bytes = text.as_bytes();
    let n = bytes.len();
    let mut i = 0;
    while i < n {
        let (at, class, width) = skip_other(bytes, i);
        i = at;
        if i >= n {
            break;
        }
        if class == Class::Other {
            i += width;
            continue;
        }
        if class == Class::Suffix {
            child_suffix(d, text, i, out);
            i += width;
            continue;
        }
        let start = i;
        let (end, next, next_width) = run_end(bytes, i + width, class);
        let word_start = !(start > 0 && bytes[start - 1].is_ascii_alphanumeric());
        if word_start {
            match class {
                Class::Kanji => kanji_candidate(d, text, start, width, end, out),
                _ => katakana_candidate(d, text, start, end, next, out),
            }
            // A katakana name glued after a person noun (「作曲家シベリウスは」).
            if class == Class::Kanji && next == Class::Katakana {
                after_role::katakana_after_role(d, text, start, end, out);
            }
        }
        // Runs of the other class glued on (ジョン・スミス氏 → 氏) start no word.
        let (mut i2, mut class2, mut w2) = (end, next, next_width);
        while i2 < n && class2 != Class::Other {
            (i2, class2, w2) = run_end(bytes, i2 + w2, class2);
        }
        // What ends the runs is neither kanji nor katakana: passed over too
        // (whatever came before, it is so after any run).
        i = i2 + w2;
    }
    if out.len() == before {
        if out[first..].iter().any(|h| h.kind == Kind::PersonName) {
            beside::beside_found(d, text, first, out);
            glued::mentions(d, text, first, out);
        }
        return;
    }
    // Drop what overlaps a name already reported (by another finder, or
    // here). Names are looked up by where they start, within the longest
    // name's length: a text can hold tens of thousands of names, and a look
    // over all of them for each was quadratic (a second for 8 MiB of lists).
    let found = out.split_off(before);
    let mut names = NameSpans::default();
    for h in out[first..].iter().filter(|h| h.kind == Kind::PersonName) {
        names.add(h);
    }
    for hit in found {
        if !names.overlaps(&hit) {
            if hit.kind == Kind::PersonName {
                names.add(&hit);
            }
            out.push(hit);
        }
    }
    beside::beside_found(d, text, first, out);
    glued::mentions(d, text, first, out);
}

/// The spans of the names found in a text, by where they start.
#[derive(Default)]
struct NameSpans {
    /// Start → the furthest end of a name starting there.
    ends: std::collections::BTreeMap<usize, usize>,
    longest: usize,
}

impl NameSpans {
    fn add(&mut self, h: &Hit) {
        let end = self.ends.entry(h.start).or_insert(h.end);
        *end = (*end).max(h.end);
        self.longest = self.longest.max(h.end - h.start);
    }

    /// Whether `h` overlaps a name: one starting before its end and at most
    /// the longest name's length before its start, ending after its start.
    fn overlaps(&self, h: &Hit) -> bool {
        self.ends.range(h.start.saturating_sub(self.longest)..h.end).any(|(_, &end)| end > h.start)
    }
}

// Native only: the tests read the embedded lists, which wasm builds leave out.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests;

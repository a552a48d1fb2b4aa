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
//!   name (`subject.rs`).
//!
//! A dictionary alone cannot tell 「東京」 from 東 + 京: the run must be the
//! whole word, two characters in all (林 + 健) are never taken, and the
//! dictionary's own ordinary words that split like a name (中山道) are listed
//! as not names. Measured (issue 17): precision 1.00, recall .75 on office
//! prose never tuned on (held-aside-5), .96/.68 on news prose, .99/.79 on
//! encyclopedia-style prose; see README's quality section.
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
//! sets are touched only then. On the bench's clean prose it adds 26.2 % to
//! the scan (callgrind; README, issue 17: the budget is 25 %);
//! a test holds it to the plain character-at-a-time pass.

use std::sync::OnceLock;

mod subject;

use super::kin::{is_kin, KIN};
use super::people::{common_surnames, FnvSet};
use super::Hit;
use crate::{Evidence, Kind};

/// How sure a dictionary-only name is. Below 0.7 a finding's severity drops
/// one step (`scan::severity_of`): a colleague's name in a minute is not
/// a warning; beside a condition or a My Number it still identifies the
/// person (`assess::content`).
const CONFIDENCE: f32 = 0.6;
/// A surname before a cue that only follows people (容疑者, 選手).
const CUE_CONFIDENCE: f32 = 0.65;

/// The name lists, read from the data file.
pub struct NameData {
    surnames: FnvSet,
    given: FnvSet,
    /// The common ones (marked `+` in the file): a run of three kanji in
    /// all must be made of them (the full lists hold 高品 and 好奇 as
    /// surnames, 質 and 心 as given names: 高品質, 好奇心).
    common_surnames: FnvSet,
    common_given: FnvSet,
    given_kana: FnvSet,
    katakana: FnvSet,
    /// Katakana person spellings no dictionary lists as anything else
    /// (ナポレオン, not ワシントン or ミラー): taken alone before a particle.
    katakana_solo: FnvSet,
    /// Whole names of one word (紫式部, 清少納言): UniDic's 人名 of 3+ kanji.
    persons: FnvSet,
    not_names: FnvSet,
    /// First characters of surnames and katakana names, and last characters
    /// of given names, one bit per BMP code point: a run whose ends are not
    /// in them is passed over without hashing.
    surname_first: Bits,
    given_last: Bits,
    /// First characters of given names, and characters that end given names
    /// far more often than other words (郎, 介): a 2-character given name the
    /// lists lack (the dictionary is from 2007) may be made of them.
    given_first: Bits,
    given_finals: Bits,
    /// Last characters of [`ROLES`] and first characters of kana given
    /// names: most kanji runs end in neither, and skip the searches.
    role_last: Bits,
    kana_first: Bits,
    /// Last characters of surnames: a run that ends otherwise is no surname.
    surname_last: Bits,
    /// Last characters of [`PERSON_NOUNS`]: before 「の」 most words end in
    /// none, and the list is searched only when one does.
    person_noun_last: Bits,
    /// [`PERSON_NOUNS`] as a set: the words before 「の」 are looked up by
    /// their last one to seven characters, not compared with each noun.
    person_nouns: FnvSet,
    /// What a kanji name can start with: the first two characters of every
    /// surname and one-word name of 2+ characters, and the one-character
    /// common surnames. Every kanji-run rule but 「健太くん」 starts with one
    /// of these, and most runs of ordinary prose (資料, 会議室) with none:
    /// they are let go before any hashing of strings. Keyed by the UTF-8
    /// bytes ([`start_keys`]): no decoding.
    name_start: StartBits,
}

/// A Bloom filter over keys of at most 8 bytes (2^20 bits, 128 kB, two
/// bits a key from one multiplication): ~17,000 keys set two bits each, so
/// ~0.1 % of others pass as well (one bit a key let ~2 % through, and one
/// such word repeated in a text costs much); no key that was set is ever
/// refused, so what the rules find is unchanged.
struct StartBits(Vec<u64>);

impl StartBits {
    const BITS: u32 = 20;
    fn new() -> StartBits {
        StartBits(vec![0; (1 << Self::BITS) / 64])
    }
    fn index(key: u64) -> (usize, usize) {
        let h = key.wrapping_mul(0x9E37_79B9_7F4A_7C15);
        ((h >> (64 - Self::BITS)) as usize, ((h >> 20) & ((1 << Self::BITS) - 1)) as usize)
    }
    fn set(&mut self, key: u64) {
        let (i, j) = Self::index(key);
        self.0[i / 64] |= 1 << (i % 64);
        self.0[j / 64] |= 1 << (j % 64);
    }
    fn has(&self, key: u64) -> bool {
        let (i, j) = Self::index(key);
        self.0[i / 64] & (1 << (i % 64)) != 0 && self.0[j / 64] & (1 << (j % 64)) != 0
    }
}

/// The keys of the first character and of the first two characters at
/// byte `i` of valid UTF-8, `width` the first one's width: their bytes,
/// little-endian in a u64 (UTF-8 is a prefix code, so a key is one string).
#[inline(always)]
fn start_keys(bytes: &[u8], i: usize, width: usize) -> (u64, u64) {
    // Two three-byte characters (nearly every kanji pair): fixed masks.
    if let Some(b) = bytes.get(i..i + 8).and_then(|b| <[u8; 8]>::try_from(b).ok()) {
        if width == 3 && b[3] & 0xF0 == 0xE0 {
            let word = u64::from_le_bytes(b);
            return (word & 0xFF_FFFF, word & 0xFFFF_FFFF_FFFF);
        }
    }
    let word = match bytes.get(i..i + 8).and_then(|b| <[u8; 8]>::try_from(b).ok()) {
        Some(b) => u64::from_le_bytes(b),
        None => {
            let mut buf = [0u8; 8];
            let tail = bytes.get(i..).unwrap_or_default();
            buf[..tail.len().min(8)].copy_from_slice(&tail[..tail.len().min(8)]);
            u64::from_le_bytes(buf)
        }
    };
    let second = match bytes.get(i + width) {
        Some(..=0x7F) => 1,
        Some(0xC0..=0xDF) => 2,
        Some(0xE0..=0xEF) => 3,
        Some(_) => 4,
        None => 0,
    };
    let mask = |len: usize| if len >= 8 { u64::MAX } else { (1u64 << (8 * len)) - 1 };
    (word & mask(width), word & mask(width + second))
}

/// One bit per Basic Multilingual Plane code point (8 kB).
struct Bits(Vec<u64>);

impl Bits {
    fn new() -> Bits {
        Bits(vec![0; 0x10000 / 64])
    }
    fn set(&mut self, c: char) {
        let i = c as usize;
        if i < 0x10000 {
            self.0[i / 64] |= 1 << (i % 64);
        }
    }
    fn has(&self, c: char) -> bool {
        self.has_code(u32::from(c))
    }
    fn has_code(&self, c: u32) -> bool {
        let i = c as usize;
        i < 0x10000 && self.0[i / 64] & (1 << (i % 64)) != 0
    }
}

/// Why a name data file was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum NameDataError {
    /// Not UTF-8 text.
    NotText,
    /// Not a presend name file of a version this build reads (the first
    /// line is `#presend-names 1`): serve the file built with this wasm.
    WrongFormat,
}

impl std::fmt::Display for NameDataError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            NameDataError::NotText => "name data: not UTF-8 text",
            NameDataError::WrongFormat => "name data: not a '#presend-names 1' file",
        })
    }
}

const MAGIC: &str = "#presend-names 1";

impl NameData {
    /// Reads the data file (see `scripts/gen-names.py` for its format).
    pub fn parse(text: &'static str) -> Result<NameData, NameDataError> {
        if text.lines().next().map(str::trim_end) != Some(MAGIC) {
            return Err(NameDataError::WrongFormat);
        }
        // Sized once from a count of the lines: growing the sets while
        // inserting took half of the ~25 ms the file costs to read in wasm.
        let mut count = [0usize; 2];
        let mut which = 0;
        for line in text.lines() {
            if line.starts_with('[') {
                which = usize::from(line.starts_with("[given]"));
            } else {
                count[which] += 1;
            }
        }
        let sized = |n: usize| FnvSet::with_capacity_and_hasher(n, Default::default());
        let mut data = NameData {
            surnames: sized(count[0]),
            given: sized(count[1]),
            common_surnames: sized(count[0] / 2),
            common_given: sized(count[1] / 2),
            given_kana: FnvSet::default(),
            katakana: FnvSet::default(),
            katakana_solo: FnvSet::default(),
            persons: FnvSet::default(),
            not_names: FnvSet::default(),
            surname_first: Bits::new(),
            given_last: Bits::new(),
            given_first: Bits::new(),
            given_finals: Bits::new(),
            role_last: Bits::new(),
            kana_first: Bits::new(),
            surname_last: Bits::new(),
            person_noun_last: Bits::new(),
            person_nouns: PERSON_NOUNS.iter().chain(KIN).copied().collect(),
            name_start: StartBits::new(),
        };
        let mut section = "";
        for line in text.lines() {
            let word = line.trim_end();
            if word.is_empty() || word.starts_with('#') {
                continue;
            }
            if let Some(name) = word.strip_prefix('[').and_then(|w| w.strip_suffix(']')) {
                section = name;
                continue;
            }
            let (word, common) = match word.strip_prefix('+') {
                Some(w) => (w, true),
                None => (word, false),
            };
            let set = match section {
                "surnames" if common => {
                    data.common_surnames.insert(word);
                    &mut data.surnames
                }
                "given" if common => {
                    data.common_given.insert(word);
                    &mut data.given
                }
                "surnames" => &mut data.surnames,
                "given" => &mut data.given,
                "given_kana" => &mut data.given_kana,
                "katakana" if common => {
                    data.katakana_solo.insert(word);
                    &mut data.katakana
                }
                "katakana" => &mut data.katakana,
                "persons" => &mut data.persons,
                "not_names" => &mut data.not_names,
                "given_finals" => {
                    word.chars().for_each(|c| data.given_finals.set(c));
                    continue;
                }
                // A section a later format adds: skipped, not an error.
                _ => continue,
            };
            set.insert(word);
        }
        // The cue-based finders' common surnames count as common here too.
        for w in common_surnames() {
            data.surnames.insert(w);
            data.common_surnames.insert(w);
        }
        for w in &data.surnames {
            if let Some(c) = w.chars().next_back() {
                data.surname_last.set(c);
            }
        }
        for w in data.surnames.iter().chain(data.katakana.iter()).chain(data.persons.iter()) {
            if let Some(c) = w.chars().next() {
                data.surname_first.set(c);
            }
        }
        for w in data.surnames.iter().chain(data.common_surnames.iter()).chain(data.persons.iter()) {
            let mut chars = w.chars();
            let (one, two) = start_keys(w.as_bytes(), 0, chars.next().map_or(0, char::len_utf8));
            match chars.next() {
                Some(_) => data.name_start.set(two),
                None if data.common_surnames.contains(w) || data.persons.contains(w) => data.name_start.set(one),
                None => {}
            }
        }
        // Chinese surnames start a three-kanji name (「王麗華」).
        for w in CHINESE_SURNAMES {
            let (one, _) = start_keys(w.as_bytes(), 0, w.len());
            data.name_start.set(one);
            w.chars().for_each(|c| data.surname_first.set(c));
        }
        for r in ROLES {
            if let Some(c) = r.chars().next_back() {
                data.role_last.set(c);
            }
        }
        for r in PERSON_NOUNS.iter().chain(KIN).chain(DEPARTMENT_ENDS) {
            if let Some(c) = r.chars().next_back() {
                data.person_noun_last.set(c);
            }
        }
        for w in &data.given_kana {
            if let Some(c) = w.chars().next() {
                data.kana_first.set(c);
            }
        }
        for w in &data.given {
            if let Some(c) = w.chars().next_back() {
                data.given_last.set(c);
            }
            if let Some(c) = w.chars().next() {
                data.given_first.set(c);
            }
        }
        Ok(data)
    }

    fn is_surname(&self, w: &str) -> bool {
        w.chars().next_back().is_some_and(|c| self.surname_last.has(c)) && self.surnames.contains(w)
    }

    /// A given name of the lists, or a 2-character one made like one after
    /// a surname of 2+ characters (悠斗 is not in a 2007 dictionary).
    fn is_given(&self, given: &str, surname_chars: usize) -> bool {
        if self.given.contains(given) {
            return true;
        }
        let mut chars = given.chars();
        match (chars.next(), chars.next(), chars.next()) {
            (Some(a), Some(b), None) => surname_chars >= 2 && self.given_first.has(a) && self.given_finals.has(b),
            _ => false,
        }
    }
}

static DATA: OnceLock<NameData> = OnceLock::new();

/// The lists embedded in native builds (CLI, tests, benches). The wasm
/// modules leave them out: they come as a file (www/lib/pkg).
#[cfg(not(target_arch = "wasm32"))]
const EMBEDDED: &str = include_str!("names/presend-names.txt");

/// The name lists, if loaded.
fn data() -> Option<&'static NameData> {
    #[cfg(not(target_arch = "wasm32"))]
    {
        // The embedded file is checked by the tests; should it ever not
        // parse, the finder is off rather than the scan failing.
        if let Some(d) = DATA.get() {
            return Some(d);
        }
        if let Ok(d) = NameData::parse(EMBEDDED) {
            let _ = DATA.set(d);
        }
    }
    DATA.get()
}

/// Hands the name data file over (the browser's worker calls this after
/// fetching it). The first file that parses stays for the life of the
/// module; later calls change nothing.
pub fn set_data(bytes: &[u8]) -> Result<(), NameDataError> {
    if DATA.get().is_some() {
        return Ok(());
    }
    let text = std::str::from_utf8(bytes).map_err(|_| NameDataError::NotText)?;
    if text.lines().next().map(str::trim_end) != Some(MAGIC) {
        return Err(NameDataError::WrongFormat);
    }
    // Leaked once: the sets borrow from it for the life of the module.
    let text: &'static str = Box::leak(text.to_owned().into_boxed_str());
    let data = NameData::parse(text)?;
    let _ = DATA.set(data);
    Ok(())
}

/// Whether the finder has its lists (natively always; in wasm once the
/// worker has handed over the data file).
pub fn loaded() -> bool {
    data().is_some()
}

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

/// Titles and roles written straight after a name, in one kanji run with
/// it (「鈴木一郎氏」, 「田中花子議員」): cut off before the name is looked up.
/// Longest first, so 准教授 is cut whole.
#[rustfmt::skip]
const ROLES: &[&str] = &[
    "代表取締役", "官房長官", "容疑者", "委員長", "大統領", "被告人", "准教授", "弁護士", "税理士", "理事長",
    "幹事長", "書記長", "看護師", "取締役", "副社長", "支店長", "内野手", "外野手", "死刑囚", "受刑者",
    "代表", "社長", "会長", "部長", "課長", "係長", "主任", "室長", "専務", "常務", "所長", "店長", "次長",
    "院長", "園長", "校長", "教頭", "教諭", "先生", "教授", "講師", "助教", "医師", "記者", "議員", "議長",
    "知事", "市長", "町長", "村長", "区長", "首相", "総理", "大臣", "外相", "長官", "委員", "選手", "監督",
    "投手", "捕手", "棋士", "名人", "容疑", "被告", "総裁", "博士", "夫妻", "夫人", "一家", "画伯", "主席",
    "騎手", "判事", "党首", "初段", "二段", "三段", "四段", "五段", "六段", "七段", "八段", "九段", "女史",
    "氏", "君", "様", "殿",
];

/// Roles that only follow a person, so a known surname alone before one is a
/// name (「鈴木容疑者」, 「中村投手」). Place words take 知事, 市長, 代表 (日本代表,
/// 大阪府知事) and firms take 社長: those need a full name.
#[rustfmt::skip]
const PERSON_ONLY_ROLES: &[&str] = &[
    "容疑者", "被告人", "被告", "受刑者", "死刑囚", "容疑", "准教授", "教授", "講師", "助教", "弁護士", "税理士",
    "看護師", "医師", "記者", "議員", "選手", "監督", "投手", "捕手", "内野手", "外野手", "棋士", "夫妻",
    "夫人", "画伯", "博士", "教諭", "騎手", "初段", "二段", "三段", "四段", "五段", "六段", "七段", "八段",
    "九段", "女史", "氏", "君", "様", "殿", "先生",
];

/// What may follow a name: the end, punctuation, brackets, a space, or a
/// particle or suffix that starts a new word (は, が, を, に, と, の, も, へ,
/// や, で, ら, さん, くん, ちゃん, から).
/// A `match`, not a string search: it is asked at the end of many kanji runs.
#[rustfmt::skip]
fn ends_word(next: Option<char>) -> bool {
    next.is_none_or(|c| c.is_whitespace() || matches!(c,
        '、' | '。' | '，' | '．' | ',' | '.' | '・' | '「' | '」' | '『' | '』' | '(' | ')' | '（' | '）' | '[' | ']'
        | '【' | '】' | '<' | '>' | '〈' | '〉' | ':' | '：' | ';' | '；' | '!' | '！' | '?' | '？' | '/' | '／'
        | '"' | '\'' | '”' | '’' | '〜' | '~' | '-'
        | 'は' | 'が' | 'を' | 'に' | 'と' | 'の' | 'も' | 'へ' | 'や' | 'で' | 'ら' | 'さ' | 'く' | 'ち' | 'か'))
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
        (ends_word(next) && d.given_kana.contains(&after[..len])).then_some(len)
    })
}

fn push(text: &str, start: usize, end: usize, confidence: f32, why: &str, out: &mut Vec<Hit>) {
    out.push(Hit::new(Kind::PersonName, text, start, end, confidence, vec![Evidence::Dictionary(why.to_owned())]));
}

/// Roles in katakana written straight after a name (「菊間千乃アナウンサー」):
/// only people have them.
const KATAKANA_ROLES: &[&str] =
    &["アナウンサー", "キャスター", "コーチ", "オーナー", "プロデューサー", "ディレクター", "キャプテン"];

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
    let (one, two) = start_keys(run.as_bytes(), 0, width);
    let listed = (d.name_start.has(one) || d.name_start.has(two)) && d.surname_first.has(first);
    let chan = after.starts_with("ちゃん") || after.starts_with("くん");
    // Not listed: only a given name of 2-3 kanji after a person noun is
    // left (「娘の恵美と」); its ends are asked before the words before it.
    let given_like = || {
        e - s <= 9
            && d.given_first.has(first)
            && run.chars().next_back().is_some_and(|c| d.given_last.has(c) || d.given_finals.has(c))
    };
    if !(listed || chan || given_like() && person_context(d, text, s)) {
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
    if !cue && !ends_word(next) {
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
        if person_context(d, text, s)
            && (d.is_surname(run) || d.given.contains(run))
            && !d.not_names.contains(run)
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
        && !PREFECTURES.contains(&run)
        && !PLACE_SURNAMES.contains(&run)
        && !d.not_names.contains(run)
}

/// Whether a prefecture or a big city and 「の」 stand before byte `s`
/// (「京都の大原を」, 「長崎の出島に」): what follows is a place in it.
fn after_a_place(text: &str, s: usize) -> bool {
    text[..s].strip_suffix('の').is_some_and(|b| {
        let bare = b.strip_suffix(['都', '府', '県', '市']).unwrap_or(b);
        PREFECTURES.iter().chain(PLACE_SURNAMES).chain(CITIES).any(|p| b.ends_with(p) || bare.ends_with(p))
    })
}

/// Big cities that are no surnames, for [`after_a_place`].
const CITIES: &[&str] = &["札幌", "名古屋", "神戸", "北九州", "川崎", "堺", "江戸"];

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

/// Hiragana with a voicing mark or small: loanwords in katakana are full of
/// them, old given names (トメ, ハル, ヨシエ) seldom.
const VOICED_OR_SMALL: &str = "がぎぐげござじずぜぞだぢづでどばびぶべぼぱぴぷぺぽぁぃぅぇぉゃゅょっゎゔ";

/// Words that end the name of a place, a facility or a time, never a
/// given name nor a surname (村, 島, 橋 end surnames: 中村, 中島, 高橋).
#[rustfmt::skip]
const PLACE_HEADS: &[&str] = &[
    "時代", "年間", "時期", "駅", "駅前", "病院", "医院", "病院前", "神社", "公園", "空港", "通り", "区", "県", "府",
    "郡", "湖", "半島", "海峡", "銀行", "大学", "高校", "会館", "記念館", "美術館", "博物館", "図書館", "文庫", "賞", "藩",
];

/// Prefectures whose names are also common surnames: 「石川は」 is the place
/// as often as the person.
#[rustfmt::skip]
const PREFECTURES: &[&str] = &[
    "青森", "岩手", "宮城", "秋田", "山形", "福島", "茨城", "栃木", "群馬", "埼玉", "千葉", "東京", "神奈川",
    "新潟", "富山", "石川", "福井", "山梨", "長野", "岐阜", "静岡", "愛知", "三重", "滋賀", "京都", "大阪",
    "兵庫", "奈良", "和歌山", "鳥取", "島根", "岡山", "広島", "山口", "徳島", "香川", "愛媛", "高知", "福岡",
    "佐賀", "長崎", "熊本", "大分", "宮崎", "鹿児島", "沖縄",
];

/// Common surnames that are as often a well-known city, ward, river or
/// island (「上野の会場」, 「清水の舞台」, 「豊田市長」): not taken alone before a
/// particle or a role, only in a full name or after a person noun.
#[rustfmt::skip]
const PLACE_SURNAMES: &[&str] = &[
    "上野", "中野", "渋谷", "品川", "目黒", "大塚", "板橋", "世田谷", "荒川", "江戸川", "足立", "葛飾", "豊島",
    "浅草", "原宿", "横浜", "川崎", "藤沢", "平塚", "鎌倉", "小田原", "松本", "上田", "豊田", "岡崎", "小松",
    "金沢", "高松", "松山", "高岡", "大津", "吉野", "清水", "浜松", "沼津", "三島", "富士", "日野", "立川",
    "町田", "府中", "調布", "松戸", "船橋", "市川", "川口", "所沢", "熊谷", "前橋", "高崎", "日光", "水戸",
    "仙台", "盛岡", "八戸", "函館", "小樽", "旭川", "長岡", "桑名", "鈴鹿", "伊勢", "姫路", "明石", "西宮",
    "芦屋", "宝塚", "岸和田", "吹田", "豊中", "高槻", "茨木", "倉敷", "福山", "尾道", "下関", "宇部", "久留米",
    "飯塚", "別府", "日田", "延岡", "中川", "大島", "大和", "本田", "多摩", "秋葉", "宮島", "日比谷", "銀座", "大坂",
];

/// Particles and words after which a common surname alone is a name
/// (「村井から」, 「石原の試算」, 「岩田に」, 「服部と」); は and が as before.
/// で is left out: 「上田で」 is a place as often as a person.
fn surname_particle_follows(after: &str) -> bool {
    matches!(after.chars().next(), Some('は' | 'が' | 'を' | 'に' | 'と' | 'の' | 'も' | 'へ' | 'や'))
        || after.starts_with("から")
}

/// Words for a person's role, after which 「…の」 or 「…、」 and a surname or
/// given name alone is a person (「看護師の小野が」, 「部長の高木、」, 「保育士の
/// 森は」): the word before says who the name is. Relatives (「娘の恵美と」)
/// count too: they are [`KIN`], the one list of them (`detect/kin.rs`).
#[rustfmt::skip]
const PERSON_NOUNS: &[&str] = &[
    "担当", "担当者", "上司", "部下", "同僚", "先輩", "後輩", "新人", "中堅", "同期", "後任", "前任", "主任",
    "課長", "部長", "係長", "社長", "所長", "室長", "店長", "院長", "園長", "校長", "看護師", "保育士",
    "介護士", "職員", "社員", "担任", "医師", "主治医", "委員", "講師", "通訳", "患者", "利用者", "相談者",
    "申請者", "候補者", "容疑者", "被害者", "加害者", "発見者", "責任者", "管理者", "友人", "知人", "経理", "人事", "広報",
    "営業", "総務", "秘書", "弁護士", "記者", "作家", "選手", "監督", "店員", "学生", "留学生", "実習生",
    "研修生", "派遣社員", "会社員", "無職", "運転手", "保護者", "児童", "生徒", "園児", "作業員", "警察官",
    "係員", "顧客", "住人", "民生委員", "ヘルパー", "スタッフ", "アルバイト", "パート", "ケアマネジャー",
    "リーダー", "メンバー", "マネージャー",
];

/// Words that stand after 「<role>の」 as a given name could (一人 is also
/// Kazuto): how many, or who of them, not someone's name (「生徒の一人が」,
/// 「担当の全員で」, 「家族の代表が」).
#[rustfmt::skip]
const NOT_A_PERSON_AFTER_ROLE: &[&str] = &[
    "一人", "二人", "三人", "四人", "五人", "数人", "何人", "一名", "二名", "三名", "数名", "何名", "全員",
    "大半", "半数", "一部", "多数", "複数", "大勢", "有志", "代表", "代理", "各自", "自身", "本人", "一同",
];

/// How the name of a section ends (製造課, 経理部, 研究室): 「製造課の川村」 is
/// one of its people.
const DEPARTMENT_ENDS: &[&str] = &["課", "部", "室", "係", "班"];

/// One-kanji surnames taken after a person noun (「保育士の森は」,
/// 「上司の関と」) besides the common ones of the lists: alone they are words
/// (森, 林, 東), which is why they need the person noun.
const ONE_KANJI_SURNAMES: &[&str] = &[
    "関", "東", "西", "南", "北", "王", "陳", "李", "谷", "岸", "張", "劉", "楊", "趙", "呉", "孫", "朱", "胡", "郭",
    "鄭",
];

/// Common Chinese surnames that are no Japanese word alone: the start of a
/// three-kanji full name (「王麗華」) whose given name is made like one.
#[rustfmt::skip]
const CHINESE_SURNAMES: &[&str] = &[
    "王", "李", "張", "劉", "陳", "楊", "黄", "趙", "周", "呉", "徐", "孫", "朱", "胡", "郭", "鄭", "梁", "謝",
    "許", "韓", "鄧", "曹", "彭", "曾", "蕭", "潘", "袁", "蔡", "蒋", "葉", "魏", "蘇", "呂", "沈", "姚", "盧",
    "崔", "鍾", "譚", "汪", "廖", "賈", "鄒", "孟", "邱", "尹", "薛", "侯", "龔", "邵", "銭", "顧", "黎",
];

/// Whether the word before byte `s` of `text` names a role or relation,
/// then 「の」 or 「、」 (「看護師の」, 「会社員、」): a name standing right
/// after it is that person's. Bit tests first: 「の」 is everywhere.
fn person_context(d: &NameData, text: &str, s: usize) -> bool {
    let Some(before) = text[..s].strip_suffix('の').or_else(|| text[..s].strip_suffix('、')) else {
        return false;
    };
    if !before.chars().next_back().is_some_and(|c| d.person_noun_last.has(c)) {
        return false;
    }
    // The longest person noun has seven characters (ケアマネジャー).
    before.char_indices().rev().take(7).any(|(i, _)| d.person_nouns.contains(&before[i..]))
        || DEPARTMENT_ENDS.iter().any(|w| before.strip_suffix(w).is_some_and(two_kanji_end))
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
    if surname && (surname_particle_follows(after) || after.starts_with('、')) && person_context(d, text, s) {
        push(text, s, e, CUE_CONFIDENCE, "役割の + 姓 / surname after a role", out);
    }
}

/// Words that make a katakana run a work, a place or a firm named after a
/// person (ホーンブロワー・シリーズ, ウォルト・ディズニー・カンパニー).
#[rustfmt::skip]
const KATAKANA_HEADS: &[&str] = &[
    "シリーズ", "センター", "ホテル", "ビル", "カップ", "ホール", "スタジアム", "タワー", "ストリート", "アベニュー",
    "カンパニー", "グループ", "ブラザーズ", "レコード", "レコーズ", "パーク", "ランド", "クラブ", "スクール", "ハウス",
    "プロジェクト", "システム", "サービス", "モデル", "ブランド", "トロフィー", "アワード", "ショー",
];

/// Parts that make a katakana run a place, whatever the other parts are
/// (セント・アンドリュース, シャルム・エル=シェイク, ニュー・ハンプシャー).
const PLACE_PARTS: &[&str] = &["セント", "サン", "サンタ", "ニュー", "ポート", "マウント", "フォート", "エル", "アル"];

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
    let (mut parts, mut well_known) = (0, false);
    let last = run.split(is_name_joiner).count() - 1;
    for (k, part) in run.split(is_name_joiner).enumerate() {
        // One character only inside a name (レオナルド・ダ・ヴィンチ).
        let short = part.chars().nth(1).is_none();
        if part.is_empty() || short && (k == 0 || k == last) || PLACE_PARTS.contains(&part) {
            return;
        }
        // The first part is a given name of the lists (マルコ・ベルティ: the
        // given names are few and listed, the surnames open-ended); ships and
        // places named after a person start otherwise (ボノム・リシャール).
        // After a person noun (「実習生のグエン・ヴァン・ナムは」) any first
        // part will do.
        if k == 0 && !d.katakana.contains(part) && !person_context(d, text, s) || KATAKANA_HEADS.contains(&part) {
            return;
        }
        well_known |= d.katakana_solo.contains(part);
        parts += 1;
    }
    let role = ROLES.iter().any(|r| after.strip_prefix(['元', '前']).unwrap_or(after).starts_with(r));
    if parts >= 2 {
        // A name only the large list knows needs prose around it: a particle,
        // a role or a bracket after it, not the end of a line (a credit, a
        // title; UniDic's 25,000 spellings are mostly rare).
        let in_prose =
            next.is_some_and(|c| is_particle(c) || matches!(c, '(' | '、' | '」' | '』' | 'で' | 'ら')) || role;
        if well_known || in_prose {
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

/// The character at byte `i` of valid UTF-8 and its width, by arithmetic:
/// `str::chars` from a slice re-checks the boundary at every step, and this
/// loop runs over every character of every text scanned.
#[inline]
fn decode(bytes: &[u8], i: usize) -> (char, usize) {
    let b0 = u32::from(bytes[i]);
    let cont = |k: usize| u32::from(bytes.get(i + k).copied().unwrap_or(0x80) & 0x3F);
    let (cp, width) = match b0 {
        0x00..=0x7F => (b0, 1),
        0xC0..=0xDF => (((b0 & 0x1F) << 6) | cont(1), 2),
        0xE0..=0xEF => (((b0 & 0x0F) << 12) | (cont(1) << 6) | cont(2), 3),
        _ => (((b0 & 0x07) << 18) | (cont(1) << 12) | (cont(2) << 6) | cont(3), 4),
    };
    (char::from_u32(cp).unwrap_or('\u{FFFD}'), width)
}

/// The code point at byte `i` of valid UTF-8, computed straight for the
/// three-byte characters of Japanese text (only set membership is asked of
/// it: no need for a `char`).
#[inline(always)]
fn code_point(bytes: &[u8], i: usize) -> u32 {
    match bytes.get(i..i + 3) {
        Some(&[b0 @ 0xE0..=0xEF, b1, b2]) => {
            (u32::from(b0 & 0x0F) << 12) | (u32::from(b1 & 0x3F) << 6) | u32::from(b2 & 0x3F)
        }
        _ => u32::from(decode(bytes, i).0),
    }
}

/// What the character before the current one was, for word starts.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Class {
    Kanji,
    Katakana,
    Other,
    /// ゃ or ん, which may end ちゃん or くん after a hiragana given name
    /// ([`skip_other`] stops there; nothing else gives it).
    Suffix,
}

/// The class of any character (the rare ones [`class_at`] decodes).
fn class_of(c: char, prev: Class) -> Class {
    if is_kanji(c) {
        Class::Kanji
    } else if is_katakana(c) || (prev == Class::Katakana && is_name_joiner(c)) {
        Class::Katakana
    } else {
        Class::Other
    }
}

/// The class of the character at byte `i` of valid UTF-8 and its width,
/// from its first two or three bytes for ASCII, kana and the kanji of
/// U+3400-U+9FFF (nearly every character of Japanese text), decoded
/// otherwise: this runs for every character of every text scanned, and the
/// code point itself is needed only where a run starts.
#[inline(always)]
fn class_at(bytes: &[u8], i: usize, prev: Class) -> (Class, usize) {
    let b0 = bytes[i];
    if b0 < 0x80 {
        // `=` joins katakana names (`ジョン=スミス`, `＝` folded).
        let joins = b0 == b'=' && prev == Class::Katakana;
        return (if joins { Class::Katakana } else { Class::Other }, 1);
    }
    // U+5000-U+9FFF, before anything else is read.
    if (0xE5..=0xE9).contains(&b0) {
        return (Class::Kanji, 3);
    }
    let b1 = bytes.get(i + 1).copied().unwrap_or(0);
    let b2 = bytes.get(i + 2).copied().unwrap_or(0);
    let class = match (b0, b1) {
        // U+4DC0-U+4DFF, the Yijing hexagrams, between two kanji blocks.
        (0xE4, 0xB7) => Class::Other,
        (0xE4, _) => Class::Kanji,
        // Hiragana U+3040-U+307F.
        (0xE3, 0x81) => Class::Other,
        // U+3080-U+30BF: hiragana, then katakana from U+30A1.
        (0xE3, 0x82) if b2 >= 0xA1 => Class::Katakana,
        // U+30C0-U+30FF: katakana to U+30FA, the joiner ・ (U+30FB) and ー.
        (0xE3, 0x83) => match b2 {
            ..=0xBA | 0xBC => Class::Katakana,
            0xBB if prev == Class::Katakana => Class::Katakana,
            _ => Class::Other,
        },
        // Ideographic punctuation U+3000-U+303F, of which 々 counts as a kanji.
        (0xE3, 0x80) if b2 == 0x85 => Class::Kanji,
        // U+3400-U+3FFF.
        (0xE3, 0x90..=0xBF) => Class::Kanji,
        (0xE3, _) => Class::Other,
        _ => {
            let (c, width) = decode(bytes, i);
            return (class_of(c, prev), width);
        }
    };
    (class, 3)
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
        if after_no && end - start == 3 {
            kanji_run(d, text, start, end, out);
        } else if end - start == 3 && matches!(bytes.get(end..end + 3), Some(&[0xE3, 0x81, 0xAF | 0x8C | 0x82 | 0x8B]))
        {
            // は, が, も or か(ら) after one kanji: a surname may open a
            // sentence about a person (「関は来週から夜勤に入る」).
            kanji_run(d, text, start, end, out);
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
    let (one, two) = start_keys(bytes, start, width);
    if (d.name_start.has(one) || d.name_start.has(two)) && d.surname_first.has_code(code_point(bytes, start))
        || chan()
        || after_no
    {
        kanji_run(d, text, start, end, out);
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
    if next == Class::Other
        && (no_before || subject::opens_sentence(text, start, true))
        && text[end..].starts_with(['は', 'が', 'を', 'に', 'と', 'の', 'も', 'へ', 'や', 'か', '、'])
    {
        subject::katakana_alone(d, text, start, end, out);
    }
}

/// Where the run of `class` that goes on at byte `i` ends, and the class
/// and width of what follows (`Other`, 0 at the end): kanji of
/// U+5000-U+9FFF by their first byte, the rest through `class_at`.
#[inline(always)]
fn run_end(bytes: &[u8], mut i: usize, class: Class) -> (usize, Class, usize) {
    while i < bytes.len() {
        if class == Class::Kanji && (0xE5..=0xE9).contains(&bytes[i]) {
            i += 3;
            continue;
        }
        let (c, width) = class_at(bytes, i, class);
        if c != class {
            return (i, c, width);
        }
        i += width;
    }
    (i, Class::Other, 0)
}

/// Passes over what is neither kanji nor katakana from byte `i`, a byte or
/// three at a time where the first bytes tell (ASCII, hiragana, the
/// ideographic punctuation but 々, the full-width forms); stops at anything
/// else and gives where, its class (`class_at`'s, read from the bytes
/// already at hand) and width; `(len, Other, 0)` at the end.
#[inline(always)]
fn skip_other(bytes: &[u8], mut i: usize) -> (usize, Class, usize) {
    while i < bytes.len() {
        if bytes[i] < 0x80 {
            // Eight bytes of ASCII at once (English lines, figures, markup).
            let ascii8 = bytes.get(i..i + 8).and_then(|b| <[u8; 8]>::try_from(b).ok());
            i += match ascii8 {
                Some(b) if u64::from_le_bytes(b) & 0x8080_8080_8080_8080 == 0 => 8,
                _ => 1,
            };
            continue;
        }
        // Most of Japanese prose: hiragana U+3040-U+307F.
        if bytes.get(i..i + 2) == Some(&[0xE3, 0x81]) {
            i += 3;
            continue;
        }
        // A kanji of U+5000-U+9FFF: where most runs start.
        if (0xE5..=0xE9).contains(&bytes[i]) {
            return (i, Class::Kanji, 3);
        }
        // Hiragana (E3 81, E3 82) and punctuation (E3 80) first: most of it.
        let other = match bytes.get(i..i + 3) {
            // ゃ (U+3083) and ん (U+3093): ちゃん, くん may end here.
            Some(&[0xE3, 0x82, 0x83 | 0x93]) => return (i, Class::Suffix, 3),
            Some(&[0xE3, b1, b2]) => b1 == 0x81 || b1 == 0x82 && b2 < 0xA1 || b1 == 0x80 && b2 != 0x85,
            Some(&[0xEF, b1, _]) => b1 >= 0xBC,
            _ => false,
        };
        if !other {
            let (class, width) = class_at(bytes, i, Class::Other);
            return (i, class, width);
        }
        i += 3;
    }
    (i, Class::Other, 0)
}

/// At byte `i`, ゃ or ん: when it ends ちゃん or くん, a child's name may
/// stand before (「ひなたちゃん」, 「ゆうとくん」).
fn child_suffix(d: &NameData, text: &str, i: usize, out: &mut Vec<Hit>) {
    let bytes = text.as_bytes();
    let chan = bytes.get(i.saturating_sub(3)..i + 6) == Some("ちゃん".as_bytes());
    let kun = bytes.get(i.saturating_sub(3)..i + 3) == Some("くん".as_bytes());
    if chan || kun {
        subject::child_name(d, text, i - 3, out);
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
mod tests {
    use super::*;

    fn names(text: &str) -> Vec<String> {
        let mut out = Vec::new();
        find(text, 0, &mut out);
        out.into_iter().map(|h| h.value).collect()
    }

    #[test]
    fn the_embedded_data_parses() {
        assert!(NameData::parse(EMBEDDED).is_ok());
        assert!(loaded());
        assert_eq!(NameData::parse("surnames\n").err(), Some(NameDataError::WrongFormat));
        assert_eq!(
            set_data(&[0xff, 0xfe]).err(),
            if DATA.get().is_some() { None } else { Some(NameDataError::NotText) }
        );
    }

    #[test]
    fn full_names_standing_alone_are_found() {
        assert_eq!(names("担当の鈴木一郎が対応した。"), ["鈴木一郎"]);
        assert_eq!(names("佐藤花子は昨年から通院している。"), ["佐藤花子"]);
        assert_eq!(names("記者会見で田中一郎議員は"), ["田中一郎"]);
        assert_eq!(names("マイケル・ジョーダンが来日した。"), ["マイケル・ジョーダン"]);
        assert_eq!(names("鈴木容疑者を逮捕した"), ["鈴木"]);
        assert_eq!(names("高橋かずえが来た"), ["高橋かずえ"]);
        assert_eq!(names("ナポレオンはワーテルローで敗れた。"), ["ナポレオン"]);
        assert_eq!(names("中村は翌年に引退した。"), ["中村"]);
    }

    /// Office prose names colleagues and clients by surname alone, after
    /// their role, and children by given name (issue 17's misses).
    #[test]
    fn names_in_office_prose_are_found() {
        assert_eq!(names("佐藤に確認した。"), ["佐藤"]);
        assert_eq!(names("田中から連絡があった。"), ["田中"]);
        assert_eq!(names("看護師の大川が血圧を測った。"), ["大川"]);
        assert_eq!(names("保育士の森が付き添った。"), ["森"]);
        assert_eq!(names("娘の真由美と来院した。"), ["真由美"]);
        assert_eq!(names("健太くんが転んだ。"), ["健太"]);
        assert_eq!(names("木村ハナは先月入所した。"), ["木村ハナ"]);
        assert_eq!(names("村田知事は記者会見を開いた。"), ["村田"]);
    }

    /// The same rules leave places, cities and words alone.
    #[test]
    fn places_and_words_after_particles_are_not_names() {
        for text in [
            "上野の美術館に行った。",
            "清水の舞台から飛び降りる。",
            "豊田市長が会見した。",
            "京都の大原を訪ねた。",
            "担当の者が伺います。",
            "家族の中で話し合った。",
            "森の中を歩いた。",
            "内部の定義を上書きする。",
        ] {
            assert_eq!(names(text), Vec::<String>::new(), "{text}");
        }
    }

    /// The pass as first written, a character at a time with every
    /// character decoded: the fast one must find exactly what it finds.
    fn names_plainly(text: &str) -> Vec<(usize, usize)> {
        let d = data().expect("embedded lists");
        let mut out = Vec::new();
        let mut run: Option<(Class, usize, bool)> = None;
        let mut prev = Class::Other;
        let bytes = text.as_bytes();
        let mut i = 0;
        while i < bytes.len() {
            let (c, width) = decode(bytes, i);
            let class = class_of(c, prev);
            if matches!(c, 'ゃ' | 'ん') {
                child_suffix(d, text, i, &mut out);
            }
            if class == prev {
                if class == Class::Katakana && is_name_joiner(c) {
                    if let Some((_, _, joined)) = run.as_mut() {
                        *joined = true;
                    }
                }
                i += width;
                continue;
            }
            if let Some((kind, s, joined)) = run.take() {
                let before = out.len();
                match kind {
                    Class::Kanji => kanji_run(d, text, s, i, &mut out),
                    Class::Katakana if joined || class == Class::Kanji || i - s >= 9 && matches!(c, 'は' | 'が') => {
                        katakana_run(d, text, s, i, &mut out)
                    }
                    _ => {}
                }
                if kind == Class::Katakana && !joined && out.len() == before {
                    katakana_word(d, text, s, i, class, &mut out);
                }
            }
            let word_start = prev == Class::Other && !(i > 0 && bytes[i - 1].is_ascii_alphanumeric());
            if class != Class::Other && word_start && (class == Class::Kanji || d.surname_first.has(c)) {
                run = Some((class, i, false));
            }
            prev = class;
            i += width;
        }
        if let Some((kind, s, joined)) = run {
            match kind {
                Class::Kanji => kanji_run(d, text, s, text.len(), &mut out),
                Class::Katakana if joined => katakana_run(d, text, s, text.len(), &mut out),
                _ => {}
            }
        }
        out.into_iter().map(|h| (h.start, h.end)).collect()
    }

    fn spans(text: &str) -> Vec<(usize, usize)> {
        let mut out = Vec::new();
        find(text, 0, &mut out);
        out.into_iter().map(|h| (h.start, h.end)).collect()
    }

    /// The fast pass (first bytes, runs skipped whole, pairs of first
    /// characters) against the plain one, on every labelled sentence and
    /// manpages-ja when it is there.
    #[test]
    fn the_fast_pass_finds_what_the_plain_one_does() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut texts = Vec::new();
        for set in [
            "tuning.tsv",
            "held-aside.tsv",
            "held-aside-2.tsv",
            "held-aside-3.tsv",
            "held-aside-4.tsv",
            "held-aside-5.tsv",
        ] {
            if let Ok(t) = std::fs::read_to_string(root.join("tests/data/names").join(set)) {
                texts.extend(t.lines().map(|l| l.split('\t').next().unwrap_or("").to_owned()));
            }
        }
        if let Ok(t) = std::fs::read_to_string(root.join("target/names-eval/hironsan.tsv")) {
            texts.extend(t.lines().map(|l| l.split('\t').next().unwrap_or("").to_owned()));
        }
        let mut found = 0;
        for text in &texts {
            let mut plain = names_plainly(text);
            found += plain.len();
            // Sorted: the fast pass meets a child's name at its suffix, after
            // the runs before it, as the plain one does, but order is no
            // part of what is found.
            plain.sort_unstable();
            let mut fast = spans(text);
            fast.sort_unstable();
            assert_eq!(fast, plain, "{text}");
        }
        assert!(found > 100, "{found}");
        let mut dirs = vec![root.join("target/prose/man")];
        while let Some(dir) = dirs.pop() {
            let Ok(entries) = std::fs::read_dir(&dir) else { continue };
            for entry in entries.flatten() {
                let path = entry.path();
                if path.is_dir() {
                    dirs.push(path);
                } else if let Ok(t) = std::fs::read_to_string(&path) {
                    let (mut fast, mut plain) = (spans(&t), names_plainly(&t));
                    fast.sort_unstable();
                    plain.sort_unstable();
                    assert_eq!(fast, plain, "{}", path.display());
                }
            }
        }
    }

    /// Any mix of the characters the pass treats apart, cut anywhere, gives
    /// spans on character boundaries and never panics.
    #[test]
    fn mixed_text_never_panics() {
        let pieces = [
            "佐藤",
            "一郎",
            "花子",
            "容疑者",
            "ジョン",
            "・",
            "=",
            "スミス",
            "は",
            "かずえ",
            "(27)",
            "ー",
            "々",
            "𠮷田",
            "A1",
            " ",
            "\n",
            "。",
            "﨑",
            "アナウンサー",
            "元騎手",
            "ｶﾀｶﾅ",
            "ちゃん",
            "くん",
            "ナポレオン",
            "健太",
            "が",
            "x",
        ];
        let mut seed = 0x2545_f491_4f6c_dd1du64;
        for _ in 0..20_000 {
            let mut text = String::new();
            for _ in 0..(seed % 12) {
                seed ^= seed << 13;
                seed ^= seed >> 7;
                seed ^= seed << 17;
                text.push_str(pieces[(seed % pieces.len() as u64) as usize]);
            }
            assert_eq!(spans(&text), names_plainly(&text), "{text}");
            let mut out = Vec::new();
            find(&text, 0, &mut out);
            for h in &out {
                assert!(text.is_char_boundary(h.start) && text.is_char_boundary(h.end) && h.start < h.end, "{text}");
            }
        }
    }

    #[test]
    fn words_places_and_firms_are_not_names() {
        for text in [
            "東京に行く。",
            "石川県の森の中で林業を営む。",
            "本田技研工業と小林製薬",
            "明治と昭和の間",
            "金曜日に会議。",
            "日本代表が勝った",
            "大阪府知事が述べた",
            "設定のときに",
            "東京駅は1914年に開業した。",
            "田中病院前でバスを降りる。",
            "江戸時代の宿場町",
            "データ・センターを移転する。",
        ] {
            assert_eq!(names(text), Vec::<String>::new(), "{text}");
        }
    }
}

//! The name lists of the prose finder: the data file read into hash sets
//! and the bit tables that let most runs go without hashing, kept once per
//! process (natively embedded; in wasm handed over by the worker).

use std::sync::OnceLock;

use super::*;

/// The name lists, read from the data file.
pub struct NameData {
    pub(super) surnames: FnvSet,
    pub(super) given: FnvSet,
    /// The common ones (marked `+` in the file): a run of three kanji in
    /// all must be made of them (the full lists hold 高品 and 好奇 as
    /// surnames, 質 and 心 as given names: 高品質, 好奇心).
    pub(super) common_surnames: FnvSet,
    pub(super) common_given: FnvSet,
    pub(super) given_kana: FnvSet,
    pub(super) katakana: FnvSet,
    /// Katakana person spellings no dictionary lists as anything else
    /// (ナポレオン, not ワシントン or ミラー): taken alone before a particle.
    pub(super) katakana_solo: FnvSet,
    /// Whole names of one word (紫式部, 清少納言): UniDic's 人名 of 3+ kanji.
    pub(super) persons: FnvSet,
    pub(super) not_names: FnvSet,
    /// First characters of surnames and katakana names, and last characters
    /// of given names, one bit per BMP code point: a run whose ends are not
    /// in them is passed over without hashing.
    pub(super) surname_first: Bits,
    pub(super) given_last: Bits,
    /// First characters of given names, and characters that end given names
    /// far more often than other words (郎, 介): a 2-character given name the
    /// lists lack (the dictionary is from 2007) may be made of them.
    pub(super) given_first: Bits,
    pub(super) given_finals: Bits,
    /// Last characters of [`ROLES`] and first characters of kana given
    /// names: most kanji runs end in neither, and skip the searches.
    pub(super) role_last: Bits,
    pub(super) kana_first: Bits,
    /// Last characters of surnames: a run that ends otherwise is no surname.
    pub(super) surname_last: Bits,
    /// Last characters of [`PERSON_NOUNS`]: before 「の」 most words end in
    /// none, and the list is searched only when one does.
    pub(super) person_noun_last: Bits,
    /// [`PERSON_NOUNS`] as a set: the words before 「の」 are looked up by
    /// their last one to seven characters, not compared with each noun.
    pub(super) person_nouns: FnvSet,
    /// What a kanji name can start with: the first two characters of every
    /// surname and one-word name of 2+ characters, and the one-character
    /// common surnames. Every kanji-run rule but 「健太くん」 starts with one
    /// of these, and most runs of ordinary prose (資料, 会議室) with none:
    /// they are let go before any hashing of strings. Keyed by the UTF-8
    /// bytes ([`start_keys`]): no decoding.
    pub(super) name_start: StartBits,
    /// The one-character names of `name_start` (the one-kanji common
    /// surnames, one-character persons, the Chinese surnames), one bit per
    /// code point: asked before the Bloom filter's two probes, from the
    /// code point the surname test needs anyway.
    pub(super) one_start: Bits,
    /// The first two kanji of every given name of 2-3 kanji (a Bloom
    /// filter like `name_start`): a run before は/が/も that cannot start one
    /// is no given name alone (「議題は」, 「納期は」). With the scorer's
    /// feature only.
    #[cfg(feature = "names-given")]
    pub(super) given_start: StartBits,
}

/// A Bloom filter over keys of at most 8 bytes (2^20 bits, 128 kB, two
/// bits a key from one multiplication): ~17,000 keys set two bits each, so
/// ~0.1 % of others pass as well (one bit a key let ~2 % through, and one
/// such word repeated in a text costs much); no key that was set is ever
/// refused, so what the rules find is unchanged.
/// A fixed-size array, so that the indexing needs no bounds check (the
/// index is a shift of the hash, always in range): it is asked at every
/// kanji run of two or more characters.
pub(super) struct StartBits(Box<[u64; (1 << StartBits::BITS) / 64]>);

impl StartBits {
    const BITS: u32 = 20;
    pub(super) fn new() -> StartBits {
        let words: Box<[u64]> = vec![0; (1 << Self::BITS) / 64].into_boxed_slice();
        StartBits(words.try_into().unwrap_or_else(|_| unreachable!("sized above")))
    }
    pub(super) fn index(key: u64) -> (usize, usize) {
        let h = key.wrapping_mul(0x9E37_79B9_7F4A_7C15);
        ((h >> (64 - Self::BITS)) as usize, ((h >> 20) & ((1 << Self::BITS) - 1)) as usize)
    }
    pub(super) fn set(&mut self, key: u64) {
        let (i, j) = Self::index(key);
        self.0[i / 64] |= 1 << (i % 64);
        self.0[j / 64] |= 1 << (j % 64);
    }
    pub(super) fn has(&self, key: u64) -> bool {
        let (i, j) = Self::index(key);
        self.0[i / 64] & (1 << (i % 64)) != 0 && self.0[j / 64] & (1 << (j % 64)) != 0
    }
}

/// The keys of the first character and of the first two characters at
/// byte `i` of valid UTF-8, `width` the first one's width: their bytes,
/// little-endian in a u64 (UTF-8 is a prefix code, so a key is one string).
#[inline(always)]
pub(super) fn start_keys(bytes: &[u8], i: usize, width: usize) -> (u64, u64) {
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

impl NameData {
    /// Whether the kanji run at byte `start` (`width` its first
    /// character's) can start a listed name: its first character starts a
    /// surname, a katakana spelling or a one-word name, and is a name
    /// alone or starts one with the next (`name_start`). The code point's
    /// bit tests come first: one load each, where the Bloom filter's two
    /// probes cost ~20 instructions a run.
    #[inline(always)]
    pub(super) fn can_start(&self, bytes: &[u8], start: usize, width: usize) -> bool {
        // Two three-byte characters (nearly every kanji pair): the code
        // point and the pair's key from one load, no bounds checks.
        if let Some(b) = bytes.get(start..start + 8).and_then(|b| <[u8; 8]>::try_from(b).ok()) {
            if width == 3 && b[3] & 0xF0 == 0xE0 {
                let cp = (u32::from(b[0] & 0x0F) << 12) | (u32::from(b[1] & 0x3F) << 6) | u32::from(b[2] & 0x3F);
                return self.surname_first.has_code(cp)
                    && (self.one_start.has_code(cp) || self.name_start.has(u64::from_le_bytes(b) & 0xFFFF_FFFF_FFFF));
            }
        }
        let (one, two) = start_keys(bytes, start, width);
        (self.name_start.has(one) || self.name_start.has(two))
            && self.surname_first.has_code(super::pass::code_point(bytes, start))
    }
}

/// One bit per Basic Multilingual Plane code point (8 kB).
pub(super) struct Bits(Box<[u64; 0x10000 / 64]>);

impl Bits {
    pub(super) fn new() -> Bits {
        Bits(Box::new([0; 0x10000 / 64]))
    }
    pub(super) fn set(&mut self, c: char) {
        let i = c as usize;
        if i < 0x10000 {
            self.0[i / 64] |= 1 << (i % 64);
        }
    }
    pub(super) fn has(&self, c: char) -> bool {
        self.has_code(u32::from(c))
    }
    pub(super) fn has_code(&self, c: u32) -> bool {
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
            one_start: Bits::new(),
            #[cfg(feature = "names-given")]
            given_start: StartBits::new(),
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
                None if data.common_surnames.contains(w) || data.persons.contains(w) => {
                    data.name_start.set(one);
                    w.chars().for_each(|c| data.one_start.set(c));
                }
                None => {}
            }
        }
        // Relatives of two or more kanji (長女, 祖母) are looked at too: a
        // hiragana name may follow them and 「の」 (「次女のさくらは」).
        for w in KIN.iter().filter(|w| w.chars().nth(1).is_some() && w.chars().all(super::is_kanji)) {
            let (_, two) = start_keys(w.as_bytes(), 0, w.chars().next().map_or(0, char::len_utf8));
            data.name_start.set(two);
            w.chars().take(1).for_each(|c| data.surname_first.set(c));
        }
        // Chinese surnames start a three-kanji name (「王麗華」).
        for w in CHINESE_SURNAMES {
            let (one, _) = start_keys(w.as_bytes(), 0, w.len());
            data.name_start.set(one);
            w.chars().for_each(|c| data.surname_first.set(c));
            w.chars().for_each(|c| data.one_start.set(c));
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
        PERSON_SUFFIXES.chars().for_each(|c| data.person_noun_last.set(c));
        for w in &data.given_kana {
            if let Some(c) = w.chars().next() {
                data.kana_first.set(c);
            }
        }
        for w in &data.given {
            #[cfg(feature = "names-given")]
            {
                let mut chars = w.chars();
                if let (Some(a), Some(b)) = (chars.next(), chars.next()) {
                    if w.chars().count() <= 3 && super::is_kanji(a) && super::is_kanji(b) {
                        data.given_start.set(start_keys(w.as_bytes(), 0, a.len_utf8()).1);
                    }
                }
            }
            if let Some(c) = w.chars().next_back() {
                data.given_last.set(c);
            }
            if let Some(c) = w.chars().next() {
                data.given_first.set(c);
            }
        }
        Ok(data)
    }

    pub(super) fn is_surname(&self, w: &str) -> bool {
        w.chars().next_back().is_some_and(|c| self.surname_last.has(c)) && self.surnames.contains(w)
    }

    /// A given name of the lists, or a 2-character one made like one after
    /// a surname of 2+ characters (悠斗 is not in a 2007 dictionary).
    pub(super) fn is_given(&self, given: &str, surname_chars: usize) -> bool {
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

pub(super) static DATA: OnceLock<NameData> = OnceLock::new();

/// The lists embedded in native builds (CLI, tests, benches). The wasm
/// modules leave them out: they come as a file (www/lib/pkg).
#[cfg(not(target_arch = "wasm32"))]
pub(super) const EMBEDDED: &str = include_str!("../names/presend-names.txt");

/// The name lists, if loaded.
pub(super) fn data() -> Option<&'static NameData> {
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

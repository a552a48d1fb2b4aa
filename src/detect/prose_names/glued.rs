//! Names that the word after them or a space hides from the run rules
//! (issue 17): a name glued to a word only a person's name takes
//! (「田中一郎氏名義の口座」, 「鈴木花子宅を訪問」, 「佐藤健太郎宛てに」), a surname
//! and a given name split by a space inside prose (「被告の浅野 健一は」), a
//! hiragana given name after a relative and 「の」 (「娘のあかりが」),
//! and a name found once met again alone later in the same text
//! (「佐藤かずこは…。かずこは」).
//!
//! The first two are asked only of runs the pass already looks at (their
//! first characters can start a listed name); the third only after one
//! kanji or a relative (whose first two kanji the filter holds) before
//! 「の」; the last only
//! where a name was found. Clean prose pays a byte test or two for them.

use super::*;

/// Words glued after a name that only a person's name takes: a house (宅,
/// 邸), the holder of an account or a contract (名義), an addressee (宛, as
/// in 宛て: て is hiragana, so the run ends at 宛). 住宅, 自宅, 個人名義 have
/// no name before them.
const GLUED: &[&str] = &["名義", "宅", "邸", "宛"];

/// The length in bytes of the name at the start of kanji run `run` when a
/// word of [`GLUED`] (and 氏 or 様 before it) ends the run: a full name, or a
/// common surname of two or more kanji that may stand alone (no prefecture
/// or city: 「本田邸」 is a place's name as often).
pub(super) fn glued_name(d: &NameData, run: &str) -> Option<usize> {
    let b = run.as_bytes();
    let last = b.get(b.len().checked_sub(3)?..)?;
    // 宅, 邸, 義, 宛: the last character first, as most runs end otherwise.
    if !matches!(last, [0xE5, 0xAE, 0x85 | 0x9B] | [0xE9, 0x82, 0xB8] | [0xE7, 0xBE, 0xA9]) {
        return None;
    }
    let stem = GLUED.iter().find_map(|g| run.strip_suffix(g))?;
    let stem = stem.strip_suffix(['氏', '様']).unwrap_or(stem);
    if stem.is_empty() || PLACE_HEADS.iter().any(|h| stem.ends_with(h)) {
        return None;
    }
    (full_name(d, stem) || common_surname_alone(d, stem)).then_some(stem.len())
}

/// A surname `text[s..e]` (two or more kanji) and a given name after one
/// space (「浅野 健一は」, 「岩崎　孝の」): the end of the given name when the
/// kanji run after the space is wholly a listed given name (one kanji only
/// from the common list) and the end, punctuation or a particle follows.
/// Prefectures and big cities are left out (「東京 大阪」 lists places).
pub(super) fn spaced_name(d: &NameData, text: &str, s: usize, e: usize) -> Option<usize> {
    let run = &text[s..e];
    let after = &text[e..];
    let space = if after.starts_with(' ') {
        1
    } else if after.starts_with('\u{3000}') {
        3
    } else {
        return None;
    };
    let surname_chars = run.chars().count();
    if !(2..=4).contains(&surname_chars)
        || !d.is_surname(run)
        || d.not_names.contains(run)
        || PREFECTURE_STEMS.contains(&run)
        || CITIES.contains(&run)
    {
        return None;
    }
    let rest = &after[space..];
    let given_chars = rest.chars().take_while(|&c| is_kanji(c)).take(4).count();
    let len: usize = rest.chars().take(given_chars).map(char::len_utf8).sum();
    let given = &rest[..len];
    let next = rest[len..].chars().next();
    let ends =
        ends_word(next) && next != Some('・') || rest[len..].starts_with("より") || rest[len..].starts_with("まで");
    let listed = match given_chars {
        1 => d.common_given.contains(given),
        2 | 3 => d.is_given(given, surname_chars),
        _ => false,
    };
    (ends && listed && !PLACE_HEADS.contains(&given)).then_some(e + space + len)
}

/// Particles after which a hiragana word is taken as a name in
/// [`kana_after_kin`] and [`mentions`]: what follows a person as subject,
/// object or companion.
fn name_particle(after: &str) -> bool {
    matches!(after.chars().next(), Some('は' | 'が' | 'を' | 'に' | 'と' | 'の' | 'も' | 'へ' | 'や' | '、'))
        || after.starts_with("から")
}

/// The length of a listed hiragana given name of 2-4 characters at the
/// start of `text`, the longest followed by a particle.
fn kana_name_at(d: &NameData, text: &str) -> Option<usize> {
    let mut ends = [0usize; 5];
    let mut n = 0;
    for (i, c) in text.char_indices() {
        if n == 4 || !is_hiragana(c) {
            break;
        }
        n += 1;
        ends[n] = i + c.len_utf8();
    }
    (2..=n).rev().find(|&k| d.given_kana.contains(&text[..ends[k]]) && name_particle(&text[ends[k]..])).map(|k| ends[k])
}

/// A hiragana given name after a relative and 「の」 (「娘のあかりが」,
/// 「次女のさくらは」): `text[s..e]` is the kanji run before 「の」, which the
/// caller has seen at `e`, and must be wholly a relative (`KIN`: a role
/// before a hiragana word is too often something else's, 「担当のほう」).
#[cold]
#[inline(never)]
pub(super) fn kana_after_kin(d: &NameData, text: &str, s: usize, e: usize, out: &mut Vec<Hit>) {
    let at = e + 'の'.len_utf8();
    let Some(first) = text[at..].chars().next() else { return };
    if !d.kana_first.has(first) || !is_kin(&text[s..e]) {
        return;
    }
    if let Some(len) = kana_name_at(d, &text[at..]) {
        push(text, at, at + len, CUE_CONFIDENCE, "続柄の + ひらがな名 / kana name after a relative", out);
    }
}

/// The most names whose parts [`mentions`] looks for again: a roster's
/// thousands are found by their column, not so.
const MAX_MENTIONED: usize = 16;

/// Once a full name is found (「佐藤かずこは…」), its surname or given name
/// alone later in the same text is the same person (「…かずこは」,
/// 「佐藤が」): each part of two or more characters, as a whole word (not
/// inside a longer kanji, katakana or hiragana run) before a particle, is
/// a name too. Asked only where names were found, of at most
/// [`MAX_MENTIONED`] of them.
pub(super) fn mentions(d: &NameData, text: &str, first: usize, out: &mut Vec<Hit>) {
    let mut parts: Vec<&str> = Vec::new();
    for h in out[first..].iter().filter(|h| h.kind == Kind::PersonName) {
        let Some(name) = text.get(h.start..h.end) else { continue };
        if let Some((surname, given)) = split_full_name(d, name) {
            for part in [surname, given] {
                if part.chars().nth(1).is_some() && !parts.contains(&part) {
                    parts.push(part);
                }
            }
        }
        if parts.len() > MAX_MENTIONED {
            return;
        }
    }
    if parts.is_empty() {
        return;
    }
    let mut found = Vec::new();
    for part in parts {
        let kana = part.chars().all(is_hiragana);
        // A surname alone that is a prefecture or a big city reads as the place.
        if PREFECTURE_STEMS.contains(&part) || PLACE_SURNAMES.contains(&part) || d.not_names.contains(part) {
            continue;
        }
        for (at, _) in text.match_indices(part) {
            let end = at + part.len();
            let prev = text[..at].chars().next_back();
            let glued_before = prev.is_some_and(|c| is_kanji(c) || is_katakana(c) || kana && is_hiragana(c));
            if glued_before || !name_particle(&text[end..]) {
                continue;
            }
            found.push((at, end));
        }
    }
    if found.is_empty() {
        return;
    }
    let mut names = NameSpans::default();
    for h in out[first..].iter().filter(|h| h.kind == Kind::PersonName) {
        names.add(h);
    }
    for (at, end) in found {
        let hit = Hit::new(
            Kind::PersonName,
            text,
            at,
            end,
            CONFIDENCE,
            vec![Evidence::Dictionary("既出の姓・名 / name met before".to_owned())],
        );
        if !names.overlaps(&hit) {
            names.add(&hit);
            out.push(hit);
        }
    }
}

/// A full name's surname and given name: split at a space, or where a listed
/// surname of 1-4 characters is followed by a listed given name (kanji,
/// hiragana or katakana read as hiragana is not asked: the lists'
/// katakana are foreign names).
fn split_full_name<'a>(d: &NameData, name: &'a str) -> Option<(&'a str, &'a str)> {
    if let Some((a, b)) = name.split_once([' ', '\u{3000}']) {
        return (!a.is_empty() && !b.is_empty()).then_some((a, b));
    }
    if !name.chars().next().is_some_and(is_kanji) {
        return None;
    }
    name.char_indices().skip(1).take(4).find_map(|(i, _)| {
        let (surname, given) = name.split_at(i);
        let given_ok = d.is_given(given, surname.chars().count()) || d.given_kana.contains(given);
        (surname.chars().all(is_kanji) && d.surnames.contains(surname) && given_ok).then_some((surname, given))
    })
}

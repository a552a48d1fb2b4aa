//! Names that stand beside other names (issue 17): minutes list who came
//! (「出席：山田、佐藤、鈴木」), notes pair people (「関と辻」, 「鬼塚と桐山で」),
//! and a list of people keeps going once one of them is known
//! (「石橋、エドワーズ、村上」). A word next to a name across と, や or 、 is
//! read as a name when the lists hold it as one: the name beside it is the
//! cue, as a role before one is elsewhere. This runs only where a name was
//! found, so clean prose pays nothing for it.

use super::*;

/// What may end an item of a list of people: a separator, a bracket, a
/// space, the line's or sentence's end.
fn ends_item(next: Option<char>) -> bool {
    next.is_none_or(|c| {
        c.is_whitespace() || matches!(c, '、' | '）' | ')' | '（' | '(' | '。' | ',' | '，' | '」' | '】')
    })
}

/// What may open an item of a list of people: a label's colon, a
/// separator, a bracket, a space, the line's start.
fn opens_item(prev: Option<char>) -> bool {
    prev.is_none_or(|c| c.is_whitespace() || matches!(c, '：' | ':' | '、' | '（' | '(' | ',' | '，' | '「' | '】'))
}

/// The kanji run that ends at byte `end` of `text`.
fn kanji_before(text: &str, end: usize) -> &str {
    let start = text[..end].char_indices().rev().take_while(|&(_, c)| is_kanji(c)).last().map_or(end, |(i, _)| i);
    &text[start..end]
}

/// The kanji run that starts at byte `start` of `text`.
fn kanji_after(text: &str, start: usize) -> &str {
    let len = text[start..].chars().take_while(|&c| is_kanji(c)).map(char::len_utf8).sum::<usize>();
    &text[start..start + len]
}

/// A common surname of two or more kanji standing as a whole list item.
fn surname_item(d: &NameData, text: &str, s: usize, e: usize) -> bool {
    common_surname_alone(d, &text[s..e])
        && opens_item(text[..s].chars().next_back())
        && ends_item(text[e..].chars().next())
}

/// A common surname alone as an item of a list of people, `text[s..e]`:
/// the item next to it across 、 is one too (「出席：山田、佐藤、鈴木」), or a
/// word for a person stands before the colon (「前任：岸本、後任：若林」).
/// A list of places (石川、富山) is no list of people: prefectures and
/// cities are not common surnames alone.
pub(super) fn list_item(d: &NameData, text: &str, s: usize, e: usize) -> bool {
    if !surname_item(d, text, s, e) {
        return false;
    }
    let before = &text[..s];
    if let Some(label) = before.strip_suffix('：').or_else(|| before.strip_suffix(':')) {
        let label = label.trim_end_matches(['　', ' ']);
        if ends_in_person_noun(d, label) {
            return true;
        }
    }
    let next = text[e..].strip_prefix('、').map(|rest| {
        let at = text.len() - rest.len();
        (at, at + kanji_after(text, at).len())
    });
    let prev = before.strip_suffix('、').map(|b| (b.len() - kanji_before(text, b.len()).len(), b.len()));
    [next, prev].into_iter().flatten().any(|(a, b)| b > a && surname_item(d, text, a, b))
}

/// Honorifics and the like that may stand between a name and the と, や
/// or 、 that joins the next (「松永様、」, 「鈴木さんと」).
const AFTER_NAME: &[&str] = &["さん", "様", "氏", "君", "くん", "ちゃん", "先生"];

/// Whether `word`, found next to a name across `sep`, is a name: a listed
/// surname (one kanji only from the common ones), a given name, a full
/// name, or a katakana person spelling; no prefecture or big city.
fn name_beside(d: &NameData, word: &str, after: &str, sep: char) -> bool {
    let Some(first) = word.chars().next() else { return false };
    if is_katakana(first) {
        let parts = || word.split(is_name_joiner);
        return morae(word) >= 2
            && parts().any(|p| d.katakana.contains(p))
            && !parts().any(|p| KATAKANA_HEADS.contains(&p) || PLACE_PARTS.contains(&p));
    }
    if d.not_names.contains(word) || PREFECTURE_STEMS.contains(&word) || CITIES.contains(&word) || is_kin(word) {
        return false;
    }
    if word.chars().nth(1).is_none() {
        return d.common_surnames.contains(word) || ONE_KANJI_SURNAMES.contains(&word);
    }
    // After 、 a list of anything goes on: only common names then.
    let next = after.chars().next();
    let loose = sep != '、' && (ends_word(next) || after.starts_with("まで") || after.starts_with("より"));
    d.common_surnames.contains(word)
        || d.common_given.contains(word)
        || full_name(d, word)
        || loose && (d.is_surname(word) || d.given.contains(word))
}

/// Names beside the names found in `text` (from `out[first..]`): a word
/// across と, や or 、 from one, read by [`name_beside`]; again from each
/// new one, so a list is read to its end.
pub(super) fn beside_found(d: &NameData, text: &str, first: usize, out: &mut Vec<Hit>) {
    let mut todo: Vec<(usize, usize)> =
        out[first..].iter().filter(|h| h.kind == Kind::PersonName).map(|h| (h.start, h.end)).collect();
    let mut spans = todo.clone();
    // A list of people is short; the bound keeps a crafted one linear.
    let mut budget = 64;
    while let Some((s, e)) = todo.pop() {
        if budget == 0 {
            break;
        }
        budget -= 1;
        for (a, b, sep) in [right_of(text, e), left_of(text, s)].into_iter().flatten() {
            let word = &text[a..b];
            if b <= a || spans.iter().any(|&(x, y)| x < b && a < y) || !name_beside(d, word, &text[b..], sep) {
                continue;
            }
            push(text, a, b, CONFIDENCE, "並んだ名 / name beside a name", out);
            spans.push((a, b));
            todo.push((a, b));
        }
    }
}

/// The word after a name ending at `e`, across an honorific and と, や or
/// 、: its span and the separator.
fn right_of(text: &str, e: usize) -> Option<(usize, usize, char)> {
    let mut rest = &text[e..];
    if let Some(h) = AFTER_NAME.iter().find(|h| rest.starts_with(*h)) {
        rest = &rest[h.len()..];
    }
    let sep = rest.chars().next().filter(|c| matches!(c, 'と' | 'や' | '、'))?;
    let a = text.len() - rest.len() + sep.len_utf8();
    let first = text[a..].chars().next()?;
    let len: usize = if is_kanji(first) {
        kanji_after(text, a).len()
    } else if is_katakana(first) {
        text[a..].chars().take_while(|&c| is_katakana(c) || is_name_joiner(c) || c == '＝').map(char::len_utf8).sum()
    } else {
        return None;
    };
    let b = a + len;
    let next = text[b..].chars().next();
    // The word must end there: not the start of a longer word (「鈴木と相談
    // 室へ」 has no kanji after; 「と大阪府」 a place word).
    let whole = !next.is_some_and(|c| is_kanji(c) || is_katakana(c));
    let ends = ends_word(next) || ends_item(next) || text[b..].starts_with("まで") || text[b..].starts_with("より");
    (whole && ends).then_some((a, b, sep))
}

/// The word before a name starting at `s`, across と, や or 、 (and an
/// honorific before it): its span and the separator.
fn left_of(text: &str, s: usize) -> Option<(usize, usize, char)> {
    let sep = text[..s].chars().next_back().filter(|c| matches!(c, 'と' | 'や' | '、'))?;
    let mut b = s - sep.len_utf8();
    if let Some(h) = AFTER_NAME.iter().find(|h| text[..b].ends_with(*h)) {
        b -= h.len();
    }
    let last = text[..b].chars().next_back()?;
    let a = if is_kanji(last) {
        b - kanji_before(text, b).len()
    } else if is_katakana(last) {
        let run: usize = text[..b]
            .chars()
            .rev()
            .take_while(|&c| is_katakana(c) || is_name_joiner(c) || c == '＝')
            .map(char::len_utf8)
            .sum();
        b - run
    } else {
        return None;
    };
    // A word of its own: a hiragana particle, punctuation or the start
    // before it (「日勤帯は林と」), not a kanji compound's tail.
    (opens_item(text[..a].chars().next_back()) || text[..a].chars().next_back().is_some_and(is_hiragana))
        .then_some((a, b, sep))
}

//! Folding text before any matching, so that `０９０－１２３４－５６７８`,
//! `090ー1234ー5678` and `090-1234-5678` look the same to the detectors.
//!
//! This is the subset of NFKC that matters for the identifiers (full-width
//! ASCII, the ideographic space, half-width katakana) plus the dash-likes NFKC
//! leaves alone (U+2010–2015, U+2212, U+30FC, U+FF70) when digits stand on both
//! sides. Full NFKC is not used: it is several times slower and changes much
//! more text than the detectors need. Folding changes byte lengths, so an
//! [`OffsetMap`] maps positions in the folded text back to the original.

use std::borrow::Cow;

/// Folded text plus the way back to the original offsets.
#[derive(Debug, Clone)]
pub struct Folded<'a> {
    pub text: Cow<'a, str>,
    pub map: OffsetMap,
}

/// Sparse map from folded byte offsets to original byte offsets: one checkpoint
/// each time the difference between the two changes.
#[derive(Debug, Clone, Default)]
pub struct OffsetMap {
    /// (folded offset, original offset), sorted by folded offset.
    checkpoints: Vec<(u32, u32)>,
}

impl OffsetMap {
    /// The original byte offset for a folded byte offset.
    pub fn to_original(&self, folded: usize) -> usize {
        let folded = folded as u32;
        let idx = self.checkpoints.partition_point(|&(f, _)| f <= folded);
        if idx == 0 {
            return folded as usize;
        }
        let (f, o) = self.checkpoints[idx - 1];
        (o + (folded - f)) as usize
    }
}

fn is_digit_char(c: char) -> bool {
    c.is_ascii_digit() || ('\u{FF10}'..='\u{FF19}').contains(&c)
}

fn is_dash_like(c: char) -> bool {
    matches!(c, '\u{2010}'..='\u{2015}' | '\u{2212}' | '\u{30FC}' | '\u{FF70}' | '\u{FE63}')
}

/// Half-width katakana U+FF66..=U+FF9D to their full-width forms.
const HALFWIDTH_KANA: &str =
    "ヲァィゥェォャュョッーアイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワン";

fn fold_halfwidth_kana(c: char, next: Option<char>) -> Option<(char, bool)> {
    let cp = c as u32;
    match cp {
        0xFF61 => Some(('。', false)),
        0xFF62 => Some(('「', false)),
        0xFF63 => Some(('」', false)),
        0xFF64 => Some(('、', false)),
        0xFF65 => Some(('・', false)),
        0xFF66..=0xFF9D => {
            let base = HALFWIDTH_KANA.chars().nth((cp - 0xFF66) as usize)?;
            // A following (semi-)voiced mark composes with the base.
            match next {
                Some('\u{FF9E}') => {
                    let voiced = match base {
                        'ウ' => Some('ヴ'),
                        'カ'..='ト' | 'ハ'..='ホ' => char::from_u32(base as u32 + 1),
                        _ => None,
                    };
                    voiced.map(|v| (v, true)).or(Some((base, false)))
                }
                Some('\u{FF9F}') if ('ハ'..='ホ').contains(&base) => {
                    char::from_u32(base as u32 + 2).map(|v| (v, true))
                }
                _ => Some((base, false)),
            }
        }
        0xFF9E => Some(('゛', false)),
        0xFF9F => Some(('゜', false)),
        _ => None,
    }
}

/// Folds `text`; borrows it unchanged when there is nothing to fold (most ASCII).
pub fn fold(text: &str) -> Folded<'_> {
    let bytes = text.as_bytes();
    let Some(first) = next_to_fold(bytes, 0) else {
        return Folded { text: Cow::Borrowed(text), map: OffsetMap::default() };
    };
    let mut out = String::with_capacity(text.len());
    let mut map = OffsetMap::default();
    let mut pos = 0;
    let mut next = Some(first);
    // Copy the spans between foldable characters whole; fold those one by one.
    while let Some(at) = next {
        out.push_str(&text[pos..at]);
        let mut chars = text[at..].chars();
        let Some(c) = chars.next() else { break };
        let following = chars.next();
        let prev_out = out.chars().next_back();
        let (folded, orig_len) = fold_char(c, prev_out, following);
        let out_pos = out.len();
        out.push(folded);
        if folded.len_utf8() != orig_len {
            // From the next folded character on, the offsets differ by a new amount.
            map.checkpoints.push(((out_pos + folded.len_utf8()) as u32, (at + orig_len) as u32));
        }
        pos = at + orig_len;
        next = next_to_fold(bytes, pos);
    }
    out.push_str(&text[pos..]);
    Folded { text: Cow::Owned(out), map }
}

/// The folded form of `c` and how many original bytes it consumed (a
/// half-width kana with its voiced mark is one folded character).
fn fold_char(c: char, prev_out: Option<char>, next: Option<char>) -> (char, usize) {
    let folded = match c {
        '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFF01 + 0x21).unwrap_or(c),
        '\u{3000}' => ' ',
        _ if is_dash_like(c) => {
            let digit_before = prev_out.is_some_and(|p| p.is_ascii_digit());
            let digit_after = next.is_some_and(is_digit_char);
            if digit_before && digit_after {
                '-'
            } else if c == '\u{FF70}' {
                // Half-width prolonged sound mark among kana.
                'ー'
            } else {
                c
            }
        }
        _ => match fold_halfwidth_kana(c, next) {
            Some((k, true)) => return (k, c.len_utf8() + next.map_or(0, char::len_utf8)),
            Some((k, false)) => k,
            None => c,
        },
    };
    (folded, c.len_utf8())
}

/// Whether the character starting at byte `at` may change when folded.
fn foldable_at(b: &[u8], at: usize) -> bool {
    let (Some(&b0), Some(&b1), Some(&b2)) = (b.get(at), b.get(at + 1), b.get(at + 2)) else { return false };
    match b0 {
        0xEF => matches!(b1, 0xBC..=0xBE) || (b1 == 0xB9 && b2 == 0xA3),
        0xE2 => (b1 == 0x80 && (0x90..=0x95).contains(&b2)) || (b1 == 0x88 && b2 == 0x92),
        0xE3 if b1 == 0x80 && b2 == 0x80 => true,
        0xE3 if b1 == 0x83 && b2 == 0xBC => {
            let ascii = at >= 1 && b[at - 1].is_ascii_digit();
            let wide = at >= 3 && b[at - 3] == 0xEF && b[at - 2] == 0xBC && (0x90..=0x99).contains(&b[at - 1]);
            ascii || wide
        }
        _ => false,
    }
}

/// The byte offset of the next character at or after `from` that folding may
/// change. Most text has none, so this is the hot path: SIMD searches for the
/// few lead bytes involved. The prolonged sound mark ー is everywhere in
/// katakana and only matters after a digit.
fn next_to_fold(b: &[u8], from: usize) -> Option<usize> {
    let hay = b.get(from..)?;
    if hay.len() < 256 {
        // Short text (a cell): a plain loop over the three lead bytes involved
        // beats setting up the SIMD searches.
        return hay
            .iter()
            .enumerate()
            .filter(|&(_, &x)| matches!(x, 0xE2 | 0xE3 | 0xEF))
            .map(|(p, _)| from + p)
            .find(|&at| foldable_at(b, at));
    }
    let mut best: Option<usize> = None;
    // U+FF01..U+FF9F (full-width ASCII, half-width kana), U+FE63; U+2010..U+2015, U+2212.
    let mut i = 0;
    while let Some(off) = memchr::memchr2(0xEF, 0xE2, &hay[i..]) {
        let p = i + off;
        if foldable_at(b, from + p) {
            best = Some(p);
            break;
        }
        i = p + 1;
    }
    let limit = best.unwrap_or(hay.len());
    // U+3000 ideographic space.
    if let Some(p) = memchr::memmem::find(&hay[..limit], "\u{3000}".as_bytes()) {
        best = Some(p);
    }
    let limit = best.unwrap_or(hay.len());
    // U+30FC after a digit.
    for p in memchr::memmem::find_iter(&hay[..limit], "ー".as_bytes()) {
        if foldable_at(b, from + p) {
            best = Some(p);
            break;
        }
    }
    best.map(|p| from + p)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_fullwidth_digits_and_dashes() {
        let f = fold("０９０－１２３４－５６７８");
        assert_eq!(f.text, "090-1234-5678");
        let f = fold("電話090ー1234ー5678です");
        assert_eq!(f.text, "電話090-1234-5678です");
        // A prolonged sound mark between kana stays what it is.
        assert_eq!(fold("データー").text, "データー");
        assert_eq!(fold("1234−5678‐9018").text, "1234-5678-9018");
        assert_eq!(fold("０９０ー１２３４ー５６７８").text, "090-1234-5678");
        assert_eq!(fold("サーバー090ーデータ").text, "サーバー090ーデータ");
    }

    #[test]
    fn folds_halfwidth_katakana_with_voiced_marks() {
        assert_eq!(fold("ﾔﾏﾀﾞ ﾀﾛｳ").text, "ヤマダ タロウ");
        assert_eq!(fold("ﾊﾟｽﾜｰﾄﾞ").text, "パスワード");
    }

    #[test]
    fn maps_offsets_back_to_the_original() {
        let original = "Ａ：０９０－１";
        let f = fold(original);
        assert_eq!(f.text, "A:090-1");
        let pos = f.text.find('9').unwrap_or(0);
        let back = f.map.to_original(pos);
        assert!(original[back..].starts_with('９'));
        assert_eq!(f.map.to_original(f.text.len()), original.len());
    }

    #[test]
    fn borrows_plain_text() {
        assert!(matches!(fold("plain 090-1234-5678").text, Cow::Borrowed(_)));
    }
}

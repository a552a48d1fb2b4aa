//! The byte-level pass of the prose finder: what class of character stands
//! at a byte (kanji, katakana, the ゃ/ん of ちゃん/くん, other) and where a
//! run of one class ends, read from the first bytes of UTF-8 with no decoding
//! where they tell; this runs over every character of every text scanned.

use super::*;

/// The character at byte `i` of valid UTF-8 and its width, by arithmetic:
/// `str::chars` from a slice re-checks the boundary at every step, and this
/// loop runs over every character of every text scanned.
#[inline]
pub(super) fn decode(bytes: &[u8], i: usize) -> (char, usize) {
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
pub(super) fn code_point(bytes: &[u8], i: usize) -> u32 {
    match bytes.get(i..i + 3) {
        Some(&[b0 @ 0xE0..=0xEF, b1, b2]) => {
            (u32::from(b0 & 0x0F) << 12) | (u32::from(b1 & 0x3F) << 6) | u32::from(b2 & 0x3F)
        }
        _ => u32::from(decode(bytes, i).0),
    }
}

/// What the character before the current one was, for word starts.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Class {
    Kanji,
    Katakana,
    Other,
    /// ゃ or ん, which may end ちゃん or くん after a hiragana given name
    /// ([`skip_other`] stops there; nothing else gives it).
    Suffix,
}

/// The class of any character (the rare ones [`class_at`] decodes).
pub(super) fn class_of(c: char, prev: Class) -> Class {
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
pub(super) fn class_at(bytes: &[u8], i: usize, prev: Class) -> (Class, usize) {
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

/// Where the run of `class` that goes on at byte `i` ends, and the class
/// and width of what follows (`Other`, 0 at the end): kanji of
/// U+5000-U+9FFF by their first byte, the rest through `class_at`.
#[inline(always)]
pub(super) fn run_end(bytes: &[u8], mut i: usize, class: Class) -> (usize, Class, usize) {
    while i < bytes.len() {
        if class == Class::Kanji && (0xE5..=0xE9).contains(&bytes[i]) {
            i += 3;
            continue;
        }
        // Hiragana U+3040-U+307F ends most runs: no need of `class_at`.
        if bytes.get(i..i + 2) == Some(&[0xE3, 0x81]) {
            return (i, Class::Other, 3);
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
pub(super) fn skip_other(bytes: &[u8], mut i: usize) -> (usize, Class, usize) {
    while i < bytes.len() {
        let b0 = bytes[i];
        // Hiragana U+3040-U+307F, a third of Japanese prose: its first two
        // bytes, asked before anything else.
        if b0 == 0xE3 && bytes.get(i + 1) == Some(&0x81) {
            i += 3;
            continue;
        }
        if b0 < 0x80 {
            // Eight bytes of ASCII at once (English lines, figures, markup).
            let ascii8 = bytes.get(i..i + 8).and_then(|b| <[u8; 8]>::try_from(b).ok());
            i += match ascii8 {
                Some(b) if u64::from_le_bytes(b) & 0x8080_8080_8080_8080 == 0 => 8,
                _ => 1,
            };
            continue;
        }
        // Most of Japanese prose: U+3000-U+30FF, kana and the ideographic
        // punctuation, all read from the three bytes at once.
        if b0 == 0xE3 {
            if let Some(&[b1, b2]) = bytes.get(i + 1..i + 3) {
                let other = match b1 {
                    // Hiragana U+3040-U+307F.
                    0x81 => true,
                    // U+3080-U+30A0: hiragana but ゃ (U+3083) and ん (U+3093),
                    // where ちゃん and くん may end.
                    0x82 if b2 < 0xA1 => {
                        if b2 == 0x83 || b2 == 0x93 {
                            return (i, Class::Suffix, 3);
                        }
                        true
                    }
                    // The ideographic punctuation but 々.
                    0x80 => b2 != 0x85,
                    _ => false,
                };
                if other {
                    i += 3;
                    continue;
                }
            }
            let (class, width) = class_at(bytes, i, Class::Other);
            return (i, class, width);
        }
        // A kanji of U+5000-U+9FFF: where most runs start.
        if (0xE5..=0xE9).contains(&b0) {
            return (i, Class::Kanji, 3);
        }
        // The full-width forms U+FF00-U+FFEF are no kanji or katakana.
        if b0 == 0xEF && bytes.get(i + 1).is_some_and(|&b1| b1 >= 0xBC) && i + 3 <= bytes.len() {
            i += 3;
            continue;
        }
        let (class, width) = class_at(bytes, i, Class::Other);
        return (i, class, width);
    }
    (i, Class::Other, 0)
}

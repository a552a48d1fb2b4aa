//! Detecting and decoding the encodings Japanese text files come in: UTF-8
//! (with or without BOM), UTF-16 (BOM, or NUL-byte pattern without one),
//! Shift_JIS/CP932 (what Excel writes for "CSV" on Japanese Windows) and
//! EUC-JP. Decoding is strict first, so a guess that does not fit is never
//! accepted silently; the last resort is lossy UTF-8 with a problem entry.

use std::borrow::Cow;

use encoding_rs::{Encoding, EUC_JP, ISO_2022_JP, SHIFT_JIS, UTF_16BE, UTF_16LE};

use crate::{Problem, ProblemKind};

/// Text decoded from bytes, with what was learned on the way.
#[derive(Debug)]
pub struct Decoded<'a> {
    pub text: Cow<'a, str>,
    pub encoding: &'static str,
    /// The input ended inside a character (the file was cut short).
    pub truncated: bool,
    /// No encoding fitted; the text was decoded with replacement characters.
    pub lossy: bool,
    /// Control characters suggest this is not text at all.
    pub binary: bool,
}

impl Decoded<'_> {
    /// The problem to report about this decoding, if any.
    pub fn problem(&self, entry: Option<&str>) -> Option<Problem> {
        if self.lossy {
            Some(Problem::new(
                ProblemKind::Encoding,
                entry,
                "text encoding not recognised; read with replacement characters",
            ))
        } else if self.truncated {
            Some(Problem::new(ProblemKind::Truncated, entry, format!("{} text ends inside a character", self.encoding)))
        } else {
            None
        }
    }
}

fn strict(enc: &'static Encoding, bytes: &[u8]) -> Option<String> {
    enc.decode_without_bom_handling_and_without_replacement(bytes).map(Cow::into_owned)
}

fn looks_binary(text: &str) -> bool {
    let sample: Vec<char> = text.chars().take(4096).collect();
    if sample.is_empty() {
        return false;
    }
    let controls = sample.iter().filter(|&&c| c.is_control() && !matches!(c, '\n' | '\r' | '\t' | '\u{0C}')).count();
    controls * 20 > sample.len()
}

fn utf16_without_bom(bytes: &[u8]) -> Option<&'static Encoding> {
    let sample = &bytes[..bytes.len().min(4096)];
    if sample.len() < 4 {
        return None;
    }
    let pairs = sample.len() / 2;
    let even_zeros = sample.iter().step_by(2).filter(|&&b| b == 0).count();
    let odd_zeros = sample.iter().skip(1).step_by(2).filter(|&&b| b == 0).count();
    if odd_zeros * 3 > pairs && even_zeros * 10 < pairs {
        Some(UTF_16LE)
    } else if even_zeros * 3 > pairs && odd_zeros * 10 < pairs {
        Some(UTF_16BE)
    } else {
        None
    }
}

/// UTF-16 without a byte-order mark and with little ASCII (a mostly
/// Japanese list exported as "Unicode text"): no zero bytes tell it, so the
/// code units must read as Japanese text. Shift_JIS, EUC-JP or UTF-8 read as
/// UTF-16 give Yi, Hangul, private-use or unpaired surrogates instead.
fn japanese_utf16_without_bom(bytes: &[u8]) -> Option<&'static Encoding> {
    if bytes.len() < 16 {
        return None;
    }
    let sample = &bytes[..bytes.len().min(8192) & !1];
    // Printable ASCII through and through is ASCII: pairs of letters or
    // brackets read as kanji (`he` is U+6568, `[[` U+5B5B), while Japanese
    // UTF-16 has a zero byte in every ASCII character and bytes over 0x7F
    // in most kanji and kana.
    if sample.iter().all(|&b| matches!(b, 0x09 | 0x0A | 0x0D | 0x20..=0x7E)) {
        return None;
    }
    let plausible = |unit: u16| {
        matches!(unit,
            0x09 | 0x0A | 0x0D | 0x20..=0x7E
            | 0x3000..=0x30FF // CJK punctuation, hiragana, katakana
            | 0x4E00..=0x9FFF // kanji
            | 0xFF01..=0xFF9F // full-width forms, half-width katakana
            | 0x2010..=0x203B | 0x2160..=0x217F | 0x2460..=0x24FF | 0x25A0..=0x25FF)
    };
    [(UTF_16LE, u16::from_le_bytes as fn([u8; 2]) -> u16), (UTF_16BE, u16::from_be_bytes)].into_iter().find_map(
        |(enc, unit)| {
            let units: Vec<u16> = sample.chunks_exact(2).map(|p| unit([p[0], p[1]])).collect();
            let good = units.iter().filter(|&&u| plausible(u)).count();
            let japanese =
                units.iter().filter(|&&u| (0x3040..=0x30FF).contains(&u) || (0x4E00..=0x9FFF).contains(&u)).count();
            // Nearly every unit text, and a good part of it Japanese.
            (good * 100 >= units.len() * 97 && japanese * 4 >= units.len()).then_some(enc)
        },
    )
}

/// Hiragana and common kanji count for, half-width katakana against.
fn japanese_score(text: &str) -> i64 {
    text.chars()
        .map(|c| match c {
            '\u{3041}'..='\u{309F}' => 2,
            '\u{4E00}'..='\u{9FFF}' | '\u{30A0}'..='\u{30FF}' => 1,
            '\u{FF61}'..='\u{FF9F}' => -2,
            _ => 0,
        })
        .sum()
}

/// 7-bit text that switches to JIS X 0208 (ESC $ B or ESC $ @), as
/// Japanese mail is still written.
fn is_iso_2022_jp(bytes: &[u8]) -> bool {
    bytes.is_ascii()
        && (memchr::memmem::find(bytes, b"\x1B$B").is_some() || memchr::memmem::find(bytes, b"\x1B$@").is_some())
}

/// Decodes with one encoding, tolerating a cut in the last character.
fn with_encoding<'a>(enc: &'static Encoding, bytes: &'a [u8]) -> Option<(Cow<'a, str>, bool)> {
    if enc == encoding_rs::UTF_8 {
        return match std::str::from_utf8(bytes) {
            Ok(s) => Some((Cow::Borrowed(s), false)),
            Err(e) if e.error_len().is_none() => {
                let valid = e.valid_up_to();
                std::str::from_utf8(&bytes[..valid]).ok().map(|s| (Cow::Borrowed(s), true))
            }
            Err(_) => None,
        };
    }
    if let Some(s) = strict(enc, bytes) {
        return Some((Cow::Owned(s), false));
    }
    // A multi-byte character cut at the very end.
    for cut in 1..=3.min(bytes.len()) {
        if let Some(s) = strict(enc, &bytes[..bytes.len() - cut]) {
            return Some((Cow::Owned(s), true));
        }
    }
    None
}

fn done<'a>(text: Cow<'a, str>, encoding: &'static str, truncated: bool) -> Decoded<'a> {
    let binary = looks_binary(&text);
    Decoded { text, encoding, truncated, lossy: false, binary }
}

/// Detects the encoding of `bytes` and decodes them.
pub fn decode(bytes: &[u8]) -> Decoded<'_> {
    if let Some(rest) = bytes.strip_prefix(b"\xEF\xBB\xBF") {
        if let Some((t, cut)) = with_encoding(encoding_rs::UTF_8, rest) {
            return done(t, "UTF-8", cut);
        }
    }
    for (bom, enc, name) in [(&b"\xFF\xFE"[..], UTF_16LE, "UTF-16LE"), (&b"\xFE\xFF"[..], UTF_16BE, "UTF-16BE")] {
        if let Some(rest) = bytes.strip_prefix(bom) {
            let truncated = rest.len() % 2 == 1;
            let (t, _) = enc.decode_without_bom_handling(rest);
            return done(Cow::Owned(t.into_owned()), name, truncated);
        }
    }
    if let Some(enc) = utf16_without_bom(bytes).or_else(|| japanese_utf16_without_bom(bytes)) {
        let truncated = bytes.len() % 2 == 1;
        let (t, had_errors) = enc.decode_without_bom_handling(bytes);
        if !had_errors || truncated {
            return done(Cow::Owned(t.into_owned()), enc.name(), truncated);
        }
    }
    // ISO-2022-JP is 7-bit: it would pass as UTF-8 and read as escape
    // codes and ASCII garbage, so its escapes are looked for first.
    if is_iso_2022_jp(bytes) {
        if let Some((t, cut)) = with_encoding(ISO_2022_JP, bytes) {
            return done(t, "ISO-2022-JP", cut);
        }
    }
    if let Some((t, cut)) = with_encoding(encoding_rs::UTF_8, bytes) {
        return done(t, "UTF-8", cut);
    }
    // EUC-JP bytes often also decode as Shift_JIS (as half-width katakana), so
    // when both fit, the one that reads more like Japanese wins.
    let sjis = with_encoding(SHIFT_JIS, bytes);
    let euc = with_encoding(EUC_JP, bytes);
    match (sjis, euc) {
        (Some((s, s_cut)), Some((e, e_cut))) => {
            if japanese_score(&e) > japanese_score(&s) {
                return done(e, "EUC-JP", e_cut);
            }
            return done(s, "Shift_JIS", s_cut);
        }
        (Some((s, cut)), None) => return done(s, "Shift_JIS", cut),
        (None, Some((e, cut))) => return done(e, "EUC-JP", cut),
        (None, None) => {}
    }
    let text = String::from_utf8_lossy(bytes);
    let binary = looks_binary(&text);
    Decoded { text, encoding: "unknown", truncated: false, lossy: true, binary }
}

/// UTF-16LE bytes as text, an unpaired surrogate as U+FFFD and an odd last
/// byte left out: the strings of binary formats (PowerPoint text atoms, MAPI
/// properties) that say their encoding.
#[cfg(feature = "more-formats")]
pub(crate) fn utf16le_lossy(bytes: &[u8]) -> String {
    let units: Vec<u16> = bytes.chunks_exact(2).map(|c| u16::from_le_bytes([c[0], c[1]])).collect();
    String::from_utf16_lossy(&units)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn detects_japanese_encodings() {
        let s = "氏名,電話\n山田太郎,090-1234-5678\n";
        let (sjis, _, _) = SHIFT_JIS.encode(s);
        let d = decode(&sjis);
        assert_eq!(d.encoding, "Shift_JIS");
        assert_eq!(d.text, s);
        let mut utf16: Vec<u8> = vec![0xFF, 0xFE];
        utf16.extend(s.encode_utf16().flat_map(u16::to_le_bytes));
        let d = decode(&utf16);
        assert_eq!(d.encoding, "UTF-16LE");
        assert_eq!(d.text, s);
        let with_bom = [b"\xEF\xBB\xBF".as_slice(), s.as_bytes()].concat();
        assert_eq!(decode(&with_bom).text, s);
        let euc = EUC_JP.encode(s).0;
        let d = decode(&euc);
        assert_eq!(d.text, s);
    }

    #[test]
    fn mostly_japanese_utf16_without_a_bom_is_read_and_other_japanese_encodings_are_not_taken_for_it() {
        let s = "氏名,電話番号,住所\r\n山田 太郎,０９０－１２３４－５６７８,東京都港区芝一丁目\r\n佐藤 花子,０８０－２２２２－３３３３,大阪府大阪市北区梅田\r\n";
        for (bytes, name) in [
            (s.encode_utf16().flat_map(u16::to_le_bytes).collect::<Vec<u8>>(), "UTF-16LE"),
            (s.encode_utf16().flat_map(u16::to_be_bytes).collect::<Vec<u8>>(), "UTF-16BE"),
        ] {
            let d = decode(&bytes);
            assert_eq!((d.encoding, d.text.as_ref()), (name, s));
        }
        // The same text in the other Japanese encodings is not read as UTF-16.
        assert_eq!(decode(s.as_bytes()).encoding, "UTF-8");
        assert_eq!(decode(&SHIFT_JIS.encode(s).0).encoding, "Shift_JIS");
        assert_eq!(decode(&EUC_JP.encode(s).0).encoding, "EUC-JP");
        // Nor is ASCII whose pairs of characters are kanji code units: JSON
        // nested deep (`[[` is U+5B5B), letters without spaces (`he` U+6568).
        for ascii in [
            "[".repeat(5000) + "\"090-1234-5678\"" + &"]".repeat(5000),
            "thequickbrownfoxjumpsoverthelazydog".repeat(20),
        ] {
            assert_eq!(decode(ascii.as_bytes()).encoding, "UTF-8", "{}", &ascii[..20]);
        }
    }

    #[test]
    fn iso_2022_jp_is_read_not_taken_for_ascii() {
        let s = "山田太郎様\n明日の件です。\n";
        let jis = ISO_2022_JP.encode(s).0;
        assert!(jis.is_ascii());
        let d = decode(&jis);
        assert_eq!((d.encoding, d.text.as_ref(), d.binary), ("ISO-2022-JP", s, false));
    }

    #[test]
    fn reports_a_cut_character() {
        let s = "山田太郎";
        let cut = &s.as_bytes()[..s.len() - 1];
        let d = decode(cut);
        assert!(d.truncated);
        assert_eq!(d.text, "山田太");
    }
}

//! The encodings text travels in inside mail and contact files: base64,
//! quoted-printable and declared charsets (with the names Japanese mailers
//! give them). A charset that is unknown or does not fit is reported, never
//! read as garbage in silence.

use encoding_rs::Encoding;

use super::encoding;
use crate::ProblemKind;

/// The charsets mail and contact files from Japanese offices are written in,
/// by the names mailers give them. Not `Encoding::for_label`: naming every
/// encoding keeps all of them, Chinese and Korean tables included, in the
/// browser module (~30 kB gzipped); a charset not here is reported and the
/// bytes are read as they suggest.
fn known_charset(label: &str) -> Option<&'static Encoding> {
    use encoding_rs::{EUC_JP, ISO_2022_JP, SHIFT_JIS, UTF_16BE, UTF_16LE, UTF_8, WINDOWS_1252};
    Some(match label {
        "utf-8" | "utf8" | "us-ascii" | "ascii" | "ansi_x3.4-1968" => UTF_8,
        "iso-2022-jp" | "csiso2022jp" | "iso-2022-jp-1" | "iso-2022-jp-2" | "iso-2022-jp-3" | "iso-2022-jp-2004"
        | "iso-2022-jp-ms" => ISO_2022_JP,
        "shift_jis" | "shift-jis" | "sjis" | "x-sjis" | "cp932" | "ms932" | "windows-31j" | "csshiftjis"
        | "ms_kanji" => SHIFT_JIS,
        "euc-jp" | "x-euc-jp" | "eucjp" | "cseucpkdfmtjapanese" => EUC_JP,
        "utf-16" | "utf-16le" => UTF_16LE,
        "utf-16be" => UTF_16BE,
        "iso-8859-1" | "latin1" | "iso_8859-1" | "windows-1252" | "cp1252" => WINDOWS_1252,
        _ => return None,
    })
}

/// Decodes text in a declared charset, or by sniffing without one. Returns
/// the problem (kind, detail) when the charset is unknown or did not fit.
pub(super) fn decode_text(bytes: &[u8], charset: Option<&str>) -> (String, Option<(ProblemKind, String)>) {
    let label = charset.map(|c| c.trim().trim_matches('"')).filter(|c| !c.is_empty());
    let Some(label) = label else {
        let decoded = encoding::decode(bytes);
        let problem = decoded.problem(None).map(|p| (p.kind, p.detail));
        return (decoded.text.into_owned(), problem);
    };
    let lower = label.to_ascii_lowercase();
    let label = lower.as_str();
    match known_charset(label) {
        Some(enc) => {
            let (text, had_errors) = enc.decode_without_bom_handling(bytes);
            if !had_errors {
                return (text.into_owned(), None);
            }
            // Declared wrongly more often than damaged: a sniffed guess that
            // fits wins, and the declaration is reported either way.
            let guess = encoding::decode(bytes);
            let detail = format!("text declared as {label} does not decode as {label}");
            if !guess.lossy {
                return (
                    guess.text.into_owned(),
                    Some((ProblemKind::Encoding, format!("{detail}; read as {}", guess.encoding))),
                );
            }
            (text.into_owned(), Some((ProblemKind::Encoding, format!("{detail}; read with replacement characters"))))
        }
        None => {
            let guess = encoding::decode(bytes);
            let detail = if guess.lossy {
                format!("unknown charset {label:?}; read with replacement characters")
            } else {
                format!("unknown charset {label:?}; read as {}", guess.encoding)
            };
            (guess.text.into_owned(), Some((ProblemKind::Encoding, detail)))
        }
    }
}

/// Lenient base64: whitespace and line breaks skipped, decoding stops at
/// padding. Returns the bytes and whether the input was clean.
pub(super) fn base64(input: &[u8]) -> (Vec<u8>, bool) {
    fn value(b: u8) -> Option<u32> {
        match b {
            b'A'..=b'Z' => Some(u32::from(b - b'A')),
            b'a'..=b'z' => Some(u32::from(b - b'a') + 26),
            b'0'..=b'9' => Some(u32::from(b - b'0') + 52),
            b'+' | b'-' => Some(62),
            b'/' | b'_' => Some(63),
            _ => None,
        }
    }
    let mut out = Vec::with_capacity(input.len() / 4 * 3);
    let mut acc = 0u32;
    let mut bits = 0;
    let mut clean = true;
    let mut ended = false;
    for &b in input {
        if b.is_ascii_whitespace() {
            continue;
        }
        if b == b'=' {
            ended = true;
            continue;
        }
        let Some(v) = value(b) else {
            clean = false;
            continue;
        };
        if ended {
            // Data after padding: two encodings run together, or damage.
            clean = false;
            ended = false;
        }
        acc = (acc << 6) | v;
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((acc >> bits) as u8);
            acc &= (1 << bits) - 1;
        }
    }
    // Leftover bits that make no whole byte: the text was cut short.
    if bits >= 6 {
        clean = false;
    }
    (out, clean)
}

/// Quoted-printable: `=XX` bytes and `=` soft line breaks.
pub(super) fn quoted_printable(input: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(input.len());
    let mut i = 0;
    while i < input.len() {
        let b = input[i];
        if b == b'=' {
            match input.get(i + 1..i + 3) {
                Some(b"\r\n") => {
                    i += 3;
                    continue;
                }
                Some([b'\n', ..]) => {
                    i += 2;
                    continue;
                }
                Some(pair) => {
                    if let Some(v) = hex_pair(pair) {
                        out.push(v);
                        i += 3;
                        continue;
                    }
                }
                None if input.get(i + 1) == Some(&b'\n') => {
                    i += 2;
                    continue;
                }
                None => {}
            }
        }
        out.push(b);
        i += 1;
    }
    out
}

pub(super) fn hex_pair(pair: &[u8]) -> Option<u8> {
    let digit = |b: u8| (b as char).to_digit(16);
    match pair {
        [hi, lo] => Some((digit(*hi)? * 16 + digit(*lo)?) as u8),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base64_and_quoted_printable_decode_leniently() {
        assert_eq!(base64(b"5bGx\r\n55Sw").0, "山田".as_bytes());
        assert!(!base64(b"5bGx5").1, "a cut base64 is not clean");
        assert_eq!(quoted_printable(b"=E5=B1=B1=\r\n=E7=94=B0"), "山田".as_bytes());
    }

    #[test]
    fn a_declared_charset_that_does_not_fit_is_reported_and_guessed() {
        let sjis = encoding_rs::SHIFT_JIS.encode("山田太郎").0;
        let (text, problem) = decode_text(&sjis, Some("utf-8"));
        assert_eq!(text, "山田太郎");
        assert!(problem.is_some_and(|p| p.1.contains("read as Shift_JIS")));
        let (_, problem) = decode_text(b"abc", Some("x-klingon"));
        assert!(problem.is_some());
        assert_eq!(decode_text(&sjis, Some("CP932")), ("山田太郎".to_owned(), None));
    }
}

//! `ToUnicode` CMaps: which characters a font's codes stand for.
//!
//! Our own reader rather than lopdf's because lopdf's rejects the whole map
//! unless it carries the full PostScript preamble (`/CIDSystemInfo … def`,
//! `/CMapName … def`), and producers that write only the `codespacerange`
//! and `bfchar`/`bfrange` sections exist; a map that fails to parse would
//! lose every character of the font. The grammar needed is small: hex
//! strings, arrays, and the three section keywords. Ranges are bounded so a
//! crafted map cannot expand into millions of entries.

use std::collections::HashMap;

/// Entries one map may hold (a CJK font has some tens of thousands).
const MAX_ENTRIES: usize = 200_000;

#[derive(Debug, Default)]
pub(super) struct ToUnicode {
    /// (code length in bytes, low, high) per codespace range.
    ranges: Vec<(u8, Vec<u8>, Vec<u8>)>,
    map: HashMap<(u8, u32), String>,
    /// Lengths that have entries, for maps without a codespace.
    lengths: [bool; 5],
}

#[derive(Debug, PartialEq)]
enum Token {
    Hex(Vec<u8>),
    Word(String),
    Open,
    Close,
}

fn tokens(text: &[u8]) -> Vec<Token> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < text.len() {
        match text[i] {
            b'<' if text.get(i + 1) != Some(&b'<') => {
                let end = text[i..].iter().position(|&b| b == b'>').map_or(text.len(), |p| i + p);
                let digits: Vec<u8> =
                    text[i + 1..end].iter().filter_map(|b| (*b as char).to_digit(16)).map(|d| d as u8).collect();
                out.push(Token::Hex(digits.chunks(2).map(|p| p[0] << 4 | p.get(1).copied().unwrap_or(0)).collect()));
                i = end + 1;
            }
            b'[' => {
                out.push(Token::Open);
                i += 1;
            }
            b']' => {
                out.push(Token::Close);
                i += 1;
            }
            b'%' => {
                while i < text.len() && text[i] != b'\n' && text[i] != b'\r' {
                    i += 1;
                }
            }
            b if b.is_ascii_alphabetic() => {
                let start = i;
                while i < text.len() && text[i].is_ascii_alphanumeric() {
                    i += 1;
                }
                out.push(Token::Word(String::from_utf8_lossy(&text[start..i]).into_owned()));
            }
            _ => i += 1,
        }
    }
    out
}

fn code_of(bytes: &[u8]) -> Option<(u8, u32)> {
    if bytes.is_empty() || bytes.len() > 4 {
        return None;
    }
    Some((bytes.len() as u8, bytes.iter().fold(0u32, |acc, &b| (acc << 8) | u32::from(b))))
}

/// UTF-16BE bytes to text (a lone surrogate becomes nothing).
fn utf16(bytes: &[u8]) -> String {
    let units: Vec<u16> = bytes.chunks(2).map(|p| u16::from_be_bytes([p[0], p.get(1).copied().unwrap_or(0)])).collect();
    char::decode_utf16(units).filter_map(Result::ok).collect()
}

impl ToUnicode {
    pub fn parse(text: &[u8]) -> Option<ToUnicode> {
        let tokens = tokens(text);
        let mut cmap = ToUnicode::default();
        let mut i = 0;
        let hex = |t: Option<&Token>| match t {
            Some(Token::Hex(h)) => Some(h.clone()),
            _ => None,
        };
        while i < tokens.len() {
            let Token::Word(word) = &tokens[i] else {
                i += 1;
                continue;
            };
            i += 1;
            let end = match word.as_str() {
                "begincodespacerange" => "endcodespacerange",
                "beginbfchar" => "endbfchar",
                "beginbfrange" => "endbfrange",
                _ => continue,
            };
            let section = word.clone();
            while i < tokens.len() && tokens[i] != Token::Word(end.to_owned()) {
                match section.as_str() {
                    "begincodespacerange" => {
                        if let (Some(lo), Some(hi)) = (hex(tokens.get(i)), hex(tokens.get(i + 1))) {
                            if lo.len() == hi.len() && (1..=4).contains(&lo.len()) {
                                cmap.ranges.push((lo.len() as u8, lo, hi));
                            }
                        }
                        i += 2;
                    }
                    "beginbfchar" => {
                        if let (Some(src), Some(dst)) = (hex(tokens.get(i)), hex(tokens.get(i + 1))) {
                            cmap.put(&src, utf16(&dst));
                        }
                        i += 2;
                    }
                    _ => {
                        let (Some(lo), Some(hi)) = (hex(tokens.get(i)), hex(tokens.get(i + 1))) else {
                            i += 1;
                            continue;
                        };
                        i += 2;
                        match tokens.get(i) {
                            Some(Token::Hex(dst)) => {
                                cmap.range(&lo, &hi, |k| {
                                    // The last UTF-16 unit counts up through the range.
                                    let mut d = dst.clone();
                                    let n = d.len();
                                    if n >= 2 {
                                        let last = u16::from_be_bytes([d[n - 2], d[n - 1]]).wrapping_add(k as u16);
                                        d[n - 2..].copy_from_slice(&last.to_be_bytes());
                                    }
                                    Some(utf16(&d))
                                });
                                i += 1;
                            }
                            Some(Token::Open) => {
                                let mut items = Vec::new();
                                i += 1;
                                while i < tokens.len() && tokens[i] != Token::Close {
                                    if let Token::Hex(h) = &tokens[i] {
                                        items.push(utf16(h));
                                    }
                                    i += 1;
                                }
                                i += 1;
                                cmap.range(&lo, &hi, |k| items.get(k as usize).cloned());
                            }
                            _ => {}
                        }
                    }
                }
                if cmap.map.len() >= MAX_ENTRIES {
                    break;
                }
            }
            i += 1;
        }
        (!cmap.map.is_empty()).then_some(cmap)
    }

    fn put(&mut self, src: &[u8], text: String) {
        if let Some((len, code)) = code_of(src) {
            if self.map.len() < MAX_ENTRIES {
                self.lengths[len as usize] = true;
                self.map.insert((len, code), text);
            }
        }
    }

    fn range(&mut self, lo: &[u8], hi: &[u8], mut text: impl FnMut(u32) -> Option<String>) {
        let (Some((len, start)), Some((_, end))) = (code_of(lo), code_of(hi)) else { return };
        if end < start || lo.len() != hi.len() {
            return;
        }
        for (k, code) in (start..=end).enumerate() {
            if self.map.len() >= MAX_ENTRIES {
                return;
            }
            if let Some(t) = text(k as u32) {
                self.lengths[len as usize] = true;
                self.map.insert((len, code), t);
            }
        }
    }

    /// The length of the code starting at `bytes[0]`.
    fn code_len(&self, bytes: &[u8]) -> usize {
        for (len, lo, hi) in &self.ranges {
            let n = usize::from(*len);
            if bytes.len() >= n && (0..n).all(|k| bytes[k] >= lo[k] && bytes[k] <= hi[k]) {
                return n;
            }
        }
        // No codespace (or none matched): the one length the map uses.
        (1..=4).find(|&n| self.lengths[n] && bytes.len() >= n).unwrap_or(1)
    }

    /// Splits `bytes` into codes: (code, length).
    pub fn codes(&self, bytes: &[u8]) -> Vec<(u32, u8)> {
        let mut out = Vec::with_capacity(bytes.len());
        let mut i = 0;
        while i < bytes.len() {
            let n = self.code_len(&bytes[i..]).min(bytes.len() - i).max(1);
            let code = bytes[i..i + n].iter().fold(0u32, |acc, &b| (acc << 8) | u32::from(b));
            out.push((code, n as u8));
            i += n;
        }
        out
    }

    pub fn get(&self, code: u32, len: u8) -> Option<&str> {
        self.map.get(&(len, code)).map(String::as_str)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_bare_map_without_the_postscript_preamble_is_read() {
        let map = ToUnicode::parse(
            b"1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n2 beginbfrange\n<0001> <0003> <5C71>\n<0004> <0005> [<7530> <D842DFB7>]\nendbfrange\n1 beginbfchar <0010> <0066006C> endbfchar",
        )
        .expect("a map");
        let text: String =
            map.codes(&[0, 1, 0, 2, 0, 4, 0, 5, 0, 0x10]).iter().filter_map(|&(c, n)| map.get(c, n)).collect();
        assert_eq!(text, "山屲田𠮷fl");
    }

    #[test]
    fn a_range_that_claims_millions_of_codes_is_bounded() {
        let map = ToUnicode::parse(b"1 beginbfrange <00000000> <FFFFFFFF> <0041> endbfrange").expect("a map");
        assert_eq!(map.map.len(), MAX_ENTRIES);
    }
}

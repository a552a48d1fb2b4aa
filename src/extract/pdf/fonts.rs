//! From the bytes of a PDF text string to characters and advance widths.
//!
//! lopdf reads simple fonts (standard encodings, `/Differences` with glyph
//! names) and `ToUnicode` CMaps; what it does not do, and Japanese PDFs need,
//! is here: composite (Type0) fonts whose codes are two bytes, predefined
//! Japanese CMaps with no `ToUnicode` (`UniJIS-UCS2-H`, `90ms-RKSJ-H`, `EUC-H`,
//! `H`: the codes are then Unicode, Shift_JIS, EUC-JP or JIS X 0208, decoded by
//! encoding_rs), `Identity-H` with no `ToUnicode` in an Adobe-Japan1 font (the
//! CID is looked up in the published Adobe-Japan1 table, `japan1.bin`), and
//! vertical writing (`-V`).

use std::borrow::Cow;
use std::collections::HashMap;

use encoding_rs::{EUC_JP, SHIFT_JIS, UTF_16BE};
use lopdf::{Dictionary, Document, Encoding, Object, Stream};

use super::tounicode::ToUnicode;

/// CID → Unicode for Adobe-Japan1 (scripts/gen-japan1.py): a big-endian u16
/// per CID, 0 where none.
static JAPAN1: &[u8] = include_bytes!("japan1.bin");

fn japan1(cid: u32) -> Option<char> {
    let i = usize::try_from(cid).ok()?.checked_mul(2)?;
    let pair = JAPAN1.get(i..i + 2)?;
    let unit = u16::from_be_bytes([pair[0], pair[1]]);
    if unit == 0 {
        None
    } else {
        char::from_u32(u32::from(unit))
    }
}

/// How a composite font's codes become text when it has no usable `ToUnicode`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Predefined {
    /// `Uni…-UCS2-…`, `Uni…-UTF16-…`: the codes are UTF-16BE.
    Utf16,
    /// `…-RKSJ-…`: Shift_JIS (Windows-31J).
    ShiftJis,
    /// `EUC-H`/`EUC-V`: EUC-JP.
    EucJp,
    /// `H`/`V`: two-byte JIS X 0208 (EUC-JP with the high bits cleared).
    Jis,
    /// `Identity-H`/`-V` in an Adobe-Japan1 font: the code is the CID.
    Japan1,
    /// `Identity` in a font of unknown ordering: the codes cannot be read.
    Unknown,
}

/// What a code is when the font's `ToUnicode` map does not say (or it has none).
enum Decoder<'a> {
    /// lopdf's decoding of simple fonts: standard encodings and `/Differences`.
    Lopdf(Encoding<'a>),
    /// A composite font's CMap.
    Predefined(Predefined),
    /// A simple font whose encoding could not be read at all (over the
    /// decompression budget): printable ASCII is still ASCII.
    Ascii,
}

/// One font as the text extractor uses it.
pub(super) struct Font<'a> {
    /// The font's own `ToUnicode` map, which wins where it has the code.
    map: Option<ToUnicode>,
    decoder: Decoder<'a>,
    /// Codes are two bytes (composite fonts with `Identity` or UCS-2 CMaps):
    /// `Tw` never applies to them.
    two_byte: bool,
    /// The codes are not CIDs (a Unicode, Shift_JIS, EUC or JIS CMap), so
    /// the CID widths do not apply: half and full widths stand in.
    widths_by_char: bool,
    /// `-V` CMaps: glyphs advance downwards.
    pub vertical: bool,
    /// Advance widths in thousandths of the font size, by code (or CID).
    widths: HashMap<u32, f32>,
    default_width: f32,
}

/// A decoded run: its text, its advance in thousandths of the font size,
/// the number of single-byte spaces (for `Tw`), and of glyphs (for `Tc`).
pub(super) struct Decoded {
    pub text: String,
    pub advance: f32,
    pub spaces: u32,
    pub glyphs: u32,
    /// Glyphs that could not be turned into characters.
    pub unreadable: u32,
}

impl<'a> Font<'a> {
    /// Reads a font dictionary; `limit` bounds the `ToUnicode` stream.
    pub fn new(doc: &'a Document, dict: &'a Dictionary, limit: usize) -> Font<'a> {
        let subtype = dict.get(b"Subtype").and_then(Object::as_name).unwrap_or(b"");
        if subtype == b"Type0" {
            Self::composite(doc, dict, limit)
        } else {
            Self::simple(doc, dict, limit)
        }
    }

    fn simple(doc: &'a Document, dict: &'a Dictionary, limit: usize) -> Font<'a> {
        // A ToUnicode map says what the glyphs are; glyph names in
        // /Differences are often made up (`/g31`), so the map wins and the
        // encoding is only asked for codes the map lacks.
        let decoder = match dict.get_font_encoding_with_limit(doc, limit) {
            Ok(e) => Decoder::Lopdf(e),
            Err(_) => Decoder::Ascii,
        };
        let first = dict.get(b"FirstChar").and_then(Object::as_i64).unwrap_or(0);
        // A Type3 font's widths are in its own glyph space, which its
        // FontMatrix maps to text space (Chromium's: 2048 units to the em);
        // every other simple font's are thousandths of the em.
        let scale = match dict.get_deref(b"FontMatrix", doc).and_then(Object::as_array) {
            Ok(m) if dict.get(b"Subtype").and_then(Object::as_name).ok() == Some(b"Type3".as_slice()) => {
                m.first().and_then(|a| deref(doc, a).as_float().ok()).map_or(1.0, |a| (a * 1000.0).abs())
            }
            _ => 1.0,
        };
        let mut widths = HashMap::new();
        if let Ok(Object::Array(ws)) = dict.get_deref(b"Widths", doc) {
            for (i, w) in ws.iter().enumerate().take(256) {
                if let (Ok(w), Ok(code)) = (deref(doc, w).as_float(), u32::try_from(first + i as i64)) {
                    widths.insert(code, w * scale);
                }
            }
        }
        Font {
            map: to_unicode(doc, dict, limit),
            decoder,
            two_byte: false,
            widths_by_char: false,
            vertical: false,
            widths,
            default_width: 500.0,
        }
    }

    fn composite(doc: &'a Document, dict: &'a Dictionary, limit: usize) -> Font<'a> {
        let cmap = dict.get(b"Encoding").and_then(Object::as_name).unwrap_or(b"Identity-H");
        let vertical = cmap.ends_with(b"-V") || cmap == b"V";
        let descendant = dict
            .get_deref(b"DescendantFonts", doc)
            .and_then(Object::as_array)
            .ok()
            .and_then(|a| a.first())
            .and_then(|d| deref(doc, d).as_dict().ok());
        let ordering = descendant
            .and_then(|d| d.get_deref(b"CIDSystemInfo", doc).and_then(Object::as_dict).ok())
            .and_then(|info| info.get_deref(b"Ordering", doc).and_then(Object::as_str).ok())
            .unwrap_or(b"");
        let predefined = predefined(cmap, ordering);
        let identity = matches!(predefined, Predefined::Japan1 | Predefined::Unknown);
        let mut widths = HashMap::new();
        let mut default_width = 1000.0;
        if let Some(d) = descendant {
            default_width = d.get(b"DW").and_then(|o| deref(doc, o).as_float()).unwrap_or(1000.0);
            // Widths are by CID, which is the code only for Identity CMaps.
            if identity {
                if let Ok(Object::Array(w)) = d.get_deref(b"W", doc) {
                    read_cid_widths(doc, w, &mut widths);
                }
            }
        }
        Font {
            map: to_unicode(doc, dict, limit),
            decoder: Decoder::Predefined(predefined),
            two_byte: matches!(predefined, Predefined::Utf16 | Predefined::Japan1 | Predefined::Unknown),
            widths_by_char: !identity,
            vertical,
            widths,
            default_width,
        }
    }

    /// Decodes one string operand.
    pub fn decode(&self, bytes: &[u8]) -> Decoded {
        let codes = match &self.map {
            // The map's codespace says how long codes are, except where the
            // CMap is known to be two bytes (Identity, UCS-2).
            Some(map) if !self.two_byte => map.codes(bytes),
            _ => self.codes(bytes),
        };
        let glyphs = codes.len() as u32;
        let spaces = if self.two_byte { 0 } else { codes.iter().filter(|&&(c, _)| c == 32).count() as u32 };
        let mut text = String::new();
        let mut unreadable = 0;
        let mut at = 0;
        for &(code, len) in &codes {
            let raw = &bytes[at..at + usize::from(len)];
            at += usize::from(len);
            match self.map.as_ref().and_then(|m| m.get(code, len)) {
                Some(t) => text.push_str(t),
                None => {
                    let (t, bad) = self.fallback(raw, &[(code, len)]);
                    text.push_str(&t);
                    unreadable += bad;
                }
            }
        }
        let advance = if self.widths_by_char {
            text.chars().map(|c| if is_half_width(c) { 500.0 } else { 1000.0 }).sum()
        } else {
            codes.iter().map(|(code, _)| self.widths.get(code).copied().unwrap_or(self.default_width)).sum()
        };
        Decoded { text, advance, spaces, glyphs, unreadable }
    }

    /// A code the map does not have, through the font's encoding or CMap.
    fn fallback(&self, bytes: &[u8], codes: &[(u32, u8)]) -> (String, u32) {
        match &self.decoder {
            Decoder::Lopdf(e) => {
                let mut text = String::new();
                let _ = e.write_to_string(bytes, &mut text);
                let text: String = text.chars().filter(|&c| c != '\u{FFFD}').collect();
                let bad = u32::from(text.is_empty() && bytes.iter().any(|&b| b > b' '));
                (text, bad)
            }
            Decoder::Predefined(p) => decode_predefined(*p, bytes, codes),
            Decoder::Ascii => {
                let text: String = bytes.iter().filter(|b| (0x20..0x7F).contains(*b)).map(|&b| char::from(b)).collect();
                let bad = (bytes.len() - text.len()) as u32;
                (text, bad)
            }
        }
    }

    /// Splits a string into codes by the font's CMap: (code, byte length).
    fn codes(&self, bytes: &[u8]) -> Vec<(u32, u8)> {
        let pre = match self.decoder {
            Decoder::Predefined(p) => Some(p),
            Decoder::Lopdf(_) | Decoder::Ascii => None,
        };
        let mut out = Vec::with_capacity(bytes.len());
        let mut i = 0;
        while i < bytes.len() {
            let b = bytes[i];
            let len = match pre {
                None => 1,
                Some(Predefined::ShiftJis) if matches!(b, 0x81..=0x9F | 0xE0..=0xFC) => 2,
                Some(Predefined::EucJp) if b >= 0x80 => 2,
                Some(Predefined::ShiftJis | Predefined::EucJp) => 1,
                Some(_) => 2,
            };
            let end = (i + len).min(bytes.len());
            let code = bytes[i..end].iter().fold(0u32, |acc, &b| (acc << 8) | u32::from(b));
            out.push((code, (end - i) as u8));
            i = end;
        }
        out
    }
}

/// The font's `ToUnicode` map, read within the decompression budget.
fn to_unicode(doc: &Document, dict: &Dictionary, limit: usize) -> Option<ToUnicode> {
    let stream = dict.get_deref(b"ToUnicode", doc).and_then(Object::as_stream).ok()?;
    ToUnicode::parse(&stream_bytes(stream, limit.min(16 << 20)).ok()?)
}

/// A stream's bytes: inflated within `limit` when it has a filter, as they
/// are stored when it has none.
pub(super) fn stream_bytes(stream: &Stream, limit: usize) -> lopdf::Result<Cow<'_, [u8]>> {
    if stream.dict.get(b"Filter").is_ok() {
        stream.decompressed_content_with_limit(limit).map(Cow::Owned)
    } else {
        Ok(Cow::Borrowed(&stream.content))
    }
}

fn predefined(cmap: &[u8], ordering: &[u8]) -> Predefined {
    let name = String::from_utf8_lossy(cmap);
    if name.starts_with("Identity") {
        if ordering == b"Japan1" {
            Predefined::Japan1
        } else {
            Predefined::Unknown
        }
    } else if name.contains("UCS2") || name.contains("UTF16") {
        Predefined::Utf16
    } else if name.contains("RKSJ") {
        Predefined::ShiftJis
    } else if name.contains("EUC") {
        Predefined::EucJp
    } else if matches!(&*name, "H" | "V" | "78-H" | "78-V" | "Add-H" | "Add-V" | "Ext-H" | "Ext-V" | "NWP-H" | "NWP-V")
    {
        Predefined::Jis
    } else {
        Predefined::Unknown
    }
}

fn decode_predefined(p: Predefined, bytes: &[u8], codes: &[(u32, u8)]) -> (String, u32) {
    match p {
        Predefined::Utf16 => (UTF_16BE.decode_without_bom_handling(bytes).0.replace('\u{FFFD}', ""), 0),
        Predefined::ShiftJis => (SHIFT_JIS.decode_without_bom_handling(bytes).0.replace('\u{FFFD}', ""), 0),
        Predefined::EucJp => (EUC_JP.decode_without_bom_handling(bytes).0.replace('\u{FFFD}', ""), 0),
        Predefined::Jis => {
            let euc: Vec<u8> = bytes.iter().map(|b| b | 0x80).collect();
            (EUC_JP.decode_without_bom_handling(&euc).0.replace('\u{FFFD}', ""), 0)
        }
        Predefined::Japan1 => {
            let mut text = String::new();
            let mut unreadable = 0;
            for &(cid, _) in codes {
                match japan1(cid) {
                    Some(c) => text.push(c),
                    None => unreadable += 1,
                }
            }
            (text, unreadable)
        }
        Predefined::Unknown => (String::new(), codes.len() as u32),
    }
}

/// ASCII and half-width katakana: drawn half as wide as a kanji.
fn is_half_width(c: char) -> bool {
    c.is_ascii() || ('\u{FF61}'..='\u{FF9F}').contains(&c)
}

/// `/W [c [w1 w2 …] c_first c_last w …]`.
fn read_cid_widths(doc: &Document, w: &[Object], out: &mut HashMap<u32, f32>) {
    let mut i = 0;
    while i < w.len() && out.len() < 65_536 {
        let Ok(first) = deref(doc, &w[i]).as_i64() else { return };
        match w.get(i + 1).map(|o| deref(doc, o)) {
            Some(Object::Array(list)) => {
                for (k, width) in list.iter().enumerate().take(65_536) {
                    if let (Ok(width), Ok(cid)) = (deref(doc, width).as_float(), u32::try_from(first + k as i64)) {
                        out.insert(cid, width);
                    }
                }
                i += 2;
            }
            Some(last) => {
                let (Ok(last), Some(Ok(width))) = (last.as_i64(), w.get(i + 2).map(|o| deref(doc, o).as_float()))
                else {
                    return;
                };
                for cid in first..=last.min(first + 65_535) {
                    if let Ok(cid) = u32::try_from(cid) {
                        out.insert(cid, width);
                    }
                }
                i += 3;
            }
            None => return,
        }
    }
}

/// Follows one reference (objects that are missing read as null).
pub(super) fn deref<'a>(doc: &'a Document, o: &'a Object) -> &'a Object {
    static NULL: Object = Object::Null;
    match o {
        Object::Reference(id) => doc.get_object(*id).unwrap_or(&NULL),
        other => other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_japan1_table_maps_kana_and_kanji() {
        // CID 1 is the space; 843 is あ, 1125 is 亜 in Adobe-Japan1.
        assert_eq!(japan1(1), Some(' '));
        assert_eq!(japan1(843), Some('あ'));
        assert_eq!(japan1(1125), Some('亜'));
        assert_eq!(japan1(1_000_000), None);
    }

    #[test]
    fn predefined_japanese_cmaps_decode_without_a_map() {
        let sjis = SHIFT_JIS.encode("山田太郎 090").0;
        let codes: Vec<(u32, u8)> = Vec::new();
        assert_eq!(decode_predefined(Predefined::ShiftJis, &sjis, &codes).0, "山田太郎 090");
        let ucs2: Vec<u8> = "鈴木".encode_utf16().flat_map(u16::to_be_bytes).collect();
        assert_eq!(decode_predefined(Predefined::Utf16, &ucs2, &codes).0, "鈴木");
        // JIS X 0208 row/cell codes: 山 is 0x3B33.
        assert_eq!(decode_predefined(Predefined::Jis, &[0x3B, 0x33], &codes).0, "山");
        assert_eq!(predefined(b"UniJIS-UCS2-H", b"Japan1"), Predefined::Utf16);
        assert_eq!(predefined(b"90ms-RKSJ-V", b"Japan1"), Predefined::ShiftJis);
        assert_eq!(predefined(b"Identity-H", b"Japan1"), Predefined::Japan1);
        assert_eq!(predefined(b"Identity-H", b"Identity"), Predefined::Unknown);
    }
}

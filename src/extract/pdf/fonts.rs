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

use std::collections::HashMap;

use encoding_rs::{EUC_JP, SHIFT_JIS, UTF_16BE};
use lopdf::{Dictionary, Document, Encoding, Object};

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

enum Decoder<'a> {
    /// lopdf's decoding: one-byte encodings, `/Differences`, and `ToUnicode`.
    Lopdf(Encoding<'a>),
    Predefined(Predefined),
    /// A simple font whose encoding could not be read at all (its map was
    /// over the decompression budget): printable ASCII is still ASCII.
    Ascii,
}

/// One font as the text extractor uses it.
pub(super) struct Font<'a> {
    decoder: Decoder<'a>,
    /// Codes are two bytes (composite fonts with `Identity` or UCS-2 CMaps):
    /// the unit of widths, and of `Tw` (which never applies to them).
    two_byte: bool,
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
        // /Differences are often made up (`/g31`) and lopdf then falls back
        // to StandardEncoding, so the map wins where both exist.
        let decoder = match to_unicode(doc, dict, limit) {
            Some(e) => Decoder::Lopdf(e),
            None => match dict.get_font_encoding_with_limit(doc, limit) {
                Ok(e) => Decoder::Lopdf(e),
                Err(_) => Decoder::Ascii,
            },
        };
        let first = dict.get(b"FirstChar").and_then(Object::as_i64).unwrap_or(0);
        let mut widths = HashMap::new();
        if let Ok(Object::Array(ws)) = dict.get_deref(b"Widths", doc) {
            for (i, w) in ws.iter().enumerate().take(256) {
                if let (Ok(w), Ok(code)) = (deref(doc, w).as_float(), u32::try_from(first + i as i64)) {
                    widths.insert(code, w);
                }
            }
        }
        Font { decoder, two_byte: false, vertical: false, widths, default_width: 500.0 }
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
        let decoder = match to_unicode(doc, dict, limit) {
            Some(e) => Decoder::Lopdf(e),
            None => Decoder::Predefined(predefined),
        };
        let identity = cmap.starts_with(b"Identity");
        let mut widths = HashMap::new();
        let mut default_width = 1000.0;
        if let Some(d) = descendant {
            default_width = d.get(b"DW").and_then(|o| deref(doc, o).as_float()).unwrap_or(1000.0);
            // Widths are by CID, which is the code only for Identity CMaps;
            // for the others the default and a half width for ASCII stand in.
            if identity {
                if let Ok(Object::Array(w)) = d.get_deref(b"W", doc) {
                    read_cid_widths(doc, w, &mut widths);
                }
            }
        }
        let two_byte = matches!(predefined, Predefined::Utf16 | Predefined::Japan1 | Predefined::Unknown);
        Font { decoder, two_byte, vertical, widths, default_width }
    }

    /// Decodes one string operand.
    pub fn decode(&self, bytes: &[u8]) -> Decoded {
        let codes = self.codes(bytes);
        let glyphs = codes.len() as u32;
        let spaces = if self.two_byte { 0 } else { codes.iter().filter(|&&(c, _)| c == 32).count() as u32 };
        let mut advance = 0.0;
        let (text, unreadable) = self.text(bytes, &codes);
        if let Decoder::Predefined(Predefined::Utf16 | Predefined::ShiftJis | Predefined::EucJp | Predefined::Jis) =
            self.decoder
        {
            // Widths are by CID, and these codes are not CIDs: the CJK
            // fonts' own half and full widths stand in.
            let advance = text.chars().map(|c| if is_half_width(c) { 500.0 } else { 1000.0 }).sum();
            return Decoded { text, advance, spaces, glyphs, unreadable };
        }
        for &(code, len) in &codes {
            advance += match self.widths.get(&code) {
                Some(w) => *w,
                // Without widths a one-byte code in a composite font is a
                // half-width character.
                None if len == 1 && !self.two_byte => {
                    if matches!(self.decoder, Decoder::Lopdf(_)) && self.widths.is_empty() {
                        self.default_width
                    } else {
                        500.0
                    }
                }
                None => self.default_width,
            };
        }
        Decoded { text, advance, spaces, glyphs, unreadable }
    }

    fn text(&self, bytes: &[u8], codes: &[(u32, u8)]) -> (String, u32) {
        match &self.decoder {
            Decoder::Lopdf(e) => {
                let mut text = String::new();
                let _ = e.write_to_string(bytes, &mut text);
                let unreadable = text.chars().filter(|&c| c == '\u{FFFD}').count() as u32;
                (text.replace('\u{FFFD}', ""), unreadable)
            }
            Decoder::Predefined(p) => decode_predefined(*p, bytes, codes),
            Decoder::Ascii => {
                let text: String = bytes.iter().filter(|b| (0x20..0x7F).contains(*b)).map(|&b| char::from(b)).collect();
                let unreadable = (bytes.len() - text.len()) as u32;
                (text, unreadable)
            }
        }
    }

    /// Splits a string into codes: (code, byte length).
    fn codes(&self, bytes: &[u8]) -> Vec<(u32, u8)> {
        let pre = match self.decoder {
            Decoder::Predefined(p) => Some(p),
            Decoder::Lopdf(_) if self.two_byte => Some(Predefined::Japan1),
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

/// The `ToUnicode` map of a font, when it has one that lopdf can read.
fn to_unicode<'a>(doc: &'a Document, dict: &'a Dictionary, limit: usize) -> Option<Encoding<'a>> {
    dict.get_deref(b"ToUnicode", doc).and_then(Object::as_stream).ok()?;
    // lopdf reads the map through a font whose encoding is Identity.
    let mut only_map = Dictionary::new();
    only_map.set("Type", Object::Name(b"Font".to_vec()));
    only_map.set("Subtype", Object::Name(b"Type0".to_vec()));
    only_map.set("Encoding", Object::Name(b"Identity-H".to_vec()));
    only_map.set("ToUnicode", dict.get(b"ToUnicode").ok()?.clone());
    match only_map.get_font_encoding_with_limit(doc, limit) {
        // The map is owned by the encoding, so it outlives the dictionary.
        Ok(Encoding::UnicodeMapEncoding(map)) => Some(Encoding::UnicodeMapEncoding(map)),
        _ => None,
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

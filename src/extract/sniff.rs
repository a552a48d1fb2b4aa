//! Which format a file is, from its bytes: magic numbers, the members of a zip
//! package, the streams of an OLE compound file, and for text the shape of
//! its first lines. A `.xlsx` renamed `.txt` is still read as a workbook.

use std::io::Cursor;

use super::encoding;
use crate::Format;

/// UTF-16LE bytes of an OLE directory entry name.
fn utf16le(name: &str) -> Vec<u8> {
    name.encode_utf16().flat_map(u16::to_le_bytes).collect()
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    !needle.is_empty() && haystack.windows(needle.len()).any(|w| w == needle)
}

fn sniff_ole(bytes: &[u8]) -> Format {
    // By the names directly under the root when the directory reads (a
    // document that embeds another holds the other's names in a storage);
    // else by the names anywhere in the bytes (a damaged file is still
    // handed to its reader, which says what is wrong).
    #[cfg(feature = "more-formats")]
    const KNOWN: [&str; 7] = [
        "__substg1.0_",
        "EncryptedPackage",
        "WordDocument",
        "PowerPoint Document",
        "Workbook",
        "Book",
        "__properties_version1.0",
    ];
    // Minimal writers leave the directory's tree links unset (readers that
    // find streams by name still read them): then the names anywhere count.
    // The browser's first module hands every compound file but an encrypted
    // package on to the second, which sniffs it again: the names anywhere do there.
    #[cfg(feature = "more-formats")]
    let root = super::cfb::root_names(bytes)
        .filter(|names| names.iter().any(|n| KNOWN.iter().any(|k| n.eq_ignore_ascii_case(k) || n.starts_with(k))));
    #[cfg(not(feature = "more-formats"))]
    let root: Option<Vec<String>> = None;
    let has = |name: &str| match &root {
        Some(names) => names.iter().any(|n| n.eq_ignore_ascii_case(name) || n.starts_with(name)),
        None => contains(bytes, &utf16le(name)),
    };
    // Directory entries hold stream names in UTF-16LE; an encrypted OOXML
    // file (Office "password to open") is an OLE file with these two streams.
    if super::msg::looks_like_msg(has) {
        Format::Msg
    } else if has("EncryptedPackage") && has("EncryptionInfo") {
        Format::EncryptedOffice
    } else if has("WordDocument") {
        Format::Doc
    } else if has("PowerPoint Document") {
        Format::Ppt
    } else if has("Workbook") || has("Book") {
        Format::Xls
    } else {
        Format::LegacyOffice
    }
}

fn sniff_zip(bytes: &[u8]) -> Format {
    let Ok(archive) = zip::ZipArchive::new(Cursor::new(bytes)) else {
        // Damaged: let the archive reader report it.
        return Format::Zip;
    };
    let names: Vec<String> = archive.file_names().filter_map(|n| n.ok().map(|n| n.into_owned())).collect();
    let has = |n: &str| names.iter().any(|x| x.eq_ignore_ascii_case(n));
    if has("xl/workbook.xml") {
        if has("xl/vbaProject.bin") {
            Format::Xlsm
        } else {
            Format::Xlsx
        }
    } else if has("xl/workbook.bin") {
        Format::Xlsb
    } else if has("word/document.xml") {
        Format::Docx
    } else if has("ppt/presentation.xml") {
        Format::Pptx
    } else if has("content.xml") && contains(&bytes[..bytes.len().min(200)], b"opendocument.spreadsheet") {
        Format::Ods
    } else if has("mimetype") {
        // The `mimetype` member says which kind of OpenDocument it is
        // (normally the first member, but not every writer puts it there).
        opendocument_kind(archive).unwrap_or(Format::Zip)
    } else {
        Format::Zip
    }
}

/// The kind of an OpenDocument package by its `mimetype` member.
fn opendocument_kind(mut archive: zip::ZipArchive<Cursor<&[u8]>>) -> Option<Format> {
    use std::io::Read as _;
    let mut mime = String::new();
    archive.by_name("mimetype").ok()?.take(200).read_to_string(&mut mime).ok()?;
    super::odf::format_of(&mime)
}

/// Whether the text is delimited by `delim`: the first lines split into the
/// same number (≥ 2) of fields, quotes respected. A report exported by a
/// business system often opens with a title and a date of a field or two
/// (「会員名簿」「2026年12月現在」) before its header: up to TITLE_LINES such
/// lines are passed over when the lines after them are a table of three
/// fields or more, none ending as a sentence does (prose after a greeting
/// line may hold commas too).
fn delimited_by(text: &str, delim: char) -> bool {
    let mut counts = Vec::new();
    let mut prose = false;
    let mut in_quotes = false;
    let mut count = 0usize;
    let mut last = None;
    for c in text.chars().take(64 * 1024) {
        match c {
            '"' => in_quotes = !in_quotes,
            c if c == delim && !in_quotes => count += 1,
            '\n' if !in_quotes => {
                if let Some(end) = last {
                    counts.push(count);
                    // Only lines after the first can be a title's table.
                    prose |= counts.len() > 1 && matches!(end, '.' | '。' | '!' | '?' | '！' | '？');
                }
                count = 0;
                last = None;
                if counts.len() >= 20 {
                    break;
                }
                continue;
            }
            _ => {}
        }
        if !c.is_whitespace() {
            last = Some(c);
        }
    }
    if last.is_some() && counts.len() < 20 {
        counts.push(count);
    }
    if same_fields(&counts, 1) {
        return true;
    }
    !prose
        && (1..=TITLE_LINES.min(counts.len().saturating_sub(2))).any(|skip| {
            let (title, table) = counts.split_at(skip);
            table[0] >= 2 && title.iter().all(|&c| c < table[0]) && same_fields(table, 2)
        })
}

/// JSON Lines (one object a line, as log and database exports write them):
/// two or more lines, each a whole object (the head's last line may be cut).
fn json_lines(head: &str) -> bool {
    let lines: Vec<&str> = head.lines().map(str::trim).filter(|l| !l.is_empty()).take(20).collect();
    let judged = if lines.len() > 2 { &lines[..lines.len() - 1] } else { &lines[..] };
    judged.len() >= 2
        && judged.iter().all(|l| l.starts_with('{') && serde_json::from_str::<serde::de::IgnoredAny>(l).is_ok())
}

/// Lines of fewer fields (a report's title and date) that may stand above
/// a delimited table's header.
const TITLE_LINES: usize = 5;

/// Whether lines of `counts` delimiters each split into the same number of
/// fields as the first (which has `min` delimiters or more).
fn same_fields(counts: &[usize], min: usize) -> bool {
    let Some(&first) = counts.first() else { return false };
    if first < min {
        return false;
    }
    if counts.len() == 1 {
        // A single line is a table only with several fields.
        return first >= 2;
    }
    // The last line may be cut short (a truncated file): judge by the others.
    let judged = if counts.len() > 2 { &counts[..counts.len() - 1] } else { counts };
    let same = judged.iter().filter(|&&c| c == first).count();
    same * 10 >= judged.len() * 8
}

/// How much of a text file its format is judged by.
const SNIFF_BYTES: usize = 64 * 1024;

/// JSON as far as the head goes: one whole value or, when the head was cut
/// from a longer file, a value the cut leaves open. The file is not parsed
/// whole twice (a JSON export can be hundreds of megabytes); one that breaks
/// further on is read as text by the JSON reader, as it would have been.
fn json_head(head: &str, cut: bool) -> bool {
    match serde_json::from_str::<serde::de::IgnoredAny>(head) {
        Ok(_) => true,
        Err(e) => cut && e.is_eof(),
    }
}

fn sniff_text(bytes: &[u8]) -> Format {
    let decoded = encoding::decode(&bytes[..bytes.len().min(SNIFF_BYTES)]);
    let text = decoded.text.as_ref();
    if decoded.binary {
        return Format::Binary;
    }
    let head = text.trim_start_matches('\u{FEFF}').trim_start();
    if head.get(..11).is_some_and(|h| h.eq_ignore_ascii_case("BEGIN:VCARD")) {
        return Format::Vcard;
    }
    if super::mail::looks_like_mail(head) {
        return Format::Eml;
    }
    if head.starts_with('<') {
        let end = (0..=head.len().min(8192)).rev().find(|&i| head.is_char_boundary(i)).unwrap_or(0);
        if let Some(format) = super::odf::flat_format(&head[..end]) {
            return format;
        }
    }
    let lower: String = head.chars().take(512).collect::<String>().to_ascii_lowercase();
    if lower.starts_with("<!doctype html")
        || lower.starts_with("<html")
        || lower.contains("<body")
        || lower.contains("<table")
        || (lower.starts_with('<') && lower.contains("<div"))
    {
        return Format::Html;
    }
    if (head.starts_with('{') || head.starts_with('[')) && json_head(head, bytes.len() > SNIFF_BYTES) {
        return Format::Json;
    }
    if head.starts_with('{') && json_lines(head) {
        return Format::Json;
    }
    if delimited_by(head, '\t') {
        return Format::Tsv;
    }
    if delimited_by(head, ',') {
        return Format::Csv;
    }
    let md_lines = head
        .lines()
        .take(50)
        .filter(|l| {
            l.starts_with("# ")
                || l.starts_with("## ")
                || l.starts_with("```")
                || l.starts_with("| ")
                || l.starts_with("- [")
                || l.starts_with("* ")
        })
        .count();
    if md_lines >= 2 {
        return Format::Markdown;
    }
    Format::Text
}

/// Audio and video by their signatures: MP4, MOV, HEIF and 3GP (`ftyp`
/// box), RIFF WAVE and AVI, Matroska and WebM, Ogg, FLAC, MP3. Each with
/// the binary bytes around it, so that no text that happens to open so
/// (「ID3-0042の件」) is taken for a recording and passed with a notice.
fn is_media(bytes: &[u8]) -> bool {
    let riff = |kind: &[u8]| bytes.len() > 12 && bytes.starts_with(b"RIFF") && &bytes[8..12] == kind;
    // A box size (big-endian, under 16 MiB: its first byte is 0), then `ftyp`.
    (bytes.first() == Some(&0) && bytes.get(4..8) == Some(b"ftyp"))
        || riff(b"WAVE")
        || riff(b"AVI ")
        || bytes.starts_with(&[0x1A, 0x45, 0xDF, 0xA3])
        // The stream structure version, 0.
        || (bytes.starts_with(b"OggS") && bytes.get(4) == Some(&0))
        // A metadata block header follows (its type byte 0-6 or 0x80-0x86).
        || (bytes.starts_with(b"fLaC") && bytes.get(4).is_some_and(|b| b & 0x7F < 7))
        // ID3v2.2-2.4: the major version, then a revision of 0.
        || (bytes.starts_with(b"ID3") && matches!(bytes.get(3..5), Some(&[2..=4, 0])))
}

/// What a binary file not read is, as far as its signature tells (for the
/// problem's detail).
pub(super) fn binary_kind(bytes: &[u8]) -> &'static str {
    const KNOWN: &[(&[u8], &str)] = &[
        (b"7z\xBC\xAF\x27\x1C", "a 7-Zip archive, not read"),
        (b"Rar!\x1A\x07", "a RAR archive, not read"),
        (b"BZh", "a bzip2-compressed file, not read"),
        (b"\xFD7zXZ\0", "an xz-compressed file, not read"),
        (b"\x28\xB5\x2F\xFD", "a zstd-compressed file, not read"),
        (b"SQLite format 3\0", "an SQLite database, not read"),
        (b"\0\x01\0\0Standard Jet DB", "an Access database (.mdb), not read"),
        (b"\0\x01\0\0Standard ACE DB", "an Access database (.accdb), not read"),
    ];
    if bytes.get(257..262) == Some(b"ustar") {
        return "a tar archive, not read";
    }
    KNOWN.iter().find(|(magic, _)| bytes.starts_with(magic)).map_or("unknown binary format", |(_, kind)| kind)
}

/// The format of `bytes`.
pub fn sniff(bytes: &[u8]) -> Format {
    if bytes.is_empty() {
        return Format::Empty;
    }
    if bytes.starts_with(b"PK\x03\x04") || bytes.starts_with(b"PK\x05\x06") || bytes.starts_with(b"PK\x07\x08") {
        return sniff_zip(bytes);
    }
    if bytes.starts_with(super::cfb::OLE_MAGIC) {
        return sniff_ole(bytes);
    }
    if bytes.starts_with(b"%PDF") {
        return Format::Pdf;
    }
    if bytes.starts_with(b"\x89PNG")
        || bytes.starts_with(&[0xFF, 0xD8, 0xFF])
        || bytes.starts_with(b"GIF8")
        || (bytes.len() > 12 && bytes.starts_with(b"RIFF") && &bytes[8..12] == b"WEBP")
        || bytes.starts_with(b"II*\0")
        || bytes.starts_with(b"MM\0*")
    {
        return Format::Image;
    }
    if bytes.starts_with(&[0x1F, 0x8B]) {
        return Format::Gzip;
    }
    if is_media(bytes) {
        return Format::Media;
    }
    // RTF is 7-bit text that would otherwise pass for plain text; `{\rtf`
    // is what every writer starts it with (Outlook's compressed form is
    // only ever a property of a .msg).
    if bytes.trim_ascii_start().starts_with(b"{\\rtf") {
        return Format::Rtf;
    }
    // Outlook's winmail.dat (TNEF): its signature, little-endian 0x223E9F78.
    if bytes.starts_with(&[0x78, 0x9F, 0x3E, 0x22]) {
        return Format::Tnef;
    }
    if super::zengin::looks_like_zengin(bytes) {
        return Format::Zengin;
    }
    sniff_text(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A compound file with these streams (storages made as needed; the
    /// `cfb` crate is a native dev-dependency).
    #[cfg(not(target_arch = "wasm32"))]
    fn compound(streams: &[&str]) -> Vec<u8> {
        use std::io::Write as _;
        let mut file = cfb::CompoundFile::create(std::io::Cursor::new(Vec::new())).unwrap();
        for path in streams {
            if let Some((dir, _)) = path.rsplit_once('/') {
                file.create_storage_all(dir).unwrap();
            }
            file.create_stream(path).unwrap().write_all(&[0u8; 16]).unwrap();
        }
        file.flush().unwrap();
        file.into_inner().into_inner()
    }

    #[cfg(not(target_arch = "wasm32"))]
    #[test]
    fn an_ole_file_is_what_its_root_holds_not_what_it_embeds() {
        // A Word document with a workbook embedded (ObjectPool), and a
        // workbook with a Word document embedded (MBD storages).
        let doc = compound(&["WordDocument", "1Table", "ObjectPool/_1234/Workbook"]);
        assert_eq!(sniff(&doc), Format::Doc);
        let xls = compound(&["Workbook", "MBD0001/WordDocument", "MBD0001/1Table"]);
        assert_eq!(sniff(&xls), Format::Xls);
        let msg = compound(&["__substg1.0_0037001F", "__properties_version1.0", "__attach_version1.0_#00000000/x"]);
        assert_eq!(sniff(&msg), Format::Msg);
    }

    #[test]
    fn text_shapes() {
        assert_eq!(sniff("氏名,電話\n山田,090-1234-5678\n".as_bytes()), Format::Csv);
        assert_eq!(sniff("氏名\t電話\n山田\t090\n".as_bytes()), Format::Tsv);
        // A business system's export: a title and a date above the header.
        let report = "会員名簿\r\n2026年12月現在\r\n会員番号,氏名,電話番号,生年月日\r\n1001,渡辺 和也,03-3456-7890,1970/1/2\r\n1002,石川 恵子,045-222-3333,1982/7/7\r\n";
        assert_eq!(sniff(report.as_bytes()), Format::Csv);
        assert_eq!(
            sniff("出力日\t2026/12/01\n社員番号\t氏名\t内線\nA1\t山田\t201\nA2\t佐藤\t202\n".as_bytes()),
            Format::Tsv
        );
        // Prose whose later lines happen to hold a comma or two stays prose.
        let letter = "Dear Ms. Sato\n\nThank you, as always, for your help.\nWe will send the quote, the plan and the contract, by Friday.\nBest regards, Tanaka\n";
        assert_eq!(sniff(letter.as_bytes()), Format::Text);
        assert_eq!(sniff("こんにちは、山田です。\n明日の会議について。\n".as_bytes()), Format::Text);
        assert_eq!(sniff(b"<html><body>x</body></html>"), Format::Html);
        assert_eq!(sniff(br#"{"name": "x"}"#), Format::Json);
        assert_eq!(sniff(b"{\"name\": \"x\"}\n{\"name\": \"y\"}\n"), Format::Json);
        // Saved by Windows tools with a byte-order mark (read as CSV before).
        assert_eq!(sniff(b"\xEF\xBB\xBF[{\"a\": 1, \"b\": 2}]"), Format::Json);
        assert_eq!(sniff(b"{\"name\": \"x\"}\nnot json\n"), Format::Text);
        // A long export is judged by its head, which the cut leaves open…
        let mut export = String::from("[");
        while export.len() < 3 * SNIFF_BYTES {
            export.push_str(r#"{"氏名": "岡田 真一", "電話": "090-1234-5678"},"#);
        }
        export.push_str(r#"{"氏名": "原 大地"}]"#);
        assert_eq!(sniff(export.as_bytes()), Format::Json);
        // Text that opens as a recording's signature does is text.
        for text in ["ID3-0042の件、山田 太郎 090-1234-5678", "OggS notes\n", "fLaC? no.\n", "The ftyp box\n"] {
            assert_eq!(sniff(text.as_bytes()), Format::Text, "{text}");
        }
        assert_eq!(sniff(b"ID3\x04\0\0\0\0\x01\x00"), Format::Media);
        // …but a whole file cut short, or prose in brackets, is no JSON.
        assert_ne!(sniff(&export.as_bytes()[..1000]), Format::Json);
        let notice = "[重要] 明日の会議について\n".repeat(SNIFF_BYTES / 10);
        assert_eq!(sniff(notice.as_bytes()), Format::Text);
        assert_eq!(sniff(b"# Title\n\n## Part\n"), Format::Markdown);
        assert_eq!(sniff(b""), Format::Empty);
        assert_eq!(sniff(b"%PDF-1.7"), Format::Pdf);
        assert_eq!(sniff(b"{\\rtf1\\ansi\\ansicpg932 x}"), Format::Rtf);
        assert_eq!(sniff(b"\r\n{\\rtf1 x}"), Format::Rtf);
    }
}

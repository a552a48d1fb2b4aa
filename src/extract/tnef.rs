//! Outlook's TNEF wrapper (`winmail.dat`, `application/ms-tnef`): an Outlook
//! message in rich text sent over the internet carries its attachments and
//! its formatted body inside this one file, and a recipient who forwards it
//! forwards them unread by anything that does not open it. Read here: the
//! subject and plain body, the RTF body (`PR_RTF_COMPRESSED` in the message's
//! MAPI properties), and every attachment, each as a file of its own one
//! level deeper (`winmail.dat/名簿.xlsx`).
//!
//! The stream is a signature, then attributes: a level (message or
//! attachment), an id whose high word is its type, a length, the data and a
//! checksum. An attribute that runs past the end is `truncated`, a bad
//! checksum or an unknown level `corrupt`; what came before is read.

use super::encoding::utf16le_lossy;
use super::{extract_inner, member_path, rtf, Budget, Part, Sink, TextPart};
use crate::{Problem, ProblemKind};

/// Attribute ids (type in the high word).
const ATT_SUBJECT: u32 = 0x0001_8004;
const ATT_BODY: u32 = 0x0002_800C;
const ATT_MSG_PROPS: u32 = 0x0006_9003;
const ATT_OEM_CODEPAGE: u32 = 0x0006_9007;
const ATT_ATTACH_REND_DATA: u32 = 0x0006_9002;
const ATT_ATTACH_TITLE: u32 = 0x0001_8010;
const ATT_ATTACH_DATA: u32 = 0x0006_800F;
const ATT_ATTACHMENT: u32 = 0x0006_9005;

/// MAPI property tags read from the property lists.
const PR_BODY_A: u32 = 0x1000_001E;
const PR_BODY_W: u32 = 0x1000_001F;
const PR_RTF_COMPRESSED: u32 = 0x1009_0102;
const PR_ATTACH_LONG_FILENAME_A: u32 = 0x3707_001E;
const PR_ATTACH_LONG_FILENAME_W: u32 = 0x3707_001F;
const PR_ATTACH_DATA_OBJ: u32 = 0x3701_000D;

/// One attachment as its attributes describe it.
#[derive(Default)]
struct Attachment<'a> {
    title: Option<String>,
    long_name: Option<String>,
    data: Option<&'a [u8]>,
    /// An attached Outlook item (a message), stored as an object, not as bytes.
    object: bool,
}

/// Reads a TNEF stream (sniffed by its signature, `sniff`).
pub(super) fn extract(bytes: &[u8], entry: Option<&str>, depth: u32, budget: &mut Budget, sink: &mut dyn Sink) {
    let problem = |kind, detail: &str| Problem::new(kind, entry, format!("Outlook winmail.dat: {detail}"));
    let mut at = 6; // signature and legacy key
    let mut codepage = 1252u32;
    let mut text = String::new();
    let mut rtf_body: Option<&[u8]> = None;
    let mut attachments: Vec<Attachment<'_>> = Vec::new();
    let mut damage: Option<(ProblemKind, &str)> = None;
    while at < bytes.len() {
        let Some(head) = bytes.get(at..at + 9) else {
            damage = Some((ProblemKind::Truncated, "cut short inside an attribute's header"));
            break;
        };
        let level = head[0];
        let id = u32::from_le_bytes([head[1], head[2], head[3], head[4]]);
        let len = u32::from_le_bytes([head[5], head[6], head[7], head[8]]) as usize;
        let start = at + 9;
        let Some(data) = start.checked_add(len).and_then(|end| bytes.get(start..end)) else {
            damage = Some((ProblemKind::Truncated, "cut short inside an attribute"));
            break;
        };
        let Some(sum) = bytes.get(start + len..start + len + 2) else {
            damage = Some((ProblemKind::Truncated, "cut short after an attribute"));
            break;
        };
        let checksum = data.iter().fold(0u16, |s, &b| s.wrapping_add(u16::from(b)));
        if checksum != u16::from_le_bytes([sum[0], sum[1]]) && damage.is_none() {
            // Read on: the data may still be right where only the sum is not.
            damage = Some((ProblemKind::Corrupt, "an attribute's checksum does not match"));
        }
        at = start + len + 2;
        match (level, id) {
            (1, ATT_OEM_CODEPAGE) => {
                if let Some(b) = data.get(..4) {
                    codepage = u32::from_le_bytes([b[0], b[1], b[2], b[3]]);
                }
            }
            (1, ATT_SUBJECT) | (1, ATT_BODY) => {
                push_line(&mut text, &ansi(data, codepage));
            }
            (1, ATT_MSG_PROPS) => {
                for (tag, value) in properties(data) {
                    match tag {
                        PR_BODY_W => push_line(&mut text, &utf16le_lossy(value)),
                        PR_BODY_A => push_line(&mut text, &ansi(value, codepage)),
                        PR_RTF_COMPRESSED => rtf_body = Some(value),
                        _ => {}
                    }
                }
            }
            (2, ATT_ATTACH_REND_DATA) => attachments.push(Attachment::default()),
            (2, _) => {
                // Attributes before any attachment's first are a damaged stream's; keep them anyway.
                if attachments.is_empty() {
                    attachments.push(Attachment::default());
                }
                let Some(current) = attachments.last_mut() else { continue };
                match id {
                    ATT_ATTACH_TITLE => current.title = Some(ansi(data, codepage)),
                    ATT_ATTACH_DATA => current.data = Some(data),
                    ATT_ATTACHMENT => {
                        for (tag, value) in properties(data) {
                            match tag {
                                PR_ATTACH_LONG_FILENAME_W => current.long_name = Some(utf16le_lossy(value)),
                                PR_ATTACH_LONG_FILENAME_A => current.long_name = Some(ansi(value, codepage)),
                                PR_ATTACH_DATA_OBJ => current.object = true,
                                _ => {}
                            }
                        }
                    }
                    _ => {}
                }
            }
            (1, _) => {}
            _ => {
                damage = Some((ProblemKind::Corrupt, "an attribute of an unknown level"));
                break;
            }
        }
    }
    if let Some((kind, detail)) = damage {
        sink.problem(problem(kind, &format!("{detail}; what came before was read")));
    }
    if let Some(compressed) = rtf_body {
        let doc = rtf::read_compressed(compressed, budget, &|| sink.out_of_time());
        push_line(&mut text, &doc.text);
        let tables = doc.tables;
        for (kind, detail) in doc.problems {
            sink.problem(Problem::new(kind, entry, detail));
        }
        super::emit_tables(tables, entry, budget, sink);
    }
    if !text.trim().is_empty() {
        sink.part(Part::Text(TextPart { entry: entry.map(str::to_owned), page: None, text }));
    }
    for (i, a) in attachments.into_iter().enumerate() {
        let name = a
            .long_name
            .or(a.title)
            .map(|n| n.trim_end_matches('\0').trim().to_owned())
            .filter(|n| !n.is_empty())
            .unwrap_or_else(|| format!("attachment {}", i + 1));
        let path = member_path(entry, &name);
        match a.data {
            Some(data) if depth + 1 >= budget.limits.max_depth => sink.problem(Problem::new(
                ProblemKind::OverLimit,
                Some(&path),
                format!("attachment nested deeper than {} levels ({} bytes)", budget.limits.max_depth, data.len()),
            )),
            Some(data) => {
                extract_inner(data, Some(&path), depth + 1, budget, sink);
            }
            None if a.object => sink.problem(Problem::new(
                ProblemKind::Unsupported,
                Some(&path),
                "an Outlook item attached inside winmail.dat (a message or contact) was not read",
            )),
            None => {}
        }
    }
}

fn push_line(text: &mut String, line: &str) {
    let line = line.trim_end_matches('\0');
    if line.trim().is_empty() {
        return;
    }
    if !text.is_empty() {
        text.push('\n');
    }
    text.push_str(line);
}

/// 8-bit text in the message's code page (932: Shift_JIS).
fn ansi(bytes: &[u8], codepage: u32) -> String {
    let encoding = match codepage {
        932 => encoding_rs::SHIFT_JIS,
        50220..=50222 => encoding_rs::ISO_2022_JP,
        51932 | 20932 => encoding_rs::EUC_JP,
        65001 => encoding_rs::UTF_8,
        _ => encoding_rs::WINDOWS_1252,
    };
    encoding.decode_without_bom_handling(bytes).0.into_owned()
}

/// The (tag, value) of each single-valued property of a MAPI property list
/// (`count`, then each: type, id, a name when the id is a named one, the
/// value: fixed sizes padded to 4 bytes, variable ones counted and padded).
/// Stops at the first property it cannot read: a damaged list gives what
/// came before.
fn properties(data: &[u8]) -> Vec<(u32, &[u8])> {
    let mut out = Vec::new();
    let u32_at = |at: usize| data.get(at..at + 4).map(|b| u32::from_le_bytes([b[0], b[1], b[2], b[3]]));
    let Some(count) = u32_at(0) else { return out };
    let mut at = 4usize;
    let pad = |n: usize| n.div_ceil(4).saturating_mul(4);
    for _ in 0..count.min(10_000) {
        let Some(tag) = u32_at(at) else { return out };
        at += 4;
        let (kind, id) = (tag & 0xFFFF, tag >> 16);
        if id >= 0x8000 {
            // A named property: its GUID, then an id or a counted name.
            let Some(name_kind) = u32_at(at + 16) else { return out };
            at += 20;
            if name_kind == 0 {
                at += 4;
            } else {
                let Some(len) = u32_at(at) else { return out };
                at = at.saturating_add(4).saturating_add(pad(len as usize));
            }
        }
        let multi = kind & 0x1000 != 0;
        let base = kind & !0x1000;
        let fixed = match base {
            0x0002 | 0x0003 | 0x0004 | 0x000A | 0x000B => Some(4),
            0x0005 | 0x0006 | 0x0007 | 0x0014 | 0x0040 => Some(8),
            0x0048 => Some(16),
            0x001E | 0x001F | 0x0102 | 0x000D => None,
            _ => return out,
        };
        let values = if multi || fixed.is_none() {
            let Some(n) = u32_at(at) else { return out };
            at += 4;
            n
        } else {
            1
        };
        for _ in 0..values.min(100_000) {
            match fixed {
                Some(size) => at = at.saturating_add(size),
                None => {
                    let Some(len) = u32_at(at) else { return out };
                    let start = at + 4;
                    let Some(value) = start.checked_add(len as usize).and_then(|end| data.get(start..end)) else {
                        return out;
                    };
                    if !multi {
                        // An object value starts with the interface's GUID.
                        let value = if base == 0x000D { value.get(16..).unwrap_or_default() } else { value };
                        out.push((tag, value));
                    }
                    at = start.saturating_add(pad(len as usize));
                }
            }
        }
        if at > data.len() {
            return out;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_property_list_gives_its_strings_and_binaries_and_stops_where_it_is_damaged() {
        let mut list = 3u32.to_le_bytes().to_vec();
        // A long (fixed, padded to 4), a Unicode body, a named binary property.
        list.extend(0x0E07_0003u32.to_le_bytes());
        list.extend(1u32.to_le_bytes());
        list.extend(PR_BODY_W.to_le_bytes());
        list.extend(1u32.to_le_bytes());
        let body: Vec<u8> = "本文 090-1234-5678".encode_utf16().flat_map(u16::to_le_bytes).collect();
        list.extend((body.len() as u32).to_le_bytes());
        list.extend(&body);
        list.extend(vec![0; body.len().div_ceil(4) * 4 - body.len()]);
        list.extend(0x8001_0102u32.to_le_bytes());
        list.extend([7; 16]);
        list.extend(0u32.to_le_bytes());
        list.extend(0x8520u32.to_le_bytes());
        list.extend(1u32.to_le_bytes());
        list.extend(3u32.to_le_bytes());
        list.extend([1, 2, 3, 0]);
        let props = properties(&list);
        assert_eq!(props.len(), 2);
        assert_eq!(utf16le_lossy(props[0].1), "本文 090-1234-5678");
        assert_eq!(props[1], (0x8001_0102, &[1u8, 2, 3][..]));
        // Cut inside the body: nothing invented.
        assert!(properties(&list[..30]).is_empty());
    }
}

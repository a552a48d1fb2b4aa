//! Outlook message files (`.msg`): a compound file whose streams are the
//! message's MAPI properties (`__substg1.0_<tag><type>`), with a storage per
//! recipient and per attachment, and an attached message as a storage of its
//! own. Outlook saves a mail this way when it is dragged to a folder, and
//! such a file is then attached to another mail or uploaded.
//!
//! Read like an `.eml`: the header fields a person reads (From, To, Cc, Bcc,
//! Subject) and the plain body become one text part per message; attached
//! files are read like archive members, within the same depth, entry and
//! byte budgets; an attached message is read as a message. A body stored
//! only as compressed RTF (what Outlook keeps for a rich-text mail) is
//! decompressed and read as an `.rtf` is, its tables as tables; one that
//! cannot be decompressed whole is said, never skipped in silence.

use std::collections::BTreeMap;

use super::mail::Reader;
use super::transfer::decode_text;
use super::{cfb, markup, member_path, rtf, Budget, Part, Sink, TextPart};
use crate::{Problem, ProblemKind};

/// Attached messages nested deeper than this are not read (a real mail never is).
const MAX_NESTING: u32 = 40;

/// Property tags (MS-OXPROPS) of what a person reads.
const SUBJECT: u16 = 0x0037;
const SENT_REPRESENTING_NAME: u16 = 0x0042;
const SENT_REPRESENTING_EMAIL: u16 = 0x0065;
const SENDER_NAME: u16 = 0x0C1A;
const SENDER_EMAIL: u16 = 0x0C1F;
const SENDER_SMTP: u16 = 0x5D01;
const DISPLAY_BCC: u16 = 0x0E02;
const DISPLAY_CC: u16 = 0x0E03;
const DISPLAY_TO: u16 = 0x0E04;
const BODY: u16 = 0x1000;
const RTF_COMPRESSED: u16 = 0x1009;
const BODY_HTML: u16 = 0x1013;
const RECIPIENT_TYPE: u16 = 0x0C15;
const DISPLAY_NAME: u16 = 0x3001;
const EMAIL_ADDRESS: u16 = 0x3003;
const SMTP_ADDRESS: u16 = 0x39FE;
const ATTACH_DATA: u16 = 0x3701;
const ATTACH_FILENAME: u16 = 0x3704;
const ATTACH_LONG_FILENAME: u16 = 0x3707;
const MESSAGE_CODEPAGE: u16 = 0x3FFD;
const INTERNET_CPID: u16 = 0x3FDE;

/// Property types.
const PT_LONG: u16 = 0x0003;
const PT_STRING8: u16 = 0x001E;
const PT_UNICODE: u16 = 0x001F;
const PT_BINARY: u16 = 0x0102;
const PT_OBJECT: u16 = 0x000D;

/// Whether a compound file is an Outlook message: it has the property
/// streams and the properties stream of one.
pub(super) fn looks_like_msg(names: impl Fn(&str) -> bool) -> bool {
    names("__substg1.0_") && names("__properties_version1.0")
}

/// Reads `bytes` as an Outlook message file.
pub(super) fn extract(bytes: &[u8], entry: Option<&str>, depth: u32, budget: &mut Budget, sink: &mut dyn Sink) {
    let streams = match cfb::streams(bytes) {
        Ok(Some(streams)) => streams,
        Ok(None) => {
            sink.problem(Problem::new(ProblemKind::Corrupt, entry, "not an Outlook message (no compound file)"));
            return;
        }
        Err(e) => {
            sink.problem(Problem::new(ProblemKind::Corrupt, entry, format!("damaged Outlook message: {e}")));
            return;
        }
    };
    // Outlook writes whole sectors: a short last one is a file cut short,
    // whatever was in its missing bytes read as zeros.
    if cfb::ends_mid_sector(bytes) {
        sink.problem(Problem::new(
            ProblemKind::Truncated,
            entry,
            "the Outlook message ends inside a sector (cut short?); what was there was read",
        ));
    }
    // Names in a compound file are compared without case.
    let streams: BTreeMap<String, Vec<u8>> = streams.into_iter().map(|(k, v)| (k.to_ascii_lowercase(), v)).collect();
    let mut reader = Reader::new(depth, budget, sink);
    Message { streams: &streams, prefix: String::new(), top: true }.read(&mut reader, entry, 0);
}

/// One message: the root of the file, or an attached message's storage.
struct Message<'a> {
    streams: &'a BTreeMap<String, Vec<u8>>,
    /// The storage path of the message, with a trailing `/` (empty for the root).
    prefix: String,
    /// The root message (its properties stream has a longer header).
    top: bool,
}

impl Message<'_> {
    fn read(&self, reader: &mut Reader<'_, '_>, entry: Option<&str>, nesting: u32) {
        if nesting > MAX_NESTING {
            reader.sink.problem(Problem::new(
                ProblemKind::OverLimit,
                entry,
                format!("attached messages nested deeper than {MAX_NESTING} levels"),
            ));
            return;
        }
        if reader.sink.out_of_time() {
            reader.sink.problem(Problem::new(ProblemKind::OverLimit, entry, "time budget spent inside the message"));
            return;
        }
        let props =
            Properties::parse(self.streams.get(&format!("{}__properties_version1.0", self.prefix)), self.header());
        let codepage = props.long(MESSAGE_CODEPAGE).or_else(|| props.long(INTERNET_CPID));
        let text_of = |tag| self.text(&self.prefix, tag, codepage);

        let mut text = String::new();
        let mut field = |name: &str, value: Option<String>| {
            if let Some(value) = value.filter(|v| !v.trim().is_empty()) {
                text.push_str(&format!("{name}: {}\n", value.trim()));
            }
        };
        let from_name = text_of(SENT_REPRESENTING_NAME).or_else(|| text_of(SENDER_NAME));
        let from_address = text_of(SENDER_SMTP)
            .or_else(|| text_of(SENT_REPRESENTING_EMAIL).filter(|a| a.contains('@')))
            .or_else(|| text_of(SENDER_EMAIL).filter(|a| a.contains('@')));
        field("From", address_line(from_name, from_address));
        let recipients = self.recipients(codepage);
        for (kind, display, name) in [(1, DISPLAY_TO, "To"), (2, DISPLAY_CC, "Cc"), (3, DISPLAY_BCC, "Bcc")] {
            let listed: Vec<&str> = recipients.iter().filter(|(k, _)| *k == kind).map(|(_, r)| r.as_str()).collect();
            field(name, if listed.is_empty() { text_of(display) } else { Some(listed.join(", ")) });
        }
        field("Subject", text_of(SUBJECT));
        text.push('\n');

        // The plain body, unless the HTML one holds a table: the plain
        // twin flattens it into lines whose cells name no column.
        let mut tables = Vec::new();
        let html = self.html(codepage);
        let with_tables = html.as_ref().and_then(|(html, _)| markup::with_tables(html));
        let plain = text_of(BODY).filter(|_| with_tables.is_none());
        if let Some(body) = plain {
            text.push_str(&body);
        } else if let Some((html, problem)) = html {
            if let Some((kind, detail)) = problem {
                reader.sink.problem(Problem::new(kind, entry, detail));
            }
            let parts = with_tables.unwrap_or_else(|| markup::html_parts(&html));
            text.push_str(&parts.text);
            tables = parts.tables;
        } else if let Some(compressed) = self.binary(&self.prefix, RTF_COMPRESSED) {
            tables = rtf_body(compressed, reader, entry, &mut text);
        }
        if !text.ends_with('\n') {
            text.push('\n');
        }
        reader.sink.part(Part::Text(TextPart { entry: entry.map(str::to_owned), page: None, text }));
        let (budget, sink) = reader.budget_and_sink();
        super::emit_tables(tables, entry, budget, sink);
        self.attachments(reader, entry, nesting, codepage);
    }

    /// Bytes in the properties stream before its entries: 32 for the file's
    /// own message, 24 for an attached one (MS-OXMSG 2.4.1).
    fn header(&self) -> usize {
        if self.top {
            32
        } else {
            24
        }
    }

    /// A string property of the storage at `prefix`: Unicode, or 8-bit in
    /// the message's code page.
    fn text(&self, prefix: &str, tag: u16, codepage: Option<u32>) -> Option<String> {
        if let Some(bytes) = self.streams.get(&stream_name(prefix, tag, PT_UNICODE)) {
            let (text, _) = encoding_rs::UTF_16LE.decode_without_bom_handling(bytes);
            return Some(text.trim_end_matches('\0').to_owned());
        }
        let bytes = self.streams.get(&stream_name(prefix, tag, PT_STRING8))?;
        let (text, _) = decode_text(bytes, codepage.and_then(charset));
        Some(text.trim_end_matches('\0').to_owned())
    }

    fn binary(&self, prefix: &str, tag: u16) -> Option<&Vec<u8>> {
        self.streams.get(&stream_name(prefix, tag, PT_BINARY))
    }

    /// The HTML body, in the code page it says (or the message's), and the
    /// trouble decoding it, said only if the body is read.
    #[allow(clippy::type_complexity)]
    fn html(&self, codepage: Option<u32>) -> Option<(String, Option<(ProblemKind, String)>)> {
        if let Some(text) = self.text(&self.prefix, BODY_HTML, codepage) {
            return Some((text, None));
        }
        let bytes = self.binary(&self.prefix, BODY_HTML)?;
        let (text, problem) = decode_text(bytes, codepage.and_then(charset));
        Some((text, problem))
    }

    /// The storages directly under this message whose names start with `kind`.
    fn storages(&self, kind: &str) -> Vec<String> {
        let start = format!("{}{kind}", self.prefix);
        // The keys are sorted: a storage's streams come one after another.
        let mut found: Vec<String> = Vec::new();
        for path in self.streams.keys().filter(|p| p.starts_with(&start)) {
            let Some(slash) = path[start.len()..].find('/') else { continue };
            let storage = &path[..start.len() + slash + 1];
            if found.last().map(String::as_str) != Some(storage) {
                found.push(storage.to_owned());
            }
        }
        found
    }

    /// (1 To, 2 Cc, 3 Bcc; "name <address>") of each recipient.
    fn recipients(&self, codepage: Option<u32>) -> Vec<(u32, String)> {
        self.storages("__recip_version1.0_#")
            .into_iter()
            .map(|storage| {
                let props = Properties::parse(self.streams.get(&format!("{storage}__properties_version1.0")), 8);
                let name = self.text(&storage, DISPLAY_NAME, codepage);
                let address = self
                    .text(&storage, SMTP_ADDRESS, codepage)
                    .or_else(|| self.text(&storage, EMAIL_ADDRESS, codepage).filter(|a| a.contains('@')));
                (props.long(RECIPIENT_TYPE).unwrap_or(1), address_line(name, address).unwrap_or_default())
            })
            .filter(|(_, line)| !line.is_empty())
            .collect()
    }

    /// Each attachment: a file, read like an archive member, or a message.
    fn attachments(&self, reader: &mut Reader<'_, '_>, entry: Option<&str>, nesting: u32, codepage: Option<u32>) {
        for (i, storage) in self.storages("__attach_version1.0_#").into_iter().enumerate() {
            let name = self
                .text(&storage, ATTACH_LONG_FILENAME, codepage)
                .or_else(|| self.text(&storage, ATTACH_FILENAME, codepage))
                .or_else(|| self.text(&storage, DISPLAY_NAME, codepage))
                .filter(|n| !n.trim().is_empty())
                .unwrap_or_else(|| format!("attachment {}", i + 1));
            let path = member_path(entry, &name);
            let embedded = stream_name(&storage, ATTACH_DATA, PT_OBJECT) + "/";
            if self.streams.contains_key(&format!("{embedded}__properties_version1.0")) {
                let inner = Message { streams: self.streams, prefix: embedded, top: false };
                inner.read(reader, Some(&path), nesting + 1);
            } else if self.streams.keys().any(|k| k.starts_with(&embedded)) {
                // An OLE object (a document embedded in a rich-text mail):
                // its storage is not a file this reader can hand on.
                reader.sink.problem(Problem::new(
                    ProblemKind::Unsupported,
                    Some(&path),
                    "an OLE object attached to the message cannot be read",
                ));
            } else if let Some(bytes) = self.binary(&storage, ATTACH_DATA) {
                reader.attachment(bytes, &path);
            }
            // An attachment with no data (a link, an OLE object Outlook keeps
            // elsewhere) has nothing to read.
        }
    }
}

/// Decompresses and reads a body kept as compressed RTF: its text goes
/// after the headers in `text`, its tables are given back. What could not
/// be decompressed or read is said as the message's problem.
fn rtf_body(
    compressed: &[u8],
    reader: &mut Reader<'_, '_>,
    entry: Option<&str>,
    text: &mut String,
) -> Vec<Vec<Vec<String>>> {
    let (budget, sink) = reader.budget_and_sink();
    let doc = rtf::read_compressed(compressed, budget, &|| sink.out_of_time());
    for (kind, detail) in doc.problems {
        sink.problem(Problem::new(kind, entry, detail));
    }
    text.push_str(&doc.text);
    doc.tables
}

/// `__substg1.0_TTTTYYYY` under `prefix`, as the map's keys are (lower case).
fn stream_name(prefix: &str, tag: u16, kind: u16) -> String {
    format!("{prefix}__substg1.0_{tag:04x}{kind:04x}")
}

/// "name <address>", or either alone.
fn address_line(name: Option<String>, address: Option<String>) -> Option<String> {
    let name = name.map(|n| n.trim().to_owned()).filter(|n| !n.is_empty());
    let address = address.map(|a| a.trim().to_owned()).filter(|a| !a.is_empty());
    match (name, address) {
        (Some(n), Some(a)) if n != a => Some(format!("{n} <{a}>")),
        (Some(n), _) => Some(n),
        (None, a) => a,
    }
}

/// The charset label of a Windows code page a message names.
fn charset(codepage: u32) -> Option<&'static str> {
    Some(match codepage {
        932 => "shift_jis",
        50220..=50222 => "iso-2022-jp",
        20932 | 51932 => "euc-jp",
        65001 => "utf-8",
        1200 => "utf-16le",
        1250 => "windows-1250",
        1251 => "windows-1251",
        1252 | 20127 | 28591 => "windows-1252",
        936 => "gbk",
        950 => "big5",
        949 => "euc-kr",
        _ => return None,
    })
}

/// The fixed-size properties of a storage (`__properties_version1.0`): 16-byte
/// entries after a header; only 32-bit integers are read here.
struct Properties(Vec<(u16, u16, u32)>);

impl Properties {
    fn parse(bytes: Option<&Vec<u8>>, header: usize) -> Properties {
        let entries = bytes
            .and_then(|b| b.get(header..))
            .map(|rest| {
                rest.chunks_exact(16)
                    .map(|e| {
                        let tag = u32::from_le_bytes([e[0], e[1], e[2], e[3]]);
                        ((tag >> 16) as u16, tag as u16, u32::from_le_bytes([e[8], e[9], e[10], e[11]]))
                    })
                    .collect()
            })
            .unwrap_or_default();
        Properties(entries)
    }

    fn long(&self, tag: u16) -> Option<u32> {
        self.0.iter().find(|(t, kind, _)| *t == tag && *kind == PT_LONG).map(|(_, _, v)| *v)
    }
}

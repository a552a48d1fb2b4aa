//! Mail, contact and bank transfer files as the tools that write them do:
//! MIME messages in ISO-2022-JP, Shift_JIS or UTF-8 with RFC 2047 headers
//! and base64 attachments, vCard 2.1 (Shift_JIS, quoted-printable) and 3.0,
//! and 全銀 fixed-width records in half-width katakana.

/// Standard base64 with line breaks every 76 characters, as mailers write it.
pub fn base64(bytes: &[u8]) -> String {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::new();
    for (i, chunk) in bytes.chunks(3).enumerate() {
        if i > 0 && i % 19 == 0 {
            out.push_str("\r\n");
        }
        let n = chunk.iter().enumerate().fold(0u32, |acc, (i, &b)| acc | (u32::from(b) << (16 - 8 * i)));
        for j in 0..4 {
            if j <= chunk.len() {
                out.push(ALPHABET[(n >> (18 - 6 * j) & 63) as usize] as char);
            } else {
                out.push('=');
            }
        }
    }
    out
}

/// ISO-2022-JP bytes of `text` (what Japanese mailers still send).
pub fn jis(text: &str) -> Vec<u8> {
    encoding_rs::ISO_2022_JP.encode(text).0.into_owned()
}

/// An RFC 2047 encoded word in ISO-2022-JP, base64.
pub fn jis_word(text: &str) -> String {
    format!("=?ISO-2022-JP?B?{}?=", base64(&jis(text)).replace("\r\n", ""))
}

/// Quoted-printable of `bytes`, every byte outside printable ASCII as =XX.
pub fn quoted_printable(bytes: &[u8]) -> String {
    bytes
        .iter()
        .map(|&b| if (0x21..0x7F).contains(&b) && b != b'=' { (b as char).to_string() } else { format!("={b:02X}") })
        .collect()
}

/// An attachment of a mail.
pub struct Attachment<'a> {
    pub name: &'a str,
    pub mime: &'a str,
    pub bytes: &'a [u8],
}

/// A mail as a Japanese mailer writes it: headers with ISO-2022-JP encoded
/// words, a 7-bit ISO-2022-JP plain body, attachments in base64 with the
/// file name in RFC 2231 form.
pub fn eml(from: &str, to: &str, subject: &str, body: &str, attachments: &[Attachment]) -> Vec<u8> {
    let mut out = Vec::new();
    let head = format!(
        "Return-Path: <sender@example.co.jp>\r\nDate: Mon, 2 Dec 2026 10:00:00 +0900\r\nFrom: {from}\r\nTo: {to}\r\nSubject: {}\r\nMessage-ID: <1@example.co.jp>\r\nMIME-Version: 1.0\r\n",
        jis_word(subject)
    );
    out.extend_from_slice(head.as_bytes());
    if attachments.is_empty() {
        out.extend_from_slice(
            b"Content-Type: text/plain; charset=ISO-2022-JP\r\nContent-Transfer-Encoding: 7bit\r\n\r\n",
        );
        out.extend(jis(&body.replace('\n', "\r\n")));
        out.extend_from_slice(b"\r\n");
        return out;
    }
    out.extend_from_slice(b"Content-Type: multipart/mixed; boundary=\"==b1==\"\r\n\r\nThis is a multi-part message in MIME format.\r\n--==b1==\r\n");
    out.extend_from_slice(
        b"Content-Type: text/plain; charset=\"ISO-2022-JP\"\r\nContent-Transfer-Encoding: 7bit\r\n\r\n",
    );
    out.extend(jis(&body.replace('\n', "\r\n")));
    for a in attachments {
        let encoded: String = a.name.bytes().map(|b| format!("%{b:02X}")).collect();
        out.extend_from_slice(
            format!(
                "\r\n--==b1==\r\nContent-Type: {}; name=\"{}\"\r\nContent-Disposition: attachment;\r\n filename*=UTF-8''{encoded}\r\nContent-Transfer-Encoding: base64\r\n\r\n{}",
                a.mime,
                jis_word(a.name),
                base64(a.bytes)
            )
            .as_bytes(),
        );
    }
    out.extend_from_slice(b"\r\n--==b1==--\r\n");
    out
}

/// One 全銀 data record (総合振込 or 給与振込 layout), 120 bytes.
pub struct Transfer<'a> {
    pub bank: &'a str,
    pub bank_name: &'a str,
    pub branch: &'a str,
    pub branch_name: &'a str,
    pub kind: char,
    pub account: &'a str,
    pub holder: &'a str,
    pub amount: u64,
    pub code: &'a str,
}

fn pad(out: &mut Vec<u8>, text: &str, width: usize, right: bool) {
    let bytes = encoding_rs::SHIFT_JIS.encode(text).0;
    assert!(bytes.len() <= width, "{text} does not fit {width}");
    if right {
        out.extend(std::iter::repeat_n(b'0', width - bytes.len()));
        out.extend_from_slice(&bytes);
    } else {
        out.extend_from_slice(&bytes);
        out.extend(std::iter::repeat_n(b' ', width - bytes.len()));
    }
}

/// A 全銀 file: header (type `kind_code`: 21 総合振込, 11 給与), data,
/// trailer and end records, each 120 bytes, joined by `separator`.
pub fn zengin(kind_code: &str, payer: &str, rows: &[Transfer], separator: &[u8]) -> Vec<u8> {
    let mut records: Vec<Vec<u8>> = Vec::new();
    let mut header = Vec::new();
    pad(&mut header, &format!("1{kind_code}0"), 4, false);
    pad(&mut header, "1234567890", 10, false);
    pad(&mut header, payer, 40, false);
    pad(&mut header, "1225", 4, false);
    pad(&mut header, "0005", 4, false);
    pad(&mut header, "ﾐﾂﾋﾞｼﾕｳｴｲ", 15, false);
    pad(&mut header, "001", 3, false);
    pad(&mut header, "ﾎﾝﾃﾝ", 15, false);
    pad(&mut header, "1", 1, false);
    pad(&mut header, "7654321", 7, false);
    pad(&mut header, "", 17, false);
    records.push(header);
    let mut total = 0;
    for row in rows {
        let mut r = Vec::new();
        pad(&mut r, "2", 1, false);
        pad(&mut r, row.bank, 4, false);
        pad(&mut r, row.bank_name, 15, false);
        pad(&mut r, row.branch, 3, false);
        pad(&mut r, row.branch_name, 15, false);
        pad(&mut r, "", 4, false);
        pad(&mut r, &row.kind.to_string(), 1, false);
        pad(&mut r, row.account, 7, true);
        pad(&mut r, row.holder, 30, false);
        pad(&mut r, &row.amount.to_string(), 10, true);
        pad(&mut r, "0", 1, false);
        pad(&mut r, row.code, 10, false);
        pad(&mut r, "", 10, false);
        pad(&mut r, "", 9, false);
        records.push(r);
        total += row.amount;
    }
    let mut trailer = Vec::new();
    pad(&mut trailer, "8", 1, false);
    pad(&mut trailer, &rows.len().to_string(), 6, true);
    pad(&mut trailer, &total.to_string(), 12, true);
    pad(&mut trailer, "", 101, false);
    records.push(trailer);
    let mut end = Vec::new();
    pad(&mut end, "9", 120, false);
    records.push(end);
    for r in &records {
        assert_eq!(r.len(), 120);
    }
    records.join(separator)
}

/// A property of an Outlook message: a string (written as PT_UNICODE, or
/// PT_STRING8 in the message's code page), bytes (PT_BINARY) or a 32-bit
/// integer (in the properties stream).
pub enum Prop<'a> {
    Text(u16, &'a str),
    /// A string in 8-bit form, already encoded.
    Ansi(u16, Vec<u8>),
    Binary(u16, &'a [u8]),
    Long(u16, u32),
}

/// What an Outlook message holds, as Outlook lays it out in a `.msg`.
pub struct Msg<'a> {
    pub props: Vec<Prop<'a>>,
    /// Each recipient's properties (display name 0x3001, SMTP address 0x39FE, type 0x0C15).
    pub recipients: Vec<Vec<Prop<'a>>>,
    pub attachments: Vec<MsgAttachment<'a>>,
}

pub enum MsgAttachment<'a> {
    /// A file: its name and bytes.
    File(&'a str, &'a [u8]),
    /// A message attached as an Outlook item.
    Message(Box<Msg<'a>>),
}

/// The `.msg` file (MS-OXMSG): a compound file written with the `cfb` crate.
pub fn msg(message: &Msg) -> Vec<u8> {
    let mut file = cfb::CompoundFile::create(std::io::Cursor::new(Vec::new())).expect("compound file");
    write_message(&mut file, "/", message, true);
    file.flush().expect("flush");
    file.into_inner().into_inner()
}

fn write_message(file: &mut cfb::CompoundFile<std::io::Cursor<Vec<u8>>>, dir: &str, m: &Msg, top: bool) {
    // The properties stream's header: 32 bytes for the file's message
    // (counts of recipients and attachments), 24 for an attached one.
    let mut header = vec![0u8; if top { 32 } else { 24 }];
    header[8..12].copy_from_slice(&(m.recipients.len() as u32).to_le_bytes());
    header[12..16].copy_from_slice(&(m.attachments.len() as u32).to_le_bytes());
    write_props(file, dir, &m.props, header);
    for (i, recipient) in m.recipients.iter().enumerate() {
        let storage = format!("{dir}__recip_version1.0_#{i:08X}/");
        file.create_storage(&storage).expect("recipient storage");
        write_props(file, &storage, recipient, vec![0u8; 8]);
    }
    for (i, attachment) in m.attachments.iter().enumerate() {
        let storage = format!("{dir}__attach_version1.0_#{i:08X}/");
        file.create_storage(&storage).expect("attachment storage");
        match attachment {
            MsgAttachment::File(name, bytes) => write_props(
                file,
                &storage,
                &[Prop::Text(0x3707, name), Prop::Binary(0x3701, bytes), Prop::Long(0x3705, 1)],
                vec![0u8; 8],
            ),
            MsgAttachment::Message(inner) => {
                write_props(file, &storage, &[Prop::Long(0x3705, 5)], vec![0u8; 8]);
                let object = format!("{storage}__substg1.0_3701000D/");
                file.create_storage(&object).expect("embedded message storage");
                write_message(file, &object, inner, false);
            }
        }
    }
}

fn write_props(file: &mut cfb::CompoundFile<std::io::Cursor<Vec<u8>>>, dir: &str, props: &[Prop], mut fixed: Vec<u8>) {
    use std::io::Write as _;
    let mut put = |name: String, bytes: &[u8]| {
        let mut stream = file.create_stream(format!("{dir}{name}")).expect("stream");
        stream.write_all(bytes).expect("write");
    };
    for prop in props {
        let entry = |tag: u16, kind: u16, value: [u8; 8]| {
            let mut e = Vec::with_capacity(16);
            e.extend_from_slice(&((u32::from(tag) << 16) | u32::from(kind)).to_le_bytes());
            e.extend_from_slice(&6u32.to_le_bytes());
            e.extend_from_slice(&value);
            e
        };
        match prop {
            Prop::Text(tag, text) => {
                let bytes: Vec<u8> = text.encode_utf16().chain([0]).flat_map(u16::to_le_bytes).collect();
                fixed.extend(entry(*tag, 0x001F, (bytes.len() as u64).to_le_bytes()));
                put(format!("__substg1.0_{tag:04X}001F"), &bytes);
            }
            Prop::Ansi(tag, bytes) => {
                fixed.extend(entry(*tag, 0x001E, (bytes.len() as u64 + 1).to_le_bytes()));
                put(format!("__substg1.0_{tag:04X}001E"), &[bytes.as_slice(), &[0]].concat());
            }
            Prop::Binary(tag, bytes) => {
                fixed.extend(entry(*tag, 0x0102, (bytes.len() as u64).to_le_bytes()));
                put(format!("__substg1.0_{tag:04X}0102"), bytes);
            }
            Prop::Long(tag, value) => fixed.extend(entry(*tag, 0x0003, u64::from(*value).to_le_bytes())),
        }
    }
    put("__properties_version1.0".to_owned(), &fixed);
}

/// The 207 bytes every LZFu dictionary starts with (MS-OXRTFCP 3.1.4.1.1).
const LZFU_PRIMER: &[u8] = b"{\\rtf1\\ansi\\mac\\deff0\\deftab720{\\fonttbl;}{\\f0\\fnil \\froman \\fswiss \\fmodern \\fscript \\fdecor MS Sans SerifSymbolArialTimes New RomanCourier{\\colortbl\\red0\\green0\\blue0\r\n\\par \\pard\\plain\\f0\\fs20\\b\\i\\u\\tab\\tx";

/// The CRC of MS-OXRTFCP: CRC-32's polynomial, started at 0, not inverted.
pub fn lzfu_crc(bytes: &[u8]) -> u32 {
    let mut crc = 0u32;
    for &b in bytes {
        let mut c = (crc ^ u32::from(b)) & 0xFF;
        for _ in 0..8 {
            c = if c & 1 != 0 { 0xEDB8_8320 ^ (c >> 1) } else { c >> 1 };
        }
        crc = c ^ (crc >> 8);
    }
    crc
}

/// `rtf` as Outlook keeps a body (PR_RTF_COMPRESSED, "LZFu"): greedy
/// matches against the primer and the last 64 bytes written (overlapping
/// copies included), literals otherwise, the end marker last.
pub fn lzfu(rtf: &[u8]) -> Vec<u8> {
    let mut dict = [0u8; 4096];
    dict[..LZFU_PRIMER.len()].copy_from_slice(LZFU_PRIMER);
    let mut write = LZFU_PRIMER.len();
    let (mut contents, mut tokens): (Vec<u8>, Vec<Option<u16>>) = (Vec::new(), Vec::new());
    let mut literals = Vec::new();
    let mut i = 0;
    while i < rtf.len() {
        let candidates = (0..LZFU_PRIMER.len()).chain((1..=64).map(|d| (write + 4096 - d) % 4096));
        let mut best = (0usize, 0usize);
        for offset in candidates.filter(|&o| o != write) {
            let mut len = 0;
            while len < 17 && i + len < rtf.len() {
                let pos = (offset + len) % 4096;
                // A byte this copy has itself written by then is the input's.
                let behind = (pos + 4096 - write) % 4096;
                let byte = if behind < len { rtf[i + behind] } else { dict[pos] };
                if byte != rtf[i + len] {
                    break;
                }
                len += 1;
            }
            if len > best.1 {
                best = (offset, len);
            }
        }
        let take = if best.1 >= 2 { best.1 } else { 1 };
        if best.1 >= 2 {
            tokens.push(Some(((best.0 as u16) << 4) | (best.1 as u16 - 2)));
        } else {
            tokens.push(None);
            literals.push(rtf[i]);
        }
        for k in 0..take {
            dict[write] = rtf[i + k];
            write = (write + 1) % 4096;
        }
        i += take;
    }
    tokens.push(Some((write as u16) << 4));
    let mut literal = literals.into_iter();
    for run in tokens.chunks(8) {
        let control = run.iter().enumerate().fold(0u8, |c, (bit, t)| c | (u8::from(t.is_some()) << bit));
        contents.push(control);
        for token in run {
            match token {
                Some(word) => contents.extend_from_slice(&word.to_be_bytes()),
                None => contents.push(literal.next().expect("a literal")),
            }
        }
    }
    let mut out = Vec::new();
    out.extend_from_slice(&(contents.len() as u32 + 12).to_le_bytes());
    out.extend_from_slice(&(rtf.len() as u32).to_le_bytes());
    out.extend_from_slice(b"LZFu");
    out.extend_from_slice(&lzfu_crc(&contents).to_le_bytes());
    out.extend_from_slice(&contents);
    out
}

/// `rtf` in the uncompressed form ("MELA") of PR_RTF_COMPRESSED.
pub fn mela(rtf: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    out.extend_from_slice(&(rtf.len() as u32 + 12).to_le_bytes());
    out.extend_from_slice(&(rtf.len() as u32).to_le_bytes());
    out.extend_from_slice(b"MELA");
    out.extend_from_slice(&[0; 4]);
    out.extend_from_slice(rtf);
    out
}

/// One TNEF attribute: level (1 message, 2 attachment), id (type in the
/// high word), data, and the checksum Outlook writes after it.
fn tnef_attribute(level: u8, id: u32, data: &[u8]) -> Vec<u8> {
    let mut out = vec![level];
    out.extend(id.to_le_bytes());
    out.extend((data.len() as u32).to_le_bytes());
    out.extend(data);
    out.extend(data.iter().fold(0u16, |s, &b| s.wrapping_add(u16::from(b))).to_le_bytes());
    out
}

/// A MAPI property list of Unicode strings (as `attMsgProps` and
/// `attAttachment` carry them): tag, one value, its length, UTF-16, padded.
fn tnef_strings(props: &[(u32, &str)]) -> Vec<u8> {
    let mut out = (props.len() as u32).to_le_bytes().to_vec();
    for (tag, text) in props {
        let mut value: Vec<u8> = text.encode_utf16().chain([0]).flat_map(u16::to_le_bytes).collect();
        out.extend(tag.to_le_bytes());
        out.extend(1u32.to_le_bytes());
        out.extend((value.len() as u32).to_le_bytes());
        value.resize(value.len().div_ceil(4) * 4, 0);
        out.extend(value);
    }
    out
}

/// Outlook's winmail.dat as a rich-text message from a Japanese Outlook
/// writes it: code page 932, the subject in Shift_JIS, the plain body in the
/// MAPI properties, and each attachment (its 8.3 title, its bytes, its long
/// name in its properties).
pub fn winmail(subject: &str, body: &str, attachments: &[(&str, &[u8])]) -> Vec<u8> {
    let mut out = vec![0x78, 0x9F, 0x3E, 0x22, 0x01, 0x00];
    out.extend(tnef_attribute(1, 0x0008_9006, &0x0001_0000u32.to_le_bytes())); // attTnefVersion
    out.extend(tnef_attribute(1, 0x0006_9007, &[0xA4, 0x03, 0, 0, 0, 0, 0, 0])); // attOemCodepage 932
    let mut sjis = encoding_rs::SHIFT_JIS.encode(subject).0.into_owned();
    sjis.push(0);
    out.extend(tnef_attribute(1, 0x0001_8004, &sjis));
    out.extend(tnef_attribute(1, 0x0006_9003, &tnef_strings(&[(0x1000_001F, body)])));
    for (i, (name, bytes)) in attachments.iter().enumerate() {
        out.extend(tnef_attribute(2, 0x0006_9002, &[1, 0, 0xFF, 0xFF, 0xFF, 0xFF, 0, 0, 0, 0, 0, 0, 0, 0]));
        out.extend(tnef_attribute(2, 0x0001_8010, format!("ATTACH~{i}.XLS\0").as_bytes()));
        out.extend(tnef_attribute(2, 0x0006_800F, bytes));
        out.extend(tnef_attribute(2, 0x0006_9005, &tnef_strings(&[(0x3707_001F, name)])));
    }
    out
}

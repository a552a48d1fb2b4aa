//! Mail files: an `.eml` (RFC 5322 message with MIME parts), a message
//! attached to a message (`message/rfc822`) and an mbox of several. The
//! headers a person reads (From, To, Cc, Subject…) and the text bodies
//! become one text part per message; attachments are read like archive
//! members, within the same depth, entry and byte budgets.
//!
//! Japanese mailers still write ISO-2022-JP, and older ones Shift_JIS, in
//! bodies and in RFC 2047 encoded words; a charset that cannot be decoded is
//! a problem, never text read as garbage in silence. So is a mail cut short
//! inside a part.

use std::borrow::Cow;

use super::transfer::{base64, decode_text, hex_pair, quoted_printable};
use super::{encoding, extract_inner, markup, member_path, Budget, Part, Sink, TextPart};
use crate::{Problem, ProblemKind};

/// Multipart nesting a real mail never reaches; deeper is refused so a
/// crafted file cannot exhaust the stack.
const MAX_NESTING: u32 = 40;

/// The header fields a person reads, in this order, put before the body's text.
const SHOWN_HEADERS: [&str; 9] =
    ["from", "sender", "reply-to", "to", "cc", "bcc", "subject", "date", "disposition-notification-to"];

/// Reads `bytes` as a mail file (or an mbox of mails).
pub(super) fn extract(bytes: &[u8], entry: Option<&str>, depth: u32, budget: &mut Budget, sink: &mut dyn Sink) {
    let messages = split_mbox(bytes);
    let many = messages.len() > 1;
    // One reader for the whole file: the attachments of every mail of an
    // mbox count against one entry limit, as the members of one archive do.
    let mut reader = Reader::new(depth, budget, sink);
    for (i, message) in messages.into_iter().enumerate() {
        if reader.sink.out_of_time() {
            reader.sink.problem(Problem::new(ProblemKind::OverLimit, entry, "time budget spent inside the mail file"));
            return;
        }
        // Each mail of an mbox is located as its own entry, so line numbers
        // do not run on from one mail to the next.
        let name = many.then(|| member_path(entry, &format!("mail {}", i + 1)));
        reader.message(message, name.as_deref().or(entry), 0);
    }
}

/// Whether `text` (the start of a file) looks like a mail: it starts with
/// header fields, among them at least two that every mail has. A mbox
/// starts with its "From " separator line.
pub(super) fn looks_like_mail(text: &str) -> bool {
    const TYPICAL: [&str; 10] = [
        "from",
        "to",
        "subject",
        "date",
        "message-id",
        "mime-version",
        "received",
        "return-path",
        "content-type",
        "delivered-to",
    ];
    let mut lines = text.lines();
    let mut seen = 0;
    let mut first = true;
    for line in lines.by_ref().take(200) {
        if first && line.starts_with("From ") {
            first = false;
            continue;
        }
        first = false;
        if line.is_empty() {
            break;
        }
        if line.starts_with([' ', '\t']) {
            continue;
        }
        let Some((name, _)) = line.split_once(':') else { return false };
        if name.is_empty() || !name.bytes().all(|b| b.is_ascii_graphic()) {
            return false;
        }
        if TYPICAL.contains(&name.to_ascii_lowercase().as_str()) {
            seen += 1;
        }
    }
    seen >= 2
}

/// The mails of an mbox (split at "From " lines after a blank line), or
/// the one mail of an .eml.
fn split_mbox(bytes: &[u8]) -> Vec<&[u8]> {
    if !bytes.starts_with(b"From ") {
        return vec![bytes];
    }
    let mut starts = vec![0];
    let mut at = 0;
    while let Some(found) = memchr::memmem::find(&bytes[at..], b"\n\nFrom ") {
        starts.push(at + found + 2);
        at += found + 2;
    }
    let mut mails = Vec::with_capacity(starts.len());
    for (i, &start) in starts.iter().enumerate() {
        let end = starts.get(i + 1).copied().unwrap_or(bytes.len());
        let mail = &bytes[start..end];
        // Drop the separator line itself.
        let body = memchr::memchr(b'\n', mail).map_or(&[][..], |nl| &mail[nl + 1..]);
        mails.push(body);
    }
    mails
}

/// Reads the messages of one file and their attachments (also for Outlook's
/// `.msg`, `super::msg`), counting every attachment against one entry limit.
pub(super) struct Reader<'b, 's> {
    depth: u32,
    budget: &'b mut Budget,
    pub(super) sink: &'s mut dyn Sink,
    /// Attachments read so far, against the archive entry limit.
    attachments: u32,
    /// The tables of the HTML body of the message being read.
    tables: Vec<Vec<Vec<String>>>,
}

impl<'b, 's> Reader<'b, 's> {
    pub(super) fn new(depth: u32, budget: &'b mut Budget, sink: &'s mut dyn Sink) -> Self {
        Reader { depth, budget, sink, attachments: 0, tables: Vec::new() }
    }

    /// The file's budget and the sink, for what a message decompresses
    /// itself (an Outlook RTF body) and the parts it gives.
    pub(super) fn budget_and_sink(&mut self) -> (&mut Budget, &mut dyn Sink) {
        (self.budget, self.sink)
    }

    /// One message: its headers and its body's text as one text part, its
    /// attachments each as an entry of their own.
    fn message(&mut self, bytes: &[u8], entry: Option<&str>, nesting: u32) {
        let (head, body) = split_head(bytes);
        let headers = Headers::parse(head);
        let mut text = String::new();
        for name in SHOWN_HEADERS {
            for raw in headers.all(name) {
                let (value, problem) = decode_header(raw);
                if let Some(detail) = problem {
                    self.sink.problem(Problem::new(ProblemKind::Encoding, entry, detail));
                }
                text.push_str(&display_name(name));
                text.push_str(": ");
                text.push_str(value.trim());
                text.push('\n');
            }
        }
        text.push('\n');
        let mut counter = 0;
        // An attached mail's body tables are its own, numbered from 1.
        let outer = std::mem::take(&mut self.tables);
        self.entity(&headers, body, entry, nesting, &mut text, &mut counter);
        let tables = std::mem::replace(&mut self.tables, outer);
        self.sink.part(Part::Text(TextPart { entry: entry.map(str::to_owned), page: None, text }));
        super::emit_tables(tables, entry, self.budget, self.sink);
    }

    /// One MIME entity (a message's body or a part of a multipart). Text
    /// goes to `text`; anything else is read as an attachment.
    fn entity(
        &mut self,
        headers: &Headers,
        body: &[u8],
        entry: Option<&str>,
        nesting: u32,
        text: &mut String,
        counter: &mut u32,
    ) {
        if nesting > MAX_NESTING {
            self.sink.problem(Problem::new(
                ProblemKind::OverLimit,
                entry,
                format!("MIME parts nested deeper than {MAX_NESTING} levels"),
            ));
            return;
        }
        if self.sink.out_of_time() {
            self.sink.problem(Problem::new(ProblemKind::OverLimit, entry, "time budget spent inside the mail"));
            return;
        }
        let content_type = headers.first("content-type").map(ContentType::parse).unwrap_or_default();
        let disposition = headers.first("content-disposition").map(ContentType::parse);
        let attached = disposition.as_ref().is_some_and(|d| d.mime == "attachment");
        *counter += 1;
        let filename = disposition
            .as_ref()
            .and_then(|d| d.param("filename"))
            .or_else(|| content_type.param("name"))
            .filter(|n| !n.trim().is_empty());

        if content_type.mime.starts_with("multipart/") {
            let Some(boundary) = content_type.param("boundary").filter(|b| !b.is_empty()) else {
                self.sink.problem(Problem::new(
                    ProblemKind::Corrupt,
                    entry,
                    "a multipart part has no boundary; its content was read as text",
                ));
                self.text_body(body, None, entry, text);
                return;
            };
            let (parts, closed) = split_multipart(body, boundary.as_bytes());
            if !closed {
                self.sink.problem(Problem::new(
                    ProblemKind::Truncated,
                    entry,
                    "the mail ends inside a multipart part (cut short?)",
                ));
            }
            // Of the alternatives of one text, the plain one is read (an
            // HTML twin says the same), unless the HTML one holds a table:
            // the plain twin flattens it into lines whose cells name no
            // column. Other alternatives are still read.
            let alternative = content_type.mime == "multipart/alternative";
            let html_table = alternative
                && parts.iter().any(|part| {
                    let (head, body) = split_head(part);
                    html_has_table(&Headers::parse(head), body)
                });
            let mut had_plain = false;
            for part in parts {
                let (head, body) = split_head(part);
                let part_headers = Headers::parse(head);
                let part_type = part_headers.first("content-type").map(ContentType::parse).unwrap_or_default();
                let skipped = if html_table { "text/plain" } else { "text/html" };
                if alternative && part_type.mime == skipped && (html_table || had_plain) {
                    continue;
                }
                had_plain |= part_type.mime == "text/plain";
                self.entity(&part_headers, body, entry, nesting + 1, text, counter);
            }
            return;
        }

        let (decoded, clean) = transfer_decoded(headers, body);
        if !clean {
            self.sink.problem(Problem::new(
                ProblemKind::Corrupt,
                entry,
                "a base64 part of the mail is damaged; what could be decoded was read",
            ));
        }

        if content_type.mime == "message/rfc822" || content_type.mime == "message/global" {
            let name = filename.map_or_else(|| format!("attached mail {counter}"), |n| n.clone());
            let child = member_path(entry, &name);
            self.message(&decoded, Some(&child), nesting + 1);
            return;
        }
        let is_text = content_type.mime.is_empty() || content_type.mime.starts_with("text/");
        if is_text && !attached && filename.is_none() {
            self.text_body(&decoded, Some(&content_type), entry, text);
            return;
        }
        let name = filename.unwrap_or_else(|| format!("part {counter}"));
        self.attachment(&decoded, &member_path(entry, &name));
    }

    /// A text body, decoded by its declared charset (or sniffed without one).
    fn text_body(&mut self, bytes: &[u8], content_type: Option<&ContentType>, entry: Option<&str>, text: &mut String) {
        let charset = content_type.and_then(|c| c.param("charset"));
        let (body, problem) = decode_text(bytes, charset.as_deref());
        if let Some(problem) = problem {
            self.sink.problem(Problem::new(problem.0, entry, problem.1));
        }
        let html = content_type.is_some_and(|c| c.mime == "text/html");
        if !text.is_empty() && !text.ends_with("\n\n") {
            text.push('\n');
        }
        if html {
            let parts = markup::html_parts(&body);
            text.push_str(&parts.text);
            self.tables.extend(parts.tables);
        } else {
            text.push_str(&body);
        }
        if !text.ends_with('\n') {
            text.push('\n');
        }
    }

    /// An attached file, read like a member of an archive.
    pub(super) fn attachment(&mut self, bytes: &[u8], path: &str) {
        if self.depth >= self.budget.limits.max_depth {
            self.sink.problem(Problem::new(
                ProblemKind::OverLimit,
                Some(path),
                format!("attachment nested deeper than {} levels; not inspected", self.budget.limits.max_depth),
            ));
            return;
        }
        if self.attachments >= self.budget.limits.max_entries {
            if self.attachments == self.budget.limits.max_entries {
                self.sink.problem(Problem::new(
                    ProblemKind::OverLimit,
                    Some(path),
                    format!("more than {} attachments; the rest are not inspected", self.budget.limits.max_entries),
                ));
            }
            self.attachments += 1;
            return;
        }
        self.attachments += 1;
        let size = bytes.len() as u64;
        if size > self.budget.decompressed_left() {
            self.sink.problem(Problem::new(
                ProblemKind::OverLimit,
                Some(path),
                format!("decoded attachments over the {} byte limit", self.budget.limits.max_decompressed_bytes),
            ));
            return;
        }
        self.budget.decompressed += size;
        extract_inner(bytes, Some(path), self.depth + 1, self.budget, self.sink);
    }
}

// ------------------------------------------------------------------ headers

/// A part's body undone from its transfer encoding, and whether it decoded
/// cleanly (a damaged base64 part gives what could be decoded).
fn transfer_decoded<'a>(headers: &Headers, body: &'a [u8]) -> (Cow<'a, [u8]>, bool) {
    let encoding = headers.first("content-transfer-encoding").map(|v| latin(v).trim().to_ascii_lowercase());
    match encoding.as_deref() {
        Some("base64") => {
            let (bytes, clean) = base64(body);
            (Cow::Owned(bytes), clean)
        }
        Some("quoted-printable") => (Cow::Owned(quoted_printable(body)), true),
        _ => (Cow::Borrowed(body), true),
    }
}

/// Whether an HTML body part holds a table of rows and columns.
fn html_has_table(headers: &Headers, body: &[u8]) -> bool {
    let content_type = headers.first("content-type").map(ContentType::parse).unwrap_or_default();
    if content_type.mime != "text/html" {
        return false;
    }
    let (decoded, _) = transfer_decoded(headers, body);
    let (text, _) = decode_text(&decoded, content_type.param("charset").as_deref());
    markup::with_tables(&text).is_some()
}

/// Splits an entity at the blank line that ends its header.
fn split_head(bytes: &[u8]) -> (&[u8], &[u8]) {
    // A part that starts with a blank line has no header at all.
    if bytes.starts_with(b"\r\n") {
        return (&[], &bytes[2..]);
    }
    if bytes.starts_with(b"\n") {
        return (&[], &bytes[1..]);
    }
    let mut at = 0;
    while let Some(nl) = memchr::memchr(b'\n', &bytes[at..]) {
        let line_end = at + nl + 1;
        let rest = &bytes[line_end..];
        if rest.starts_with(b"\r\n") {
            return (&bytes[..line_end], &rest[2..]);
        }
        if rest.starts_with(b"\n") {
            return (&bytes[..line_end], &rest[1..]);
        }
        at = line_end;
    }
    (bytes, &[])
}

/// Header fields, unfolded, names lower-cased, values raw bytes.
struct Headers<'a> {
    fields: Vec<(String, Cow<'a, [u8]>)>,
}

impl<'a> Headers<'a> {
    fn parse(head: &'a [u8]) -> Self {
        let mut fields: Vec<(String, Cow<'a, [u8]>)> = Vec::new();
        for line in head.split(|&b| b == b'\n') {
            let line = line.strip_suffix(b"\r").unwrap_or(line);
            if line.is_empty() {
                continue;
            }
            if line[0] == b' ' || line[0] == b'\t' {
                if let Some((_, value)) = fields.last_mut() {
                    let value = value.to_mut();
                    value.push(b' ');
                    value.extend_from_slice(trim_ascii_start(line));
                }
                continue;
            }
            let Some(colon) = memchr::memchr(b':', line) else { continue };
            let name = String::from_utf8_lossy(&line[..colon]).trim().to_ascii_lowercase();
            fields.push((name, Cow::Borrowed(trim_ascii_start(&line[colon + 1..]))));
        }
        Headers { fields }
    }

    fn first<'s>(&'s self, name: &'s str) -> Option<&'s [u8]> {
        self.all(name).next()
    }

    fn all<'s>(&'s self, name: &'s str) -> impl Iterator<Item = &'s [u8]> + 's {
        self.fields.iter().filter(move |(n, _)| n == name).map(|(_, v)| v.as_ref())
    }
}

fn trim_ascii_start(bytes: &[u8]) -> &[u8] {
    let start = bytes.iter().position(|b| !b.is_ascii_whitespace()).unwrap_or(bytes.len());
    &bytes[start..]
}

fn latin(bytes: &[u8]) -> Cow<'_, str> {
    String::from_utf8_lossy(bytes)
}

/// The field name as mail writes it (`Reply-To`), so a finding's line reads
/// like the header it came from.
fn display_name(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    let mut upper = true;
    for c in name.chars() {
        out.push(if upper { c.to_ascii_uppercase() } else { c });
        upper = c == '-';
    }
    out
}

/// A Content-Type or Content-Disposition value: the lower-cased type and
/// its parameters (RFC 2045 quoting, RFC 2231 continuations and charsets,
/// and the RFC 2047 words many mailers put in file names anyway).
#[derive(Default)]
struct ContentType {
    mime: String,
    params: Vec<(String, String)>,
}

impl ContentType {
    fn parse(raw: &[u8]) -> ContentType {
        let value = header_text(raw);
        let mut pieces = split_params(&value).into_iter();
        let mime = pieces.next().unwrap_or_default().trim().to_ascii_lowercase();
        // name*0*=…; name*1*=… are joined in order; name*=charset'lang'%xx decoded.
        let mut plain: Vec<(String, String)> = Vec::new();
        let mut continued: Vec<(String, u32, bool, String)> = Vec::new();
        for piece in pieces {
            let Some((key, value)) = piece.split_once('=') else { continue };
            let key = key.trim().to_ascii_lowercase();
            let value = unquote(value.trim());
            let (base, extended) = match key.strip_suffix('*') {
                Some(base) => (base.to_owned(), true),
                None => (key.clone(), false),
            };
            match base.split_once('*') {
                Some((name, index)) => {
                    let index = index.parse().unwrap_or(0);
                    continued.push((name.to_owned(), index, extended, value));
                }
                // A single `name*=charset'lang'%xx` is the first part of one.
                None if extended => continued.push((base, 0, true, value)),
                None => plain.push((base, value)),
            }
        }
        continued.sort_by(|a, b| (a.0.as_str(), a.1).cmp(&(b.0.as_str(), b.1)));
        let mut joined: Vec<(String, Vec<u8>, Option<String>)> = Vec::new();
        for (name, index, extended, value) in continued {
            if joined.last().is_none_or(|(n, _, _)| *n != name) {
                joined.push((name.clone(), Vec::new(), None));
            }
            let Some(last) = joined.last_mut() else { continue };
            if extended {
                let (charset, rest) = if index == 0 { charset_prefix(&value) } else { (None, value.as_str()) };
                if let Some(charset) = charset {
                    last.2 = Some(charset.to_owned());
                }
                last.1.extend(percent_bytes(rest));
            } else {
                last.1.extend_from_slice(value.as_bytes());
            }
        }
        for (name, bytes, charset) in joined {
            let (text, _) = decode_text(&bytes, charset.as_deref());
            plain.retain(|(n, _)| *n != name);
            plain.push((name, text));
        }
        // RFC 2047 inside a parameter is against the rules and everywhere.
        let params = plain.into_iter().map(|(k, v)| (k, decode_words(&v).0)).collect();
        ContentType { mime, params }
    }

    fn param(&self, name: &str) -> Option<String> {
        self.params.iter().find(|(n, _)| n == name).map(|(_, v)| v.clone())
    }
}

/// Splits at `;` outside quotes.
fn split_params(value: &str) -> Vec<String> {
    let mut out = vec![String::new()];
    let mut quoted = false;
    let mut escaped = false;
    for c in value.chars() {
        let Some(current) = out.last_mut() else { break };
        match c {
            _ if escaped => {
                current.push(c);
                escaped = false;
            }
            '\\' if quoted => {
                current.push(c);
                escaped = true;
            }
            '"' => {
                quoted = !quoted;
                current.push(c);
            }
            ';' if !quoted => out.push(String::new()),
            _ => current.push(c),
        }
    }
    out
}

fn unquote(value: &str) -> String {
    match value.strip_prefix('"') {
        Some(inner) => {
            let inner = inner.strip_suffix('"').unwrap_or(inner);
            let mut out = String::with_capacity(inner.len());
            let mut chars = inner.chars();
            while let Some(c) = chars.next() {
                if c == '\\' {
                    if let Some(next) = chars.next() {
                        out.push(next);
                    }
                } else {
                    out.push(c);
                }
            }
            out
        }
        None => value.to_owned(),
    }
}

fn percent_bytes(value: &str) -> Vec<u8> {
    let bytes = value.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            if let Some(b) = bytes.get(i + 1..i + 3).and_then(hex_pair) {
                out.push(b);
                i += 3;
                continue;
            }
        }
        out.push(bytes[i]);
        i += 1;
    }
    out
}

/// The charset of an RFC 2231 value (`charset'language'%xx…`) and the rest;
/// a value written without the prefix is all rest.
fn charset_prefix(value: &str) -> (Option<&str>, &str) {
    let mut parts = value.splitn(3, '\'');
    match (parts.next(), parts.next(), parts.next()) {
        (Some(charset), Some(_language), Some(rest)) => (Some(charset), rest),
        _ => (None, value),
    }
}

/// A header value as text: raw 8-bit or ISO-2022-JP bytes decoded by
/// sniffing (mailers that skip RFC 2047 exist), encoded words left as they are.
fn header_text(raw: &[u8]) -> String {
    if raw.is_ascii() && !raw.contains(&0x1B) {
        return String::from_utf8_lossy(raw).into_owned();
    }
    encoding::decode(raw).text.into_owned()
}

/// A header value decoded for reading: raw bytes and RFC 2047 encoded words.
/// Returns the problem's detail when a charset was unknown or did not fit.
fn decode_header(raw: &[u8]) -> (String, Option<String>) {
    decode_words(&header_text(raw))
}

/// Decodes RFC 2047 encoded words (`=?ISO-2022-JP?B?…?=`); whitespace
/// between two adjacent encoded words is dropped, as the RFC says.
fn decode_words(value: &str) -> (String, Option<String>) {
    let mut out = String::with_capacity(value.len());
    let mut problem = None;
    let mut rest = value;
    let mut last_was_word = false;
    while let Some(start) = rest.find("=?") {
        let (before, from) = rest.split_at(start);
        let Some((word, after)) = encoded_word(from) else {
            out.push_str(before);
            out.push_str("=?");
            rest = &from[2..];
            last_was_word = false;
            continue;
        };
        if !(last_was_word && before.chars().all(char::is_whitespace)) {
            out.push_str(before);
        }
        let (charset, bytes) = word;
        let (text, trouble) = decode_text(&bytes, Some(&charset));
        if let Some((_, detail)) = trouble {
            problem.get_or_insert(format!("a mail header: {detail}"));
        }
        out.push_str(&text);
        rest = after;
        last_was_word = true;
    }
    out.push_str(rest);
    (out, problem)
}

/// One encoded word at the start of `s`: its charset and decoded bytes, and
/// the text after it.
fn encoded_word(s: &str) -> Option<((String, Vec<u8>), &str)> {
    let inner = s.strip_prefix("=?")?;
    let (charset, inner) = inner.split_once('?')?;
    let (method, inner) = inner.split_once('?')?;
    let end = inner.find("?=")?;
    let payload = &inner[..end];
    if payload.contains(char::is_whitespace) || charset.is_empty() {
        return None;
    }
    // RFC 2231 adds a language after '*': ISO-2022-JP*ja.
    let charset = charset.split('*').next().unwrap_or(charset).to_owned();
    let bytes = match method {
        "B" | "b" => base64(payload.as_bytes()).0,
        "Q" | "q" => {
            let underscored: Vec<u8> = payload.bytes().map(|b| if b == b'_' { b' ' } else { b }).collect();
            quoted_printable(&underscored)
        }
        _ => return None,
    };
    Some(((charset, bytes), &inner[end + 2..]))
}

// ------------------------------------------------------------------ bodies

/// Splits a multipart body at its boundary lines. Returns the parts and
/// whether the closing boundary was there.
fn split_multipart<'a>(body: &'a [u8], boundary: &[u8]) -> (Vec<&'a [u8]>, bool) {
    let mut delimiter = b"--".to_vec();
    delimiter.extend_from_slice(boundary);
    let mut parts = Vec::new();
    let mut start: Option<usize> = None;
    let mut at = 0;
    while at <= body.len() {
        let line_end = memchr::memchr(b'\n', &body[at..]).map_or(body.len(), |n| at + n);
        let line = &body[at..line_end];
        let line = line.strip_suffix(b"\r").unwrap_or(line);
        if let Some(after) = line.strip_prefix(delimiter.as_slice()) {
            let closing = after.starts_with(b"--");
            if closing || after.iter().all(u8::is_ascii_whitespace) {
                if let Some(s) = start {
                    // The line break before the boundary belongs to it.
                    let mut end = at;
                    if end > s && body[end - 1] == b'\n' {
                        end -= 1;
                        if end > s && body[end - 1] == b'\r' {
                            end -= 1;
                        }
                    }
                    parts.push(&body[s..end.max(s)]);
                }
                if closing {
                    return (parts, true);
                }
                start = Some((line_end + 1).min(body.len()));
            }
        }
        at = line_end + 1;
    }
    if let Some(s) = start {
        parts.push(&body[s..]);
    }
    (parts, false)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn encoded_words_in_iso_2022_jp_utf8_and_q_are_read() {
        // 「山田太郎」 in ISO-2022-JP, base64.
        let header = "=?ISO-2022-JP?B?GyRCOzNFREJATzobKEI=?= <taro@example.jp>";
        assert_eq!(decode_words(header).0, "山田太郎 <taro@example.jp>");
        assert_eq!(decode_words("=?UTF-8?Q?=E5=B1=B1=E7=94=B0_=E8=8A=B1?=").0, "山田 花");
        // Whitespace between two encoded words goes; around them it stays.
        assert_eq!(decode_words("a =?utf-8?Q?x?= =?utf-8?Q?y?= b").0, "a xy b");
        assert!(decode_words("=?x-klingon?Q?abc?=").1.is_some());
    }

    #[test]
    fn rfc_2231_file_names_are_joined_and_decoded() {
        let ct = ContentType::parse(b"attachment; filename*0*=UTF-8''%E5%90%8D%E7%B0%BF; filename*1*=%2Exlsx; size=10");
        assert_eq!(ct.mime, "attachment");
        assert_eq!(ct.param("filename").as_deref(), Some("名簿.xlsx"));
        let quoted = ContentType::parse(b"text/plain; charset=\"iso-2022-jp\"; name=\"a;b.txt\"");
        assert_eq!(quoted.param("charset").as_deref(), Some("iso-2022-jp"));
        assert_eq!(quoted.param("name").as_deref(), Some("a;b.txt"));
    }

    #[test]
    fn a_multipart_without_its_closing_boundary_is_cut_short() {
        let body = b"pre\r\n--b\r\nA\r\n--b\r\nB\r\n--b--\r\nepilogue";
        let (parts, closed) = split_multipart(body, b"b");
        assert_eq!(parts, vec![&b"A"[..], &b"B"[..]]);
        assert!(closed);
        let (parts, closed) = split_multipart(b"--b\nA\n--b\nB", b"b");
        assert_eq!(parts, vec![&b"A"[..], &b"B"[..]]);
        assert!(!closed);
    }

    #[test]
    fn mail_shapes_are_told_from_text() {
        assert!(looks_like_mail("From: a@example.jp\nTo: b@example.jp\nSubject: x\n\nbody"));
        assert!(looks_like_mail("From MAILER-DAEMON Mon Jan  1 00:00:00 2024\nReturn-Path: <a@b>\nDate: x\n\n"));
        assert!(!looks_like_mail("件名: 会議\n日時: 明日\n\n本文"));
        assert!(!looks_like_mail("Note: one\nTo: do\nThis is prose, not a header"));
    }
}

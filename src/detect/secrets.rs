//! Secrets: private keys, cloud API keys and tokens with known prefixes (the
//! shapes gitleaks documents), and passwords written next to a label
//! (`パスワード：Xy7#kq2`, `PW=...`), the classic "password in the next mail".

use super::{ascii_word_boundary, Hit, Scan};
use crate::{Evidence, Kind};

pub(super) fn private_key(scan: &Scan<'_>, s: usize, e: usize, out: &mut Vec<Hit>) -> Option<usize> {
    let text = scan.text;
    // The finding spans the whole block when its END line is there.
    let end = text[e..].find("-----END ").and_then(|i| text[e + i + 9..].find("-----").map(|j| e + i + 9 + j + 5)).unwrap_or(e);
    out.push(Hit::new(Kind::PrivateKey, text, s, end, 0.99, vec![Evidence::Format]));
    Some(end)
}

pub(super) fn api_key(scan: &Scan<'_>, s: usize, e: usize, out: &mut Vec<Hit>) -> Option<usize> {
    if !ascii_word_boundary(scan.text, s, e) {
        return None;
    }
    out.push(Hit::new(Kind::ApiKey, scan.text, s, e, 0.95, vec![Evidence::Format]));
    Some(e)
}

/// Values that fill a password field in templates and manuals, not passwords.
fn is_placeholder(value: &str) -> bool {
    let lower = value.to_ascii_lowercase();
    let first = value.chars().next();
    value.chars().all(|c| Some(c) == first)
        || matches!(
            lower.as_str(),
            "required" | "optional" | "none" | "null" | "n/a" | "xxxx" | "xxxxxxxx" | "your_password" | "yourpassword"
                | "password" | "secret" | "changeme" | "hidden" | "masked" | "redacted" | "dummy" | "sample" | "example"
        )
        || lower.starts_with("<") && lower.ends_with('>')
        || lower.starts_with("${")
        || lower.starts_with("{{")
}

pub(super) fn password(scan: &Scan<'_>, s: usize, e: usize, out: &mut Vec<Hit>) -> Option<usize> {
    let text = scan.text;
    let m = &text[s..e];
    if s > 0 && text.as_bytes()[s - 1].is_ascii_alphabetic() && m.as_bytes()[0].is_ascii_alphabetic() {
        return None;
    }
    let sep = m.find([':', '=', 'は'])?;
    let sep_len = m[sep..].chars().next().map_or(1, char::len_utf8);
    let label = m[..sep].trim().to_owned();
    let rest = &m[sep + sep_len..];
    let value_start = s + sep + sep_len + (rest.len() - rest.trim_start().len());
    let value = text[value_start..e].trim_end_matches(['.', ',', ')', ']', '」', '"', '\'']);
    if value.len() < 4 || is_placeholder(value) {
        return Some(e);
    }
    out.push(Hit::new(
        Kind::Password,
        text,
        value_start,
        value_start + value.len(),
        0.9,
        vec![Evidence::Label(label)],
    ));
    Some(e)
}

//! Secrets: private keys, cloud API keys and tokens with known prefixes (the
//! shapes gitleaks documents), and passwords written next to a label
//! (`パスワード：Xy7#kq2`, `PW=...`), the classic "password in the next mail".

use super::{ascii_word_boundary, Hit, Scan};
use crate::{Evidence, Kind};

pub(super) fn private_key(scan: &Scan<'_>, s: usize, e: usize, out: &mut Vec<Hit>) -> Option<usize> {
    let text = scan.text;
    // The finding spans the whole block when its END line is there.
    let end = text[e..]
        .find("-----END ")
        .and_then(|i| text[e + i + 9..].find("-----").map(|j| e + i + 9 + j + 5))
        .unwrap_or(e);
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
    let masked = value.chars().filter(|c| matches!(c, '*' | 'x' | 'X' | '●' | '#')).count();
    value.chars().all(|c| Some(c) == first)
        || masked * 2 >= value.chars().count()
        || matches!(
            lower.as_str(),
            "required"
                | "optional"
                | "none"
                | "null"
                | "n/a"
                | "xxxx"
                | "xxxxxxxx"
                | "your_password"
                | "yourpassword"
                | "password"
                | "secret"
                | "changeme"
                | "hidden"
                | "masked"
                | "redacted"
                | "dummy"
                | "sample"
                | "example"
        )
        || lower.starts_with("<") && lower.ends_with('>')
        || lower.starts_with("${")
        || lower.starts_with("{{")
}

/// `password: hunter2!` (an ASCII label, from the regex pass).
pub(super) fn password(scan: &Scan<'_>, s: usize, e: usize, out: &mut Vec<Hit>) -> Option<usize> {
    let text = scan.text;
    if s > 0 && text.as_bytes()[s - 1].is_ascii_alphabetic() {
        return None;
    }
    let m = &text[s..e];
    let sep = m.find([':', '=', 'は'])?;
    let label = m[..sep].trim();
    password_after_label(scan, s + label.len(), label, out).or(Some(e))
}

/// The password after a label ending at `label_end` (`パスワード：Xy7#kq2`).
pub(super) fn password_after_label(
    scan: &Scan<'_>,
    label_end: usize,
    label: &str,
    out: &mut Vec<Hit>,
) -> Option<usize> {
    let text = scan.text;
    let after = text[label_end..].trim_start_matches(' ');
    let after = after.strip_prefix([':', '=']).or_else(|| after.strip_prefix('は'))?;
    let value = after.trim_start_matches(' ');
    let start = text.len() - value.len();
    let len = value.bytes().take(64).take_while(|b| (b'!'..=b'~').contains(b)).count();
    let value = value[..len].trim_end_matches(['.', ',', ')', ']', '"', '\'']);
    let sep = text[label_end..start].trim();
    if value.len() < 4 || is_placeholder(value) || describes_a_format(text, label_end - label.len(), sep, value) {
        return None;
    }
    out.push(Hit::new(Kind::Password, text, start, start + value.len(), 0.9, vec![Evidence::Label(label.to_owned())]));
    Some(start + value.len())
}

/// The password in a URL's user information (`scheme://user:password@host`).
/// Whether a "password" label and what follows describe a format or a
/// program rather than give a password, as manuals do: a field list
/// (`name:password:UID:GID`), a path or a quoted file name (`"/etc/shadow"`),
/// a function (`crypt()`), a `[placeholder]`, and in a sentence (`パスワードは
/// UNIX …`) a plain word: a password written in prose after は is taken only
/// when it mixes letters with digits or symbols.
fn describes_a_format(text: &str, label_start: usize, sep: &str, value: &str) -> bool {
    let field_list = text[..label_start].ends_with(':') || value.contains(':') && sep == ":";
    let path_or_call =
        value.starts_with(['/', '"', '\'', '[', '(', '$', '<']) || value.ends_with('(') || value.contains("()");
    let classes = [
        value.bytes().any(|b| b.is_ascii_lowercase()),
        value.bytes().any(|b| b.is_ascii_uppercase()),
        value.bytes().any(|b| b.is_ascii_digit()),
        value.bytes().any(|b| b.is_ascii_punctuation()),
    ];
    let one_class = classes.iter().filter(|&&c| c).count() < 2;
    let unix_passwd = text[label_start..].get(..6).is_some_and(|l| l.eq_ignore_ascii_case("passwd"));
    field_list || path_or_call || one_class && (sep == "は" || unix_passwd)
}

pub(super) fn url_credentials(scan: &Scan<'_>, s: usize, e: usize, out: &mut Vec<Hit>) -> Option<usize> {
    let text = scan.text;
    let m = &text[s..e];
    let userinfo_start = m.find("://")? + 3;
    let at = m.rfind('@')?;
    let colon = userinfo_start + m[userinfo_start..at].find(':')?;
    let (start, end) = (s + colon + 1, s + at);
    let password = &text[start..end];
    if password.len() < 4 || is_placeholder(password) {
        return Some(e);
    }
    out.push(Hit::new(Kind::Password, text, start, end, 0.9, vec![Evidence::Label("URL".to_owned())]));
    Some(e)
}

/// `AWS_SECRET_ACCESS_KEY=wJalr…`, `client_secret: "…"`: a long value
/// assigned to a name that says it is a secret.
pub(super) fn secret_assignment(scan: &Scan<'_>, s: usize, e: usize, out: &mut Vec<Hit>) -> Option<usize> {
    let text = scan.text;
    if s > 0 && text.as_bytes()[s - 1].is_ascii_alphanumeric() {
        return Some(e);
    }
    let m = &text[s..e];
    let sep = m.find(['=', ':'])?;
    let name = m[..sep].trim();
    let value_start = s + sep + 1 + (m[sep + 1..].len() - m[sep + 1..].trim_start_matches([' ', '"', '\'']).len());
    let value = &text[value_start..e];
    // A value of one character class only (`xxxxxxxx…`, all digits) is a placeholder or an ID.
    let classes = [
        value.bytes().any(|b| b.is_ascii_lowercase()),
        value.bytes().any(|b| b.is_ascii_uppercase()),
        value.bytes().any(|b| b.is_ascii_digit()),
    ];
    if is_placeholder(value) || classes.iter().filter(|&&c| c).count() < 2 {
        return Some(e);
    }
    let kind = if name.to_ascii_lowercase().contains("password") { Kind::Password } else { Kind::ApiKey };
    out.push(Hit::new(kind, text, value_start, e, 0.85, vec![Evidence::Label(name.to_owned())]));
    Some(e)
}

//! Contact data and the people behind it: phone numbers, e-mail addresses,
//! postal codes, addresses, names in prose, and organisation names.
//!
//! Phones follow the Japanese numbering plan: fixed lines are ten digits with
//! the leading 0; mobiles (060/070/080/090) and IP phones (050) eleven; 0120
//! toll-free ten, 0800 eleven; +81 drops the leading 0. Addresses start with
//! one of the 47 prefectures (or a city and ward) and end in block numbers.

use super::identifiers::Digits;
use super::people;
use super::{ascii_word_boundary, Hit, Scan};
use crate::{Evidence, Kind};

/// Confidence that a digit run is a phone number by its shape alone, `Some(0.0)`
/// when it is phone-shaped but too weak to report without a keyword, and
/// `None` when it cannot be a phone number.
pub(super) fn phone_shape(d: &Digits) -> Option<f32> {
    let digits = &d.digits;
    let n = digits.len();
    if !(10..=11).contains(&n) || digits[0] != b'0' || digits[1] == b'0' {
        return None;
    }
    let p3 = &digits[..3];
    let mobile = matches!(p3, b"060" | b"070" | b"080" | b"090" | b"050");
    let free_dial = digits.starts_with(b"0800");
    if n == 11 && !(mobile || free_dial) {
        return None;
    }
    if n == 10 && mobile {
        return None;
    }
    // Groups must look like area code + exchange + subscriber.
    let groups = d.groups.as_slice();
    let formatted = match groups {
        [_] => false,
        [a, b] => (2..=5).contains(a) && *b >= 4 || *a == 6 && *b == 4,
        [a, b, c] => (2..=5).contains(a) && (1..=4).contains(b) && (3..=4).contains(c),
        _ => return None,
    };
    if groups.len() > 1 && !formatted {
        return None;
    }
    Some(match (formatted || d.parens || d.plus81, n == 11) {
        (true, _) => 0.93,
        (false, true) => 0.85,
        (false, false) => 0.0,
    })
}

/// Whether an address follows (a prefecture within a few characters): turns a
/// bare `100-0005` into a postal code.
pub(super) fn followed_by_prefecture(after: &str) -> bool {
    let after = after.trim_start_matches([' ', '\t']);
    let head: String = after.chars().take(4).collect();
    ["北海道", "東京都", "大阪府", "京都府"].iter().any(|p| head.starts_with(p))
        || head.chars().nth(2) == Some('県')
        || head.chars().nth(3) == Some('県')
}

pub(super) fn email(scan: &Scan<'_>, s: usize, e: usize, out: &mut Vec<Hit>) -> Option<usize> {
    let text = scan.text;
    let value = &text[s..e];
    let (_, domain) = value.rsplit_once('@')?;
    let tld = domain.rsplit('.').next()?;
    if tld.len() < 2 || !tld.bytes().all(|b| b.is_ascii_alphabetic()) || domain.contains("..") {
        return None;
    }
    out.push(Hit::new(Kind::Email, text, s, e, 0.99, vec![Evidence::Format]));
    Some(e)
}

pub(super) fn postal_mark(scan: &Scan<'_>, s: usize, e: usize, out: &mut Vec<Hit>) -> Option<usize> {
    if !ascii_word_boundary(scan.text, s, e) {
        return None;
    }
    out.push(Hit::new(Kind::PostalCode, scan.text, s, e, 0.99, vec![Evidence::Label("〒".into())]));
    Some(e)
}

/// Where an address ends: after its last block number (`1-2-3`, `3丁目`, `5番地`, `101号`).
fn address_end(value: &str) -> Option<usize> {
    let mut end = None;
    let mut iter = value.char_indices().peekable();
    while let Some((i, c)) = iter.next() {
        if c.is_ascii_digit() {
            let mut j = i + 1;
            // Take a following unit so `3丁目`, `5番地`, `101号室` stay whole.
            for unit in ["丁目", "番地", "番", "号室", "号", "F", "階"] {
                if value[j..].starts_with(unit) {
                    j += unit.len();
                    break;
                }
            }
            end = Some(j);
        } else if matches!(c, '丁' | '番' | '号') {
            if let Some(next) = iter.peek() {
                end = Some(next.0);
            }
        }
    }
    end.map(|e| {
        // `1-2-3の` → stop before a particle that ends the address in prose.
        e.min(value.len())
    })
}

fn has_municipality(value: &str) -> bool {
    value.chars().skip(2).take(14).any(|c| matches!(c, '市' | '区' | '町' | '村' | '郡'))
}

pub(super) fn address(scan: &Scan<'_>, s: usize, e: usize, out: &mut Vec<Hit>) -> Option<usize> {
    let text = scan.text;
    let value = &text[s..e];
    if !has_municipality(value) {
        return None;
    }
    let in_address_column = scan.header_kind() == Some(Kind::Address);
    let end = match address_end(value) {
        Some(end) => s + end,
        None if in_address_column => e,
        // A prefecture and a city without block numbers is a place, not an address.
        None => return None,
    };
    let evidence = if in_address_column {
        vec![Evidence::Header(scan.ctx.header_text.unwrap_or("住所").to_owned()), Evidence::Format]
    } else {
        vec![Evidence::Format]
    };
    out.push(Hit::new(Kind::Address, text, s, end, 0.95, evidence));
    Some(end)
}

pub(super) fn city_address(scan: &Scan<'_>, s: usize, e: usize, out: &mut Vec<Hit>) -> Option<usize> {
    let text = scan.text;
    if e < text.len() && text.as_bytes()[e].is_ascii_alphanumeric() {
        return None;
    }
    out.push(Hit::new(Kind::Address, text, s, e, 0.85, vec![Evidence::Format]));
    Some(e)
}

/// `株式会社アルファ商事` and `ベータ工業株式会社`: recorded as organisations, not
/// findings. A name with an honorific glued to the end (`…商事山田様`) is split off.
pub(super) fn organisation(scan: &Scan<'_>, s: usize, e: usize, out: &mut Vec<Hit>, orgs: &mut Vec<String>) -> Option<usize> {
    let text = scan.text;
    let value = &text[s..e];
    if let Some(name) = organisation_name(value) {
        orgs.push(name);
    }
    if let Some(h) = people::HONORIFICS.iter().find(|h| value.ends_with(*h)) {
        let before = &value[..value.len() - h.len()];
        if let Some(name) = people::name_before_honorific(before) {
            let start = s + name.start;
            if start > s {
                push_name(text, start, e - h.len(), name.surname, h, out);
                return Some(e);
            }
        }
    }
    Some(e)
}

/// The organisation name in an organisation match, cut before a department
/// or an addressee (`株式会社アルファ商事営業部御中` → `株式会社アルファ商事`).
fn organisation_name(value: &str) -> Option<String> {
    let mut v = value.trim();
    for stop in ["御中", "営業部", "総務部", "人事部", "経理部", "本部", "事業部", "支店", "支社", "様", "殿"] {
        if let Some(i) = v.find(stop) {
            if i > 0 {
                v = &v[..i];
            }
        }
    }
    if let Some(h) = people::HONORIFICS.iter().find(|h| v.ends_with(*h)) {
        let before = &v[..v.len() - h.len()];
        if let Some(name) = people::name_before_honorific(before) {
            v = &v[..name.start];
        }
    }
    let v = v.trim();
    let forms = super::keywords::ORGANISATION_FORMS;
    let bare = forms.iter().fold(v.to_owned(), |acc, f| acc.replace(f, ""));
    if bare.trim().chars().count() < 2 {
        return None;
    }
    Some(v.to_owned())
}

fn push_name(text: &str, start: usize, end: usize, surname: &str, honorific: &str, out: &mut Vec<Hit>) {
    let value = text[start..end].trim_end();
    let end = start + value.len();
    let conf = if value.chars().count() > surname.chars().count() { 0.92 } else { 0.85 };
    out.push(Hit::new(
        Kind::PersonName,
        text,
        start,
        end,
        conf,
        vec![Evidence::Dictionary(surname.to_owned()), Evidence::Label(honorific.to_owned())],
    ));
}

/// `山田太郎様`, `田中部長`: a dictionary surname before an honorific or title.
pub(super) fn honorific(scan: &Scan<'_>, s: usize, e: usize, out: &mut Vec<Hit>) -> Option<usize> {
    let text = scan.text;
    let value = &text[s..e];
    let h = people::HONORIFICS.iter().filter(|h| value.ends_with(*h)).max_by_key(|h| h.len())?;
    // 氏名 is a label, not 氏 the honorific.
    if *h == "氏" && text[e..].starts_with('名') {
        return None;
    }
    let before = &value[..value.len() - h.len()];
    let name = people::name_before_honorific(before)?;
    push_name(text, s + name.start, s + before.len(), name.surname, h, out);
    Some(e)
}

/// `氏名：山田 太郎`, `Name: Taro Yamada`.
pub(super) fn name_label(scan: &Scan<'_>, s: usize, e: usize, out: &mut Vec<Hit>) -> Option<usize> {
    let text = scan.text;
    let m = &text[s..e];
    let sep = m.find([':', 'は', ' '])?;
    let label = m[..sep].trim().to_owned();
    let sep_len = m[sep..].chars().next().map_or(1, char::len_utf8);
    let rest = &m[sep + sep_len..];
    let value_start = s + sep + sep_len + (rest.len() - rest.trim_start().len());
    let value = text[value_start..e].trim_end();
    if value.is_empty() {
        return None;
    }
    let next = text[e..].chars().next();
    let followed_by_kana = next.is_some_and(|c| ('\u{3041}'..='\u{309F}').contains(&c));
    let surname = people::starts_with_surname(value);
    let latin = value.is_ascii();
    let explicit = m[sep..].starts_with(':');
    if !(surname.is_some() || latin && explicit || explicit && !followed_by_kana && value.chars().count() >= 2) {
        return None;
    }
    let mut evidence = vec![Evidence::Label(label)];
    if let Some(sn) = surname {
        evidence.push(Evidence::Dictionary(sn.to_owned()));
    }
    let conf = if surname.is_some() { 0.95 } else { 0.85 };
    out.push(Hit::new(Kind::PersonName, text, value_start, value_start + value.len(), conf, evidence));
    Some(e)
}

//! Contact data and the people behind it: phone numbers, e-mail addresses,
//! postal codes, addresses, names in prose, and organisation names.
//!
//! Phones follow the Japanese numbering plan: fixed lines are ten digits with
//! the leading 0; mobiles (060/070/080/090) and IP phones (050) eleven; 0120
//! toll-free ten, 0800 eleven; +81 drops the leading 0. Addresses start with
//! one of the 47 prefectures (or a city and ward) and end in block numbers.

use super::digits::Digits;
use super::people;
use super::{Hit, Scan};
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
    // Written in groups, the first is the area code (or the 0A0 of a mobile):
    // only 03, 04 and 06 are two digits, and mobiles and IP phones are 0A0
    // (`0501-1136285` in a manual's sample table is neither).
    if groups.len() > 1 && !d.plus81 {
        let area = groups[0];
        if area == 2 && !matches!(digits[1], b'3' | b'4' | b'6') || mobile && area != 3 {
            return None;
        }
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
    super::PREFECTURES.iter().any(|p| after.starts_with(p))
}

/// Last labels that are no top-level domain but a manual's placeholder
/// (`user@hostname.dom`, `foo@your.mail.address`, `bar@some.where`): the
/// address belongs to no one. (The reserved `example.*` domains stay
/// reported: test data and samples sent around use them for real-looking
/// records.)
const PLACEHOLDER_TLDS: &[&str] =
    &["dom", "domain", "ext", "tld", "where", "ever", "address", "machine", "account", "localdomain", "invalid"];

/// Local parts of addresses that reach a role or a list, not a person
/// (`info@`, `support@`, `bug-bash@gnu.org`, `debian-user@lists.debian.org`).
const ROLE_LOCAL_PARTS: &[&str] = &[
    "info",
    "information",
    "support",
    "help",
    "helpdesk",
    "admin",
    "root",
    "postmaster",
    "hostmaster",
    "webmaster",
    "abuse",
    "security",
    "noreply",
    "no-reply",
    "donotreply",
    "do-not-reply",
    "mailer-daemon",
    "nobody",
    "bugs",
    "submit",
    "majordomo",
    "listserv",
    "sales",
    "contact",
    "inquiry",
    "press",
    "office",
];
const ROLE_PREFIXES: &[&str] = &["bug-", "bugs-", "owner-", "debian-"];
const ROLE_SUFFIXES: &[&str] =
    &["-bugs", "-request", "-devel", "-users", "-user", "-announce", "-help", "-discuss", "-owner"];

fn role_address(local: &str, domain: &str) -> bool {
    static SET: std::sync::OnceLock<std::collections::HashSet<&'static str>> = std::sync::OnceLock::new();
    let roles = SET.get_or_init(|| ROLE_LOCAL_PARTS.iter().copied().collect());
    // Asked for every address: lower-cased on the stack, looked up once, and
    // the prefixes and suffixes only when there is a hyphen to join them.
    let mut buf = [0u8; 16];
    if let Some(lower) = buf.get_mut(..local.len()) {
        lower.copy_from_slice(local.as_bytes());
        lower.make_ascii_lowercase();
        if std::str::from_utf8(lower).is_ok_and(|l| roles.contains(l)) {
            return true;
        }
    }
    let starts = |s: &str, p: &str| s.get(..p.len()).is_some_and(|h| h.eq_ignore_ascii_case(p));
    let ends =
        |s: &str, p: &str| s.len() >= p.len() && s.get(s.len() - p.len()..).is_some_and(|t| t.eq_ignore_ascii_case(p));
    local.contains('-')
        && (ROLE_PREFIXES.iter().any(|p| starts(local, p)) || ROLE_SUFFIXES.iter().any(|p| ends(local, p)))
        || starts(domain, "lists.")
        || starts(domain, "bugs.")
}

pub(super) fn email(scan: &Scan<'_>, s: usize, e: usize, out: &mut Vec<Hit>) -> Option<usize> {
    let text = scan.text;
    let value = &text[s..e];
    let (_, domain) = value.rsplit_once('@')?;
    let tld = domain.rsplit('.').next()?;
    if tld.len() < 2 || !tld.bytes().all(|b| b.is_ascii_alphabetic()) || domain.contains("..") {
        // Resume after it: a later start inside the same run fails the same way.
        return Some(e);
    }
    let (local, _) = value.rsplit_once('@')?;
    if PLACEHOLDER_TLDS.iter().any(|t| tld.eq_ignore_ascii_case(t)) || role_address(local, domain) {
        return Some(e);
    }
    out.push(Hit::new(Kind::Email, text, s, e, 0.99, vec![Evidence::Format]));
    Some(e)
}

/// Kanji numerals, as block numbers are often written (`三丁目十二番五号`).
const KANJI_DIGITS: &str = "〇一二三四五六七八九十百千";

/// The block-number unit at the start of `rest`, if any. `番町` (`一番町`) is
/// a town name, not a lot number.
fn block_unit(rest: &str, after_ascii: bool) -> Option<&'static str> {
    let units: &[&'static str] = if after_ascii {
        &["丁目", "番地", "番", "号室", "号", "F", "階"]
    } else {
        &["丁目", "番地", "番", "号室", "号", "階"]
    };
    let unit = units.iter().find(|u| rest.starts_with(**u))?;
    (*unit != "番" || !rest[unit.len()..].starts_with('町')).then_some(*unit)
}

/// Where an address ends: after its last block number (`1-2-3`, `3丁目`,
/// `5番地`, `101号`, `三丁目十二番五号`).
fn address_end(value: &str) -> Option<usize> {
    let mut end = None;
    let mut i = 0;
    while let Some(c) = value[i..].chars().next() {
        if c.is_ascii_digit() {
            let mut j = i + 1;
            // Take a following unit so `3丁目`, `5番地`, `101号室` stay whole.
            if let Some(unit) = block_unit(&value[j..], true) {
                j += unit.len();
            }
            end = Some(j);
            i = j;
        } else if KANJI_DIGITS.contains(c) {
            // A kanji numeral is a block number only with its unit: `三田`, `九段` are towns.
            let run: usize = value[i..].chars().take_while(|&c| KANJI_DIGITS.contains(c)).map(char::len_utf8).sum();
            i += run;
            if let Some(unit) = block_unit(&value[i..], false) {
                i += unit.len();
                end = Some(i);
            }
        } else {
            i += c.len_utf8();
        }
    }
    end
}

/// Whether `rest` starts with a block number in kanji (`五丁目`, `十番地`).
fn kanji_block_at(rest: &str) -> bool {
    let digits = rest.trim_start_matches(|c: char| KANJI_DIGITS.contains(c));
    digits.len() < rest.len() && block_unit(digits, false).is_some()
}

/// Whether a town name carries a block number in kanji (`梅田一丁目`, `北一条西十番地`).
fn has_kanji_block(town: &str) -> bool {
    town.char_indices().any(|(i, _)| kanji_block_at(&town[i..]))
}

fn has_municipality(value: &str) -> bool {
    value.chars().skip(2).take(14).any(|c| matches!(c, '市' | '区' | '町' | '村' | '郡'))
}

/// Characters an address runs through before a delimiter (a space ends it:
/// the building name after it is not needed to recognise the address).
fn address_char(c: char) -> bool {
    !c.is_whitespace() && !matches!(c, ',' | '、' | '。' | '(' | ')' | '「' | '」' | '<' | '>' | '"' | '\'' | ';' | ':')
}

/// Whether the words before an address's first block number read like a
/// sentence (`愛知県豊田市の工場では2-3交代制`) rather than a town name.
fn sentence_before_block(value: &str) -> bool {
    let first_block = value.char_indices().find(|&(i, c)| c.is_ascii_digit() || kanji_block_at(&value[i..]));
    let head = first_block.map_or(value, |(i, _)| &value[..i]);
    ["では", "には", "は", "を", "で", "に", "へ", "と", "も", "や", "から", "より"].iter().any(|p| head.contains(p))
}

/// Where an address starting at `start` can end at most: the next delimiter,
/// or 60 characters on.
fn address_span_end(text: &str, start: usize) -> usize {
    text[start..]
        .char_indices()
        .take(60)
        .take_while(|&(_, c)| address_char(c))
        .last()
        .map_or(start, |(i, c)| start + i + c.len_utf8())
}

/// An address that starts with a prefecture (`s` is where the prefecture starts).
pub(super) fn address(scan: &Scan<'_>, s: usize, out: &mut Vec<Hit>) -> Option<usize> {
    let text = scan.text;
    let span_end = address_span_end(text, s);
    let value = &text[s..span_end];
    if !has_municipality(value) || sentence_before_block(value) {
        return None;
    }
    let in_address_column = scan.header_kind() == Some(Kind::Address);
    let end = match address_end(value) {
        Some(end) => s + end,
        None if in_address_column => span_end,
        // A prefecture and a city without block numbers is a place, not an address.
        None => return None,
    };
    let evidence = if in_address_column {
        let header = scan.ctx.header_text.cloned().unwrap_or_else(|| "住所".into());
        vec![Evidence::Header(header), Evidence::Format]
    } else {
        vec![Evidence::Format]
    };
    out.push(Hit::new(Kind::Address, text, s, end, 0.95, evidence));
    Some(end)
}

fn city_char(c: char) -> bool {
    matches!(c, '\u{4E00}'..='\u{9FFF}' | '々' | 'ヶ' | 'ケ')
}

fn town_char(c: char) -> bool {
    city_char(c) || matches!(c, '\u{3041}'..='\u{309F}' | '\u{30A1}'..='\u{30FA}' | 'ー')
}

/// An address without its prefecture (`横浜市中区山下町1-2`): a city, ward or
/// district name ending in the anchor at `s..e`, a town name, and block numbers.
pub(super) fn municipality_address(scan: &Scan<'_>, s: usize, e: usize, out: &mut Vec<Hit>) -> Option<usize> {
    let text = scan.text;
    let city: Vec<(usize, char)> = text[..s].char_indices().rev().take_while(|&(_, c)| city_char(c)).take(6).collect();
    let start = city.last()?.0;
    // The town name, then a block number right after it.
    let mut pos = e;
    for (i, c) in text[e..].char_indices().take(13) {
        if !town_char(c) {
            pos = e + i;
            break;
        }
        pos = e + i + c.len_utf8();
    }
    let rest = &text[pos..];
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    let ascii_block = digits > 0 && ["丁目", "番地", "番", "-"].iter().any(|u| rest[digits..].starts_with(u));
    // `梅田一丁目`: the town run took a block number written in kanji.
    let town = &text[e..pos];
    let kanji_block = town.chars().all(city_char) && has_kanji_block(town);
    if !ascii_block && !kanji_block {
        return None;
    }
    let span_end = address_span_end(text, start);
    if sentence_before_block(&text[start..span_end]) {
        return None;
    }
    let end = start + address_end(&text[start..span_end])?;
    if end < text.len() && text.as_bytes()[end].is_ascii_alphanumeric() {
        return None;
    }
    out.push(Hit::new(Kind::Address, text, start, end, 0.85, vec![Evidence::Format]));
    Some(end)
}

fn org_char(c: char) -> bool {
    matches!(c, '\u{4E00}'..='\u{9FFF}' | '々' | 'ヶ' | '\u{30A1}'..='\u{30FA}' | 'ー' | '・' | '&')
        || c.is_ascii_alphanumeric()
}

/// `株式会社アルファ商事` and `ベータ工業株式会社`, around the legal form at `s..e`:
/// recorded as organisations (whose data this is), not as findings.
pub(super) fn organisation(scan: &Scan<'_>, s: usize, e: usize, orgs: &mut Vec<String>) -> Option<usize> {
    let text = scan.text;
    let after = text[e..].strip_prefix(' ').unwrap_or(&text[e..]);
    let after_start = text.len() - after.len();
    let forward: usize = after.chars().take(30).take_while(|&c| org_char(c)).map(char::len_utf8).sum();
    // `株式会社アルファ商事` names after the form; `ベータ工業株式会社 御中`
    // before it (what follows is an addressee, not a name).
    let forward_name = (forward > 0).then(|| organisation_name(&text[s..after_start + forward])).flatten();
    let name = forward_name.or_else(|| {
        let backward: usize = text[..s].chars().rev().take(30).take_while(|&c| org_char(c)).map(char::len_utf8).sum();
        (backward > 0).then(|| organisation_name(&text[s - backward..e])).flatten()
    });
    if let Some(name) = name {
        orgs.push(name);
    }
    None
}

/// The organisation name in an organisation match, cut before a department
/// or an addressee (`株式会社アルファ商事営業部御中` → `株式会社アルファ商事`).
fn organisation_name(value: &str) -> Option<String> {
    let mut v = value.trim();
    for stop in ["御中", "営業部", "総務部", "人事部", "経理部", "本部", "事業部", "支店", "支社", "様", "殿"]
    {
        if let Some(i) = v.find(stop) {
            if i > 0 {
                v = &v[..i];
            }
        }
    }
    if let Some(h) = people::HONORIFICS.iter().find(|h| v.ends_with(*h)) {
        let before = &v[..v.len() - h.len()];
        if let Some(name) = people::name_before_honorific(before, false) {
            v = &v[..name.start];
        }
    }
    let v = v.trim();
    let bare = super::keywords::ORGANISATION_FORMS.iter().fold(v.to_owned(), |acc, f| acc.replace(f, ""));
    if bare.trim().chars().count() < 2 {
        return None;
    }
    Some(v.to_owned())
}

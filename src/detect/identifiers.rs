//! Numbers that identify a person or an account: My Number, corporate number,
//! payment cards, bank accounts, passports, driver's licences, residence cards,
//! pension and health-insurance numbers, employee and member IDs, and the
//! phone numbers and dates that the same digit runs can be.
//!
//! A digit run is read by its shape (length, grouping, prefix), its check digit
//! where one exists, and the nearest keyword or the column header. A check digit
//! alone is weak evidence for My Number (about one random 12-digit number in ten
//! passes, and so do dates followed by a sequence number: `202610160001`), so
//! without context it is reported with low confidence, and not at all next to a
//! business keyword (`注文番号`).

use super::checkdigit;
use super::digits::{read_digits, Digits};
use super::keywords::Hint;
use super::{ascii_word_boundary, contact, dates, Hit, Scan};
use crate::{Evidence, Kind};

/// Whether the first eight digits are a plausible yyyymmdd date: such numbers
/// are order or file numbers (`202610160001`), not My Numbers.
fn date_prefixed(digits: &[u8]) -> bool {
    digits.len() >= 8 && std::str::from_utf8(&digits[..8]).ok().and_then(dates::parse).is_some_and(|d| d.year >= 1990)
}

pub(super) fn number(scan: &Scan<'_>, s: usize, e: usize, out: &mut Vec<Hit>) -> Option<usize> {
    let text = scan.text;
    let raw = &text[s..e];
    let prev = text[..s].chars().next_back();
    // `T` + 13 digits is an invoice registration number (a corporate number).
    let invoice = prev == Some('T') && raw.len() == 13 && raw.bytes().all(|b| b.is_ascii_digit());
    let (s, e) = trim_parens(raw, s, e);
    // Rejections resume after the run, not one character in: a megabyte of
    // digits must not be re-searched from every position.
    let run_end = e;
    if s >= e || !invoice && !ascii_word_boundary(text, s, e) {
        return Some(run_end);
    }
    // The tail of a code such as `A-10234` or `AB-1234-567`: part of an ID or a part number.
    let b = text.as_bytes();
    if s >= 2 && b[s - 1] == b'-' && b[s - 2].is_ascii_alphabetic() {
        return Some(e);
    }
    // Glued to a decimal point or a thousands separator: a quantity, not an identifier.
    let before = &text.as_bytes()[..s];
    let glued_before = before.len() >= 2
        && matches!(before[before.len() - 1], b'.' | b',')
        && before[before.len() - 2].is_ascii_digit();
    if text[e..].starts_with(['.', ',']) && text[e + 1..].starts_with(|c: char| c.is_ascii_digit())
        || glued_before
        || text[..s].ends_with(['¥', '$', '#', '￥'])
    {
        return Some(run_end);
    }
    let raw = &text[s..e];
    let d = read_digits(raw);
    let n = d.digits.len();
    if n < 3 {
        return Some(run_end);
    }
    if invoice {
        if checkdigit::corporate_number(&d.digits) {
            out.push(Hit::new(
                Kind::CorporateNumber,
                text,
                s - 1,
                e,
                0.97,
                vec![Evidence::Format, Evidence::CheckDigit],
            ));
        }
        return Some(e);
    }
    let hint = scan.hint(s, e);
    let (hint_kind, mut evidence) = match &hint {
        Some((Hint::Context(Kind::HealthInsurance), Evidence::Keyword(w))) if !insurance_context(scan, s, e, w) => {
            (None, Vec::new())
        }
        Some((Hint::Context(k), ev)) => (Some(*k), vec![ev.clone()]),
        Some((Hint::Negative, _)) => return Some(e),
        None => (None, Vec::new()),
    };
    let from_header = matches!(evidence.first(), Some(Evidence::Header(_)));
    let push = |out: &mut Vec<Hit>, kind: Kind, conf: f32, ev: Vec<Evidence>| {
        out.push(Hit::new(kind, text, s, e, conf, ev));
        Some(e)
    };
    if let Some(kind) = hint_kind {
        if let Some(conf) = by_context(kind, &d, from_header) {
            if matches!(kind, Kind::MyNumber | Kind::CorporateNumber | Kind::CreditCard) && conf > 0.9 {
                evidence.push(Evidence::CheckDigit);
            }
            return push(out, kind, conf, evidence);
        }
        if kind == Kind::BirthDate {
            // A compact yyyymmdd after a birth keyword.
            if n == 8 && d.groups.len() == 1 && dates::parse(raw).is_some() {
                return push(out, Kind::BirthDate, 0.9, evidence);
            }
        }
    }
    // By shape alone.
    if d.groups.as_slice() == [1, 4, 4, 4] && checkdigit::corporate_number(&d.digits) {
        // Nothing else is written 1-4-4-4, and the check digit must fit.
        return push(out, Kind::CorporateNumber, 0.85, vec![Evidence::Format, Evidence::CheckDigit]);
    }
    if let Some(conf) = contact::phone_shape(&d) {
        let conf = if hint_kind == Some(Kind::Phone) { 0.97 } else { conf };
        if conf > 0.0 {
            evidence.push(Evidence::Format);
            return push(out, Kind::Phone, conf, evidence);
        }
    }
    if n == 12
        && checkdigit::my_number(&d.digits)
        && !date_prefixed(&d.digits)
        && matches!(d.groups.as_slice(), [12] | [4, 4, 4])
        && bare_my_number_plausible(scan, s, e, &d)
    {
        let conf = if d.groups.len() == 3 { 0.7 } else { 0.6 };
        return push(out, Kind::MyNumber, conf, vec![Evidence::CheckDigit]);
    }
    if (14..=19).contains(&n)
        && checkdigit::luhn(&d.digits)
        && checkdigit::card_issuer(&d.digits).is_some()
        && !(n == 13 && checkdigit::ean13(&d.digits))
    {
        let grouped = d.groups.len() >= 3 && d.groups.iter().all(|&g| (4..=6).contains(&g));
        let conf = if grouped || d.groups.len() == 1 { 0.9 } else { 0.75 };
        return push(out, Kind::CreditCard, conf, vec![Evidence::CheckDigit, Evidence::Format]);
    }
    if n == 7 && d.groups.as_slice() == [3, 4] && contact::followed_by_prefecture(&text[e..]) {
        return push(out, Kind::PostalCode, 0.9, vec![Evidence::Format]);
    }
    Some(e)
}

/// Counters and units after a number: an amount or a count (`3000円`,
/// `12名`), not a card's number.
const COUNTERS: &str = "円件名人時分秒日月年回枚個歳%割倍点万千百台";

/// Whether the keyword that made a number a health-insurance number is
/// enough. A health-insurance number has no shape of its own, so it must
/// stand right after its keyword (`保険証番号 12345678`) or after 記号/番号
/// (`保険証（記号 31 番号 1052）`), not anywhere in the next sentences
/// (`保険証をお持ちください。…診察料は3000円`, `…内線 4321 まで`). 記号
/// alone is any "symbol" in technical prose (`記号 2 個`), so it counts only
/// with 保険 earlier on the same line or the one before.
fn insurance_context(scan: &Scan<'_>, s: usize, e: usize, keyword: &str) -> bool {
    let text = scan.text;
    if text[e..].starts_with(|c: char| COUNTERS.contains(c)) {
        return false;
    }
    let lo = super::ceil_char_boundary(text, s.saturating_sub(super::HINT_BEFORE));
    let window = &text[lo..s];
    // The keyword as written (ASCII keywords match in any case).
    let found = if keyword.is_ascii() { window.to_ascii_lowercase().rfind(keyword) } else { window.rfind(keyword) };
    let Some(at) = found else { return false };
    let gap = &window[at + keyword.len()..];
    let tail = gap.trim_end_matches([' ', ':', '(', '=', '.']);
    let close = gap.chars().count() <= 8 && !gap.contains(['。', '\n']);
    if !close && !["記号", "番号", "No", "no", "枝番"].iter().any(|w| tail.ends_with(w)) {
        return false;
    }
    if keyword != "記号" {
        return true;
    }
    // From the start of the line before this one.
    let from = match window.rfind('\n') {
        Some(i) => window[..i].rfind('\n').map_or(0, |j| j + 1),
        None => 0,
    };
    window[from..].contains("保険")
}

/// Words that, right before a check-digit-valid twelve-digit number with no
/// My Number keyword, still make it read as one (`番号 1234 5678 9018`).
const NUMBER_WORDS: &[&str] = &["番号", "ナンバー", "No.", "no.", "NO."];

/// Words of a dependant's line on the forms that collect a family's My Numbers
/// (扶養控除等申告書 and the mails that pass them on).
const DEPENDANT_WORDS: &[&str] = &["扶養", "配偶者", "長男", "長女", "次男", "次女", "三男", "三女", "続柄"];

/// Whether a twelve-digit run that passes the My Number check digit, with no
/// My Number keyword or header, may still be reported (at low confidence).
/// One random twelve-digit number in ten passes the check, so in running
/// text it takes the word 番号 (of this number, not 電話番号) shortly before
/// it; URLs, log fields (`id=…`, `/orders/…`), amounts (`…円`) and
/// zero-padded fixed-width records (`000012345674`) are never one. In a table cell it takes a My
/// Number header (then [`by_context`] reports it): under another header, or
/// none the detector can read (`管理コード`), it is that column's serial or
/// code. A whole column of check-digit-valid numbers would be evidence the
/// column logic could weigh (one random number in ten passes); one cell is not.
fn bare_my_number_plausible(scan: &Scan<'_>, s: usize, e: usize, d: &Digits) -> bool {
    let text = scan.text;
    if d.digits.starts_with(b"000") {
        return false;
    }
    // Glued to a path, a query or a key=value field, or followed by a unit.
    let before = text[..s].chars().next_back();
    let after = text[e..].chars().next();
    // `id:123…`, `host:8080` are fields; `妻：1709…` (a label in Japanese) is not.
    let ascii_field = text[..s].strip_suffix(':').is_some_and(|t| t.ends_with(|c: char| c.is_ascii_alphanumeric()));
    if ascii_field
        || before.is_some_and(|c| matches!(c, '/' | '=' | '?' | '&' | '_' | '#' | '%' | '.' | '@'))
        || after.is_some_and(|c| matches!(c, '/' | '_' | '円' | '%' | '@' | '.' | '=' | '&'))
    {
        return false;
    }
    if scan.ctx.in_cell || scan.ctx.header.is_some() {
        return false;
    }
    // A dependant written with the relation (「扶養家族：加藤 美咲（長女） 1234…」,
    // 「配偶者 加藤 由紀子 1234…」): the forms that list a family's My
    // Numbers, one person a line.
    let line_start = text[..s].rfind('\n').map_or(0, |i| i + 1);
    if DEPENDANT_WORDS.iter().any(|w| text[line_start..s].contains(w)) {
        return true;
    }
    let lo = super::ceil_char_boundary(text, s.saturating_sub(BARE_MY_NUMBER_WINDOW));
    let window = &text[lo..s];
    NUMBER_WORDS.iter().any(|w| {
        window.match_indices(w).any(|(i, _)| {
            // 番号 of another number (電話番号, 会員番号) is not this one's.
            let before = &window[..i];
            before.chars().next_back().is_none_or(|c| !c.is_alphanumeric() || c.is_ascii())
                || ["個人", "共通", "マイ"].iter().any(|p| before.ends_with(p))
        })
    })
}

/// How far before a bare twelve-digit number (bytes, ~100 Japanese
/// characters, a few short lines) the word 番号 may stand: a mail that says
/// it sends マイナンバー and lists them on the next lines (`妻：1709…`).
const BARE_MY_NUMBER_WINDOW: usize = 300;

fn trim_parens(raw: &str, s: usize, e: usize) -> (usize, usize) {
    let opens = raw.matches('(').count();
    let closes = raw.matches(')').count();
    let mut s = s;
    let mut e = e;
    if raw.starts_with('(') && opens > closes {
        s += 1;
    }
    if raw.ends_with(')') && closes > opens {
        e -= 1;
    }
    (s, e)
}

/// Confidence that a digit run is `kind` when a keyword or header says so,
/// or `None` when its shape rules that out.
fn by_context(kind: Kind, d: &Digits, from_header: bool) -> Option<f32> {
    let n = d.digits.len();
    let digits = &d.digits;
    match kind {
        Kind::MyNumber if n == 12 => {
            if checkdigit::my_number(digits) {
                Some(0.99)
            } else if from_header {
                // Under a 個人番号 header a mistyped number is still a My Number column.
                Some(0.7)
            } else {
                None
            }
        }
        // The check digit of the resident registry code is set by a ministry
        // notice (平成14年総務省告示第436号) whose formula could not be checked
        // against a published example, so like Microsoft Purview the eleven
        // digits count only with a keyword or header (and then all of them).
        Kind::ResidentRegistryCode if n == 11 => Some(0.95),
        Kind::DriversLicense if n == 12 => Some(0.93),
        Kind::CorporateNumber if n == 13 && checkdigit::corporate_number(digits) => Some(0.99),
        // ISO/IEC 7812 numbers run from 12 to 19 digits (Maestro issues 12):
        // next to a card keyword or under a card header, a Luhn-valid number
        // is a card even when its check digit also fits a My Number. Twelve
        // digits that fail Luhn under a card header are more likely a point
        // or member card's number than a mistyped payment card.
        Kind::CreditCard if (12..=19).contains(&n) && checkdigit::luhn(digits) => Some(0.99),
        Kind::CreditCard if (13..=19).contains(&n) && from_header => Some(0.7),
        Kind::BankAccount if (6..=8).contains(&n) => Some(0.9),
        Kind::BankAccount if matches!(d.groups.as_slice(), [4, 3, 7] | [3, 7] | [4, 3, 1, 7]) => Some(0.9),
        Kind::PensionNumber if n == 10 && matches!(d.groups.as_slice(), [4, 6] | [10]) => Some(0.95),
        Kind::HealthInsurance if (1..=10).contains(&n) && contact::phone_shape(d).is_none() => Some(0.85),
        Kind::EmployeeId if (3..=12).contains(&n) && contact::phone_shape(d).is_none() => Some(0.85),
        Kind::Phone if from_header => phone_under_header(d).then_some(0.97),
        Kind::Phone => contact::phone_shape(d).map(|_| 0.97),
        Kind::PostalCode if n == 7 && matches!(d.groups.as_slice(), [3, 4] | [7]) => Some(0.97),
        _ => None,
    }
}

/// Whether a digit run under a phone header is a phone number. Phone columns
/// are typed by people and by programs: Excel drops the leading 0 of a number
/// typed into a numeric cell (`9012345678`), and some write their own groups
/// (`0901 2345 678`, `090-12-345678`). The header says what the column is, so
/// the grouping does not matter and nine or ten digits without the trunk 0
/// are a number that lost it; the digits must still fit the numbering plan.
fn phone_under_header(d: &Digits) -> bool {
    if contact::phone_shape(d).is_some() {
        return true;
    }
    let mut digits = d.digits.clone();
    if digits.first() != Some(&b'0') && (9..=10).contains(&digits.len()) {
        digits.insert(0, b'0');
    }
    let n = digits.len();
    let whole = Digits { digits, groups: vec![n], plus81: false, parens: false };
    contact::phone_shape(&whole).is_some()
}

/// `[A-Z]{2}[0-9]{7}` (passport) and `[A-Z]{2}[0-9]{8}[A-Z]{2}` (residence card).
pub(super) fn alnum_id(scan: &Scan<'_>, s: usize, e: usize, out: &mut Vec<Hit>) -> Option<usize> {
    if !ascii_word_boundary(scan.text, s, e) {
        return None;
    }
    let hint = scan.hint(s, e);
    let residence = scan.text[s..e].bytes().filter(u8::is_ascii_alphanumeric).count() == 12;
    let (kind, conf, evidence) = match (&hint, residence) {
        (Some((Hint::Negative, _)), _) => return Some(e),
        (Some((Hint::Context(Kind::ResidenceCard), ev)), true) => {
            (Kind::ResidenceCard, 0.97, vec![ev.clone(), Evidence::Format])
        }
        (_, true) => (Kind::ResidenceCard, 0.8, vec![Evidence::Format]),
        (Some((Hint::Context(Kind::Passport), ev)), false) => {
            (Kind::Passport, 0.95, vec![ev.clone(), Evidence::Format])
        }
        (Some((Hint::Context(Kind::EmployeeId), ev)), false) => (Kind::EmployeeId, 0.85, vec![ev.clone()]),
        _ => return Some(e),
    };
    out.push(Hit::new(kind, scan.text, s, e, conf, evidence));
    Some(e)
}

/// `社員番号: A-1234` and the like: after an ID label, a short code with a
/// letter in it is an ID (all-digit IDs come through [`number`] with the label
/// as context).
pub(super) fn id_label(scan: &Scan<'_>, label_end: usize, label: &str, out: &mut Vec<Hit>) -> Option<usize> {
    let text = scan.text;
    let after = text[label_end..].trim_start_matches(' ');
    let after = after.strip_prefix([':', '=']).or_else(|| after.strip_prefix('は')).unwrap_or(after);
    let value = after.trim_start_matches(' ');
    let start = text.len() - value.len();
    let len = value.bytes().take(20).take_while(|b| b.is_ascii_alphanumeric() || *b == b'-').count();
    let code = value[..len].trim_end_matches('-');
    if code.len() < 3 || !code.bytes().any(|b| b.is_ascii_alphabetic()) || !code.bytes().any(|b| b.is_ascii_digit()) {
        return None;
    }
    let end = start + code.len();
    if end < text.len() && text.as_bytes()[end].is_ascii_alphanumeric() {
        return None;
    }
    out.push(Hit::new(Kind::EmployeeId, text, start, end, 0.9, vec![Evidence::Label(label.to_owned())]));
    Some(end)
}

/// A date starting with an era name (`昭和58年4月12日`, `平成元年5月1日`).
pub(super) fn era_date(scan: &Scan<'_>, s: usize, era_end: usize, out: &mut Vec<Hit>) -> Option<usize> {
    let text = scan.text;
    let tail: usize = text[era_end..]
        .chars()
        .take(16)
        .take_while(|&c| c.is_ascii_digit() || "元年月日/.- 〇一二三四五六七八九十".contains(c))
        .map(char::len_utf8)
        .sum();
    let mut e = era_end + tail;
    while text[..e].ends_with([' ', '/', '.', '-']) {
        e -= 1;
    }
    birth_date(scan, s, e, out)
}

/// A date: a birth date when a keyword or the header says so.
pub(super) fn date(scan: &Scan<'_>, s: usize, e: usize, out: &mut Vec<Hit>) -> Option<usize> {
    if !ascii_word_boundary(scan.text, s, e) {
        return None;
    }
    birth_date(scan, s, e, out)
}

fn birth_date(scan: &Scan<'_>, s: usize, e: usize, out: &mut Vec<Hit>) -> Option<usize> {
    let text = scan.text;
    dates::parse(&text[s..e])?;
    // A range (`4月1日〜4月30日`) is a period, not someone's birthday.
    if text[..s].ends_with(['〜', '~']) || text[e..].starts_with(['〜', '~']) {
        return Some(e);
    }
    // `1990年1月1日生` (a résumé's way of writing it), but not `…日生産分`.
    let after = text[e..].trim_start_matches(' ');
    let mut next = after.chars();
    if next.next() == Some('生') && next.next().is_none_or(|c| !('\u{4E00}'..='\u{9FFF}').contains(&c)) {
        out.push(Hit::new(Kind::BirthDate, text, s, e, 0.95, vec![Evidence::Label("生".into())]));
        return Some(e);
    }
    match scan.hint(s, e) {
        Some((Hint::Context(Kind::BirthDate), ev)) => {
            out.push(Hit::new(Kind::BirthDate, text, s, e, 0.95, vec![ev]));
        }
        _ if scan.header_kind() == Some(Kind::BirthDate) => {
            let header = scan.ctx.header_text.cloned().unwrap_or_else(|| "".into());
            out.push(Hit::new(Kind::BirthDate, text, s, e, 0.95, vec![Evidence::Header(header)]));
        }
        _ => {}
    }
    Some(e)
}

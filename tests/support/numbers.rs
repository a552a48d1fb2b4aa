//! Numbers that turn up next to people in office files, generated from the
//! public formats (`/work/shared/detectors.md`): My Numbers, corporate
//! numbers, JAN codes and cards with valid check digits, passports, licences,
//! residence cards, pension and insurance numbers, staff and member IDs, bank
//! accounts, passwords, API tokens and keys.
#![allow(dead_code)]

use super::people::{full_width, Rng};

/// My Number check digit of the first 11 digits (detectors.md).
pub fn my_number_check(first11: &[u8]) -> u8 {
    let mut sum = 0u32;
    for n in 1..=11usize {
        let p = first11[11 - n] as u32;
        let q = if n <= 6 { n as u32 + 1 } else { n as u32 - 5 };
        sum += p * q;
    }
    let r = sum % 11;
    if r <= 1 {
        0
    } else {
        (11 - r) as u8
    }
}

pub fn digits_of(s: &str) -> Vec<u8> {
    s.bytes().filter(u8::is_ascii_digit).map(|b| b - b'0').collect()
}

pub fn is_my_number(s: &str) -> bool {
    let d = digits_of(s);
    d.len() == 12 && my_number_check(&d[..11]) == d[11]
}

/// A valid 12-digit My Number.
pub fn my_number(rng: &mut Rng) -> String {
    let body = digits_of(&rng.digits(11));
    let check = my_number_check(&body);
    body.iter().chain(std::iter::once(&check)).map(|d| char::from(b'0' + d)).collect()
}

/// A My Number as people type it.
pub fn my_number_styled(rng: &mut Rng, n: &str) -> String {
    let (a, b, c) = (&n[..4], &n[4..8], &n[8..]);
    match rng.below(7) {
        0 | 1 => n.to_owned(),
        2 => format!("{a} {b} {c}"),
        3 => format!("{a}-{b}-{c}"),
        4 => full_width(n),
        5 => full_width(&format!("{a} {b} {c}")),
        _ => format!("{a}.{b}.{c}"),
    }
}

/// Corporate number check digit of the 12-digit base (detectors.md).
pub fn corporate_check(base12: &[u8]) -> u8 {
    let mut sum = 0u32;
    for n in 1..=12usize {
        let p = base12[12 - n] as u32;
        sum += p * if n % 2 == 1 { 1 } else { 2 };
    }
    (9 - sum % 9) as u8
}

pub fn is_corporate_number(s: &str) -> bool {
    let d = digits_of(s);
    d.len() == 13 && corporate_check(&d[1..]) == d[0]
}

pub fn corporate_number(rng: &mut Rng) -> String {
    // Registry office code (4), kind (2), serial (6), as the tax agency assigns them.
    let base = format!(
        "{}{:02}{}",
        rng.pick(&["0100", "0104", "0110", "1180", "1200", "2700", "4000", "0111"]),
        rng.range(1, 3),
        rng.digits(6)
    );
    let check = corporate_check(&digits_of(&base));
    format!("{check}{base}")
}

/// EAN-13 (JAN) check digit of the first 12 digits.
pub fn ean13_check(first12: &[u8]) -> u8 {
    let sum: u32 = first12.iter().enumerate().map(|(i, &d)| d as u32 * if i % 2 == 0 { 1 } else { 3 }).sum();
    ((10 - sum % 10) % 10) as u8
}

/// A JAN code (45/49 prefix, valid EAN-13).
pub fn jan_code(rng: &mut Rng) -> String {
    let body = format!("{}{}", rng.pick(&["45", "49"]), rng.digits(10));
    let check = ean13_check(&digits_of(&body));
    format!("{body}{check}")
}

pub fn luhn_valid(s: &str) -> bool {
    let d = digits_of(s);
    let sum: u32 = d
        .iter()
        .rev()
        .enumerate()
        .map(|(i, &x)| {
            let x = x as u32;
            if i % 2 == 1 {
                let y = x * 2;
                if y > 9 {
                    y - 9
                } else {
                    y
                }
            } else {
                x
            }
        })
        .sum();
    sum % 10 == 0
}

fn luhn_complete(prefix: &str, len: usize, rng: &mut Rng) -> String {
    let partial = format!("{prefix}{}", rng.digits(len - prefix.len() - 1));
    (0..10).map(|c| format!("{partial}{c}")).find(|s| luhn_valid(s)).unwrap_or(partial)
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CardBrand {
    Visa,
    Master,
    Jcb,
    Amex,
}

/// A Luhn-valid card number of a real issuer range.
pub fn card_number(rng: &mut Rng, brand: CardBrand) -> String {
    match brand {
        CardBrand::Visa => luhn_complete("4", 16, rng),
        CardBrand::Master => {
            let p = if rng.chance(0.8) { format!("5{}", rng.range(1, 5)) } else { rng.range(2221, 2720).to_string() };
            luhn_complete(&p, 16, rng)
        }
        CardBrand::Jcb => luhn_complete(&rng.range(3528, 3589).to_string(), 16, rng),
        CardBrand::Amex => {
            let p = *rng.pick(&["34", "37"]);
            luhn_complete(p, 15, rng)
        }
    }
}

pub fn random_card(rng: &mut Rng) -> String {
    let brand = *rng.pick(&[
        CardBrand::Visa,
        CardBrand::Visa,
        CardBrand::Master,
        CardBrand::Jcb,
        CardBrand::Jcb,
        CardBrand::Amex,
    ]);
    card_number(rng, brand)
}

/// A card number grouped the way it is printed (Amex 4-6-5, others 4-4-4-4) or not.
pub fn card_styled(rng: &mut Rng, n: &str) -> String {
    let groups: Vec<&str> =
        if n.len() == 15 { vec![&n[..4], &n[4..10], &n[10..]] } else { vec![&n[..4], &n[4..8], &n[8..12], &n[12..]] };
    match rng.below(6) {
        0 | 1 => n.to_owned(),
        2 => groups.join(" "),
        3 => groups.join("-"),
        4 => full_width(&groups.join("-")),
        _ => full_width(n),
    }
}

/// Japanese passport: 2 letters and 7 digits.
pub fn passport(rng: &mut Rng) -> String {
    format!("{}{}", rng.pick(&["TK", "TR", "TZ", "MZ", "MU", "TH", "TS", "RE"]), rng.digits(7))
}

/// Foreign passports in the same shape (2 letters + 7 digits) or 1 letter + 8.
pub fn foreign_passport(rng: &mut Rng) -> String {
    if rng.chance(0.6) {
        format!("{}{}", rng.upper(2), rng.digits(7))
    } else {
        format!("{}{}", rng.upper(1), rng.digits(8))
    }
}

/// Driver's licence: 12 digits, starting with the issuing commission's code.
pub fn drivers_license(rng: &mut Rng) -> String {
    let commission = rng.pick(&["10", "20", "30", "45", "46", "50", "54", "62", "63", "71", "80", "90", "97"]);
    format!("{commission}{}{}{}", rng.digits(2), rng.digits(7), rng.range(0, 2))
}

/// Residence card: 2 letters, 8 digits, 2 letters.
pub fn residence_card(rng: &mut Rng) -> String {
    format!("{}{}{}", rng.upper(2), rng.digits(8), rng.upper(2))
}

/// Basic pension number 4-6.
pub fn pension_number(rng: &mut Rng) -> String {
    format!("{}{}-{}", rng.range(1, 9), rng.digits(3), rng.digits(6))
}

/// A pension number in one of the ways people write it.
pub fn pension_any(rng: &mut Rng) -> String {
    let n = pension_number(rng);
    pension_styled(rng, &n)
}

pub fn pension_styled(rng: &mut Rng, n: &str) -> String {
    match rng.below(4) {
        0 | 1 => n.to_owned(),
        2 => n.replace('-', ""),
        _ => n.replace('-', " "),
    }
}

/// Health insurance card 記号・番号 in one cell, in the ways exports write it.
pub fn insurance_symbol_number(rng: &mut Rng) -> String {
    let symbol = rng.digits_between(4, 8);
    let number = rng.range(1, 9999).to_string();
    match rng.below(4) {
        0 => format!("{symbol}・{number}"),
        1 => format!("{symbol}-{number}"),
        2 => format!("記号{symbol} 番号{number}"),
        _ => format!("{symbol} {number}"),
    }
}

pub fn employee_id(rng: &mut Rng) -> String {
    match rng.below(4) {
        0 => format!("E{}", rng.digits(6)),
        1 => format!("{:08}", rng.range(1, 300000)),
        2 => format!("K-{}-{}", rng.range(2005, 2024), rng.digits(4)),
        _ => format!("S{}", rng.digits(5)),
    }
}

pub fn member_id(rng: &mut Rng) -> String {
    match rng.below(3) {
        0 => format!("M{}", rng.digits(8)),
        1 => format!("1{}", rng.digits(9)),
        _ => format!("MB-{}-{}", rng.digits(4), rng.digits(4)),
    }
}

/// (bank name, 4-digit bank code).
#[rustfmt::skip]
pub const BANKS: &[(&str, &str, &str)] = &[
    ("みずほ銀行", "0001", "ﾐｽﾞﾎ"), ("三菱UFJ銀行", "0005", "ﾐﾂﾋﾞｼﾕ-ｴﾌｼﾞｴｲ"), ("三井住友銀行", "0009", "ﾐﾂｲｽﾐﾄﾓ"),
    ("りそな銀行", "0010", "ﾘｿﾅ"), ("PayPay銀行", "0033", "ﾍﾟｲﾍﾟｲ"), ("楽天銀行", "0036", "ﾗｸﾃﾝ"),
    ("横浜銀行", "0138", "ﾖｺﾊﾏ"), ("北海道銀行", "0116", "ﾎﾂｶｲﾄﾞｳ"), ("福岡銀行", "0177", "ﾌｸｵｶ"),
    ("静岡銀行", "0149", "ｼｽﾞｵｶ"),
];

#[rustfmt::skip]
pub const BRANCHES: &[(&str, &str)] = &[
    ("本店", "ﾎﾝﾃﾝ"), ("渋谷支店", "ｼﾌﾞﾔ"), ("新宿支店", "ｼﾝｼﾞﾕｸ"), ("梅田支店", "ｳﾒﾀﾞ"),
    ("横浜駅前支店", "ﾖｺﾊﾏｴｷﾏｴ"), ("札幌支店", "ｻﾂﾎﾟﾛ"), ("名古屋支店", "ﾅｺﾞﾔ"), ("博多支店", "ﾊｶﾀ"),
    ("藤沢支店", "ﾌｼﾞｻﾜ"),
];

pub fn account_number(rng: &mut Rng) -> String {
    rng.digits(7)
}

// ---------------------------------------------------------------- secrets

const ALNUM: &str = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
const B64: &str = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

pub fn password(rng: &mut Rng) -> String {
    match rng.below(5) {
        0 => format!("{}{}!", rng.pick(&["Sakura", "Haru", "Yama", "Tokyo", "Natsu"]), rng.range(1980, 2025)),
        1 => rng.chars_of("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789#$%&", 10),
        2 => format!("{}{}", rng.chars_of("abcdefghijkmnopqrstuvwxyz", 6), rng.digits(4)),
        3 => format!("P@ss{}w0rd", rng.digits(2)),
        _ => rng.chars_of(ALNUM, 12),
    }
}

/// An AWS access key id (AKIA + 16 upper-case letters and digits).
pub fn aws_access_key(rng: &mut Rng) -> String {
    format!("AKIA{}", rng.chars_of("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16))
}

pub fn aws_secret_key(rng: &mut Rng) -> String {
    rng.chars_of(&format!("{ALNUM}/+"), 40)
}

pub fn github_token(rng: &mut Rng) -> String {
    format!("ghp_{}", rng.chars_of(ALNUM, 36))
}

pub fn slack_token(rng: &mut Rng) -> String {
    format!("xoxb-{}-{}-{}", rng.digits(11), rng.digits(13), rng.chars_of(ALNUM, 24))
}

/// A PEM private key block (random body), one line per element.
pub fn pem_private_key(rng: &mut Rng) -> Vec<String> {
    let kind = *rng.pick(&["RSA PRIVATE KEY", "PRIVATE KEY", "EC PRIVATE KEY", "OPENSSH PRIVATE KEY"]);
    let mut lines = vec![format!("-----BEGIN {kind}-----")];
    for _ in 0..rng.range(6, 12) {
        lines.push(rng.chars_of(B64, 64));
    }
    lines.push(format!("{}==", rng.chars_of(B64, 18)));
    lines.push(format!("-----END {kind}-----"));
    lines
}

pub fn pem_public_key(rng: &mut Rng) -> Vec<String> {
    let mut lines = vec!["-----BEGIN PUBLIC KEY-----".to_owned()];
    for _ in 0..5 {
        lines.push(rng.chars_of(B64, 64));
    }
    lines.push(format!("{}==", rng.chars_of(B64, 10)));
    lines.push("-----END PUBLIC KEY-----".to_owned());
    lines
}

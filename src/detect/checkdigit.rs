//! Check-digit algorithms of the identifiers that have one. Each takes the
//! identifier's digits only (separators already removed).

/// My Number (個人番号, 12 digits): the last digit checks the first eleven.
/// Weights run from the right: n+1 for n ≤ 6, n−5 for n ≥ 7 (行政手続における特定の
/// 個人を識別するための番号の利用等に関する法律施行令 第8条).
pub fn my_number(digits: &[u8]) -> bool {
    if digits.len() != 12 || !digits.iter().all(u8::is_ascii_digit) {
        return false;
    }
    let mut sum = 0u32;
    for n in 1..=11usize {
        let p = u32::from(digits[11 - n] - b'0');
        let q = if n <= 6 { n + 1 } else { n - 5 } as u32;
        sum += p * q;
    }
    let r = sum % 11;
    let check = if r <= 1 { 0 } else { 11 - r };
    u32::from(digits[11] - b'0') == check
}

/// Corporate number (法人番号, 13 digits): the first digit checks the other twelve,
/// weights 1 and 2 alternating from the right, check = 9 − (Σ mod 9).
pub fn corporate_number(digits: &[u8]) -> bool {
    if digits.len() != 13 || !digits.iter().all(u8::is_ascii_digit) {
        return false;
    }
    let mut sum = 0u32;
    for n in 1..=12usize {
        let p = u32::from(digits[13 - n] - b'0');
        sum += if n % 2 == 1 { p } else { p * 2 };
    }
    u32::from(digits[0] - b'0') == 9 - (sum % 9)
}

/// Luhn (ISO/IEC 7812), used by payment cards.
pub fn luhn(digits: &[u8]) -> bool {
    if digits.len() < 2 || !digits.iter().all(u8::is_ascii_digit) {
        return false;
    }
    let mut sum = 0u32;
    for (i, &d) in digits.iter().rev().enumerate() {
        let mut v = u32::from(d - b'0');
        if i % 2 == 1 {
            v *= 2;
            if v > 9 {
                v -= 9;
            }
        }
        sum += v;
    }
    sum % 10 == 0
}

/// EAN-13 / JAN product code check (weights 1,3 from the left).
pub fn ean13(digits: &[u8]) -> bool {
    if digits.len() != 13 || !digits.iter().all(u8::is_ascii_digit) {
        return false;
    }
    let sum: u32 =
        digits[..12].iter().enumerate().map(|(i, &d)| u32::from(d - b'0') * if i % 2 == 0 { 1 } else { 3 }).sum();
    (10 - sum % 10) % 10 == u32::from(digits[12] - b'0')
}

/// Payment-card issuer prefixes with their lengths: a Luhn-valid number that
/// no issuer uses is more likely a reference number.
pub fn card_issuer(digits: &[u8]) -> Option<&'static str> {
    let len = digits.len();
    let prefix = |n: usize| -> u32 { digits[..n.min(len)].iter().fold(0u32, |acc, &d| acc * 10 + u32::from(d - b'0')) };
    if len < 13 {
        return None;
    }
    let p2 = prefix(2);
    let p4 = prefix(4);
    let p6 = prefix(6);
    match () {
        _ if (3528..=3589).contains(&p4) && (16..=19).contains(&len) => Some("JCB"),
        _ if digits[0] == b'4' && matches!(len, 13 | 16 | 19) => Some("Visa"),
        _ if ((51..=55).contains(&p2) || (222100..=272099).contains(&p6)) && len == 16 => Some("Mastercard"),
        _ if matches!(p2, 34 | 37) && len == 15 => Some("American Express"),
        _ if (p2 == 36 || (300..=305).contains(&prefix(3)) || p2 == 38 || p2 == 39) && (14..=19).contains(&len) => {
            Some("Diners Club")
        }
        _ if (p4 == 6011 || p2 == 65 || (644..=649).contains(&prefix(3))) && (16..=19).contains(&len) => {
            Some("Discover")
        }
        _ if p2 == 62 && (16..=19).contains(&len) => Some("UnionPay"),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn my_number_examples() {
        assert!(my_number(b"123456789018"));
        assert!(my_number(b"621498320257"));
        assert!(!my_number(b"123456789019"));
        assert!(!my_number(b"621498320258"));
        assert!(!my_number(b"12345678901"));
    }

    #[test]
    fn corporate_number_examples() {
        assert!(corporate_number(b"5835678256246"));
        assert!(corporate_number(b"1180301018771"));
        assert!(!corporate_number(b"2835678256246"));
    }

    #[test]
    fn luhn_and_issuers() {
        assert!(luhn(b"4111111111111111"));
        assert!(!luhn(b"4111111111111112"));
        assert!(luhn(b"3530111333300000"));
        assert_eq!(card_issuer(b"3530111333300000"), Some("JCB"));
        assert_eq!(card_issuer(b"4111111111111111"), Some("Visa"));
        assert_eq!(card_issuer(b"1234567812345670"), None);
    }

    #[test]
    fn jan_codes() {
        assert!(ean13(b"4901234567894"));
        assert!(!ean13(b"4901234567895"));
    }
}

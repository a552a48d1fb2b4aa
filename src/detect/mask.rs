//! Masking: what a warning may show of a value. Enough to recognise it
//! (the last digits of a number, the domain of an address, the first
//! character of a name), never enough to reuse it.

use crate::{Kind, Masking};

const MASK: char = '*';

/// Keeps the last `keep` digits and the separators, masks the other digits.
fn mask_digits_keep_last(value: &str, keep: usize) -> String {
    let total = value.chars().filter(char::is_ascii_digit).count();
    let mut seen = 0;
    value
        .chars()
        .map(|c| {
            if c.is_ascii_digit() {
                seen += 1;
                if seen + keep > total {
                    c
                } else {
                    MASK
                }
            } else if c.is_alphanumeric() {
                MASK
            } else {
                c
            }
        })
        .collect()
}

/// First character kept, the rest masked (spaces kept so names stay readable).
fn mask_keep_first(value: &str) -> String {
    value.chars().enumerate().map(|(i, c)| if i == 0 || c.is_whitespace() { c } else { MASK }).collect()
}

fn mask_all(value: &str) -> String {
    let n = value.chars().count().clamp(4, 12);
    std::iter::repeat_n(MASK, n).collect()
}

fn mask_email(value: &str) -> String {
    match value.rsplit_once('@') {
        Some((local, domain)) => {
            let first: String = local.chars().take(1).collect();
            format!("{first}***@{domain}")
        }
        None => mask_all(value),
    }
}

/// Keeps the prefecture and municipality, masks the block and building.
fn mask_address(value: &str) -> String {
    let cut = value
        .char_indices()
        .find(|&(_, c)| c.is_ascii_digit() || matches!(c, '丁' | '番' | '号'))
        .map_or(value.len(), |(i, _)| i);
    let head: String = value[..cut].chars().take(12).collect();
    format!("{head}****")
}

fn mask_date(value: &str) -> String {
    // Keep the year (or era year), mask month and day.
    let mut out = String::with_capacity(value.len());
    let mut groups = 0;
    let mut in_digits = false;
    for c in value.chars() {
        if c.is_ascii_digit() {
            if !in_digits {
                groups += 1;
                in_digits = true;
            }
            out.push(if groups >= 2 { MASK } else { c });
        } else {
            in_digits = false;
            out.push(c);
        }
    }
    if groups == 1 && value.len() == 8 {
        // 19900710 → 1990****
        return value.chars().enumerate().map(|(i, c)| if i < 4 { c } else { MASK }).collect();
    }
    out
}

fn mask_secret(value: &str) -> String {
    let prefix: String = value.chars().take(4).collect();
    if value.chars().count() > 12 {
        format!("{prefix}********")
    } else {
        "********".to_owned()
    }
}

/// The masked form of a value of the given kind (as its row in the kinds
/// table says: `Kind::masking`).
pub fn mask(kind: Kind, value: &str) -> String {
    let value = value.trim();
    match kind.masking() {
        Masking::Number => mask_digits_keep_last(value, 4.min(value.len() / 3)),
        Masking::Phone => mask_digits_keep_last(value, 4),
        Masking::Postal => mask_digits_keep_last(value, 3),
        Masking::Shown => value.to_owned(),
        Masking::Email => mask_email(value),
        Masking::Address => mask_address(value),
        Masking::FirstCharacter => mask_keep_first(value),
        Masking::Date => mask_date(value),
        Masking::Hidden => mask_all(value),
        Masking::Secret => mask_secret(value),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn masks_keep_little() {
        assert_eq!(mask(Kind::MyNumber, "1234-5678-9018"), "****-****-9018");
        assert_eq!(mask(Kind::Phone, "090-1234-5678"), "***-****-5678");
        assert_eq!(mask(Kind::Email, "taro.yamada@example.co.jp"), "t***@example.co.jp");
        assert_eq!(mask(Kind::PersonName, "山田 太郎"), "山* **");
        assert_eq!(mask(Kind::Address, "東京都千代田区丸の内1-2-3"), "東京都千代田区丸の内****");
        assert_eq!(mask(Kind::BirthDate, "1990/07/10"), "1990/**/**");
        assert_eq!(mask(Kind::BirthDate, "昭和28年1月9日"), "昭和28年*月*日");
        assert_eq!(mask(Kind::Password, "hunter2!"), "********");
    }
}

//! Dates as Japanese documents write them: `1990/07/10`, `1990-07-10`,
//! `1990年7月10日`, `19900710`, era dates `昭和28年1月9日`, `S28.1.9`, `平成元年`,
//! `R2/4/1`, and Excel serial numbers in cells. A date is only a *birth* date
//! with a header or keyword; this module just reads dates.

use crate::calendar::Date;

/// First Gregorian year of each era (year 1 of the era).
fn era_start(era: &str) -> Option<u16> {
    Some(match era {
        "明治" | "M" | "m" => 1868,
        "大正" | "T" | "t" => 1912,
        "昭和" | "S" | "s" => 1926,
        "平成" | "H" | "h" => 1989,
        "令和" | "R" | "r" => 2019,
        _ => return None,
    })
}

/// The value of a kanji numeral (`五十二` → 52, `十` → 10, `二〇` → 20), if `s` is one.
fn kanji_number(s: &str) -> Option<u32> {
    const DIGITS: &str = "〇一二三四五六七八九";
    let mut total = 0u32;
    let mut current = 0u32;
    let mut any = false;
    for c in s.chars() {
        any = true;
        if let Some(d) = DIGITS.chars().position(|k| k == c) {
            current = current * 10 + d as u32;
        } else if c == '十' {
            total += current.max(1) * 10;
            current = 0;
        } else {
            return None;
        }
    }
    any.then_some(total + current)
}

/// Kanji numerals in a date written out (`昭和五十二年三月十日`) as digits.
fn kanji_numerals_to_digits(t: &str) -> std::borrow::Cow<'_, str> {
    if !t.contains(['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十']) {
        return std::borrow::Cow::Borrowed(t);
    }
    let mut out = String::with_capacity(t.len());
    let mut run = String::new();
    for c in t.chars() {
        if "〇一二三四五六七八九十".contains(c) {
            run.push(c);
            continue;
        }
        if !run.is_empty() {
            match kanji_number(&run) {
                Some(n) => out.push_str(&n.to_string()),
                None => out.push_str(&run),
            }
            run.clear();
        }
        out.push(c);
    }
    if let Some(n) = kanji_number(&run) {
        out.push_str(&n.to_string());
    }
    std::borrow::Cow::Owned(out)
}

const MONTHS: [&str; 12] = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

/// `Feb 14, 1993`, `14 February 1993`.
fn parse_english(t: &str) -> Option<Date> {
    let words: Vec<&str> = t.split([' ', ',', '.']).filter(|w| !w.is_empty()).collect();
    let month = words.iter().find_map(|w| {
        let lower = w.to_ascii_lowercase();
        MONTHS.iter().position(|m| lower.starts_with(m)).map(|i| i as u8 + 1)
    })?;
    let numbers: Vec<u32> = words.iter().filter_map(|w| w.parse().ok()).collect();
    let year = *numbers.iter().find(|&&n| n >= 1868)?;
    let day = *numbers.iter().find(|&&n| (1..=31).contains(&n))?;
    Date::new(u16::try_from(year).ok()?, month, u8::try_from(day).ok()?)
}

/// Parses one date written in any of the supported ways (folded text).
pub fn parse(text: &str) -> Option<Date> {
    let t = text.trim().trim_end_matches(['生', 'ま', 'れ']).trim();
    if t.bytes().filter(u8::is_ascii_alphabetic).count() >= 3 {
        return parse_english(t);
    }
    let t = kanji_numerals_to_digits(t);
    let t = t.as_ref();
    // Era prefix: 昭和 / S / s, then a year number or 元.
    let (era_base, rest) = split_era(t);
    let mut nums: Vec<u32> = Vec::with_capacity(3);
    let mut current: Option<u32> = None;
    let mut rest_iter = rest.chars().peekable();
    if rest.starts_with('元') {
        nums.push(1);
        rest_iter.next();
    }
    for c in rest_iter {
        if let Some(d) = c.to_digit(10) {
            current = Some(current.unwrap_or(0).saturating_mul(10).saturating_add(d));
        } else {
            if let Some(n) = current.take() {
                nums.push(n);
            }
            if !matches!(c, '年' | '月' | '日' | '/' | '-' | '.' | ' ') {
                return None;
            }
        }
    }
    if let Some(n) = current {
        nums.push(n);
    }
    let (y, m, d) = match nums.as_slice() {
        [ymd] if era_base.is_none() && (19_000_101..=21_001_231).contains(ymd) => {
            (ymd / 10000, ymd / 100 % 100, ymd % 100)
        }
        // Day first (`14/02/1993`), as written outside Japan; month first when ambiguous.
        [a, b, y] if era_base.is_none() && *y >= 1868 && *a <= 31 && *b <= 31 => {
            if *a > 12 {
                (*y, *b, *a)
            } else {
                (*y, *a, *b)
            }
        }
        [y, m, d] => (*y, *m, *d),
        _ => return None,
    };
    let year = match era_base {
        Some(base) => {
            if !(1..=64).contains(&y) {
                return None;
            }
            u32::from(base) + y - 1
        }
        None if (1868..=2100).contains(&y) => y,
        None => return None,
    };
    Date::new(u16::try_from(year).ok()?, u8::try_from(m).ok()?, u8::try_from(d).ok()?)
}

fn split_era(t: &str) -> (Option<u16>, &str) {
    for era in ["明治", "大正", "昭和", "平成", "令和"] {
        if let Some(rest) = t.strip_prefix(era) {
            return (era_start(era), rest.trim_start());
        }
    }
    let mut chars = t.chars();
    if let Some(c) = chars.next() {
        if c.is_ascii_alphabetic() {
            let rest = chars.as_str();
            if rest.starts_with(|d: char| d.is_ascii_digit() || d == '元') {
                return (era_start(&t[..1]), rest);
            }
        }
    }
    (None, t)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ymd(y: u16, m: u8, d: u8) -> Option<Date> {
        Date::new(y, m, d)
    }

    #[test]
    fn western_dates() {
        assert_eq!(parse("1990/07/10"), ymd(1990, 7, 10));
        assert_eq!(parse("1990-7-10"), ymd(1990, 7, 10));
        assert_eq!(parse("1990年7月10日"), ymd(1990, 7, 10));
        assert_eq!(parse("1990年 7月 10日生まれ"), ymd(1990, 7, 10));
        assert_eq!(parse("19900710"), ymd(1990, 7, 10));
        assert_eq!(parse("1990/02/30"), None);
        assert_eq!(parse("14/02/1993"), ymd(1993, 2, 14));
        assert_eq!(parse("Feb 14, 1993"), ymd(1993, 2, 14));
        assert_eq!(parse("14 February 1993"), ymd(1993, 2, 14));
    }

    #[test]
    fn era_dates() {
        assert_eq!(parse("昭和28年1月9日"), ymd(1953, 1, 9));
        assert_eq!(parse("S28.1.9"), ymd(1953, 1, 9));
        assert_eq!(parse("平成元年4月1日"), ymd(1989, 4, 1));
        assert_eq!(parse("令和2年4月1日"), ymd(2020, 4, 1));
        assert_eq!(parse("H2/3/4"), ymd(1990, 3, 4));
        assert_eq!(parse("昭和五十二年三月十日"), ymd(1977, 3, 10));
        assert_eq!(parse("平成元年十二月二十四日"), ymd(1989, 12, 24));
    }

    #[test]
    fn excel_serials() {
        assert_eq!(Date::from_excel_serial(33064.0), ymd(1990, 7, 10));
        assert_eq!(Date::from_excel_serial(1.0), ymd(1900, 1, 1).or(None));
        assert_eq!(Date::from_excel_serial(45658.0), ymd(2025, 1, 1));
    }
}

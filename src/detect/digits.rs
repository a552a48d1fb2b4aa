//! A digit run as it is written (`090-1234-5678`, `+81(0)3 1234 5678`): its
//! digits and the sizes of its groups, which identifiers and phone numbers are
//! both read from. Kept apart so that `contact` and `identifiers` do not import
//! each other.

/// A digit run as written: its digits and the sizes of its groups.
pub(super) struct Digits {
    pub digits: Vec<u8>,
    pub groups: Vec<usize>,
    pub plus81: bool,
    pub parens: bool,
}

pub(super) fn read_digits(raw: &str) -> Digits {
    let mut digits = Vec::with_capacity(raw.len());
    let mut groups = Vec::new();
    let mut run = 0;
    let (plus81, body) = match raw.strip_prefix("+81") {
        // `+81(0)90-…`: the bracketed trunk 0 is not dialled from abroad.
        Some(rest) => (true, rest.trim_start_matches([' ', '-']).strip_prefix("(0)").unwrap_or(rest)),
        None => (false, raw),
    };
    for &b in body.as_bytes() {
        if b.is_ascii_digit() {
            digits.push(b);
            run += 1;
        } else if run > 0 {
            groups.push(run);
            run = 0;
        }
    }
    if run > 0 {
        groups.push(run);
    }
    if plus81 {
        digits.insert(0, b'0');
        if let Some(first) = groups.first_mut() {
            *first += 1;
        }
    }
    Digits { digits, groups, plus81, parens: body.contains('(') }
}

//! Lookalike domains: a recipient domain that is not one the sender knows but
//! is one slip away from it — a typo (`gmai.com`, `alpha-shouji.co.jp`), a
//! swapped or doubled letter, a homoglyph (`rn` for `m`, Cyrillic `а` for
//! Latin `a`, possibly hidden in punycode `xn--`), or the same name under
//! another suffix (`presend.com` for `presend.co.jp`).

use super::domain::{registrable, split_label};

/// Why a domain looks like a known one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Likeness {
    /// Same letters after mapping homoglyphs (`rn`→`m`, Cyrillic → Latin).
    Homoglyph,
    /// Same name, another suffix (`.com` for `.co.jp`).
    OtherSuffix,
    /// One or two edits away (typo, swapped, doubled or missing letter).
    Typo(usize),
    /// The known domain or its name as a sub-domain of another domain
    /// (`alpha-shoji.co.jp.mail-secure.net`, `alpha-shoji.gw-mail.com`).
    Embedded,
}

/// The known domain that `domain` carries in its sub-domain labels while
/// being registered elsewhere: the whole known domain, or its distinctive
/// label when that is long enough to be a name (5+ characters). `known` must
/// already exclude domains the recipient is legitimately within.
pub fn embedded<'a>(domain: &str, known: impl IntoIterator<Item = &'a str>) -> Option<(&'a str, Likeness)> {
    let domain = domain.to_lowercase();
    let reg = registrable(&domain);
    let sub = domain.strip_suffix(reg)?.trim_end_matches('.');
    if sub.is_empty() {
        return None;
    }
    let labels: Vec<&str> = sub.split('.').collect();
    let dotted = format!(".{sub}.");
    known.into_iter().find_map(|k| {
        let known_reg = registrable(k);
        if known_reg.eq_ignore_ascii_case(reg) {
            return None;
        }
        let (name, _) = split_label(known_reg);
        let whole = dotted.contains(&format!(".{}.", known_reg.to_lowercase()));
        let label = name.chars().count() >= 5 && labels.iter().any(|l| l.eq_ignore_ascii_case(name));
        (whole || label).then_some((k, Likeness::Embedded))
    })
}

/// The closest known domain `domain` imitates, if any. `known` must already
/// exclude domains the recipient is legitimately within.
pub fn closest<'a>(domain: &str, known: impl IntoIterator<Item = &'a str>) -> Option<(&'a str, Likeness)> {
    let unicode = decode_domain(domain);
    let reg = registrable(&unicode);
    let (label, suffix) = split_label(reg);
    let skeleton = skeleton(reg);
    let mut best: Option<(&'a str, Likeness, usize)> = None;
    for known in known {
        let known_reg = registrable(known);
        if known_reg.eq_ignore_ascii_case(reg) {
            continue;
        }
        let (known_label, known_suffix) = split_label(known_reg);
        let found = if skeleton == self::skeleton(known_reg) {
            Some((Likeness::Homoglyph, 0))
        } else if label == known_label && suffix != known_suffix && label.chars().count() >= 4 {
            Some((Likeness::OtherSuffix, 1))
        } else {
            // The whole domain too, so a slip in the suffix (`co.jpp`) counts.
            typo_distance(reg, known_reg).or_else(|| typo_distance(&unicode, known_reg)).map(|d| (Likeness::Typo(d), d))
        };
        if let Some((likeness, score)) = found {
            if best.is_none_or(|(_, _, s)| score < s) {
                best = Some((known, likeness, score));
            }
        }
    }
    best.map(|(k, l, _)| (k, l))
}

/// Edit distance (optimal string alignment: a swap of neighbours is one edit)
/// between a domain and a known registrable one, when it is small for the
/// length of the known name. Short
/// names are left alone: `abc.jp` and `abd.jp` are simply different firms.
fn typo_distance(a: &str, known: &str) -> Option<usize> {
    let allowed = match split_label(known).0.chars().count() {
        0..=3 => 0,
        4..=9 => 1,
        _ => 2,
    };
    if allowed == 0 {
        return None;
    }
    let d = osa_distance(a, known);
    (d >= 1 && d <= allowed).then_some(d)
}

/// Optimal string alignment distance over chars.
pub fn osa_distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let w = b.len() + 1;
    let mut d = vec![0usize; (a.len() + 1) * w];
    for i in 0..=a.len() {
        d[i * w] = i;
    }
    for (j, cell) in d.iter_mut().enumerate().take(w) {
        *cell = j;
    }
    for i in 1..=a.len() {
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut v = (d[(i - 1) * w + j] + 1).min(d[i * w + j - 1] + 1).min(d[(i - 1) * w + j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                v = v.min(d[(i - 2) * w + j - 2] + 1);
            }
            d[i * w + j] = v;
        }
    }
    d[a.len() * w + b.len()]
}

/// Maps characters that look alike to one representative, so that `rnicrosoft`
/// and `microsoft`, `gmaiI` and `gmail`, Cyrillic `аlpha` and `alpha` compare equal.
pub fn skeleton(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        let mapped = match c {
            // Cyrillic and Greek letters that render like Latin ones.
            'а' | 'α' => 'a',
            'с' | 'ϲ' => 'c',
            'е' | 'ε' => 'e',
            'һ' => 'h',
            'і' | 'ı' | 'ɩ' | 'ι' => 'i',
            'ј' => 'j',
            'к' | 'κ' => 'k',
            'о' | 'ο' | 'σ' | '0' => 'o',
            'р' | 'ρ' => 'p',
            'ԛ' => 'q',
            'ѕ' => 's',
            'т' | 'τ' => 't',
            'υ' | 'ս' => 'u',
            'ν' | 'ѵ' => 'v',
            'ԝ' => 'w',
            'х' | 'χ' => 'x',
            'у' | 'γ' => 'y',
            // Digits and capitals that pass for letters.
            '1' | 'I' | 'l' | '|' => 'l',
            '5' => 's',
            c => c.to_ascii_lowercase(),
        };
        out.push(mapped);
    }
    // Letter pairs that render as one letter in most mail fonts.
    out.replace("rn", "m").replace("vv", "w").replace("cl", "d")
}

/// Decodes every `xn--` label (RFC 3492 punycode) so homoglyphs hidden in
/// an internationalised domain are compared by what the user sees. Labels
/// that do not decode stay as they are.
pub fn decode_domain(domain: &str) -> String {
    if !domain.contains("xn--") {
        return domain.to_owned();
    }
    domain
        .split('.')
        .map(|label| match label.strip_prefix("xn--").and_then(punycode_decode) {
            Some(decoded) => decoded,
            None => label.to_owned(),
        })
        .collect::<Vec<_>>()
        .join(".")
}

/// RFC 3492 punycode decoding of one label (without the `xn--` prefix).
fn punycode_decode(input: &str) -> Option<String> {
    const BASE: u32 = 36;
    const T_MIN: u32 = 1;
    const T_MAX: u32 = 26;
    const SKEW: u32 = 38;
    const DAMP: u32 = 700;
    fn adapt(mut delta: u32, points: u32, first: bool) -> u32 {
        delta = if first { delta / DAMP } else { delta / 2 };
        delta += delta / points;
        let mut k = 0;
        while delta > ((BASE - T_MIN) * T_MAX) / 2 {
            delta /= BASE - T_MIN;
            k += BASE;
        }
        k + (((BASE - T_MIN + 1) * delta) / (delta + SKEW))
    }
    let (basic, extended) = match input.rfind('-') {
        Some(at) => (&input[..at], &input[at + 1..]),
        None => ("", input),
    };
    if !basic.is_ascii() {
        return None;
    }
    let mut output: Vec<char> = basic.chars().collect();
    let (mut n, mut i, mut bias) = (128u32, 0u32, 72u32);
    let mut digits = extended.bytes().peekable();
    while digits.peek().is_some() {
        let old_i = i;
        let mut w = 1u32;
        let mut k = BASE;
        loop {
            let byte = digits.next()?;
            let digit = match byte {
                b'a'..=b'z' => byte - b'a',
                b'A'..=b'Z' => byte - b'A',
                b'0'..=b'9' => byte - b'0' + 26,
                _ => return None,
            } as u32;
            i = i.checked_add(digit.checked_mul(w)?)?;
            let t = if k <= bias {
                T_MIN
            } else if k >= bias + T_MAX {
                T_MAX
            } else {
                k - bias
            };
            if digit < t {
                break;
            }
            w = w.checked_mul(BASE - t)?;
            k += BASE;
        }
        let len = output.len() as u32 + 1;
        bias = adapt(i - old_i, len, old_i == 0);
        n = n.checked_add(i / len)?;
        i %= len;
        output.insert(i as usize, char::from_u32(n)?);
        i += 1;
        if output.len() > 253 {
            return None;
        }
    }
    Some(output.into_iter().collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    const KNOWN: &[&str] = &["alpha-shoji.co.jp", "gmail.com", "presend.co.jp", "microsoft.com", "yahoo.co.jp"];

    fn like(domain: &str) -> Option<(&'static str, Likeness)> {
        closest(domain, KNOWN.iter().copied())
    }

    #[test]
    fn typos_swaps_and_doubles() {
        assert_eq!(like("alpha-shouji.co.jp"), Some(("alpha-shoji.co.jp", Likeness::Typo(1))));
        assert_eq!(like("gmai.com"), Some(("gmail.com", Likeness::Typo(1))));
        assert_eq!(like("gmial.com"), Some(("gmail.com", Likeness::Typo(1))));
        assert_eq!(like("gmaill.com"), Some(("gmail.com", Likeness::Typo(1))));
        assert_eq!(like("yahoo.co.jpp"), Some(("yahoo.co.jp", Likeness::Typo(1))));
    }

    #[test]
    fn homoglyphs_and_suffixes() {
        assert_eq!(like("rnicrosoft.com"), Some(("microsoft.com", Likeness::Homoglyph)));
        assert_eq!(like("presend.com"), Some(("presend.co.jp", Likeness::OtherSuffix)));
        // "аlpha-shoji" with a Cyrillic а, as punycode.
        let spoof = "xn--lpha-shoji-yqi.co.jp";
        assert_eq!(decode_domain(spoof), "\u{430}lpha-shoji.co.jp");
        assert_eq!(like(spoof), Some(("alpha-shoji.co.jp", Likeness::Homoglyph)));
    }

    #[test]
    fn different_firms_are_not_lookalikes() {
        for other in
            ["beta-kogyo.co.jp", "abc.co.jp", "mail.alpha-shoji.co.jp", "example.com", "gmx.com", "ymail.ne.jp"]
        {
            assert_eq!(like(other), None, "{other}");
        }
    }

    #[test]
    fn known_names_inside_other_domains() {
        let embedded = |d: &str| embedded(d, KNOWN.iter().copied());
        assert_eq!(embedded("alpha-shoji.co.jp.mail-secure.net"), Some(("alpha-shoji.co.jp", Likeness::Embedded)));
        assert_eq!(embedded("alpha-shoji.gw-mail.com"), Some(("alpha-shoji.co.jp", Likeness::Embedded)));
        assert_eq!(embedded("login.microsoft.com.verify-id.net"), Some(("microsoft.com", Likeness::Embedded)));
        for honest in
            ["mail.example.co.jp", "alpha-shoji.co.jp", "sales.alpha-shoji.co.jp", "alphashoji.net", "me.example.com"]
        {
            assert_eq!(embedded(honest), None, "{honest}");
        }
    }

    #[test]
    fn punycode_rfc3492_samples() {
        assert_eq!(punycode_decode("wgv71a119e").as_deref(), Some("日本語"));
        assert_eq!(punycode_decode("d9juau41awczczp").as_deref(), Some("そのスピードで"));
        assert_eq!(punycode_decode("!!"), None);
    }
}

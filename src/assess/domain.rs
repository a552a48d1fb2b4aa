//! Domains: dot-boundary matching, the organisation a domain stands for, and
//! the maintained list of free-mail and mobile-carrier domains.

/// Free-mail, consumer ISP and mobile-carrier domains: an address there
/// belongs to a private person, not to the organisation the mail is for.
/// Sources: the providers' own sign-up pages and the carriers' mail services
/// (docomo, au/KDDI, SoftBank, Y!mobile, Rakuten Mobile, the MVNOs' common
/// ones). Sub-domains count (`xx.ezweb.ne.jp` style addresses exist).
pub const FREE_MAIL: &[&str] = &[
    // Global web mail
    "gmail.com",
    "googlemail.com",
    "outlook.com",
    "outlook.jp",
    "hotmail.com",
    "hotmail.co.jp",
    "live.com",
    "live.jp",
    "msn.com",
    "icloud.com",
    "me.com",
    "mac.com",
    "yahoo.com",
    "aol.com",
    "proton.me",
    "protonmail.com",
    "gmx.com",
    "gmx.net",
    "mail.com",
    "zoho.com",
    "yandex.com",
    "mail.ru",
    "qq.com",
    "163.com",
    "126.com",
    "naver.com",
    // Japanese web mail and portals
    "yahoo.co.jp",
    "ymail.ne.jp",
    "excite.co.jp",
    "goo.jp",
    "mail.goo.ne.jp",
    "livedoor.com",
    "infoseek.jp",
    "excite.jp",
    // Mobile carriers (private phones)
    "docomo.ne.jp",
    "mopera.net",
    "ezweb.ne.jp",
    "au.com",
    "uqmobile.jp",
    "softbank.ne.jp",
    "i.softbank.jp",
    "disney.ne.jp",
    "ymobile.ne.jp",
    "yahoo.ne.jp",
    "emobile.ne.jp",
    "willcom.com",
    "rakumail.jp",
    "povo.jp",
    "ahamo.jp",
    "linemo.jp",
    // Consumer ISPs (home addresses)
    "nifty.com",
    "nifty.ne.jp",
    "biglobe.ne.jp",
    "so-net.ne.jp",
    "ocn.ne.jp",
    "plala.or.jp",
    "dion.ne.jp",
    "odn.ne.jp",
    "jcom.home.ne.jp",
    "zaq.ne.jp",
    "asahi-net.or.jp",
    "eonet.ne.jp",
    "commufa.jp",
    "tnc.ne.jp",
];

/// Domains a typo most often imitates besides the user's own and partners':
/// the big web mails and a few services every office mails.
pub const WELL_KNOWN: &[&str] =
    &["microsoft.com", "google.com", "apple.com", "amazon.co.jp", "amazon.com", "rakuten.co.jp", "line.me"];

/// Second-level labels under which registrations happen one level deeper:
/// `alpha.co.jp`, not `co.jp`, is the organisation. Japan's attribute types
/// and regional labels, plus the common foreign ones.
// Schools and governments abroad have their own (`oakridgehigh.school.nz`,
// `x.sch.uk`, `y.govt.nz`): without them a partner school's domain is read
// as `school.nz`, and a look-alike of it as the same organisation.
const SECOND_LEVEL: &[&str] = &[
    "co", "ne", "or", "ac", "ad", "ed", "go", "gr", "lg", "com", "net", "org", "edu", "gov", "ltd", "plc", "school",
    "sch", "govt", "mil", "nhs",
];

/// True when `domain` is `base` or a sub-domain of it: on a dot boundary, so
/// `sub.example.co.jp` matches `example.co.jp` and `badexample.co.jp` does not.
pub fn within(domain: &str, base: &str) -> bool {
    let base = base.trim_start_matches('.').trim_end_matches('.');
    if base.is_empty() {
        return false;
    }
    domain.eq_ignore_ascii_case(base)
        || (domain.len() > base.len()
            && domain.as_bytes()[domain.len() - base.len() - 1] == b'.'
            && domain[domain.len() - base.len()..].eq_ignore_ascii_case(base))
}

/// True when `domain` is reserved for examples and tests and reaches no one:
/// `example.com`, `example.net` and `example.org` (RFC 2606), JPRS's
/// `example.jp` and `example.co.jp`-style names, and the reserved top-level
/// names `.example`, `.test`, `.invalid` and `.localhost` (RFC 6761). A list
/// of addresses there is made-up test data, no organisation's.
pub fn is_reserved_example(domain: &str) -> bool {
    let d = domain.trim_end_matches('.').to_ascii_lowercase();
    let tld = d.rsplit('.').next().unwrap_or("");
    if ["example", "test", "invalid", "localhost"].contains(&tld) {
        return true;
    }
    let reg = registrable(&d);
    ["example.com", "example.net", "example.org", "example.jp"].contains(&reg)
        || (reg.starts_with("example.") && reg.ends_with(".jp") && reg.split('.').count() == 3)
}

/// The first entry of `list` that contains `domain` on a dot boundary.
pub fn find_within<'a, S: AsRef<str>>(domain: &str, list: &'a [S]) -> Option<&'a str> {
    list.iter().map(AsRef::as_ref).filter(|base| within(domain, base)).max_by_key(|base| base.len())
}

/// The registrable part of a domain (`mail.alpha.co.jp` → `alpha.co.jp`,
/// `x.example.com` → `example.com`): what stands for one organisation.
/// Local-government domains (`city.xx.lg.jp`, `pref.xx.lg.jp`) keep the city.
pub fn registrable(domain: &str) -> &str {
    let labels: Vec<&str> = domain.split('.').collect();
    let n = labels.len();
    if n <= 2 {
        return domain;
    }
    let mut keep = if SECOND_LEVEL.contains(&labels[n - 2]) && labels[n - 1].len() == 2 { 3 } else { 2 };
    if labels[n - 2] == "lg" && labels[n - 1] == "jp" {
        keep = 4.min(n);
    }
    let start: usize = labels[..n - keep].iter().map(|l| l.len() + 1).sum();
    &domain[start..]
}

/// The distinctive label of a registrable domain (`alpha-shoji` of
/// `alpha-shoji.co.jp`) and the suffix after it (`co.jp`).
pub fn split_label(registrable: &str) -> (&str, &str) {
    registrable.split_once('.').unwrap_or((registrable, ""))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reserved_example_domains() {
        for d in
            ["example.com", "mail.example.org", "example.jp", "example.co.jp", "shop.test", "x.example", "a.invalid"]
        {
            assert!(is_reserved_example(d), "{d}");
        }
        for d in ["example-shop.com", "myexample.com", "alpha-shoji.co.jp", "examples.jp", "testing.co.jp"] {
            assert!(!is_reserved_example(d), "{d}");
        }
    }

    #[test]
    fn dot_boundary() {
        assert!(within("sub.example.co.jp", "example.co.jp"));
        assert!(within("EXAMPLE.co.jp", "example.co.jp"));
        assert!(!within("badexample.co.jp", "example.co.jp"));
        assert!(!within("example.co.jp.evil.com", "example.co.jp"));
        assert!(!within("co.jp", "example.co.jp"));
    }

    #[test]
    fn registrable_domains() {
        assert_eq!(registrable("mail.alpha.co.jp"), "alpha.co.jp");
        assert_eq!(registrable("alpha.co.jp"), "alpha.co.jp");
        assert_eq!(registrable("x.y.example.com"), "example.com");
        assert_eq!(registrable("example.jp"), "example.jp");
        assert_eq!(registrable("city.chiyoda.lg.jp"), "city.chiyoda.lg.jp");
        assert_eq!(registrable("mail.city.chiyoda.lg.jp"), "city.chiyoda.lg.jp");
        assert_eq!(registrable("shop.example.co.uk"), "example.co.uk");
        assert_eq!(registrable("mail.oakridgehigh.school.nz"), "oakridgehigh.school.nz");
        assert_ne!(registrable("oakridge-high.school.nz"), registrable("oakridgehigh.school.nz"));
        assert_eq!(split_label("alpha-shoji.co.jp"), ("alpha-shoji", "co.jp"));
    }
}

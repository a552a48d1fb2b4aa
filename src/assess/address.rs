//! Mail addresses as hosts hand them over: `yamada@example.co.jp`,
//! `山田太郎 <yamada@example.co.jp>`, `"Yamada, Taro" <…>`, or an object with
//! `name` and `address`. Parsing never fails hard: an address that cannot be
//! read is kept with `domain: None` so the check can say so instead of
//! letting the send through unchecked.

use serde::{Deserialize, Serialize};

/// One recipient or sender as it appears in the compose window.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Address {
    /// Display name, if any (`山田太郎`).
    pub name: Option<String>,
    /// The address itself, trimmed (`yamada@example.co.jp`).
    pub address: String,
    /// Lower-cased domain with any trailing dot removed; `None` when the
    /// address has no usable `local@domain` shape.
    pub domain: Option<String>,
}

/// How an address arrives in JSON: a string, or an object.
#[derive(Debug, Clone, Deserialize)]
#[serde(untagged)]
pub enum AddressInput {
    Text(String),
    Parts {
        #[serde(default)]
        name: Option<String>,
        address: String,
    },
}

impl From<&AddressInput> for Address {
    fn from(input: &AddressInput) -> Self {
        match input {
            AddressInput::Text(text) => Address::parse(text),
            AddressInput::Parts { name, address } => {
                let mut parsed = Address::parse(address);
                let name = name.as_deref().map(clean_name).filter(|n| !n.is_empty());
                if name.is_some() {
                    parsed.name = name;
                }
                parsed
            }
        }
    }
}

impl Address {
    /// Reads `Name <addr>` or a bare address. Full-width `＠` and `＜＞`
    /// (typed with a Japanese IME) are accepted.
    pub fn parse(text: &str) -> Address {
        let text: String = text
            .trim()
            .chars()
            .map(|c| match c {
                '＠' => '@',
                '＜' => '<',
                '＞' => '>',
                c => c,
            })
            .collect();
        let (name, address) = match (text.rfind('<'), text.rfind('>')) {
            (Some(open), Some(close)) if open < close => {
                let name = clean_name(&text[..open]);
                (Some(name).filter(|n| !n.is_empty()), text[open + 1..close].trim().to_owned())
            }
            _ => (None, text.trim().trim_start_matches("mailto:").to_owned()),
        };
        let domain = domain_of(&address);
        Address { name, address, domain }
    }

    /// The address lower-cased, for comparisons and allow-lists.
    pub fn canonical(&self) -> String {
        self.address.to_lowercase()
    }

    /// The display name, or the address when there is none.
    pub fn label(&self) -> String {
        match &self.name {
            Some(name) => format!("{name} <{}>", self.address),
            None => self.address.clone(),
        }
    }
}

fn clean_name(name: &str) -> String {
    name.trim().trim_matches(|c| c == '"' || c == '\'').trim().to_owned()
}

/// The domain of `local@domain`, lower-cased, if the shape is plausible:
/// one `@`, a non-empty local part, a dotted domain without spaces.
fn domain_of(address: &str) -> Option<String> {
    let (local, domain) = address.rsplit_once('@')?;
    let domain = domain.trim_end_matches('.').to_lowercase();
    let plausible = !local.is_empty()
        && !local.contains(|c: char| c.is_whitespace() || c == '@')
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.contains("..")
        && !domain.contains(|c: char| c.is_whitespace() || "@<>,;\"()[]".contains(c));
    plausible.then_some(domain)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn display_names_and_bare_addresses() {
        let a = Address::parse("山田太郎 <Yamada@Example.CO.JP>");
        assert_eq!(a.name.as_deref(), Some("山田太郎"));
        assert_eq!(a.address, "Yamada@Example.CO.JP");
        assert_eq!(a.domain.as_deref(), Some("example.co.jp"));
        let b = Address::parse("\"Yamada, Taro\" <t@x.jp>");
        assert_eq!(b.name.as_deref(), Some("Yamada, Taro"));
        let c = Address::parse("suzuki＠presend.co.jp");
        assert_eq!(c.domain.as_deref(), Some("presend.co.jp"));
    }

    #[test]
    fn unreadable_addresses_keep_no_domain() {
        for bad in ["", "山田さん", "a@b", "@x.jp", "a b@x.jp", "a@x..jp", "t.yamada@@x.co.jp"] {
            assert_eq!(Address::parse(bad).domain, None, "{bad}");
        }
    }
}

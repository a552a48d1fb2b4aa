//! The policy: what the organisation knows (its domains, its partners) and how
//! strict each rule is. Plain serde data so that a file, the extension's
//! options page and an administrator's managed storage all write the same
//! thing. Every key is optional; the defaults make a fresh install useful.
//! Unknown keys and wrong values are rejected with the key's path, because a
//! typo in a policy silently weakening the check is the worst outcome.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

/// How strongly a rule stops a send.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Level {
    /// The rule is disabled.
    Off,
    /// Shown to the user, but the send is not held.
    Notice,
    /// The send is held until the user confirms.
    Confirm,
    /// The send is stopped; the user may override with a reason only when
    /// the policy allows it.
    Block,
}

macro_rules! rules {
    ($( $variant:ident = $id:literal, $level:ident, $doc:literal, $ja:literal; )*) => {
        /// The checks of the message check, each with its default level.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum Rule { $( #[doc = $doc] $variant, )* }

        impl Rule {
            pub const ALL: &'static [Rule] = &[ $( Rule::$variant, )* ];
            /// The stable identifier used in policies, JSON output and logs.
            pub fn id(self) -> &'static str { match self { $( Rule::$variant => $id, )* } }
            pub fn default_level(self) -> Level { match self { $( Rule::$variant => Level::$level, )* } }
            pub fn from_id(id: &str) -> Option<Rule> { match id { $( $id => Some(Rule::$variant), )* _ => None } }
            /// What the rule checks, in a line (English): settings screens and docs.
            pub fn about_en(self) -> &'static str { match self { $( Rule::$variant => $doc, )* } }
            /// What the rule checks, in a line (Japanese).
            pub fn about_ja(self) -> &'static str { match self { $( Rule::$variant => $ja, )* } }
        }
    };
}

rules! {
    NoRecipients = "no_recipients", Confirm, "No To, Cc or Bcc at all: nothing can be checked.", "宛先(To/Cc/Bcc)が一つもない";
    InvalidAddress = "invalid_address", Confirm, "An address that cannot be read.", "読み取れないアドレスがある";
    ExternalRecipient = "external_recipient", Notice, "A recipient neither internal, partner nor allow-listed.", "社内・取引先・許可リストのいずれでもない宛先";
    FreeMail = "free_mail", Confirm, "A recipient at a free-mail, consumer ISP or mobile-carrier domain.", "フリーメール・プロバイダ・携帯キャリアの宛先";
    LookalikeDomain = "lookalike_domain", Block, "A domain one slip away from a known one.", "よく使うドメインと一文字違いのドメイン";
    FirstTimeDomain = "first_time_domain", Confirm, "An external domain not in the sender's history.", "これまで送ったことのない社外ドメイン";
    ManyRecipients = "many_recipients", Confirm, "Many external recipients visible to each other in To/Cc.", "To/Ccで互いに見える社外の宛先が多い";
    ExternalOrganisations = "external_organisations", Confirm, "Several external organisations visible to each other in To/Cc.", "To/Ccで複数の社外組織が互いに見える";
    SalutationMismatch = "salutation_mismatch", Confirm, "The addressee in the salutation is not among the recipients.", "本文の宛名が宛先に含まれていない";
    ContentOtherOrganisation = "content_other_organisation", Confirm, "An attachment belongs to another organisation than the recipients'.", "添付が宛先とは別の組織のもの";
    PersonalDataFreeMail = "personal_data_free_mail", Block, "Data about several people to a free-mail address.", "複数人の個人データをフリーメールへ";
    PersonalDataExternal = "personal_data_external", Confirm, "Data about people to an external recipient who is not a partner.", "取引先以外の社外へ個人データ";
    BulkPersonalExternal = "bulk_personal_external", Confirm, "Data about many people to an external recipient.", "多数の個人データを社外へ";
    MassPersonalExternal = "mass_personal_external", Block, "Data about a very large number of people to an external recipient.", "非常に多数の個人データを社外へ";
    SpecialCareExternal = "special_care_external", Block, "Special-care personal information to an external recipient.", "要配慮個人情報を社外へ";
    MyNumberExternal = "my_number_external", Block, "A My Number to anyone outside the internal domains.", "マイナンバーを社外へ";
    CardNumberExternal = "card_number_external", Block, "A payment card number (Luhn-valid) to an external recipient.", "クレジットカード番号を社外へ";
    SecretExternal = "secret_external", Confirm, "A password, API key or private key to an external recipient.", "パスワード・APIキー・秘密鍵を社外へ";
    UninspectableAttachment = "uninspectable_attachment", Confirm, "An attachment that could not be inspected (encrypted, corrupt, too large).", "検査できない添付(暗号化・破損・上限超過など)";
    UnsupportedAttachment = "unsupported_attachment", Notice, "An attachment in a format presend does not read.", "検査対象外の形式の添付";
    ConfidentialKeyword = "confidential_keyword", Confirm, "A confidentiality marking (社外秘 …) in a mail to an external recipient.", "社外秘などの表示がある内容を社外へ";
    SupervisorCcMissing = "supervisor_cc_missing", Confirm, "The configured supervisor is not copied.", "設定された上長がCcに入っていない";
    PersonalDataUpload = "personal_data_upload", Confirm, "Personal data in a file being uploaded, or about several people in a form.", "アップロードするファイルやフォームに個人データ";
}

impl Serialize for Rule {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.id())
    }
}

impl<'de> Deserialize<'de> for Rule {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let id = String::deserialize(d)?;
        Rule::from_id(&id).ok_or_else(|| {
            let known: Vec<&str> = Rule::ALL.iter().map(|r| r.id()).collect();
            serde::de::Error::custom(format!("unknown rule '{id}' (known: {})", known.join(", ")))
        })
    }
}

/// Numbers that decide when content becomes a warning.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Thresholds {
    /// External recipients visible to each other in To/Cc from which to suggest Bcc.
    pub many_recipients: u32,
    /// Different external organisations in To/Cc from which to suggest Bcc.
    pub external_organisations: u32,
    /// People in the content from which an unknown external recipient needs a confirmation.
    pub personal_records: u32,
    /// People in the content from which a free-mail recipient is blocked (one
    /// person may be the recipient themself).
    pub free_mail_records: u32,
    /// People from which any external recipient, partners included, needs a confirmation.
    pub bulk_records: u32,
    /// People from which the send to an external recipient is blocked.
    pub mass_records: u32,
}

impl Default for Thresholds {
    fn default() -> Self {
        Thresholds {
            many_recipients: 10,
            external_organisations: 3,
            personal_records: 5,
            free_mail_records: 2,
            bulk_records: 100,
            mass_records: 1000,
        }
    }
}

/// When the configured supervisor must be copied.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SupervisorWhen {
    /// Every mail with an external recipient.
    External,
    /// Every mail with an external recipient and an attachment.
    ExternalAttachments,
    /// Every mail with personal data to an external recipient.
    PersonalData,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Supervisors {
    pub addresses: Vec<String>,
    pub when: SupervisorWhen,
}

/// Recipients (domains or addresses) for which some rules do not apply, e.g.
/// the payroll bureau that legitimately receives My Numbers.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Exemption {
    pub recipients: Vec<String>,
    pub rules: Vec<Rule>,
}

/// The default confidentiality markings: words that say "not for outside".
/// `機密` and `Confidential` are left out because Japanese and English mail
/// disclaimers carry them on every message.
pub const CONFIDENTIAL_KEYWORDS: &[&str] =
    &["社外秘", "部外秘", "極秘", "厳秘", "社内限り", "社内限定", "関係者外秘", "取扱注意"];

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Policy {
    /// The organisation's own domains (sub-domains included). Empty: the
    /// sender's domain, unless it is a free-mail domain.
    pub internal_domains: Vec<String>,
    /// Partner domains and the organisation's name as written in mail.
    pub partner_domains: BTreeMap<String, String>,
    /// The organisation's own names (for salutations and content).
    pub own_names: Vec<String>,
    /// Added to the built-in free-mail list.
    pub free_mail_domains: Vec<String>,
    /// Added to the references for lookalike detection.
    pub well_known_domains: Vec<String>,
    /// Trusted recipient domains: exempt from the recipient-only rules.
    pub allow_domains: Vec<String>,
    /// Trusted recipient addresses: exempt from the recipient-only rules.
    pub allow_addresses: Vec<String>,
    pub exemptions: Vec<Exemption>,
    pub thresholds: Thresholds,
    /// Rule levels that differ from the defaults.
    pub rules: BTreeMap<Rule, Level>,
    pub confidential_keywords: Vec<String>,
    pub supervisors: Option<Supervisors>,
    /// Whether a blocked send may still go out when the user gives a reason.
    pub allow_override: bool,
}

impl Default for Policy {
    fn default() -> Self {
        Policy {
            internal_domains: Vec::new(),
            partner_domains: BTreeMap::new(),
            own_names: Vec::new(),
            free_mail_domains: Vec::new(),
            well_known_domains: Vec::new(),
            allow_domains: Vec::new(),
            allow_addresses: Vec::new(),
            exemptions: Vec::new(),
            thresholds: Thresholds::default(),
            rules: BTreeMap::new(),
            confidential_keywords: CONFIDENTIAL_KEYWORDS.iter().map(|s| (*s).to_owned()).collect(),
            supervisors: None,
            allow_override: true,
        }
    }
}

/// A policy that cannot be used, with the key at fault.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[non_exhaustive]
pub enum PolicyError {
    /// The JSON does not parse or a value has the wrong type: fix the key named.
    #[error("policy: {key}: {message}")]
    Invalid { key: String, message: String },
}

impl PolicyError {
    pub fn key(&self) -> &str {
        match self {
            PolicyError::Invalid { key, .. } => key,
        }
    }
}

impl Policy {
    /// Parses and validates a policy, naming the key of any problem.
    pub fn from_json(json: &str) -> Result<Policy, PolicyError> {
        let mut de = serde_json::Deserializer::from_str(json);
        let policy: Policy = serde_path_to_error::deserialize(&mut de).map_err(|e| {
            let key = e.path().to_string();
            let key = if key == "." { "(top level)".to_owned() } else { key };
            PolicyError::Invalid { key, message: e.into_inner().to_string() }
        })?;
        policy.validated()
    }

    /// Checks what types cannot: domains look like domains, thresholds are in
    /// order. Domains are lower-cased and trimmed of `@` and dots.
    pub fn validated(mut self) -> Result<Policy, PolicyError> {
        let invalid = |key: String, message: String| PolicyError::Invalid { key, message };
        for (key, list) in [
            ("internal_domains", &mut self.internal_domains),
            ("free_mail_domains", &mut self.free_mail_domains),
            ("well_known_domains", &mut self.well_known_domains),
            ("allow_domains", &mut self.allow_domains),
        ] {
            for (i, domain) in list.iter_mut().enumerate() {
                *domain = clean_domain(domain).ok_or_else(|| invalid(format!("{key}[{i}]"), bad_domain(domain)))?;
            }
        }
        let mut partners = BTreeMap::new();
        for (domain, name) in std::mem::take(&mut self.partner_domains) {
            let clean = clean_domain(&domain)
                .ok_or_else(|| invalid(format!("partner_domains.{domain}"), bad_domain(&domain)))?;
            partners.insert(clean, name.trim().to_owned());
        }
        self.partner_domains = partners;
        for (i, address) in self.allow_addresses.iter_mut().enumerate() {
            if !address.contains('@') {
                return Err(invalid(format!("allow_addresses[{i}]"), format!("'{address}' is not an address")));
            }
            *address = address.trim().to_lowercase();
        }
        let t = &self.thresholds;
        if t.bulk_records > t.mass_records {
            return Err(invalid(
                "thresholds.bulk_records".into(),
                format!("{} is above thresholds.mass_records ({})", t.bulk_records, t.mass_records),
            ));
        }
        for (key, value) in [
            ("many_recipients", t.many_recipients),
            ("external_organisations", t.external_organisations),
            ("personal_records", t.personal_records),
            ("free_mail_records", t.free_mail_records),
            ("bulk_records", t.bulk_records),
            ("mass_records", t.mass_records),
        ] {
            if value == 0 {
                return Err(invalid(
                    format!("thresholds.{key}"),
                    "must be at least 1 (use rules to turn a rule off)".into(),
                ));
            }
        }
        if let Some(s) = &self.supervisors {
            if s.addresses.is_empty() || s.addresses.iter().any(|a| !a.contains('@')) {
                return Err(invalid("supervisors.addresses".into(), "needs at least one address".into()));
            }
        }
        for (i, e) in self.exemptions.iter().enumerate() {
            if e.recipients.is_empty() {
                return Err(invalid(format!("exemptions[{i}].recipients"), "is empty".into()));
            }
        }
        self.confidential_keywords.retain(|k| !k.trim().is_empty());
        Ok(self)
    }

    pub fn level(&self, rule: Rule) -> Level {
        self.rules.get(&rule).copied().unwrap_or(rule.default_level())
    }
}

fn bad_domain(domain: &str) -> String {
    format!("'{domain}' is not a domain (expected e.g. example.co.jp)")
}

fn clean_domain(domain: &str) -> Option<String> {
    let d = domain.trim().trim_start_matches('@').trim_matches('.').to_lowercase();
    let ok = d.contains('.') && !d.contains("..") && !d.contains(|c: char| c.is_whitespace() || "@/:<>,;".contains(c));
    ok.then_some(d)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_and_fixed_keys() {
        let p = Policy::from_json(
            r#"{"internal_domains": ["@Presend.co.jp"], "partner_domains": {"alpha-shoji.co.jp": "株式会社アルファ商事"},
                "rules": {"free_mail": "notice"}}"#,
        )
        .unwrap();
        assert_eq!(p.internal_domains, ["presend.co.jp"]);
        assert_eq!(p.level(Rule::FreeMail), Level::Notice);
        assert_eq!(p.level(Rule::MyNumberExternal), Level::Block);
        assert_eq!(p.thresholds.bulk_records, 100);
    }

    #[test]
    fn errors_name_the_key() {
        let cases = [
            (r#"{"internal_domain": []}"#, "internal_domain", "unknown field"),
            (r#"{"internal_domains": "presend.co.jp"}"#, "internal_domains", "sequence"),
            (r#"{"rules": {"free_mall": "off"}}"#, "rules.free_mall", "unknown rule"),
            (r#"{"rules": {"free_mail": "warn"}}"#, "rules.free_mail", "warn"),
            (r#"{"thresholds": {"bulk_records": -1}}"#, "thresholds.bulk_records", "-1"),
            (r#"{"internal_domains": ["not a domain"]}"#, "internal_domains[0]", "not a domain"),
            (r#"{"partner_domains": {"alpha": "A"}}"#, "partner_domains.alpha", "not a domain"),
            (r#"{"thresholds": {"bulk_records": 5000}}"#, "thresholds.bulk_records", "mass_records"),
        ];
        for (json, key, word) in cases {
            let err = Policy::from_json(json).unwrap_err();
            assert_eq!(err.key(), key, "{json}: {err}");
            assert!(err.to_string().contains(word), "{json}: {err}");
        }
    }
}

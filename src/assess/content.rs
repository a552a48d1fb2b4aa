//! What the attachments and the body hold, reduced to what the rules ask:
//! how many people, whether special-care data, My Numbers or secrets are in
//! it, and whose data it looks like (organisation names, e-mail domains).

use std::collections::{HashMap, HashSet};

use super::domain::{registrable, within};
use super::layout::Layout;
use crate::{Family, FileReport, Finding, Kind};

/// One attachment or the body, with the findings that count as content.
pub struct Part<'a> {
    pub name: &'a str,
    pub report: &'a FileReport,
    pub is_body: bool,
    /// A web form's fields: what a person types about themself (their own
    /// card at checkout, their own My Number at a tax site) is not a leak.
    pub is_fields: bool,
    /// Findings outside the body's salutation, signature and quote headers.
    pub counted: Vec<&'a Finding>,
    /// How many people the content is about.
    pub people: u32,
}

/// Kinds whose distinct values stand for distinct people in prose. Names
/// and e-mail addresses in a mail or a memo are mostly the correspondents',
/// so they count only as a list (see [`LIST`]).
const PERSON_KEYS: &[Kind] = &[
    Kind::Phone,
    Kind::Address,
    Kind::BirthDate,
    Kind::MyNumber,
    Kind::CreditCard,
    Kind::BankAccount,
    Kind::Passport,
    Kind::DriversLicense,
    Kind::ResidenceCard,
    Kind::PensionNumber,
    Kind::HealthInsurance,
    Kind::EmployeeId,
];

/// Distinct names or e-mail addresses from which prose is a list of people.
const LIST: usize = 5;

impl<'a> Part<'a> {
    pub fn new(name: &'a str, report: &'a FileReport, layout: Option<&Layout>) -> Part<'a> {
        let counted: Vec<&Finding> = report
            .findings
            .iter()
            .filter(|f| match (layout, f.location.line) {
                (Some(layout), Some(line)) => !layout.is_furniture(line),
                _ => true,
            })
            .collect();
        let tabular = report.columns.iter().any(|c| c.kind.is_some_and(|k| k.is_personal()));
        let people = if tabular && layout.is_none() { report.records } else { prose_people(&counted) };
        Part { name, report, is_body: layout.is_some(), is_fields: false, counted, people }
    }

    pub fn has_family(&self, family: Family) -> bool {
        self.counted.iter().any(|f| f.kind.family() == family)
    }

    pub fn has_kind(&self, kind: Kind) -> bool {
        self.counted.iter().any(|f| f.kind == kind)
    }

    /// Labels of the kinds of `family` in this part, for evidence.
    pub fn kinds_of(&self, family: Family, lang: crate::Lang) -> Vec<&'static str> {
        let mut kinds: Vec<Kind> = self.counted.iter().map(|f| f.kind).filter(|k| k.family() == family).collect();
        kinds.sort();
        kinds.dedup();
        kinds.into_iter().map(|k| k.label(lang)).collect()
    }
}

fn prose_people(findings: &[&Finding]) -> u32 {
    let mut distinct: HashMap<Kind, HashSet<&str>> = HashMap::new();
    for f in findings {
        let value = f.raw.as_deref().unwrap_or(&f.masked);
        distinct.entry(f.kind).or_default().insert(value);
    }
    let keyed = PERSON_KEYS.iter().filter_map(|k| distinct.get(k)).map(HashSet::len).max().unwrap_or(0);
    let listed = [Kind::PersonName, Kind::Email]
        .iter()
        .filter_map(|k| distinct.get(k))
        .map(HashSet::len)
        .filter(|n| *n >= LIST)
        .max()
        .unwrap_or(0);
    keyed.max(listed) as u32
}

/// The e-mail domain most of the data's addresses share, when one clearly
/// dominates (at least 3 addresses and half of those not at free mail or at
/// the sender's own domains): evidence of whose data a file is.
pub fn dominant_domain(report: &FileReport, ignore: impl Fn(&str) -> bool) -> Option<(String, u32, u32)> {
    let mut by_org: HashMap<&str, u32> = HashMap::new();
    let mut total = 0;
    for d in &report.domains {
        if ignore(&d.domain) {
            continue;
        }
        total += d.count;
        *by_org.entry(registrable(&d.domain)).or_default() += d.count;
    }
    let (org, count) = by_org.into_iter().max_by(|a, b| a.1.cmp(&b.1).then(b.0.cmp(a.0)))?;
    (count >= 3 && count * 2 >= total).then(|| (org.to_owned(), count, total))
}

/// True when `domain` is within any of `bases`.
pub fn within_any<S: AsRef<str>>(domain: &str, bases: &[S]) -> bool {
    bases.iter().any(|b| within(domain, b.as_ref()))
}

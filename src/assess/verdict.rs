//! What the message check returns: one decision, the reasons behind it in
//! Japanese and English, a flag per recipient (so a screen can ask for a tick
//! on each external one) and a summary per attachment.

use serde::Serialize;

use super::address::Address;
use super::policy::{Level, Rule};
use crate::wording::{column_place, location_label, problem_label};
use crate::{FileReport, Finding, Kind, Lang, Problem, Severity};

/// The outcome of the check.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Decision {
    /// Send as is.
    Allow,
    /// Hold the send until the user confirms.
    Confirm,
    /// Stop the send (the user may override with a reason if the policy allows).
    Block,
}

impl Decision {
    pub fn id(self) -> &'static str {
        match self {
            Decision::Allow => "allow",
            Decision::Confirm => "confirm",
            Decision::Block => "block",
        }
    }
}

/// A text in both languages the product speaks.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Text {
    pub ja: String,
    pub en: String,
}

impl Text {
    pub fn new(ja: impl Into<String>, en: impl Into<String>) -> Text {
        Text { ja: ja.into(), en: en.into() }
    }

    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::Ja => &self.ja,
            Lang::En => &self.en,
        }
    }
}

/// One rule that fired.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Reason {
    pub rule: Rule,
    pub level: Level,
    pub title: Text,
    pub detail: Text,
    /// What the rule saw: a domain pair, a salutation, a column, a count.
    /// Masked where it comes from content.
    pub evidence: Vec<String>,
    /// Addresses of the recipients involved.
    pub recipients: Vec<String>,
    /// The attachment involved, if any.
    pub attachment: Option<String>,
}

/// Whose a recipient is, from the sender's point of view.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum RecipientClass {
    Internal,
    Partner,
    FreeMail,
    External,
    /// The address could not be read.
    Invalid,
}

impl RecipientClass {
    /// The class as every screen names it (the dialog, the command line).
    pub fn label(self) -> Text {
        match self {
            RecipientClass::Internal => Text::new("社内", "internal"),
            RecipientClass::Partner => Text::new("取引先", "partner"),
            RecipientClass::FreeMail => Text::new("フリーメール・個人", "free mail / private"),
            RecipientClass::External => Text::new("社外", "external"),
            RecipientClass::Invalid => Text::new("読み取れない宛先", "unreadable"),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Field {
    To,
    Cc,
    Bcc,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RecipientReport {
    pub field: Field,
    pub address: String,
    pub name: Option<String>,
    pub domain: Option<String>,
    pub class: RecipientClass,
    /// `class` in words.
    pub class_label: Text,
    /// The partner's name, or the registrable domain for other external ones.
    pub organisation: Option<String>,
    /// True when a confirmation screen should ask for a tick on this recipient.
    pub confirm: bool,
    /// Rules that fired because of, or involving, this recipient.
    pub rules: Vec<Rule>,
}

impl RecipientReport {
    pub(crate) fn new(field: Field, address: &Address, class: RecipientClass, organisation: Option<String>) -> Self {
        RecipientReport {
            field,
            address: address.address.clone(),
            name: address.name.clone(),
            domain: address.domain.clone(),
            class,
            class_label: class.label(),
            organisation,
            confirm: !matches!(class, RecipientClass::Internal),
            rules: Vec::new(),
        }
    }
}

/// One kind of data in an attachment, counted, with where it sits.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct KindReport {
    pub kind: Kind,
    pub count: u32,
    pub severity: Severity,
    pub label: Text,
    /// Columns (`名簿!D列 (障がい名): 120`, `表1 3列目 (既往歴): 6`) or lines (`3行目` / `line 3`) where
    /// it sits, at most a few.
    #[serde(rename = "where")]
    pub places: Vec<Text>,
}

/// A finding as a screen shows it: masked, with where it is in words.
#[derive(Debug, Clone, Serialize)]
pub struct FindingReport {
    #[serde(flatten)]
    pub finding: Finding,
    /// `名簿!B12`, `3行目` / `line 3`, `件名` / `subject`.
    pub place: Text,
}

impl FindingReport {
    fn new(finding: &Finding) -> FindingReport {
        FindingReport {
            finding: Finding { raw: None, ..finding.clone() },
            place: Text::new(location_label(&finding.location, Lang::Ja), location_label(&finding.location, Lang::En)),
        }
    }
}

/// What an attachment (or the body) holds, for the confirmation screen.
#[derive(Debug, Clone, Serialize)]
pub struct PartReport {
    pub name: String,
    pub format: crate::Format,
    pub bytes: u64,
    /// How many people the content is about.
    pub records: u32,
    pub severity: Option<Severity>,
    pub kinds: Vec<KindReport>,
    pub problems: Vec<ProblemReport>,
    /// The first findings, masked, for the screen to show.
    pub findings: Vec<FindingReport>,
}

/// Something that stopped the check reading a part, with the words a screen
/// shows for it ("could not inspect: encrypted"), so that every host says it
/// the same way.
#[derive(Debug, Clone, Serialize)]
pub struct ProblemReport {
    #[serde(flatten)]
    pub problem: Problem,
    pub label: Text,
}

/// Findings a part report carries at most; the counts cover all of them.
pub const MAX_PART_FINDINGS: usize = 20;
const MAX_PLACES: usize = 4;

impl PartReport {
    /// `body`: the part is a message's subject and body, scanned as one text
    /// whose first line is the subject; its places say "subject" for that
    /// line and number the body's own lines.
    pub(crate) fn from_report(
        name: &str,
        report: &FileReport,
        records: u32,
        findings: &[&Finding],
        body: bool,
    ) -> PartReport {
        let renumbered: Vec<Finding>;
        let findings: Vec<&Finding> = if body {
            renumbered = findings.iter().map(|f| renumber_body_line((*f).clone())).collect();
            renumbered.iter().collect()
        } else {
            findings.to_vec()
        };
        let mut kinds: Vec<KindReport> = Vec::new();
        for f in &findings {
            match kinds.iter_mut().find(|k| k.kind == f.kind) {
                Some(k) => {
                    k.count += 1;
                    k.severity = k.severity.max(f.severity);
                }
                None => kinds.push(KindReport {
                    kind: f.kind,
                    count: 1,
                    severity: f.severity,
                    label: Text::new(f.kind.label(Lang::Ja), f.kind.label(Lang::En)),
                    places: Vec::new(),
                }),
            }
        }
        // Findings over the scan's per-kind limit are in the summary only; they
        // come from tables (never from a body's signature lines, which are the
        // only ones `findings` may leave out), so they all count.
        for k in &mut kinds {
            if let Some(total) = report.summary.iter().find(|c| c.kind == k.kind) {
                let kept = report.findings.iter().filter(|f| f.kind == k.kind).count() as u32;
                if total.count > kept {
                    k.count += total.count - kept;
                    k.severity = k.severity.max(total.severity);
                }
            }
        }
        for k in &mut kinds {
            let columns: Vec<Text> = report
                .columns
                .iter()
                .filter(|c| c.kind == Some(k.kind))
                .map(|c| {
                    let header = c.header.as_deref().map(|h| format!(" ({h})")).unwrap_or_default();
                    let place = |lang| format!("{}{header}: {}", column_place(c, lang), c.matched);
                    Text::new(place(Lang::Ja), place(Lang::En))
                })
                .take(MAX_PLACES)
                .collect();
            k.places = if columns.is_empty() {
                findings
                    .iter()
                    .filter(|f| f.kind == k.kind)
                    .map(|f| FindingReport::new(f).place)
                    .take(MAX_PLACES)
                    .collect()
            } else {
                columns
            };
        }
        crate::order::sort_by(&mut kinds, |a, b| b.severity.cmp(&a.severity).then(b.count.cmp(&a.count)));
        PartReport {
            name: name.to_owned(),
            format: report.format,
            bytes: report.bytes,
            records,
            severity: kinds.iter().map(|k| k.severity).max(),
            kinds,
            problems: report
                .problems
                .iter()
                .map(|p| ProblemReport {
                    problem: p.clone(),
                    label: Text::new(problem_label(p.kind, Lang::Ja), problem_label(p.kind, Lang::En)),
                })
                .collect(),
            findings: findings.iter().take(MAX_PART_FINDINGS).map(|f| FindingReport::new(f)).collect(),
        }
    }
}

/// A finding of the scanned subject-and-body text, placed as a reader of the
/// mail says it: line 1 is the subject, the body's lines count from 1.
fn renumber_body_line(mut f: Finding) -> Finding {
    match f.location.line {
        Some(1) => {
            f.location.line = None;
            f.location.entry = Some(std::sync::Arc::from("件名 (subject)"));
        }
        Some(n) => f.location.line = Some(n - 1),
        None => {}
    }
    f
}

impl PartReport {}

/// The answer of the message check.
#[derive(Debug, Clone, Serialize)]
pub struct Verdict {
    pub decision: Decision,
    /// Whether a block may be overridden with a reason.
    pub override_allowed: bool,
    /// Reasons, the strongest first.
    pub reasons: Vec<Reason>,
    pub recipients: Vec<RecipientReport>,
    pub attachments: Vec<PartReport>,
    /// The subject and body as one part; `None` when both are empty.
    pub body: Option<PartReport>,
}

//! The rules of the message check, applied to one message: who receives it
//! (internal, partner, free mail, lookalike, first time, how many can see
//! each other), whether the salutation names them, and what the body and
//! attachments hold for them. Every rule that fires leaves a [`Reason`] in
//! both languages with its evidence; the strongest level is the decision.

use super::address::{Address, AddressInput};
use super::content::{dominant_domain, within_any, Part};
use super::domain::{find_within, registrable, within, FREE_MAIL, WELL_KNOWN};
use super::layout::layout;
use super::lookalike::{closest, Likeness};
use super::message::Message;
use super::policy::{Level, Policy, Rule, SupervisorWhen};
use super::salutation::{organisation_core, salutation, same_organisation};
use super::verdict::{Decision, Field, PartReport, Reason, RecipientClass, RecipientReport, Text, Verdict};
use crate::report::problem_label;
use crate::{scan_bytes, scan_text, Family, FileReport, Kind, Lang, ProblemKind, ScanOptions};

/// What the host knows besides the message and the policy.
#[derive(Debug, Clone, Default)]
pub struct CheckOptions {
    /// Addresses and domains the sender has mailed before; `None` when the
    /// host keeps no history (then `first_time_domain` cannot fire).
    pub history: Option<Vec<String>>,
    pub scan: ScanOptions,
}

/// An attachment's name and bytes.
#[derive(Debug, Clone, Copy)]
pub struct Attachment<'a> {
    pub name: &'a str,
    pub bytes: &'a [u8],
}

/// The scan options the message check needs: raw values kept in memory while
/// the check runs (to count distinct people) and the policy's markings.
pub fn scan_options(policy: &Policy, base: &ScanOptions) -> ScanOptions {
    ScanOptions { include_raw: true, markings: policy.confidential_keywords.clone(), ..base.clone() }
}

/// Scans the attachments and checks the whole message.
pub fn check_message(
    message: &Message,
    attachments: &[Attachment],
    policy: &Policy,
    options: &CheckOptions,
) -> Verdict {
    let scan = scan_options(policy, &options.scan);
    let reports: Vec<(String, FileReport)> =
        attachments.iter().map(|a| (a.name.to_owned(), scan_bytes(a.name, a.bytes, &scan))).collect();
    assess(message, &reports, policy, options)
}

/// Checks a message whose attachments were already scanned (hosts scan them
/// when they are attached, then check the message when it is sent). Reports
/// should come from [`scan_options`] so that people are counted exactly.
pub fn assess(
    message: &Message,
    attachments: &[(String, FileReport)],
    policy: &Policy,
    options: &CheckOptions,
) -> Verdict {
    let from = message.from.as_ref().map(Address::from);
    let free_mail: Vec<&str> =
        FREE_MAIL.iter().copied().chain(policy.free_mail_domains.iter().map(String::as_str)).collect();
    let is_free = |domain: &str| find_within(domain, &free_mail).is_some();
    let internal: Vec<String> = if policy.internal_domains.is_empty() {
        // A fresh install: the sender's own domain is internal, unless it is
        // free mail (then nothing is).
        from.as_ref().and_then(|f| f.domain.clone()).filter(|d| !is_free(d)).into_iter().collect()
    } else {
        policy.internal_domains.clone()
    };

    let mut recipients = Vec::new();
    for (field, list) in [(Field::To, &message.to), (Field::Cc, &message.cc), (Field::Bcc, &message.bcc)] {
        for input in list {
            recipients.push(Recipient::new(field, input, policy, &internal, &is_free));
        }
    }

    let body_text = match (message.subject.trim().is_empty(), message.body.trim().is_empty()) {
        (true, true) => None,
        _ => Some(format!("{}\n{}", message.subject, message.body)),
    };
    let body_scan = ScanOptions { markings: Vec::new(), ..scan_options(policy, &options.scan) };
    let body_report = body_text.as_deref().map(|t| scan_text(BODY_NAME, t, &body_scan));
    let body_layout = layout(&message.body, 2);
    let body_part = body_report.as_ref().map(|r| Part::new(BODY_NAME, r, Some(&body_layout)));
    let attachment_parts: Vec<Part> = attachments.iter().map(|(name, r)| Part::new(name, r, None)).collect();

    let mut check = Check { policy, recipients, reasons: Vec::new() };
    check.recipient_rules(&internal, options, &free_mail);
    check.salutation_rule(&message.body);
    check.content_organisation_rule(&attachment_parts, &internal, &is_free);
    let parts: Vec<&Part> = attachment_parts.iter().chain(body_part.as_ref()).collect();
    check.people_rules(&parts);
    check.content_kind_rules(&parts);
    check.attachment_problem_rules(&attachment_parts);
    check.confidential_rule(message, &attachment_parts, &body_layout);
    check.supervisor_rule(&attachment_parts, &parts);

    let Check { mut reasons, recipients, .. } = check;
    reasons.sort_by_key(|r| std::cmp::Reverse(r.level));
    let decision = match reasons.iter().map(|r| r.level).max() {
        Some(Level::Block) => Decision::Block,
        Some(Level::Confirm) => Decision::Confirm,
        _ => Decision::Allow,
    };
    let part_report = |p: &Part| PartReport::from_report(p.name, p.report, p.people, &p.counted);
    Verdict {
        decision,
        override_allowed: policy.allow_override,
        reasons,
        recipients: recipients.into_iter().map(|r| r.report).collect(),
        attachments: attachment_parts.iter().map(part_report).collect(),
        body: body_part.as_ref().map(|p| part_report(p).renumber_body()),
    }
}

/// The name the subject and body go by in reports.
pub const BODY_NAME: &str = "本文 (body)";

struct Recipient {
    address: Address,
    report: RecipientReport,
    partner: Option<String>,
    /// On the policy's allow-lists: exempt from recipient-only rules.
    trusted: bool,
}

impl Recipient {
    fn new(
        field: Field,
        input: &AddressInput,
        policy: &Policy,
        internal: &[String],
        is_free: &dyn Fn(&str) -> bool,
    ) -> Self {
        let address = Address::from(input);
        let mut partner = None;
        let (class, organisation) = match address.domain.as_deref() {
            None => (RecipientClass::Invalid, None),
            Some(d) if find_within(d, internal).is_some() => (RecipientClass::Internal, None),
            Some(d) => match policy.partner_domains.iter().filter(|(p, _)| within(d, p)).max_by_key(|(p, _)| p.len()) {
                Some((_, name)) => {
                    partner = Some(name.clone());
                    (RecipientClass::Partner, Some(name.clone()))
                }
                None if is_free(d) => (RecipientClass::FreeMail, None),
                None => (RecipientClass::External, Some(registrable(d).to_owned())),
            },
        };
        let canonical = address.canonical();
        let trusted = policy.allow_addresses.contains(&canonical)
            || address.domain.as_deref().is_some_and(|d| find_within(d, &policy.allow_domains).is_some());
        let report = RecipientReport::new(field, &address, class, organisation);
        Recipient { address, report, partner, trusted }
    }

    fn class(&self) -> RecipientClass {
        self.report.class
    }

    fn external(&self) -> bool {
        !matches!(self.class(), RecipientClass::Internal | RecipientClass::Invalid)
    }

    fn visible(&self) -> bool {
        self.report.field != Field::Bcc
    }

    fn domain(&self) -> &str {
        self.address.domain.as_deref().unwrap_or("")
    }

    /// Who this recipient stands for when counting organisations: the
    /// registrable domain, or the address itself for free mail.
    fn organisation_key(&self) -> String {
        match self.class() {
            RecipientClass::FreeMail => self.address.canonical(),
            _ => registrable(self.domain()).to_owned(),
        }
    }

    fn label(&self) -> String {
        self.address.label()
    }
}

struct Check<'a> {
    policy: &'a Policy,
    recipients: Vec<Recipient>,
    reasons: Vec<Reason>,
}

/// The parts of a reason before the policy decides its level.
struct Fired<'s> {
    rule: Rule,
    involved: Vec<usize>,
    attachment: Option<&'s str>,
    title: Text,
    detail: Text,
    evidence: Vec<String>,
    /// A level lower than the policy's (a rule that only informs in a context).
    cap: Option<Level>,
}

impl Fired<'_> {
    fn new(rule: Rule, involved: Vec<usize>, title: Text, detail: Text) -> Self {
        Fired { rule, involved, attachment: None, title, detail, evidence: Vec::new(), cap: None }
    }
}

fn join(items: &[String]) -> String {
    items.join(", ")
}

fn where_part(part: &Part) -> Text {
    if part.is_body {
        Text::new("本文", "the message body")
    } else {
        Text::new(format!("添付「{}」", part.name), format!("attachment '{}'", part.name))
    }
}

fn japanese(text: &str) -> bool {
    text.chars().any(|c| matches!(c, '\u{3040}'..='\u{30FF}' | '\u{3400}'..='\u{9FFF}' | '\u{F900}'..='\u{FAFF}'))
}

impl<'a> Check<'a> {
    fn fire(&mut self, fired: Fired) {
        let mut level = self.policy.level(fired.rule);
        if let Some(cap) = fired.cap {
            level = level.min(cap);
        }
        if level == Level::Off {
            return;
        }
        let had_recipients = !fired.involved.is_empty();
        let involved: Vec<usize> =
            fired.involved.into_iter().filter(|&i| !self.exempt(&self.recipients[i], fired.rule)).collect();
        if had_recipients && involved.is_empty() {
            return;
        }
        for &i in &involved {
            let rules = &mut self.recipients[i].report.rules;
            if !rules.contains(&fired.rule) {
                rules.push(fired.rule);
            }
        }
        self.reasons.push(Reason {
            rule: fired.rule,
            level,
            title: fired.title,
            detail: fired.detail,
            evidence: fired.evidence,
            recipients: involved.iter().map(|&i| self.recipients[i].address.address.clone()).collect(),
            attachment: fired.attachment.map(str::to_owned),
        });
    }

    fn exempt(&self, recipient: &Recipient, rule: Rule) -> bool {
        let address = recipient.address.canonical();
        self.policy.exemptions.iter().any(|e| {
            e.rules.contains(&rule)
                && e.recipients.iter().any(|r| {
                    let r = r.trim().to_lowercase();
                    if r.contains('@') {
                        r == address
                    } else {
                        within(recipient.domain(), r.trim_start_matches('@'))
                    }
                })
        })
    }

    fn indices(&self, keep: impl Fn(&Recipient) -> bool) -> Vec<usize> {
        (0..self.recipients.len()).filter(|&i| keep(&self.recipients[i])).collect()
    }

    fn labels(&self, involved: &[usize]) -> String {
        join(&involved.iter().map(|&i| self.recipients[i].label()).collect::<Vec<_>>())
    }

    fn recipient_rules(&mut self, internal: &[String], options: &CheckOptions, free_mail: &[&str]) {
        if self.recipients.is_empty() {
            self.fire(Fired::new(
                Rule::NoRecipients,
                Vec::new(),
                Text::new("宛先がありません", "No recipients"),
                Text::new(
                    "宛先(To/Cc/Bcc)を読み取れませんでした。送信先を確認してください。",
                    "No To, Cc or Bcc address could be read. Check who this goes to.",
                ),
            ));
        }
        for i in self.indices(|r| r.class() == RecipientClass::Invalid) {
            let address = self.recipients[i].address.address.clone();
            self.fire(Fired::new(
                Rule::InvalidAddress,
                vec![i],
                Text::new("読み取れない宛先", "Unreadable address"),
                Text::new(
                    format!("「{address}」はメールアドレスとして読み取れません。"),
                    format!("'{address}' cannot be read as a mail address."),
                ),
            ));
        }

        let free = self.indices(|r| r.class() == RecipientClass::FreeMail && !r.trusted);
        if !free.is_empty() {
            let who = self.labels(&free);
            self.fire(Fired::new(
                Rule::FreeMail,
                free,
                Text::new("フリーメール・個人のアドレス宛て", "Free-mail or private address"),
                Text::new(
                    format!("{who} はフリーメールまたは携帯電話のアドレスです。組織ではなく個人に届きます。"),
                    format!(
                        "{who}: a free-mail or mobile-carrier address reaches a private person, not an organisation."
                    ),
                ),
            ));
        }

        self.lookalike_rule(internal, options, free_mail);

        let unknown = self.indices(|r| r.class() == RecipientClass::External && !r.trusted);
        if !unknown.is_empty() {
            let mut domains: Vec<String> = unknown.iter().map(|&i| self.recipients[i].domain().to_owned()).collect();
            domains.dedup();
            let list = join(&domains);
            self.fire(Fired::new(
                Rule::ExternalRecipient,
                unknown,
                Text::new("社外の宛先", "External recipients"),
                Text::new(
                    format!("社内でも登録済みの取引先でもないドメインです: {list}"),
                    format!("Domains neither internal nor registered partners: {list}"),
                ),
            ));
        }

        if let Some(history) = &options.history {
            let known = |r: &Recipient| {
                history.iter().any(|h| {
                    let h = h.trim().to_lowercase();
                    match h.rsplit_once('@') {
                        // Free mail is per person: the address must be known.
                        Some(_) if r.class() == RecipientClass::FreeMail => h == r.address.canonical(),
                        Some((_, d)) => registrable(r.domain()) == registrable(d),
                        None if r.class() == RecipientClass::FreeMail => false,
                        None => within(r.domain(), &h) || registrable(r.domain()) == registrable(&h),
                    }
                })
            };
            let first = self.indices(|r| r.external() && !r.trusted && !known(r));
            if !first.is_empty() {
                let who = self.labels(&first);
                self.fire(Fired::new(
                    Rule::FirstTimeDomain,
                    first,
                    Text::new("初めて送る宛先", "First mail to this recipient"),
                    Text::new(
                        format!("{who} にはこれまで送信したことがありません。宛先が正しいか確認してください。"),
                        format!("You have not mailed {who} before. Check that it is the right recipient."),
                    ),
                ));
            }
        }

        let visible_external = self.indices(|r| r.visible() && r.external());
        let n = visible_external.len() as u32;
        if n >= self.policy.thresholds.many_recipients {
            self.fire(Fired::new(
                Rule::ManyRecipients,
                visible_external.clone(),
                Text::new("多数の社外宛先が互いに見えます", "Many external recipients can see each other"),
                Text::new(
                    format!("To/Cc に社外の宛先が{n}件あります。互いのアドレスが見えるため、Bcc を使ってください。"),
                    format!("{n} external recipients in To/Cc will see each other's addresses: use Bcc."),
                ),
            ));
        }
        let mut organisations: Vec<(String, String)> = Vec::new();
        for &i in &visible_external {
            let r = &self.recipients[i];
            let key = r.organisation_key();
            if !organisations.iter().any(|(k, _)| *k == key) {
                let label = r.partner.clone().unwrap_or_else(|| key.clone());
                organisations.push((key, label));
            }
        }
        let count = organisations.len() as u32;
        if count >= self.policy.thresholds.external_organisations {
            let names: Vec<String> = organisations.into_iter().map(|(_, l)| l).collect();
            let list = join(&names);
            let mut fired = Fired::new(
                Rule::ExternalOrganisations,
                visible_external,
                Text::new("複数の社外組織が同報されています", "Several external organisations in To/Cc"),
                Text::new(
                    format!("{count}つの組織・個人({list})が To/Cc で互いのアドレスを見られます。Bcc にするか、相手ごとに送ってください。"),
                    format!("{count} organisations or people ({list}) see each other's addresses in To/Cc: use Bcc or send separately."),
                ),
            );
            fired.evidence = names;
            self.fire(fired);
        }
    }

    fn lookalike_rule(&mut self, internal: &[String], options: &CheckOptions, free_mail: &[&str]) {
        let policy = self.policy;
        let history_domains: Vec<String> = options
            .history
            .iter()
            .flatten()
            .map(|h| h.rsplit_once('@').map_or(h.as_str(), |(_, d)| d).trim().to_lowercase())
            .collect();
        let known: Vec<&str> = internal
            .iter()
            .map(String::as_str)
            .chain(policy.partner_domains.keys().map(String::as_str))
            .chain(free_mail.iter().copied())
            .chain(WELL_KNOWN.iter().copied())
            .chain(policy.well_known_domains.iter().map(String::as_str))
            .collect();
        for i in self.indices(|r| r.class() == RecipientClass::External && !r.trusted) {
            let domain = self.recipients[i].domain().to_owned();
            if within_any(&domain, &history_domains) || within_any(&domain, &known) {
                continue;
            }
            let Some((like, likeness)) = closest(&domain, known.iter().copied()) else { continue };
            let whose = match policy.partner_domains.get(like) {
                Some(name) => format!("{like} ({name})"),
                None if within_any(like, internal) => format!("{like} (社内 / internal)"),
                None => like.to_owned(),
            };
            let (how_ja, how_en) = match likeness {
                Likeness::Homoglyph => ("紛らわしい文字", "look-alike characters".to_owned()),
                Likeness::OtherSuffix => ("末尾(トップレベルドメイン)が異なる", "another suffix".to_owned()),
                Likeness::Typo(n) => {
                    (if n == 1 { "1文字違い" } else { "2文字違い" }, format!("{n} character(s) apart"))
                }
            };
            let mut fired = Fired::new(
                Rule::LookalikeDomain,
                vec![i],
                Text::new("よく似た別のドメイン", "Lookalike domain"),
                Text::new(
                    format!("{domain} は {whose} とよく似た別のドメインです({how_ja})。打ち間違いやなりすましの可能性があります。"),
                    format!("{domain} looks like {whose} but is a different domain ({how_en}): a typo or an impersonation."),
                ),
            );
            fired.evidence = vec![format!("{domain} ≈ {like}")];
            self.fire(fired);
        }
    }

    fn salutation_rule(&mut self, body: &str) {
        let Some(s) = salutation(body) else { return };
        let policy = self.policy;
        let visible = self.indices(|r| r.visible() && r.class() != RecipientClass::Invalid);
        if visible.is_empty() {
            return;
        }
        let external: Vec<usize> = visible.iter().copied().filter(|&i| self.recipients[i].external()).collect();
        let mut problems: Vec<(Text, String)> = Vec::new();
        for org in &s.organisations {
            if policy.own_names.iter().any(|n| same_organisation(n, org)) {
                if external.len() == visible.len() {
                    problems.push((
                        Text::new(
                            format!("宛名「{org}」は自社ですが、宛先はすべて社外です。"),
                            format!(
                                "The salutation names '{org}', your own organisation, but every recipient is external."
                            ),
                        ),
                        format!("宛名 / salutation: {org}"),
                    ));
                }
                continue;
            }
            let named_by_recipient = visible.iter().any(|&i| {
                let r = &self.recipients[i];
                r.partner.as_deref().is_some_and(|p| same_organisation(p, org))
                    || r.address.name.as_deref().is_some_and(|n| organisation_core(n).contains(&organisation_core(org)))
            });
            if named_by_recipient {
                continue;
            }
            if let Some((domain, name)) = policy.partner_domains.iter().find(|(_, n)| same_organisation(n, org)) {
                problems.push((
                    Text::new(
                        format!("宛名「{org}」は {name}({domain})ですが、{domain} の宛先がありません。"),
                        format!("The salutation names '{org}' ({name}, {domain}) but no recipient is at {domain}."),
                    ),
                    format!("宛名 / salutation: {org} → {domain}"),
                ));
                continue;
            }
            let partners: Vec<String> = external.iter().filter_map(|&i| self.recipients[i].partner.clone()).collect();
            if !external.is_empty() && partners.len() == external.len() {
                let list = join(&partners);
                problems.push((
                    Text::new(
                        format!("宛名「{org}」は宛先の組織({list})と一致しません。"),
                        format!("The salutation names '{org}', but the recipients are {list}."),
                    ),
                    format!("宛名 / salutation: {org}"),
                ));
            }
        }
        // People: only when every To recipient has a Japanese display name
        // to compare with (a bare address cannot be matched to 山田様).
        let to = self.indices(|r| r.report.field == Field::To && r.class() != RecipientClass::Invalid);
        let names: Option<Vec<String>> =
            to.iter().map(|&i| self.recipients[i].address.name.clone().filter(|n| japanese(n))).collect();
        if let Some(names) = names.filter(|n| !n.is_empty()) {
            let squeezed: Vec<String> = names.iter().map(|n| n.split_whitespace().collect::<String>()).collect();
            for person in &s.people {
                if !japanese(person) {
                    continue;
                }
                if !squeezed.iter().any(|n| n.contains(person.as_str())) {
                    let list = join(&names);
                    problems.push((
                        Text::new(
                            format!("宛名は「{person}」様ですが、宛先(To)は {list} です。"),
                            format!("The salutation addresses {person}, but the To recipients are {list}."),
                        ),
                        format!("宛名 / salutation: {person}"),
                    ));
                }
            }
        }
        if problems.is_empty() {
            return;
        }
        let detail = Text::new(
            problems.iter().map(|(t, _)| t.ja.as_str()).collect::<Vec<_>>().join(" "),
            problems.iter().map(|(t, _)| t.en.as_str()).collect::<Vec<_>>().join(" "),
        );
        let mut fired = Fired::new(
            Rule::SalutationMismatch,
            visible,
            Text::new("宛名と宛先が一致しません", "The salutation does not match the recipients"),
            detail,
        );
        fired.evidence = problems.into_iter().map(|(_, e)| e).collect();
        self.fire(fired);
    }

    fn content_organisation_rule(&mut self, parts: &[Part], internal: &[String], is_free: &dyn Fn(&str) -> bool) {
        let policy = self.policy;
        let external = self.indices(Recipient::external);
        if external.is_empty() {
            return;
        }
        for part in parts {
            // (organisation, its domain if known, what showed it)
            let mut owners: Vec<(String, Option<String>, String)> = Vec::new();
            let file_core = organisation_core(part.name);
            for (domain, name) in &policy.partner_domains {
                let core = organisation_core(name);
                if core.chars().count() >= 3 && file_core.contains(&core) {
                    owners.push((name.clone(), Some(domain.clone()), format!("ファイル名 / file name: {}", part.name)));
                } else if let Some(o) = part.report.organisations.iter().find(|o| same_organisation(o, name)) {
                    owners.push((name.clone(), Some(domain.clone()), format!("内容 / content: {o}")));
                }
            }
            let ignore = |d: &str| is_free(d) || within_any(d, internal);
            if let Some((domain, count, total)) = dominant_domain(part.report, ignore) {
                let name = policy.partner_domains.get(&domain).cloned().unwrap_or_else(|| domain.clone());
                if !owners.iter().any(|(_, d, _)| d.as_deref() == Some(domain.as_str())) {
                    owners.push((name, Some(domain), format!("メールアドレス / e-mail addresses: {count}/{total}")));
                }
            }
            owners.retain(|(name, _, _)| !policy.own_names.iter().any(|own| same_organisation(own, name)));
            if owners.is_empty() {
                continue;
            }
            let belongs_to_recipient = |owner: &(String, Option<String>, String)| {
                self.recipients.iter().filter(|r| r.external()).any(|r| {
                    owner
                        .1
                        .as_deref()
                        .is_some_and(|d| within(r.domain(), d) || registrable(r.domain()) == registrable(d))
                        || r.partner.as_deref().is_some_and(|p| same_organisation(p, &owner.0))
                })
            };
            // Data that names the recipient's organisation too (a joint memo)
            // is not another organisation's file.
            let names_recipient = self.recipients.iter().filter_map(|r| r.partner.as_deref()).any(|p| {
                part.report.organisations.iter().any(|o| same_organisation(o, p))
                    || file_core.contains(&organisation_core(p))
            });
            if names_recipient || owners.iter().any(belongs_to_recipient) {
                continue;
            }
            let owner_names: Vec<String> = owners.iter().map(|(n, _, _)| n.clone()).collect();
            let recipient_orgs: Vec<String> = {
                let mut orgs: Vec<String> = external
                    .iter()
                    .map(|&i| {
                        self.recipients[i].partner.clone().unwrap_or_else(|| self.recipients[i].organisation_key())
                    })
                    .collect();
                orgs.dedup();
                orgs
            };
            let (owners_text, recipients_text) = (join(&owner_names), join(&recipient_orgs));
            let mut fired = Fired::new(
                Rule::ContentOtherOrganisation,
                external.clone(),
                Text::new("別の組織のデータが添付されています", "An attachment belongs to another organisation"),
                Text::new(
                    format!(
                        "添付「{}」は {owners_text} のもののようですが、宛先は {recipients_text} です。",
                        part.name
                    ),
                    format!("Attachment '{}' looks like {owners_text}'s, but it goes to {recipients_text}.", part.name),
                ),
            );
            fired.attachment = Some(part.name);
            fired.evidence = owners.into_iter().map(|(_, _, e)| e).collect();
            self.fire(fired);
        }
    }

    fn people_rules(&mut self, parts: &[&Part]) {
        let Some(part) = parts.iter().copied().filter(|p| p.people > 0).max_by_key(|p| p.people) else { return };
        let t = &self.policy.thresholds;
        let n = part.people;
        let at = where_part(part);
        let attachment = (!part.is_body).then_some(part.name);
        let evidence: Vec<String> = parts
            .iter()
            .filter(|p| p.people > 0)
            .map(|p| format!("{}: {} 人 / people", where_part(p).en, p.people))
            .collect();
        let external = self.indices(Recipient::external);
        let mut volume_fired = false;
        if !external.is_empty() && n >= t.bulk_records {
            let who = self.labels(&external);
            let (rule, title, extra) = if n >= t.mass_records {
                (
                    Rule::MassPersonalExternal,
                    Text::new(
                        "非常に大量の個人データを社外へ",
                        "A very large amount of personal data to an external recipient",
                    ),
                    ("漏えいした場合の影響が非常に大きい量です。", " A leak of this size harms many people."),
                )
            } else {
                (
                    Rule::BulkPersonalExternal,
                    Text::new("大量の個人データを社外へ", "Bulk personal data to an external recipient"),
                    ("", ""),
                )
            };
            let mut fired = Fired::new(
                rule,
                external.clone(),
                title,
                Text::new(
                    format!(
                        "{}に{n}人分の個人データがあります。社外({who})に送る必要があるか確認してください。{}",
                        at.ja, extra.0
                    ),
                    format!("{} holds data about {n} people. Check that it must go to {who}.{}", at.en, extra.1),
                ),
            );
            fired.attachment = attachment;
            fired.evidence = evidence.clone();
            self.fire(fired);
            volume_fired = true;
        }
        let free = self.indices(|r| r.class() == RecipientClass::FreeMail && !r.trusted);
        if !free.is_empty() && n >= t.free_mail_records {
            let who = self.labels(&free);
            let mut fired = Fired::new(
                Rule::PersonalDataFreeMail,
                free,
                Text::new("個人データをフリーメールへ", "Personal data to a free-mail address"),
                Text::new(
                    format!(
                        "{}に{n}人分の個人データがあり、フリーメール・個人のアドレス({who})に送ろうとしています。",
                        at.ja
                    ),
                    format!(
                        "{} holds data about {n} people and is going to a free-mail or private address ({who}).",
                        at.en
                    ),
                ),
            );
            fired.attachment = attachment;
            fired.evidence = evidence.clone();
            self.fire(fired);
        }
        let unknown = self.indices(|r| r.class() == RecipientClass::External && !r.trusted);
        if !volume_fired && !unknown.is_empty() && n >= t.personal_records {
            let who = self.labels(&unknown);
            let mut fired = Fired::new(
                Rule::PersonalDataExternal,
                unknown,
                Text::new("個人データを社外へ", "Personal data to an external recipient"),
                Text::new(
                    format!("{}に{n}人分の個人データがあり、取引先として登録されていない社外の宛先({who})に送ろうとしています。", at.ja),
                    format!("{} holds data about {n} people and is going to an external recipient who is not a registered partner ({who}).", at.en),
                ),
            );
            fired.attachment = attachment;
            fired.evidence = evidence;
            self.fire(fired);
        }
    }

    fn content_kind_rules(&mut self, parts: &[&Part]) {
        let external = self.indices(Recipient::external);
        if external.is_empty() {
            return;
        }
        type Wording = (Text, fn(&Text, &str, &str) -> Text);
        let rules: [(Rule, Family, Option<Kind>, Wording); 4] = [
            (
                Rule::SpecialCareExternal,
                Family::SpecialCare,
                None,
                (
                    Text::new("要配慮個人情報を社外へ", "Special-care personal information to an external recipient"),
                    |at, kinds_ja, kinds_en| {
                        Text::new(
                        format!("{}に要配慮個人情報({kinds_ja})があります。本人の同意なく第三者に提供することは原則できません(個人情報保護法)。", at.ja),
                        format!("{} holds special-care personal information ({kinds_en}); the APPI forbids passing it to a third party without the person's consent.", at.en),
                    )
                    },
                ),
            ),
            (
                Rule::MyNumberExternal,
                Family::Identifier,
                Some(Kind::MyNumber),
                (Text::new("マイナンバーを社外へ", "My Number to outside the organisation"), |at, _, _| {
                    Text::new(
                        format!("{}にマイナンバー(個人番号)があります。番号法で定められた事務以外での提供は禁止されています。", at.ja),
                        format!("{} holds a My Number; the My Number Act forbids providing it outside the prescribed procedures.", at.en),
                    )
                }),
            ),
            (
                Rule::CardNumberExternal,
                Family::Identifier,
                Some(Kind::CreditCard),
                (
                    Text::new("クレジットカード番号を社外へ", "Payment card number to an external recipient"),
                    |at, _, _| {
                        Text::new(
                        format!("{}にクレジットカード番号(チェックディジット一致)があります。カード番号をメールで送ることは PCI DSS で禁止されています。", at.ja),
                        format!("{} holds a payment card number (valid check digit); PCI DSS forbids sending card numbers by end-user messaging.", at.en),
                    )
                    },
                ),
            ),
            (
                Rule::SecretExternal,
                Family::Secret,
                None,
                (
                    Text::new("パスワード・認証情報を社外へ", "Password or credentials to an external recipient"),
                    |at, kinds_ja, kinds_en| {
                        Text::new(
                        format!("{}に{kinds_ja}があります。ファイルと同じ経路でパスワードを送ると(PPAP)、誤送信のとき両方が漏れます。", at.ja),
                        format!("{} contains {kinds_en}. Sent the same way as the file (PPAP), a password leaks with it on a mis-send.", at.en),
                    )
                    },
                ),
            ),
        ];
        for (rule, family, kind, (title, detail)) in rules {
            let hit: Vec<&&Part> = parts
                .iter()
                .filter(|p| match kind {
                    Some(k) => p.has_kind(k),
                    None => p.has_family(family),
                })
                .collect();
            let Some(first) = hit.first() else { continue };
            let at = where_part(first);
            let kinds_ja = match kind {
                Some(k) => k.label(Lang::Ja).to_owned(),
                None => first.kinds_of(family, Lang::Ja).join("、"),
            };
            let kinds_en = match kind {
                Some(k) => k.label(Lang::En).to_owned(),
                None => first.kinds_of(family, Lang::En).join(", "),
            };
            let mut fired = Fired::new(rule, external.clone(), title, detail(&at, &kinds_ja, &kinds_en));
            fired.attachment = (!first.is_body).then_some(first.name);
            fired.evidence = hit
                .iter()
                .flat_map(|p| {
                    let name = where_part(p).en;
                    p.counted
                        .iter()
                        .filter(move |f| kind.map_or(f.kind.family() == family, |k| f.kind == k))
                        .take(3)
                        .map(move |f| {
                            format!(
                                "{name} {}: {} {}",
                                crate::report::location_label(&f.location, Lang::En),
                                f.kind.label(Lang::En),
                                f.masked
                            )
                        })
                })
                .collect();
            self.fire(fired);
        }
    }

    fn attachment_problem_rules(&mut self, parts: &[Part]) {
        let external = self.indices(Recipient::external);
        let everyone = self.indices(|r| r.class() != RecipientClass::Invalid);
        for part in parts {
            let (unsupported, unreadable): (Vec<_>, Vec<_>) =
                part.report.problems.iter().partition(|p| p.kind == ProblemKind::Unsupported);
            if let Some(problem) = unreadable.first() {
                let what = Text::new(problem_label(problem.kind, Lang::Ja), problem_label(problem.kind, Lang::En));
                let ppap = problem.kind == ProblemKind::Encrypted;
                let mut fired = Fired::new(
                    Rule::UninspectableAttachment,
                    if external.is_empty() { everyone.clone() } else { external.clone() },
                    Text::new("中身を確認できない添付ファイル", "An attachment could not be inspected"),
                    Text::new(
                        format!(
                            "添付「{}」を検査できませんでした({})。{}",
                            part.name,
                            what.ja,
                            if ppap {
                                "パスワード付きファイルは誤送信を防げず、受信側の検査もすり抜けます。中身と宛先を確認してください。"
                            } else {
                                "中身を確認してから送ってください。"
                            }
                        ),
                        format!(
                            "Attachment '{}' could not be inspected ({}). {}",
                            part.name,
                            what.en,
                            if ppap {
                                "An encrypted file does not prevent a mis-send and slips past the receiver's scanning. Check its content and the recipients."
                            } else {
                                "Check its content before sending."
                            }
                        ),
                    ),
                );
                fired.attachment = Some(part.name);
                fired.evidence = unreadable
                    .iter()
                    .map(|p| match &p.entry {
                        Some(e) => format!("{}: {} ({})", e, problem_label(p.kind, Lang::En), p.detail),
                        None => format!("{} ({})", problem_label(p.kind, Lang::En), p.detail),
                    })
                    .collect();
                if external.is_empty() {
                    fired.cap = Some(Level::Notice);
                }
                self.fire(fired);
            }
            if let Some(problem) = unsupported.first() {
                let mut fired = Fired::new(
                    Rule::UnsupportedAttachment,
                    Vec::new(),
                    Text::new("検査対象外の形式", "Format not inspected"),
                    Text::new(
                        format!("添付「{}」の中身は検査していません({})。", part.name, problem.detail),
                        format!("The content of attachment '{}' was not inspected ({}).", part.name, problem.detail),
                    ),
                );
                fired.attachment = Some(part.name);
                self.fire(fired);
            }
        }
    }

    fn confidential_rule(&mut self, message: &Message, attachments: &[Part], body_layout: &super::layout::Layout) {
        let external = self.indices(Recipient::external);
        let words = &self.policy.confidential_keywords;
        if external.is_empty() || words.is_empty() {
            return;
        }
        let mut seen: Vec<String> = Vec::new();
        let mut note = |place: &str, word: &str| {
            let e = format!("{place}: {word}");
            if !seen.contains(&e) {
                seen.push(e);
            }
        };
        for w in words {
            if crate::normalize::fold(&message.subject).text.contains(w.as_str()) {
                note("件名 / subject", w);
            }
        }
        for (n, line) in message.body.lines().enumerate() {
            if body_layout.is_furniture(n as u32 + 2) {
                continue;
            }
            let folded = crate::normalize::fold(line);
            for w in words.iter().filter(|w| folded.text.contains(w.as_str())) {
                note(&format!("本文 / body line {}", n + 1), w);
            }
        }
        for part in attachments {
            let name = crate::normalize::fold(part.name);
            for w in words.iter().filter(|w| name.text.contains(w.as_str())) {
                note(&format!("ファイル名 / file name '{}'", part.name), w);
            }
            for w in &part.report.markings {
                note(&format!("添付 / attachment '{}'", part.name), w);
            }
        }
        if seen.is_empty() {
            return;
        }
        let who = self.labels(&external);
        let list = join(&seen);
        let mut fired = Fired::new(
            Rule::ConfidentialKeyword,
            external,
            Text::new("社外秘などの表示", "Confidentiality marking"),
            Text::new(
                format!("社外に出さない旨の表示があります({list})。社外の宛先({who})に送ってよいか確認してください。"),
                format!("Marked not for outside ({list}). Check that it may go to {who}."),
            ),
        );
        fired.evidence = seen;
        self.fire(fired);
    }

    fn supervisor_rule(&mut self, attachments: &[Part], parts: &[&Part]) {
        let Some(sup) = &self.policy.supervisors else { return };
        let external = self.indices(Recipient::external);
        if external.is_empty() {
            return;
        }
        let applies = match sup.when {
            SupervisorWhen::External => true,
            SupervisorWhen::ExternalAttachments => !attachments.is_empty(),
            SupervisorWhen::PersonalData => parts
                .iter()
                .any(|p| p.people > 0 || p.counted.iter().any(|f| f.kind.is_personal() && f.kind != Kind::PersonName)),
        };
        let copied = self
            .recipients
            .iter()
            .any(|r| sup.addresses.iter().any(|a| a.trim().eq_ignore_ascii_case(&r.address.address)));
        if !applies || copied {
            return;
        }
        let list = sup.addresses.join(", ");
        let mut fired = Fired::new(
            Rule::SupervisorCcMissing,
            Vec::new(),
            Text::new("上長が Cc に入っていません", "Supervisor not copied"),
            Text::new(
                format!("このようなメールには {list} を Cc に入れる決まりです。"),
                format!("Mail like this must copy {list}."),
            ),
        );
        fired.evidence = sup.addresses.clone();
        self.fire(fired);
    }
}

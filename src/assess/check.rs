//! The rules of the message check, applied to one message: who receives it
//! (internal, partner, free mail, lookalike, first time, how many can see
//! each other), whether the salutation names them, and what the body and
//! attachments hold for them. Every rule that fires leaves a [`Reason`] in
//! both languages with its evidence; the strongest level is the decision.

use super::address::{Address, AddressInput};
use super::content::{about_a_rite, about_animals, of_the_correspondents, refers_to_person, Part, SpecialCare};
use super::domain::{find_within, registrable, within, FREE_MAIL};
use super::layout::layout;
use super::message::Message;
use super::policy::{Level, Policy, Rule};
use super::salutation::{display_may_be, display_names_a_person, foreign_name, holds_name, salutation};
use super::verdict::{Decision, Field, PartReport, Reason, RecipientClass, RecipientReport, Text, Verdict};
use crate::detect::people::starts_with_surname;
use crate::{scan_bytes, scan_text, FileReport, Kind, ScanOptions};

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
    let mut body_part = body_report.as_ref().map(|r| {
        let mut part = Part::new(BODY_NAME, r, Some(&body_layout));
        // Lines of the subject and body that are content (furniture skipped).
        let subject = std::iter::once(message.subject.as_str());
        let lines = message.body.lines().enumerate().filter(|(n, _)| !body_layout.is_furniture(*n as u32 + 2));
        part.refers_to_person = refers_to_person(subject.chain(lines.map(|(_, l)| l)));
        part
    });
    // The sender's own phone or address written into the text (「当日の連絡先：
    // 顧問 宮本 080-…」 from 宮本) is how to reach the sender, not data
    // about someone.
    // The sender is also who signs the mail: a display name that is the
    // organisation's (「緑ヶ丘三丁目自治会」) leaves the signature's 「会長
    // 佐々木 幸子」 to say who wrote 「会長 佐々木（090-…）までお電話ください」.
    if let Some(part) = body_part.as_mut() {
        let mut surnames = from.as_ref().and_then(|f| f.name.as_deref()).map(sender_surnames).unwrap_or_default();
        surnames.extend(signature_surnames(&message.body, &body_layout));
        let own_line = |f: &crate::Finding| {
            matches!(f.kind, Kind::Phone | Kind::Email)
                && f.location
                    .line
                    .and_then(|l| message.body.lines().nth((l as usize).checked_sub(2)?))
                    .is_some_and(|line| surnames.iter().any(|s| line.contains(s.as_str())))
        };
        part.forget(own_line);
    }
    // The sender's organisation's own phone or address, as its signature
    // gives it, repeated in the text (「欠席のご連絡は教室（042-…）まで」) is
    // how to reach the office, not data about someone.
    if let (Some(part), Some(report)) = (body_part.as_mut(), body_report.as_ref()) {
        let own_contacts = signature_contacts(report, &body_layout);
        if !own_contacts.is_empty() {
            part.forget(|f| matches!(f.kind, Kind::Phone | Kind::Email) && own_contacts.contains(&contact_key(f)));
        }
    }
    // A business's listing in the text (a newsletter's 「三軒茶屋2-13-5　TEL
    // 03-…（日曜定休）」 for a member's restaurant, 「やまだ酒店　太田市本町
    // 12-8　TEL …」 for a new member's shop): the phone and address on a
    // line that gives opening hours or a closing day or opens with the
    // business's name, or next to one, are how to reach the business, not
    // data about someone.
    if let Some(part) = body_part.as_mut() {
        let lines: Vec<&str> = message.body.lines().collect();
        // The line itself or one of the two lines either side of it in the
        // same paragraph (an address, then 「TEL …」, then 「営業時間 …」).
        let listing = |n: usize| {
            let blank = |k: usize| lines.get(k).is_none_or(|l| l.trim().is_empty());
            let mut near = vec![n];
            for k in (n.saturating_sub(2)..n).rev() {
                if blank(k) {
                    break;
                }
                near.push(k);
            }
            for k in n + 1..=n + 2 {
                if blank(k) {
                    break;
                }
                near.push(k);
            }
            near.into_iter().any(|k| lines.get(k).is_some_and(|l| gives_hours(l) || opens_with_business(l)))
        };
        part.forget(|f| {
            matches!(f.kind, Kind::Phone | Kind::Address)
                && f.location.line.and_then(|l| (l as usize).checked_sub(2)).is_some_and(listing)
        });
        // A business named earlier on the line, in the running text (「会員
        // の山本さんが開いたパン工房ミモザ（三軒茶屋2-13-5、TEL 03-…）」): the
        // landline and address after it are the business's. A mobile is a
        // person's wherever it stands, and a home (自宅) is no business's.
        part.forget(|f| {
            let Some(raw) = f.raw.as_deref() else { return false };
            let Some(line) = f.location.line.and_then(|l| lines.get((l as usize).checked_sub(2)?)) else {
                return false;
            };
            matches!(f.kind, Kind::Phone | Kind::Address)
                && !is_mobile(raw)
                && line.find(raw).is_some_and(|at| business_before(&line[..at]))
        });
    }
    let mut attachment_parts: Vec<Part> = attachments.iter().map(|(name, r)| Part::new(name, r, None)).collect();
    let (elsewhere, strangers) =
        (greets_someone_else(&message.body, &recipients), seen_by_strangers(&message.body, &recipients));
    let animals = about_animals(&policy.own_names, &message.subject, &message.body);
    let rite = about_a_rite(&message.subject, &message.body);
    let outside: Vec<&Recipient> = recipients.iter().filter(|r| r.external() && !r.trusted).collect();
    let known_private = !outside.is_empty()
        && outside.iter().all(|r| {
            r.class() == RecipientClass::FreeMail
                && options.history.iter().flatten().any(|h| h.trim().eq_ignore_ascii_case(&r.address.canonical()))
        });
    for part in attachment_parts.iter_mut().chain(body_part.as_mut()) {
        part.greets_someone_else = elsewhere;
        part.to_known_namesake = elsewhere && known_private;
        part.seen_by_strangers = strangers;
        part.about_animals = animals;
        part.about_a_rite = rite;
    }

    let mut correspondents: Vec<String> = Vec::new();
    let names = from.iter().chain(recipients.iter().map(|r| &r.address)).filter_map(|a| a.name.as_deref());
    for name in names.chain(
        salutation(&message.body).into_iter().flat_map(|s| s.people).collect::<Vec<_>>().iter().map(String::as_str),
    ) {
        if !japanese(name) {
            continue;
        }
        correspondents.push(name.split_whitespace().collect());
        if let Some(surname) = name.split_whitespace().next().filter(|s| s.chars().count() >= 2) {
            correspondents.push(surname.to_owned());
        }
    }
    let internal_style = reads_as_internal(&message.body);
    let parts: Vec<&Part> = attachment_parts.iter().chain(body_part.as_ref()).collect();
    // Every private address the mail goes to has been mailed before (a
    // volunteer, a customer who wrote first).
    let mailed_before =
        |r: &Recipient| options.history.iter().flatten().any(|h| h.trim().eq_ignore_ascii_case(&r.address.canonical()));
    let free_known = {
        let mut free = recipients.iter().filter(|r| r.class() == RecipientClass::FreeMail && !r.trusted).peekable();
        free.peek().is_some() && free.all(mailed_before)
    };
    // People known by name alone (a shift list of surnames) to private
    // addresses the sender already writes to: whose turn it is, not a leak.
    let names_to_known =
        free_known && parts.iter().any(|p| p.people > 0) && parts.iter().all(|p| p.people == 0 || p.names_only());
    let personal_content = parts.iter().any(|p| {
        p.people > 0 && !names_to_known
            || p.holds_private_data()
            || p.special_care(&correspondents).is_some_and(|c| c >= SpecialCare::Unclear)
    });
    let unreadable = !attachment_parts.iter().all(|p| p.report.problems.is_empty());
    let about_others_besides_numbers = unreadable
        || parts.iter().any(|p| {
            p.people >= policy.thresholds.free_mail_records
                || p.special_care(&correspondents).is_some_and(|c| c >= SpecialCare::Unclear)
                || names_someone_else(p, &correspondents)
        });
    let about_others =
        about_others_besides_numbers || parts.iter().any(|p| p.counted.iter().any(|f| f.kind.is_issued_to_a_person()));
    // One person's numbers and nobody else's, to private addresses the sender
    // has mailed before: in a reply greeting that person (a passport number
    // read back before ticketing), the recipient's own.
    let own_numbers = !about_others_besides_numbers && free_known;
    let few = policy.thresholds.personal_records;
    let own_matter = addressees_own_matter(&parts, &recipients, &correspondents, &message.body, &mailed_before, few)
        && !elsewhere
        && !strangers;
    // Every unregistered outside organisation is one the sender has mailed
    // before (a high school the university writes to each year).
    let externals_known = {
        let mut external = recipients.iter().filter(|r| r.class() == RecipientClass::External && !r.trusted).peekable();
        external.peek().is_some()
            && external.all(|r| {
                options.history.iter().flatten().any(|h| {
                    let h = h.trim().to_lowercase();
                    let domain = h.rsplit_once('@').map_or(h.as_str(), |(_, d)| d);
                    registrable(r.domain()) == registrable(domain)
                })
            })
    };
    let mut check = Check {
        policy,
        recipients,
        reasons: Vec::new(),
        correspondents,
        internal_style,
        personal_content: personal_content || unreadable,
        about_others,
        own_numbers,
        names_to_known,
        own_matter,
        externals_known,
        // A veterinary practice's correspondents are owners, not patients.
        patients_circle: care_provider(&policy.own_names) && !animals && parts.iter().any(|p| p.names_a_condition()),
    };
    check.recipient_rules(&internal, options, &free_mail, message);
    check.salutation_rule(&message.body);
    check.content_organisation_rule(&attachment_parts, &internal, &is_free);
    check.people_rules(&parts);
    check.content_kind_rules(&parts);
    check.attachment_problem_rules(&attachment_parts);
    check.confidential_rule(message, &attachment_parts, &body_layout);
    check.supervisor_rule(&attachment_parts, &parts);

    let body = body_part.as_ref().map(|p| p.report_as_body());
    check.verdict(&attachment_parts, body)
}

impl Part<'_> {
    /// The part as the verdict shows it.
    pub(super) fn report(&self) -> PartReport {
        PartReport::from_report(self.name, self.report, self.people, &self.counted, false)
    }

    /// The message's subject and body as the verdict shows them.
    pub(super) fn report_as_body(&self) -> PartReport {
        PartReport::from_report(self.name, self.report, self.people, &self.counted, true)
    }
}

impl Check<'_> {
    /// The verdict: reasons strongest first, the decision their strongest
    /// level (a notice leaves `allow`), recipients, attachments and body.
    pub(super) fn verdict(self, attachments: &[Part], body: Option<PartReport>) -> Verdict {
        let Check { policy, mut reasons, recipients, .. } = self;
        crate::order::sort_by_key(&mut reasons, |r| std::cmp::Reverse(r.level));
        let decision = match reasons.iter().map(|r| r.level).max() {
            Some(Level::Block) => Decision::Block,
            Some(Level::Confirm) => Decision::Confirm,
            _ => Decision::Allow,
        };
        Verdict {
            decision,
            override_allowed: policy.allow_override,
            reasons,
            recipients: recipients.into_iter().map(|r| r.report).collect(),
            attachments: attachments.iter().map(Part::report).collect(),
            body,
        }
    }
}

/// True when every external recipient is a private address mailed before
/// whom the salutation greets by the name the address carries, and what the
/// mail holds is theirs: no one else named (a family member shares the
/// greeted surname), no special-care fact, and about one person, or a few on
/// papers that name the recipient (a withholding slip with the spouse on it).
fn addressees_own_matter(
    parts: &[&Part],
    recipients: &[Recipient],
    correspondents: &[String],
    body: &str,
    mailed_before: &dyn Fn(&Recipient) -> bool,
    few: u32,
) -> bool {
    let Some(greeted) = salutation(body) else { return false };
    let squeeze = |n: &str| n.split_whitespace().collect::<String>();
    let people: Vec<String> = greeted.people.iter().map(|p| squeeze(p)).filter(|p| p.chars().count() >= 2).collect();
    let greets =
        |r: &Recipient| {
            r.address.name.as_deref().filter(|n| japanese(n)).is_some_and(|n| {
                people.iter().any(|p| holds_name(n, p, true) || foreign_name(p) && display_may_be(n, p))
            })
        };
    let external: Vec<&Recipient> = recipients.iter().filter(|r| r.external() && !r.trusted).collect();
    let addressed = !external.is_empty()
        && external.iter().all(|r| r.class() == RecipientClass::FreeMail && mailed_before(r) && greets(r));
    let names_recipient = |p: &Part| external.iter().any(|r| r.address.name.as_deref().is_some_and(|n| p.names(n)));
    addressed
        && parts.iter().all(|p| {
            !names_someone_else(p, correspondents)
                && p.special_care(correspondents) != Some(SpecialCare::Fact)
                && !p.has_kind(Kind::MyNumber)
                && (p.people <= 1 || p.people < few && names_recipient(p))
        })
}

/// A phone's digits or a mail address in lower case: the same contact however
/// it is written (`042-583-7710`, `042(583)7710`).
fn contact_key(f: &crate::Finding) -> String {
    let raw = f.raw.as_deref().unwrap_or(&f.masked);
    match f.kind {
        Kind::Phone => raw.chars().filter(char::is_ascii_digit).collect(),
        _ => raw.trim().to_lowercase(),
    }
}

/// The phones and mail addresses of the body's own signature block (the
/// furniture after the closing, not a quoted mail's: those lines come after
/// a quote header and are the other party's).
fn signature_contacts(report: &FileReport, layout: &super::layout::Layout) -> Vec<String> {
    report
        .findings
        .iter()
        .filter(|f| matches!(f.kind, Kind::Phone | Kind::Email))
        .filter(|f| f.location.line.is_some_and(|l| layout.is_furniture(l) && !layout.is_quoted(l)))
        .map(contact_key)
        .filter(|k| !k.is_empty())
        .collect()
}

/// The surnames on the lines of the body's own signature block (furniture
/// after the text, not a quoted mail's): the sender's, as they sign.
fn signature_surnames(body: &str, layout: &super::layout::Layout) -> Vec<String> {
    let mut text_seen = false;
    let mut out = Vec::new();
    for (n, line) in body.lines().enumerate() {
        let l = n as u32 + 2;
        if layout.is_quoted(l) {
            break;
        }
        if !layout.is_furniture(l) {
            text_seen |= !line.trim().is_empty();
        } else if text_seen {
            out.extend(sender_surnames(line));
        }
    }
    out
}

/// The words of the sender's display name that are surnames (「顧問 宮本」 →
/// 宮本): how the sender signs a line of the text as their own.
fn sender_surnames(display: &str) -> Vec<String> {
    display
        .split(|c: char| c.is_whitespace() || c == '・')
        .filter(|w| japanese(w) && (2..=4).contains(&w.chars().count()))
        .filter(|w| starts_with_surname(w) == Some(*w))
        .map(str::to_owned)
        .collect()
}

/// True when the part names a person who is not one of the correspondents'
/// own (`of_the_correspondents`).
fn names_someone_else(part: &Part, correspondents: &[String]) -> bool {
    part.counted.iter().filter(|f| f.kind == Kind::PersonName).any(|f| !of_the_correspondents(f, correspondents))
}

/// True when the salutation greets, by name, a person who is none of the
/// recipients, while every To recipient's display name is a person's to
/// compare with and one of them is a private or unregistered address
/// (「中村 恵美 様」 to 「中村 恵 <…@gmail.com>」: autocomplete's namesake).
/// Display names that are a clinic or a desk say nothing either way; at a
/// registered partner a display name written otherwise (a secretary's, 髙 for
/// 高) is the likelier cause, and the salutation rule asks about it.
fn greets_someone_else(body: &str, recipients: &[Recipient]) -> bool {
    let Some(s) = salutation(body) else { return false };
    let squeeze = |n: &str| n.split_whitespace().collect::<String>();
    let greeted: Vec<String> =
        s.people.iter().filter(|p| japanese(p)).map(|p| squeeze(p)).filter(|p| p.chars().count() >= 2).collect();
    let displays: Vec<String> = recipients
        .iter()
        .filter(|r| r.class() != RecipientClass::Invalid)
        .filter_map(|r| r.address.name.as_deref().filter(|n| japanese(n)).map(str::to_owned))
        .collect();
    let to: Vec<&Recipient> =
        recipients.iter().filter(|r| r.report.field == Field::To && r.class() != RecipientClass::Invalid).collect();
    let outsider = to.iter().any(|r| matches!(r.class(), RecipientClass::FreeMail | RecipientClass::External));
    let to_people = outsider
        && to.iter().all(|r| {
            r.address.name.as_deref().is_some_and(|n| japanese(n) && display_names_a_person(n, r.partner.as_deref()))
        });
    to_people && greeted.iter().any(|p| !displays.iter().any(|d| display_may_be(d, p)))
}

/// True when the salutation greets people by name and a private or
/// unregistered address in To or Cc belongs, by its display name, to none of
/// their families (no greeted surname in it): 「佐藤 由佳 様」 answered with
/// reply-all to two other parents. A spouse (the same surname) is family,
/// and an address without a Japanese display name says nothing.
fn seen_by_strangers(body: &str, recipients: &[Recipient]) -> bool {
    let Some(s) = salutation(body) else { return false };
    // A foreign name's family name may be any of its parts (「マイケル・ブラウン」,
    // 「グエン・ティ・ラン」): each counts.
    let surnames: Vec<String> = s
        .people
        .iter()
        .filter(|p| japanese(p))
        .map(|p| p.split_whitespace().collect::<String>())
        .flat_map(|p| match foreign_name(&p) {
            true => p.split(['・', '=', '＝']).map(str::to_owned).collect(),
            false => vec![starts_with_surname(&p).map_or(p.clone(), str::to_owned)],
        })
        .filter(|p| p.chars().count() >= 2)
        .collect();
    !surnames.is_empty()
        && recipients.iter().any(|r| {
            r.visible()
                && matches!(r.class(), RecipientClass::FreeMail | RecipientClass::External)
                && !r.trusted
                && r.address
                    .name
                    .as_deref()
                    .is_some_and(|n| japanese(n) && !surnames.iter().any(|s| n.contains(s.as_str())))
        })
}

/// True when the body opens the way colleagues write to each other
/// (「お疲れ様です」) rather than to another organisation
/// (「お世話になっております」): to an outsider, a sign the address was
/// picked by autocomplete.
fn reads_as_internal(body: &str) -> bool {
    const INTERNAL: &[&str] = &["お疲れ様", "お疲れさま", "おつかれさま", "お疲れです", "おつかれです"];
    const EXTERNAL: &[&str] = &["お世話にな", "御世話にな", "はじめまして", "初めまして", "突然のご連絡"];
    for line in body.lines().map(str::trim).filter(|l| !l.is_empty()).take(6) {
        if EXTERNAL.iter().any(|g| line.contains(g)) {
            return false;
        }
        if INTERNAL.iter().any(|g| line.contains(g)) {
            return true;
        }
    }
    false
}

/// Words in an organisation's own names that make it a provider of medical
/// or psychological care, whose correspondents are its patients.
const CARE_PROVIDERS: &[&str] = &[
    "病院",
    "医院",
    "クリニック",
    "診療所",
    "歯科",
    "心療内科",
    "精神科",
    "訪問看護",
    "カウンセリング",
    "患者会",
    "薬局",
    "整骨院",
    "接骨院",
    "鍼灸",
    "助産院",
];

/// True when the sender's own names make it a care provider.
fn care_provider(own_names: &[String]) -> bool {
    own_names.iter().any(|n| CARE_PROVIDERS.iter().any(|w| n.contains(w)))
}

/// The name the subject and body go by in reports.
pub const BODY_NAME: &str = "本文 (body)";

pub(super) struct Recipient {
    pub(super) address: Address,
    pub(super) report: RecipientReport,
    pub(super) partner: Option<String>,
    /// On the policy's allow-lists: exempt from recipient-only rules.
    pub(super) trusted: bool,
}

impl Recipient {
    pub(super) fn new(
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

    /// The site an upload or a form goes to, as the one external recipient.
    pub(super) fn site(host: &str) -> Self {
        let address = Address { name: None, address: host.to_owned(), domain: Some(host.to_lowercase()) };
        let report = RecipientReport::new(Field::To, &address, RecipientClass::External, Some(host.to_owned()));
        Recipient { address, report, partner: None, trusted: false }
    }

    pub(super) fn class(&self) -> RecipientClass {
        self.report.class
    }

    pub(super) fn external(&self) -> bool {
        !matches!(self.class(), RecipientClass::Internal | RecipientClass::Invalid)
    }

    pub(super) fn visible(&self) -> bool {
        self.report.field != Field::Bcc
    }

    pub(super) fn domain(&self) -> &str {
        self.address.domain.as_deref().unwrap_or("")
    }

    /// Who this recipient stands for when counting organisations: the
    /// registrable domain, or the address itself for free mail.
    pub(super) fn organisation_key(&self) -> String {
        match self.class() {
            RecipientClass::FreeMail => self.address.canonical(),
            _ => registrable(self.domain()).to_owned(),
        }
    }

    pub(super) fn label(&self) -> String {
        self.address.label()
    }
}

pub(super) struct Check<'a> {
    pub(super) policy: &'a Policy,
    pub(super) recipients: Vec<Recipient>,
    pub(super) reasons: Vec<Reason>,
    /// The sender's and recipients' names (display names, the salutation's
    /// addressee): people the mail is between, not people it is about.
    pub(super) correspondents: Vec<String>,
    /// The body reads as a mail between colleagues (「田中さん / お疲れ様です」).
    pub(super) internal_style: bool,
    /// The body or an attachment holds data about people (or could not be read).
    pub(super) personal_content: bool,
    /// The content is about someone besides the correspondents: several
    /// people, a named third person, special-care data, a personal number
    /// (or it could not be read). One person unnamed may be the recipient.
    pub(super) about_others: bool,
    /// The only thing about anyone is one person's numbers, and every private
    /// address was mailed before: in a reply to that person, their own.
    pub(super) own_numbers: bool,
    /// People are known by name alone, and every private address was mailed
    /// before (a shift list to the volunteers): no personal data to block.
    pub(super) names_to_known: bool,
    /// The mail goes only to private addresses mailed before, each greeted
    /// by name, and holds nothing about anyone but them and their family
    /// (a retiree's own slip, a resident's report to her daughter): shown,
    /// not asked about.
    pub(super) own_matter: bool,
    /// Every unregistered outside organisation has been mailed before.
    pub(super) externals_known: bool,
    /// The sender is a care provider (its own names say so) and the mail
    /// names a condition: those it goes to are its patients or their
    /// families, so their addresses seen together are health data.
    pub(super) patients_circle: bool,
}

/// The parts of a reason before the policy decides its level.
pub(super) struct Fired<'s> {
    pub(super) rule: Rule,
    pub(super) involved: Vec<usize>,
    pub(super) attachment: Option<&'s str>,
    pub(super) title: Text,
    pub(super) detail: Text,
    pub(super) evidence: Vec<String>,
    /// A level lower than the policy's (a rule that only informs in a context).
    pub(super) cap: Option<Level>,
    /// Strong evidence: a rule the policy asks about blocks instead (a rule
    /// the administrator made a notice or turned off stays so).
    pub(super) escalate: bool,
}

impl Fired<'_> {
    pub(super) fn new(rule: Rule, involved: Vec<usize>, title: Text, detail: Text) -> Self {
        Fired { rule, involved, attachment: None, title, detail, evidence: Vec::new(), cap: None, escalate: false }
    }
}

pub(super) fn join(items: &[String]) -> String {
    items.join(", ")
}

pub(super) fn where_part(part: &Part) -> Text {
    if part.is_fields {
        Text::new("フォームの入力欄", "the form fields")
    } else if part.is_body {
        Text::new("本文", "the message body")
    } else {
        Text::new(format!("添付「{}」", part.name), format!("attachment '{}'", part.name))
    }
}

pub(super) fn japanese(text: &str) -> bool {
    text.chars().any(|c| matches!(c, '\u{3040}'..='\u{30FF}' | '\u{3400}'..='\u{9FFF}' | '\u{F900}'..='\u{FAFF}'))
}

impl<'a> Check<'a> {
    pub(super) fn fire(&mut self, fired: Fired) {
        let mut level = self.policy.level(fired.rule);
        if fired.escalate && level == Level::Confirm {
            level = Level::Block;
        }
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

    pub(super) fn exempt(&self, recipient: &Recipient, rule: Rule) -> bool {
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

    pub(super) fn indices(&self, keep: impl Fn(&Recipient) -> bool) -> Vec<usize> {
        (0..self.recipients.len()).filter(|&i| keep(&self.recipients[i])).collect()
    }

    pub(super) fn labels(&self, involved: &[usize]) -> String {
        join(&involved.iter().map(|&i| self.recipients[i].label()).collect::<Vec<_>>())
    }
}

/// Whether a line gives a business's opening hours or closing day
/// (「日曜定休」「営業時間 11:00-22:00」「年中無休」「診療時間」).
fn gives_hours(line: &str) -> bool {
    const HOURS: [&str; 9] =
        ["定休", "営業時間", "営業日", "年中無休", "休業日", "受付時間", "診療時間", "開館時間", "ランチ営業"];
    let line = line.trim();
    !line.is_empty() && HOURS.iter().any(|w| line.contains(w))
}

/// Whether a phone number is a mobile's (070, 080, 090 and 11 digits).
fn is_mobile(raw: &str) -> bool {
    let digits: String = raw.chars().filter(char::is_ascii_digit).collect();
    digits.len() == 11 && ["070", "080", "090"].iter().any(|p| digits.starts_with(p))
}

/// Whether the text before a phone or address on its line names a business
/// it belongs to (「パン工房ミモザ（」「山田工務店 」「株式会社ミナト 」),
/// with no home or mobile between (「…にお勤めの田村さんのご自宅（」).
fn business_before(before: &str) -> bool {
    const BUSINESS: [&str; 24] = [
        "株式会社",
        "有限会社",
        "合同会社",
        "工房",
        "食堂",
        "商会",
        "商店",
        "事務所",
        "工務店",
        "クリニック",
        "医院",
        "病院",
        "薬局",
        "歯科",
        "整骨院",
        "接骨院",
        "美容室",
        "カフェ",
        "サロン",
        "レストラン",
        "ベーカリー",
        "ショップ",
        "酒店",
        "書店",
    ];
    const PERSONAL: [&str; 6] = ["自宅", "実家", "携帯", "個人", "ご本人", "本人"];
    let Some(at) = BUSINESS.iter().filter_map(|b| before.rfind(b)).max() else { return false };
    !PERSONAL.iter().any(|p| before[at..].contains(p))
}

/// Whether a line opens with a business's name, as a listing does
/// (「やまだ酒店　太田市本町12-8　TEL …」「株式会社ミナト …」): its first word
/// is a shop, a practice or a company, not a person.
fn opens_with_business(line: &str) -> bool {
    const ENDINGS: [&str; 14] = [
        "店",
        "屋",
        "堂",
        "亭",
        "館",
        "院",
        "クリニック",
        "事務所",
        "商会",
        "食堂",
        "工房",
        "会社",
        "カフェ",
        "サロン",
    ];
    const FORMS: [&str; 3] = ["株式会社", "有限会社", "合同会社"];
    // A sentence that opens with a company and goes on to someone's home
    // (「株式会社ミナトにお勤めの田村さんのご自宅（…）」) lists no business.
    if ["自宅", "実家"].iter().any(|w| line.contains(w)) {
        return false;
    }
    let line = line.trim_start_matches(['・', '■', '□', '◆', '◇', '●', '○', '※', ' ', '\u{3000}']);
    let Some(first) = line.split([' ', '\u{3000}', '\t']).next().filter(|w| w.chars().count() >= 2) else {
        return false;
    };
    let first = first.trim_matches(['「', '」', '『', '』']);
    FORMS.iter().any(|f| first.contains(f)) || ENDINGS.iter().any(|e| first.ends_with(e) && first != *e)
}

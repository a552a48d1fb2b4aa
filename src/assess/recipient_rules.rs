//! The recipient rules: who receives the mail (internal, partner, free mail,
//! unreadable), whether a domain imitates a known one, whether this is the
//! first mail to it, how many outsiders see each other in To/Cc, and whether
//! the salutation names the people and organisation the mail goes to.

use super::check::{japanese, join, Check, CheckOptions, Fired, Recipient};
use super::content::within_any;
use super::domain::{registrable, within, WELL_KNOWN};
use super::layout::layout;
use super::lookalike::{closest, embedded, Likeness};
use super::message::Message;
use super::policy::{Level, Rule};
use super::salutation::{
    display_may_be, display_names_a_person, english_core, english_name_matches, english_opening, english_salutation,
    greets_organisation, holds_name, names_organisation, organisation_core, salutation, same_organisation, Salutation,
    ENGLISH_DESKS,
};
use super::verdict::{Field, RecipientClass, Text};

impl Check<'_> {
    pub(super) fn recipient_rules(
        &mut self,
        internal: &[String],
        options: &CheckOptions,
        free_mail: &[&str],
        message: &Message,
    ) {
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

        // Bcc recipients see no one and are seen by no one: with nothing
        // about people in the mail, a private address in Bcc (a newsletter's
        // subscribers) is no mistake.
        // Likewise a private address the sender has mailed before (a
        // parent, a resident's family, a retiree): the address is right, and
        // nothing in the mail is about anyone.
        let personal = self.personal_content;
        let mailed_before = |r: &Recipient| {
            options.history.iter().flatten().any(|h| h.trim().eq_ignore_ascii_case(&r.address.canonical()))
        };
        let free = self.indices(|r| {
            r.class() == RecipientClass::FreeMail && !r.trusted && (personal || r.visible() && !mailed_before(r))
        });
        if !free.is_empty() {
            let who = self.labels(&free);
            // A reply that greets the person by the name the address carries
            // (「Re: …」 to 「木下 亮 <…@gmail.com>」 opening 「木下様」): the
            // mailer took the address from the mail being answered, and the
            // sender wrote to that person. With nothing about anyone else in
            // it (at most one person, unnamed or a correspondent: the
            // recipient's own matter, a property's address), the private
            // address is shown, not asked about.
            // One person's numbers (a passport read back before ticketing) to
            // an address mailed before are that person's own, too.
            let answered = (!self.about_others || self.own_numbers)
                && free.iter().all(|&i| replies_to(message, &self.recipients[i]));
            let mut fired = Fired::new(
                Rule::FreeMail,
                free,
                Text::new("フリーメール・個人のアドレス宛て", "Free-mail or private address"),
                Text::new(
                    format!("{who} はフリーメールまたは携帯電話のアドレスです。組織ではなく個人に届きます。"),
                    format!(
                        "{who}: a free-mail or mobile-carrier address reaches a private person, not an organisation."
                    ),
                ),
            );
            if answered {
                fired.cap = Some(Level::Notice);
                fired.evidence.push("返信先の本人宛て / a reply addressed to this person".to_owned());
            } else if self.own_matter {
                fired.cap = Some(Level::Notice);
                fired
                    .evidence
                    .push("送信歴のある本人宛ての本人の用件 / the addressee's own matter, mailed before".to_owned());
            }
            self.fire(fired);
        }

        self.lookalike_rule(internal, options, free_mail);

        let unknown = self.indices(|r| r.class() == RecipientClass::External && !r.trusted);
        if !unknown.is_empty() {
            let mut domains: Vec<String> = Vec::new();
            for &i in &unknown {
                let d = self.recipients[i].domain().to_owned();
                if !domains.contains(&d) {
                    domains.push(d);
                }
            }
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
            // A registered partner is known before the first mail: the
            // administrator's list says more than the sender's history.
            let first = self.indices(|r| r.external() && !r.trusted && r.partner.is_none() && !known(r));
            if !first.is_empty() {
                let who = self.labels(&first);
                // The first mail *to* an address that wrote first: a reply
                // greeting the person the address names took the address
                // from the mail it answers, not from autocomplete.
                let answered = first.iter().all(|&i| replies_to(message, &self.recipients[i]));
                let mut fired = Fired::new(
                    Rule::FirstTimeDomain,
                    first,
                    Text::new("初めて送る宛先", "First mail to this recipient"),
                    Text::new(
                        format!("{who} にはこれまで送信したことがありません。宛先が正しいか確認してください。"),
                        format!("You have not mailed {who} before. Check that it is the right recipient."),
                    ),
                );
                if answered {
                    fired.cap = Some(Level::Notice);
                    fired.evidence.push("返信先の本人宛て / a reply addressed to this person".to_owned());
                }
                self.fire(fired);
            }
        }

        let visible_external = self.indices(|r| r.visible() && r.external());
        let n = visible_external.len() as u32;
        // An online meeting's invitees meet each other in the meeting and
        // reply to all. Known invitees: registered partners, organisations
        // the sender has mailed before, and private addresses mailed before
        // that the salutation greets by the name they carry (a customer
        // couple 「近藤 翔太 様、彩香 様」): the sender put each of them there.
        let invitation = layout(&message.body, 1).invites_to_meeting();
        let greeted = salutation(&message.body).map(|s| s.people).unwrap_or_default();
        let known_invitee = |r: &Recipient| {
            let mut history = options.history.iter().flatten().map(|h| h.trim().to_lowercase());
            match r.class() {
                RecipientClass::Partner => true,
                RecipientClass::External => history.any(|h| {
                    let domain = h.rsplit_once('@').map_or(h.as_str(), |(_, d)| d);
                    registrable(r.domain()) == registrable(domain)
                }),
                RecipientClass::FreeMail => {
                    history.any(|h| h == r.address.canonical())
                        && r.address
                            .name
                            .as_deref()
                            .filter(|n| japanese(n))
                            .is_some_and(|n| greeted.iter().any(|p| greets_display(n, p)))
                }
                _ => false,
            }
        };
        // Colleagues of one client on one project see each other anyway and
        // must reply to all; the risk is many organisations or private
        // addresses seeing each other.
        let mut keys: Vec<String> = visible_external.iter().map(|&i| self.recipients[i].organisation_key()).collect();
        crate::order::sort_by(&mut keys, Ord::cmp);
        keys.dedup();
        if n >= self.policy.thresholds.many_recipients && keys.len() > 1 {
            let mut fired = Fired::new(
                Rule::ManyRecipients,
                visible_external.clone(),
                Text::new("多数の社外宛先が互いに見えます", "Many external recipients can see each other"),
                Text::new(
                    format!("To/Cc に社外の宛先が{n}件あります。互いのアドレスが見えるため、Bcc を使ってください。"),
                    format!("{n} external recipients in To/Cc will see each other's addresses: use Bcc."),
                ),
            );
            // Private addresses shown to one another are themselves the
            // leak (the newsletter sent in To, reported as an incident).
            // A dozen may be a circle that knows each other (a seminar's
            // guests, a committee): asked. Three times the Bcc threshold
            // (30 by default) is a customer or member base that cannot all
            // know each other: blocked. A reply to all of them exposes
            // nothing the mail it answers had not shown already: asked.
            let private = visible_external
                .iter()
                .filter(|&&i| self.recipients[i].class() == RecipientClass::FreeMail && !self.recipients[i].trusted)
                .count() as u32;
            if private >= self.policy.thresholds.many_recipients.saturating_mul(3) && !is_reply(message) {
                fired.escalate = true;
                fired.evidence.push(format!(
                    "互いに見える個人のアドレス {private} 件 / {private} private addresses visible to each other"
                ));
            }
            // An invitation to the staff of registered partners or of
            // organisations mailed before (a union's executives at the
            // employer's addresses and the federation's organiser): shown.
            if invitation && private == 0 && visible_external.iter().all(|&i| known_invitee(&self.recipients[i])) {
                fired.cap = Some(Level::Notice);
                fired.evidence.push("オンライン会議の招待 / an online meeting's invitation".to_owned());
            }
            // A clinic's mail about a condition to its patients' private
            // addresses in To (a return-to-work programme for depression):
            // the list of recipients itself says who has the condition, to
            // each of them. Blocked at the many-recipients threshold.
            if private >= self.policy.thresholds.many_recipients && self.patients_circle {
                fired.escalate = true;
                fired.evidence.push(
                    "医療機関から病名を含むメール: 宛先の一覧が受診の事実を示す / a care provider's mail naming a condition: the list shows who are its patients"
                        .to_owned(),
                );
            }
            self.fire(fired);
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
            // An online meeting's invitation to known invitees (a site
            // meeting of the client, the architect and the subcontractors; a
            // panel's speakers; a customer couple greeted by name with the
            // designer): shown, not asked. A private address not greeted or
            // never mailed, or an organisation never mailed, among them is
            // still asked about.
            let known = fired.involved.iter().all(|&i| known_invitee(&self.recipients[i]));
            if known && invitation {
                fired.cap = Some(Level::Notice);
                fired.evidence.push("オンライン会議の招待 / an online meeting's invitation".to_owned());
            }
            // Each of them greeted in the opening, by its organisation or its
            // person's name, and each known (a care conference's care manager,
            // family member and visiting nurse; a three-party meeting): the
            // sender addressed them to one another. One not greeted (an
            // autocomplete pick, a reply-all's leftover) or never mailed is
            // still asked about.
            let opening = salutation(&message.body);
            let greeted_each = opening.as_ref().is_some_and(|s| {
                !s.group && fired.involved.iter().all(|&i| greeted_in_opening(&self.recipients[i], s))
            });
            if known && greeted_each && !invitation {
                fired.cap = Some(Level::Notice);
                fired
                    .evidence
                    .push("宛名で一人ずつ呼ばれた既知の宛先 / each greeted in the opening and known".to_owned());
            }
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
        // Names worth imitating in a sub-domain (`alpha-shoji.co.jp.mail-secure.net`):
        // the organisation's, its partners' and the well-known ones; not free
        // mail, whose short labels (`mail`, `me`) are in many honest names.
        let impersonated: Vec<&str> = internal
            .iter()
            .map(String::as_str)
            .chain(policy.partner_domains.keys().map(String::as_str))
            .chain(WELL_KNOWN.iter().copied())
            .chain(policy.well_known_domains.iter().map(String::as_str))
            .collect();
        for i in self.indices(|r| r.class() == RecipientClass::External && !r.trusted) {
            let domain = self.recipients[i].domain().to_owned();
            if within_any(&domain, &history_domains) || within_any(&domain, &known) {
                continue;
            }
            let found =
                embedded(&domain, impersonated.iter().copied()).or_else(|| closest(&domain, known.iter().copied()));
            let Some((like, likeness)) = found else { continue };
            let whose = match policy.partner_domains.get(like) {
                Some(name) => format!("{like} ({name})"),
                None if within_any(like, internal) => format!("{like} (社内 / internal)"),
                None => like.to_owned(),
            };
            let (how_ja, how_en) = match likeness {
                Likeness::Homoglyph => ("紛らわしい文字", "look-alike characters".to_owned()),
                Likeness::Embedded => ("別のドメインの中に名前だけを含む", "its name inside another domain".to_owned()),
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

    /// An English opening (`Dear Mr. Smith,`) compared with the To
    /// recipients' display names, when every one of them is a Latin name of
    /// two words or more (`John Brown`): each person greeted must be one of
    /// them, by every word of the name greeted.
    fn english_salutation_rule(&mut self, body: &str) {
        let Some(people) = english_salutation(body) else { return };
        let to = self.indices(|r| r.report.field == Field::To && r.class() != RecipientClass::Invalid);
        let names: Option<Vec<Vec<String>>> = to
            .iter()
            .map(|&i| {
                let name = self.recipients[i].address.name.as_deref().filter(|n| n.is_ascii())?;
                let words: Vec<String> = name
                    .split(|c: char| c.is_whitespace() || c == ',')
                    .map(|w| w.trim_matches('.').to_ascii_lowercase())
                    .filter(|w| !w.is_empty())
                    .collect();
                // A desk or a company (`Reservations Team`, `Acme Ltd`) is no
                // person to compare with.
                (words.len() >= 2 && !words.iter().any(|w| ENGLISH_DESKS.contains(&w.as_str()))).then_some(words)
            })
            .collect();
        let Some(names) = names.filter(|n| !n.is_empty()) else { return };
        let missing: Vec<String> = people
            .iter()
            // A short form greets the full name (`Hi Ken,` → `Kenneth Brown`,
            // `Hi Kate,` → `Katherine Lund`): see `english_name_matches`.
            .filter(|person| {
                !names.iter().any(|words| person.iter().all(|w| words.iter().any(|x| english_name_matches(w, x))))
            })
            .map(|person| person.join(" "))
            .collect();
        if missing.is_empty() {
            return;
        }
        let (greeted, list) =
            (join(&missing), join(&to.iter().map(|&i| self.recipients[i].label()).collect::<Vec<_>>()));
        let mut fired = Fired::new(
            Rule::SalutationMismatch,
            to,
            Text::new("宛名と宛先が一致しません", "The salutation does not match the recipients"),
            Text::new(
                format!("宛名は「{greeted}」ですが、宛先(To)は {list} です。"),
                format!("The salutation addresses {greeted}, but the To recipients are {list}."),
            ),
        );
        fired.evidence = vec![format!("宛名 / salutation: {greeted}")];
        self.fire(fired);
    }

    /// An English opening that greets a registered partner by name (`Dear
    /// GlobalCare Assistance team,`) while no recipient is at that partner:
    /// the other insurer's desk picked from the address book.
    fn english_organisation_rule(&mut self, body: &str) {
        let Some(opening) = english_opening(body) else { return };
        let visible = self.indices(|r| r.class() != RecipientClass::Invalid);
        let policy = self.policy;
        let mut problems: Vec<(Text, String)> = Vec::new();
        for (domain, name) in &policy.partner_domains {
            if !english_core(name).is_some_and(|core| contains_words(&opening, &core)) {
                continue;
            }
            let at_partner = visible.iter().any(|&i| {
                let r = &self.recipients[i];
                within(r.domain(), domain) || r.partner.as_deref().is_some_and(|p| same_organisation(p, name))
            });
            if !at_partner {
                problems.push((
                    Text::new(
                        format!("宛名「{name}」は {domain} ですが、{domain} の宛先がありません。"),
                        format!("The salutation names '{name}' ({domain}) but no recipient is at {domain}."),
                    ),
                    format!("宛名 / salutation: {name} → {domain}"),
                ));
            }
        }
        self.salutation_mismatch(visible, problems);
    }

    /// Fires `salutation_mismatch` with every problem found (what each
    /// says, and its evidence), if there is any.
    fn salutation_mismatch(&mut self, visible: Vec<usize>, problems: Vec<(Text, String)>) {
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

    pub(super) fn salutation_rule(&mut self, body: &str) {
        let Some(s) = salutation(body) else {
            self.english_salutation_rule(body);
            self.english_organisation_rule(body);
            return;
        };
        let policy = self.policy;
        // Every recipient counts for the organisation, Bcc too: a mail to
        // アルファ商事's staff in Bcc is addressed to アルファ商事.
        let visible = self.indices(|r| r.class() != RecipientClass::Invalid);
        if visible.is_empty() {
            return;
        }
        let external: Vec<usize> = visible.iter().copied().filter(|&i| self.recipients[i].external()).collect();
        let mut problems: Vec<(Text, String)> = Vec::new();
        // The organisation is the addressee's: when the To line has outsiders,
        // one of them must be at it (the partner's people in Cc do not make a
        // mail to 山田 at ベータ工業 right).
        let to_external: Vec<usize> =
            external.iter().copied().filter(|&i| self.recipients[i].report.field == Field::To).collect();
        let addressees = if to_external.is_empty() { &visible } else { &to_external };
        let named_among = |org: &str, among: &[usize]| {
            among.iter().any(|&i| {
                let r = &self.recipients[i];
                r.partner.as_deref().is_some_and(|p| greets_organisation(org, p))
                    || r.address.name.as_deref().is_some_and(|n| organisation_core(n).contains(&organisation_core(org)))
            })
        };
        // An opening that greets several organisations, one of them a To
        // addressee's (「ナチュラルコスメ 河野様／あおば運輸 遠藤様」 with the
        // carrier in Cc: a reply to all of a three-party matter), greets the
        // others in the openly copied: each of those may be at a Cc
        // recipient. One organisation greeted, only in Cc, is still the
        // wrong addressee.
        let open: Vec<usize> = visible.iter().copied().filter(|&i| self.recipients[i].visible()).collect();
        let several = s.organisations.len() >= 2 && s.organisations.iter().any(|o| named_among(o, addressees));
        for org in &s.organisations {
            let named_by_recipient = named_among(org, addressees) || several && named_among(org, &open);
            // The sender's own organisation only when the name is its name:
            // 株式会社プレセンドサービス (a group company) merely contains it.
            let own = policy.own_names.iter().any(|n| organisation_core(n) == organisation_core(org));
            if own && !named_by_recipient {
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
            if named_by_recipient || own {
                continue;
            }
            if let Some((domain, name)) = policy.partner_domains.iter().find(|(_, n)| greets_organisation(org, n)) {
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
        // A bare word on a line addressed to a class of correspondents is
        // their desk, unless it names a registered partner no addressee is at
        // (「お取引先 まるふく食品 ご担当者様」 to another client).
        for word in &s.class_words {
            let Some((domain, name)) = policy.partner_domains.iter().find(|(_, n)| greets_organisation(word, n)) else {
                continue;
            };
            if !addressees.iter().any(|&i| self.recipients[i].partner.as_deref() == Some(name.as_str())) {
                problems.push((
                    Text::new(
                        format!("宛名「{word}」は {name}({domain})ですが、{domain} の宛先がありません。"),
                        format!("The salutation names '{word}' ({name}, {domain}) but no recipient is at {domain}."),
                    ),
                    format!("宛名 / salutation: {word} → {domain}"),
                ));
            }
        }
        // Another registered partner openly copied (To/Cc) while the opening
        // names only other organisations: the reply-all that keeps a
        // competitor in Cc. A cc line (「（cc: ベータ工業 田中様）」) names it.
        if !s.group && !s.organisations.is_empty() {
            let mut outsiders: Vec<String> = Vec::new();
            for &i in &visible {
                let r = &self.recipients[i];
                let Some(p) = r.partner.as_deref().filter(|_| r.visible()) else { continue };
                if !names_organisation(&s, p) && !outsiders.iter().any(|o| o == p) {
                    outsiders.push(p.to_owned());
                }
            }
            // Someone outside any registered partner, copied openly under a
            // salutation that names organisations, is accounted for by their
            // organisation or by their name with an honorific (「（cc:
            // 青山法律事務所 日野様）」); a bare name on the cc line
            // (「（cc: 弁護士 日野）」) is the sender's colleague, so an
            // outsider of that surname is autocomplete's pick. Without a
            // display name there is nothing to compare: not judged.
            for &i in &visible {
                let r = &self.recipients[i];
                if r.partner.is_some() || !r.external() || r.trusted || r.report.field != Field::Cc {
                    continue;
                }
                let addressee_org =
                    to_external.iter().any(|&j| registrable(self.recipients[j].domain()) == registrable(r.domain()));
                let Some(name) = r.address.name.as_deref().filter(|n| japanese(n)) else { continue };
                let squeezed: String = name.split_whitespace().collect();
                let person_named = s.people.iter().chain(&s.copied_people).any(|p| {
                    let p: String = p.split_whitespace().collect();
                    p.chars().count() >= 2 && squeezed.starts_with(&p)
                });
                let org_named = s.organisations.iter().chain(&s.copied).any(|o| {
                    organisation_core(o).chars().count() >= 2 && organisation_core(name).contains(&organisation_core(o))
                });
                let accounted = addressee_org || person_named || org_named;
                let label = r.address.canonical();
                if !accounted && !outsiders.contains(&label) {
                    outsiders.push(label);
                }
            }
            for p in outsiders {
                let orgs = join(&s.organisations);
                problems.push((
                    Text::new(
                        format!("宛名は「{orgs}」ですが、宛名にない {p} の宛先も To/Cc に入っています。"),
                        format!("The salutation names '{orgs}', but {p}, named nowhere, is also in To/Cc."),
                    ),
                    format!("宛名にない組織 / not in the salutation: {p}"),
                ));
            }
        }
        // People: only when every To recipient has a Japanese display name
        // that may be a person's to compare with (a bare address cannot be
        // matched to 山田様, nor a clinic's 「さくらぎ内科クリニック」 to 桜木先生).
        let to = self.indices(|r| r.report.field == Field::To && r.class() != RecipientClass::Invalid);
        let names: Option<Vec<String>> = to
            .iter()
            .map(|&i| {
                let r = &self.recipients[i];
                r.address.name.clone().filter(|n| japanese(n) && display_names_a_person(n, r.partner.as_deref()))
            })
            .collect();
        if let Some(names) = names.filter(|n| !n.is_empty()) {
            // Several people greeted, one of them a To recipient: the others
            // may be the openly copied (as for organisations above).
            let copied: Vec<String> = open
                .iter()
                .filter(|&&i| self.recipients[i].report.field == Field::Cc)
                .filter_map(|&i| self.recipients[i].address.name.clone().filter(|n| japanese(n)))
                .collect();
            let several_people =
                s.people.len() >= 2 && s.people.iter().any(|p| names.iter().any(|n| display_may_be(n, p)));
            for person in &s.people {
                if !japanese(person) {
                    continue;
                }
                let in_cc = several_people && copied.iter().any(|n| display_may_be(n, person));
                if !in_cc && !names.iter().any(|n| display_may_be(n, person)) {
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
        self.salutation_mismatch(visible, problems);
    }
}

/// Whether the name `greeted` in an opening greets the display name
/// `display`: two characters or more anywhere in it (see `holds_name`); a
/// one-character surname (「原さん」 for 「原 真由美」 or 「原真由美」, 「林様」)
/// only as the display name's whole first word or the surname the dictionary
/// reads at its start, for inside another name it says nothing (原 in
/// 「藤原 淳」 or 「藤原淳」).
fn greets_display(display: &str, greeted: &str) -> bool {
    let g: String = greeted.split_whitespace().collect();
    match g.chars().count() {
        0 => false,
        1 => {
            let mut words = display.split_whitespace();
            let first = words.next().unwrap_or("");
            // Written unspaced (「原真由美」), the dictionary says where the
            // surname ends: 原 before 真由美, not 藤原 before 淳.
            first == g && words.next().is_some()
                || first.chars().count() > 1 && crate::detect::people::starts_with_surname(first) == Some(g.as_str())
        }
        _ => holds_name(display, &g, false),
    }
}

/// Whether the opening `s` greets `r`: a registered partner by its name, or
/// anyone by the organisation or the person its display name carries
/// (「訪問看護ステーションあおば 木村様」 for 「訪問看護ステーションあおば 木村」,
/// 「前田 由美 様」 for 「前田 由美」).
fn greeted_in_opening(r: &Recipient, s: &Salutation) -> bool {
    if r.partner.as_deref().is_some_and(|p| names_organisation(s, p)) {
        return true;
    }
    let Some(display) = r.address.name.as_deref().filter(|n| japanese(n)) else { return false };
    s.people.iter().any(|p| greets_display(display, p))
        || s.organisations.iter().any(|o| {
            let core = organisation_core(o);
            core.chars().count() >= 2 && organisation_core(display).contains(&core)
        })
}

/// Whether `message` answers `recipient`: its subject is a reply's
/// (「Re:」, 「RE：」, 「返信:」) and its salutation names the person the
/// address's display name names (surname or full name).
fn replies_to(message: &Message, recipient: &Recipient) -> bool {
    if !is_reply(message) {
        return false;
    }
    let Some(display) = recipient.address.name.as_deref().filter(|n| japanese(n)) else { return false };
    let Some(greeted) = salutation(&message.body) else { return false };
    greeted.people.iter().any(|person| {
        let person: String = person.split_whitespace().collect();
        // 「木下様」 greets 「木下 亮」, 「吉川 隆 様」 not 「吉川 隆之」; a
        // one-character name says too little.
        person.chars().count() >= 2 && holds_name(display, &person, true)
    })
}

/// True when the subject marks a reply (「Re:」「返信:」, and the German and
/// Nordic forms mailers write).
fn is_reply(message: &Message) -> bool {
    let subject = crate::normalize::fold(message.subject.trim()).text.to_lowercase();
    ["re:", "re[", "re :", "返信:", "返信 :", "aw:", "sv:"].iter().any(|p| subject.starts_with(p))
}

/// True when `words` (lower-case, space-separated) occur in `text` as whole
/// words: `acme` in `dear acme team`, not in `acmeville`.
fn contains_words(text: &str, words: &str) -> bool {
    text.match_indices(words).any(|(at, _)| {
        let before = text[..at].chars().next_back();
        let after = text[at + words.len()..].chars().next();
        !before.is_some_and(|c| c.is_ascii_alphanumeric()) && !after.is_some_and(|c| c.is_ascii_alphanumeric())
    })
}

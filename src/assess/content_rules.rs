//! The content rules: what the body and attachments hold for these
//! recipients — whose data it is, how many people, special-care data, My
//! Numbers, card numbers, secrets, confidentiality markings — and
//! attachments that could not be inspected.

use super::check::{join, where_part, Check, Fired, Recipient};
use super::content::{dominant_domain, within_any, Part, SpecialCare};
use super::domain::{registrable, within};
use super::layout::Layout;
use super::message::Message;
use super::policy::{Level, Rule, SupervisorWhen};
use super::salutation::{organisation_core, same_organisation};
use super::verdict::{Field, RecipientClass, Text};
use crate::wording::{column_place, location_label, problem_label};
use crate::{Evidence, Family, Kind, Lang, ProblemKind};

/// What makes a 12-digit number a My Number besides its check digit, which
/// one number in eleven passes by chance (yen amounts, order totals).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum MyNumberEvidence {
    /// A bare 12-digit run: shown, never holds the send.
    Bare,
    /// Written 4-4-4 as My Numbers are, or on a line that names a person,
    /// but with no keyword or header: asked.
    Grouped,
    /// A keyword (個人番号, マイナンバー) or a column header says so: blocked.
    Context,
}

fn my_number_strength(part: &Part) -> MyNumberEvidence {
    // A line of text that names a person (「扶養家族：加藤 美咲（長女） 123456789018」)
    // makes a bare number that person's: asked, as a grouped one is. An
    // amount in a statement stands on a line of its own figures.
    let beside_a_person = |line: u32, entry: &Option<std::sync::Arc<str>>| {
        part.counted.iter().any(|o| {
            matches!(o.kind, Kind::PersonName | Kind::BirthDate)
                && o.location.line == Some(line)
                && &o.location.entry == entry
        })
    };
    part.counted
        .iter()
        .filter(|f| f.kind == Kind::MyNumber)
        .map(|f| {
            let context = f.evidence.iter().any(|e| matches!(e, Evidence::Keyword(_) | Evidence::Header(_)));
            if context || f.confidence >= 0.9 {
                MyNumberEvidence::Context
            } else if f.confidence >= 0.7 || f.location.line.is_some_and(|l| beside_a_person(l, &f.location.entry)) {
                MyNumberEvidence::Grouped
            } else {
                MyNumberEvidence::Bare
            }
        })
        .max()
        .unwrap_or(MyNumberEvidence::Bare)
}

/// How many people the part gives both a birth date and an address for
/// (the fewer of the two counts of distinct values): who someone is and
/// where they live, what a CV, an application or a member register holds. A
/// partner's own business seldom needs both for several people (a shipping
/// list has addresses, a dispatch notice an age band).
fn identity_profiles(part: &Part) -> u32 {
    let distinct = |kind: Kind| {
        let mut values: Vec<&str> =
            part.counted.iter().filter(|f| f.kind == kind).map(|f| f.raw.as_deref().unwrap_or(&f.masked)).collect();
        crate::order::sort_by(&mut values, Ord::cmp);
        values.dedup();
        values.len() as u32
    };
    distinct(Kind::BirthDate).min(distinct(Kind::Address)).min(part.people)
}

/// Offices of the licensed professions whose statutory work is filing and
/// registering individuals' affairs for a client (社会保険労務士法, 税理士法,
/// 司法書士法, 行政書士法, 弁護士法), bound by their own duty of secrecy.
const LICENSED_PROFESSIONS: &[&str] =
    &["社会保険労務士", "社労士", "税理士", "司法書士", "行政書士", "弁護士", "法律事務所", "会計事務所", "公認会計士"];

/// True when a partner's registered name is a licensed professional's office.
fn licensed_profession(name: &str) -> bool {
    LICENSED_PROFESSIONS.iter().any(|w| name.contains(w))
}

/// True when a partner's registered name is a law office (弁護士法人,
/// 法律事務所, 弁護士 …), the licensed profession of criminal defence.
fn law_office(name: &str) -> bool {
    ["弁護士", "法律事務所"].iter().any(|w| name.contains(w))
}

impl Check<'_> {
    pub(super) fn content_organisation_rule(
        &mut self,
        parts: &[Part],
        internal: &[String],
        is_free: &dyn Fn(&str) -> bool,
    ) {
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

    pub(super) fn people_rules(&mut self, parts: &[&Part]) {
        let Some(part) = parts.iter().copied().filter(|p| p.people > 0).max_by_key(|p| p.people) else { return };
        let t = &self.policy.thresholds;
        let n = part.people;
        let at = where_part(part);
        let attachment = (!part.is_body).then_some(part.name);
        let evidence: Vec<String> =
            parts.iter().filter(|p| p.people > 0).map(|p| format!("{}: {} 人 / people", p.name, p.people)).collect();
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
        // A person's own papers (a withholding slip with the family on it)
        // sent to that person, as they asked: asked, not blocked.
        let own_papers = n <= t.personal_records
            && !free.is_empty()
            && free.iter().all(|&i| self.recipients[i].address.name.as_deref().is_some_and(|name| part.names(name)));
        let authorised: Vec<bool> = self
            .recipients
            .iter()
            .map(|r| {
                [
                    Rule::MyNumberExternal,
                    Rule::SpecialCareExternal,
                    Rule::PersonalDataExternal,
                    Rule::BulkPersonalExternal,
                ]
                .iter()
                .any(|&rule| self.exempt(r, rule))
            })
            .collect();
        // What already stops the send needs no second reason.
        let blocked = parts.iter().any(|p| {
            p.special_care(&self.correspondents) == Some(SpecialCare::Fact)
                || p.has_kind(Kind::MyNumber) && my_number_strength(p) == MyNumberEvidence::Context
        });
        // Names alone (a shift list of surnames) to private addresses the
        // sender already writes to are whose turn it is, not personal data
        // to hold the send for.
        if !free.is_empty() && n >= t.free_mail_records && !self.names_to_known {
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
            if own_papers {
                // Asked, unless the address is one the sender has mailed
                // before and the salutation greets: then it is shown.
                fired.cap = Some(if self.own_matter { Level::Notice } else { Level::Confirm });
                fired.evidence.push("宛先本人のデータ / the recipient's own data".to_owned());
            }
            self.fire(fired);
        }
        let unknown = self.indices(|r| r.class() == RecipientClass::External && !r.trusted);
        // A registered partner is not consent to receive any amount of
        // anyone's data: a list of people with their families' or emergency
        // contacts, or any list of people in a mail written as if to a
        // colleague (「田中さん / お疲れ様です」: autocomplete picked a namesake
        // at the partner), or personnel records (評価, 昇給, 勤怠). Shipping
        // lists, rosters of attendees and project members are the partner's
        // business and stay silent.
        let private = parts.iter().any(|p| p.people >= t.personal_records && p.holds_family_contacts());
        let personnel = parts.iter().any(|p| p.people >= t.personal_records && p.holds_personnel_records());
        let profiles = parts.iter().any(|p| identity_profiles(p) >= t.personal_records);
        let partners = if (private || personnel || profiles || self.internal_style) && !blocked {
            // Who someone is and where they live is what a licensed
            // professional files for the sender (a 社労士's 資格取得届, a
            // 司法書士's registration): birth dates with addresses alone ask
            // nothing of such a partner. Families, personnel records and a
            // mail written as to a colleague still do.
            let only_profiles = profiles && !private && !personnel && !self.internal_style;
            // Colleagues at a group company whose name carries the sender's
            // own (株式会社プレセンド / 株式会社プレセンドサービス) are greeted
            // 「お疲れ様です」 as a matter of course: the opening alone says
            // nothing of autocomplete there.
            let only_style = self.internal_style && !private && !personnel && !profiles;
            let own = &self.policy.own_names;
            let group_company = |name: &str| {
                let core = organisation_core(name);
                own.iter().map(|o| organisation_core(o)).any(|o| o.chars().count() >= 2 && core.contains(&o))
            };
            self.indices(|r| r.class() == RecipientClass::Partner && !r.trusted)
                .into_iter()
                .filter(|&i| !authorised[i])
                .filter(|&i| !(only_profiles && self.recipients[i].partner.as_deref().is_some_and(licensed_profession)))
                .filter(|&i| !(only_style && self.recipients[i].partner.as_deref().is_some_and(group_company)))
                .collect()
        } else {
            Vec::new()
        };
        if !volume_fired && !partners.is_empty() && n >= t.personal_records {
            let who = self.labels(&partners);
            let (why_ja, why_en) = if private {
                ("家族・緊急連絡先を含む", "with their families' or emergency contacts,")
            } else if personnel {
                ("人事評価・給与・勤怠など人事の項目を含む", "with appraisals, pay or attendance,")
            } else if profiles {
                ("生年月日と住所を含む", "with their birth dates and home addresses,")
            } else {
                ("社内向けの書き出し(お疲れ様です)のメールで", "in a mail written as if to a colleague,")
            };
            let mut fired = Fired::new(
                Rule::PersonalDataExternal,
                partners,
                Text::new("個人データを社外へ", "Personal data to an external recipient"),
                Text::new(
                    format!("{}に{n}人分の個人データがあり、{why_ja}社外の取引先({who})に送ろうとしています。宛先と添付が正しいか確認してください。", at.ja),
                    format!("{} holds data about {n} people {why_en} and is going to {who} outside the organisation. Check the recipient and the attachment.", at.en),
                ),
            );
            fired.attachment = attachment;
            fired.evidence = evidence.clone();
            self.fire(fired);
        }
        if !volume_fired && !unknown.is_empty() && n >= t.personal_records {
            let who = self.labels(&unknown);
            let mut fired = Fired::new(
                Rule::PersonalDataExternal,
                unknown.clone(),
                Text::new("個人データを社外へ", "Personal data to an external recipient"),
                Text::new(
                    format!("{}に{n}人分の個人データがあり、取引先として登録されていない社外の宛先({who})に送ろうとしています。", at.ja),
                    format!("{} holds data about {n} people and is going to an external recipient who is not a registered partner ({who}).", at.en),
                ),
            );
            fired.attachment = attachment;
            fired.evidence = evidence;
            // Names alone in the text of a letter (who passed, who attends),
            // with no contact, birth date, number or health, to an
            // organisation the sender already writes to: a high school told
            // of its own pupils' results; shown, not asked. A table of
            // people (scores, grades per pupil) is a record set, the
            // 個人データ the APPI's third-party rules are about: still asked.
            // An outsider only in Cc of a mail addressed to colleagues and
            // partners (a reply-all that kept a customer's accountant), with
            // a table of people's home addresses, birth dates or numbers (a
            // record set, not a family named in the reply's text): the
            // mail is not for them and the data is what must not reach
            // them; blocked.
            let to: Vec<&Recipient> = self
                .recipients
                .iter()
                .filter(|r| r.report.field == Field::To && r.class() != RecipientClass::Invalid)
                .collect();
            let along = !to.is_empty()
                && to.iter().all(|r| matches!(r.class(), RecipientClass::Internal | RecipientClass::Partner))
                && unknown.iter().all(|&i| self.recipients[i].report.field == Field::Cc);
            let table = |p: &&&Part| !p.is_body && !p.report.columns.is_empty();
            // A customer list's mobiles and private addresses reach each
            // person as surely as a home address does.
            let private = |p: &&&Part| p.holds_private_data() || p.holds_private_contacts();
            if along && parts.iter().filter(table).filter(private).any(|p| p.people >= t.personal_records) {
                fired.escalate = true;
                fired.evidence.push("Cc に残った社外の宛先 / an outsider left in Cc".to_owned());
            }
            let mentioned = |p: &&Part| p.people == 0 || p.names_only() && p.report.columns.is_empty();
            if self.externals_known && parts.iter().all(mentioned) {
                fired.cap = Some(Level::Notice);
                fired.evidence.push("氏名のみ・送信歴のある宛先 / names only, to an address mailed before".to_owned());
            }
            self.fire(fired);
        }
    }

    pub(super) fn content_kind_rules(&mut self, parts: &[&Part]) {
        let external = self.indices(Recipient::external);
        if external.is_empty() {
            return;
        }
        type Wording = (Text, fn(&Text, &str, &str) -> Text);
        let rules: [(Rule, Family, Option<Kind>, Wording); 5] = [
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
            // The resident registry code is held to My Number's rule (and its
            // policy level): the 住民基本台帳法 keeps it within the registry's
            // procedures and forbids others to ask anyone for it.
            (
                Rule::MyNumberExternal,
                Family::Identifier,
                Some(Kind::ResidentRegistryCode),
                (
                    Text::new("住民票コードを社外へ", "Resident registry code to outside the organisation"),
                    |at, _, _| {
                        Text::new(
                        format!("{}に住民票コードがあります。住民基本台帳法により、住民票コードの利用や告知を求めることは法律で定められた事務に限られています。", at.ja),
                        format!("{} holds a resident registry code (住民票コード); the Basic Resident Registration Act limits its use to the procedures it prescribes.", at.en),
                    )
                    },
                ),
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
            let mut hit: Vec<&&Part> = parts
                .iter()
                .filter(|p| !p.is_fields || family == Family::SpecialCare)
                .filter(|p| match kind {
                    Some(k) => p.has_kind(k),
                    None => p.has_family(family),
                })
                .collect();
            // How strong the evidence is decides how far the rule may go: a
            // block needs context, weak evidence only asks or informs.
            let cap = match rule {
                Rule::SpecialCareExternal => {
                    let strength = |p: &&&Part| p.special_care(&self.correspondents);
                    hit.retain(|p| strength(p).is_some());
                    crate::order::sort_by_key(&mut hit, |p| std::cmp::Reverse(strength(p)));
                    // Criminal proceedings and their victims are a law
                    // office's statutory work (弁護士法 3条: defence, the
                    // victim's counsel) under its duty of secrecy (23条):
                    // to registered law offices only, shown, not held.
                    let legal_matter = hit.iter().all(|p| {
                        p.counted
                            .iter()
                            .filter(|f| f.kind.family() == Family::SpecialCare)
                            .all(|f| matches!(f.kind, Kind::CriminalRecord | Kind::CrimeVictim))
                    });
                    let to_law_offices =
                        external.iter().all(|&i| self.recipients[i].partner.as_deref().is_some_and(law_office));
                    match hit.first().and_then(strength) {
                        None => continue,
                        Some(_) if legal_matter && to_law_offices => Some(Level::Notice),
                        Some(SpecialCare::Fact) => None,
                        // Whose it is unclear, in a mail that is the
                        // addressee's own matter (a son's fever, to his
                        // mother): hers or her family's.
                        Some(SpecialCare::Unclear) if self.own_matter => Some(Level::Notice),
                        Some(SpecialCare::Unclear) => Some(Level::Confirm),
                        Some(SpecialCare::Topic) => Some(Level::Notice),
                    }
                }
                Rule::MyNumberExternal if kind == Some(Kind::MyNumber) => {
                    crate::order::sort_by_key(&mut hit, |p| std::cmp::Reverse(my_number_strength(p)));
                    hit.first().map(|p| my_number_strength(p)).and_then(|s| match s {
                        MyNumberEvidence::Context => None,
                        MyNumberEvidence::Grouped => Some(Level::Confirm),
                        MyNumberEvidence::Bare => Some(Level::Notice),
                    })
                }
                _ => None,
            };
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
            let detail = match (rule, cap) {
                (Rule::SpecialCareExternal, Some(Level::Notice)) => Text::new(
                    format!("{}に要配慮個人情報に関わる語({kinds_ja})があります。特定の人の病歴・障害などが書かれていないか確認してください。", at.ja),
                    format!("{} mentions a special-care subject ({kinds_en}); check it states no one's medical history, disability or record.", at.en),
                ),
                (Rule::SpecialCareExternal, Some(_)) => Text::new(
                    format!("{}に要配慮個人情報({kinds_ja})がありますが、誰のことかは読み取れません。特定の人のことであれば、本人の同意なく第三者に提供することは原則できません(個人情報保護法)。", at.ja),
                    format!("{} holds special-care terms ({kinds_en}) without saying whose; if they are someone's, the APPI forbids passing them on without the person's consent.", at.en),
                ),
                (Rule::MyNumberExternal, Some(_)) if kind == Some(Kind::MyNumber) => Text::new(
                    format!("{}にマイナンバーの検査数字に一致する12桁の番号がありますが、マイナンバーを示す語や見出しはありません。金額や管理番号でなければ確認してください。", at.ja),
                    format!("{} holds a 12-digit number that passes the My Number check digit, with no keyword or header saying it is one; check it is an amount or a code.", at.en),
                ),
                _ => detail(&at, &kinds_ja, &kinds_en),
            };
            let mut fired = Fired::new(rule, external.clone(), title, detail);
            fired.attachment = (!first.is_body).then_some(first.name);
            let wanted = |k: Kind| kind.map_or(k.family() == family, |want| k == want);
            fired.evidence = hit.iter().flat_map(|p| evidence_for(p, wanted)).collect();
            fired.cap = cap;
            self.fire(fired);
        }
    }

    pub(super) fn attachment_problem_rules(&mut self, parts: &[Part]) {
        let external = self.indices(Recipient::external);
        let everyone = self.indices(|r| r.class() != RecipientClass::Invalid);
        for part in parts {
            let (unsupported, unreadable): (Vec<_>, Vec<_>) =
                part.report.problems.iter().partition(|p| p.kind == ProblemKind::Media);
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

    pub(super) fn confidential_rule(&mut self, message: &Message, attachments: &[Part], body_layout: &Layout) {
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

    pub(super) fn supervisor_rule(&mut self, attachments: &[Part], parts: &[&Part]) {
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

/// Where a part holds the kinds a rule is about: its classified columns
/// (`D (症状): 200`) when it is a table, else the first few findings,
/// masked.
fn evidence_for(part: &Part, wanted: impl Fn(Kind) -> bool) -> Vec<String> {
    let columns: Vec<String> = part
        .report
        .columns
        .iter()
        .filter(|c| c.kind.is_some_and(&wanted) && c.matched > 0)
        .map(|c| {
            let header = c.header.as_deref().map(|h| format!(" ({h})")).unwrap_or_default();
            format!("{}: {}{header} {} / {}", part.name, column_place(c, Lang::En), c.matched, c.rows)
        })
        .collect();
    if !columns.is_empty() && !part.is_body {
        return columns;
    }
    part.counted
        .iter()
        .filter(|f| wanted(f.kind))
        .take(3)
        .map(|f| {
            format!("{} {}: {} {}", part.name, location_label(&f.location, Lang::En), f.kind.label(Lang::En), f.masked)
        })
        .collect()
}

//! Uploads and form submissions: no recipients, one destination site. The
//! content rules of the message check apply with the site as the external
//! recipient, plus one rule of their own: a file with personal data is held
//! for a confirmation (a web form is where a whole customer list can leave,
//! incident 4). Fields hold what people type about themselves, so they
//! count only when they carry several people's data or special-care data.

use super::check::{where_part, Check, Fired, Recipient};
use super::content::Part;
use super::layout::Layout;
use super::message::Message;
use super::policy::{Policy, Rule};
use super::verdict::{Text, Verdict};
use crate::{FileReport, Kind};

/// Checks files about to be uploaded and, optionally, a form's fields (from
/// [`crate::scan_fields`]) going to `site` (a host name, for the wording).
pub fn assess_upload(
    site: &str,
    files: &[(String, FileReport)],
    fields: Option<&FileReport>,
    policy: &Policy,
) -> Verdict {
    let file_parts: Vec<Part> = files.iter().map(|(name, r)| Part::new(name, r, None)).collect();
    let field_part = fields.map(|r| Part { is_fields: true, ..Part::new(FIELDS_NAME, r, None) });
    let parts: Vec<&Part> = file_parts.iter().chain(field_part.as_ref()).collect();

    let mut check = Check {
        policy,
        recipients: vec![Recipient::site(site)],
        reasons: Vec::new(),
        correspondents: Vec::new(),
        internal_style: false,
        personal_content: true,
        about_others: true,
        own_numbers: false,
        names_to_known: false,
        externals_known: false,
        own_matter: false,
        patients_circle: false,
    };
    check.people_rules(&parts);
    check.content_kind_rules(&parts);
    check.attachment_problem_rules(&file_parts);
    check.confidential_rule(&Message::default(), &file_parts, &Layout::default());
    check.upload_rule(&file_parts, field_part.as_ref(), site);

    // The site stands in as the recipient for the rules, not in the verdict.
    check.recipients.clear();
    let fields = field_part.as_ref().map(Part::report);
    check.verdict(&file_parts, fields)
}

/// The name the form's fields go by in reports.
pub const FIELDS_NAME: &str = "フォーム (form)";

impl Check<'_> {
    fn upload_rule(&mut self, files: &[Part], fields: Option<&Part>, site: &str) {
        // A name that only the prose dictionary found (confidence below 0.7,
        // issue 17: 「担当の鈴木一郎が」 in a press release or a manual) does not
        // make a file personal data by itself; beside anything else it counts.
        let personal = |p: &&Part| {
            p.people > 0
                || p.counted.iter().any(|f| f.kind.is_personal() && !(f.kind == Kind::PersonName && f.confidence < 0.7))
        };
        let held: Vec<&Part> = files
            .iter()
            .filter(personal)
            .chain(fields.filter(|f| f.people >= 2 || f.has_family(crate::Family::SpecialCare)))
            .collect();
        let Some(first) = held.first() else { return };
        let at = where_part(first);
        let kinds: Vec<String> = held
            .iter()
            .flat_map(|p| p.counted.iter().map(|f| f.kind))
            .fold(Vec::new(), |mut acc, k| {
                if !acc.contains(&k) {
                    acc.push(k);
                }
                acc
            })
            .into_iter()
            .map(|k| k.label(crate::Lang::Ja).to_owned())
            .collect();
        let people = first.people;
        let count_ja = if people > 0 { format!("{people}人分の") } else { String::new() };
        let count_en = if people > 0 { format!(" about {people} people") } else { String::new() };
        let mut fired = Fired::new(
            Rule::PersonalDataUpload,
            vec![0],
            Text::new("個人データを含むアップロード", "Personal data in an upload"),
            Text::new(
                format!(
                    "{}に{count_ja}個人データ({})があります。{site} に送ってよいか確認してください。",
                    at.ja,
                    kinds.join("、")
                ),
                format!("{} holds personal data{count_en}. Check that it may go to {site}.", at.en),
            ),
        );
        fired.attachment = (!first.is_body && !first.is_fields).then_some(first.name);
        fired.evidence = held.iter().map(|p| format!("{}: {} 人 / people", p.name, p.people)).collect();
        self.fire(fired);
    }
}

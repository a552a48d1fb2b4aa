//! Reading a table the way a person does: the header says what a column
//! holds, and the values confirm it. Columns of names, addresses, IDs and
//! special-care data have no shape a regex could check, so their header makes
//! every non-empty value a finding; columns of numbers are checked value by
//! value with the header as context (a phone column still needs phone-shaped
//! values).

use std::sync::Arc;

use super::{dates, people, special_care, Context, Engine, HeaderClass, Hit};
use crate::{Evidence, Family, Kind};

/// Kinds whose values are taken on the header's word (after a sanity check).
fn header_decides(kind: Kind) -> bool {
    matches!(
        kind,
        Kind::PersonName
            | Kind::Address
            | Kind::EmployeeId
            | Kind::HealthInsurance
            | Kind::Password
            | Kind::BirthDate
            | Kind::Passport
            | Kind::DriversLicense
            | Kind::ResidenceCard
    ) || kind.family() == Family::SpecialCare
}

/// Finds what a cell holds. `value` is folded text; `header` is the column's
/// reading, if the table has a header row.
pub fn cell_hits(
    engine: &Engine,
    header: Option<(&HeaderClass, &Arc<str>)>,
    value: &str,
    out: &mut Vec<Hit>,
    orgs: &mut Vec<String>,
) {
    let trimmed = value.trim();
    if trimmed.is_empty() {
        return;
    }
    if let Some((class, header_text)) = header {
        if let Some(kind) = class.kind {
            if header_decides(kind) {
                if let Some(hit) = header_value(kind, header_text, value) {
                    out.push(hit);
                    return;
                }
            }
            if kind == Kind::Phone {
                // Phone numbers typed into a numeric cell lose their leading 0.
                if let Some(fixed) = restore_leading_zero(trimmed) {
                    let start = out.len();
                    let ctx = Context { header: Some(class), header_text: Some(header_text), in_cell: true };
                    engine.scan_cell(&fixed, ctx, out, orgs);
                    for h in &mut out[start..] {
                        h.start = 0;
                        h.end = value.len();
                        h.value = fixed.clone();
                    }
                    return;
                }
            }
        }
        let ctx = Context { header: Some(class), header_text: Some(header_text), in_cell: true };
        engine.scan_cell(value, ctx, out, orgs);
    } else {
        engine.scan_cell(value, Context { in_cell: true, ..Context::default() }, out, orgs);
    }
}

fn restore_leading_zero(v: &str) -> Option<String> {
    let all_digits = v.bytes().all(|b| b.is_ascii_digit());
    (all_digits && (9..=10).contains(&v.len()) && !v.starts_with('0')).then(|| format!("0{v}"))
}

/// A whole-cell finding under a header that decides the kind, or `None` when
/// the value does not fit (then the cell is scanned like any text).
fn header_value(kind: Kind, header_text: &Arc<str>, value: &str) -> Option<Hit> {
    let v = value.trim();
    let start = value.len() - value.trim_start().len();
    let mut evidence = vec![Evidence::Header(header_text.clone())];
    let confidence = match kind {
        Kind::PersonName => {
            // The legal-form check only where one could be (`会`, `法`, `(株)`).
            let organisation = v.contains(['会', '法', '(', '㈱', '㈲'])
                && super::keywords::ORGANISATION_FORMS.iter().any(|f| v.contains(f));
            if special_care::is_negative_answer(v) || !people::looks_like_name(v) || organisation {
                return None;
            }
            if let Some(sn) = people::starts_with_surname(v) {
                evidence.push(Evidence::Dictionary(sn.to_owned()));
                0.99
            } else {
                0.93
            }
        }
        Kind::Address => {
            let places = v.chars().any(|c| matches!(c, '都' | '道' | '府' | '県' | '市' | '区' | '町' | '村' | '郡'));
            if !(places || v.chars().any(|c| c.is_ascii_digit()) && v.chars().count() >= 6) {
                return None;
            }
            0.95
        }
        Kind::BirthDate => {
            dates::parse(v)?;
            0.97
        }
        // Document numbers vary by issuing country and era; under their header
        // any code of letters and at least four digits is one.
        Kind::Passport | Kind::DriversLicense | Kind::ResidenceCard => {
            let code: String = v.chars().filter(|c| !matches!(c, ' ' | '-')).collect();
            let digits = code.chars().filter(char::is_ascii_digit).count();
            if !(6..=16).contains(&code.len()) || !code.chars().all(|c| c.is_ascii_alphanumeric()) || digits < 4 {
                return None;
            }
            0.95
        }
        Kind::EmployeeId | Kind::HealthInsurance => {
            if v.chars().count() > 32 || !v.chars().any(|c| c.is_alphanumeric()) || special_care::is_negative_answer(v)
            {
                return None;
            }
            0.92
        }
        Kind::Password => {
            if special_care::is_negative_answer(v) {
                return None;
            }
            0.9
        }
        _ if kind.family() == Family::SpecialCare => {
            if special_care::is_negative_answer(v) {
                return None;
            }
            0.95
        }
        _ => return None,
    };
    Some(Hit { kind, start, end: start + v.len(), value: v.to_owned(), confidence, evidence, needs_person: false })
}

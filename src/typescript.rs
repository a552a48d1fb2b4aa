//! The JS library's declarations (`www/lib/presend.d.ts`) name the core's ids
//! as string unions (kinds, rules, decisions, levels, problems, formats,
//! recipient classes and fields). These tests read the declarations and
//! compare each union with the Rust enum it stands for, so the two cannot
//! drift: a variant added here, or an id renamed, fails `cargo test` until
//! the declarations say the same. The enums without a list of their own are
//! listed through an exhaustive `match`, which stops compiling when a
//! variant is added.

use std::collections::BTreeSet;

use crate::assess::verdict::{Field, RecipientClass};
use crate::assess::{Decision, Level, Rule};
use crate::{Format, Kind, ProblemKind, Severity};

const DECLARATIONS: &str = include_str!("../www/lib/presend.d.ts");

/// Reasons the hosts add themselves (the library and the extension), which
/// the core never gives; each must still be used by a host's code.
const HOST_RULES: &[(&str, &str)] = &[
    ("adapter_incomplete", include_str!("../www/extension/mail.js")),
    ("adapter_send_unknown", include_str!("../www/extension/mail.js")),
    ("checker_failed", include_str!("../www/lib/protect.js")),
    ("resend_failed", include_str!("../www/extension/mail.js")),
];

/// The string literals of `export type NAME = 'a' | 'b' …;` in the declarations.
fn union(name: &str) -> BTreeSet<String> {
    let start = format!("export type {name} =");
    let at = DECLARATIONS.find(&start).unwrap_or_else(|| panic!("presend.d.ts declares no type {name}"));
    let rest = &DECLARATIONS[at + start.len()..];
    let body = &rest[..rest.find(';').unwrap_or(rest.len())];
    body.split('|').map(str::trim).filter_map(|s| s.strip_prefix('\'')?.strip_suffix('\'')).map(str::to_owned).collect()
}

/// The ids serde gives the values (what crosses to JS).
fn ids<T: serde::Serialize>(values: &[T]) -> BTreeSet<String> {
    values
        .iter()
        .map(|v| match serde_json::to_value(v) {
            Ok(serde_json::Value::String(s)) => s,
            other => panic!("not a string id: {other:?}"),
        })
        .collect()
}

/// Every variant of an enum, as a list that stops compiling when one is added.
macro_rules! every {
    ($t:ident: $($v:ident),+ $(,)?) => {{
        let _exhaustive = |x: $t| match x { $($t::$v)|+ => () };
        [$($t::$v),+]
    }};
}

#[test]
fn the_declared_kinds_are_the_cores() {
    assert_eq!(union("Kind"), Kind::ALL.iter().map(|k| k.id().to_owned()).collect());
    assert_eq!(union("Kind"), ids(Kind::ALL));
}

#[test]
fn the_declared_rules_are_the_cores_and_the_hosts() {
    let core: BTreeSet<String> = Rule::ALL.iter().map(|r| r.id().to_owned()).collect();
    assert_eq!(union("CoreRule"), core);
    let host: BTreeSet<String> = HOST_RULES.iter().map(|(id, _)| (*id).to_owned()).collect();
    assert_eq!(union("HostRule"), host);
    for (id, source) in HOST_RULES {
        assert!(!core.contains(*id), "{id} is a core rule now: drop it from HostRule");
        assert!(source.contains(&format!("'{id}'")), "no host uses {id} any more");
    }
}

#[test]
fn the_declared_decisions_levels_and_severities_are_the_cores() {
    assert_eq!(union("Decision"), ids(&every!(Decision: Allow, Confirm, Block)));
    assert_eq!(union("Level"), ids(&every!(Level: Off, Notice, Confirm, Block)));
    assert_eq!(union("Severity"), ids(&every!(Severity: Low, Medium, High, Critical)));
}

#[test]
fn the_declared_problems_formats_and_recipients_are_the_cores() {
    let problems = every!(ProblemKind: Encrypted, Corrupt, Truncated, OverLimit, Unsupported, Media, NoText, Encoding, Unavailable);
    assert_eq!(union("ProblemCode"), ids(&problems));
    let formats = every!(Format: Xlsx, Xlsm, Xlsb, Xls, Ods, Csv, Tsv, Docx, Doc, Rtf, Pptx, Ppt, Odt, Odp, Text, Html, Markdown, Json, Eml, Msg, Tnef, Vcard, Zengin, Zip, Gzip, Pdf, Image, Media, EncryptedOffice, LegacyOffice, Binary, Empty);
    assert_eq!(union("Format"), ids(&formats));
    assert_eq!(union("Format"), formats.iter().map(|f| f.id().to_owned()).collect());
    assert_eq!(union("RecipientClass"), ids(&every!(RecipientClass: Internal, Partner, FreeMail, External, Invalid)));
    assert_eq!(union("Field"), ids(&every!(Field: To, Cc, Bcc)));
}

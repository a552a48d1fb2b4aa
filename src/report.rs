//! Human-readable reports in Japanese or English: what a person needs to
//! decide (which kinds, how many people, which columns, where), with masked
//! values only. The JSON form is the serde serialisation of [`FileReport`].

use std::borrow::Cow;
use std::fmt::Write;

use crate::wording::{column_place, location_label, problem_label, severity_label, shown};
use crate::{FileReport, Lang};

/// Findings listed per kind before "and N more".
const SHOWN_PER_KIND: usize = 5;

/// The human report for one file.
pub fn render_text(report: &FileReport, lang: Lang) -> String {
    let mut out = String::new();
    let ja = lang == Lang::Ja;
    let _ = writeln!(out, "{} ({})", shown(&report.path), report.format.id());
    if report.findings.is_empty() && report.problems.is_empty() {
        let _ =
            writeln!(out, "  {}", if ja { "機微な情報は見つかりませんでした。" } else { "Nothing sensitive found." });
        return out;
    }
    if report.records > 0 {
        let _ = if ja {
            writeln!(out, "  個人データ: 約{}人分", report.records)
        } else {
            writeln!(out, "  Personal data about ~{} people", report.records)
        };
    }
    for p in &report.problems {
        let where_ = p.entry.as_deref().map(|e| format!(" [{}]", shown(e))).unwrap_or_default();
        let _ = writeln!(out, "  ! {}{} ({})", problem_label(p.kind, lang), where_, shown(&p.detail));
    }
    let classified: Vec<_> = report.columns.iter().filter(|c| c.kind.is_some()).collect();
    if !classified.is_empty() {
        let _ = writeln!(out, "  {}", if ja { "列:" } else { "Columns:" });
        for c in classified {
            let kind = c.kind.map(|k| k.label(lang)).unwrap_or_default();
            let place = column_place(c, lang);
            let header = c.header.as_deref().map(|h| format!(" 「{}」", shown(h))).unwrap_or_default();
            let _ = if ja {
                writeln!(out, "    {place}{header}: {kind} ({}行)", c.rows)
            } else {
                writeln!(out, "    {place}{header}: {kind} ({} rows)", c.rows)
            };
        }
    }
    for kc in &report.summary {
        let _ = if ja {
            writeln!(out, "  [{}] {}: {}件", severity_label(kc.severity, lang), kc.kind.label(lang), kc.count)
        } else {
            writeln!(out, "  [{}] {}: {}", severity_label(kc.severity, lang), kc.kind.label(lang), kc.count)
        };
        let of_kind: Vec<_> = report.findings.iter().filter(|f| f.kind == kc.kind).collect();
        for f in of_kind.iter().take(SHOWN_PER_KIND) {
            let _ = writeln!(out, "      {}  {}", location_label(&f.location, lang), shown(&f.masked));
        }
        // The count, not the findings listed: a table keeps only so many one by one.
        let shown_here = of_kind.len().min(SHOWN_PER_KIND);
        if kc.count as usize > shown_here {
            let more = kc.count as usize - shown_here;
            let _ = if ja { writeln!(out, "      ほか{more}件") } else { writeln!(out, "      and {more} more") };
        }
    }
    if !report.domains.is_empty() {
        let list: Vec<String> =
            report.domains.iter().take(5).map(|d| format!("{} ({})", shown(&d.domain), d.count)).collect();
        let _ =
            writeln!(out, "  {} {}", if ja { "データ内のドメイン:" } else { "Domains in the data:" }, list.join(", "));
    }
    if !report.organisations.is_empty() {
        let list: Vec<Cow<'_, str>> = report.organisations.iter().take(5).map(|o| shown(o)).collect();
        let _ = writeln!(
            out,
            "  {} {}",
            if ja { "データ内の組織名:" } else { "Organisations in the data:" },
            list.join(", ")
        );
    }
    out
}

fn decision_label(d: crate::assess::Decision, lang: Lang) -> &'static str {
    use crate::assess::Decision;
    match (d, lang) {
        (Decision::Allow, Lang::Ja) => "送信可",
        (Decision::Confirm, Lang::Ja) => "確認が必要",
        (Decision::Block, Lang::Ja) => "送信停止",
        (Decision::Allow, Lang::En) => "allow",
        (Decision::Confirm, Lang::En) => "confirm before sending",
        (Decision::Block, Lang::En) => "block",
    }
}

fn level_label(l: crate::assess::Level, lang: Lang) -> &'static str {
    use crate::assess::Level;
    match (l, lang) {
        (Level::Block, Lang::Ja) => "停止",
        (Level::Confirm, Lang::Ja) => "確認",
        (Level::Notice, Lang::Ja) => "注意",
        (Level::Off, Lang::Ja) => "無効",
        (Level::Block, Lang::En) => "block",
        (Level::Confirm, Lang::En) => "confirm",
        (Level::Notice, Lang::En) => "notice",
        (Level::Off, Lang::En) => "off",
    }
}

/// The human report of a message check: the decision, the reasons with their
/// evidence, each recipient, and what each attachment holds.
pub fn render_verdict(verdict: &crate::assess::Verdict, lang: Lang) -> String {
    let mut out = String::new();
    let ja = lang == Lang::Ja;
    let _ = writeln!(out, "{}: {}", if ja { "判定" } else { "Decision" }, decision_label(verdict.decision, lang));
    for r in &verdict.reasons {
        let _ = writeln!(out, "  [{}] {} ({})", level_label(r.level, lang), shown(r.title.get(lang)), r.rule.id());
        let _ = writeln!(out, "      {}", shown(r.detail.get(lang)));
        for e in &r.evidence {
            let _ = writeln!(out, "      - {}", shown(e));
        }
    }
    if !verdict.recipients.is_empty() {
        let _ = writeln!(out, "{}:", if ja { "宛先" } else { "Recipients" });
        for r in &verdict.recipients {
            let field = format!("{:?}", r.field).to_lowercase();
            let org = r.organisation.as_deref().map(|o| format!(" — {}", shown(o))).unwrap_or_default();
            let name = r.name.as_deref().map(|n| format!("{} ", shown(n))).unwrap_or_default();
            let _ = writeln!(out, "  {field:<3} {name}<{}> [{}]{org}", shown(&r.address), r.class_label.get(lang));
        }
    }
    // Clean mail has nothing to read: what the parts hold matters only when
    // a rule fired.
    let parts = verdict.attachments.iter().chain(verdict.body.as_ref()).filter(|_| !verdict.reasons.is_empty());
    for part in parts {
        if part.kinds.is_empty() && part.problems.is_empty() {
            continue;
        }
        let people = if ja { format!("{}人分", part.records) } else { format!("{} people", part.records) };
        let _ = writeln!(out, "{} ({}, {people}):", shown(&part.name), part.format.id());
        for k in &part.kinds {
            let places = if k.places.is_empty() {
                String::new()
            } else {
                let places: Vec<&str> = k.places.iter().map(|p| p.get(lang)).collect();
                format!(" — {}", shown(&places.join(", ")))
            };
            let _ = writeln!(out, "  {} [{}] {}{places}", k.label.get(lang), severity_label(k.severity, lang), k.count);
        }
        for p in &part.problems {
            let _ = writeln!(out, "  {} {}", p.label.get(lang), shown(&p.problem.detail));
        }
    }
    out
}

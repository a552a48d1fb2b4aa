//! Human-readable reports in Japanese or English: what a person needs to
//! decide (which kinds, how many people, which columns, where), with masked
//! values only. The JSON form is the serde serialisation of [`FileReport`].

use std::fmt::Write;

use crate::{column_letters, FileReport, Lang, Location, ProblemKind, Severity};

/// Findings listed per kind before "and N more".
const SHOWN_PER_KIND: usize = 5;

pub fn severity_label(s: Severity, lang: Lang) -> &'static str {
    match (s, lang) {
        (Severity::Critical, Lang::Ja) => "重大",
        (Severity::High, Lang::Ja) => "高",
        (Severity::Medium, Lang::Ja) => "中",
        (Severity::Low, Lang::Ja) => "低",
        (Severity::Critical, Lang::En) => "critical",
        (Severity::High, Lang::En) => "high",
        (Severity::Medium, Lang::En) => "medium",
        (Severity::Low, Lang::En) => "low",
    }
}

/// "Could not inspect: ..." in the user's language.
pub fn problem_label(kind: ProblemKind, lang: Lang) -> &'static str {
    match (kind, lang) {
        (ProblemKind::Encrypted, Lang::Ja) => "検査できません: 暗号化(パスワード保護)されています",
        (ProblemKind::Corrupt, Lang::Ja) => "検査できません: ファイルが壊れています",
        (ProblemKind::Truncated, Lang::Ja) => "一部のみ検査: ファイルが途中で切れています",
        (ProblemKind::OverLimit, Lang::Ja) => "一部のみ検査: 上限(サイズ・セル数・時間)に達しました",
        (ProblemKind::Unsupported, Lang::Ja) => "検査できません: 対応していない形式です",
        (ProblemKind::Encoding, Lang::Ja) => "文字コードを判別できませんでした",
        (ProblemKind::Encrypted, Lang::En) => "could not inspect: encrypted (password-protected)",
        (ProblemKind::Corrupt, Lang::En) => "could not inspect: the file is damaged",
        (ProblemKind::Truncated, Lang::En) => "partly inspected: the file is cut short",
        (ProblemKind::OverLimit, Lang::En) => "partly inspected: a size, cell or time limit was reached",
        (ProblemKind::Unsupported, Lang::En) => "could not inspect: format not supported",
        (ProblemKind::Encoding, Lang::En) => "text encoding not recognised",
    }
}

/// Where a finding is, as a person would say it: `名簿!B12`, `line 3`.
pub fn location_label(loc: &Location, lang: Lang) -> String {
    let mut out = String::new();
    if let Some(entry) = &loc.entry {
        out.push_str(entry);
        out.push(' ');
    }
    match (loc.row, loc.column, loc.line) {
        (Some(r), Some(c), _) => {
            if let Some(sheet) = &loc.sheet {
                let _ = write!(out, "{sheet}!");
            }
            let _ = write!(out, "{}{}", column_letters(c), r);
        }
        (_, _, Some(l)) => {
            let _ = match lang {
                Lang::Ja => write!(out, "{l}行目"),
                Lang::En => write!(out, "line {l}"),
            };
        }
        _ => {}
    }
    out.trim_end().to_owned()
}

/// The human report for one file.
pub fn render_text(report: &FileReport, lang: Lang) -> String {
    let mut out = String::new();
    let ja = lang == Lang::Ja;
    let _ = writeln!(out, "{} ({})", report.path, report.format.id());
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
        let where_ = p.entry.as_deref().map(|e| format!(" [{e}]")).unwrap_or_default();
        let _ = writeln!(out, "  ! {}{} ({})", problem_label(p.kind, lang), where_, p.detail);
    }
    let classified: Vec<_> = report.columns.iter().filter(|c| c.kind.is_some()).collect();
    if !classified.is_empty() {
        let _ = writeln!(out, "  {}", if ja { "列:" } else { "Columns:" });
        for c in classified {
            let kind = c.kind.map(|k| k.label(lang)).unwrap_or_default();
            let sheet = c.sheet.as_deref().map(|s| format!("{s}!")).unwrap_or_default();
            let header = c.header.as_deref().map(|h| format!(" 「{h}」")).unwrap_or_default();
            let _ = if ja {
                writeln!(out, "    {sheet}{}列{header}: {kind} ({}行)", c.letter, c.rows)
            } else {
                writeln!(out, "    {sheet}column {}{header}: {kind} ({} rows)", c.letter, c.rows)
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
            let _ = writeln!(out, "      {}  {}", location_label(&f.location, lang), f.masked);
        }
        if of_kind.len() > SHOWN_PER_KIND {
            let more = of_kind.len() - SHOWN_PER_KIND;
            let _ = if ja { writeln!(out, "      ほか{more}件") } else { writeln!(out, "      and {more} more") };
        }
    }
    if !report.domains.is_empty() {
        let list: Vec<String> = report.domains.iter().take(5).map(|d| format!("{} ({})", d.domain, d.count)).collect();
        let _ =
            writeln!(out, "  {} {}", if ja { "データ内のドメイン:" } else { "Domains in the data:" }, list.join(", "));
    }
    if !report.organisations.is_empty() {
        let list: Vec<&str> = report.organisations.iter().take(5).map(String::as_str).collect();
        let _ = writeln!(
            out,
            "  {} {}",
            if ja { "データ内の組織名:" } else { "Organisations in the data:" },
            list.join(", ")
        );
    }
    out
}

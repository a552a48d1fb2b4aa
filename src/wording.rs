//! The words the checker shows, in Japanese and English, for what is not a
//! kind (whose labels are in the `kinds!` table of `model`): severities, the
//! problems that stop a file being read, and where a finding is. Below
//! `assess` and `report`, which both word their output with it, and shown to
//! JS through the verdict (each finding's place, each problem's label).

use std::borrow::Cow;
use std::fmt::Write;

use crate::{column_letters, ColumnSummary, Lang, Location, ProblemKind, Severity};

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
        (ProblemKind::Media, Lang::Ja) => "検査していません: 画像・音声・動画は読み取りません",
        (ProblemKind::NoText, Lang::Ja) => "検査できません: 文字として読めないページがあります(スキャン・画像のPDF)",
        (ProblemKind::Encoding, Lang::Ja) => "文字コードを判別できませんでした",
        (ProblemKind::Unavailable, Lang::Ja) => "検査できません: ファイルの中身を読み取れませんでした",
        (ProblemKind::Encrypted, Lang::En) => "could not inspect: encrypted (password-protected)",
        (ProblemKind::Corrupt, Lang::En) => "could not inspect: the file is damaged",
        (ProblemKind::Truncated, Lang::En) => "partly inspected: the file is cut short",
        (ProblemKind::OverLimit, Lang::En) => "partly inspected: a size, cell or time limit was reached",
        (ProblemKind::Unsupported, Lang::En) => "could not inspect: format not supported",
        (ProblemKind::Media, Lang::En) => "not inspected: images, audio and video are not read",
        (ProblemKind::NoText, Lang::En) => "could not inspect: pages with no readable text (a scan or an image PDF)",
        (ProblemKind::Encoding, Lang::En) => "text encoding not recognised",
        (ProblemKind::Unavailable, Lang::En) => "could not inspect: the file's contents could not be read",
    }
}

/// `text` safe to print on a terminal: control characters (escape
/// sequences, line breaks, C1 controls) and the marks that reorder text
/// (bidi overrides and isolates, line and paragraph separators) are written
/// as `\u{..}`. File, member, sheet and recipient names come from strangers:
/// printed as they are, a name could move the cursor, recolour the screen
/// or print a forged "nothing found" line.
pub fn shown(text: &str) -> Cow<'_, str> {
    let unsafe_char = |c: char| {
        c.is_control() || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{2028}' | '\u{2029}')
    };
    if !text.chars().any(unsafe_char) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        if unsafe_char(c) {
            let _ = write!(out, "\\u{{{:x}}}", u32::from(c));
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// Which column a column summary is about, as a person would say it: a
/// sheet's by its letters (`名簿!D列`, `名簿!column D`), a document table's
/// counted (`表1 3列目`, `table 1, column 3`): a Word table has no letters.
pub fn column_place(c: &ColumnSummary, lang: Lang) -> String {
    let sheet = c.sheet.as_deref().map(|s| format!("{}!", shown(s))).unwrap_or_default();
    match (c.table, lang) {
        (Some(t), Lang::Ja) => format!("{sheet}表{t} {}列目", c.column),
        (Some(t), Lang::En) => format!("{sheet}table {t}, column {}", c.column),
        (None, Lang::Ja) => format!("{sheet}{}列", c.letter),
        (None, Lang::En) => format!("{sheet}column {}", c.letter),
    }
}

/// Where a finding is, as a person would say it: `名簿!B12`, `line 3`.
pub fn location_label(loc: &Location, lang: Lang) -> String {
    let mut out = String::new();
    if let Some(entry) = &loc.entry {
        out.push_str(&shown(entry));
        out.push(' ');
    }
    if let Some(p) = loc.page {
        // A PDF: a page and a line, or a table's row and column counted as
        // a reader would (no spreadsheet letters on paper).
        let _ = match (lang, loc.row.zip(loc.column), loc.line) {
            (Lang::Ja, Some((r, c)), _) => write!(out, "{p}ページ {r}行目 {c}列目"),
            (Lang::En, Some((r, c)), _) => write!(out, "page {p}, line {r}, column {c}"),
            (Lang::Ja, None, Some(l)) => write!(out, "{p}ページ {l}行目"),
            (Lang::En, None, Some(l)) => write!(out, "page {p}, line {l}"),
            (Lang::Ja, None, None) => write!(out, "{p}ページ"),
            (Lang::En, None, None) => write!(out, "page {p}"),
        };
        return out;
    }
    if let (Some(t), Some(r), Some(c)) = (loc.table, loc.row, loc.column) {
        // A table in a Word or PowerPoint part: counted, not lettered.
        let _ = match lang {
            Lang::Ja => write!(out, "表{t} {r}行目 {c}列目"),
            Lang::En => write!(out, "table {t}, row {r}, column {c}"),
        };
        return out;
    }
    match (loc.row, loc.column, loc.line) {
        (Some(r), Some(c), _) => {
            if let Some(sheet) = &loc.sheet {
                let _ = write!(out, "{}!", shown(sheet));
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

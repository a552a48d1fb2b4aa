//! The `presend` command line:
//! - `presend scan [--format text|json] [--lang ja|en] FILE...` — exit 0 nothing
//!   found, 1 findings (or something could not be inspected: the user must
//!   decide), 2 error (bad usage, unreadable file);
//! - `presend check [--policy P.json] --message M.json [--history H.json]` —
//!   exit 0 allow, 1 confirm, 3 block, 2 error.

use std::io::Write;
use std::process::ExitCode;

use presend::assess::{check_message, Attachment, CheckOptions, Decision, Message, Policy};
use presend::{report, scan_bytes, FileReport, Lang, ScanOptions};
use serde::Serialize;

const USAGE: &str = "usage: presend scan [--format text|json] [--lang ja|en] [--raw] FILE...
       presend check [--policy POLICY.json] --message MESSAGE.json [--history HISTORY.json]
                     [--format text|json] [--lang ja|en]

  --format text|json  human report (default) or the JSON contract for scripts
  --lang ja|en        language of the human report (default: from LANG)
  --raw               (scan) include raw values in JSON output (masked otherwise)
  --policy FILE       (check) the policy; built-in defaults without it
  --message FILE      (check) from/to/cc/bcc/subject/body/attachments; attachment
                      paths are relative to the message file
  --history FILE      (check) JSON array of addresses or domains mailed before

exit status of scan: 0 nothing found, 1 findings or uninspectable content, 2 error
exit status of check: 0 allow, 1 confirm, 3 block, 2 error";

#[derive(Debug, PartialEq)]
enum OutputFormat {
    Text,
    Json,
}

struct ScanArgs {
    format: OutputFormat,
    lang: Lang,
    raw: bool,
    files: Vec<String>,
}

fn locale_lang() -> Lang {
    let var = ["LC_ALL", "LC_MESSAGES", "LANG"]
        .iter()
        .filter_map(|k| std::env::var(k).ok())
        .find(|v| !v.is_empty())
        .unwrap_or_default();
    Lang::from_locale(&var)
}

fn output_format(value: &str) -> Result<OutputFormat, String> {
    match value {
        "text" => Ok(OutputFormat::Text),
        "json" => Ok(OutputFormat::Json),
        other => Err(format!("unknown format '{other}' (text or json)")),
    }
}

fn lang(value: &str) -> Result<Lang, String> {
    match value {
        "ja" => Ok(Lang::Ja),
        "en" => Ok(Lang::En),
        other => Err(format!("unknown language '{other}' (ja or en)")),
    }
}

fn parse_scan_args(args: &[String]) -> Result<ScanArgs, String> {
    let mut parsed = ScanArgs { format: OutputFormat::Text, lang: locale_lang(), raw: false, files: Vec::new() };
    let mut iter = args.iter();
    let mut only_files = false;
    while let Some(arg) = iter.next() {
        if only_files {
            parsed.files.push(arg.clone());
            continue;
        }
        let (flag, inline) = match arg.split_once('=') {
            Some((f, v)) if f.starts_with("--") => (f, Some(v.to_owned())),
            _ => (arg.as_str(), None),
        };
        let mut value =
            |name: &str| inline.clone().or_else(|| iter.next().cloned()).ok_or(format!("{name} needs a value"));
        match flag {
            "--" => only_files = true,
            "--format" => parsed.format = output_format(&value("--format")?)?,
            "--lang" => parsed.lang = lang(&value("--lang")?)?,
            "--raw" => parsed.raw = true,
            f if f.starts_with('-') && f.len() > 1 => return Err(format!("unknown option '{f}'")),
            _ => parsed.files.push(arg.clone()),
        }
    }
    if parsed.files.is_empty() {
        return Err("no files given".to_owned());
    }
    Ok(parsed)
}

#[derive(Serialize)]
struct FileError {
    path: String,
    error: String,
}

#[derive(Serialize)]
struct ScanOutput<'a> {
    files: &'a [FileReport],
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    errors: &'a [FileError],
}

fn scan(args: ScanArgs) -> ExitCode {
    let options = ScanOptions { include_raw: args.raw, ..Default::default() };
    let mut reports = Vec::new();
    let mut errors = Vec::new();
    for path in &args.files {
        match std::fs::read(path) {
            Ok(bytes) => reports.push(scan_bytes(path, &bytes, &options)),
            Err(e) => errors.push(FileError { path: path.clone(), error: e.to_string() }),
        }
    }
    // Buffered: stdout is line-buffered, and a large report has millions of lines.
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::with_capacity(1 << 16, stdout.lock());
    let written = match args.format {
        OutputFormat::Json => serde_json::to_writer_pretty(&mut out, &ScanOutput { files: &reports, errors: &errors })
            .map_err(std::io::Error::from)
            .and_then(|_| writeln!(out)),
        OutputFormat::Text => reports.iter().try_for_each(|r| write!(out, "{}", report::render_text(r, args.lang))),
    };
    let written = written.and_then(|()| out.flush());
    for e in &errors {
        eprintln!("presend: {}: {}", e.path, e.error);
    }
    if written.is_err() || !errors.is_empty() {
        return ExitCode::from(2);
    }
    if reports.iter().all(FileReport::is_clean) {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    }
}

struct CheckArgs {
    format: OutputFormat,
    lang: Lang,
    policy: Option<String>,
    message: String,
    history: Option<String>,
}

fn parse_check_args(args: &[String]) -> Result<CheckArgs, String> {
    let (mut format, mut lang) = (OutputFormat::Text, locale_lang());
    let (mut policy, mut message, mut history) = (None, None, None);
    let mut iter = args.iter();
    while let Some(arg) = iter.next() {
        let (flag, inline) = match arg.split_once('=') {
            Some((f, v)) if f.starts_with("--") => (f, Some(v.to_owned())),
            _ => (arg.as_str(), None),
        };
        let mut value =
            |name: &str| inline.clone().or_else(|| iter.next().cloned()).ok_or(format!("{name} needs a value"));
        match flag {
            "--format" => format = output_format(&value("--format")?)?,
            "--lang" => lang = self::lang(&value("--lang")?)?,
            "--policy" => policy = Some(value("--policy")?),
            "--message" => message = Some(value("--message")?),
            "--history" => history = Some(value("--history")?),
            other => return Err(format!("unexpected argument '{other}'")),
        }
    }
    let message = message.ok_or("--message is required")?;
    Ok(CheckArgs { format, lang, policy, message, history })
}

fn read_text(path: &str, what: &str) -> Result<String, String> {
    std::fs::read_to_string(path).map_err(|e| format!("{what} {path}: {e}"))
}

fn check(args: CheckArgs) -> Result<ExitCode, String> {
    let policy = match &args.policy {
        Some(path) => Policy::from_json(&read_text(path, "policy")?).map_err(|e| format!("{path}: {e}"))?,
        None => Policy::default(),
    };
    let message =
        Message::from_json(&read_text(&args.message, "message")?).map_err(|e| format!("{}: {e}", args.message))?;
    let history = match &args.history {
        Some(path) => Some(
            serde_json::from_str::<Vec<String>>(&read_text(path, "history")?)
                .map_err(|e| format!("history {path}: expected a JSON array of addresses or domains: {e}"))?,
        ),
        None => None,
    };
    let base = std::path::Path::new(&args.message).parent().unwrap_or(std::path::Path::new(""));
    let mut files = Vec::new();
    for name in &message.attachments {
        let path = base.join(name);
        let bytes = std::fs::read(&path).map_err(|e| format!("attachment {}: {e}", path.display()))?;
        let shown = std::path::Path::new(name).file_name().map_or(name.clone(), |n| n.to_string_lossy().into_owned());
        files.push((shown, bytes));
    }
    let attachments: Vec<Attachment> = files.iter().map(|(name, bytes)| Attachment { name, bytes }).collect();
    let verdict = check_message(&message, &attachments, &policy, &CheckOptions { history, ..Default::default() });
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let written = match args.format {
        OutputFormat::Json => {
            serde_json::to_writer_pretty(&mut out, &verdict).map_err(std::io::Error::from).and_then(|_| writeln!(out))
        }
        OutputFormat::Text => write!(out, "{}", report::render_verdict(&verdict, args.lang)),
    };
    written.and_then(|()| out.flush()).map_err(|e| format!("writing the report: {e}"))?;
    Ok(match verdict.decision {
        Decision::Allow => ExitCode::SUCCESS,
        Decision::Confirm => ExitCode::from(1),
        Decision::Block => ExitCode::from(3),
    })
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.first().map(String::as_str) {
        Some("scan") => match parse_scan_args(&args[1..]) {
            Ok(parsed) => scan(parsed),
            Err(e) => {
                eprintln!("presend: {e}\n{USAGE}");
                ExitCode::from(2)
            }
        },
        Some("check") if args.iter().any(|a| a == "--help" || a == "-h") => {
            println!("{USAGE}");
            ExitCode::SUCCESS
        }
        Some("check") => match parse_check_args(&args[1..]).and_then(check) {
            Ok(code) => code,
            Err(e) => {
                eprintln!("presend: {e}");
                if !e.contains(": policy:") && !e.contains(": message:") {
                    eprintln!("{USAGE}");
                }
                ExitCode::from(2)
            }
        },
        Some("--version" | "-V") => {
            println!("presend {}", env!("CARGO_PKG_VERSION"));
            ExitCode::SUCCESS
        }
        Some("--help" | "-h" | "help") => {
            println!("{USAGE}");
            ExitCode::SUCCESS
        }
        _ => {
            eprintln!("{USAGE}");
            ExitCode::from(2)
        }
    }
}

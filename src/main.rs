//! The `presend` command line:
//! - `presend scan [--format text|json|jsonl] [--lang ja|en] [--all-findings] FILE...` — exit 0 nothing
//!   found, 1 findings (or something could not be inspected: the user must
//!   decide), 2 error (bad usage, unreadable file);
//! - `presend check [--policy P.json] --message M.json [--history H.json]` —
//!   exit 0 allow, 1 confirm, 3 block, 2 error.

use std::ffi::OsString;
use std::io::Write;
use std::process::ExitCode;
use std::sync::mpsc;
use std::time::Duration;

use presend::assess::{check_message, Attachment, CheckOptions, Decision, Message, Policy};
use presend::wording::shown;
use presend::{report, scan_bytes, FileReport, Lang, Problem, ProblemKind, ScanOptions};
use serde::Serialize;

const USAGE: &str = "usage: presend scan [--format text|json|jsonl] [--lang ja|en] [--raw] [--all-findings] FILE...
       presend check [--policy POLICY.json] --message MESSAGE.json [--history HISTORY.json]
                     [--format text|json] [--lang ja|en]

  --format text|json|jsonl
                      human report (default), the JSON contract for scripts, or
                      JSON Lines: one file's report a line, written as each file
                      is done (an unreadable file is a line {path, error})
  --lang ja|en        language of the human report (default: from LANG)
  --raw               (scan) include raw values in JSON output (masked otherwise)
  --all-findings      (scan) list every finding; by default a table keeps 1,000
                      per kind one by one and counts the rest (summary: listed
                      vs count)
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
    /// One JSON object a line, a file at a time: for scripts that go
    /// through a file share and must not hold every report at once.
    JsonLines,
}

struct ScanArgs {
    format: OutputFormat,
    lang: Lang,
    raw: bool,
    /// Every finding one by one, however many a table holds.
    all_findings: bool,
    /// As given: a file name need not be UTF-8.
    files: Vec<OsString>,
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
        "jsonl" => Ok(OutputFormat::JsonLines),
        other => Err(format!("unknown format '{other}' (text, json or jsonl)")),
    }
}

fn lang(value: &str) -> Result<Lang, String> {
    match value {
        "ja" => Ok(Lang::Ja),
        "en" => Ok(Lang::En),
        other => Err(format!("unknown language '{other}' (ja or en)")),
    }
}

fn parse_scan_args(args: &[OsString]) -> Result<ScanArgs, String> {
    let mut parsed = ScanArgs {
        format: OutputFormat::Text,
        lang: locale_lang(),
        raw: false,
        all_findings: false,
        files: Vec::new(),
    };
    let mut iter = args.iter();
    let mut only_files = false;
    while let Some(os_arg) = iter.next() {
        // Options are UTF-8; anything else is a file name.
        let Some(arg) = os_arg.to_str().filter(|_| !only_files) else {
            parsed.files.push(os_arg.clone());
            continue;
        };
        let (flag, inline) = match arg.split_once('=') {
            Some((f, v)) if f.starts_with("--") => (f, Some(v.to_owned())),
            _ => (arg, None),
        };
        let mut value = |name: &str| {
            inline
                .clone()
                .or_else(|| iter.next().map(|v| v.to_string_lossy().into_owned()))
                .ok_or(format!("{name} needs a value"))
        };
        match flag {
            "--" => only_files = true,
            "--format" => parsed.format = output_format(&value("--format")?)?,
            "--lang" => parsed.lang = lang(&value("--lang")?)?,
            "--raw" => parsed.raw = true,
            "--all-findings" => parsed.all_findings = true,
            f if f.starts_with('-') && f.len() > 1 => return Err(format!("unknown option '{}'", shown(f))),
            _ => parsed.files.push(os_arg.clone()),
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

/// One value as a line of JSON Lines, flushed so a reader sees each file as it is done.
fn json_line(out: &mut impl Write, value: &impl Serialize) -> std::io::Result<()> {
    serde_json::to_writer(&mut *out, value).map_err(std::io::Error::from)?;
    writeln!(out)?;
    out.flush()
}

#[derive(Serialize)]
struct ScanOutput<'a> {
    files: &'a [FileReport],
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    errors: &'a [FileError],
}

/// The bytes of `file`, or, when it is larger than `max_bytes`, the report
/// that says so without reading it all (a 10 GB file was read into memory
/// only to be refused).
fn read_within(file: &std::path::Path, max_bytes: u64) -> std::io::Result<Result<Vec<u8>, Box<FileReport>>> {
    use std::io::Read;
    let opened = std::fs::File::open(file)?;
    let stated = opened.metadata()?.len();
    // `take`: a pipe or a special file states no size.
    let mut bytes = Vec::new();
    let limit = if stated > max_bytes { 64 * 1024 } else { max_bytes.saturating_add(1) };
    opened.take(limit).read_to_end(&mut bytes)?;
    if stated <= max_bytes && bytes.len() as u64 <= max_bytes {
        return Ok(Ok(bytes));
    }
    let size = stated.max(bytes.len() as u64);
    // The report of the first bytes, for the format; the problem is the size.
    bytes.truncate(64 * 1024);
    let report = FileReport {
        format: presend::extract::sniff(&bytes),
        bytes: size,
        problems: vec![Problem::new(
            ProblemKind::OverLimit,
            None,
            format!("{size} bytes is over the {max_bytes} byte limit"),
        )],
        ..scan_bytes(&file.to_string_lossy(), &[], &ScanOptions::default())
    };
    Ok(Err(Box::new(report)))
}

/// Past the time budget, a file whose reader has not returned is given up
/// on after this much more: the core keeps the budget between the pieces a
/// parser hands back, and this catches a parser that never hands one back.
const STUCK_MARGIN: Duration = Duration::from_secs(5);

type Scanner = fn(&str, &[u8], &ScanOptions) -> FileReport;

/// Scans one file on a thread of its own, so that neither a panic nor a
/// reader that never returns takes the command down with it: either
/// becomes a problem in the file's report, and the other files are still
/// scanned. (In the browser a panic aborts the module and a hang is ended
/// by stopping the worker; natively the thread is left behind and ends
/// with the process.)
fn scan_guarded(path: &str, bytes: Vec<u8>, options: &ScanOptions) -> FileReport {
    guarded(scan_bytes, STUCK_MARGIN, path, bytes, options)
}

/// [`scan_guarded`] with the scanner and the margin as parameters, for tests.
fn guarded(scanner: Scanner, margin: Duration, path: &str, bytes: Vec<u8>, options: &ScanOptions) -> FileReport {
    let (done, result) = mpsc::channel();
    let (name, file_options) = (path.to_owned(), options.clone());
    let size = bytes.len() as u64;
    let worker = std::thread::Builder::new()
        // The main thread's size: deep documents recurse.
        .stack_size(64 << 20)
        .spawn(move || {
            let report = scanner(&name, &bytes, &file_options);
            let _ = done.send(report);
        });
    let failed = |kind: ProblemKind, detail: String| FileReport {
        path: path.to_owned(),
        format: presend::Format::Binary,
        bytes: size,
        records: 0,
        severity: None,
        summary: Vec::new(),
        columns: Vec::new(),
        findings: Vec::new(),
        domains: Vec::new(),
        organisations: Vec::new(),
        markings: Vec::new(),
        problems: vec![Problem::new(kind, None, detail)],
    };
    let worker = match worker {
        Ok(worker) => worker,
        Err(e) => return failed(ProblemKind::Unavailable, format!("could not start the check: {e}")),
    };
    let budget = Duration::from_millis(options.limits.max_millis) + margin;
    match result.recv_timeout(budget) {
        Ok(report) => {
            let _ = worker.join();
            report
        }
        Err(mpsc::RecvTimeoutError::Timeout) => failed(
            ProblemKind::OverLimit,
            format!(
                "the file's reader did not return within the {} ms time budget; not inspected",
                options.limits.max_millis
            ),
        ),
        Err(mpsc::RecvTimeoutError::Disconnected) => {
            let why = match worker.join() {
                Err(payload) => payload
                    .downcast_ref::<&str>()
                    .map(|s| (*s).to_owned())
                    .or_else(|| payload.downcast_ref::<String>().cloned())
                    .unwrap_or_default(),
                Ok(()) => String::new(),
            };
            failed(
                ProblemKind::Corrupt,
                format!("presend failed on this file and could not inspect it (internal error: {why})"),
            )
        }
    }
}

fn scan(args: ScanArgs) -> ExitCode {
    let mut options = ScanOptions { include_raw: args.raw, ..Default::default() };
    if args.all_findings {
        options.limits.max_findings_per_kind = u32::MAX;
    }
    // Buffered: stdout is line-buffered, and a large report has millions of lines.
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::with_capacity(1 << 16, stdout.lock());
    let streaming = args.format == OutputFormat::JsonLines;
    let mut reports = Vec::new();
    let mut errors = Vec::new();
    let mut clean = true;
    let mut written: std::io::Result<()> = Ok(());
    for file in &args.files {
        // Reports are text: a name that is not UTF-8 is shown with U+FFFD.
        let path = file.to_string_lossy().into_owned();
        let report = match read_within(std::path::Path::new(file), options.limits.max_bytes) {
            Ok(Ok(bytes)) => scan_guarded(&path, bytes, &options),
            Ok(Err(report)) => *report,
            Err(e) => {
                let error = FileError { path, error: e.to_string() };
                if streaming && written.is_ok() {
                    written = json_line(&mut out, &error);
                }
                errors.push(error);
                continue;
            }
        };
        clean &= report.is_clean();
        if streaming {
            // Each file's line as soon as it is scanned; nothing kept.
            if written.is_ok() {
                written = json_line(&mut out, &report);
            }
        } else {
            reports.push(report);
        }
    }
    if !streaming {
        written = match args.format {
            OutputFormat::Json => {
                serde_json::to_writer_pretty(&mut out, &ScanOutput { files: &reports, errors: &errors })
                    .map_err(std::io::Error::from)
                    .and_then(|_| writeln!(out))
            }
            _ => reports.iter().try_for_each(|r| write!(out, "{}", report::render_text(r, args.lang))),
        };
    }
    let written = written.and_then(|()| out.flush());
    for e in &errors {
        eprintln!("presend: {}: {}", shown(&e.path), e.error);
    }
    if written.is_err() || !errors.is_empty() {
        return ExitCode::from(2);
    }
    if clean {
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
        OutputFormat::JsonLines => json_line(&mut out, &verdict),
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
    // `args()` panics on an argument that is not UTF-8, as a file name may be.
    let os_args: Vec<OsString> = std::env::args_os().skip(1).collect();
    let args: Vec<String> = os_args.iter().map(|a| a.to_string_lossy().into_owned()).collect();
    match args.first().map(String::as_str) {
        Some("scan") => match parse_scan_args(&os_args[1..]) {
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
                eprintln!("presend: {}", shown(&e));
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

#[cfg(test)]
mod tests {
    use super::*;

    fn options(max_millis: u64) -> ScanOptions {
        ScanOptions { limits: presend::Limits { max_millis, ..Default::default() }, ..Default::default() }
    }

    #[test]
    fn a_panic_in_the_core_is_a_problem_and_the_command_goes_on() {
        let panics: Scanner = |_, _, _| panic!("index out of bounds");
        let report = guarded(panics, Duration::ZERO, "x.xlsb", vec![1, 2], &options(1000));
        assert_eq!(report.problems[0].kind, ProblemKind::Corrupt);
        assert!(report.problems[0].detail.contains("index out of bounds"));
        assert!(!report.is_clean());
    }

    #[test]
    fn a_reader_that_never_returns_ends_at_the_budget() {
        let hangs: Scanner = |_, _, _| loop {
            std::thread::sleep(Duration::from_secs(1));
        };
        let started = std::time::Instant::now();
        let report = guarded(hangs, Duration::from_millis(100), "x.ods", vec![], &options(200));
        assert_eq!(report.problems[0].kind, ProblemKind::OverLimit);
        assert!(started.elapsed() < Duration::from_secs(2));
    }
}

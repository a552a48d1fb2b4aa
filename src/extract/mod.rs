//! Turning bytes into what a person would read: tables of cells (with sheet,
//! row, column and header) and text (with line numbers). The format is
//! sniffed from the content, never from the file name. Limits on bytes,
//! decompressed bytes, cells, archive depth and time are enforced here;
//! reaching one is a [`Problem`] and a partial result, never a crash.

mod archive;
#[cfg(feature = "more-formats")]
mod biff;
// The first browser module uses only cfb's stream reader (OLE objects in
// Office files) and ods's attribute scanner (xlsx); the rest is for the
// formats of the second.
#[cfg_attr(not(feature = "more-formats"), allow(dead_code))]
mod cfb;
// Compressed RTF is an Outlook message's body, RTF a format of the second
// module too.
#[cfg_attr(not(feature = "more-formats"), allow(dead_code))]
mod compressed_rtf;
mod delimited;
#[cfg(feature = "more-formats")]
mod doc;
pub mod encoding;
mod gzip;
mod json;
// Mail, contact and bank transfer files are read by the second browser
// module; the first only recognises them (sniff) and hands them on.
#[cfg_attr(not(feature = "more-formats"), allow(dead_code))]
mod mail;
mod markup;
#[cfg_attr(not(feature = "more-formats"), allow(dead_code))]
mod msg;
#[cfg_attr(not(feature = "more-formats"), allow(dead_code))]
mod odf;
#[cfg_attr(not(feature = "more-formats"), allow(dead_code))]
mod ods;
mod office;
mod package;
#[cfg(feature = "more-formats")]
mod pdf;
#[cfg(feature = "more-formats")]
mod ppt;
#[cfg_attr(not(feature = "more-formats"), allow(dead_code))]
mod rtf;
mod sniff;
mod spreadsheet;
#[cfg(feature = "more-formats")]
mod tnef;
#[cfg_attr(not(feature = "more-formats"), allow(dead_code))]
mod transfer;
#[cfg_attr(not(feature = "more-formats"), allow(dead_code))]
mod vcard;
#[cfg(feature = "more-formats")]
mod xlsb;
mod xlsx;
#[cfg_attr(not(feature = "more-formats"), allow(dead_code))]
mod zengin;

pub use sniff::sniff;

use crate::{Format, Problem, ProblemKind};

/// A table: rows of cell texts. `first_row`/`first_column` are the 1-based
/// spreadsheet coordinates of `rows[0][0]` (sheets need not start at A1).
#[derive(Debug, Clone, Default)]
pub struct Table {
    pub entry: Option<String>,
    pub sheet: Option<String>,
    /// The page of a PDF the table was laid out on (rows are then its lines).
    pub page: Option<u32>,
    /// The table's number in a Word or PowerPoint part (`表2`); rows and
    /// columns are then counted as a reader counts them, not lettered.
    pub table: Option<u32>,
    pub first_row: u32,
    pub first_column: u32,
    pub rows: Vec<Vec<String>>,
    /// More rows of the table before it (large files stream in chunks): the
    /// header row was in the first chunk.
    pub continuation: bool,
}

impl Table {
    /// Table `number` (1-based) of a document (Word, RTF): its rows and
    /// columns are counted as a reader counts them (`表2 3行目 2列目`).
    pub fn numbered(entry: Option<&str>, number: u32, rows: Vec<Vec<String>>) -> Table {
        Table {
            entry: entry.map(str::to_owned),
            sheet: None,
            page: None,
            table: Some(number),
            first_row: 1,
            first_column: 1,
            rows,
            continuation: false,
        }
    }
}

/// Text with 1-based lines; `entry` names the archive member or slide.
#[derive(Debug, Clone, Default)]
pub struct TextPart {
    pub entry: Option<String>,
    /// The page of a PDF; lines are then counted from the top of the page.
    pub page: Option<u32>,
    pub text: String,
}

/// One readable piece of a file.
#[derive(Debug, Clone)]
pub enum Part {
    Table(Table),
    Text(TextPart),
}

/// Budgets for one file. The defaults let a 50 MB workbook through.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Limits {
    /// Input bytes.
    pub max_bytes: u64,
    /// Bytes after decompression, summed over a whole file (zip bombs).
    pub max_decompressed_bytes: u64,
    /// Spreadsheet cells, summed over all sheets.
    pub max_cells: u64,
    /// Archives inside archives.
    pub max_depth: u32,
    /// Members of one archive.
    pub max_entries: u32,
    /// Wall-clock budget for one file, in milliseconds (needs a clock; see `ScanOptions`).
    pub max_millis: u64,
    /// Findings kept in detail per kind from a file's tables (at least 1);
    /// the rest are counted in the summary, column statistics and records
    /// but not kept one by one. A 100,000-row roster is some 600,000 findings:
    /// kept whole they cost more time and memory than reading the file, and
    /// a 30-million-cell sheet would not fit a browser tab.
    pub max_findings_per_kind: u32,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_bytes: 200 * 1024 * 1024,
            max_decompressed_bytes: 2 * 1024 * 1024 * 1024,
            max_cells: 30_000_000,
            max_depth: 4,
            max_entries: 20_000,
            max_millis: 120_000,
            max_findings_per_kind: 1_000,
        }
    }
}

/// Receives what extraction finds, as it finds it, so a large workbook is
/// never held twice in memory.
pub trait Sink {
    fn part(&mut self, part: Part);
    fn problem(&mut self, problem: Problem);
    /// True once the time budget is spent: extraction stops early.
    fn out_of_time(&self) -> bool;
}

/// Running totals against the limits.
pub(crate) struct Budget {
    pub limits: Limits,
    pub decompressed: u64,
    pub cells: u64,
}

impl Budget {
    pub fn new(limits: Limits) -> Self {
        Budget { limits, decompressed: 0, cells: 0 }
    }
    pub fn decompressed_left(&self) -> u64 {
        self.limits.max_decompressed_bytes.saturating_sub(self.decompressed)
    }
    pub fn cells_left(&self) -> u64 {
        self.limits.max_cells.saturating_sub(self.cells)
    }
    /// What a reader reports when the cell budget stopped it.
    pub fn cells_spent(&self, entry: Option<&str>) -> Problem {
        Problem::new(
            ProblemKind::OverLimit,
            entry,
            format!("stopped after {} cells (limit {})", self.cells, self.limits.max_cells),
        )
    }
}

/// Hands a document's tables to `sink`, numbered in order (`表1`, `表2` …),
/// with as many rows as the cell budget holds; when it runs out, says so once
/// and stops. Returns whether every row fitted.
pub(crate) fn emit_tables(
    tables: Vec<Vec<Vec<String>>>,
    entry: Option<&str>,
    budget: &mut Budget,
    sink: &mut dyn Sink,
) -> bool {
    for (n, mut rows) in tables.into_iter().enumerate() {
        let mut kept = 0;
        for row in &rows {
            if budget.cells_left() < row.len() as u64 {
                break;
            }
            budget.cells += row.len() as u64;
            kept += 1;
        }
        let over = kept < rows.len();
        rows.truncate(kept);
        if !rows.is_empty() {
            sink.part(Part::Table(Table::numbered(entry, n as u32 + 1, rows)));
        }
        if over {
            sink.problem(budget.cells_spent(entry));
            return false;
        }
    }
    true
}

/// The detail of the problem the build without `more-formats` gives for a
/// PDF, .xls, .xlsb, .ods, .doc, .rtf, mail, contact or bank transfer file: the
/// browser's worker looks for it and checks the files again with the second
/// module, which reads them (www/lib/more.js).
pub const NOT_IN_THIS_BUILD: &str = "read by the second module";

/// Reads `bytes` and hands every part to `sink`. Returns the sniffed format.
pub fn extract(bytes: &[u8], limits: Limits, sink: &mut dyn Sink) -> Format {
    let mut budget = Budget::new(limits);
    extract_inner(bytes, None, 0, &mut budget, sink)
}

/// Reads `bytes` as `format`, skipping the sniffing: for fuzzing one
/// extractor at a time, and for hosts that already know the format.
pub fn extract_as(bytes: &[u8], format: Format, limits: Limits, sink: &mut dyn Sink) {
    let mut budget = Budget::new(limits);
    extract_format(bytes, format, None, 0, &mut budget, sink);
}

/// The entry name of a member of `parent` (an archive member, an attachment,
/// an embedded object), as every report shows it: `list.zip/名簿.xlsx`.
pub(crate) fn member_path(parent: Option<&str>, name: &str) -> String {
    match parent {
        Some(parent) => format!("{parent}/{name}"),
        None => name.to_owned(),
    }
}

/// Reads `bytes` as an Outlook message body kept as compressed RTF
/// (`PR_RTF_COMPRESSED`, MS-OXRTFCP): for fuzzing the decompressor and the
/// RTF reader without a compound file around them.
#[doc(hidden)]
#[cfg(feature = "more-formats")]
pub fn extract_compressed_rtf(bytes: &[u8], limits: Limits, sink: &mut dyn Sink) {
    let mut budget = Budget::new(limits);
    let doc = rtf::read_compressed(bytes, &mut budget, &|| sink.out_of_time());
    rtf::emit(doc, None, &mut budget, sink);
}

pub(crate) fn extract_inner(
    bytes: &[u8],
    entry: Option<&str>,
    depth: u32,
    budget: &mut Budget,
    sink: &mut dyn Sink,
) -> Format {
    let format = sniff(bytes);
    extract_format(bytes, format, entry, depth, budget, sink);
    format
}

fn extract_format(
    bytes: &[u8],
    format: Format,
    entry: Option<&str>,
    depth: u32,
    budget: &mut Budget,
    sink: &mut dyn Sink,
) {
    if bytes.len() as u64 > budget.limits.max_bytes {
        sink.problem(Problem::new(
            ProblemKind::OverLimit,
            entry,
            format!("{} bytes is over the {} byte limit", bytes.len(), budget.limits.max_bytes),
        ));
        return;
    }
    match format {
        // A flat OpenDocument file (.fodt, .fodp, .fods): one XML document,
        // read by odf.rs (a spreadsheet's sheets as tables); packages below.
        #[cfg(feature = "more-formats")]
        Format::Odt | Format::Odp | Format::Ods if !bytes.starts_with(b"PK") => {
            odf::extract_flat(&encoding::decode(bytes).text, entry, budget, sink)
        }
        #[cfg(feature = "more-formats")]
        Format::Xlsx | Format::Xlsm | Format::Xlsb | Format::Xls | Format::Ods => {
            spreadsheet::extract(bytes, format, entry, depth, budget, sink)
        }
        #[cfg(not(feature = "more-formats"))]
        Format::Xlsx | Format::Xlsm => spreadsheet::extract(bytes, format, entry, depth, budget, sink),
        Format::Docx | Format::Pptx => office::extract(bytes, format, entry, depth, budget, sink),
        Format::Zip => archive::extract(bytes, entry, depth, budget, sink),
        Format::Gzip => gzip::extract(bytes, entry, depth, budget, sink),
        #[cfg(feature = "more-formats")]
        Format::Eml => mail::extract(bytes, entry, depth, budget, sink),
        #[cfg(feature = "more-formats")]
        Format::Msg => msg::extract(bytes, entry, depth, budget, sink),
        #[cfg(feature = "more-formats")]
        Format::Tnef => tnef::extract(bytes, entry, depth, budget, sink),
        #[cfg(feature = "more-formats")]
        Format::Doc => doc::extract(bytes, entry, sink),
        #[cfg(feature = "more-formats")]
        Format::Ppt => ppt::extract(bytes, entry, depth, budget, sink),
        #[cfg(feature = "more-formats")]
        Format::Rtf => rtf::extract(bytes, entry, budget, sink),
        #[cfg(feature = "more-formats")]
        Format::Odt | Format::Odp => odf::extract(bytes, entry, depth, budget, sink),
        #[cfg(feature = "more-formats")]
        Format::Vcard => vcard::extract(bytes, entry, budget, sink),
        #[cfg(feature = "more-formats")]
        Format::Zengin => zengin::extract(bytes, entry, budget, sink),
        Format::Csv | Format::Tsv | Format::Text | Format::Markdown | Format::Json | Format::Html => {
            let decoded = encoding::decode(bytes);
            if let Some(p) = decoded.problem(entry) {
                sink.problem(p);
            }
            match format {
                Format::Csv => delimited::extract(&decoded.text, b',', entry, budget, sink),
                Format::Tsv => delimited::extract(&decoded.text, b'\t', entry, budget, sink),
                Format::Html => markup::extract(&decoded.text, entry, budget, sink),
                Format::Json => json::extract(&decoded.text, entry, budget, sink),
                _ => sink.part(Part::Text(TextPart {
                    entry: entry.map(str::to_owned),
                    page: None,
                    text: decoded.text.into_owned(),
                })),
            }
        }
        Format::EncryptedOffice => sink.problem(Problem::new(
            ProblemKind::Encrypted,
            entry,
            "password-protected Office document (encrypted package)",
        )),
        Format::LegacyOffice => sink.problem(Problem::new(
            ProblemKind::Unsupported,
            entry,
            "legacy binary Office document (an Office 97–2003 file other than .doc, .xls and .ppt) cannot be read",
        )),
        #[cfg(feature = "more-formats")]
        Format::Pdf => pdf::extract(bytes, entry, depth, budget, sink),
        // The browser's first module reads the formats most checks meet; the
        // rest it hands on: the worker then checks the same files again with
        // the second module. Should that not load, the file stays "could not
        // inspect" and the user is asked: not the notice an image gets.
        #[cfg(not(feature = "more-formats"))]
        Format::Pdf
        | Format::Xls
        | Format::Xlsb
        | Format::Ods
        | Format::Eml
        | Format::Msg
        | Format::Tnef
        | Format::Doc
        | Format::Ppt
        | Format::Rtf
        | Format::Odt
        | Format::Odp
        | Format::Vcard
        | Format::Zengin => sink.problem(Problem::new(ProblemKind::Unavailable, entry, NOT_IN_THIS_BUILD)),
        Format::Image => sink.problem(Problem::new(ProblemKind::Media, entry, "images are not inspected")),
        Format::Media => sink.problem(Problem::new(ProblemKind::Media, entry, "audio and video are not inspected")),
        // Not a picture or a recording: it may hold anything (an archive in
        // a format not read, a database), so the user is asked.
        Format::Binary => sink.problem(Problem::new(ProblemKind::Unsupported, entry, sniff::binary_kind(bytes))),
        Format::Empty => {}
    }
}

/// The browser's first module (built without `more-formats`) hands PDF,
/// .xls, .xlsb and .ods on to the second; `make test` runs this with
/// `cargo test --lib --no-default-features extract::first_module`.
#[cfg(all(test, not(feature = "more-formats")))]
mod first_module {
    use super::*;

    struct Problems(Vec<Problem>);
    impl Sink for Problems {
        fn part(&mut self, _: Part) {}
        fn problem(&mut self, problem: Problem) {
            self.0.push(problem);
        }
        fn out_of_time(&self) -> bool {
            false
        }
    }

    #[test]
    fn pdf_xls_xlsb_ods_and_mail_files_are_sent_on_to_the_second_module_not_passed() {
        for format in [
            Format::Doc,
            Format::Ppt,
            Format::Rtf,
            Format::Odt,
            Format::Odp,
            Format::Pdf,
            Format::Xls,
            Format::Xlsb,
            Format::Ods,
            Format::Eml,
            Format::Msg,
            Format::Tnef,
            Format::Vcard,
            Format::Zengin,
        ] {
            let mut sink = Problems(Vec::new());
            extract_as(b"anything", format, Limits::default(), &mut sink);
            let [problem] = &sink.0[..] else { panic!("{format:?}: {:?}", sink.0) };
            // "Could not inspect" (the user is asked) should the second module not load.
            assert_eq!(
                (problem.kind, problem.detail.as_str()),
                (ProblemKind::Unavailable, NOT_IN_THIS_BUILD),
                "{format:?}"
            );
        }
    }
}

//! What the fuzz targets share: modest limits (so a slow input stops at the
//! time budget rather than at libFuzzer's timeout) and a sink that only counts.

use std::borrow::Cow;
use std::io::Write;
use std::time::Instant;

use presend::extract::{extract_as, Part, Sink};
use presend::{Format, Limits, Problem};

/// Small enough that a legitimately large input is a limit problem, not an OOM
/// or a timeout in the fuzzer. Built from `Limits::default()` so that a field added later cannot break
/// the fuzz build again (it did once: nothing built `fuzz/` and no one saw).
pub fn limits() -> Limits {
    Limits {
        max_bytes: 1 << 20,
        max_decompressed_bytes: 8 << 20,
        max_cells: 200_000,
        max_depth: 3,
        max_entries: 200,
        max_millis: 2000,
        ..Limits::default()
    }
}

/// Counts what extraction hands over, and keeps the time budget.
pub struct CountingSink {
    pub parts: usize,
    pub problems: usize,
    pub chars: usize,
    started: Instant,
}

impl Default for CountingSink {
    fn default() -> Self {
        CountingSink { parts: 0, problems: 0, chars: 0, started: Instant::now() }
    }
}

impl Sink for CountingSink {
    fn part(&mut self, part: Part) {
        self.parts += 1;
        // Touch the content so the extraction cannot be optimised away.
        self.chars += match part {
            Part::Table(t) => t.rows.iter().flatten().map(String::len).sum::<usize>(),
            Part::Text(t) => t.text.len(),
        };
    }

    fn problem(&mut self, _problem: Problem) {
        self.problems += 1;
    }

    fn out_of_time(&self) -> bool {
        self.started.elapsed().as_millis() > u128::from(limits().max_millis)
    }
}

/// Runs one extractor over `data`.
pub fn run(data: &[u8], format: Format) {
    let mut sink = CountingSink::default();
    extract_as(data, format, limits(), &mut sink);
    std::hint::black_box((sink.parts, sink.problems, sink.chars));
}

/// The members of a minimal package of each zip-based format, and which of
/// them the fuzzer's input fills (in order, split at 0xFF bytes, which
/// UTF-8 XML never contains).
fn template(format: Format) -> (&'static [(&'static str, &'static str)], &'static [&'static str]) {
    const RELS: &str = r#"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>"#;
    match format {
        Format::Xlsx => (
            &[
                (
                    "[Content_Types].xml",
                    r#"<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>"#,
                ),
                ("_rels/.rels", RELS),
                (
                    "xl/_rels/workbook.xml.rels",
                    r#"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>"#,
                ),
                (
                    "xl/workbook.xml",
                    r#"<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>"#,
                ),
            ],
            &["xl/worksheets/sheet1.xml", "xl/sharedStrings.xml", "xl/styles.xml"],
        ),
        Format::Ods => (
            &[
                ("mimetype", "application/vnd.oasis.opendocument.spreadsheet"),
                (
                    "META-INF/manifest.xml",
                    r#"<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"><manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/></manifest:manifest>"#,
                ),
            ],
            &["content.xml"],
        ),
        // Binary records: 0xFF splits them too, and the fuzzer learns where.
        Format::Xlsb => (
            &[(
                "xl/_rels/workbook.bin.rels",
                r#"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Target="worksheets/sheet1.bin"/></Relationships>"#,
            )],
            &["xl/workbook.bin", "xl/worksheets/sheet1.bin", "xl/sharedStrings.bin", "xl/styles.bin"],
        ),
        Format::Docx => (&[], &["word/document.xml", "word/header1.xml", "word/comments.xml"]),
        // Text and presentations alike (the body says which).
        Format::Odt => (
            &[("mimetype", "application/vnd.oasis.opendocument.text")],
            &["content.xml", "styles.xml", "Object 1/content.xml"],
        ),
        Format::Pptx => {
            (&[("ppt/presentation.xml", "<p/>")], &["ppt/slides/slide1.xml", "ppt/notesSlides/notesSlide1.xml"])
        }
        _ => (&[], &[]),
    }
}

/// For the zip-based formats, input that is not already a zip package is
/// taken as the XML of the parts that matter and wrapped in a minimal stored
/// package with correct checksums: mutating a deflated member only breaks
/// its checksum, so without this the XML readers are barely reached.
pub fn package(data: &[u8], format: Format) -> Cow<'_, [u8]> {
    let (fixed, fuzzed) = template(format);
    if data.starts_with(b"PK") || fuzzed.is_empty() {
        return Cow::Borrowed(data);
    }
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let stored = zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
    let parts = fuzzed.iter().copied().zip(data.split(|&b| b == 0xFF));
    let members = fixed.iter().map(|&(name, text)| (name, text.as_bytes())).chain(parts);
    for (name, content) in members {
        if zip.start_file(name, stored).and_then(|()| zip.write_all(content).map_err(Into::into)).is_err() {
            return Cow::Borrowed(data);
        }
    }
    match zip.finish() {
        Ok(cursor) => Cow::Owned(cursor.into_inner()),
        Err(_) => Cow::Borrowed(data),
    }
}

/// Runs one extractor over `data`, wrapped by [`package`] where it applies.
pub fn run_packaged(data: &[u8], format: Format) {
    run(&package(data, format), format);
}

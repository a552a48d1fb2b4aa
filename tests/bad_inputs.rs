//! Issue 18: files made by strangers end in findings or a clear problem,
//! quickly, and never crash, hang or pass in silence. Each test names the
//! input that once did.

mod support;

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;
use std::sync::mpsc;
use std::time::{Duration, Instant};

use presend::{scan_bytes, FileReport, ProblemKind, ScanOptions};

/// Scans on another thread and fails the test if that takes longer than
/// `seconds` (a hang would otherwise hang the suite). Returns the report
/// and the time it took.
fn scan_within(name: &str, bytes: Vec<u8>, seconds: u64) -> (FileReport, Duration) {
    let (sent, received) = mpsc::channel();
    let name = name.to_owned();
    std::thread::spawn(move || {
        let started = Instant::now();
        let report = scan_bytes(&name, &bytes, &ScanOptions::default());
        let _ = sent.send((report, started.elapsed()));
    });
    match received.recv_timeout(Duration::from_secs(seconds)) {
        Ok(done) => done,
        Err(mpsc::RecvTimeoutError::Timeout) => panic!("scan did not end within {seconds} s"),
        Err(mpsc::RecvTimeoutError::Disconnected) => panic!("scan panicked"),
    }
}

/// The system allocator, keeping the peak of the bytes each thread holds, so
/// a test can bound what one scan allocates while other tests run.
struct PeakPerThread;

thread_local! {
    static LIVE: Cell<isize> = const { Cell::new(0) };
    static PEAK: Cell<isize> = const { Cell::new(0) };
}

fn note_allocation(bytes: isize) {
    // `try_with`: allocations also happen while a thread's locals are torn down.
    let _ = LIVE.try_with(|live| {
        live.set(live.get() + bytes);
        let _ = PEAK.try_with(|peak| peak.set(peak.get().max(live.get())));
    });
}

// SAFETY: every call is passed on to `System` unchanged; only counts are kept.
unsafe impl GlobalAlloc for PeakPerThread {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let p = unsafe { System.alloc(layout) };
        if !p.is_null() {
            note_allocation(layout.size() as isize);
        }
        p
    }
    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        let p = unsafe { System.alloc_zeroed(layout) };
        if !p.is_null() {
            note_allocation(layout.size() as isize);
        }
        p
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        unsafe { System.dealloc(ptr, layout) };
        note_allocation(-(layout.size() as isize));
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let p = unsafe { System.realloc(ptr, layout, new_size) };
        if !p.is_null() {
            note_allocation(new_size as isize - layout.size() as isize);
        }
        p
    }
}

#[global_allocator]
static ALLOCATOR: PeakPerThread = PeakPerThread;

/// Scans on a thread of its own; the report and the most that thread held
/// at once, in bytes.
fn scan_peak_bytes(name: &str, bytes: Vec<u8>) -> (FileReport, usize) {
    let name = name.to_owned();
    std::thread::spawn(move || {
        let before = LIVE.with(Cell::get);
        PEAK.with(|peak| peak.set(before));
        let report = scan_bytes(&name, &bytes, &ScanOptions::default());
        (report, (PEAK.with(Cell::get) - before).max(0) as usize)
    })
    .join()
    .expect("scan panicked")
}

fn has_problem(report: &FileReport, kind: ProblemKind) -> bool {
    report.problems.iter().any(|p| p.kind == kind)
}

#[test]
fn ods_with_a_table_calamine_never_closes_ends_as_truncated() {
    // hang-784b.ods (fuzzing): `presend scan` ran for more than 300 s.
    let bytes = std::fs::read("tests/fixtures/hang-784b.ods").unwrap();
    let (report, took) = scan_within("hang-784b.ods", bytes, 20);
    assert!(has_problem(&report, ProblemKind::Truncated), "{:?}", report.problems);
    assert!(took < Duration::from_secs(5), "took {took:?}");
}

/// An xlsx package around a sheet's XML, shared strings and styles, as the
/// fuzz target `spreadsheet_xlsx` builds one from its input.
fn xlsx_package(sheet: &[u8], shared_strings: &[u8], styles: &[u8]) -> Vec<u8> {
    const NS: &str = "http://schemas.openxmlformats.org";
    let types = format!(
        r#"<Types xmlns="{NS}/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>"#
    );
    let rels = format!(
        r#"<Relationships xmlns="{NS}/package/2006/relationships"><Relationship Id="rId1" Type="{NS}/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>"#
    );
    let book_rels = format!(
        r#"<Relationships xmlns="{NS}/package/2006/relationships"><Relationship Id="rId1" Type="{NS}/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="{NS}/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rId3" Type="{NS}/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>"#
    );
    let book = format!(
        r#"<workbook xmlns="{NS}/spreadsheetml/2006/main" xmlns:r="{NS}/officeDocument/2006/relationships"><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>"#
    );
    support::files::zip(&[
        ("[Content_Types].xml", types.as_bytes()),
        ("_rels/.rels", rels.as_bytes()),
        ("xl/_rels/workbook.xml.rels", book_rels.as_bytes()),
        ("xl/workbook.xml", book.as_bytes()),
        ("xl/worksheets/sheet1.xml", sheet),
        ("xl/sharedStrings.xml", shared_strings),
        ("xl/styles.xml", styles),
    ])
}

#[test]
fn xlsx_with_a_reversed_dimension_is_damaged_not_a_panic() {
    // xlsx-dimension-overflow.fuzz: `<dimension ref="B22:D4"/>` made
    // calamine's get_dimension subtract with overflow (a panic wherever
    // overflow checks are on, as in this test and every fuzz run).
    let input = std::fs::read("tests/fixtures/xlsx-dimension-overflow.fuzz").unwrap();
    let parts: Vec<&[u8]> = input.split(|&b| b == 0xFF).collect();
    let (report, _) = scan_within("f.xlsx", xlsx_package(parts[0], parts[1], parts[2]), 20);
    let problem = report.problems.iter().find(|p| p.kind == ProblemKind::Corrupt).expect("a corrupt problem");
    assert!(problem.detail.contains("'B22:D4'"), "{}", problem.detail);
    // A row whose reference is ten letters, in a tag quick-xml ends earlier
    // than a hand-written scan thought (fuzzing, with the first check in place).
    let input = std::fs::read("tests/fixtures/xlsx-row-overflow.fuzz").unwrap();
    let (report, _) = scan_within("f.xlsx", xlsx_package(&input, b"<sst/>", b"<styleSheet/>"), 20);
    assert!(has_problem(&report, ProblemKind::Corrupt), "{:?}", report.problems);
    // Cell references past what a u32 holds, the same.
    let sheet = r#"<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="AAAAAAAA1" t="inlineStr"><is><t>x</t></is></c></row></sheetData></worksheet>"#;
    let (report, _) = scan_within("f.xlsx", xlsx_package(sheet.as_bytes(), b"<sst/>", b"<styleSheet/>"), 20);
    assert!(has_problem(&report, ProblemKind::Corrupt), "{:?}", report.problems);
}

/// One BIFF12 record: its type and length as 7-bit groups, then the body.
fn record(typ: u16, body: &[u8]) -> Vec<u8> {
    let mut out = if typ < 0x80 { vec![typ as u8] } else { vec![(typ & 0x7F) as u8 | 0x80, (typ >> 7) as u8] };
    let mut len = body.len();
    loop {
        let low = (len & 0x7F) as u8;
        len >>= 7;
        out.push(if len > 0 { low | 0x80 } else { low });
        if len == 0 {
            break;
        }
    }
    out.extend_from_slice(body);
    out
}

/// A length-prefixed UTF-16 string, as xlsb stores text.
fn wide(text: &str) -> Vec<u8> {
    let units: Vec<u16> = text.encode_utf16().collect();
    let mut out = (units.len() as u32).to_le_bytes().to_vec();
    out.extend(units.iter().flat_map(|u| u.to_le_bytes()));
    out
}

fn le(values: &[u32]) -> Vec<u8> {
    values.iter().flat_map(|v| v.to_le_bytes()).collect()
}

/// A row header record for 0-based `row`.
fn row_header(row: u32) -> Vec<u8> {
    record(0x0000, &[le(&[row]), vec![0; 13]].concat())
}

/// A cell holding shared string `index`.
fn shared_string_cell(column: u32, index: u32) -> Vec<u8> {
    record(0x0007, &le(&[column, 0, index]))
}

/// A sheet stream: its dimension record (first row, last row, first column,
/// last column), then `cells` inside the sheet data.
fn xlsb_sheet(dimension: &[u8], cells: &[Vec<u8>]) -> Vec<u8> {
    [record(0x0081, &[]), record(0x0094, dimension), record(0x0091, &[]), cells.concat(), record(0x0092, &[])].concat()
}

/// The parts of an .xlsb package that presend and calamine read.
struct Xlsb {
    sheet: Vec<u8>,
    /// Workbook records after the sheet list (where defined names go).
    names: Vec<u8>,
    /// The relationship id the sheet record names (the package has `rId1`).
    sheet_relationship: &'static str,
    shared_strings: Vec<u8>,
    styles: Option<Vec<u8>>,
}

impl Xlsb {
    fn new(sheet: Vec<u8>, strings: &[&str]) -> Self {
        let count = strings.len() as u32;
        let mut sst = record(0x009F, &le(&[count, count]));
        for s in strings {
            sst.extend(record(0x0013, &[vec![0], wide(s)].concat()));
        }
        sst.extend(record(0x00A0, &[]));
        Xlsb { sheet, names: Vec::new(), sheet_relationship: "rId1", shared_strings: sst, styles: None }
    }

    fn package(&self) -> Vec<u8> {
        let bundle = [le(&[0, 1]), wide(self.sheet_relationship), wide("名簿")].concat();
        let book = [
            record(0x0083, &[]),
            record(0x009C, &bundle),
            record(0x0090, &[]),
            self.names.clone(),
            record(0x009D, &[0; 16]),
        ]
        .concat();
        let rels = r#"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Target="worksheets/sheet1.bin"/></Relationships>"#;
        let mut members: Vec<(&str, &[u8])> = vec![
            ("xl/workbook.bin", &book),
            ("xl/_rels/workbook.bin.rels", rels.as_bytes()),
            ("xl/worksheets/sheet1.bin", &self.sheet),
            ("xl/sharedStrings.bin", &self.shared_strings),
        ];
        if let Some(styles) = &self.styles {
            members.push(("xl/styles.bin", styles));
        }
        support::files::zip(&members)
    }
}

/// An .xlsb package: one sheet "名簿" and its shared strings.
fn xlsb(sheet: &[u8], strings: &[&str], names: &[u8]) -> Vec<u8> {
    Xlsb { names: names.to_vec(), ..Xlsb::new(sheet.to_vec(), strings) }.package()
}

/// The roster sheet: 氏名 and メールアドレス over one person.
fn roster_sheet() -> Vec<u8> {
    xlsb_sheet(
        &le(&[0, 1, 0, 1]),
        &[
            row_header(0),
            shared_string_cell(0, 0),
            shared_string_cell(1, 1),
            row_header(1),
            shared_string_cell(0, 2),
            shared_string_cell(1, 3),
        ],
    )
}

const ROSTER: [&str; 4] = ["氏名", "メールアドレス", "山田 太郎", "taro@example.co.jp"];

#[test]
fn xlsb_is_read_through_the_checked_copy() {
    let (report, _) = scan_within("f.xlsb", xlsb(&roster_sheet(), &ROSTER, &[]), 20);
    assert_eq!(report.format, presend::Format::Xlsb);
    assert!(report.problems.is_empty(), "{:?}", report.problems);
    assert!(report.findings.iter().any(|f| f.kind == presend::Kind::Email), "{:?}", report.findings);
}

#[test]
fn xlsb_that_made_calamine_panic_is_damaged() {
    // Each of these panicked inside calamine (wasm: the whole check aborts).
    let bad_formula = record(0x0027, &[vec![0; 9], wide("x"), le(&[1]), vec![0x3A]].concat());
    let cases: Vec<(&str, Vec<u8>)> = vec![
        (
            "shared string index past the list",
            xlsb(&xlsb_sheet(&le(&[0, 0, 0, 0]), &[row_header(0), shared_string_cell(0, 9)]), &ROSTER, &[]),
        ),
        ("dimension record of 8 bytes", xlsb(&xlsb_sheet(&le(&[0, 0]), &[]), &ROSTER, &[])),
        ("reversed dimensions", xlsb(&xlsb_sheet(&le(&[5, 1, 0, 0]), &[]), &ROSTER, &[])),
    ];
    for (what, file) in cases {
        let (report, _) = scan_within("f.xlsb", file, 20);
        assert!(has_problem(&report, ProblemKind::Corrupt), "{what}: {:?}", report.problems);
    }
    // A defined name whose formula is cut short: names are not read at all now.
    let (report, _) = scan_within("f.xlsb", xlsb(&roster_sheet(), &ROSTER, &bad_formula), 20);
    assert!(report.findings.iter().any(|f| f.kind == presend::Kind::Email), "{:?}", report.problems);
}

/// A record of one-byte type `typ` that declares 200,000,000 bytes (a
/// four-byte length) and holds ten.
fn overlong(typ: u8) -> Vec<u8> {
    let len: u32 = 200_000_000;
    let varint: Vec<u8> = (0..4).map(|i| ((len >> (7 * i)) & 0x7F) as u8 | if i < 3 { 0x80 } else { 0 }).collect();
    [vec![typ], varint, vec![0; 10]].concat()
}

/// Shared strings whose one item is such a record.
fn overlong_strings() -> Vec<u8> {
    [record(0x009F, &le(&[1, 1])), overlong(0x13)].concat()
}

#[test]
fn xlsb_damaged_workbook_parts_are_refused_before_calamine() {
    // Each of these panicked inside calamine while it opened the workbook.
    let roster = || Xlsb::new(roster_sheet(), &ROSTER);
    let cases = [
        ("relationship", Xlsb { sheet_relationship: "rId9", ..roster() }),
        ("shared strings header", Xlsb { shared_strings: record(0x009F, &[1, 0]), ..roster() }),
        ("style list header", Xlsb { styles: Some(record(0x0267, &[1])), ..roster() }),
        // A string item that says it is 200 MB long in a few bytes: calamine
        // zero-filled a buffer of that size before failing (found by the
        // 5 s fuzz run of `make test`, where the debug build took 10 s on it).
        ("shared strings record longer than its part", Xlsb { shared_strings: overlong_strings(), ..roster() }),
    ];
    for (what, file) in cases {
        let (report, _) = scan_within("f.xlsb", file.package(), 20);
        let problem = report.problems.iter().find(|p| p.kind == ProblemKind::Corrupt);
        assert!(problem.is_some_and(|p| p.detail.contains(what)), "{what}: {:?}", report.problems);
    }
}

#[test]
fn xlsb_record_longer_than_its_part_is_refused_in_every_part() {
    // The shared-strings case above, in the other parts calamine reads with
    // the same record reader: a few bytes that make it zero-fill 200 MB.
    let roster = || Xlsb::new(roster_sheet(), &ROSTER);
    let sheet = [record(0x0081, &[]), record(0x0094, &le(&[0, 1, 0, 1])), record(0x0091, &[]), overlong(0x07)].concat();
    let styles = [record(0x0267, &le(&[1])), overlong(0x2C)].concat();
    let cases = [
        ("sheet record longer than its part", Xlsb { sheet, ..roster() }, false),
        ("styles record longer than its part", Xlsb { styles: Some(styles), ..roster() }, true),
        ("workbook record longer than its part", Xlsb { names: overlong(0x27), ..roster() }, true),
    ];
    for (what, file, whole) in cases {
        let (report, took) = scan_within("f.xlsb", file.package(), 20);
        let problem = report.problems.iter().find(|p| p.kind == ProblemKind::Corrupt);
        assert!(problem.is_some_and(|p| p.detail.contains(what)), "{what}: {:?}", report.problems);
        assert!(took < Duration::from_secs(2), "{what}: {took:?}");
        if !whole {
            // Only that sheet is refused: the report still says which file it was.
            assert_eq!(report.format, presend::Format::Xlsb, "{what}");
        }
    }
}

#[test]
fn xlsb_cell_in_column_four_billion_is_not_allocated() {
    // A cell in column A and one in column 4,294,967,040: calamine sized
    // the sheet from them and asked for hundreds of gigabytes (abort).
    let sheet = xlsb_sheet(
        &le(&[0, 0, 0, 0]),
        &[row_header(0), shared_string_cell(0, 0), row_header(40_000), shared_string_cell(0xFFFF_FF00, 1)],
    );
    let (report, took) = scan_within("f.xlsb", xlsb(&sheet, &ROSTER, &[]), 20);
    assert!(has_problem(&report, ProblemKind::Corrupt), "{:?}", report.problems);
    assert!(took < Duration::from_secs(5));
}

#[test]
fn xlsb_whose_cells_span_the_whole_sheet_is_read_in_bounded_memory() {
    // Cells at A1 and IV65536: calamine's whole-sheet reader built the
    // 16.7-million-cell grid (930 MB, 524 MB with borrowed cells). At A1 and
    // XFD1048576 the grid is 17 billion cells: refused at the cell limit then.
    for (last_row, last_col, at) in [(65_535, 255, (65_536, 256)), (1_048_575, 16_383, (1_048_576, 16_384))] {
        let sheet = xlsb_sheet(
            &le(&[0, last_row, 0, last_col]),
            &[row_header(0), shared_string_cell(0, 0), row_header(last_row), shared_string_cell(last_col, 1)],
        );
        let (report, peak) = scan_peak_bytes("sparse.xlsb", xlsb(&sheet, &["TEL", "090-1234-5678"], &[]));
        assert!(report.problems.is_empty(), "{:?}", report.problems);
        let phone =
            report.findings.iter().find(|f| f.kind == presend::Kind::Phone).expect("the phone in the far corner");
        assert_eq!((phone.location.row, phone.location.column), (Some(at.0), Some(at.1)));
        assert!(peak < 64 << 20, "{at:?}: peak {} MB", peak >> 20);
    }
}

/// `package` with `extra` members added (every member rewritten deflated).
fn with_members(package: &[u8], extra: &[(&str, &[u8])]) -> Vec<u8> {
    use std::io::Read;
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(package)).unwrap();
    let mut members = Vec::new();
    for i in 0..archive.len() {
        let mut member = archive.by_index(i).unwrap();
        let mut data = Vec::new();
        member.read_to_end(&mut data).unwrap();
        members.push((member.name().unwrap().into_owned(), data));
    }
    members.extend(extra.iter().map(|(n, d)| (n.to_string(), d.to_vec())));
    let refs: Vec<(&str, &[u8])> = members.iter().map(|(n, d)| (n.as_str(), d.as_slice())).collect();
    support::files::zip(&refs)
}

/// A compound file (OLE) holding `streams`, each at least 4096 bytes (so
/// in whole sectors, not the mini stream).
fn compound_file(streams: &[(&str, &[u8])]) -> Vec<u8> {
    const END: u32 = 0xFFFF_FFFE;
    const FREE: u32 = 0xFFFF_FFFF;
    let sectors_of = |len: usize| len.div_ceil(512);
    let data_sectors: usize = streams.iter().map(|(_, d)| sectors_of(d.len())).sum();
    let mut fat_sectors = 1;
    while (1 + data_sectors + fat_sectors) > fat_sectors * 128 {
        fat_sectors += 1;
    }
    let mut header = vec![0u8; 512];
    header[..8].copy_from_slice(&[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]);
    header[24..26].copy_from_slice(&0x3Eu16.to_le_bytes());
    header[26..28].copy_from_slice(&3u16.to_le_bytes());
    header[28..30].copy_from_slice(&0xFFFEu16.to_le_bytes());
    header[30..32].copy_from_slice(&9u16.to_le_bytes());
    header[32..34].copy_from_slice(&6u16.to_le_bytes());
    header[44..48].copy_from_slice(&(fat_sectors as u32).to_le_bytes());
    header[56..60].copy_from_slice(&4096u32.to_le_bytes());
    header[60..64].copy_from_slice(&END.to_le_bytes());
    header[68..72].copy_from_slice(&END.to_le_bytes());
    for (i, slot) in header[76..512].chunks_exact_mut(4).enumerate() {
        let id = if i < fat_sectors { (1 + data_sectors + i) as u32 } else { FREE };
        slot.copy_from_slice(&id.to_le_bytes());
    }
    let mut directory = vec![0u8; 512];
    let mut entry = |i: usize, name: &str, kind: u8, child: u32, right: u32, start: u32, len: usize| {
        let e = &mut directory[i * 128..(i + 1) * 128];
        let units: Vec<u16> = name.encode_utf16().collect();
        for (j, u) in units.iter().enumerate() {
            e[j * 2..j * 2 + 2].copy_from_slice(&u.to_le_bytes());
        }
        e[64..66].copy_from_slice(&(((units.len() + 1) * 2) as u16).to_le_bytes());
        e[66] = kind;
        e[68..72].copy_from_slice(&FREE.to_le_bytes());
        e[72..76].copy_from_slice(&right.to_le_bytes());
        e[76..80].copy_from_slice(&child.to_le_bytes());
        e[116..120].copy_from_slice(&start.to_le_bytes());
        e[120..124].copy_from_slice(&(len as u32).to_le_bytes());
    };
    entry(0, "Root Entry", 5, 1, FREE, END, 0);
    let mut fat = vec![FREE; fat_sectors * 128];
    fat[0] = END;
    let mut data = Vec::new();
    let mut next = 1usize;
    for (i, (name, bytes)) in streams.iter().enumerate() {
        let count = sectors_of(bytes.len());
        let right = if i + 1 < streams.len() { (i + 2) as u32 } else { FREE };
        entry(i + 1, name, 2, FREE, right, next as u32, bytes.len());
        for (s, link) in fat.iter_mut().enumerate().skip(next).take(count) {
            *link = if s + 1 < next + count { (s + 1) as u32 } else { END };
        }
        next += count;
        data.extend_from_slice(bytes);
        data.resize((next - 1) * 512, 0);
    }
    fat[next..next + fat_sectors].fill(0xFFFF_FFFD);
    [header, directory, data, fat.iter().flat_map(|v| v.to_le_bytes()).collect()].concat()
}

#[test]
fn xlsx_whose_shared_strings_claim_billions_is_damaged_not_an_abort() {
    // Fuzzing (spreadsheet_xlsx, 345 bytes): calamine reserved
    // uniqueCount="400000000000" strings up front, asked for 9.6 TB and aborted.
    let sheet = br#"<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row></sheetData></worksheet>"#;
    let strings = br#"<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1" uniqueCount="400000000000"><si><t>x</t></si></sst>"#;
    let (report, _) = scan_within("f.xlsx", xlsx_package(sheet, strings, b"<styleSheet/>"), 20);
    assert!(
        report.problems.iter().any(|p| p.kind == ProblemKind::Corrupt && p.detail.contains("uniqueCount")),
        "{:?}",
        report.problems
    );
    // A true count is read as before.
    let strings = br#"<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1" uniqueCount="1"><si><t>x</t></si></sst>"#;
    let (report, _) = scan_within("f.xlsx", xlsx_package(sheet, strings, b"<styleSheet/>"), 20);
    assert!(report.problems.is_empty(), "{:?}", report.problems);
}

/// A BIFF8 record.
fn biff(typ: u16, body: &[u8]) -> Vec<u8> {
    [&typ.to_le_bytes()[..], &(body.len() as u16).to_le_bytes(), body].concat()
}

/// A one-sheet .xls whose sheet holds `cells` (BIFF8 cell records).
fn xls(cells: &[Vec<u8>]) -> Vec<u8> {
    let bof = |kind: u8| biff(0x0809, &[0, 6, kind, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    let bound_sheet = |at: u32| biff(0x0085, &[&at.to_le_bytes()[..], &[0, 0, 1, 0, b'S']].concat());
    let globals_len = bof(5).len() + bound_sheet(0).len() + 4;
    let mut stream = [bof(5), bound_sheet(globals_len as u32), biff(0x000A, &[]), bof(0x10)].concat();
    stream.extend(cells.concat());
    stream.extend(biff(0x000A, &[]));
    stream.resize(stream.len().max(4096), 0);
    compound_file(&[("Workbook", &stream)])
}

/// A Label cell (BIFF8, 8-bit characters).
fn xls_label(row: u16, col: u16, text: &str) -> Vec<u8> {
    let body = [
        &row.to_le_bytes()[..],
        &col.to_le_bytes(),
        &[0, 0],
        &(text.len() as u16).to_le_bytes(),
        &[0],
        text.as_bytes(),
    ];
    biff(0x0204, &body.concat())
}

/// A Formula cell with a cached number and the tokens of `=7`.
fn xls_formula(row: u16, col: u16) -> Vec<u8> {
    let body = [&row.to_le_bytes()[..], &col.to_le_bytes(), &[0, 0], &7f64.to_le_bytes(), &[0; 6], &[3, 0, 0x1E, 7, 0]];
    biff(0x0006, &body.concat())
}

#[test]
fn xls_whose_cells_span_the_whole_sheet_is_read_in_bounded_memory() {
    // Cells at A1 and IV65536 (and formulas by them): calamine built the
    // 16.7-million-cell grid, its copy and a formula grid: 1.4 GB.
    let file = xls(&[
        xls_label(0, 0, "TEL"),
        xls_formula(1, 0),
        xls_formula(65534, 255),
        xls_label(65535, 255, "090-1234-5678"),
    ]);
    let (report, peak) = scan_peak_bytes("sparse.xls", file);
    assert!(report.problems.is_empty(), "{:?}", report.problems);
    let phone = report.findings.iter().find(|f| f.kind == presend::Kind::Phone).expect("the phone in IV65536");
    assert_eq!((phone.location.row, phone.location.column), (Some(65536), Some(256)));
    assert!(peak < 64 << 20, "peak {} MB", peak >> 20);
}

/// Where findings of `kind` are (their entries), to see what was read.
fn entries_with(report: &FileReport, kind: presend::Kind) -> Vec<String> {
    report
        .findings
        .iter()
        .filter(|f| f.kind == kind)
        .filter_map(|f| f.location.entry.as_deref().map(str::to_owned))
        .collect()
}

fn phone_book() -> Vec<u8> {
    use support::files::{text_rows, xlsx, Sheet};
    xlsx(&[Sheet::new("名簿", text_rows(&[&["氏名", "電話番号"], &["山田 太郎", "090-1234-5678"]]))])
}

#[test]
fn workbook_embedded_in_a_word_file_is_read() {
    // An xlsx pasted into a docx passed with exit 0 and nothing said.
    let book = phone_book();
    let as_package = with_members(
        &support::files::docx(&["資料を添付します"]),
        &[("word/embeddings/Microsoft_Excel_Worksheet.xlsx", &book)],
    );
    let (report, _) = scan_within("f.docx", as_package, 20);
    assert_eq!(entries_with(&report, presend::Kind::Phone), ["word/embeddings/Microsoft_Excel_Worksheet.xlsx"]);

    // The same workbook as an OLE object (a compound file with a Package stream).
    let ole = compound_file(&[("Package", &book)]);
    let as_ole = with_members(&support::files::docx(&["資料"]), &[("word/embeddings/oleObject1.bin", &ole)]);
    let (report, _) = scan_within("f.docx", as_ole, 20);
    assert_eq!(entries_with(&report, presend::Kind::Phone), ["word/embeddings/oleObject1.bin"]);

    // A file wrapped by Packager (Ole10Native): label, path, temporary path, data.
    let csv = "氏名,電話番号\r\n山田 太郎,090-1234-5678\r\n".as_bytes();
    let temp = vec![b'x'; 4096];
    let body = [
        &[2u8, 0][..],
        b"list.csv\0",
        b"C:\\list.csv\0",
        &[0, 0, 3, 0],
        &(temp.len() as u32).to_le_bytes(),
        &temp,
        &(csv.len() as u32).to_le_bytes(),
        csv,
    ]
    .concat();
    let native = [(body.len() as u32).to_le_bytes().to_vec(), body].concat();
    let packaged = compound_file(&[("\u{1}Ole10Native", &native)]);
    let slides = with_members(&support::files::pptx(&[&["資料"]]), &[("ppt/embeddings/oleObject1.bin", &packaged)]);
    let (report, _) = scan_within("f.pptx", slides, 20);
    assert_eq!(entries_with(&report, presend::Kind::Phone), ["ppt/embeddings/oleObject1.bin"]);

    // An object presend cannot read is a problem, not silence.
    let opaque = with_members(&support::files::docx(&["資料"]), &[("word/embeddings/oleObject2.bin", &[7u8; 600])]);
    let (report, _) = scan_within("f.docx", opaque, 20);
    assert!(
        report.problems.iter().any(|p| p.entry.as_deref() == Some("word/embeddings/oleObject2.bin")),
        "{:?}",
        report.problems
    );
}

#[test]
fn slide_comments_are_read() {
    // Comments in a pptx passed in silence: `p:text`, not `a:t`.
    let legacy = r#"<p:cmLst xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main"><p:cm authorId="0" idx="1"><p:text>山田さんの携帯 090-1234-5678</p:text></p:cm></p:cmLst>"#;
    let modern = r#"<p188:cmLst xmlns:p188="http://schemas.microsoft.com/office/powerpoint/2018/8/main" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><p188:cm id="{1}"><p188:txBody><a:p><a:r><a:t>連絡先 080-2222-3333</a:t></a:r></a:p></p188:txBody></p188:cm></p188:cmLst>"#;
    let slides = with_members(
        &support::files::pptx(&[&["会議資料"]]),
        &[
            ("ppt/comments/comment1.xml", legacy.as_bytes()),
            ("ppt/comments/modernComment_100_2A3B.xml", modern.as_bytes()),
        ],
    );
    let (report, _) = scan_within("f.pptx", slides, 20);
    assert_eq!(entries_with(&report, presend::Kind::Phone), ["comments 1", "comments 100_2A3B"]);
}

#[test]
fn cell_comments_are_read() {
    // Notes and threaded comments in an xlsx passed in silence: calamine reads neither.
    use support::files::{text_rows, xlsx, Sheet};
    let book = xlsx(&[Sheet::new("在庫", text_rows(&[&["品名", "数量"], &["ねじ", "10"]]))]);
    let note = r#"<comments xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><authors><author>suzuki</author></authors><commentList><comment ref="B2" authorId="0"><text><r><t>発注は山田さん 090-1234-5678 まで</t></r></text></comment></commentList></comments>"#;
    let thread = r#"<ThreadedComments xmlns="http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments"><threadedComment ref="A2" id="{1}"><text>担当 080-2222-3333</text></threadedComment></ThreadedComments>"#;
    let book = with_members(
        &book,
        &[("xl/comments1.xml", note.as_bytes()), ("xl/threadedComments/threadedComment1.xml", thread.as_bytes())],
    );
    let (report, _) = scan_within("f.xlsx", book, 20);
    assert_eq!(entries_with(&report, presend::Kind::Phone), ["comments 1", "threaded comments 1"]);
}

#[test]
fn html_comments_are_read_and_many_scripts_are_quick() {
    // 300,000 empty <script> elements took 63 s (the rest of the page was
    // lower-cased at each one); a phone number in a comment passed in silence.
    let html = format!("<p>資料</p>{}<!-- 担当 090-1234-5678 -->", "<script></script>".repeat(300_000));
    let (report, took) = scan_within("f.html", html.into_bytes(), 60);
    assert!(report.findings.iter().any(|f| f.kind == presend::Kind::Phone), "{:?}", report.findings);
    assert!(took < Duration::from_secs(10), "took {took:?}");
}

#[test]
fn zip_member_whose_local_header_lies_is_reported() {
    // The directory says the member is empty (size 0, checksum 0), its
    // local header says 23 bytes: presend read nothing and said nothing,
    // while a tool that streams the archive extracts the phone number.
    let text = "担当 090-1234-5678".as_bytes();
    let mut file = support::files::zip_with(&[("readme.txt", text)], zip::CompressionMethod::Stored);
    let central = file.windows(4).position(|w| w == b"PK\x01\x02").unwrap();
    file[central + 16..central + 28].fill(0);
    let (report, _) = scan_within("f.zip", file, 20);
    let problem = report.problems.iter().find(|p| p.kind == ProblemKind::Corrupt).expect("a problem");
    assert_eq!(problem.entry.as_deref(), Some("readme.txt"));
    assert!(problem.detail.contains("local header"), "{}", problem.detail);
    // A sound archive and a sound package say nothing of the kind.
    let sound = support::files::zip(&[("readme.txt", text)]);
    assert!(scan_within("f.zip", sound, 20).0.problems.is_empty());
    assert!(scan_within("f.xlsx", phone_book(), 20).0.problems.is_empty());
}

fn presend_scan(files: &[&std::ffi::OsStr]) -> std::process::Output {
    std::process::Command::new(env!("CARGO_BIN_EXE_presend"))
        .arg("scan")
        .args(files)
        .env("LANG", "C")
        .output()
        .expect("run presend")
}

fn temp_dir(test: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("presend-bad-{test}-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

#[test]
fn hostile_names_are_escaped_in_the_text_report() {
    // A name with escape sequences and a line break printed a forged
    // "nothing found" line on the terminal.
    let csv = "氏名,電話番号\r\n山田 太郎,090-1234-5678\r\n".as_bytes();
    let forged = "x\u{1b}[2K\r\n  Nothing sensitive found.\u{1b}[8m";
    let dir = temp_dir("names");
    let file = dir.join(format!("{forged}.csv"));
    std::fs::write(&file, csv).unwrap();
    let archive = dir.join("a.zip");
    std::fs::write(&archive, support::files::zip(&[(&format!("{forged}.csv"), csv)])).unwrap();
    let out = presend_scan(&[file.as_os_str(), archive.as_os_str()]);
    assert_eq!(out.status.code(), Some(1));
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(!text.contains('\u{1b}') && !text.contains('\r'), "{text}");
    assert!(!text.lines().any(|l| l.trim() == "Nothing sensitive found."), "{text}");
    assert!(text.contains(r"x\u{1b}[2K\u{d}\u{a}  Nothing sensitive found.\u{1b}[8m.csv"), "{text}");
}

#[cfg(unix)]
#[test]
fn file_name_that_is_not_utf8_is_scanned_not_a_panic() {
    use std::os::unix::ffi::OsStrExt;
    let dir = temp_dir("utf8");
    let file = dir.join(std::ffi::OsStr::from_bytes(b"list\xff.csv"));
    std::fs::write(&file, "氏名,電話番号\r\n山田 太郎,090-1234-5678\r\n").unwrap();
    let out = presend_scan(&[file.as_os_str()]);
    assert_eq!(out.status.code(), Some(1), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(String::from_utf8_lossy(&out.stdout).contains("list\u{FFFD}.csv"));
}

#[test]
fn ods_cell_comments_are_read() {
    // calamine passes over `office:annotation`: a comment's phone number passed in silence.
    let content = r#"<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><office:body><office:spreadsheet><table:table table:name="在庫"><table:table-row><table:table-cell office:value-type="string"><office:annotation><dc:creator>090-0000-0000</dc:creator><text:p>発注は山田さん 090-1234-5678</text:p></office:annotation><text:p>ねじ</text:p></table:table-cell><table:table-cell office:value-type="float" office:value="10"><office:annotation><text:p>担当 080-2222-3333</text:p></office:annotation></table:table-cell></table:table-row></table:table></office:spreadsheet></office:body></office:document-content>"#;
    let manifest = r#"<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"><manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/></manifest:manifest>"#;
    let file = support::files::zip_with(
        &[
            ("mimetype", b"application/vnd.oasis.opendocument.spreadsheet"),
            ("META-INF/manifest.xml", manifest.as_bytes()),
            ("content.xml", content.as_bytes()),
        ],
        zip::CompressionMethod::Stored,
    );
    let (report, _) = scan_within("f.ods", file, 20);
    let phones: Vec<&str> =
        report.findings.iter().filter(|f| f.kind == presend::Kind::Phone).map(|f| f.masked.as_str()).collect();
    assert_eq!(phones.len(), 2, "{phones:?} {:?}", report.problems);
    assert_eq!(entries_with(&report, presend::Kind::Phone), ["comments", "comments"]);
}

#[test]
fn archive_member_over_the_byte_limit_is_refused_and_the_rest_read() {
    // A 10 GB member was held in memory up to the 2 GiB decompression
    // budget before it was refused; now no further than the byte limit.
    let big = "x".repeat(5000);
    let file = support::files::zip(&[
        ("big.txt", big.as_bytes()),
        ("list.csv", "氏名,電話番号\r\n山田 太郎,090-1234-5678\r\n".as_bytes()),
    ]);
    let options =
        ScanOptions { limits: presend::Limits { max_bytes: 1000, ..Default::default() }, ..Default::default() };
    let report = scan_bytes("f.zip", &file, &options);
    let refused = report.problems.iter().find(|p| p.kind == ProblemKind::OverLimit).expect("over_limit");
    assert_eq!(refused.entry.as_deref(), Some("big.txt"));
    // Said without knowing the member's size: it was not inflated past the limit.
    assert!(refused.detail.contains("more than 1000 bytes"), "{}", refused.detail);
    assert_eq!(entries_with(&report, presend::Kind::Phone), ["list.csv"]);
}

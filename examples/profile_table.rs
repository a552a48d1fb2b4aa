//! One scan of a generated personal-data workbook, for profilers:
//! `cargo run --release --example profile_table -- [rows] [xlsx|csv] [OUT]`
//! (with OUT, the file is written there instead, e.g. to measure the CLI's
//! peak memory with `/usr/bin/time -v presend scan OUT`).
#[path = "../tests/support/bulk.rs"]
mod bulk;
#[path = "../tests/support/files.rs"]
mod files;

fn main() {
    let rows: usize = std::env::args().nth(1).and_then(|a| a.parse().ok()).unwrap_or(100_000);
    let format = std::env::args().nth(2).unwrap_or_else(|| "xlsx".into());
    let table = bulk::personal_table(rows, 11);
    let bytes = if format == "csv" {
        files::csv(&table, ',').into_bytes()
    } else {
        let cells: Vec<Vec<files::Cell>> =
            table.iter().map(|r| r.iter().map(|s| files::Cell::from(s.as_str())).collect()).collect();
        files::xlsx(&[files::Sheet::new("名簿", cells)])
    };
    if let Some(out) = std::env::args().nth(3) {
        if let Err(e) = std::fs::write(&out, &bytes) {
            eprintln!("{out}: {e}");
            std::process::exit(2);
        }
        return;
    }
    let options = presend::ScanOptions::default();
    let start = std::time::Instant::now();
    let report = presend::scan_bytes("t", &bytes, &options);
    let elapsed = start.elapsed();
    println!("{rows} rows {format} ({} bytes) in {elapsed:?}, {} findings", bytes.len(), report.findings.len());
}

//! Throughput of the whole pipeline (extract → fold → detect → report):
//! Japanese text in MB/s, a 100,000-row × 10-column personal-data workbook and
//! the same table as CSV. Inputs are generated in-process, deterministically.
//!
//! `cargo bench --bench scan` (or `make bench`).

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use presend::{scan_bytes, ScanOptions};

#[path = "../tests/support/bulk.rs"]
mod bulk;
#[path = "../tests/support/files.rs"]
mod files;
#[path = "../tests/support/pdf.rs"]
mod pdf;

fn text(c: &mut Criterion) {
    let options = ScanOptions::default();
    let mut group = c.benchmark_group("text");
    group.sample_size(10);
    // A name, phone and e-mail every eighth line: the findings-dense case.
    let dense = bulk::japanese_text(8 * 1024 * 1024, 7);
    group.throughput(Throughput::Bytes(dense.len() as u64));
    group.bench_function(BenchmarkId::new("japanese_prose_with_people", "8MiB"), |b| {
        b.iter(|| scan_bytes("t.txt", dense.as_bytes(), &options))
    });
    // Ordinary business prose with nothing to report: the common case.
    let clean = bulk::clean_japanese_text(8 * 1024 * 1024, 7);
    group.throughput(Throughput::Bytes(clean.len() as u64));
    group.bench_function(BenchmarkId::new("japanese_prose_clean", "8MiB"), |b| {
        b.iter(|| scan_bytes("t.txt", clean.as_bytes(), &options))
    });
    group.finish();
}

fn tables(c: &mut Criterion) {
    let rows = 100_000;
    let table = bulk::personal_table(rows, 11);
    let csv = files::csv(&table, ',');
    let cells: Vec<Vec<files::Cell>> =
        table.iter().map(|r| r.iter().map(|s| files::Cell::from(s.as_str())).collect()).collect();
    let xlsx = files::xlsx(&[files::Sheet::new("名簿", cells)]);
    let options = ScanOptions::default();
    let mut group = c.benchmark_group("table_100k_rows_x10");
    group.sample_size(10);
    group.throughput(Throughput::Elements(rows as u64));
    group.bench_function("xlsx", |b| b.iter(|| scan_bytes("t.xlsx", &xlsx, &options)));
    group.bench_function("csv_utf8", |b| b.iter(|| scan_bytes("t.csv", csv.as_bytes(), &options)));
    group.finish();
}

/// PDFs (UniJIS-UCS2-H text, compressed page streams): 100 pages of prose
/// with people in it, and a 1,000-row roster over 23 pages.
fn pdfs(c: &mut Criterion) {
    let options = ScanOptions::default();
    let mut group = c.benchmark_group("pdf");
    group.sample_size(10);
    let prose = bulk::japanese_text(100 * pdf::LINES_PER_PAGE * 120, 5);
    let lines: Vec<String> = prose.lines().take(100 * pdf::LINES_PER_PAGE - 1).map(str::to_owned).collect();
    let text_pdf = pdf::ucs2("報告書", &lines, &[]);
    group.throughput(Throughput::Bytes(text_pdf.len() as u64));
    group
        .bench_function(BenchmarkId::new("text", "100_pages"), |b| b.iter(|| scan_bytes("t.pdf", &text_pdf, &options)));
    let roster = pdf::ucs2("名簿", &[], &bulk::personal_table(1_000, 3));
    group.throughput(Throughput::Elements(1_000));
    group.bench_function(BenchmarkId::new("roster", "1000_rows_x10"), |b| {
        b.iter(|| scan_bytes("r.pdf", &roster, &options))
    });
    group.finish();
}

criterion_group!(benches, text, tables, pdfs);
criterion_main!(benches);

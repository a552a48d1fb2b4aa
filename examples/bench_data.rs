//! Writes the inputs of the in-browser benchmark (`make bench-web`) and times
//! the native core on exactly the same bytes, so the browser's figures can be
//! put next to the native ones: Japanese prose (8 MiB, with and without
//! people), a 100,000-row personal-data workbook and the same as CSV, and a
//! ~10 MB workbook for the main-thread long-task check.
//!
//! Both sides do the same work: the bench page calls the library's
//! `check({files, site})`, which is the facade's `checkUpload` with the
//! default policy (a scan with the policy's confidentiality markings, then the
//! upload assessment), so that is what is timed here too, through the same
//! library calls the facade makes. A bare `scan_bytes` does less (no
//! markings, no assessment) and would flatter the native side.
//!
//! `cargo run --release --example bench_data -- DIR` writes the files and
//! `DIR/native.json`.

use std::time::Instant;

use presend::assess::{assess_upload, scan_options, Policy};
use presend::{scan_bytes, ScanOptions};

#[path = "../tests/support/bulk.rs"]
mod bulk;
#[path = "../tests/support/files.rs"]
mod files;
#[path = "../tests/support/pdf.rs"]
mod pdf;

fn workbook(rows: usize, seed: u64) -> Vec<u8> {
    let table = bulk::personal_table(rows, seed);
    let cells: Vec<Vec<files::Cell>> =
        table.iter().map(|r| r.iter().map(|s| files::Cell::from(s.as_str())).collect()).collect();
    files::xlsx(&[files::Sheet::new("名簿", cells)])
}

/// `pages` pages of Japanese prose with people in it.
fn text_pdf(pages: usize) -> Vec<u8> {
    let prose = bulk::japanese_text(pages * pdf::LINES_PER_PAGE * 120, 5);
    let lines: Vec<String> = prose.lines().take(pages * pdf::LINES_PER_PAGE - 1).map(str::to_owned).collect();
    pdf::ucs2("報告書", &lines, &[])
}

fn main() -> std::io::Result<()> {
    let dir = std::path::PathBuf::from(std::env::args().nth(1).unwrap_or_else(|| "www/bench/data".into()));
    std::fs::create_dir_all(&dir)?;
    let rows = 100_000;
    let inputs: Vec<(&str, Vec<u8>, u64)> = vec![
        ("prose_people_8MiB.txt", bulk::japanese_text(8 * 1024 * 1024, 7).into_bytes(), 0),
        ("prose_clean_8MiB.txt", bulk::clean_japanese_text(8 * 1024 * 1024, 7).into_bytes(), 0),
        ("table_100k.xlsx", workbook(rows, 11), rows as u64),
        ("table_100k.csv", files::csv(&bulk::personal_table(rows, 11), ',').into_bytes(), rows as u64),
        ("table_10MB.xlsx", workbook(135_000, 13), 135_000),
        // PDFs: the browser loads the second module (presend_pdf) for the first.
        ("pdf_text_100_pages.pdf", text_pdf(100), 0),
        ("pdf_roster_1000.pdf", pdf::ucs2("名簿", &[], &bulk::personal_table(1_000, 3)), 1_000),
    ];
    let policy = Policy::default();
    let options = scan_options(&policy, &ScanOptions::default());
    let mut native = Vec::new();
    for (name, bytes, rows) in &inputs {
        std::fs::write(dir.join(name), bytes)?;
        // Best of three: the figure a quiet machine gives.
        let best = (0..3)
            .map(|_| {
                let start = Instant::now();
                let report = scan_bytes(name, bytes, &options);
                std::hint::black_box(assess_upload("bench", &[(name.to_string(), report)], None, &policy));
                start.elapsed().as_secs_f64()
            })
            .fold(f64::INFINITY, f64::min);
        println!("{name}: {} bytes, native {:.0} ms", bytes.len(), best * 1000.0);
        native.push(serde_json::json!({"name": name, "bytes": bytes.len(), "rows": rows, "seconds": best}));
    }
    std::fs::write(dir.join("native.json"), serde_json::to_vec_pretty(&native)?)?;
    Ok(())
}

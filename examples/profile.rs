//! One scan of generated Japanese prose, for profilers (perf, callgrind):
//! `cargo run --release --example profile -- [MiB]`.
#[path = "../tests/support/bulk.rs"]
mod bulk;

fn main() {
    let mib: usize = std::env::args().nth(1).and_then(|a| a.parse().ok()).unwrap_or(8);
    let text = bulk::japanese_text(mib << 20, 7);
    let options = presend::ScanOptions::default();
    let start = std::time::Instant::now();
    let report = presend::scan_text("profile.txt", &text, &options);
    let elapsed = start.elapsed();
    println!(
        "{} MiB in {:?} ({:.0} MiB/s), {} findings",
        mib,
        elapsed,
        mib as f64 / elapsed.as_secs_f64(),
        report.findings.len()
    );
}

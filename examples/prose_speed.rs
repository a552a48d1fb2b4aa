//! The prose scan alone, for before/after speed figures on a shared
//! machine (issue 17): scans generated clean Japanese business prose
//! (`benches/scan.rs`'s input) and, when present, the manpages-ja text of
//! tests/clean_prose.rs, several times each, and prints the best time.
//! `cargo run --release --example prose_speed -- [MiB] [runs]`; under
//! `valgrind --tool=callgrind` with runs = 1 for instruction counts (a
//! third argument `clean` leaves manpages-ja out:
//! `valgrind --tool=callgrind --toggle-collect='presend::scan_text*'
//! target/release/examples/prose_speed 2 1 clean`).
#[path = "../tests/support/bulk.rs"]
mod bulk;

fn best(label: &str, text: &str, runs: usize) {
    let options = presend::ScanOptions::default();
    let mut best = f64::MAX;
    let mut findings = 0;
    for _ in 0..runs {
        let start = std::time::Instant::now();
        let report = presend::scan_text("t.txt", text, &options);
        best = best.min(start.elapsed().as_secs_f64());
        findings = report.findings.len();
    }
    let mib = text.len() as f64 / f64::from(1 << 20);
    println!(
        "{label}: {mib:.2} MiB, best of {runs} {:.1} ms ({:.1} MiB/s), {findings} findings",
        best * 1e3,
        mib / best
    );
}

fn main() {
    let mut args = std::env::args().skip(1);
    let mib: usize = args.next().and_then(|a| a.parse().ok()).unwrap_or(8);
    let runs: usize = args.next().and_then(|a| a.parse().ok()).unwrap_or(10);
    let clean_only = args.next().as_deref() == Some("clean");
    best("clean prose (generated)", &bulk::clean_japanese_text(mib << 20, 7), runs);
    if clean_only {
        return;
    }
    let man = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("target/prose/man");
    let mut text = String::new();
    let mut dirs = vec![man];
    while let Some(dir) = dirs.pop() {
        let Ok(entries) = std::fs::read_dir(&dir) else { continue };
        for entry in entries.flatten() {
            let path = entry.path();
            if path.is_dir() {
                dirs.push(path);
            } else if let Ok(t) = std::fs::read_to_string(&path) {
                text.push_str(&t);
            }
        }
    }
    if !text.is_empty() {
        best("manpages-ja", &text, runs);
    }
}

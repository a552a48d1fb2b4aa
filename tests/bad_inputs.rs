//! Issue 18: files made by strangers end in findings or a clear problem,
//! quickly, and never crash, hang or pass in silence. Each test names the
//! input that once did.

mod support;

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

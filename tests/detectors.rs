//! The detector table: one line per case in `data/detector_cases.tsv`, the
//! kinds it must produce (and nothing else). Data-driven so that a new case
//! is one line, and so the same table can run under wasm.

use std::collections::BTreeSet;

use presend::{scan_text, ScanOptions};

#[test]
fn detector_cases() {
    let table = include_str!("data/detector_cases.tsv");
    let options = ScanOptions::default();
    let mut failures = Vec::new();
    let mut cases = 0;
    for (n, line) in table.lines().enumerate() {
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let Some((expected, text)) = line.split_once('\t') else {
            panic!("line {}: no tab", n + 1);
        };
        cases += 1;
        let text = text.replace("\\n", "\n");
        let expected: BTreeSet<&str> = expected.split(',').map(str::trim).filter(|k| *k != "-").collect();
        let report = scan_text("case", &text, &options);
        let found: BTreeSet<&str> = report.findings.iter().map(|f| f.kind.id()).collect();
        if found != expected {
            let detail: Vec<String> = report.findings.iter().map(|f| format!("{}={}", f.kind.id(), f.masked)).collect();
            failures.push(format!("line {}: {text:?}\n    expected {expected:?}, found {detail:?}", n + 1));
        }
    }
    assert!(cases > 50, "the table was read");
    assert!(failures.is_empty(), "{} of {cases} cases failed:\n{}", failures.len(), failures.join("\n"));
}

//! The detector table, `tests/data/detector_cases.tsv`: one line per case,
//! the kinds it must produce (and nothing else) and, where a third column
//! gives them, the values found. Data, so that a new case is one line; here
//! in the library so that the same table runs natively (`cargo test --lib`)
//! and in WebAssembly (`cargo test --target wasm32-unknown-unknown --lib`,
//! the facade's tests in `wasm.rs`), where the browser runs the detectors.

use std::collections::BTreeSet;

use crate::{scan_text, ScanOptions};

/// The table, compiled in.
const TABLE: &str = include_str!("../../tests/data/detector_cases.tsv");

/// Runs every case; returns how many ran and what failed, each with its line.
pub(crate) fn failures() -> (usize, Vec<String>) {
    let options = ScanOptions { include_raw: true, ..ScanOptions::default() };
    let mut failures = Vec::new();
    let mut cases = 0;
    for (n, line) in TABLE.lines().enumerate() {
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let mut columns = line.split('\t');
        let (Some(expected), Some(text)) = (columns.next(), columns.next()) else {
            failures.push(format!("line {}: no tab", n + 1));
            continue;
        };
        cases += 1;
        let values = columns.next();
        let text = text.replace("\\n", "\n");
        let expected: BTreeSet<&str> = expected.split(',').map(str::trim).filter(|k| *k != "-").collect();
        let report = scan_text("case", &text, &options);
        let found: BTreeSet<&str> = report.findings.iter().map(|f| f.kind.id()).collect();
        let detail = || -> Vec<String> {
            report.findings.iter().map(|f| format!("{}={}", f.kind.id(), f.raw.as_deref().unwrap_or(""))).collect()
        };
        if found != expected {
            failures.push(format!("line {}: {text:?}\n    expected kinds {expected:?}, found {:?}", n + 1, detail()));
            continue;
        }
        // The values, in any order: what the user would see masked, whole.
        if let Some(values) = values {
            let mut want: Vec<&str> = values.split(" | ").map(str::trim).collect();
            let mut got: Vec<&str> = report.findings.iter().map(|f| f.raw.as_deref().unwrap_or("")).collect();
            want.sort_unstable();
            got.sort_unstable();
            if want != got {
                failures.push(format!("line {}: {text:?}\n    expected values {want:?}, found {:?}", n + 1, detail()));
            }
        }
    }
    (cases, failures)
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    #[test]
    fn detector_cases() {
        let (cases, failures) = super::failures();
        assert!(cases > 50, "the table was read");
        assert!(failures.is_empty(), "{} of {cases} cases failed:\n{}", failures.len(), failures.join("\n"));
    }
}

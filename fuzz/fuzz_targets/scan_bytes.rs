#![no_main]

//! The whole pipeline: sniffing, every extractor, folding and the detectors.

use libfuzzer_sys::fuzz_target;
use presend::ScanOptions;

fuzz_target!(|data: &[u8]| {
    let options = ScanOptions { limits: presend_fuzz::limits(), ..ScanOptions::default() };
    let report = presend::scan_bytes("f", data, &options);
    std::hint::black_box(report.findings.len());
});

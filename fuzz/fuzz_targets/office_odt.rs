#![no_main]

use libfuzzer_sys::fuzz_target;
use presend::Format;

fuzz_target!(|data: &[u8]| {
    // A flat OpenDocument file is one XML document; anything else is a
    // package, or the XML of its parts.
    if data.starts_with(b"<") {
        presend_fuzz::run(data, Format::Odt);
    } else {
        presend_fuzz::run_packaged(data, Format::Odt);
    }
});

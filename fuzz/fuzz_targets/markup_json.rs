#![no_main]

use libfuzzer_sys::fuzz_target;
use presend::Format;

fuzz_target!(|data: &[u8]| {
    presend_fuzz::run(data, Format::Json);
});

#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let decoded = presend::extract::encoding::decode(data);
    std::hint::black_box((decoded.text.len(), decoded.problem(None).is_some(), decoded.binary));
});

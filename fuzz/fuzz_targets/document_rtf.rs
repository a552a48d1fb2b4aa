#![no_main]

use libfuzzer_sys::fuzz_target;
use presend::Format;

// Input that starts with `{` is an .rtf; anything else an Outlook body kept
// as compressed RTF (LZFu or MELA), decompressed and then read as RTF. A
// wrong CRC is said, not a stop: mutated streams still reach the decompressor.
fuzz_target!(|data: &[u8]| {
    if data.first() == Some(&b'{') {
        presend_fuzz::run(data, Format::Rtf);
    } else {
        let mut sink = presend_fuzz::CountingSink::default();
        presend::extract::extract_compressed_rtf(data, presend_fuzz::limits(), &mut sink);
        std::hint::black_box((sink.parts, sink.problems, sink.chars));
    }
});

//! Dumps the prose-name scorer's candidates and hashed features for
//! labelled sentences (`sentence<TAB>name|name`), one candidate a line:
//! `label<TAB>file:sentence<TAB>rule<TAB>feature ids<TAB>surface` (rule always
//! 0: the pass hands over only what the rules did not find), label 1 when
//! the candidate overlaps
//! an occurrence of a labelled name. `scripts/train-names-scorer.py` trains
//! on it (`make names-scorer`); issue 17.
//! `cargo run --release --example names_features -- FILE.tsv... > features.tsv`
use std::io::Write as _;

fn main() {
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    for (file_no, path) in std::env::args().skip(1).enumerate() {
        let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
        for (line_no, line) in text.lines().filter(|l| !l.starts_with('#') && !l.trim().is_empty()).enumerate() {
            let (sentence, names) = line.split_once('\t').unwrap_or((line, ""));
            let mut gold = Vec::new();
            for name in names.split('|').filter(|n| !n.is_empty()) {
                gold.extend(sentence.match_indices(name).map(|(i, n)| (i, i + n.len())));
            }
            for c in presend::detect::prose_names::scorer::candidates(sentence) {
                let label = u8::from(gold.iter().any(|&(s, e)| s < c.end && c.start < e));
                let ids: Vec<String> = c.features.iter().map(u32::to_string).collect();
                // The pass asks the scorer only where the rules found nothing.
                let rule = 0;
                let surface = &sentence[c.start..c.end];
                let _ = writeln!(out, "{label}\t{file_no}:{line_no}\t{rule}\t{}\t{surface}", ids.join(" "));
            }
        }
    }
}

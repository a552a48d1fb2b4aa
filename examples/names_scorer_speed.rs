//! The prose-name finder with the learned scorer (issue 17, cargo feature
//! `names-scorer`, off the default scan) over the bench's clean prose, line
//! by line as tests/clean_prose.rs runs it, counting the names the scorer
//! adds. Its cost beside the scan's is measured with `prose_speed` built
//! with the feature (README: `valgrind --tool=callgrind
//! target/release/examples/prose_speed 2 1 clean`, the finder's inclusive
//! count less the lists' parse).
#[path = "../tests/support/bulk.rs"]
mod bulk;

fn main() {
    let mib: usize = std::env::args().nth(1).and_then(|a| a.parse().ok()).unwrap_or(2);
    let text = bulk::clean_japanese_text(mib << 20, 7);
    let start = std::time::Instant::now();
    let added: usize = text.lines().map(|l| presend::detect::prose_names::scorer::scored_names(l).len()).sum();
    println!("scorer: {mib} MiB, {added} names added, {:.1} ms", start.elapsed().as_secs_f64() * 1e3);
}

//! The learned prose-name scorer (issue 17, off the default scan) over the
//! bench's clean prose, line by line as tests/clean_prose.rs runs it: for
//! its instruction count beside the scan's (`valgrind --tool=callgrind
//! target/release/examples/names_scorer_speed 2`; the scorer's cost is
//! `scored_names` less the one-time parse of the lists and the weights).
//! A separate program so that `prose_speed`, which measures the scan, does
//! not link the scorer: its calls into the finder's functions change how
//! the compiler inlines them.
#[path = "../tests/support/bulk.rs"]
mod bulk;

fn main() {
    let mib: usize = std::env::args().nth(1).and_then(|a| a.parse().ok()).unwrap_or(2);
    let text = bulk::clean_japanese_text(mib << 20, 7);
    let start = std::time::Instant::now();
    let added: usize = text.lines().map(|l| presend::detect::prose_names::scorer::scored_names(l).len()).sum();
    println!("scorer: {mib} MiB, {added} names added, {:.1} ms", start.elapsed().as_secs_f64() * 1e3);
}

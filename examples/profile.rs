#[path = "../tests/support/bulk.rs"]
mod bulk;
use std::time::Instant;
fn main() {
    let text = bulk::japanese_text(8 << 20, 7);
    let e = presend::detect::Engine::shared();
    for _ in 0..3 {
        let t = Instant::now();
        let f = presend::normalize::fold(&text);
        let t1 = t.elapsed();
        let t = Instant::now();
        let hits = e.scan(&f.text, Default::default());
        let t3 = t.elapsed();
        println!("fold {:?} scan {:?} hits {}", t1, t3, hits.len());
    }
}

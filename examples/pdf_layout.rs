//! Prints what the extractors read from a file: each table's rows (cells
//! joined by " | ") and each text part's lines, with pages. For looking at
//! how a PDF's layout was read: `cargo run --release --example pdf_layout -- FILE`.

use presend::extract::{extract, Part, Sink};
use presend::{Limits, Problem};

struct Print;

impl Sink for Print {
    fn part(&mut self, part: Part) {
        match part {
            Part::Table(t) => {
                println!("== table page {:?} first_row {} continuation {}", t.page, t.first_row, t.continuation);
                for row in &t.rows {
                    println!("{}", row.join(" | "));
                }
            }
            Part::Text(t) => {
                println!("== text page {:?}", t.page);
                println!("{}", t.text);
            }
        }
    }
    fn problem(&mut self, problem: Problem) {
        println!("== problem {problem:?}");
    }
    fn out_of_time(&self) -> bool {
        false
    }
}

fn main() {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: pdf_layout FILE");
        std::process::exit(2);
    };
    let bytes = match std::fs::read(&path) {
        Ok(b) => b,
        Err(e) => {
            eprintln!("{path}: {e}");
            std::process::exit(2);
        }
    };
    let format = extract(&bytes, Limits::default(), &mut Print);
    println!("== format {format:?}");
}

//! A gzip file (`名簿.csv.gz`): one compressed file, read as that file.
//! Unread, a roster gzipped before it was uploaded or attached left with no
//! question. Its inflated bytes count against the same decompression budget
//! as an archive's members.

use std::io::Read;

use flate2::read::MultiGzDecoder;

use super::{archive, extract_inner, member_path, Budget, Sink};
use crate::{Problem, ProblemKind};

pub(super) fn extract(bytes: &[u8], entry: Option<&str>, depth: u32, budget: &mut Budget, sink: &mut dyn Sink) {
    if depth >= budget.limits.max_depth {
        sink.problem(Problem::new(
            ProblemKind::OverLimit,
            entry,
            format!("compressed files nested deeper than {} levels", budget.limits.max_depth),
        ));
        return;
    }
    let left = budget.decompressed_left();
    let max_bytes = budget.limits.max_bytes;
    let limit = left.min(max_bytes);
    let mut decoder = MultiGzDecoder::new(bytes);
    // Past the limit by one byte at most: whether it fits is told by the length.
    let mut data = Vec::new();
    let read = (&mut decoder).take(limit.saturating_add(1)).read_to_end(&mut data);
    // The name the file had when it was compressed, if the header kept it.
    let name = decoder
        .header()
        .and_then(|h| h.filename())
        .map(archive::member_name)
        .filter(|n| !n.is_empty())
        .unwrap_or_else(|| "(gzip)".to_owned());
    let path = member_path(entry, &name);
    budget.decompressed += data.len() as u64;
    if let Err(e) = read {
        let kind =
            if e.kind() == std::io::ErrorKind::UnexpectedEof { ProblemKind::Truncated } else { ProblemKind::Corrupt };
        sink.problem(Problem::new(kind, entry, format!("gzip data could not be inflated: {e}")));
        // What inflated before the damage is still read: the user decides.
        if data.is_empty() {
            return;
        }
    } else if data.len() as u64 > limit {
        let detail = if max_bytes < left {
            format!("more than {max_bytes} bytes inflated, over the byte limit; not inspected")
        } else {
            format!("decompressed size over the {} byte limit (gzip bomb?)", budget.limits.max_decompressed_bytes)
        };
        sink.problem(Problem::new(ProblemKind::OverLimit, Some(&path), detail));
        return;
    }
    extract_inner(&data, Some(&path), depth + 1, budget, sink);
}

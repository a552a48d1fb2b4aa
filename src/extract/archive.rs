//! Zip archives: every member is read and inspected like a file of its own,
//! to the depth limit, with the decompressed bytes of all members counted
//! against one budget. Encrypted members (ZipCrypto or AES, the "PPAP"
//! habit) are reported by name, never skipped in silence. Member names
//! written by Japanese Windows without the UTF-8 flag are Shift_JIS.

use std::io::{Cursor, Read};

use zip::ZipArchive;

use super::{extract_inner, member_path, Budget, Sink};
use crate::{Problem, ProblemKind};

pub(super) fn member_name(raw: &[u8]) -> String {
    match std::str::from_utf8(raw) {
        Ok(s) => s.to_owned(),
        Err(_) => encoding_rs::SHIFT_JIS.decode_without_bom_handling(raw).0.into_owned(),
    }
}

fn zip_problem(err: &zip::result::ZipError, entry: Option<&str>) -> Problem {
    use zip::result::ZipError;
    let kind = match err {
        ZipError::UnsupportedArchive(m) if m.contains("assword") || m.contains("ncrypt") => ProblemKind::Encrypted,
        ZipError::InvalidPassword => ProblemKind::Encrypted,
        ZipError::Io(e) if e.kind() == std::io::ErrorKind::UnexpectedEof => ProblemKind::Truncated,
        ZipError::UnsupportedArchive(_) | ZipError::CompressionMethodNotSupported(_) => ProblemKind::Unsupported,
        _ => ProblemKind::Corrupt,
    };
    Problem::new(kind, entry, format!("zip: {err}"))
}

/// Reads at most `limit + 1` bytes of a member, so an oversized one is
/// detected without holding it. Returns the bytes and whether it fit.
fn read_limited(reader: &mut impl Read, limit: u64) -> std::io::Result<(Vec<u8>, bool)> {
    let mut buf = Vec::new();
    reader.take(limit.saturating_add(1)).read_to_end(&mut buf)?;
    let fits = buf.len() as u64 <= limit;
    Ok((buf, fits))
}

/// Inflates every member of a zip package into a counter (nothing is kept)
/// and returns the total, or the problem that stopped it: an encrypted
/// member, damage, or more than `limit` bytes in all.
pub(crate) fn inflated_size_within(bytes: &[u8], limit: u64) -> Result<u64, Problem> {
    let mut archive = ZipArchive::new(Cursor::new(bytes)).map_err(|e| zip_problem(&e, None))?;
    let mut total = 0u64;
    let mut sink = [0u8; 64 * 1024];
    for i in 0..archive.len() {
        let raw = archive.by_index_raw(i).map_err(|e| zip_problem(&e, None))?;
        let name = member_name(raw.name_raw());
        if raw.encrypted() {
            return Err(Problem::new(ProblemKind::Encrypted, Some(&name), "encrypted member"));
        }
        drop(raw);
        let mut member = archive.by_index(i).map_err(|e| zip_problem(&e, Some(&name)))?;
        loop {
            let n = member.read(&mut sink).map_err(|e| {
                let kind = if e.kind() == std::io::ErrorKind::UnexpectedEof {
                    ProblemKind::Truncated
                } else {
                    ProblemKind::Corrupt
                };
                Problem::new(kind, Some(&name), format!("zip member could not be inflated: {e}"))
            })?;
            if n == 0 {
                break;
            }
            total += n as u64;
            if total > limit {
                return Err(Problem::new(
                    ProblemKind::OverLimit,
                    Some(&name),
                    format!("decompressed size over the {limit} byte limit (zip bomb?)"),
                ));
            }
        }
    }
    Ok(total)
}

/// What every zip-based document reader does first: counts what the package
/// inflates to against the decompression budget (refusing a bomb before a
/// byte is inflated) and says where its local headers disagree with the
/// central directory. False when the package must not be read.
pub(crate) fn package_within_budget(
    bytes: &[u8],
    entry: Option<&str>,
    budget: &mut Budget,
    sink: &mut dyn Sink,
) -> bool {
    match inflated_size_within(bytes, budget.decompressed_left()) {
        Ok(size) => budget.decompressed += size,
        Err(problem) => {
            sink.problem(problem.with_entry(entry));
            return false;
        }
    }
    for problem in header_disagreements(bytes, entry) {
        sink.problem(problem);
    }
    true
}

/// Members whose local header disagrees with the central directory (size,
/// checksum, method or name), as problems. presend reads a member as the
/// central directory describes it; a tool that streams the archive from the
/// front reads it as the local header does, so a file can hide a member's
/// real content from one reader or the other. Real archives never disagree
/// (a header flagged as followed by a data descriptor may leave sizes and
/// checksum zero, and zip64 sizes live elsewhere: those are not compared).
pub(crate) fn header_disagreements(bytes: &[u8], entry: Option<&str>) -> Vec<Problem> {
    /// Members named one by one; an archive of a thousand such is one more problem.
    const SHOWN_DISAGREEMENTS: usize = 20;
    let Ok(mut archive) = ZipArchive::new(Cursor::new(bytes)) else { return Vec::new() };
    let mut problems = Vec::new();
    for i in 0..archive.len() {
        let Ok(member) = archive.by_index_raw(i) else { continue };
        let path = member_path(entry, &member_name(member.name_raw()));
        let at = usize::try_from(member.header_start()).unwrap_or(usize::MAX);
        let Some(local) = bytes.get(at..at.saturating_add(30)).filter(|h| h.starts_with(b"PK\x03\x04")) else {
            problems.push(Problem::new(ProblemKind::Corrupt, Some(&path), "zip member has no local header"));
            continue;
        };
        let u16_at = |i: usize| u16::from_le_bytes([local[i], local[i + 1]]);
        let u32_at = |i: usize| u32::from_le_bytes([local[i], local[i + 1], local[i + 2], local[i + 3]]);
        let descriptor = u16_at(6) & 0x8 != 0;
        let name_len = usize::from(u16_at(26));
        let mut differs = Vec::new();
        if bytes.get(at + 30..at + 30 + name_len) != Some(member.name_raw()) {
            differs.push("name".to_owned());
        }
        let method = match member.compression() {
            zip::CompressionMethod::Stored => Some(0),
            zip::CompressionMethod::Deflated => Some(8),
            _ => None,
        };
        if method.is_some_and(|m| m != u16_at(8)) {
            differs.push(format!("method ({} in the local header)", u16_at(8)));
        }
        let fields = [
            ("checksum", u32_at(14), u64::from(member.crc32())),
            ("compressed size", u32_at(18), member.compressed_size()),
            ("size", u32_at(22), member.size()),
        ];
        for (what, local, central) in fields {
            let compared = local != u32::MAX && !(descriptor && local == 0);
            if compared && u64::from(local) != central {
                differs.push(format!("{what} ({local} in the local header, {central} in the directory)"));
            }
        }
        if !differs.is_empty() && problems.len() == SHOWN_DISAGREEMENTS {
            problems.push(Problem::new(
                ProblemKind::Corrupt,
                entry,
                "more members whose local header disagrees with the directory (not listed)",
            ));
        }
        if !differs.is_empty() && problems.len() < SHOWN_DISAGREEMENTS {
            problems.push(Problem::new(
                ProblemKind::Corrupt,
                Some(&path),
                format!(
                    "the member's local header disagrees with the archive's directory: {}; other tools may read other content",
                    differs.join(", ")
                ),
            ));
        }
    }
    problems
}

pub(super) fn extract(bytes: &[u8], entry: Option<&str>, depth: u32, budget: &mut Budget, sink: &mut dyn Sink) {
    if depth >= budget.limits.max_depth {
        sink.problem(Problem::new(
            ProblemKind::OverLimit,
            entry,
            format!("archive nested deeper than {} levels", budget.limits.max_depth),
        ));
        return;
    }
    let mut archive = match ZipArchive::new(Cursor::new(bytes)) {
        Ok(a) => a,
        Err(e) => {
            sink.problem(zip_problem(&e, entry));
            return;
        }
    };
    for problem in header_disagreements(bytes, entry) {
        sink.problem(problem);
    }
    let count = archive.len();
    if count as u64 > u64::from(budget.limits.max_entries) {
        sink.problem(Problem::new(
            ProblemKind::OverLimit,
            entry,
            format!("{count} members; only the first {} are inspected", budget.limits.max_entries),
        ));
    }
    for i in 0..count.min(budget.limits.max_entries as usize) {
        if sink.out_of_time() {
            sink.problem(Problem::new(ProblemKind::OverLimit, entry, "time budget spent inside the archive"));
            return;
        }
        // Look at the member's header first: opening an encrypted member fails.
        let (path, is_dir, encrypted) = match archive.by_index_raw(i) {
            Ok(m) => (member_path(entry, &member_name(m.name_raw())), m.is_dir(), m.encrypted()),
            Err(e) => {
                sink.problem(zip_problem(&e, entry));
                continue;
            }
        };
        if is_dir {
            continue;
        }
        if encrypted {
            sink.problem(Problem::new(
                ProblemKind::Encrypted,
                Some(&path),
                "encrypted archive member (password needed)",
            ));
            continue;
        }
        let mut member = match archive.by_index(i) {
            Ok(m) => m,
            Err(e) => {
                sink.problem(zip_problem(&e, Some(&path)));
                continue;
            }
        };
        let left = budget.decompressed_left();
        // A member larger than a file may be is refused as a file would be:
        // read no further than that (a 10 GB member was held up to the
        // 2 GiB decompression budget, and then refused).
        let max_bytes = budget.limits.max_bytes;
        let data = match read_limited(&mut member, left.min(max_bytes)) {
            Ok((data, true)) => data,
            Ok((read, false)) if max_bytes < left => {
                budget.decompressed += read.len() as u64;
                sink.problem(Problem::new(
                    ProblemKind::OverLimit,
                    Some(&path),
                    format!("more than {max_bytes} bytes inflated, over the byte limit; not inspected"),
                ));
                continue;
            }
            Ok((_, false)) => {
                sink.problem(Problem::new(
                    ProblemKind::OverLimit,
                    Some(&path),
                    format!(
                        "decompressed size over the {} byte limit (zip bomb?)",
                        budget.limits.max_decompressed_bytes
                    ),
                ));
                return;
            }
            Err(e) => {
                let kind = if e.kind() == std::io::ErrorKind::UnexpectedEof {
                    ProblemKind::Truncated
                } else {
                    ProblemKind::Corrupt
                };
                sink.problem(Problem::new(kind, Some(&path), format!("member could not be inflated: {e}")));
                continue;
            }
        };
        drop(member);
        budget.decompressed += data.len() as u64;
        extract_inner(&data, Some(&path), depth + 1, budget, sink);
    }
}

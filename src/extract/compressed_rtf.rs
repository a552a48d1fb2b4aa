//! Compressed RTF (MS-OXRTFCP), the form Outlook keeps a rich-text body in
//! (`PR_RTF_COMPRESSED`): a 16-byte header (size of what follows, raw size,
//! "LZFu" or "MELA", CRC) and then either the RTF as it is ("MELA") or an
//! LZ77 stream over a 4096-byte ring dictionary primed with 207 bytes of
//! common RTF ("LZFu").
//!
//! Every size is checked against the bytes there and against the budget: a
//! header that lies, a CRC that does not match or a stream that stops
//! without its end marker is a problem, and whatever was decompressed
//! before it is still handed on to be read.

use crate::ProblemKind;

/// "LZFu" and "MELA" as the little-endian COMPTYPE field holds them.
const COMPRESSED: u32 = 0x7546_5A4C;
const UNCOMPRESSED: u32 = 0x414C_454D;

/// The dictionary every LZFu stream starts from (MS-OXRTFCP 3.1.4.1.1);
/// writing starts right after it.
const PRIMER: &[u8; 207] = b"{\\rtf1\\ansi\\mac\\deff0\\deftab720{\\fonttbl;}{\\f0\\fnil \\froman \\fswiss \\fmodern \\fscript \\fdecor MS Sans SerifSymbolArialTimes New RomanCourier{\\colortbl\\red0\\green0\\blue0\r\n\\par \\pard\\plain\\f0\\fs20\\b\\i\\u\\tab\\tx";
const DICTIONARY: usize = 4096;

/// What came out of a compressed RTF property: the RTF read (all of it,
/// or as much as could be), and why it is not all, if it is not.
pub(super) struct Decompressed {
    pub rtf: Vec<u8>,
    pub problem: Option<(ProblemKind, String)>,
}

fn damaged(kind: ProblemKind, detail: impl Into<String>) -> Option<(ProblemKind, String)> {
    Some((kind, format!("compressed RTF body: {}", detail.into())))
}

fn u32_at(b: &[u8], at: usize) -> u32 {
    u32::from_le_bytes([b[at], b[at + 1], b[at + 2], b[at + 3]])
}

/// Decompresses `bytes`, giving out at most `cap` bytes (what is left of
/// the file's decompression budget).
pub(super) fn decompress(bytes: &[u8], cap: u64) -> Decompressed {
    if bytes.len() < 16 {
        return Decompressed { rtf: Vec::new(), problem: damaged(ProblemKind::Truncated, "the header is cut short") };
    }
    let (comp_size, raw_size, kind, crc) = (u32_at(bytes, 0), u32_at(bytes, 4), u32_at(bytes, 8), u32_at(bytes, 12));
    let raw_size = u64::from(raw_size);
    let mut problem = None;
    // Never more than declared, nor than the budget: a header saying 4 GB
    // is not an allocation of 4 GB.
    let limit = if raw_size > cap {
        problem = damaged(
            ProblemKind::OverLimit,
            format!("it declares {raw_size} bytes, over the {cap} decompressed bytes left; no more than that was read"),
        );
        cap
    } else {
        raw_size
    };
    let limit = usize::try_from(limit).unwrap_or(usize::MAX);
    match kind {
        UNCOMPRESSED => {
            let data = &bytes[16..];
            if (data.len() as u64) < raw_size {
                problem = problem.or(damaged(
                    ProblemKind::Truncated,
                    format!("it declares {raw_size} bytes and holds {}", data.len()),
                ));
            }
            Decompressed { rtf: data[..data.len().min(limit)].to_vec(), problem }
        }
        COMPRESSED => {
            // COMPSIZE counts the 12 header bytes after itself.
            let end = (comp_size as usize).saturating_add(4);
            if comp_size < 12 {
                return Decompressed {
                    rtf: Vec::new(),
                    problem: damaged(ProblemKind::Corrupt, "its size field is too small"),
                };
            }
            let contents = if end > bytes.len() {
                problem = problem.or(damaged(
                    ProblemKind::Truncated,
                    format!("it declares {} compressed bytes and holds {}", end - 16, bytes.len() - 16),
                ));
                &bytes[16..]
            } else {
                &bytes[16..end]
            };
            if problem.is_none() && crc32(contents) != crc {
                problem = damaged(
                    ProblemKind::Corrupt,
                    "its CRC does not match (damaged); what could be decompressed was read",
                );
            }
            let (rtf, ended) = lzfu(contents, limit);
            if problem.is_none() {
                if !ended && rtf.len() < limit {
                    problem = damaged(ProblemKind::Truncated, "it stops without its end marker (cut short?)");
                } else if (rtf.len() as u64) != raw_size {
                    problem = damaged(
                        ProblemKind::Corrupt,
                        format!(
                            "it declares {raw_size} bytes and decompresses to {}{}",
                            rtf.len(),
                            if ended { "" } else { " or more" }
                        ),
                    );
                }
            }
            Decompressed { rtf, problem }
        }
        _ => Decompressed { rtf: Vec::new(), problem: damaged(ProblemKind::Corrupt, "neither LZFu nor MELA") },
    }
}

/// The LZFu stream: runs of a control byte (bit i, lowest first, says
/// whether token i is a literal byte or a 2-byte big-endian reference of a
/// 12-bit dictionary offset and a 4-bit length less 2). A reference to the
/// write position itself ends the stream. Gives the output, at most
/// `limit` bytes, and whether the end marker was reached.
fn lzfu(input: &[u8], limit: usize) -> (Vec<u8>, bool) {
    let mut dictionary = [0u8; DICTIONARY];
    dictionary[..PRIMER.len()].copy_from_slice(PRIMER);
    let mut write = PRIMER.len();
    // A reference gives at most 17 bytes for 2: the output is bounded by the input too.
    let mut out = Vec::with_capacity(limit.min(input.len().saturating_mul(9)));
    let mut at = 0;
    while let Some(&control) = input.get(at) {
        at += 1;
        for bit in 0..8 {
            if out.len() >= limit {
                return (out, false);
            }
            if control & (1 << bit) == 0 {
                let Some(&byte) = input.get(at) else { return (out, false) };
                at += 1;
                out.push(byte);
                dictionary[write] = byte;
                write = (write + 1) % DICTIONARY;
                continue;
            }
            let Some(pair) = input.get(at..at + 2) else { return (out, false) };
            at += 2;
            let word = usize::from(u16::from_be_bytes([pair[0], pair[1]]));
            let (mut offset, length) = (word >> 4, (word & 0xF) + 2);
            if offset == write {
                return (out, true);
            }
            for _ in 0..length.min(limit - out.len()) {
                let byte = dictionary[offset];
                out.push(byte);
                dictionary[write] = byte;
                write = (write + 1) % DICTIONARY;
                offset = (offset + 1) % DICTIONARY;
            }
        }
    }
    (out, false)
}

/// The CRC of MS-OXRTFCP 3.1.3.2: CRC-32's table (0xEDB88320) started from
/// 0 and not inverted at the end, unlike zip's.
fn crc32(bytes: &[u8]) -> u32 {
    const TABLE: [u32; 256] = {
        let mut table = [0u32; 256];
        let mut i = 0;
        while i < 256 {
            let mut c = i as u32;
            let mut k = 0;
            while k < 8 {
                c = if c & 1 != 0 { 0xEDB8_8320 ^ (c >> 1) } else { c >> 1 };
                k += 1;
            }
            table[i] = c;
            i += 1;
        }
        table
    };
    bytes.iter().fold(0u32, |crc, &b| TABLE[((crc ^ u32::from(b)) & 0xFF) as usize] ^ (crc >> 8))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// MS-OXRTFCP 4.1's example: `{\rtf1\ansi\ansicpg1252\pard hello world}`
    /// and CRLF, with references into the primer and into itself.
    const SPEC_SAMPLE: &[u8] = &[
        0x2d, 0x00, 0x00, 0x00, 0x2b, 0x00, 0x00, 0x00, 0x4c, 0x5a, 0x46, 0x75, 0xf1, 0xc5, 0xc7, 0xa7, 0x03, 0x00,
        0x0a, 0x00, 0x72, 0x63, 0x70, 0x67, 0x31, 0x32, 0x35, 0x42, 0x32, 0x0a, 0xf3, 0x20, 0x68, 0x65, 0x6c, 0x09,
        0x00, 0x20, 0x62, 0x77, 0x05, 0xb0, 0x6c, 0x64, 0x7d, 0x0a, 0x80, 0x0f, 0xa0,
    ];

    #[test]
    fn the_specifications_example_decompresses_with_its_crc() {
        let d = decompress(SPEC_SAMPLE, u64::MAX);
        assert_eq!(d.problem, None);
        assert_eq!(d.rtf, b"{\\rtf1\\ansi\\ansicpg1252\\pard hello world}\r\n");
    }

    #[test]
    fn damage_is_said_and_what_was_read_kept() {
        let mut bad_crc = SPEC_SAMPLE.to_vec();
        bad_crc[12] ^= 1;
        assert_eq!(decompress(&bad_crc, u64::MAX).problem.map(|p| p.0), Some(ProblemKind::Corrupt));
        let cut = decompress(&SPEC_SAMPLE[..30], u64::MAX);
        assert_eq!(cut.problem.map(|p| p.0), Some(ProblemKind::Truncated));
        assert!(cut.rtf.starts_with(b"{\\rtf1\\ansi"));
        let small = decompress(SPEC_SAMPLE, 10);
        assert_eq!((small.rtf.len(), small.problem.map(|p| p.0)), (10, Some(ProblemKind::OverLimit)));
        let mut huge = SPEC_SAMPLE.to_vec();
        huge[4..8].copy_from_slice(&u32::MAX.to_le_bytes());
        assert_eq!(decompress(&huge, 1 << 20).problem.map(|p| p.0), Some(ProblemKind::OverLimit));
        assert_eq!(decompress(&[0; 8], u64::MAX).problem.map(|p| p.0), Some(ProblemKind::Truncated));
        let mut mela = vec![0u8; 16];
        mela[4..8].copy_from_slice(&5u32.to_le_bytes());
        mela[8..12].copy_from_slice(b"MELA");
        mela.extend_from_slice(b"{\\rtf");
        let whole = decompress(&mela, u64::MAX);
        assert_eq!((whole.rtf.as_slice(), whole.problem), (&b"{\\rtf"[..], None));
    }
}

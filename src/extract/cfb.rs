//! A check of the OLE compound file that holds an .xls workbook, before
//! calamine reads it. calamine 0.38 trusts the file's sector chains: a chain
//! that points past the end of a cut file panics (a slice index), a chain
//! that points past the FAT panics (an array index), a chain that loops
//! grows without end, and a short last sector trips an assertion. So the
//! chains calamine will follow (DIFAT, FAT, directory, mini stream and the
//! workbook stream) are walked here first, and a file whose chains leave it
//! or loop is refused as damaged. The walk also tells where the workbook
//! stream's bytes lie, for `biff` to make its records safe in place.

use std::borrow::Cow;

/// What every compound file starts with (sniff tells them by it).
pub(crate) const OLE_MAGIC: &[u8] = &[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
const RESERVED_SECTORS: u32 = 0xFFFF_FFFA;
const DIFSECT: u32 = 0xFFFF_FFFC;
const ENDOFCHAIN: u32 = 0xFFFF_FFFE;
/// Streams shorter than this live in the mini stream.
const MINI_CUTOFF: usize = 4096;
const MINI_SECTOR: usize = 64;

fn u32_at(b: &[u8], at: usize) -> u32 {
    u32::from_le_bytes([b[at], b[at + 1], b[at + 2], b[at + 3]])
}

fn u32s(b: &[u8]) -> impl Iterator<Item = u32> + '_ {
    b.chunks_exact(4).map(|c| u32_at(c, 0))
}

/// The sectors after the header, whole.
struct Sectors<'a> {
    data: &'a [u8],
    size: usize,
}

impl Sectors<'_> {
    fn count(&self) -> usize {
        self.data.len() / self.size
    }

    fn get(&self, id: u32) -> Result<&[u8], String> {
        let start = (id as usize).checked_mul(self.size).filter(|&s| s < self.data.len());
        match start {
            Some(s) => Ok(&self.data[s..s + self.size]),
            None => Err(format!("sector {id} is past the end of the file")),
        }
    }

    /// The sectors of the chain from `id`, as calamine follows it: until the
    /// end-of-chain mark, or once they hold `len` bytes.
    fn chain(&self, id: u32, fat: &[u32], len: usize) -> Result<Vec<u32>, String> {
        follow(id, fat, len, self.size, self.count())
    }

    fn read(&self, ids: &[u32], len: usize) -> Vec<u8> {
        let mut out = Vec::with_capacity(len.min(ids.len() * self.size));
        for &id in ids {
            let sector = &self.data[id as usize * self.size..][..self.size];
            out.extend_from_slice(&sector[..self.size.min(len - out.len())]);
        }
        out
    }
}

/// Follows a chain of `block`-byte sectors, `count` of which exist; the
/// table links each sector to the next.
fn follow(mut id: u32, table: &[u32], len: usize, block: usize, count: usize) -> Result<Vec<u32>, String> {
    let mut ids = Vec::new();
    while id != ENDOFCHAIN {
        if id as usize >= count {
            return Err(format!("sector {id} is past the end of the file"));
        }
        ids.push(id);
        if ids.len().saturating_mul(block) >= len {
            break;
        }
        if ids.len() > count {
            return Err("sector chain loops".to_owned());
        }
        id = *table.get(id as usize).ok_or_else(|| format!("sector {id} is not in the allocation table"))?;
    }
    Ok(ids)
}

/// One 128-byte directory entry.
struct DirEntry {
    name: String,
    /// 1 a storage, 2 a stream, 5 the root.
    kind: u8,
    left: u32,
    right: u32,
    child: u32,
    start: u32,
    len: usize,
}

/// No sibling or child.
const NOSTREAM: u32 = 0xFFFF_FFFF;

/// One 128-byte directory entry: name, type, siblings and child, first sector, stream length.
fn directory_entry(entry: &[u8], large: bool) -> Result<DirEntry, String> {
    // As calamine decodes it: a byte-order mark is honoured and dropped.
    let mut name = encoding_rs::UTF_16LE.decode(&entry[..64]).0.into_owned();
    if let Some(nul) = name.find('\0') {
        name.truncate(nul);
    }
    let len = if large {
        u64::from_le_bytes(entry[120..128].try_into().unwrap_or_default())
    } else {
        u64::from(u32_at(entry, 120))
    };
    let len = usize::try_from(len).map_err(|_| format!("stream '{name}' is {len} bytes long"))?;
    Ok(DirEntry {
        kind: entry[66],
        left: u32_at(entry, 68),
        right: u32_at(entry, 72),
        child: u32_at(entry, 76),
        start: u32_at(entry, 116),
        len,
        name,
    })
}

/// Where the bytes of a stream lie in the file: `len` bytes in blocks of
/// `block` bytes (a sector, or a 64-byte mini sector) at these offsets.
pub(crate) struct Stream {
    blocks: Vec<usize>,
    block: usize,
    pub len: usize,
}

impl Stream {
    /// The file offset of the stream's byte `at`.
    pub fn offset(&self, at: usize) -> usize {
        self.blocks[at / self.block] + at % self.block
    }

    pub fn read(&self, file: &[u8]) -> Vec<u8> {
        let mut out = Vec::with_capacity(self.len);
        for &at in &self.blocks {
            let n = self.block.min(self.len - out.len());
            out.extend_from_slice(&file[at..at + n]);
        }
        out
    }
}

/// A compound file that calamine can walk safely, and where in it are the
/// workbook streams calamine may parse ("Workbook", then "Book"; empty when
/// calamine will refuse the header itself).
pub(crate) struct Checked<'a> {
    pub bytes: Cow<'a, [u8]>,
    pub streams: Vec<Stream>,
}

/// Checks the compound file in `bytes` the way calamine will walk it. The
/// bytes come back as they are, or padded with zeros to whole sectors when
/// the last sector is short (files cut mid-sector, and some writers).
pub(crate) fn checked(bytes: &[u8]) -> Result<Checked<'_>, String> {
    let (checked, walked) = walk(bytes, &["Workbook", "Book"])?;
    if walked && checked.streams.is_empty() {
        return Err("no Workbook stream".to_owned());
    }
    Ok(checked)
}

/// The bytes of the first stream called `name` (any case) in the compound
/// file `bytes`: `Ok(None)` when it is not a compound file or has no such
/// stream, an error when its chains leave the file or loop. For the OLE
/// objects embedded in Office documents ("Package", "\u{1}Ole10Native").
pub(crate) fn stream(bytes: &[u8], name: &str) -> Result<Option<Vec<u8>>, String> {
    let (checked, _) = walk(bytes, &[name])?;
    Ok(checked.streams.first().map(|s| s.read(&checked.bytes)))
}

/// A compound file whose allocation tables and directory were read and
/// checked; its streams are located on demand.
struct Compound<'a> {
    bytes: Cow<'a, [u8]>,
    size: usize,
    fat: Vec<u32>,
    minifat: Vec<u32>,
    /// The root entry's chain: the sectors of the mini stream.
    root: Vec<u32>,
    ministream_len: usize,
    entries: Vec<DirEntry>,
}

impl Compound<'_> {
    fn sectors(&self) -> Sectors<'_> {
        Sectors { data: &self.bytes[self.size..], size: self.size }
    }

    /// Where the bytes of the stream of `entry` lie, its chains checked.
    fn locate(&self, entry: &DirEntry) -> Result<Stream, String> {
        let (size, start, len) = (self.size, entry.start, entry.len);
        if len < MINI_CUTOFF {
            // Only whole mini sectors (calamine reads past the mini stream
            // from wherever the file reader stands), and only those below
            // calamine's own bound (past it, it falls back to "Book").
            let count = (self.ministream_len / MINI_SECTOR).min(self.bytes.len() / size * 8 + 1);
            let ids = follow(start, &self.minifat, len, MINI_SECTOR, count)?;
            let blocks = ids
                .iter()
                .map(|&id| {
                    let at = id as usize * MINI_SECTOR;
                    size + self.root[at / size] as usize * size + at % size
                })
                .collect();
            Ok(Stream { blocks, block: MINI_SECTOR, len: len.min(ids.len() * MINI_SECTOR) })
        } else {
            let ids = self.sectors().chain(start, &self.fat, len)?;
            let blocks = ids.iter().map(|&id| size + id as usize * size).collect();
            Ok(Stream { blocks, block: size, len: len.min(ids.len() * size) })
        }
    }
}

/// Walks the chains to the streams named `wanted`; also says whether the
/// bytes were a compound file at all (when not, nothing is walked).
fn walk<'a>(bytes: &'a [u8], wanted: &[&str]) -> Result<(Checked<'a>, bool), String> {
    let Some(file) = open(bytes)? else {
        return Ok((Checked { bytes: Cow::Borrowed(bytes), streams: Vec::new() }, false));
    };
    // calamine reads "Workbook", and "Book" (BIFF5) when that fails: both
    // are checked, and both are handed to `biff`.
    let mut streams = Vec::new();
    for &want in wanted {
        if let Some(entry) = file.entries.iter().find(|e| e.name.eq_ignore_ascii_case(want)) {
            streams.push(file.locate(entry)?);
        }
    }
    // Changes made to one stream must not reach into the other.
    if let [a, b] = &streams[..] {
        let spans = |s: &Stream| s.blocks.iter().map(|&at| at..at + s.block).collect::<Vec<_>>();
        let (a, b) = (spans(a), spans(b));
        if a.iter().any(|x| b.iter().any(|y| x.start < y.end && y.start < x.end)) {
            return Err("the Workbook and Book streams overlap".to_owned());
        }
    }
    Ok((Checked { bytes: file.bytes, streams }, true))
}

/// The names of the entries directly under the root (streams and storages),
/// or `None` when the bytes are not a compound file whose directory reads:
/// which document a file is, rather than which one it embeds (an .xls
/// embedded in a .doc keeps its "Workbook" in a storage of its own).
pub(crate) fn root_names(bytes: &[u8]) -> Option<Vec<String>> {
    let file = open(bytes).ok()??;
    let mut names = Vec::new();
    let mut seen = vec![false; file.entries.len()];
    let mut stack = vec![file.entries.first()?.child];
    while let Some(id) = stack.pop() {
        let Some(entry) = file.entries.get(id as usize) else { continue };
        if id == NOSTREAM || std::mem::replace(&mut seen[id as usize], true) {
            continue;
        }
        names.push(entry.name.clone());
        stack.extend([entry.left, entry.right]);
    }
    Some(names)
}

/// A stream's path from the root (`storage/…/name`) and its bytes.
pub(crate) type NamedStream = (String, Vec<u8>);

/// Every stream of the compound file in `bytes` with its path from the root
/// (`storage/…/name`), in directory order: `Ok(None)` when it is not a
/// compound file, an error when its chains or its directory tree leave the
/// file or loop, or its streams add up to far more than the file (streams
/// sharing sectors: a small file must not unfold into gigabytes).
pub(crate) fn streams(bytes: &[u8]) -> Result<Option<Vec<NamedStream>>, String> {
    let Some(file) = open(bytes)? else { return Ok(None) };
    let allowance = bytes.len().saturating_mul(2).saturating_add(1 << 16);
    let mut total = 0usize;
    let mut out = Vec::new();
    let mut seen = vec![false; file.entries.len()];
    // (entry, the path of its storage, nesting)
    let mut stack: Vec<(u32, String, u32)> = Vec::new();
    if let Some(root) = file.entries.first() {
        seen[0] = true;
        stack.push((root.child, String::new(), 0));
    }
    while let Some((id, parent, depth)) = stack.pop() {
        if id == NOSTREAM {
            continue;
        }
        let Some(entry) = file.entries.get(id as usize) else {
            return Err(format!("directory entry {id} is past the directory"));
        };
        if std::mem::replace(&mut seen[id as usize], true) {
            return Err("directory tree loops".to_owned());
        }
        if depth > 64 {
            return Err("storages nested deeper than 64 levels".to_owned());
        }
        stack.push((entry.right, parent.clone(), depth));
        stack.push((entry.left, parent.clone(), depth));
        let path = format!("{parent}{}", entry.name);
        match entry.kind {
            1 => stack.push((entry.child, format!("{path}/"), depth + 1)),
            2 => {
                let stream = file.locate(entry)?;
                total = total.saturating_add(stream.len);
                if total > allowance {
                    return Err("its streams add up to far more than the file (sectors shared)".to_owned());
                }
                out.push((path, stream.read(&file.bytes)));
            }
            _ => {}
        }
    }
    // Directory order, which is the order the streams were written in.
    Ok(Some(out))
}

/// Whether a compound file ends inside a sector: cut short, or written by a
/// tool that leaves the last sector short (its missing bytes read as zeros).
pub(crate) fn ends_mid_sector(bytes: &[u8]) -> bool {
    let size = match bytes.get(30..32).map(|b| u16::from_le_bytes([b[0], b[1]])) {
        Some(9) => 512,
        Some(12) => 4096,
        _ => return false,
    };
    bytes.len() >= size && (bytes.len() - size) % size != 0
}

/// Reads and checks the allocation tables and the directory; `Ok(None)`
/// when the bytes are not a compound file.
fn open(bytes: &[u8]) -> Result<Option<Compound<'_>>, String> {
    if bytes.len() < 512 || !bytes.starts_with(OLE_MAGIC) {
        return Ok(None);
    }
    let size = match u16::from_le_bytes([bytes[30], bytes[31]]) {
        9 => 512,
        12 => 4096,
        _ => return Ok(None),
    };
    if bytes.len() < size {
        return Ok(None);
    }
    let bytes: Cow<'_, [u8]> = match (bytes.len() - size) % size {
        0 => Cow::Borrowed(bytes),
        short => {
            let mut padded = bytes.to_vec();
            padded.resize(bytes.len() + size - short, 0);
            Cow::Owned(padded)
        }
    };
    let large = size == 4096;
    let header = &bytes[..512];
    let sectors = Sectors { data: &bytes[size..], size };

    // The DIFAT: 109 entries in the header, then a chain of DIFAT sectors
    // whose last entry links to the next.
    let mut difat: Vec<u32> = u32s(&header[76..512]).collect();
    let mut id = u32_at(header, 68);
    let mut steps = 0;
    while id < RESERVED_SECTORS {
        steps += 1;
        if steps > sectors.count() {
            return Err("DIFAT chain loops".to_owned());
        }
        difat.extend(u32s(sectors.get(id)?));
        id = difat.pop().unwrap_or(ENDOFCHAIN);
    }
    let fat_sectors: Vec<u32> = difat.into_iter().filter(|&id| id < DIFSECT).collect();
    if fat_sectors.len() > sectors.count() {
        return Err(format!("{} FAT sectors in a file of {} sectors", fat_sectors.len(), sectors.count()));
    }
    let mut fat = Vec::with_capacity(fat_sectors.len() * size / 4);
    for id in fat_sectors {
        fat.extend(u32s(sectors.get(id)?));
    }

    let directory = sectors.read(&sectors.chain(u32_at(header, 48), &fat, usize::MAX)?, usize::MAX);
    let entries = directory.chunks_exact(128).map(|e| directory_entry(e, large)).collect::<Result<Vec<_>, String>>()?;
    let Some((root_start, root_len)) = entries.first().map(|e| (e.start, e.len)) else {
        return Err("empty directory".to_owned());
    };

    let minifat_len = u32_at(header, 64) as usize;
    let (root, ministream_len, minifat) = if minifat_len > 0 {
        let root = sectors.chain(root_start, &fat, root_len)?;
        let ministream_len = root_len.min(root.len() * size);
        let minifat_bytes = minifat_len.checked_mul(size).ok_or("mini FAT size overflows")?;
        let minifat_ids = sectors.chain(u32_at(header, 60), &fat, minifat_bytes)?;
        let minifat: Vec<u32> = u32s(&sectors.read(&minifat_ids, minifat_bytes)).collect();
        (root, ministream_len, minifat)
    } else {
        (Vec::new(), 0, Vec::new())
    };

    Ok(Some(Compound { bytes, size, fat, minifat, root, ministream_len, entries }))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A compound file of 512-byte sectors laid out as xlwt writes them:
    /// the directory in sector 0, a 4096-byte "Workbook" stream in sectors
    /// 1..=8, the FAT last, in sector 9.
    fn small_cfb() -> Vec<u8> {
        let mut header = vec![0u8; 512];
        header[..8].copy_from_slice(OLE_MAGIC);
        header[24..26].copy_from_slice(&0x3Eu16.to_le_bytes());
        header[26..28].copy_from_slice(&3u16.to_le_bytes());
        header[28..30].copy_from_slice(&0xFFFEu16.to_le_bytes());
        header[30..32].copy_from_slice(&9u16.to_le_bytes());
        header[32..34].copy_from_slice(&6u16.to_le_bytes());
        header[44..48].copy_from_slice(&1u32.to_le_bytes());
        header[48..52].copy_from_slice(&0u32.to_le_bytes());
        header[56..60].copy_from_slice(&4096u32.to_le_bytes());
        header[60..64].copy_from_slice(&ENDOFCHAIN.to_le_bytes());
        header[68..72].copy_from_slice(&ENDOFCHAIN.to_le_bytes());
        for slot in header[76..512].chunks_exact_mut(4) {
            slot.copy_from_slice(&0xFFFF_FFFFu32.to_le_bytes());
        }
        header[76..80].copy_from_slice(&9u32.to_le_bytes());
        let mut dir = vec![0u8; 512];
        let mut entry = |i: usize, name: &str, start: u32, len: u32| {
            let e = &mut dir[i * 128..(i + 1) * 128];
            for (j, u) in name.encode_utf16().enumerate() {
                e[j * 2..j * 2 + 2].copy_from_slice(&u.to_le_bytes());
            }
            e[116..120].copy_from_slice(&start.to_le_bytes());
            e[120..124].copy_from_slice(&len.to_le_bytes());
        };
        entry(0, "Root Entry", ENDOFCHAIN, 0);
        entry(1, "Workbook", 1, 4096);
        let mut fat = vec![0xFFFF_FFFFu32; 128];
        fat[0] = ENDOFCHAIN;
        for (s, next) in fat.iter_mut().enumerate().take(8).skip(1) {
            *next = s as u32 + 1;
        }
        fat[8] = ENDOFCHAIN;
        fat[9] = 0xFFFF_FFFD;
        let mut file = header;
        file.extend(dir);
        file.extend(vec![0u8; 8 * 512]);
        file.extend(fat.iter().flat_map(|v| v.to_le_bytes()));
        file
    }

    /// Scans `file` as a whole and tells whether it was reported damaged.
    fn refused_as_damaged(file: &[u8]) -> bool {
        let report = crate::scan_bytes("f.xls", file, &crate::ScanOptions::default());
        report.format == crate::Format::Xls && report.problems.iter().any(|p| p.kind == crate::ProblemKind::Corrupt)
    }

    #[test]
    fn accepts_a_sound_file() {
        let file = small_cfb();
        let checked_file = checked(&file).unwrap();
        assert!(matches!(checked_file.bytes, Cow::Borrowed(_)));
        let workbook = &checked_file.streams[0];
        assert_eq!((workbook.len, workbook.offset(0), workbook.offset(4095)), (4096, 1024, 1024 + 4095));
        let roster = include_bytes!("../../tests/fixtures/roster.xls");
        assert_eq!(checked(roster).unwrap().streams.len(), 1);
    }

    #[test]
    fn stream_name_with_a_byte_order_mark_is_found() {
        // Fuzzing found calamine reading "\u{FEFF}Workbook" as "Workbook"
        // (it decodes names with BOM sniffing) while this check did not, so
        // the stream reached calamine unchecked.
        let mut file = small_cfb();
        let name_at = 512 + 128;
        let name: Vec<u8> = "\u{FEFF}Workbook".encode_utf16().flat_map(u16::to_le_bytes).collect();
        file[name_at..name_at + name.len()].copy_from_slice(&name);
        assert_eq!(checked(&file).unwrap().streams.len(), 1);
    }

    #[test]
    fn truncated_xls_is_refused_not_a_panic() {
        // Fuzzing found calamine slicing past the end of a cut file.
        let file = small_cfb();
        // The FAT (sector 9) is cut off; calamine sliced data[4608..4188].
        let cut = &file[..4700];
        assert!(checked(cut).err().unwrap().contains("past the end"));
        assert!(refused_as_damaged(cut));
    }

    #[test]
    fn short_last_sector_is_padded() {
        // calamine asserted that the (short) FAT sector was whole u32s.
        let mut file = small_cfb();
        file.truncate(file.len() - 101);
        let padded = checked(&file).unwrap().bytes;
        assert_eq!((padded.len() - 512) % 512, 0);
        let report = crate::scan_bytes("short.xls", &file, &crate::ScanOptions::default());
        assert_eq!(report.format, crate::Format::Xls);
    }

    #[test]
    fn looping_chain_is_refused() {
        let mut file = small_cfb();
        // The FAT entry of sector 8 points back to sector 1.
        let at = 512 + 9 * 512 + 8 * 4;
        file[at..at + 4].copy_from_slice(&1u32.to_le_bytes());
        // The stream claims to be longer than the file, so only the loop ends it.
        let dir_len = 512 + 128 + 120;
        file[dir_len..dir_len + 4].copy_from_slice(&u32::MAX.to_le_bytes());
        assert!(checked(&file).err().unwrap().contains("loops"));
    }

    #[test]
    fn chain_outside_the_fat_is_refused() {
        let mut file = small_cfb();
        // Only one FAT sector (128 entries): the directory starts at sector 200.
        file[48..52].copy_from_slice(&200u32.to_le_bytes());
        file.extend(vec![0u8; 200 * 512]);
        assert!(checked(&file).err().unwrap().contains("not in the allocation table"));
        assert!(refused_as_damaged(&file));
    }
}

//! Writes the small zip packages handed to calamine after a pre-check has
//! repaired or bounded a part (an .ods whose content.xml is cut short, an
//! .xlsb whose workbook lost its defined names): members are stored
//! uncompressed or copied as they were, still compressed.
//!
//! Not zip's `ZipWriter`: it links a deflate compressor and zopfli (~60 kB
//! of wasm, 25 kB gzipped) that presend never uses, into the module every
//! browser check downloads first (issue 4's size budget).

use std::io::{Read, Seek};

use zip::read::ZipFile;
use zip::result::{ZipError, ZipResult};

/// A member or a package too large for a zip without zip64 extensions
/// (presend's own budgets keep every real case far below it).
fn too_large() -> ZipError {
    ZipError::UnsupportedArchive("package too large to rewrite")
}

/// What the local and central headers of a member say about it.
pub(crate) struct Member<'a> {
    pub name: &'a [u8],
    /// 0 stored, 8 deflated, ...: as the member was written.
    pub method: u16,
    pub crc32: u32,
    /// The member's bytes as they are in the package (compressed or not).
    pub data: &'a [u8],
    /// Its size once inflated.
    pub size: u64,
}

#[derive(Default)]
pub(crate) struct PackageWriter {
    out: Vec<u8>,
    central: Vec<u8>,
    count: usize,
}

impl PackageWriter {
    pub fn with_capacity(bytes: usize) -> PackageWriter {
        PackageWriter { out: Vec::with_capacity(bytes), ..PackageWriter::default() }
    }

    /// Adds `data` uncompressed.
    pub fn stored(&mut self, name: &str, data: &[u8]) -> ZipResult<()> {
        self.member(&Member {
            name: name.as_bytes(),
            method: 0,
            crc32: crc32fast::hash(data),
            data,
            size: data.len() as u64,
        })
    }

    /// Adds a member as it was in another package (not inflated again).
    pub fn member(&mut self, m: &Member<'_>) -> ZipResult<()> {
        let small = |n: u64| u32::try_from(n).map_err(|_| too_large());
        let (compressed, size, offset) = (small(m.data.len() as u64)?, small(m.size)?, small(self.out.len() as u64)?);
        let name_len = u16::try_from(m.name.len()).map_err(|_| too_large())?;
        if self.count >= usize::from(u16::MAX) {
            return Err(too_large());
        }
        // Flag 0x0800: the name is UTF-8. Time 0 and date 1980-01-01.
        let common = |v: &mut Vec<u8>| {
            v.extend_from_slice(&20u16.to_le_bytes()); // version needed
            v.extend_from_slice(&0x0800u16.to_le_bytes());
            v.extend_from_slice(&m.method.to_le_bytes());
            v.extend_from_slice(&0u16.to_le_bytes());
            v.extend_from_slice(&0x21u16.to_le_bytes());
            v.extend_from_slice(&m.crc32.to_le_bytes());
            v.extend_from_slice(&compressed.to_le_bytes());
            v.extend_from_slice(&size.to_le_bytes());
            v.extend_from_slice(&name_len.to_le_bytes());
            v.extend_from_slice(&0u16.to_le_bytes()); // extra field length
        };
        self.out.extend_from_slice(&0x0403_4b50u32.to_le_bytes());
        common(&mut self.out);
        self.out.extend_from_slice(m.name);
        self.out.extend_from_slice(m.data);

        self.central.extend_from_slice(&0x0201_4b50u32.to_le_bytes());
        self.central.extend_from_slice(&20u16.to_le_bytes()); // version made by
        common(&mut self.central);
        self.central.extend_from_slice(&[0; 6]); // comment length, disk number, internal attributes
        self.central.extend_from_slice(&0u32.to_le_bytes()); // external attributes
        self.central.extend_from_slice(&offset.to_le_bytes());
        self.central.extend_from_slice(m.name);
        self.count += 1;
        Ok(())
    }

    /// Copies a member of another package as it is there: `member` comes
    /// from `by_index_raw` or `by_name_raw`, so its bytes are read compressed.
    pub fn copy<R: Read + Seek>(&mut self, mut member: ZipFile<'_, R>) -> ZipResult<()> {
        let mut data = Vec::with_capacity(usize::try_from(member.compressed_size()).unwrap_or(0).min(1 << 26));
        member.read_to_end(&mut data)?;
        #[allow(deprecated)] // the number the headers carry, whatever the method
        let method = member.compression().to_u16();
        self.member(&Member {
            name: member.name_raw(),
            method,
            crc32: member.crc32(),
            data: &data,
            size: member.size(),
        })
    }

    pub fn finish(mut self) -> ZipResult<Vec<u8>> {
        let offset = u32::try_from(self.out.len()).map_err(|_| too_large())?;
        let size = u32::try_from(self.central.len()).map_err(|_| too_large())?;
        let count = u16::try_from(self.count).map_err(|_| too_large())?;
        self.out.append(&mut self.central);
        self.out.extend_from_slice(&0x0605_4b50u32.to_le_bytes());
        self.out.extend_from_slice(&[0; 4]); // this disk, the central directory's disk
        self.out.extend_from_slice(&count.to_le_bytes());
        self.out.extend_from_slice(&count.to_le_bytes());
        self.out.extend_from_slice(&size.to_le_bytes());
        self.out.extend_from_slice(&offset.to_le_bytes());
        self.out.extend_from_slice(&0u16.to_le_bytes()); // comment length
        Ok(self.out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::{Cursor, Read};

    #[test]
    fn zip_reads_back_stored_and_copied_members() {
        // A deflated member from a package zip wrote, copied raw.
        let source = {
            let mut w = zip::ZipWriter::new(Cursor::new(Vec::new()));
            w.start_file("xl/sheet.xml", zip::write::SimpleFileOptions::default()).expect("start");
            std::io::Write::write_all(&mut w, "<sheet>山田太郎</sheet>".repeat(50).as_bytes()).expect("write");
            w.finish().expect("finish").into_inner()
        };
        let mut archive = zip::ZipArchive::new(Cursor::new(&source[..])).expect("source");
        let mut w = PackageWriter::with_capacity(1024);
        w.copy(archive.by_index_raw(0).expect("raw")).expect("copied");
        w.stored("content.xml", "<office>佐藤</office>".as_bytes()).expect("stored");
        let package = w.finish().expect("package");

        let mut back = zip::ZipArchive::new(Cursor::new(&package[..])).expect("a zip");
        let mut text = String::new();
        back.by_name("xl/sheet.xml").expect("copied member").read_to_string(&mut text).expect("inflates, CRC checks");
        assert_eq!(text, "<sheet>山田太郎</sheet>".repeat(50));
        text.clear();
        back.by_name("content.xml").expect("stored member").read_to_string(&mut text).expect("reads");
        assert_eq!(text, "<office>佐藤</office>");
    }
}

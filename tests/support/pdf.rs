//! PDFs as older Japanese tools write them, for the samples, benches and
//! tests: the viewer's own Japanese font (HeiseiKakuGo-W5, not embedded)
//! with the predefined CMap UniJIS-UCS2-H, so the text is UTF-16 and any PDF
//! viewer shows it; and a scanned page that is only an image.
#![allow(dead_code)]

use lopdf::{dictionary, Document, Object, ObjectId, Stream};

/// Lines drawn per A4 landscape page.
pub const LINES_PER_PAGE: usize = 45;

/// The page tree of `kids` under `pages_id`, a catalog, and the saved file.
pub fn finish(mut doc: Document, pages_id: ObjectId, kids: Vec<Object>) -> Vec<u8> {
    let count = kids.len() as i64;
    doc.objects
        .insert(pages_id, Object::Dictionary(dictionary! { "Type" => "Pages", "Kids" => kids, "Count" => count }));
    let catalog = doc.add_object(dictionary! { "Type" => "Catalog", "Pages" => pages_id });
    doc.trailer.set("Root", catalog);
    let mut out = Vec::new();
    doc.save_to(&mut out).expect("a PDF in memory");
    out
}

fn utf16(s: &str) -> String {
    s.encode_utf16().map(|u| format!("{u:04X}")).collect()
}

/// A title, lines of text, then a table (first row its header) in columns,
/// over as many pages as it takes.
pub fn ucs2(title: &str, lines: &[String], table: &[Vec<String>]) -> Vec<u8> {
    let mut doc = Document::with_version("1.4");
    let pages_id = doc.new_object_id();
    let descendant = doc.add_object(dictionary! {
        "Type" => "Font", "Subtype" => "CIDFontType0", "BaseFont" => "HeiseiKakuGo-W5",
        "CIDSystemInfo" => dictionary! { "Registry" => Object::string_literal("Adobe"), "Ordering" => Object::string_literal("Japan1"), "Supplement" => 2 },
        "FontDescriptor" => dictionary! {
            "Type" => "FontDescriptor", "FontName" => "HeiseiKakuGo-W5", "Flags" => 4,
            "FontBBox" => vec![(-92).into(), (-250).into(), 1010.into(), 922.into()],
            "ItalicAngle" => 0, "Ascent" => 752, "Descent" => -271, "CapHeight" => 737, "StemV" => 114,
        },
        "DW" => 1000, "W" => vec![1.into(), 95.into(), 500.into()],
    });
    let font = doc.add_object(dictionary! {
        "Type" => "Font", "Subtype" => "Type0", "BaseFont" => "HeiseiKakuGo-W5-UniJIS-UCS2-H",
        "Encoding" => "UniJIS-UCS2-H", "DescendantFonts" => vec![descendant.into()],
    });
    let resources = doc.add_object(dictionary! { "Font" => dictionary! { "F1" => font } });
    let widths: Vec<f32> = (0..table.first().map_or(0, Vec::len))
        .map(|c| {
            let width = |s: &str| s.chars().map(|ch| if ch.is_ascii() { 0.5 } else { 1.0 }).sum::<f32>();
            table.iter().map(|r| r.get(c).map_or(0.0, |s| width(s))).fold(0.0, f32::max)
        })
        .collect();
    let mut items: Vec<Vec<String>> = vec![vec![title.to_owned()]];
    items.extend(lines.iter().map(|l| vec![l.clone()]));
    items.extend(table.iter().cloned());
    let size = 8.0f32;
    let mut kids = Vec::new();
    for chunk in items.chunks(LINES_PER_PAGE) {
        let mut ops = String::new();
        for (i, item) in chunk.iter().enumerate() {
            let y = 560.0 - i as f32 * size * 1.5;
            let mut x = 36.0f32;
            for (c, cell) in item.iter().enumerate() {
                ops.push_str(&format!("BT /F1 {size} Tf 1 0 0 1 {x} {y} Tm <{}> Tj ET\n", utf16(cell)));
                x += (widths.get(c).copied().unwrap_or(0.0) + 2.0) * size;
            }
        }
        let mut stream = Stream::new(dictionary! {}, ops.into_bytes());
        let _ = stream.compress();
        let content = doc.add_object(stream);
        kids.push(
            doc.add_object(dictionary! {
                "Type" => "Page", "Parent" => pages_id, "MediaBox" => vec![0.into(), 0.into(), 842.into(), 595.into()],
                "Contents" => content, "Resources" => resources,
            })
            .into(),
        );
    }
    finish(doc, pages_id, kids)
}

/// One page that is only a grey image of lines: what a scanner makes.
pub fn scan() -> Vec<u8> {
    let mut doc = Document::with_version("1.4");
    let pages_id = doc.new_object_id();
    let (w, h) = (200usize, 280usize);
    let pixels: Vec<u8> =
        (0..w * h).map(|i| if (i / w) % 14 < 2 && i % w > 20 && i % w < 180 { 40 } else { 250 }).collect();
    let mut image = Stream::new(
        dictionary! {
            "Type" => "XObject", "Subtype" => "Image", "Width" => w as i64, "Height" => h as i64,
            "ColorSpace" => "DeviceGray", "BitsPerComponent" => 8,
        },
        pixels,
    );
    let _ = image.compress();
    let image = doc.add_object(image);
    let content = doc.add_object(Stream::new(dictionary! {}, b"q 515 0 0 728 40 57 cm /Im1 Do Q".to_vec()));
    let page = doc.add_object(dictionary! {
        "Type" => "Page", "Parent" => pages_id, "MediaBox" => vec![0.into(), 0.into(), 595.into(), 842.into()],
        "Contents" => content, "Resources" => dictionary! { "XObject" => dictionary! { "Im1" => image } },
    });
    finish(doc, pages_id, vec![page.into()])
}

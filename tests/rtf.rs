//! Rich Text Format: `.rtf` written by LibreOffice from a roster page and
//! from a Word document, RTF as Word, WordPad and Outlook write it by hand
//! (Shift_JIS `\'xx`, `\uN` with `\ucN`, encapsulated HTML, destinations
//! in destinations), and Outlook `.msg` files whose body is only compressed
//! RTF. Read as a `.doc` is (text, and tables with a 氏名 column); every
//! damaged shape reported, never a panic, never passed in silence.
//! LibreOffice comes from scripts/setup-pdf.sh (make test runs it).

mod support;

use std::path::{Path, PathBuf};

use presend::{scan_bytes, FileReport, Format, Kind, ProblemKind, ScanOptions};
use support::mail::{self, Msg, Prop};
use support::{files, people};

fn scan(name: &str, bytes: &[u8]) -> FileReport {
    scan_bytes(name, bytes, &ScanOptions::default())
}

fn count(report: &FileReport, kind: Kind) -> u32 {
    report.summary.iter().find(|k| k.kind == kind).map_or(0, |k| k.count)
}

fn in_table(report: &FileReport, kind: Kind) -> Vec<&presend::Finding> {
    report.findings.iter().filter(|f| f.kind == kind && f.location.table == Some(1)).collect()
}

/// LibreOffice's "Rich Text Format" export of each file in `dir`.
fn to_rtf(dir: &Path, sources: &[&str]) {
    let inputs: Vec<_> = sources.iter().map(|s| dir.join(s)).collect();
    files::libreoffice_convert(dir, "rtf:Rich Text Format", &inputs);
}

/// The roster page (30 people in a 氏名/電話番号/住所 table) and a Word
/// document with a My Number, both as LibreOffice writes them in RTF.
fn libreoffice_rtfs() -> (Vec<u8>, Vec<u8>) {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("target/rtf");
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("dir");
    let mut html = String::from(
        "<html><head><meta charset=utf-8></head><body><p>職員名簿(12月1日現在)</p>\
         <p>担当の鈴木一郎です。</p>\
         <table border=1><tr><td>氏名</td><td>電話番号</td><td>住所</td></tr>",
    );
    let names = people::SURNAMES.iter().zip(people::GIVEN_FEMALE.iter().chain(people::GIVEN_MALE).cycle()).take(30);
    for (i, ((surname, _), (given, _))) in names.enumerate() {
        html.push_str(&format!(
            "<tr><td>{surname} {given}</td><td>090-2222-{i:04}</td><td>大阪府大阪市北区梅田{}-1-1</td></tr>",
            i + 1
        ));
    }
    html.push_str("</table><p>以上</p></body></html>");
    std::fs::write(dir.join("roster.html"), html).expect("html");
    let docx = files::docx(&[
        "扶養控除等申告書の件",
        "総務部長のマイナンバーは 1234 5678 9018 です。",
        "連絡先は 03-1234-5678(代表)までお願いします。",
    ]);
    std::fs::write(dir.join("memo.docx"), docx).expect("docx");
    to_rtf(&dir, &["roster.html", "memo.docx"]);
    let read = |name: &str| std::fs::read(dir.join(name)).expect("converted .rtf");
    (read("roster.rtf"), read("memo.rtf"))
}

#[test]
fn rtf_written_by_libreoffice_is_read_with_its_text_and_its_table() {
    let (roster, memo) = libreoffice_rtfs();
    assert!(roster.starts_with(b"{\\rtf1"), "LibreOffice wrote RTF");
    let r = scan("名簿.rtf", &roster);
    assert_eq!(r.format, Format::Rtf);
    assert!(r.problems.is_empty(), "{:?}", r.problems);
    // The table: 30 people by name, phone and address, under their header.
    let names = in_table(&r, Kind::PersonName);
    assert_eq!(names.len(), 30, "{:#?}", r.findings.iter().map(|f| (&f.kind, &f.location)).collect::<Vec<_>>());
    assert!(names.iter().all(|f| f.location.column == Some(1)));
    let phones = in_table(&r, Kind::Phone);
    assert_eq!(phones.len(), 30);
    assert!(phones.iter().all(|f| f.location.column == Some(2)), "{phones:#?}");
    assert!(count(&r, Kind::Address) >= 30, "{:?}", r.summary);
    assert!(r.records >= 30, "people counted: {}", r.records);

    let r = scan("申告書.rtf", &memo);
    assert_eq!(r.format, Format::Rtf);
    assert!(r.problems.is_empty(), "{:?}", r.problems);
    let my_numbers: Vec<_> = r.findings.iter().filter(|f| f.kind == Kind::MyNumber).collect();
    assert_eq!(my_numbers.len(), 1, "{:#?}", r.findings);
    assert!(my_numbers[0].location.line.is_some());
    assert_eq!(count(&r, Kind::Phone), 1, "{:?}", r.findings);
}

/// `text` as Word writes it with `\ansicpg932`: Shift_JIS bytes as `\'xx`,
/// a second byte that is a printable character left as it is.
fn word_sjis(text: &str) -> String {
    let (bytes, _, _) = encoding_rs::SHIFT_JIS.encode(text);
    let mut out = String::new();
    let mut trail = false;
    for &b in bytes.iter() {
        match b {
            b'\\' | b'{' | b'}' => out.push_str(&format!("\\{}", b as char)),
            0x20..=0x7E if trail || b < 0x80 => out.push(b as char),
            _ => out.push_str(&format!("\\'{b:02x}")),
        }
        trail = !trail && matches!(b, 0x81..=0x9F | 0xE0..=0xFC);
    }
    out
}

/// A Word-style RTF document: font table, styles, info, a header and a
/// field, the body in Shift_JIS escapes and in `\u` escapes.
fn word_document(body: &str) -> String {
    format!(
        "{{\\rtf1\\adeflang1025\\ansi\\ansicpg932\\uc2\\adeff31507\\deff0\\stshfdbch31505\\deflang1033\\deflangfe1041\
         {{\\fonttbl{{\\f0\\fbidi \\froman\\fcharset0\\fprq2{{\\*\\panose 02020603050405020304}}Times New Roman;}}\
         {{\\f13\\fbidi \\fnil\\fcharset128\\fprq2{{\\*\\panose 02020609040205080304}}{}{{\\*\\falt MS Mincho}};}}}}\
         {{\\colortbl;\\red0\\green0\\blue0;}}{{\\*\\defchp \\f31506\\fs21\\kerning2}}\
         {{\\stylesheet{{\\ql \\li0\\ri0\\widctlpar\\wrapdefault\\f13 \\snext0 Normal;}}}}\
         {{\\*\\rsidtbl \\rsid1}}{{\\info{{\\title {}}}{{\\author {}}}{{\\operator yamada}}{{\\creatim\\yr2026\\mo12\\dy1}}}}\
         {{\\*\\xmlnstbl {{\\xmlns1 http://schemas.microsoft.com/office/word/2003/wordml}}}}\
         \\paperw11906\\paperh16838\\sectd {{\\header \\pard\\plain {}\\par}}\
         {{\\*\\themedata 504b030414000600080000002100e9de0fbfff0000001c020000130000005b436f6e74656e745f54797065735d2e786d6c}}\
         {{\\*\\datastore 0105000002000000180000004d73786d6c322e534158584d4c5265616465722e362e30}}\
         \\pard\\plain \\ltrpar\\ql \\f13\\fs21 {body}\
         {{\\field{{\\*\\fldinst {{ HYPERLINK \"mailto:x@example.jp\" }}}}{{\\fldrslt {{{}}}}}}}\\par\
         {{\\*\\shpinst{{\\sp{{\\sn fillColor}}{{\\sv 090-9999-9999}}}}}}\
         {{\\pict\\wmetafile8\\picw100\\pich100 0100090000033000000000000500000000000000}}}}",
        word_sjis("ＭＳ 明朝"),
        word_sjis("名簿"),
        word_sjis("山田 太郎"),
        word_sjis("社外秘"),
        word_sjis("メールはこちら"),
    )
}

#[test]
fn hand_written_rtf_in_shift_jis_and_unicode_escapes_is_read_and_its_non_text_skipped() {
    // 表 (95 5C), ソ (83 5C) and 能 (94 5C) end in a backslash byte.
    let body = format!(
        "{}\\par \\uc1\\u20304?\\u34276?\\u-32079?\\u23376?\\u12373?\\u12435?\\u12398?\\u38651?\\u35441? 080-3333-4444\\par {}\\par",
        word_sjis("担当 山田 090-1234-5678 表 ソフト 能力"),
        word_sjis("個人番号 123456789018"),
    );
    let rtf = word_document(&body);
    assert!(rtf.is_ascii());
    let r = scan("word.rtf", rtf.as_bytes());
    assert_eq!(r.format, Format::Rtf);
    assert!(r.problems.is_empty(), "{:?}", r.problems);
    let phones: Vec<&str> = r.findings.iter().filter(|f| f.kind == Kind::Phone).map(|f| f.masked.as_str()).collect();
    // The body's two phones; not the one in the shape's properties.
    assert_eq!(phones.len(), 2, "{:#?}", r.findings);
    assert_eq!(count(&r, Kind::MyNumber), 1, "{:?}", r.findings);
    // 佐藤花子 (\u-32079 is 花), read from Unicode escapes with their fallbacks skipped.
    assert!(r.findings.iter().any(|f| f.kind == Kind::PersonName && f.masked.starts_with('佐')), "{:#?}", r.findings);
    // The name whole, its fallback characters skipped.
    let raw = scan_bytes("word.rtf", rtf.as_bytes(), &ScanOptions { include_raw: true, ..Default::default() });
    let values: Vec<&str> = raw.findings.iter().filter_map(|f| f.raw.as_deref()).collect();
    assert!(values.contains(&"佐藤花子"), "{values:?}");
    // The author's account name and the theme, fonts and pictures are not text.
    assert!(!r.findings.iter().any(|f| f.kind == Kind::Phone && f.masked.ends_with("9999")));
    // The same file in a zip is sniffed and read as what it is.
    let zipped = files::zip(&[("資料/memo.rtf", rtf.as_bytes())]);
    let r = scan("資料.zip", &zipped);
    let in_member = r.findings.iter().filter(|f| f.location.entry.as_deref() == Some("資料/memo.rtf"));
    assert_eq!(in_member.filter(|f| f.kind == Kind::Phone).count(), 2, "{:#?}", r.findings);
}

#[test]
fn outlooks_encapsulated_html_is_read_once() {
    let p = |text: &str| {
        format!(
            "{{\\*\\htmltag64 <p>}}\\htmlrtf {{\\htmlrtf0 {}}}\\htmlrtf\\par\\htmlrtf0 {{\\*\\htmltag72 </p>}}",
            word_sjis(text)
        )
    };
    let rtf = format!(
        "{{\\rtf1\\ansi\\ansicpg932\\fromhtml1 \\fbidis \\deff0{{\\fonttbl{{\\f0\\fswiss\\fcharset128 MS PGothic;}}}}\
         {{\\colortbl\\red0\\green0\\blue0;}}\\uc1\\pard\\plain\\deftab360 \\f0\\fs24 \
         {{\\*\\htmltag19 <html>}}{{\\*\\htmltag34 <head>}}{{\\*\\htmltag161 <style>}}{{\\*\\htmltag241 p \\{{margin:0\\}}}}\
         {{\\*\\htmltag169 </style>}}{{\\*\\htmltag41 </head>}}{{\\*\\htmltag50 <body>}}\\htmlrtf \\lang1041 \\htmlrtf0 {}{}\
         {{\\*\\htmltag84 <img src=\"cid:image001.png\">}}{{\\*\\mhtmltag84 <img src=\"cid:image001.png\">}}\
         {{\\*\\htmltag58 </body>}}{{\\*\\htmltag27 </html>}}}}",
        p("佐藤様"),
        p("山田太郎さんの携帯は 090-8765-4321 です。"),
    );
    let r = scan("body.rtf", rtf.as_bytes());
    assert!(r.problems.is_empty(), "{:?}", r.problems);
    assert_eq!(count(&r, Kind::Phone), 1, "once, not twice: {:#?}", r.findings);
}

#[test]
fn an_rtf_with_no_personal_data_reports_none() {
    let rtf = word_document(&word_sjis("来週の会議は第二会議室で行います。資料は前日までに共有します。"));
    let rtf = rtf.replace(&word_sjis("山田 太郎"), "").replace(&word_sjis("メールはこちら"), "");
    let r = scan("notice.rtf", rtf.as_bytes());
    assert_eq!(r.format, Format::Rtf);
    assert!(r.problems.is_empty(), "{:?}", r.problems);
    assert!(r.findings.is_empty(), "{:#?}", r.findings);
}

#[test]
fn damaged_rtf_is_reported_not_passed() {
    let whole = word_document(&word_sjis("担当 山田 090-1234-5678"));
    // Cut short: the groups left open are said, the text before read.
    let r = scan("cut.rtf", &whole.as_bytes()[..whole.len() - 40]);
    assert!(r.problems.iter().any(|p| p.kind == ProblemKind::Truncated), "{:?}", r.problems);
    assert_eq!(count(&r, Kind::Phone), 1);
    // A closing brace too many.
    let r = scan("extra.rtf", format!("{whole}}}{}", word_sjis("電話 080-1111-2222")).as_bytes());
    assert!(r.problems.iter().any(|p| p.kind == ProblemKind::Corrupt), "{:?}", r.problems);
    assert_eq!(count(&r, Kind::Phone), 2, "the text after it is read too");
    // 100,000 groups deep: no stack overflow, the text read, the depth said.
    let deep = format!("{{\\rtf1\\ansi {}担当 山田 090-1234-5678{}}}", "{".repeat(100_000), "}".repeat(100_000));
    let r = scan("deep.rtf", deep.as_bytes());
    assert!(r.problems.iter().any(|p| p.kind == ProblemKind::OverLimit), "{:?}", r.problems);
    assert_eq!(count(&r, Kind::Phone), 1);
    // Binary data that claims more bytes than there are.
    let r = scan("bin.rtf", b"{\\rtf1 {\\pict\\bin2000000000 abc}}");
    assert!(r.problems.iter().any(|p| p.kind == ProblemKind::Truncated), "{:?}", r.problems);
}

/// An Outlook message whose body is only compressed RTF (as a rich-text
/// mail is kept), a subject and no plain or HTML body.
fn rtf_message(compressed: &[u8]) -> Vec<u8> {
    mail::msg(&Msg {
        props: vec![Prop::Text(0x0037, "名簿の件"), Prop::Binary(0x1009, compressed), Prop::Long(0x3FFD, 932)],
        recipients: vec![],
        attachments: vec![],
    })
}

/// A body as Outlook's rich-text editor writes it, with a table.
fn outlook_rtf_body() -> String {
    format!(
        "{{\\rtf1\\ansi\\ansicpg932\\deff0\\deflang1033\\deflangfe1041{{\\fonttbl{{\\f0\\fswiss\\fprq2\\fcharset128 {};}}}}\r\n\
         {{\\*\\generator Riched20 12.0.6606.1000;}}\\viewkind4\\uc1\\pard\\f0\\fs20 {}\\par\r\n\
         \\trowd\\cellx3000\\cellx6000\\pard\\intbl {}\\cell {}\\cell\\row\r\n\
         \\trowd\\cellx3000\\cellx6000\\pard\\intbl {}\\cell 090-1234-5678\\cell\\row\r\n\
         \\trowd\\cellx3000\\cellx6000\\pard\\intbl {}\\cell 080-2222-3333\\cell\\row\r\n\
         \\pard {}\\par\r\n}}\r\n\0",
        word_sjis("ＭＳ Ｐゴシック"),
        word_sjis("佐藤様 名簿をお送りします。"),
        word_sjis("氏名"),
        word_sjis("電話番号"),
        word_sjis("山田 太郎"),
        word_sjis("鈴木 一郎"),
        word_sjis("田中さんのマイナンバーは 1234 5678 9018 です。"),
    )
}

#[test]
fn an_outlook_msg_whose_body_is_only_compressed_rtf_is_read() {
    let body = outlook_rtf_body();
    for (form, compressed) in [("LZFu", mail::lzfu(body.as_bytes())), ("MELA", mail::mela(body.as_bytes()))] {
        if form == "LZFu" {
            assert!(compressed.len() < body.len(), "references were used");
        }
        let r = scan("rtf.msg", &rtf_message(&compressed));
        assert_eq!(r.format, Format::Msg);
        assert!(r.problems.is_empty(), "{form}: {:?}", r.problems);
        assert_eq!(count(&r, Kind::MyNumber), 1, "{form}: {:#?}", r.findings);
        // The table of the body: names under 氏名, phones under 電話番号.
        assert_eq!(in_table(&r, Kind::PersonName).len(), 2, "{form}: {:#?}", r.findings);
        assert_eq!(in_table(&r, Kind::Phone).len(), 2, "{form}");
    }
}

#[test]
fn a_damaged_compressed_rtf_body_is_reported_not_passed() {
    let body = outlook_rtf_body();
    let whole = mail::lzfu(body.as_bytes());
    let problems = |compressed: &[u8]| scan("rtf.msg", &rtf_message(compressed)).problems;
    // Cut short.
    let p = problems(&whole[..whole.len() / 2]);
    assert!(p.iter().any(|p| p.kind == ProblemKind::Truncated && p.detail.contains("RTF")), "{p:?}");
    // A wrong CRC: damaged, and what decompresses still read.
    let mut bad = whole.clone();
    bad[12] ^= 0x55;
    let r = scan("rtf.msg", &rtf_message(&bad));
    assert!(r.problems.iter().any(|p| p.kind == ProblemKind::Corrupt && p.detail.contains("CRC")), "{:?}", r.problems);
    assert_eq!(count(&r, Kind::MyNumber), 1);
    // A declared size of 4 GB: not allocated, said.
    let mut huge = whole.clone();
    huge[4..8].copy_from_slice(&u32::MAX.to_le_bytes());
    let options = ScanOptions {
        limits: presend::Limits { max_decompressed_bytes: 1 << 20, ..Default::default() },
        ..Default::default()
    };
    let r = scan_bytes("rtf.msg", &rtf_message(&huge), &options);
    assert!(r.problems.iter().any(|p| p.kind == ProblemKind::OverLimit), "{:?}", r.problems);
    // Neither LZFu nor MELA, and a header alone.
    let mut unknown = whole.clone();
    unknown[8..12].copy_from_slice(b"ZZZZ");
    assert!(problems(&unknown).iter().any(|p| p.kind == ProblemKind::Corrupt), "{:?}", problems(&unknown));
    assert!(problems(&whole[..8]).iter().any(|p| p.kind == ProblemKind::Truncated));
    // Decompressed whole, but the RTF in it is cut short.
    let cut = mail::lzfu(&body.as_bytes()[..body.len() / 2]);
    assert!(problems(&cut).iter().any(|p| p.kind == ProblemKind::Truncated && p.detail.contains("RTF body")));
}

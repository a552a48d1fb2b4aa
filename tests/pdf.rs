//! PDF attachments, made by real producers the way offices make them, read
//! with the same findings as the same content in xlsx and text:
//! - Chromium's print to PDF (embedded subset fonts with ToUnicode),
//! - reportlab (non-embedded HeiseiKakuGo-W5 with the predefined CMap
//!   UniJIS-UCS2-H and no ToUnicode: older Japanese tools),
//! - fpdf2 (embedded IPA Gothic as Type0/Identity-H with ToUnicode: Word-like),
//! - a CID font with Identity-H and *no* ToUnicode, written here with lopdf
//!   (only the Adobe-Japan1 table can read it), horizontal and vertical.
//!
//! `quality_per_producer` writes recall and precision per kind against the
//! xlsx/text baseline to `target/pdf-quality.md` and fails when any producer
//! is more than 0.02 below it. The other tests are the bad and odd PDFs: a
//! scan, passwords (owner-only RC4/AES is read, a user password is said), a
//! filled form, attached files, a deflate bomb, a broken xref, a page tree
//! that loops, a truncated file.
//!
//! The producers are installed by scripts/setup-pdf.sh (a venv in
//! target/pdf-venv) and scripts/setup-web.sh (Chromium, the IPA font);
//! `make test` runs both first.

mod support;

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use lopdf::{dictionary, Document, Object, Stream, StringFormat};
use presend::{scan_bytes, FileReport, Kind, Limits, ProblemKind, ScanOptions};
use support::files::{self, Cell, Sheet};
use support::pdf;
use support::people::*;

const SEED: u64 = 0x5044_4650_4446_0001;

/// One document: prose lines, then a table whose first row is its header.
struct Doc {
    title: String,
    lines: Vec<String>,
    table: Vec<Vec<String>>,
}

fn roster_and_letter(rows: usize) -> Doc {
    let mut rng = Rng::new(SEED);
    let mut table = vec![[
        "社員番号",
        "氏名",
        "フリガナ",
        "生年月日",
        "性別",
        "携帯電話",
        "メールアドレス",
        "郵便番号",
        "住所",
        "個人番号",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect::<Vec<_>>()];
    for _ in 0..rows {
        let p = Person::gen(&mut rng);
        table.push(vec![
            employee_id(&mut rng),
            format!("{} {}", p.surname, p.given),
            format!("{} {}", p.surname_kana, p.given_kana),
            format!("{}/{:02}/{:02}", p.birth.0, p.birth.1, p.birth.2),
            p.sex().to_owned(),
            p.mobile.hyphen(),
            p.email.clone(),
            p.home.postal_hyphen(),
            p.home.full(),
            my_number(&mut rng),
        ]);
    }
    let a = Person::gen(&mut rng);
    let b = Person::gen(&mut rng);
    let lines = vec![
        format!("{}様", a.full()),
        "いつもお世話になっております。ご依頼の件、下記のとおりご連絡いたします。".to_owned(),
        format!("ご住所：{}", a.home.full()),
        format!("お電話：{}", a.landline.hyphen()),
        format!("マイナンバー：{}", my_number(&mut rng)),
        format!("クレジットカード番号：{}", random_card(&mut rng)),
        format!("担当：{}（{}）", b.full(), b.email),
        "会議は12月3日(水)10:00から第2会議室で行います。見積金額は¥1,280,000(税別)です。".to_owned(),
    ];
    Doc { title: "職員名簿（社外秘）".to_owned(), lines, table }
}

fn clean_prose() -> Doc {
    let lines = [
        "第3四半期の売上は前年同期比で12.5%増加し、受注件数は1,284件となりました。",
        "会議は12月3日(水)10:00から第2会議室で行います。議題は新製品の販売計画です。",
        "資料は共有フォルダに格納しておりますので、ご確認のほどよろしくお願いいたします。",
        "見積金額は¥1,280,000(税別)、納期はご発注から4週間を予定しております。",
        "品番A-1024の在庫は残り320個です。次回入荷は2027年1月15日の予定です。",
        "注文番号 2026-1204-0031 の出荷が完了しました。",
    ];
    let table = [
        ["品番", "商品名", "単価", "数量", "金額"],
        ["A-100", "ボールペン", "120", "50", "6,000"],
        ["A-101", "ノート", "150", "20", "3,000"],
        ["B-200", "ファイル", "300", "10", "3,000"],
    ];
    Doc {
        title: "月次報告".to_owned(),
        lines: lines.iter().map(|s| s.to_string()).collect(),
        table: table.iter().map(|r| r.iter().map(|s| s.to_string()).collect()).collect(),
    }
}

// ============================================================== producers

fn work_dir() -> PathBuf {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("target/pdf-tests");
    std::fs::create_dir_all(&dir).expect("target/pdf-tests");
    dir
}

fn venv_python() -> PathBuf {
    let python = Path::new(env!("CARGO_MANIFEST_DIR")).join("target/pdf-venv/bin/python");
    assert!(python.exists(), "the PDF producers are missing: run scripts/setup-pdf.sh (make test does)");
    python
}

fn spec_json(doc: &Doc) -> String {
    let s = |v: &str| format!("{v:?}").replace("\\u{3000}", "\u{3000}");
    let lines: Vec<String> = doc.lines.iter().map(|l| s(l)).collect();
    let rows: Vec<String> =
        doc.table.iter().map(|r| format!("[{}]", r.iter().map(|c| s(c)).collect::<Vec<_>>().join(","))).collect();
    format!(r#"{{"title":{},"lines":[{}],"table":[{}]}}"#, s(&doc.title), lines.join(","), rows.join(","))
}

/// Runs tests/pdf/produce.py with `args`, `stdin` on its input.
fn python(args: &[&str], stdin: &str) {
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/pdf/produce.py");
    let mut child =
        Command::new(venv_python()).arg(script).args(args).stdin(Stdio::piped()).spawn().expect("run produce.py");
    use std::io::Write as _;
    child.stdin.take().expect("stdin").write_all(stdin.as_bytes()).expect("write spec");
    assert!(child.wait().expect("produce.py").success(), "produce.py {args:?} failed");
}

fn python_pdf(producer: &str, doc: &Doc, name: &str) -> Vec<u8> {
    let out = work_dir().join(name);
    python(&[producer, out.to_str().expect("utf-8 path")], &spec_json(doc));
    std::fs::read(out).expect("produced PDF")
}

fn html_escape(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;")
}

/// LibreOffice converting the roster as an .xlsx set up for printing (fitted
/// columns, landscape, one page wide) and the rest as a .docx: what "save as
/// PDF" of an office suite gives. Two PDFs, like the two baseline files.
fn libreoffice_pdfs(doc: &Doc, name: &str) -> Vec<Vec<u8>> {
    let dir = work_dir().join(format!("lo-{name}"));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("dir");
    let sheet =
        Sheet::new("名簿", doc.table.iter().map(|r| r.iter().map(|c| Cell::from(c.as_str())).collect()).collect());
    std::fs::write(dir.join("table.xlsx"), files::xlsx_for_print(&[sheet])).expect("xlsx");
    let mut paragraphs = vec![doc.title.as_str()];
    paragraphs.extend(doc.lines.iter().map(String::as_str));
    std::fs::write(dir.join("letter.docx"), files::docx(&paragraphs)).expect("docx");
    files::libreoffice_convert(&dir, "pdf", &[dir.join("table.xlsx"), dir.join("letter.docx")]);
    ["table.pdf", "letter.pdf"].iter().map(|f| std::fs::read(dir.join(f)).expect("converted PDF")).collect()
}

fn chromium_pdf(doc: &Doc, name: &str) -> Vec<u8> {
    let dir = work_dir();
    let html = dir.join(format!("{name}.html"));
    let mut page = String::from(
        "<!doctype html><meta charset=utf-8><style>@page{size:A4 landscape;margin:12mm}body{font-family:'IPAGothic';font-size:8pt}td,th{padding:1px 6px;border:1px solid #999;white-space:nowrap}table{border-collapse:collapse}</style>",
    );
    let _ = write!(page, "<h1>{}</h1>", html_escape(&doc.title));
    for line in &doc.lines {
        let _ = write!(page, "<p>{}</p>", html_escape(line));
    }
    if let Some((head, body)) = doc.table.split_first() {
        page.push_str("<table><thead><tr>");
        for c in head {
            let _ = write!(page, "<th>{}</th>", html_escape(c));
        }
        page.push_str("</tr></thead><tbody>");
        for row in body {
            page.push_str("<tr>");
            for c in row {
                let _ = write!(page, "<td>{}</td>", html_escape(c));
            }
            page.push_str("</tr>");
        }
        page.push_str("</tbody></table>");
    }
    std::fs::write(&html, page).expect("write html");
    let out = dir.join(name);
    let _ = std::fs::remove_file(&out);
    let status = Command::new("chromium")
        .args(["--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer", "--no-first-run"])
        .arg(format!("--user-data-dir={}", dir.join("chromium-profile").display()))
        .arg(format!("--print-to-pdf={}", out.display()))
        .arg(format!("file://{}", html.display()))
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .expect("Chromium is missing: run scripts/setup-web.sh (make test does)");
    assert!(status.success(), "chromium --print-to-pdf failed");
    std::fs::read(out).expect("printed PDF")
}

/// Unicode → the lowest Adobe-Japan1 CID of that character.
fn japan1_cids() -> HashMap<char, u16> {
    let table =
        std::fs::read(Path::new(env!("CARGO_MANIFEST_DIR")).join("src/extract/pdf/japan1.bin")).expect("japan1");
    let mut map = HashMap::new();
    for (cid, pair) in table.chunks(2).enumerate() {
        let unit = u16::from_be_bytes([pair[0], pair[1]]);
        if let Some(c) = char::from_u32(u32::from(unit)).filter(|_| unit != 0) {
            map.entry(c).or_insert(cid as u16);
        }
    }
    map
}

/// A PDF in a non-embedded CID font with Identity-H (or -V) and no
/// ToUnicode map, one line per string, 45 lines a page; table rows are drawn
/// cell by cell at fixed column positions.
fn japan1_pdf(doc: &Doc, vertical: bool) -> Vec<u8> {
    let cids = japan1_cids();
    let hex = |s: &str| {
        let bytes: Vec<u8> = s
            .chars()
            .flat_map(|c| {
                // Adobe-Japan1 draws the full-width hyphen-minus as − (U+2212).
                let alt = if c == '－' { '−' } else { c };
                cids.get(&alt).unwrap_or_else(|| panic!("{c:?} is not in Adobe-Japan1")).to_be_bytes()
            })
            .collect();
        Object::String(bytes, StringFormat::Hexadecimal)
    };
    let mut pdf = Document::with_version("1.5");
    let pages_id = pdf.new_object_id();
    let descendant = pdf.add_object(dictionary! {
        "Type" => "Font", "Subtype" => "CIDFontType0", "BaseFont" => "HeiseiKakuGo-W5",
        "CIDSystemInfo" => dictionary! { "Registry" => Object::string_literal("Adobe"), "Ordering" => Object::string_literal("Japan1"), "Supplement" => 2 },
        "DW" => 1000, "W" => vec![1.into(), 95.into(), 500.into()],
    });
    let font = pdf.add_object(dictionary! {
        "Type" => "Font", "Subtype" => "Type0", "BaseFont" => "HeiseiKakuGo-W5",
        "Encoding" => if vertical { "Identity-V" } else { "Identity-H" },
        "DescendantFonts" => vec![descendant.into()],
    });
    let resources = pdf.add_object(dictionary! { "Font" => dictionary! { "F1" => font } });
    let size = 7.0f32;
    let mut items: Vec<Vec<String>> = vec![vec![doc.title.clone()]];
    items.extend(doc.lines.iter().map(|l| vec![l.clone()]));
    items.extend(doc.table.iter().cloned());
    let widths: Vec<f32> = (0..doc.table.first().map_or(0, Vec::len))
        .map(|c| {
            doc.table
                .iter()
                .map(|r| r[c].chars().map(|ch| if ch.is_ascii() { 0.5 } else { 1.0 }).sum::<f32>())
                .fold(0.0, f32::max)
        })
        .collect();
    let mut kids = Vec::new();
    for chunk in items.chunks(45) {
        let mut ops = String::new();
        for (i, item) in chunk.iter().enumerate() {
            let mut x = 36.0f32;
            for (c, text) in item.iter().enumerate() {
                let (tx, ty) = if vertical {
                    (800.0 - i as f32 * size * 1.6, 560.0 - x + 36.0)
                } else {
                    (x, 560.0 - i as f32 * size * 1.6)
                };
                let Object::String(bytes, _) = hex(text) else { unreachable!() };
                let hexed: String = bytes.iter().map(|b| format!("{b:02X}")).collect();
                let _ = writeln!(ops, "BT /F1 {size} Tf 1 0 0 1 {tx} {ty} Tm <{hexed}> Tj ET");
                if item.len() > 1 {
                    x += (widths[c] + 2.0) * size;
                }
            }
        }
        let content = pdf.add_object(Stream::new(dictionary! {}, ops.into_bytes()));
        kids.push(
            pdf.add_object(dictionary! {
                "Type" => "Page", "Parent" => pages_id, "MediaBox" => vec![0.into(), 0.into(), 842.into(), 595.into()],
                "Contents" => content, "Resources" => resources,
            })
            .into(),
        );
    }
    pdf::finish(pdf, pages_id, kids)
}

// ============================================================== comparison

fn scan(name: &str, bytes: &[u8]) -> FileReport {
    scan_bytes(name, bytes, &ScanOptions { include_raw: true, ..ScanOptions::default() })
}

/// Kind → the set of values found (spaces removed: a PDF spaces text as it is drawn).
fn values(reports: &[&FileReport]) -> BTreeMap<Kind, BTreeSet<String>> {
    let mut out: BTreeMap<Kind, BTreeSet<String>> = BTreeMap::new();
    for r in reports {
        for f in &r.findings {
            let raw = f.raw.clone().unwrap_or_default();
            out.entry(f.kind).or_default().insert(raw.chars().filter(|c| !c.is_whitespace()).collect());
        }
    }
    out
}

fn baseline(doc: &Doc) -> Vec<FileReport> {
    let sheet =
        Sheet::new("名簿", doc.table.iter().map(|r| r.iter().map(|c| Cell::from(c.as_str())).collect()).collect());
    let mut text = doc.title.clone();
    for l in &doc.lines {
        text.push('\n');
        text.push_str(l);
    }
    vec![scan("baseline.xlsx", &files::xlsx(&[sheet])), scan("baseline.txt", text.as_bytes())]
}

#[test]
fn quality_per_producer() {
    let doc = roster_and_letter(70);
    let clean = clean_prose();
    let base_reports = baseline(&doc);
    let base = values(&base_reports.iter().collect::<Vec<_>>());
    let base_records: u32 = base_reports.iter().map(|r| r.records).sum();
    assert!(base.values().map(BTreeSet::len).sum::<usize>() > 600, "the baseline finds the roster: {base:?}");

    type Producer = Box<dyn Fn(&Doc, &str) -> Vec<Vec<u8>>>;
    let producers: Vec<(&str, Producer)> = vec![
        ("Chromium print to PDF", Box::new(|d: &Doc, n: &str| vec![chromium_pdf(d, &format!("{n}-chromium.pdf"))])),
        (
            "reportlab, UniJIS-UCS2-H, no ToUnicode",
            Box::new(|d: &Doc, n: &str| vec![python_pdf("reportlab", d, &format!("{n}-reportlab.pdf"))]),
        ),
        (
            "fpdf2, embedded TrueType, ToUnicode",
            Box::new(|d: &Doc, n: &str| vec![python_pdf("fpdf2", d, &format!("{n}-fpdf2.pdf"))]),
        ),
        ("Identity-H, no ToUnicode (Adobe-Japan1)", Box::new(|d: &Doc, _: &str| vec![japan1_pdf(d, false)])),
        ("LibreOffice, xlsx and docx saved as PDF", Box::new(libreoffice_pdfs)),
    ];
    let mut md = String::from("# PDF quality: the same content as xlsx and text, per producer\n\n");
    let _ = writeln!(
        md,
        "Baseline: a {}-row roster as xlsx and a letter as text ({} values, ~{} people).\n",
        doc.table.len() - 1,
        base.values().map(BTreeSet::len).sum::<usize>(),
        base_records
    );
    md.push_str("| producer | kind | baseline values | recall | precision |\n|---|---|---:|---:|---:|\n");
    let mut failures = Vec::new();
    for (producer, make) in &producers {
        let reports: Vec<FileReport> = make(&doc, "roster").iter().map(|pdf| scan("roster.pdf", pdf)).collect();
        for report in &reports {
            assert!(report.problems.is_empty(), "{producer}: {:?}", report.problems);
        }
        let found = values(&reports.iter().collect::<Vec<_>>());
        let records: u32 = reports.iter().map(|r| r.records).sum();
        for (kind, want) in &base {
            let got = found.get(kind).cloned().unwrap_or_default();
            let hit = want.intersection(&got).count() as f64;
            let recall = hit / want.len() as f64;
            let precision = if got.is_empty() { 1.0 } else { hit / got.len() as f64 };
            let _ = writeln!(md, "| {producer} | {kind:?} | {} | {recall:.3} | {precision:.3} |", want.len());
            if recall < 0.98 || precision < 0.98 {
                let missed: Vec<_> = want.difference(&got).take(3).collect();
                let extra: Vec<_> = got.difference(want).take(3).collect();
                failures.push(format!("{producer} {kind:?}: recall {recall:.3} precision {precision:.3}; missed {missed:?}, extra {extra:?}"));
            }
        }
        for kind in found.keys().filter(|k| !base.contains_key(k)) {
            failures.push(format!(
                "{producer}: {kind:?} found in the PDF only: {:?}",
                found[kind].iter().take(3).collect::<Vec<_>>()
            ));
        }
        if records < base_records {
            failures.push(format!("{producer}: ~{records} people, the baseline ~{base_records}"));
        }
        // The same producer on clean business prose and a price list: silent.
        for silent in make(&clean, "clean").iter().map(|pdf| scan("clean.pdf", pdf)) {
            if !silent.findings.is_empty() {
                failures.push(format!(
                    "{producer}: false alarms on clean prose: {:?}",
                    silent.findings.iter().map(|f| (f.kind, f.raw.clone())).collect::<Vec<_>>()
                ));
            }
        }
    }
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("target/pdf-quality.md");
    std::fs::write(&path, &md).expect("write target/pdf-quality.md");
    println!("{md}");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn a_roster_over_several_pages_is_one_table_with_its_people_count() {
    // 70 rows at 45 lines a page: the header is on the first page only.
    let doc = roster_and_letter(70);
    let report = scan("roster.pdf", &japan1_pdf(&doc, false));
    let names = report.columns.iter().filter(|c| c.header.as_deref() == Some("氏名")).map(|c| c.rows).sum::<u32>();
    assert_eq!(names, 70, "every row of the name column, on both pages: {:?}", report.columns);
    assert!(report.records >= 70, "~{} people", report.records);
    let pages: BTreeSet<u32> = report.findings.iter().filter_map(|f| f.location.page).collect();
    assert_eq!(pages, BTreeSet::from([1, 2]));
}

/// A staff list kept as offices keep one: a title and a blank row above the
/// header, row numbers right-aligned in a narrow No. column, names,
/// readings and dates in columns left at Excel's default width (so each
/// text runs up to the next column, and long readings are clipped by it),
/// a page header and a page-number footer; printed portrait over several
/// pages by LibreOffice, which saves it as PDF as Excel does.
fn kept_roster_pdf(rows: usize, print_titles: bool, wrap: Option<files::Wrap>, name: &str) -> (Vec<u8>, usize) {
    let mut rng = Rng::new(SEED ^ 0x4b45_5054);
    let mut table: Vec<Vec<Cell>> = vec![
        vec![Cell::from("職員名簿（2026年12月1日現在）")],
        vec![],
        ["No.", "氏名", "フリガナ", "生年月日", "携帯電話", "住所"].iter().map(|s| Cell::from(*s)).collect(),
    ];
    for i in 0..rows {
        let p = Person::gen(&mut rng);
        table.push(vec![
            Cell::Number((i + 1) as f64),
            Cell::Text(format!("{} {}", p.surname, p.given)),
            Cell::Text(format!("{} {}", p.surname_kana, p.given_kana)),
            Cell::Date(p.birth.0, p.birth.1, p.birth.2),
            Cell::Text(p.mobile.hyphen()),
            Cell::Text(p.home.full()),
        ]);
    }
    let setup = files::PrintSetup {
        // Addresses in a narrow column wrap over two or three lines.
        widths: vec![Some(5.0), None, None, Some(11.0), Some(14.0), Some(if wrap.is_some() { 24.0 } else { 48.0 })],
        repeat_rows: print_titles.then_some((2, 2)),
        header: "&C社外秘".to_owned(),
        footer: "&C&P / &N ページ&R総務部".to_owned(),
        wrap: wrap.map(|w| (5, w)),
        merges: Vec::new(),
    };
    let dir = work_dir().join(format!("lo-{name}"));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("dir");
    std::fs::write(dir.join("roster.xlsx"), files::xlsx_printed(&Sheet::new("名簿", table), &setup)).expect("xlsx");
    files::libreoffice_convert(&dir, "pdf", &[dir.join("roster.xlsx")]);
    let pdf = std::fs::read(dir.join("roster.pdf")).expect("converted PDF");
    let pages = Document::load_mem(&pdf).expect("a PDF").get_pages().len();
    (pdf, pages)
}

#[test]
fn a_roster_kept_at_excels_default_widths_is_read_over_its_pages() {
    // Before: the names ran into the row numbers ("1 伊藤 一郎") and the
    // dates into the clipped readings, so no name or birth date was found;
    // the footer ended the table at each page, and pages without the
    // header were tables of their own.
    const ROWS: usize = 150;
    for print_titles in [false, true] {
        let (pdf, pages) = kept_roster_pdf(ROWS, print_titles, None, &format!("kept-roster-{print_titles}"));
        assert!(pages >= 3, "the roster goes over pages: {pages}");
        let report = scan("職員名簿.pdf", &pdf);
        let count = |kind: Kind| report.summary.iter().find(|c| c.kind == kind).map_or(0, |c| c.count);
        let what = format!("print titles {print_titles}: {:?}", report.summary);
        assert_eq!(report.records, ROWS as u32, "{what}");
        assert_eq!(count(Kind::PersonName), 2 * ROWS as u32, "names and readings, {what}");
        assert_eq!(count(Kind::BirthDate), ROWS as u32, "{what}");
        assert_eq!(count(Kind::Phone), ROWS as u32, "{what}");
        assert_eq!(count(Kind::Address), ROWS as u32, "{what}");
        let name_rows: u32 =
            report.columns.iter().filter(|c| c.header.as_deref() == Some("氏名")).map(|c| c.rows).sum();
        // With print titles each page's table has the header; without, the
        // pages after the first go on under the first page's.
        assert_eq!(name_rows, ROWS as u32, "{:?}", report.columns);
    }
}

#[test]
fn a_roster_whose_addresses_wrap_in_their_cells_is_read_row_by_row() {
    // Before: each wrapped address's other lines ended the table, so the
    // roster fell apart into tables of a row or two and 60 names gave 0-2.
    // Centred is the vertical alignment of Japanese Excel's 標準 style: a
    // cell's lines then stand above and below the row's other cells.
    const ROWS: usize = 60;
    for wrap in [files::Wrap::Bottom, files::Wrap::Top, files::Wrap::Centre] {
        let label = match wrap {
            files::Wrap::Bottom => "bottom",
            files::Wrap::Top => "top",
            files::Wrap::Centre => "centre",
        };
        let (pdf, pages) = kept_roster_pdf(ROWS, true, Some(wrap), &format!("wrapped-roster-{label}"));
        assert!(pages >= 2, "{label}: over pages: {pages}");
        let report = scan("職員名簿.pdf", &pdf);
        let count = |kind: Kind| report.summary.iter().find(|c| c.kind == kind).map_or(0, |c| c.count);
        let what = format!("{label}: {:?}", report.summary);
        assert_eq!(count(Kind::PersonName), 2 * ROWS as u32, "names and readings, {what}");
        assert_eq!(count(Kind::Phone), ROWS as u32, "{what}");
        assert_eq!(count(Kind::BirthDate), ROWS as u32, "{what}");
        // Each address whole, in its row: none cut into two findings.
        let address_rows: u32 =
            report.columns.iter().filter(|c| c.header.as_deref() == Some("住所")).map(|c| c.matched).sum();
        assert!(address_rows >= ROWS as u32 - 2, "{address_rows} of {ROWS} addresses read in their rows; {what}");
        assert!(report.records >= ROWS as u32 && report.records <= ROWS as u32 + 2, "{what}: {}", report.records);
    }
}

#[test]
fn vertical_writing_is_read_in_columns() {
    let doc = Doc {
        title: "縦書きの連絡票".to_owned(),
        lines: vec!["マイナンバー：123456789018".to_owned(), "電話０９０－１２３４－５６７８".to_owned()],
        table: Vec::new(),
    };
    let report = scan("tategaki.pdf", &japan1_pdf(&doc, true));
    let kinds: BTreeSet<Kind> = report.findings.iter().map(|f| f.kind).collect();
    assert!(kinds.contains(&Kind::MyNumber) && kinds.contains(&Kind::Phone), "{:?}", report.findings);
}

// ============================================================== bad and odd PDFs

fn fpdf2_roster() -> Vec<u8> {
    python_pdf("fpdf2", &roster_and_letter(5), "small-fpdf2.pdf")
}

fn problems(report: &FileReport) -> Vec<ProblemKind> {
    report.problems.iter().map(|p| p.kind).collect()
}

#[test]
fn a_scanned_pdf_says_it_is_an_image() {
    let out = work_dir().join("scan.pdf");
    python(&["scan", out.to_str().expect("path")], "");
    let report = scan("scan.pdf", &std::fs::read(out).expect("scan.pdf"));
    assert_eq!(problems(&report), [ProblemKind::NoText]);
    assert!(report.problems[0].detail.contains("(1 page)"), "{:?}", report.problems);
}

#[test]
fn owner_password_pdfs_are_read_and_a_user_password_is_said() {
    let src = work_dir().join("small-fpdf2.pdf");
    std::fs::write(&src, fpdf2_roster()).expect("write");
    for (r, user, readable) in
        [("3", "", true), ("4", "", true), ("6", "", true), ("4", "secret", false), ("6", "secret", false)]
    {
        let out = work_dir().join(format!("encrypted-r{r}-{}.pdf", if user.is_empty() { "owner" } else { "user" }));
        python(&["encrypt", src.to_str().expect("path"), out.to_str().expect("path"), user, "owner-secret", r], "");
        let report = scan("encrypted.pdf", &std::fs::read(&out).expect("encrypted"));
        if readable {
            assert!(report.problems.is_empty(), "R{r}: {:?}", report.problems);
            assert!(report.findings.iter().any(|f| f.kind == Kind::MyNumber), "R{r} owner-only is read");
        } else {
            assert_eq!(problems(&report), [ProblemKind::Encrypted], "R{r} with a user password");
            assert!(report.findings.is_empty());
        }
    }
}

#[test]
fn values_typed_into_a_pdf_form_are_read() {
    let out = work_dir().join("form.pdf");
    python(
        &["form", out.to_str().expect("path")],
        r#"{"fields":{"name":"Yamada Taro","mynumber":"123456789018","tel":"090-1234-5678"}}"#,
    );
    let report = scan("form.pdf", &std::fs::read(out).expect("form"));
    let at: Vec<(Kind, Option<String>)> =
        report.findings.iter().map(|f| (f.kind, f.location.entry.as_deref().map(str::to_owned))).collect();
    assert!(at.contains(&(Kind::MyNumber, Some("form fields".to_owned()))), "{at:?}");
    assert!(at.contains(&(Kind::Phone, Some("form fields".to_owned()))), "{at:?}");
}

#[test]
fn files_attached_to_a_pdf_are_read_like_archive_members() {
    let dir = work_dir();
    let src = dir.join("plain.pdf");
    std::fs::write(&src, python_pdf("fpdf2", &clean_prose(), "plain.pdf")).expect("write");
    let sheet = Sheet::new(
        "名簿",
        files::text_rows(&[&["氏名", "電話番号"], &["山田 太郎", "090-1111-2222"], &["佐藤 花子", "080-3333-4444"]]),
    );
    let xlsx = dir.join("名簿.xlsx");
    std::fs::write(&xlsx, files::xlsx(&[sheet])).expect("write xlsx");
    let out = dir.join("with-attachment.pdf");
    python(&["attach", src.to_str().expect("p"), out.to_str().expect("p"), "名簿.xlsx", xlsx.to_str().expect("p")], "");
    let report = scan("with-attachment.pdf", &std::fs::read(out).expect("pdf"));
    let phones: Vec<_> = report.findings.iter().filter(|f| f.kind == Kind::Phone).collect();
    assert_eq!(phones.len(), 2, "{:?}", report.findings);
    assert!(phones.iter().all(|f| f.location.entry.as_deref() == Some("名簿.xlsx")), "{phones:?}");
}

#[test]
fn a_deflate_bomb_stops_at_the_budget_with_a_clear_problem() {
    let mut pdf = Document::with_version("1.5");
    let pages_id = pdf.new_object_id();
    let mut zeros = Stream::new(dictionary! {}, vec![b' '; 24 << 20]);
    zeros.compress().expect("compress");
    assert!(zeros.content.len() < 200_000, "a small file");
    let content = pdf.add_object(zeros);
    let page = pdf.add_object(dictionary! { "Type" => "Page", "Parent" => pages_id, "Contents" => content });
    let bytes = pdf::finish(pdf, pages_id, vec![page.into()]);
    let limits = Limits { max_decompressed_bytes: 4 << 20, ..Limits::default() };
    let report = scan_bytes("bomb.pdf", &bytes, &ScanOptions { limits, ..ScanOptions::default() });
    assert_eq!(problems(&report), [ProblemKind::OverLimit], "{:?}", report.problems);
}

#[test]
fn a_broken_xref_is_repaired_and_a_truncated_file_is_never_silent() {
    let good = fpdf2_roster();
    // The cross-reference offset points nowhere.
    let at = good.windows(9).rposition(|w| w == b"startxref").expect("startxref");
    let mut broken = good[..at].to_vec();
    broken.extend_from_slice(b"startxref\n999999\n%%EOF\n");
    let report = scan("broken-xref.pdf", &broken);
    assert!(report.findings.iter().any(|f| f.kind == Kind::MyNumber), "repaired and read: {:?}", report.problems);

    for cut in [good.len() / 2, good.len() / 5, 40] {
        let report = scan("truncated.pdf", &good[..cut]);
        assert!(!report.findings.is_empty() || !report.problems.is_empty(), "cut at {cut}: nothing said");
    }
    let report = scan("garbage.pdf", b"%PDF-1.7\n\x00\x01garbage that is no PDF at all\n");
    assert_eq!(problems(&report), [ProblemKind::Corrupt], "{:?}", report.problems);
}

#[test]
fn a_page_tree_that_loops_ends() {
    let mut pdf = Document::with_version("1.5");
    let pages_id = pdf.new_object_id();
    let font = pdf.add_object(dictionary! { "Type" => "Font", "Subtype" => "Type1", "BaseFont" => "Helvetica" });
    let content =
        pdf.add_object(Stream::new(dictionary! {}, b"BT /F1 10 Tf 50 700 Td (My Number 123456789018) Tj ET".to_vec()));
    let page = pdf.add_object(dictionary! {
        "Type" => "Page", "Parent" => pages_id, "Contents" => content,
        "Resources" => dictionary! { "Font" => dictionary! { "F1" => font } },
    });
    // The page tree lists itself among its kids.
    let bytes = pdf::finish(pdf, pages_id, vec![page.into(), pages_id.into()]);
    let report = scan("loop.pdf", &bytes);
    assert!(report.findings.iter().any(|f| f.kind == Kind::MyNumber), "{:?} {:?}", report.findings, report.problems);
}

#[test]
fn a_simple_font_with_differences_is_decoded() {
    // Codes 1..=11 drawn as the glyphs zero..nine and hyphen.
    let names = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "hyphen"];
    let mut diffs: Vec<Object> = vec![1.into()];
    diffs.extend(names.iter().map(|n| Object::Name(n.as_bytes().to_vec())));
    let mut pdf = Document::with_version("1.5");
    let pages_id = pdf.new_object_id();
    let font = pdf.add_object(dictionary! {
        "Type" => "Font", "Subtype" => "Type1", "BaseFont" => "Helvetica",
        "Encoding" => dictionary! { "Type" => "Encoding", "BaseEncoding" => "WinAnsiEncoding", "Differences" => diffs },
    });
    let code = |s: &str| -> Vec<u8> { s.chars().map(|c| if c == '-' { 11 } else { c as u8 - b'0' + 1 }).collect() };
    let mut ops = b"BT /F1 10 Tf 50 700 Td (TEL ) Tj ".to_vec();
    ops.extend_from_slice(b"<");
    ops.extend(code("090-1234-5678").iter().flat_map(|b| format!("{b:02X}").into_bytes()));
    ops.extend_from_slice(b"> Tj ET");
    let content = pdf.add_object(Stream::new(dictionary! {}, ops));
    let page = pdf.add_object(dictionary! {
        "Type" => "Page", "Parent" => pages_id, "Contents" => content,
        "Resources" => dictionary! { "Font" => dictionary! { "F1" => font } },
    });
    let bytes = pdf::finish(pdf, pages_id, vec![page.into()]);
    let report = scan("differences.pdf", &bytes);
    assert_eq!(
        report.findings.iter().map(|f| f.raw.clone().unwrap_or_default()).collect::<Vec<_>>(),
        ["090-1234-5678"]
    );
}

#[test]
fn a_pdf_inside_a_zip_is_read_with_its_member_name() {
    let zip = files::zip(&[("送付/名簿.pdf", &fpdf2_roster())]);
    let report = scan("送付.zip", &zip);
    let f = report.findings.iter().find(|f| f.kind == Kind::MyNumber).expect("My Number found");
    assert_eq!(f.location.entry.as_deref(), Some("送付/名簿.pdf"));
    assert!(f.location.page.is_some());
}

#[test]
fn a_roster_with_departments_merged_down_their_rows_and_a_two_row_header_is_read() {
    // As a department keeps its list: 「セルを結合して中央揃え」 for each
    // department over its people's rows and for 連絡先 over the two contact
    // columns, a header of two rows printed on every page. Each department
    // is read on the middle row of its range (it is drawn there), and
    // 連絡先, centred over two columns, as text; the people are read row by
    // row. Passed when first written: a measurement kept as a test.
    const ROWS: usize = 60;
    let mut rng = Rng::new(SEED ^ 0x4d45_5247);
    let mut table: Vec<Vec<Cell>> = vec![
        vec![Cell::from("部署別 職員連絡先一覧")],
        vec![],
        ["No.", "所属", "氏名", "生年月日", "連絡先", ""].iter().map(|s| Cell::from(*s)).collect(),
        ["", "", "", "", "携帯電話", "住所"].iter().map(|s| Cell::from(*s)).collect(),
    ];
    let mut merges: Vec<files::Merge> = vec![(2, 0, 3, 0), (2, 1, 3, 1), (2, 2, 3, 2), (2, 3, 3, 3), (2, 4, 2, 5)];
    let depts = ["総務部", "営業部", "製造部", "経理部"];
    for i in 0..ROWS {
        let p = Person::gen(&mut rng);
        table.push(vec![
            Cell::Number((i + 1) as f64),
            if i % 15 == 0 { Cell::from(depts[i / 15]) } else { Cell::Empty },
            Cell::Text(format!("{} {}", p.surname, p.given)),
            Cell::Date(p.birth.0, p.birth.1, p.birth.2),
            Cell::Text(p.mobile.hyphen()),
            Cell::Text(p.home.full()),
        ]);
        if i % 15 == 0 {
            merges.push(((4 + i) as u32, 1, (4 + i + 14) as u32, 1));
        }
    }
    let setup = files::PrintSetup {
        widths: vec![Some(5.0), Some(9.0), Some(14.0), Some(11.0), Some(14.0), Some(48.0)],
        repeat_rows: Some((2, 3)),
        header: "&C社外秘".to_owned(),
        footer: "&C&P / &N ページ".to_owned(),
        wrap: None,
        merges,
    };
    let dir = work_dir().join("lo-merged-roster");
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("dir");
    std::fs::write(dir.join("roster.xlsx"), files::xlsx_printed(&Sheet::new("名簿", table), &setup)).expect("xlsx");
    files::libreoffice_convert(&dir, "pdf", &[dir.join("roster.xlsx")]);
    let pdf = std::fs::read(dir.join("roster.pdf")).expect("converted PDF");
    let report = scan("職員名簿.pdf", &pdf);
    let count = |kind: Kind| report.summary.iter().find(|c| c.kind == kind).map_or(0, |c| c.count);
    let what = format!("{:?}", report.summary);
    assert_eq!(report.records, ROWS as u32, "{what}");
    for kind in [Kind::PersonName, Kind::BirthDate, Kind::Phone, Kind::Address] {
        assert_eq!(count(kind), ROWS as u32, "{kind:?}: {what}");
    }
    for header in ["氏名", "携帯電話", "住所"] {
        let rows: u32 = report.columns.iter().filter(|c| c.header.as_deref() == Some(header)).map(|c| c.matched).sum();
        assert_eq!(rows, ROWS as u32, "{header} read in its column");
    }
}

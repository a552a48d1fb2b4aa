//! Documents shaped the way Japanese offices really make them (issue 22):
//! forms (label and value side by side or one under the other, labels in
//! merged cells), transposed tables (field names down a column, one person
//! per column), headers split over two rows (`健康保険` over `記号`/`番号`),
//! tables inside Word and PowerPoint files, a free-text column under a
//! sensitive header, and company names built on a family name. Each shape
//! has a clean twin that must stay silent.
//!
//! Three parts, scored separately: the **tuning** part, which the layout
//! reading was developed against; the **kept-aside** part, written first
//! with other labels, wording and layouts (its misses were printed once, by
//! the first run, and seen; nothing was changed for them one by one); and a
//! **late kept-aside** batch written after the first round of tuning, first
//! measured unseen (0.794 recall, 0.979 precision: what a new document could
//! expect), then looked into for one bug (see `LATE_RECALL`). Every labelled value is
//! a (kind, place); a finding at a place with no label of its kind is a false
//! positive. `cargo test --test office_shapes -- --nocapture` prints the
//! table and writes it to `target/office-shapes.md`; `SHAPES_DUMP=<part of a
//! name>` prints that document's findings.

mod support;

#[path = "office_shapes/aside.rs"]
mod aside;
#[path = "office_shapes/build.rs"]
mod build;
#[path = "office_shapes/tuning.rs"]
mod tuning;

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;

use aside::*;
use build::*;
// The corpus's own employee IDs (several styles), not support::people's.
use build::employee_id;
use presend::{scan_bytes, Kind as K, ScanOptions};
use support::files::{xlsx, xlsx_merged, zip, Cell, Merge, Sheet};
use support::people::*;
use tuning::*;

fn corpus() -> Vec<Doc> {
    let mut docs = Vec::new();
    let mut rng = Rng::new(0x5348_4150_4553);
    aside_forms(&mut rng, &mut docs);
    aside_transposed(&mut rng, &mut docs);
    aside_split(&mut rng, &mut docs);
    aside_word(&mut rng, &mut docs);
    aside_free_text(&mut rng, &mut docs);
    aside_companies(&mut rng, &mut docs);
    aside_digit_boxes(&mut rng, &mut docs);
    let mut rng = Rng::new(0x5455_4E45);
    tuning_forms(&mut rng, &mut docs);
    tuning_transposed(&mut rng, &mut docs);
    tuning_split(&mut rng, &mut docs);
    tuning_word(&mut rng, &mut docs);
    tuning_free_text(&mut rng, &mut docs);
    tuning_companies(&mut rng, &mut docs);
    tuning_digit_boxes(&mut rng, &mut docs);
    tuning_second_round(&mut rng, &mut docs);
    let mut rng = Rng::new(0x4C41_5445);
    late_aside(&mut rng, &mut docs);
    docs
}

// ====================================================================== scoring

#[derive(Default, Clone, Copy)]
struct Score {
    tp: u32,
    missed: u32,
    fp: u32,
}

impl Score {
    fn recall(&self) -> f64 {
        let n = self.tp + self.missed;
        if n == 0 {
            1.0
        } else {
            self.tp as f64 / n as f64
        }
    }
    fn precision(&self) -> f64 {
        let n = self.tp + self.fp;
        if n == 0 {
            1.0
        } else {
            self.tp as f64 / n as f64
        }
    }
}

struct Results {
    by_kind: BTreeMap<(Part, K), Score>,
    by_shape: BTreeMap<(Part, Shape), Score>,
    twins_silent: BTreeMap<(Part, Shape), (u32, u32)>,
    details: Vec<String>,
}

fn measure(docs: &[Doc]) -> Results {
    let mut res = Results {
        by_kind: BTreeMap::new(),
        by_shape: BTreeMap::new(),
        twins_silent: BTreeMap::new(),
        details: Vec::new(),
    };
    let dump = std::env::var("SHAPES_DUMP").ok();
    for doc in docs {
        let report = scan_bytes(&doc.name, &doc.bytes, &ScanOptions::default());
        let shown = doc.part == Part::Tuning || std::env::var("SHAPES_ASIDE").is_ok();
        if shown && dump.as_deref().is_some_and(|d| doc.name.contains(d)) {
            eprintln!("== {}", doc.name);
            for c in &report.columns {
                eprintln!("  column {:?} {:?} {:?}", c.letter, c.header, c.kind);
            }
            for f in &report.findings {
                eprintln!("  {:?} {:?} {}", f.kind, loc_of(&f.location), f.masked);
            }
        }
        let found: BTreeSet<(K, Loc)> = report.findings.iter().map(|f| (f.kind, loc_of(&f.location))).collect();
        let wanted: BTreeSet<(K, Loc)> = doc.labels.iter().map(|(k, l, _)| (*k, l.clone())).collect();
        let text_at = |l: &Loc| doc.labels.iter().find(|x| &x.1 == l).map_or("", |x| x.2.as_str());
        let twin = res.twins_silent.entry((doc.part, doc.shape)).or_default();
        if doc.negative {
            twin.1 += 1;
            if found.is_empty() {
                twin.0 += 1;
            }
        }
        for (k, l) in &wanted {
            let hit = found.contains(&(*k, l.clone()));
            let s = res.by_kind.entry((doc.part, *k)).or_default();
            let sh = res.by_shape.entry((doc.part, doc.shape)).or_default();
            if hit {
                s.tp += 1;
                sh.tp += 1;
            } else {
                s.missed += 1;
                sh.missed += 1;
                res.details.push(format!("{:?}\tmissed\t{}\t{k:?}\t{l:?}\t«{}»", doc.part, doc.name, text_at(l)));
            }
        }
        for (k, l) in found.difference(&wanted) {
            res.by_kind.entry((doc.part, *k)).or_default().fp += 1;
            res.by_shape.entry((doc.part, doc.shape)).or_default().fp += 1;
            let masked = report
                .findings
                .iter()
                .find(|f| f.kind == *k && loc_of(&f.location) == *l)
                .map_or(String::new(), |f| f.masked.clone());
            res.details.push(format!("{:?}\tfalse positive\t{}\t{k:?}\t{l:?}\t{masked}", doc.part, doc.name));
        }
    }
    res
}

fn macro_scores(res: &Results, part: Part) -> (f64, f64) {
    let scores: Vec<&Score> = res.by_kind.iter().filter(|((p, _), _)| *p == part).map(|(_, s)| s).collect();
    let labelled: Vec<&&Score> = scores.iter().filter(|s| s.tp + s.missed > 0).collect();
    let found: Vec<&&Score> = scores.iter().filter(|s| s.tp + s.fp > 0).collect();
    let recall = labelled.iter().map(|s| s.recall()).sum::<f64>() / labelled.len().max(1) as f64;
    let precision = found.iter().map(|s| s.precision()).sum::<f64>() / found.len().max(1) as f64;
    (recall, precision)
}

fn table(res: &Results) -> String {
    let mut out = String::from("# Office document shapes (issue 22)\n\n");
    for part in [Part::Tuning, Part::KeptAside, Part::KeptAsideLate] {
        let (r, p) = macro_scores(res, part);
        let _ = writeln!(out, "## {part:?} part: macro recall {r:.3}, macro precision {p:.3}\n");
        out.push_str("| shape | labelled | found | missed | false positives | recall | precision | silent twins |\n|---|---|---|---|---|---|---|---|\n");
        for ((pp, shape), s) in &res.by_shape {
            if *pp != part {
                continue;
            }
            let (silent, twins) = res.twins_silent.get(&(part, *shape)).copied().unwrap_or_default();
            let _ = writeln!(
                out,
                "| {shape:?} | {} | {} | {} | {} | {:.3} | {:.3} | {silent}/{twins} |",
                s.tp + s.missed,
                s.tp,
                s.missed,
                s.fp,
                s.recall(),
                s.precision()
            );
        }
        out.push_str("\n| kind | labelled | found | missed | false positives | recall | precision |\n|---|---|---|---|---|---|---|\n");
        for ((pp, kind), s) in &res.by_kind {
            if *pp != part {
                continue;
            }
            let _ = writeln!(
                out,
                "| {} | {} | {} | {} | {} | {:.3} | {:.3} |",
                kind.id(),
                s.tp + s.missed,
                s.tp,
                s.missed,
                s.fp,
                s.recall(),
                s.precision()
            );
        }
        out.push('\n');
    }
    out
}

#[test]
fn office_shapes_recall_and_precision() {
    let docs = corpus();
    let res = measure(&docs);
    let md = table(&res);
    println!("{md}");
    // Only the tuning part's misses are shown: the kept-aside part is
    // measured, not looked into (SHAPES_ASIDE=1 shows it once tuning is over).
    let aside = std::env::var("SHAPES_ASIDE").is_ok();
    for d in res.details.iter().filter(|d| aside || d.starts_with("Tuning")) {
        println!("{d}");
    }
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("target");
    let _ = std::fs::create_dir_all(&dir);
    let shown: Vec<&String> = res.details.iter().filter(|d| aside || d.starts_with("Tuning")).collect();
    let shown: Vec<&str> = shown.iter().map(|s| s.as_str()).collect();
    let _ = std::fs::write(dir.join("office-shapes.md"), format!("{md}\n```\n{}\n```\n", shown.join("\n")));
    let (tr, tp) = macro_scores(&res, Part::Tuning);
    let (ar, ap) = macro_scores(&res, Part::KeptAside);
    let (lr, lp) = macro_scores(&res, Part::KeptAsideLate);
    assert!(lr >= LATE_RECALL && lp >= LATE_PRECISION, "late kept-aside part: recall {lr:.3}, precision {lp:.3}");
    // Bars at what the layout reading reaches (see the report); the kept-aside
    // part's gap to 0.95/0.98 is written down there, not hidden.
    assert!(tr >= TUNING_RECALL && tp >= TUNING_PRECISION, "tuning part: recall {tr:.3}, precision {tp:.3}");
    assert!(ar >= ASIDE_RECALL && ap >= ASIDE_PRECISION, "kept-aside part: recall {ar:.3}, precision {ap:.3}");
    let noisy: Vec<String> = res
        .twins_silent
        .iter()
        .filter(|(_, (silent, twins))| silent < twins)
        .map(|((part, shape), (silent, twins))| format!("{part:?} {shape:?}: {silent}/{twins} silent"))
        .collect();
    assert!(noisy.is_empty(), "clean twins with findings: {}", noisy.join(", "));
}

/// Before the layout reading (commit 775edf9) the tuning part stood at macro
/// recall 0.270 and precision 0.258, the kept-aside part at 0.277 and 0.399.
const TUNING_RECALL: f64 = 0.99;
const TUNING_PRECISION: f64 = 0.99;
/// The kept-aside part reaches 0.999 and 0.996: what it misses is a nested
/// table's `人事課 小林` (a department and a surname in one cell) and what it
/// adds is `所轄税務署長 殿` in a paragraph, read as a name before 殿.
const ASIDE_RECALL: f64 = 0.95;
const ASIDE_PRECISION: f64 = 0.98;
/// The late batch measured 0.794 and 0.979 unseen; its misses were then
/// looked at and one bug fixed (a header beside `所属`, which starts with the
/// surname 所), so its 0.833 and 0.994 since are no longer a clean hold-out.
/// A second fix (rows under a header of people, `続柄 | 本人 | 配偶者`, are
/// not names: `パート`) brought precision to 1.000. Still short of 0.95
/// recall: a narrative value beside an unknown form label
/// (`事故の状況 | …転倒、右手首を打撲…`) is not read as health data.
const LATE_RECALL: f64 = 0.83;
const LATE_PRECISION: f64 = 0.99;

#[test]
fn a_word_table_finding_says_which_table_row_and_column() {
    let grid: Grid = vec![vec![t("社員番号"), t("氏名")], vec![t("81200"), t("山田 太郎")]];
    let bytes = docx_blocks(&[Block::P("人事異動内示"), Block::Table(&grid), Block::Table(&grid)]);
    let report = scan_bytes("内示.docx", &bytes, &ScanOptions::default());
    let name = report.findings.iter().find(|f| f.kind == K::PersonName && f.location.table == Some(2)).expect("name");
    assert_eq!(presend::wording::location_label(&name.location, presend::Lang::Ja), "表2 2行目 2列目");
    assert_eq!(presend::wording::location_label(&name.location, presend::Lang::En), "table 2, row 2, column 2");
}

#[test]
fn merged_word_cells_keep_their_grid_columns_and_nested_tables_are_numbered_after_their_holder() {
    // `gridBefore` leaves the first grid column empty; the merged label spans two.
    let inner: Grid = vec![vec![t("氏名"), t("電話番号")], vec![t("佐藤 花子"), t("090-1234-5678")]];
    let outer: Grid = vec![vec![t("緊急連絡先").span(2), t("")], vec![t("下表のとおり"), t(""), t("")]];
    let bytes = docx_blocks(&[Block::Nested(&outer, 1, 0, &inner)]);
    let report = scan_bytes("連絡先.docx", &bytes, &ScanOptions::default());
    let phone = report.findings.iter().find(|f| f.kind == K::Phone).expect("phone");
    assert_eq!((phone.location.table, phone.location.row, phone.location.column), (Some(2), Some(2), Some(2)));
    let xml = r#"<w:document xmlns:w="w"><w:body><w:tbl><w:tr><w:trPr><w:gridBefore w:val="1"/></w:trPr><w:tc><w:tcPr><w:gridSpan w:val="2"/></w:tcPr><w:p><w:r><w:t>氏名</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>山田 太郎</w:t></w:r></w:p></w:tc></w:tr><w:tr><w:tc><w:p/></w:tc><w:tc><w:p><w:r><w:t>社員番号</w:t></w:r></w:p></w:tc><w:tc><w:p/></w:tc><w:tc><w:p><w:r><w:t>A1234</w:t></w:r></w:p></w:tc></w:tr></w:tbl></w:body></w:document>"#;
    let bytes = zip(&[("[Content_Types].xml", br#"<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>"#.as_slice()), ("word/document.xml", xml.as_bytes())]);
    let report = scan_bytes("form.docx", &bytes, &ScanOptions::default());
    let at: Vec<(K, Option<u32>, Option<u32>)> =
        report.findings.iter().map(|f| (f.kind, f.location.row, f.location.column)).collect();
    assert_eq!(at, [(K::PersonName, Some(1), Some(4)), (K::EmployeeId, Some(2), Some(4))]);
}

#[test]
fn a_form_is_one_person_and_a_transposed_table_one_person_a_column() {
    let mut rng = Rng::new(5);
    let p = Person::born_between(&mut rng, 1960, 1990);
    // Labels above values, three times over: one person.
    let above: Grid = vec![
        vec![t("氏名"), t("生年月日"), t("電話番号")],
        vec![t(p.full()), t(era_date(p.birth)), t(p.mobile.hyphen())],
        vec![t("住所")],
        vec![t(p.home.full())],
        vec![t("基礎年金番号"), t("社員番号")],
        vec![t(pension(&mut rng)), t("E12345")],
    ];
    // Labels beside values.
    let beside: Grid =
        vec![vec![t("氏名"), t(p.full()), t("社員番号"), t("E12345")], vec![t("住所"), t(p.home.full())]];
    let people: Vec<Person> = (0..4).map(|_| Person::gen(&mut rng)).collect();
    let mut names = vec![t("氏名")];
    names.extend(people.iter().map(|q| t(q.full())));
    let mut births = vec![t("生年月日")];
    births.extend(people.iter().map(|q| t(era_date(q.birth))));
    let across: Grid = vec![names, births];
    for (grid, records) in [(above, 1), (beside, 1), (across, 4)] {
        let bytes = xlsx(&[Sheet::new("票", grid_cells(&grid))]);
        let report = scan_bytes("票.xlsx", &bytes, &ScanOptions::default());
        assert_eq!(report.records, records, "{:?}", report.findings.iter().map(|f| f.kind).collect::<Vec<_>>());
    }
}

/// Regression: a record whose cells read like labels (`自宅療養` under
/// 療養状況, `入院`) is a record of its list, not a form row.
#[test]
fn a_record_with_label_like_values_stays_a_record() {
    let mut rows = vec![vec![t("氏名"), t("電話番号"), t("療養状況"), t("公費負担")]];
    let mut rng = Rng::new(9);
    for i in 0..8 {
        let p = Person::gen(&mut rng);
        rows.push(vec![
            t(p.full()),
            t(p.mobile.hyphen()),
            t(if i % 2 == 0 { "自宅療養" } else { "入院" }),
            t("申請済"),
        ]);
    }
    let bytes = xlsx(&[Sheet::new("一覧", grid_cells(&rows))]);
    let report = scan_bytes("一覧.xlsx", &bytes, &ScanOptions::default());
    assert_eq!(report.records, 8);
    let d: Vec<u32> =
        report.findings.iter().filter(|f| f.location.column == Some(4)).filter_map(|f| f.location.row).collect();
    assert!(d.is_empty(), "公費負担 read as a value of 療養状況 in rows {d:?}");
}

/// Regression: relation words (本人, 配偶者 are header keywords) in a list's
/// first column do not make its records form rows.
#[test]
fn a_dependants_list_keyed_by_relation_counts_every_dependant() {
    let mut rng = Rng::new(11);
    let head = Person::gen(&mut rng);
    let mut rows = vec![vec![t("続柄"), t("氏名"), t("生年月日")]];
    for (i, rel) in ["本人", "配偶者", "長男", "長女", "次男"].iter().enumerate() {
        let p = head.relative(&mut rng, i % 2 == 1, 1960, 2015);
        rows.push(vec![t(*rel), t(p.full()), t(era_date(p.birth))]);
    }
    let bytes = xlsx(&[Sheet::new("扶養", grid_cells(&rows))]);
    let report = scan_bytes("扶養.xlsx", &bytes, &ScanOptions::default());
    assert_eq!(report.records, 5);
    let names = report.findings.iter().filter(|f| f.kind == K::PersonName && f.location.column == Some(2)).count();
    let births = report.findings.iter().filter(|f| f.kind == K::BirthDate && f.location.column == Some(3)).count();
    assert_eq!((names, births), (5, 5));
}

/// Regression (found on the late kept-aside batch, which was then no longer
/// unseen): `所属` starts with the surname 所, yet a header row
/// `ふりがな／氏名 | 所属 | 内線` is a header, not a label with its value.
#[test]
fn a_header_beside_a_word_that_starts_with_a_surname_is_still_a_header() {
    let mut grid: Grid = vec![vec![t("ふりがな／氏名"), t("所属"), t("内線")]];
    for (kana, name, ext) in [("わたなべ ゆかり", "渡辺 ゆかり", "2100"), ("さかもと まゆ", "坂本　まゆ", "2101")]
    {
        grid.push(vec![t(kana), t("総務課").restart(), t(ext).restart()]);
        grid.push(vec![t(name), cont(), cont()]);
    }
    let bytes = docx_blocks(&[Block::P("職員録"), Block::Table(&grid)]);
    let report = scan_bytes("職員録.docx", &bytes, &ScanOptions::default());
    let at: Vec<(K, Option<u32>, Option<u32>)> =
        report.findings.iter().map(|f| (f.kind, f.location.row, f.location.column)).collect();
    let names: Vec<_> = (2..=5).map(|r| (K::PersonName, Some(r), Some(1))).collect();
    assert_eq!(at, names);
}

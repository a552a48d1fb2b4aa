//! Detector cases that need more than one line of text or a file: the
//! one-line cases are the table `data/detector_cases.tsv`, run by the
//! library's own tests natively and in wasm (`src/detect/cases.rs`).

use presend::{scan_text, ScanOptions};

/// The raw values found in `text`, per kind id.
fn found(text: &str) -> Vec<(&'static str, String)> {
    let options = ScanOptions { include_raw: true, ..ScanOptions::default() };
    let report = scan_text("case", text, &options);
    report.findings.iter().map(|f| (f.kind.id(), f.raw.clone().unwrap_or_default())).collect()
}

fn found_in(name: &str, bytes: &[u8]) -> Vec<(&'static str, String)> {
    let options = ScanOptions { include_raw: true, ..ScanOptions::default() };
    let report = presend::scan_bytes(name, bytes, &options);
    report.findings.iter().map(|f| (f.kind.id(), f.raw.clone().unwrap_or_default())).collect()
}

#[test]
fn addresses_with_kanji_block_numbers_are_found_whole() {
    // Issue 22: `…三丁目十二番` was reported without its 五号, `十番地` as `十番`.
    for address in ["東京都千代田区本町三丁目十二番五号", "北海道札幌市中央区北一条西十番地", "大阪市北区梅田一丁目2-3"]
    {
        let hits = found(&format!("住所は{address}です。"));
        assert!(hits.contains(&("address", address.to_owned())), "{address}: {hits:?}");
    }
    // `一番町` is a town's name, not a lot number.
    assert!(found("東京都千代田区一番町の会場").iter().all(|(k, _)| *k != "address"));
}

#[test]
fn every_line_of_a_soap_note_about_a_named_person_is_health_data() {
    // Issue 22: about half of a care note's lines were missed.
    let note =
        "利用者 佐藤花子様\nS)頭痛あり、よく眠れない\nO)血圧150/90 体温37.2\nA)高血圧の疑い\nP)服薬継続、来週受診";
    let health: Vec<String> = found(note).into_iter().filter(|(k, _)| *k == "health").map(|(_, v)| v).collect();
    assert_eq!(health.len(), 4, "{health:?}");
    // The same lines about no one are not anyone's data.
    let anonymous = note.split_once('\n').map_or("", |(_, rest)| rest);
    assert!(found(anonymous).is_empty(), "{:?}", found(anonymous));
}

#[test]
fn a_condition_counts_only_near_the_person_it_is_about() {
    // Issue 22: special-care data is a fact about an identified person. A
    // name at the top of a long newsletter does not make its articles medical
    // records; a name in the same paragraph does.
    let filler = "運動習慣を身につけることは、毎日の生活を快適にするための大切な取り組みです。\n".repeat(20);
    let far = format!("山田太郎様\n{filler}インフルエンザが流行しています。");
    assert!(found(&far).iter().all(|(k, _)| *k != "health"), "{:?}", found(&far));
    let near = format!("{filler}山田太郎様はインフルエンザで休んでいます。");
    assert!(found(&near).iter().any(|(k, _)| *k == "health"), "{:?}", found(&near));
}

#[test]
fn a_check_digit_alone_is_no_my_number_in_another_column() {
    // Issue 22: serials and codes that pass the check digit, in a column that
    // is not a My Number column, and the same numbers under 個人番号.
    let serials = found_in("codes.csv", "管理コード,品名\n123456789018,ボールペン\n987654321018,ノート\n".as_bytes());
    assert!(serials.iter().all(|(k, _)| *k != "my_number"), "{serials:?}");
    let numbers = found_in("numbers.csv", "個人番号,氏名\n123456789018,山田 太郎\n".as_bytes());
    assert!(numbers.contains(&("my_number", "123456789018".to_owned())), "{numbers:?}");
}

#[test]
fn tax_form_categories_in_a_dependants_table_are_not_names() {
    // Issue 22: a 扶養控除等申告書 export — the names are people, the
    // categories beside them are not.
    let csv = "氏名,扶養親族,配偶者,源泉控除対象配偶者,老人扶養\n山田 太郎,特定,有,○,同居老親等\n佐藤 花子,一般,無,×,非該当\n";
    let names: Vec<String> =
        found_in("扶養.csv", csv.as_bytes()).into_iter().filter(|(k, _)| *k == "person_name").map(|(_, v)| v).collect();
    assert_eq!(names, ["山田 太郎", "佐藤 花子"]);
}

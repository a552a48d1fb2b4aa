//! The identifiers issue 17 found missed when presend was tried as a user
//! would: phones that lost their leading zero in a numeric column or are
//! grouped oddly, corporate numbers written `5-8356-7825-6246`, 12-digit
//! Maestro cards in a card column (read as My Numbers before), the resident
//! registry code (住民票コード), and `presend scan` listing every finding of
//! a large table. Each case has its negative twin next to it.

mod support;

use std::path::PathBuf;
use std::process::{Command, Output};

use presend::detect::checkdigit;
use presend::{scan_bytes, scan_text, Kind, ScanOptions, Severity};
use support::files::{csv, xlsx, Cell, Sheet};

fn options() -> ScanOptions {
    ScanOptions { include_raw: true, ..ScanOptions::default() }
}

/// (kind id, raw value) of every finding in a file.
fn found_in(name: &str, bytes: &[u8]) -> Vec<(&'static str, String)> {
    let report = scan_bytes(name, bytes, &options());
    report.findings.iter().map(|f| (f.kind.id(), f.raw.clone().unwrap_or_default())).collect()
}

fn found(text: &str) -> Vec<(&'static str, String)> {
    let report = scan_text("case.txt", text, &options());
    report.findings.iter().map(|f| (f.kind.id(), f.raw.clone().unwrap_or_default())).collect()
}

fn of_kind(hits: &[(&'static str, String)], kind: &str) -> Vec<String> {
    hits.iter().filter(|(k, _)| *k == kind).map(|(_, v)| v.clone()).collect()
}

fn text(s: &str) -> Cell {
    Cell::Text(s.to_owned())
}

// --- Phones under a phone header -------------------------------------------------

#[test]
fn phones_that_excel_stripped_of_their_leading_zero_are_phones() {
    // Typed into a numeric column, 090-1234-5678 is stored as the number 9012345678.
    let rows = vec![
        vec![text("氏名"), text("携帯電話"), text("自宅電話")],
        vec![text("山田 太郎"), Cell::Number(9012345678.0), Cell::Number(312345678.0)],
        vec![text("佐藤 花子"), Cell::Number(8098765432.0), Cell::Number(466123456.0)],
        vec![text("鈴木 一郎"), Cell::Number(7011112222.0), Cell::Number(120123456.0)],
    ];
    let hits = found_in("roster.xlsx", &xlsx(&[Sheet::new("名簿", rows)]));
    let phones = of_kind(&hits, "phone");
    for expected in ["09012345678", "0312345678", "08098765432", "0466123456", "07011112222", "0120123456"] {
        assert!(phones.contains(&expected.to_owned()), "{expected} not found: {hits:?}");
    }
    // Masked as a phone, the leading zero back in place.
    let rows = vec![vec![text("電話番号")], vec![Cell::Number(9012345678.0)]];
    let report = scan_bytes("one.xlsx", &xlsx(&[Sheet::new("S", rows)]), &ScanOptions::default());
    let phone = report.findings.iter().find(|f| f.kind == Kind::Phone).expect("a phone");
    assert_eq!(phone.masked, "*******5678");
}

#[test]
fn phones_in_unusual_groupings_under_a_phone_header_are_phones() {
    let table = csv(
        &[
            vec!["氏名".into(), "電話番号".into()],
            vec!["山田 太郎".into(), "0901 2345 678".into()],
            vec!["佐藤 花子".into(), "090-12-345678".into()],
            vec!["鈴木 一郎".into(), "0312-345-678".into()],
            vec!["田中 次郎".into(), "90-1234-5678".into()],
        ],
        ',',
    );
    let hits = found_in("list.csv", table.as_bytes());
    assert_eq!(of_kind(&hits, "phone"), ["0901 2345 678", "090-12-345678", "0312-345-678", "90-1234-5678"], "{hits:?}");
}

#[test]
fn ten_digit_amounts_and_codes_are_not_phones() {
    // The negative twins: the same digits under a price or a quantity header,
    // in a headerless table, or under a phone header but too long or short.
    let rows = vec![
        vec![text("品名"), text("価格"), text("数量"), text("備考")],
        vec![text("サーバー一式"), Cell::Number(9012345678.0), Cell::Number(312345678.0), Cell::Number(8012345678.0)],
        vec![text("保守契約"), Cell::Number(3123456789.0), Cell::Number(466123456.0), Cell::Number(9087654321.0)],
    ];
    let hits = found_in("price.xlsx", &xlsx(&[Sheet::new("見積", rows)]));
    assert!(of_kind(&hits, "phone").is_empty(), "{hits:?}");
    let table = csv(
        &[
            vec!["氏名".into(), "電話番号".into()],
            vec!["山田 太郎".into(), "12345678".into()],
            vec!["佐藤 花子".into(), "123456789012".into()],
            vec!["鈴木 一郎".into(), "1234567890".into()],
        ],
        ',',
    );
    let hits = found_in("list.csv", table.as_bytes());
    assert!(of_kind(&hits, "phone").is_empty(), "{hits:?}");
    // In running text a bare ten-digit number is not a phone either.
    assert!(of_kind(&found("今期の売上は 9012345678 円でした。"), "phone").is_empty());
}

// --- Corporate numbers with separators --------------------------------------------

/// A valid corporate number from a 12-digit base (check digit first).
fn corporate(base: u64) -> String {
    let digits = format!("{base:012}");
    for check in 1..=9u8 {
        let candidate = format!("{check}{digits}");
        if checkdigit::corporate_number(candidate.as_bytes()) {
            return candidate;
        }
    }
    unreachable!("one check digit fits")
}

/// As python-stdnum formats it: `5-8356-7825-6246`.
fn stdnum_format(n: &str) -> String {
    format!("{}-{}-{}-{}", &n[..1], &n[1..5], &n[5..9], &n[9..])
}

#[test]
fn corporate_numbers_written_with_separators_are_found() {
    assert_eq!(found("法人番号 5-8356-7825-6246"), [("corporate_number", "5-8356-7825-6246".to_owned())]);
    // The grouping is the corporate number's own: no keyword needed.
    assert_eq!(
        found("取引先: 5-8356-7825-6246 (株式会社アルファ商事)"),
        [("corporate_number", "5-8356-7825-6246".to_owned())]
    );
    assert_eq!(found("登録 1 1803 0101 8771 済"), [("corporate_number", "1 1803 0101 8771".to_owned())]);
    let mut rows = vec![vec!["取引先名".to_owned(), "法人番号".to_owned()]];
    for i in 0..40u64 {
        rows.push(vec![format!("取引先{i}"), stdnum_format(&corporate(301_000_000_000 + i * 7_919))]);
    }
    let hits = found_in("partners.csv", csv(&rows, ',').as_bytes());
    assert_eq!(of_kind(&hits, "corporate_number").len(), 40, "{hits:?}");
    let mut text = String::new();
    for i in 0..40u64 {
        text.push_str(&format!("{} ", stdnum_format(&corporate(701_234_000_000 + i * 104_729))));
    }
    let hits = found(&text);
    assert_eq!(of_kind(&hits, "corporate_number").len(), 40, "{hits:?}");
    assert_eq!(hits.len(), 40, "{hits:?}");
}

#[test]
fn a_separated_thirteen_digit_number_with_a_bad_check_digit_is_nothing() {
    // 2-8356-7825-6246 fails the check digit; its last twelve digits must not
    // be read as a My Number or a card either.
    assert!(found("法人番号 2-8356-7825-6246").is_empty(), "{:?}", found("法人番号 2-8356-7825-6246"));
    assert!(found("2-8356-7825-6246").is_empty());
    for i in 0..200u64 {
        let good = corporate(123_456_000_000 + i * 7_919);
        let wrong = (good.as_bytes()[0] - b'0') % 9 + 1;
        let number = format!("{wrong}{}", &good[1..]);
        let hits = found(&format!("番号 {}", stdnum_format(&number)));
        assert!(hits.is_empty(), "{number}: {hits:?}");
    }
    // A JAN code stays a product code.
    assert!(found("4901234567894").is_empty());
}

// --- Payment cards of 12 digits (Maestro) --------------------------------------------

const NAMES: [&str; 6] = ["山田 太郎", "佐藤 花子", "鈴木 一郎", "高橋 次郎", "田中 美咲", "伊藤 健一"];

/// 12-digit Maestro numbers (IIN 6759) that pass both Luhn and the My Number
/// check digit: the ones presend reported as My Numbers.
fn ambiguous_maestro(count: usize) -> Vec<String> {
    let mut out = Vec::new();
    let mut body = 1_234_567u64;
    while out.len() < count {
        body += 7_777;
        for last in 0..10 {
            let n = format!("6759{:07}{last}", body % 10_000_000);
            if checkdigit::luhn(n.as_bytes()) && checkdigit::my_number(n.as_bytes()) {
                out.push(n);
            }
        }
    }
    out.truncate(count);
    out
}

#[test]
fn twelve_digit_maestro_numbers_in_a_card_column_are_cards() {
    let maestro = ambiguous_maestro(6);
    let mut rows = vec![vec![text("会員氏名"), text("カード番号"), text("有効期限")]];
    for (i, (n, name)) in maestro.iter().zip(NAMES).enumerate() {
        let written = if i % 2 == 0 { n.clone() } else { format!("{} {} {}", &n[..4], &n[4..8], &n[8..]) };
        rows.push(vec![text(name), text(&written), text("12/28")]);
    }
    rows.push(vec![text("佐藤 花子"), text("4111 1111 1111 1111"), text("01/29")]);
    let hits = found_in("cards.xlsx", &xlsx(&[Sheet::new("会員", rows)]));
    assert!(of_kind(&hits, "my_number").is_empty(), "read as My Numbers: {hits:?}");
    assert_eq!(of_kind(&hits, "credit_card").len(), 7, "{hits:?}");
    // In text, next to the card keyword.
    let line = format!("カード番号: {}", maestro[0]);
    assert_eq!(found(&line), [("credit_card", maestro[0].clone())]);
}

#[test]
fn the_same_twelve_digits_under_a_my_number_header_stay_my_numbers() {
    // The negative twin: the header decides, and a My Number card's number is
    // not a payment card's.
    let maestro = ambiguous_maestro(3);
    let mut rows = vec![vec![text("氏名"), text("マイナンバー")]];
    for (n, name) in maestro.iter().zip(NAMES) {
        rows.push(vec![text(name), text(n)]);
    }
    let hits = found_in("staff.xlsx", &xlsx(&[Sheet::new("S", rows)]));
    assert_eq!(of_kind(&hits, "my_number").len(), 3, "{hits:?}");
    assert!(of_kind(&hits, "credit_card").is_empty(), "{hits:?}");
    let line = format!("マイナンバーカード番号 {}", maestro[1]);
    assert_eq!(found(&line), [("my_number", maestro[1].clone())]);
    // Twelve digits that fail Luhn are no card under a card keyword or header
    // (a point card's number): only the 13-19 digit ones are taken on the header's word.
    let not_luhn = (0..10).map(|d| format!("67596498264{d}")).find(|n| !checkdigit::luhn(n.as_bytes())).unwrap();
    assert!(of_kind(&found(&format!("カード番号は {not_luhn}")), "credit_card").is_empty());
    let rows = vec![vec![text("氏名"), text("ポイントカード番号")], vec![text("山田 太郎"), text(&not_luhn)]];
    let hits = found_in("points.xlsx", &xlsx(&[Sheet::new("S", rows)]));
    assert!(of_kind(&hits, "credit_card").is_empty(), "{hits:?}");
    // And a bare 12-digit number in prose is no card.
    assert!(of_kind(&found(&format!("受付 {} を確認", maestro[2])), "credit_card").is_empty());
}

// --- 住民票コード ----------------------------------------------------------------------

#[test]
fn resident_registry_codes_are_found_by_keyword_and_header() {
    assert_eq!(Kind::from_id("resident_registry_code"), Some(Kind::ResidentRegistryCode));
    assert_eq!(Kind::ResidentRegistryCode.base_severity(), Severity::Critical);
    assert!(Kind::ResidentRegistryCode.is_personal());
    assert_eq!(found("住民票コード：24727059608"), [("resident_registry_code", "24727059608".to_owned())]);
    assert_eq!(found("住民票ｺｰﾄﾞ 1234 5678 901"), [("resident_registry_code", "1234 5678 901".to_owned())]);
    let rows = vec![
        vec![text("氏名"), text("住民票コード"), text("個人番号")],
        vec![text("山田 太郎"), text("24727059608"), text("379474484458")],
        vec![text("佐藤 花子"), Cell::Number(51234567890.0), text("123456789018")],
    ];
    let report = scan_bytes("juki.xlsx", &xlsx(&[Sheet::new("住基", rows)]), &options());
    let codes: Vec<_> = report.findings.iter().filter(|f| f.kind == Kind::ResidentRegistryCode).collect();
    assert_eq!(codes.len(), 2, "{:?}", report.findings);
    assert_eq!(codes[0].masked, "********608");
    assert_eq!(codes[0].severity, Severity::Critical);
    let column = report.columns.iter().find(|c| c.header.as_deref() == Some("住民票コード")).expect("column");
    assert_eq!(column.kind, Some(Kind::ResidentRegistryCode));
    assert_eq!(report.summary.iter().map(|k| k.severity).max(), Some(Severity::Critical));
}

#[test]
fn eleven_digits_without_the_keyword_are_no_resident_registry_code() {
    // Negative twins: another keyword, no keyword, a wrong length under the header.
    assert!(found("受付番号 24727059608").is_empty());
    assert!(found("資料番号 24727059608 を参照").iter().all(|(k, _)| *k != "resident_registry_code"));
    assert!(found("住民票コード 2472705960").is_empty());
    let table = csv(
        &[
            vec!["氏名".into(), "住民票コード".into()],
            vec!["山田 太郎".into(), "2472705960".into()],
            vec!["佐藤 花子".into(), "247270596081".into()],
        ],
        ',',
    );
    let hits = found_in("juki.csv", table.as_bytes());
    assert!(of_kind(&hits, "resident_registry_code").is_empty(), "{hits:?}");
}

#[test]
fn a_resident_registry_code_sent_outside_is_held_like_a_my_number() {
    use presend::assess::{check_message, Attachment, CheckOptions, Decision, Message, Policy};
    let policy = Policy::from_json(r#"{"internal_domains": ["presend.co.jp"]}"#).expect("policy");
    let mail = |to: &str, body: &str| {
        let json = serde_json::json!({"from": "鈴木一郎 <suzuki@presend.co.jp>", "to": [to], "subject": "住民票の件", "body": body});
        Message::from_json(&json.to_string()).expect("message")
    };
    let body = "山田様\n\nお問い合わせの件、山田太郎様の住民票コードは 24727059608 です。\n";
    let none: [Attachment; 0] = [];
    let outside = check_message(&mail("yamada@example.com", body), &none, &policy, &CheckOptions::default());
    assert_eq!(outside.decision, Decision::Block, "{:?}", outside.reasons);
    let reason = outside.reasons.iter().find(|r| r.rule.id() == "my_number_external").expect("the My Number rule");
    assert!(reason.title.ja.contains("住民票コード"), "{:?}", reason.title);
    // The same eleven digits as a reference number are nothing.
    let body = "山田様\n\nお問い合わせ番号は 24727059608 です。\n";
    let outside = check_message(&mail("yamada@example.com", body), &none, &policy, &CheckOptions::default());
    assert!(outside.reasons.iter().all(|r| r.rule.id() != "my_number_external"), "{:?}", outside.reasons);
}

// --- Every finding from the command line ----------------------------------------------

fn presend(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_presend")).args(args).env("LANG", "C").output().expect("run presend")
}

fn temp_file(name: &str, content: &[u8]) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("presend-ids-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let path = dir.join(name);
    std::fs::write(&path, content).expect("write temp file");
    path
}

/// A roster of `n` people with a mobile number each.
fn big_roster(n: usize) -> Vec<u8> {
    let mut rows = vec![vec!["氏名".to_owned(), "携帯電話".to_owned()]];
    for i in 0..n {
        rows.push(vec![format!("山田 {i}"), format!("090-{:04}-{:04}", i / 10_000, i % 10_000)]);
    }
    csv(&rows, ',').into_bytes()
}

#[test]
fn the_json_says_per_kind_when_the_detail_was_capped() {
    let path = temp_file("big.csv", &big_roster(1_200));
    let out = presend(&["scan", "--format", "json", path.to_str().unwrap_or_default()]);
    assert_eq!(out.status.code(), Some(1));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    let file = &v["files"][0];
    let phone = file["summary"].as_array().and_then(|s| s.iter().find(|k| k["kind"] == "phone")).expect("phone");
    assert_eq!(phone["count"], 1_200);
    assert_eq!(phone["listed"], 1_000, "{phone}");
    let listed = file["findings"].as_array().map_or(0, |f| f.iter().filter(|f| f["kind"] == "phone").count());
    assert_eq!(listed, 1_000);
    // A small file lists everything, and says so.
    let small = temp_file("small.csv", &big_roster(3));
    let out = presend(&["scan", "--format", "json", small.to_str().unwrap_or_default()]);
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    for k in v["files"][0]["summary"].as_array().expect("summary") {
        assert_eq!(k["count"], k["listed"], "{k}");
    }
}

#[test]
fn all_findings_lists_every_one_and_jsonl_streams_a_file_a_line() {
    let big = temp_file("big-all.csv", &big_roster(1_200));
    let clean = temp_file("memo.txt", "来週の定例会議は第3会議室です。".as_bytes());
    let missing = std::env::temp_dir().join("presend-ids-no-such-file.csv");
    let out = presend(&["scan", "--format", "json", "--all-findings", big.to_str().unwrap_or_default()]);
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    let phones = v["files"][0]["findings"].as_array().map_or(0, |f| f.iter().filter(|f| f["kind"] == "phone").count());
    assert_eq!(phones, 1_200, "every finding is listed with --all-findings");

    let out = presend(&[
        "scan",
        "--format",
        "jsonl",
        "--all-findings",
        big.to_str().unwrap_or_default(),
        clean.to_str().unwrap_or_default(),
        missing.to_str().unwrap_or_default(),
    ]);
    assert_eq!(out.status.code(), Some(2), "an unreadable file is an error");
    let text = String::from_utf8(out.stdout).expect("UTF-8");
    let lines: Vec<serde_json::Value> =
        text.lines().map(|l| serde_json::from_str(l).expect("each line is one JSON value")).collect();
    assert_eq!(lines.len(), 3, "{text}");
    let phones = lines[0]["findings"].as_array().map_or(0, |f| f.iter().filter(|f| f["kind"] == "phone").count());
    assert_eq!(phones, 1_200);
    for k in lines[0]["summary"].as_array().expect("summary") {
        assert_eq!(k["count"], k["listed"], "{k}");
    }
    assert_eq!(lines[1]["findings"].as_array().map(Vec::len), Some(0));
    assert!(lines[2]["error"].is_string(), "{}", lines[2]);
    assert!(lines[2]["path"].as_str().is_some_and(|p| p.ends_with("no-such-file.csv")));
}

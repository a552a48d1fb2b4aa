//! The `presend scan` command as scripts and people use it: the JSON
//! contract, the exit status, the language of the human report.

use std::path::PathBuf;
use std::process::{Command, Output};

fn presend(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_presend")).args(args).env("LANG", "C").output().expect("run presend")
}

fn temp_file(name: &str, content: &[u8]) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("presend-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let path = dir.join(name);
    std::fs::write(&path, content).expect("write temp file");
    path
}

const LIST: &str =
    "氏名,電話番号,マイナンバー\r\n山田 太郎,090-1234-5678,123456789018\r\n佐藤 花子,03-1234-5678,621498320257\r\n";

#[test]
fn json_output_is_the_stable_contract() {
    let path = temp_file("list.csv", LIST.as_bytes());
    let out = presend(&["scan", "--format", "json", path.to_str().unwrap_or_default()]);
    assert_eq!(out.status.code(), Some(1), "findings exit with 1");
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("valid JSON");
    let file = &v["files"][0];
    for key in ["path", "format", "records", "columns", "findings", "problems"] {
        assert!(!file[key].is_null(), "file has {key}");
    }
    assert_eq!(file["format"], "csv");
    assert_eq!(file["records"], 2);
    let findings = file["findings"].as_array().expect("findings array");
    assert_eq!(findings.len(), 6, "every finding is listed: {findings:#?}");
    let my_number = findings.iter().find(|f| f["kind"] == "my_number").expect("a my_number finding");
    assert_eq!(my_number["location"], serde_json::json!({"row": 2, "column": 3}));
    assert_eq!(my_number["severity"], "critical");
    assert_eq!(my_number["masked"], "********9018");
    assert!(my_number["confidence"].as_f64().unwrap_or(0.0) > 0.9);
    assert!(my_number.get("raw").is_none(), "raw values only on request");
    let column =
        file["columns"].as_array().and_then(|c| c.iter().find(|c| c["header"] == "マイナンバー")).expect("column");
    assert_eq!(column["kind"], "my_number");
    assert_eq!(column["rows"], 2);
}

#[test]
fn raw_values_only_when_asked() {
    let path = temp_file("raw.csv", LIST.as_bytes());
    let out = presend(&["scan", "--format=json", "--raw", path.to_str().unwrap_or_default()]);
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("\"raw\": \"123456789018\""), "{text}");
}

#[test]
fn a_clean_file_exits_zero_and_says_so() {
    let path = temp_file("memo.txt", "来週の定例会議は第3会議室で10:30からです。".as_bytes());
    let out = presend(&["scan", "--lang", "en", path.to_str().unwrap_or_default()]);
    assert_eq!(out.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&out.stdout).contains("Nothing sensitive found"));
}

#[test]
fn human_report_in_japanese_and_english() {
    let path = temp_file("h.csv", LIST.as_bytes());
    let ja = presend(&["scan", "--lang", "ja", path.to_str().unwrap_or_default()]);
    let ja = String::from_utf8_lossy(&ja.stdout);
    assert!(ja.contains("電話番号") && ja.contains("約2人分"), "{ja}");
    let en = presend(&["scan", "--lang", "en", path.to_str().unwrap_or_default()]);
    let en = String::from_utf8_lossy(&en.stdout);
    assert!(en.contains("Phone number") && en.contains("~2 people"), "{en}");
    assert!(!en.contains("090-1234-5678"), "values are masked");
}

#[test]
fn an_uninspectable_file_is_not_a_pass() {
    let path = temp_file("scan.pdf", b"%PDF-1.7\n...");
    let out = presend(&["scan", "--lang", "en", path.to_str().unwrap_or_default()]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stdout).contains("could not inspect"));
}

#[test]
fn errors_exit_two() {
    assert_eq!(presend(&["scan", "/nonexistent/file.xlsx"]).status.code(), Some(2));
    assert_eq!(presend(&["scan"]).status.code(), Some(2));
    assert_eq!(presend(&["scan", "--format", "xml", "x"]).status.code(), Some(2));
    assert_eq!(presend(&["frobnicate"]).status.code(), Some(2));
}

#[test]
fn check_exit_status_follows_the_decision_and_attachments_resolve_next_to_the_message() {
    let list = temp_file("check-list.csv", LIST.as_bytes());
    let dir = list.parent().expect("temp dir").to_path_buf();
    let policy = temp_file("check-policy.json", br#"{"internal_domains": ["presend.co.jp"]}"#);
    let cases = [
        (r#"{"from": "a@presend.co.jp", "to": ["b@presend.co.jp"], "body": "お疲れ様です。"}"#, 0, "allow"),
        (r#"{"from": "a@presend.co.jp", "to": ["x@gmail.com"], "body": "お疲れ様です。"}"#, 1, "confirm"),
        (r#"{"from": "a@presend.co.jp", "to": ["x@gmail.com"], "attachments": ["check-list.csv"]}"#, 3, "block"),
    ];
    for (i, (json, code, decision)) in cases.iter().enumerate() {
        let message = temp_file(&format!("check-message-{i}.json"), json.as_bytes());
        assert_eq!(message.parent(), Some(dir.as_path()));
        let args = ["check", "--policy", policy.to_str().unwrap_or_default(), "--message"];
        let out = presend(&[&args[..], &[message.to_str().unwrap_or_default(), "--format", "json"]].concat());
        let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("valid JSON");
        assert_eq!(out.status.code(), Some(*code), "{json}: {}", String::from_utf8_lossy(&out.stderr));
        assert_eq!(v["decision"], *decision, "{json}");
        for key in ["reasons", "recipients", "attachments"] {
            assert!(v[key].is_array(), "{key}");
        }
    }
}

#[test]
fn check_rejects_a_malformed_policy_naming_the_key() {
    let message = temp_file("check-m.json", br#"{"to": ["b@presend.co.jp"]}"#);
    for (policy, key) in [
        (r#"{"internal_domains": "presend.co.jp"}"#, "internal_domains"),
        (r#"{"rules": {"free_mail": "sometimes"}}"#, "rules.free_mail"),
        (r#"{"thresholds": {"bulk_record": 5}}"#, "thresholds.bulk_record"),
    ] {
        let path = temp_file("check-bad-policy.json", policy.as_bytes());
        let out = presend(&[
            "check",
            "--policy",
            path.to_str().unwrap_or_default(),
            "--message",
            message.to_str().unwrap_or_default(),
        ]);
        assert_eq!(out.status.code(), Some(2), "{policy}");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains(&format!("policy: {key}:")), "{policy}: {err}");
        assert!(out.stdout.is_empty(), "no verdict from a bad policy");
    }
}

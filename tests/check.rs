//! The message check rule by rule, through the library API the browser
//! facade uses: each test is one thing a user would notice (a warning that
//! must appear, or one that must not). Incident replays and the clean-mail
//! corpus run through the command line in `tests/replay.rs`.

use presend::assess::{check_message, Attachment, CheckOptions, Decision, Level, Message, Policy, Rule, Verdict};

const POLICY: &str = r#"{
    "internal_domains": ["presend.co.jp"],
    "partner_domains": {"alpha-shoji.co.jp": "株式会社アルファ商事", "beta-kogyo.co.jp": "ベータ工業株式会社"},
    "own_names": ["株式会社プレセンド"]
}"#;

const SIGNATURE: &str = "\nよろしくお願いいたします。\n\n━━━━━━━━━━━━━━\n株式会社プレセンド 営業部\n鈴木 一郎\n\
    〒100-0001 東京都千代田区千代田1-1-1\nTEL: 03-1234-5678 / 携帯: 090-1234-5678\nMail: suzuki@presend.co.jp\n\
    ━━━━━━━━━━━━━━\n本メールは機密情報を含む場合があります。\n";

fn policy(json: &str) -> Policy {
    Policy::from_json(json).unwrap_or_else(|e| panic!("{e}"))
}

fn message(to: &[&str], body: &str) -> Message {
    let json = serde_json::json!({
        "from": "鈴木一郎 <suzuki@presend.co.jp>",
        "to": to,
        "subject": "ご連絡",
        "body": format!("{body}{SIGNATURE}"),
    });
    Message::from_json(&json.to_string()).unwrap_or_else(|e| panic!("{e}"))
}

fn check(msg: &Message, files: &[(&str, &[u8])], policy: &Policy) -> Verdict {
    check_with(msg, files, policy, &CheckOptions::default())
}

fn check_with(msg: &Message, files: &[(&str, &[u8])], policy: &Policy, options: &CheckOptions) -> Verdict {
    let attachments: Vec<Attachment> = files.iter().map(|(name, bytes)| Attachment { name, bytes }).collect();
    check_message(msg, &attachments, policy, options)
}

fn rules(v: &Verdict) -> Vec<&'static str> {
    v.reasons.iter().map(|r| r.rule.id()).collect()
}

const MEMO: &str = "株式会社アルファ商事\n営業部 山田様\n\nいつもお世話になっております。プレセンドの鈴木です。\n\
    先日はお打ち合わせのお時間をいただきありがとうございました。\n次回は12月3日(水)14時から、弊社3階の会議室でお願いいたします。\n";

#[test]
fn a_colleague_or_a_partner_with_an_ordinary_mail_passes_silently() {
    let p = policy(POLICY);
    let colleague = "佐藤さん\n\nお疲れ様です。\n明日の会議資料を共有フォルダに置きました。\n";
    for (to, body) in [
        ("山田太郎 <yamada@alpha-shoji.co.jp>", MEMO),
        ("佐藤 花子 <sato@presend.co.jp>", colleague),
        ("sato@tokyo.presend.co.jp", colleague),
    ] {
        let v = check(&message(&[to], body), &[], &p);
        assert_eq!(v.decision, Decision::Allow, "{to}: {:#?}", v.reasons);
        assert!(v.reasons.is_empty(), "{to}: nothing to read: {:?}", rules(&v));
    }
}

#[test]
fn internal_domains_match_on_a_dot_boundary() {
    let p = policy(POLICY);
    let v = check(&message(&["a@sub.presend.co.jp", "b@badpresend.co.jp"], "お疲れ様です。\n"), &[], &p);
    let classes: Vec<String> = v.recipients.iter().map(|r| format!("{:?}", r.class)).collect();
    assert_eq!(classes, ["Internal", "External"]);
    assert!(!v.recipients[0].confirm && v.recipients[1].confirm, "a tick is asked only for the external one");
    // An unknown external domain is only a notice: the send is not held.
    assert_eq!(rules(&v), ["external_recipient"]);
    assert_eq!(v.decision, Decision::Allow);
}

#[test]
fn a_fresh_install_treats_the_senders_domain_as_internal() {
    let v = check(&message(&["sato@presend.co.jp"], "お疲れ様です。\n"), &[], &Policy::default());
    assert!(v.reasons.is_empty(), "{:?}", rules(&v));
    let v = check(&message(&["x@gmail.com"], "お疲れ様です。\n"), &[], &Policy::default());
    assert_eq!(v.decision, Decision::Confirm);
    assert_eq!(rules(&v), ["free_mail"]);
}

#[test]
fn carriers_and_consumer_isps_are_private_addresses() {
    let p = policy(POLICY);
    for to in ["a@docomo.ne.jp", "b@ezweb.ne.jp", "c@i.softbank.jp", "d@icloud.com", "e@outlook.jp", "f@hotmail.co.jp"]
    {
        let v = check(&message(&[to], "お疲れ様です。\n"), &[], &p);
        assert_eq!(rules(&v), ["free_mail"], "{to}");
    }
}

#[test]
fn the_senders_signature_and_correspondents_are_not_personal_data() {
    // A mail to a private address with the full signature, a name in the
    // salutation and a colleague mentioned: free mail, nothing more.
    let v = check(
        &message(
            &["山田様 <yamada.t@gmail.com>"],
            "山田様\n\nお世話になっております。\n営業の田中さんからも連絡があると思います。\n",
        ),
        &[],
        &policy(POLICY),
    );
    assert_eq!(rules(&v), ["free_mail"], "{:#?}", v.reasons);
}

#[test]
fn a_list_of_people_pasted_into_the_body_counts() {
    let list: String = (0..6).map(|i| format!("会員{i}: 090-2222-33{i:02} 東京都港区芝{i}-1-1\n")).collect();
    let v = check(&message(&["x@gmail.com"], &format!("お疲れ様です。\n{list}")), &[], &policy(POLICY));
    assert_eq!(v.decision, Decision::Block);
    assert!(rules(&v).contains(&"personal_data_free_mail"), "{:?}", rules(&v));
    assert_eq!(v.body.as_ref().map(|b| b.records), Some(6));
}

#[test]
fn a_mail_that_is_only_a_pasted_list_counts_and_says_where_in_both_languages() {
    // No greeting: the list starts on the body's first line.
    let list: String = (0..6)
        .map(|i| {
            format!(
                "{},090-2222-33{i:02},東京都港区芝{i}-1-1\n",
                ["山田 太郎", "佐藤 花子", "鈴木 一郎", "高橋 美咲", "田中 健太", "伊藤 陽子"][i]
            )
        })
        .collect();
    let v = check(&message(&["x@gmail.com"], &format!("氏名,電話番号,住所\n{list}")), &[], &policy(POLICY));
    let body = v.body.as_ref().expect("the body is reported");
    assert_eq!(body.records, 6, "every row, the first ones too");
    let phones = body.kinds.iter().find(|k| k.kind.id() == "phone").expect("phones");
    assert_eq!((phones.places[0].ja.as_str(), phones.places[0].en.as_str()), ("2行目", "line 2"));
    assert_eq!((body.findings[0].place.ja.as_str(), body.findings[0].place.en.as_str()), ("2行目", "line 2"));
    let free = v.recipients.iter().find(|r| r.address == "x@gmail.com").expect("the recipient");
    assert_eq!(free.class_label.ja, "フリーメール・個人", "one wording for every screen");
}

const ROSTER: &str = "氏名,生年月日,電話番号,メールアドレス\n山田 太郎,1980/01/02,090-1111-0001,t.yamada@example.org\n\
    佐藤 花子,1975/03/04,090-1111-0002,h.sato@example.net\n鈴木 次郎,1990/05/06,090-1111-0003,j.suzuki@example.com\n\
    高橋 三郎,1985/07/08,090-1111-0004,s.takahashi@example.jp\n田中 四郎,1970/09/10,090-1111-0005,s.tanaka@example.co.jp\n\
    伊藤 五郎,1995/11/12,090-1111-0006,g.ito@example.ne.jp\n";

#[test]
fn a_roster_needs_a_confirmation_for_unknown_domains_but_not_for_partners() {
    let p = policy(POLICY);
    let files = [("名簿.csv", ROSTER.as_bytes())];
    let v = check(&message(&["x@unknown-firm.co.jp"], "お世話になっております。\n"), &files, &p);
    assert_eq!(v.decision, Decision::Confirm);
    assert!(rules(&v).contains(&"personal_data_external"));
    assert_eq!(v.attachments[0].records, 6);
    let v = check(&message(&["山田 <yamada@alpha-shoji.co.jp>"], "お世話になっております。\n"), &files, &p);
    assert!(v.reasons.is_empty(), "six people to a partner is ordinary business: {:?}", rules(&v));
}

#[test]
fn exemptions_and_allow_lists_are_per_recipient_and_per_rule() {
    let payroll = "氏名,個人番号\n山田 太郎,123456789018\n佐藤 花子,621498320257\n";
    let files = [("扶養控除.csv", payroll.as_bytes())];
    let strict = policy(POLICY);
    let msg = message(&["kyuyo@sr-office.jp"], "お世話になっております。\n");
    assert_eq!(check(&msg, &files, &strict).decision, Decision::Block);
    let exempt = policy(
        r#"{"internal_domains": ["presend.co.jp"], "allow_domains": ["sr-office.jp"],
            "exemptions": [{"recipients": ["sr-office.jp"], "rules": ["my_number_external"]}]}"#,
    );
    let v = check(&msg, &files, &exempt);
    assert_eq!(v.decision, Decision::Allow, "{:?}", rules(&v));
    // The exemption names one recipient: another one in the same mail still blocks.
    let both = message(&["kyuyo@sr-office.jp", "someone@other.co.jp"], "お世話になっております。\n");
    let v = check(&both, &files, &exempt);
    assert_eq!(v.decision, Decision::Block);
    let r = v.reasons.iter().find(|r| r.rule == Rule::MyNumberExternal).expect("my number reason");
    assert_eq!(r.recipients, ["someone@other.co.jp"]);
}

#[test]
fn rule_levels_come_from_the_policy() {
    let p = policy(
        r#"{"internal_domains": ["presend.co.jp"], "rules": {"free_mail": "off", "external_recipient": "confirm"}}"#,
    );
    assert_eq!(p.level(Rule::FreeMail), Level::Off);
    let v = check(&message(&["a@gmail.com"], "お疲れ様です。\n"), &[], &p);
    assert!(v.reasons.is_empty(), "{:?}", rules(&v));
    let v = check(&message(&["a@unknown.co.jp"], "お疲れ様です。\n"), &[], &p);
    assert_eq!(v.decision, Decision::Confirm);
}

#[test]
fn first_time_domains_need_a_history() {
    let p = policy(POLICY);
    let msg = message(&["a@new-client.co.jp", "b@old-client.co.jp", "x@gmail.com"], "お世話になっております。\n");
    assert!(!rules(&check(&msg, &[], &p)).contains(&"first_time_domain"), "no history, no rule");
    let options =
        CheckOptions { history: Some(vec!["old-client.co.jp".into(), "y@gmail.com".into()]), ..Default::default() };
    let v = check_with(&msg, &[], &p, &options);
    let r = v.reasons.iter().find(|r| r.rule == Rule::FirstTimeDomain).expect("first time");
    assert_eq!(r.recipients, ["a@new-client.co.jp", "x@gmail.com"], "gmail.com is per address, not per domain");
}

#[test]
fn salutations_are_compared_with_the_recipients() {
    let p = policy(POLICY);
    // The same surname at another company, picked by autocomplete.
    let v = check(&message(&["山田太郎 <yamada@beta-kogyo.co.jp>"], MEMO), &[], &p);
    assert_eq!(rules(&v), ["salutation_mismatch"]);
    assert!(v.reasons[0].detail.ja.contains("alpha-shoji.co.jp"), "{}", v.reasons[0].detail.ja);
    // The right company, the wrong person.
    let v = check(&message(&["田中一郎 <tanaka@alpha-shoji.co.jp>"], MEMO), &[], &p);
    assert_eq!(rules(&v), ["salutation_mismatch"]);
    // 各位 and a bare address are never a mismatch.
    let v = check(
        &message(&["a@alpha-shoji.co.jp", "b@beta-kogyo.co.jp"], "関係者各位\n\nお世話になっております。\n"),
        &[],
        &p,
    );
    assert!(v.reasons.is_empty(), "{:?}", rules(&v));
    let v = check(&message(&["yamada@alpha-shoji.co.jp"], MEMO), &[], &p);
    assert!(v.reasons.is_empty(), "{:?}", rules(&v));
}

#[test]
fn an_encrypted_attachment_holds_an_external_send_but_only_informs_internally() {
    let encrypted =
        std::fs::read(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/encrypted.xlsx")).expect("fixture");
    let files = [("見積書.xlsx", encrypted.as_slice())];
    let p = policy(POLICY);
    let v = check(&message(&["山田 <yamada@alpha-shoji.co.jp>"], "お世話になっております。\n"), &files, &p);
    assert_eq!(v.decision, Decision::Confirm);
    assert_eq!(rules(&v), ["uninspectable_attachment"]);
    assert!(v.reasons[0].detail.en.contains("encrypted"), "{}", v.reasons[0].detail.en);
    let v = check(&message(&["sato@presend.co.jp"], "お疲れ様です。\n"), &files, &p);
    assert_eq!(v.decision, Decision::Allow);
    assert_eq!(v.reasons[0].level, Level::Notice, "still said, not silent");
}

#[test]
fn a_supervisor_rule_applies_only_when_configured() {
    let p = policy(
        r#"{"internal_domains": ["presend.co.jp"], "partner_domains": {"alpha-shoji.co.jp": "アルファ商事"},
            "supervisors": {"addresses": ["boss@presend.co.jp"], "when": "external"}}"#,
    );
    let v = check(&message(&["yamada@alpha-shoji.co.jp"], "お世話になっております。\n"), &[], &p);
    assert_eq!(rules(&v), ["supervisor_cc_missing"]);
    let json =
        r#"{"from": "suzuki@presend.co.jp", "to": ["yamada@alpha-shoji.co.jp"], "cc": ["上司 <Boss@presend.co.jp>"]}"#;
    let v = check(&Message::from_json(json).expect("message"), &[], &p);
    assert!(v.reasons.is_empty(), "{:?}", rules(&v));
    let v = check(&message(&["sato@presend.co.jp"], "お疲れ様です。\n"), &[], &p);
    assert!(v.reasons.is_empty(), "internal mail needs no supervisor");
}

#[test]
fn a_host_that_reads_no_recipients_gets_a_confirmation_not_a_silent_pass() {
    let v = check(&message(&[], "お疲れ様です。\n"), &[], &policy(POLICY));
    assert_eq!(v.decision, Decision::Confirm);
    assert_eq!(rules(&v), ["no_recipients"]);
    let v = check(&message(&["山田さん"], "お疲れ様です。\n"), &[], &policy(POLICY));
    assert_eq!(rules(&v), ["invalid_address"]);
}

#[test]
fn reasons_come_strongest_first_with_both_languages() {
    let body = "お疲れ様です。\nマイナンバー: 1234 5678 9018\n";
    let v = check(&message(&["a@gmail.com", "b@gmai.com"], body), &[], &policy(POLICY));
    assert_eq!(v.decision, Decision::Block);
    let levels: Vec<Level> = v.reasons.iter().map(|r| r.level).collect();
    let mut sorted = levels.clone();
    sorted.sort_by(|a, b| b.cmp(a));
    assert_eq!(levels, sorted);
    for r in &v.reasons {
        assert!(!r.title.ja.is_empty() && !r.title.en.is_empty() && !r.detail.ja.is_empty() && !r.detail.en.is_empty());
    }
    let json = serde_json::to_value(&v).expect("serialise");
    assert_eq!(json["decision"], "block");
    let shown = json.to_string();
    assert!(!shown.contains("1234 5678 9018") && !shown.contains("123456789018"), "values are masked: {shown}");
}

#[test]
fn form_fields_use_their_labels_as_context() {
    let fields: Vec<(String, String)> = [
        ("お名前", "山田 太郎"),
        ("マイナンバー", "123456789018"),
        ("電話番号", "090-1234-5678"),
        ("お問い合わせ内容", "先日の件です。\nよろしくお願いします。"),
    ]
    .iter()
    .map(|(l, v)| ((*l).to_owned(), (*v).to_owned()))
    .collect();
    let report = presend::scan_fields(&fields, &presend::ScanOptions::default());
    let found: Vec<(String, &str)> =
        report.findings.iter().map(|f| (f.location.entry.as_deref().unwrap_or("?").to_owned(), f.kind.id())).collect();
    assert_eq!(
        found,
        [
            ("お名前".to_owned(), "person_name"),
            ("マイナンバー".to_owned(), "my_number"),
            ("電話番号".to_owned(), "phone")
        ]
    );
    assert_eq!(report.records, 1);
}

fn fields(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
    pairs.iter().map(|(l, v)| ((*l).to_owned(), (*v).to_owned())).collect()
}

#[test]
fn an_upload_presend_cannot_read_is_asked_about_and_a_photo_is_not() {
    use presend::assess::{assess_upload, scan_options};
    let p = Policy::default();
    let scan = scan_options(&p, &presend::ScanOptions::default());
    let file = |name: &str, bytes: &[u8]| (name.to_owned(), presend::scan_bytes(name, bytes, &scan));
    // A roster packed in a format presend does not open: it says so and asks.
    let mut seven = b"7z\xBC\xAF\x27\x1C\0\x04".to_vec();
    seven.resize(300, 1);
    let v = assess_upload("uploads.example.com", &[file("名簿.7z", &seven)], None, &p);
    assert_eq!(v.decision, Decision::Confirm, "{:?}", rules(&v));
    assert!(rules(&v).contains(&"uninspectable_attachment"), "{:?}", rules(&v));
    // The same roster gzipped is read: its people are what is asked about.
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    std::io::Write::write_all(&mut gz, ROSTER.as_bytes()).expect("gzip in memory");
    let v = assess_upload("uploads.example.com", &[file("名簿.csv.gz", &gz.finish().expect("gzip"))], None, &p);
    assert_eq!(v.decision, Decision::Confirm, "{:?}", rules(&v));
    assert!(rules(&v).contains(&"personal_data_upload"), "{:?}", rules(&v));
    // A photo or a film is not read either, but asking about every one
    // would teach users to click through: a notice, the upload goes.
    let mut mp4 = b"\0\0\0\x20ftypisom\0\0\x02\0".to_vec();
    mp4.resize(300, 0);
    for (name, bytes) in [("photo.png", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR".to_vec()), ("clip.mp4", mp4)] {
        let v = assess_upload("uploads.example.com", &[file(name, &bytes)], None, &p);
        assert_eq!(v.decision, Decision::Allow, "{name}: {:?}", rules(&v));
    }
}

#[test]
fn uploads_hold_files_with_personal_data_and_let_clean_files_and_own_details_through() {
    use presend::assess::{assess_upload, scan_options};
    let p = Policy::default();
    let scan = scan_options(&p, &presend::ScanOptions::default());
    let roster = ("名簿.csv".to_owned(), presend::scan_bytes("名簿.csv", ROSTER.as_bytes(), &scan));
    let catalogue = "品番,商品名,価格\nA-100,ボールペン,120\nA-200,ノート,240\n";
    let clean = ("商品.csv".to_owned(), presend::scan_bytes("商品.csv", catalogue.as_bytes(), &scan));

    let v = assess_upload("uploads.example.com", &[roster], None, &p);
    assert_eq!(v.decision, Decision::Confirm);
    assert!(rules(&v).contains(&"personal_data_upload"), "{:?}", rules(&v));
    assert!(v.recipients.is_empty());
    let v = assess_upload("uploads.example.com", &[clean], None, &p);
    assert_eq!(v.decision, Decision::Allow, "{:?}", rules(&v));

    // Checkout: the buyer's own name, phone and card.
    let own = presend::scan_fields(
        &fields(&[("お名前", "山田 太郎"), ("電話番号", "090-1234-5678"), ("カード番号", "4111 1111 1111 1111")]),
        &scan,
    );
    let v = assess_upload("shop.example.com", &[], Some(&own), &p);
    assert!(v.reasons.is_empty(), "{:?}", rules(&v));
    // A list of customers pasted into a text area.
    let list: String = (0..6).map(|i| format!("会員{i} 090-2222-33{i:02}\n")).collect();
    let pasted = presend::scan_fields(&fields(&[("備考", &list)]), &scan);
    let v = assess_upload("forms.example.com", &[], Some(&pasted), &p);
    assert_eq!(v.decision, Decision::Confirm, "{:?}", rules(&v));
}

#[test]
fn a_marking_in_a_sheets_title_or_header_row_counts_like_one_in_the_body() {
    let p = policy(POLICY);
    let to = ["山田太郎 <yamada@alpha-shoji.co.jp>"];
    let rows = "関東,1200,105%\n関西,800,98%\n";
    let title = format!("【社外秘】2026年度 販売計画\n地域,売上目標,前年比\n{rows}");
    let header = format!("地域,売上目標（取扱注意）,前年比\n{rows}");
    let plain = format!("地域,売上目標,前年比\n{rows}");
    for (name, csv, fires) in [("title row", title, true), ("header row", header, true), ("no marking", plain, false)] {
        let v = check(&message(&to, MEMO), &[("販売計画.csv", csv.as_bytes())], &p);
        assert_eq!(rules(&v).contains(&"confidential_keyword"), fires, "{name}: {:?}", rules(&v));
    }
}

#[test]
fn the_confirmation_counts_every_row_of_a_long_roster() {
    // Past the scan's per-kind limit (1,000 by default) the findings are only
    // counted; the screen still says how many there are.
    let mut csv = String::from("氏名,電話番号\n");
    for i in 0..1500 {
        let name = ["山田", "佐藤", "鈴木", "高橋", "田中"][i % 5];
        let given = ["太郎", "花子", "一郎", "次郎", "美咲", "健太"][i / 5 % 6];
        csv.push_str(&format!("{name} {given},090-{:04}-{:04}\n", i / 100, i));
    }
    let v = check(&message(&["someone@gmail.com"], "資料です。"), &[("名簿.csv", csv.as_bytes())], &policy(POLICY));
    let part = &v.attachments[0];
    assert_eq!(part.records, 1500);
    let count = |k: presend::Kind| part.kinds.iter().find(|r| r.kind == k).map(|r| r.count);
    assert_eq!(count(presend::Kind::Phone), Some(1500));
    assert_eq!(count(presend::Kind::PersonName), Some(1500));
    assert!(part.findings.len() <= presend::assess::verdict::MAX_PART_FINDINGS);
}

#[test]
fn the_external_recipient_notice_names_each_domain_once() {
    // Issue 21: 190 recipients at 19 domains listed 190 entries.
    let to: Vec<String> = (0..190).map(|i| format!("user{i}@client{:02}.example.co.jp", i % 19)).collect();
    let to: Vec<&str> = to.iter().map(String::as_str).collect();
    let v = check(&message(&to, "各位\n\nお世話になっております。\n"), &[], &policy(POLICY));
    let r = v.reasons.iter().find(|r| r.rule == Rule::ExternalRecipient).expect("external recipients");
    assert_eq!(r.detail.en.matches("example.co.jp").count(), 19, "{}", r.detail.en);
}

#[path = "check/kept_pairs.rs"]
mod kept_pairs;

#[path = "check/kept10_pairs.rs"]
mod kept10_pairs;

#[path = "check/kept11_pairs.rs"]
mod kept11_pairs;

#[path = "check/kept12_pairs.rs"]
mod kept12_pairs;

#[path = "check/kept13_pairs.rs"]
mod kept13_pairs;

#[path = "check/kept14_pairs.rs"]
mod kept14_pairs;

#[path = "check/kept15_pairs.rs"]
mod kept15_pairs;

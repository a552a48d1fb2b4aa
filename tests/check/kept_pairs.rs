//! The message check's pairs from issue 21's kept-aside sets (kept6 on):
//! for each rule changed, the mis-send it must catch and the everyday mail
//! it must leave alone. The harness and the first pairs are in `check.rs`.

use super::*;

// ---------------------------------------------------------------- issue 21, kept6

const CARE_POLICY: &str = r#"{
    "internal_domains": ["presend.co.jp"],
    "partner_domains": {"aozora-shakyo.or.jp": "社会福祉法人あおぞら市社会福祉協議会",
                        "aoba-hp.or.jp": "医療法人あおば会 あおば病院",
                        "kaede-hp.or.jp": "医療法人かえで会 かえで病院",
                        "minami-naika.jp": "みなみ内科クリニック"}
}"#;

/// A partner registered as a legal person and its facility (「医療法人あおば会
/// あおば病院」) is greeted by the facility's name; one greeted nowhere is the
/// reply-all's outsider still.
#[test]
fn a_partner_is_named_by_its_facility_as_well_as_by_its_legal_person() {
    let p = policy(CARE_POLICY);
    let greeting = "あおぞら市社会福祉協議会 地域福祉課 ご担当者様\nあおば病院 地域連携室 小田様\n\n\
        いつもお世話になっております。\n連絡会を1月19日14時から開催します。\n";
    let v = check(&message(&["chiiki@aozora-shakyo.or.jp", "小田 恵子 <oda@aoba-hp.or.jp>"], greeting), &[], &p);
    assert!(v.reasons.is_empty(), "both partners are greeted: {:?}", rules(&v));
    let json = serde_json::json!({
        "from": "鈴木一郎 <suzuki@presend.co.jp>",
        "to": ["chiiki@aozora-shakyo.or.jp", "小田 恵子 <oda@aoba-hp.or.jp>"],
        "cc": ["連携室 <renkei@kaede-hp.or.jp>"],
        "subject": "ご連絡",
        "body": format!("{greeting}{SIGNATURE}"),
    });
    let msg = Message::from_json(&json.to_string()).unwrap_or_else(|e| panic!("{e}"));
    let v = check(&msg, &[], &p);
    assert!(rules(&v).contains(&"salutation_mismatch"), "かえで病院 is greeted nowhere: {:?}", rules(&v));
}

/// A display name that is a clinic or a desk is no person to compare the
/// greeted doctor with; a person's display name still is.
#[test]
fn a_clinics_display_name_is_not_compared_with_the_doctor_greeted() {
    let p = policy(CARE_POLICY);
    let body = "みなみ内科クリニック\n南先生\n\nいつもお世話になっております。\n来週の勉強会の資料をお送りします。\n";
    let v = check(&message(&["みなみ内科クリニック <info@minami-naika.jp>"], body), &[], &p);
    assert!(v.reasons.is_empty(), "{:?}", rules(&v));
    let v = check(&message(&["受付 <uketsuke@minami-naika.jp>"], body), &[], &p);
    assert!(v.reasons.is_empty(), "{:?}", rules(&v));
    let v = check(&message(&["北村 健 <kitamura@minami-naika.jp>"], body), &[], &p);
    assert_eq!(rules(&v), ["salutation_mismatch"], "another person at the clinic");
}

/// A condition with nobody named but the person greeted is that person's:
/// sent to an address that by its name is someone else's (autocomplete's
/// namesake), it is special-care data to a third party; to the person
/// greeted it is their own and is not stopped.
#[test]
fn a_greeted_persons_condition_to_someone_else_is_stopped() {
    let p = policy(POLICY);
    let body = "中村 恵美 様\n\nいつもお世話になっております。プレセンドの鈴木です。\n\
        告知書の記入例を作成しました。\n・最近3か月以内の通院：高血圧症で月1回通院\n・過去5年以内の入院：胃潰瘍で8日間入院\n\
        内容をご確認ください。\n";
    let v = check(&message(&["中村 恵 <megumi.nakamura.77@gmail.com>"], body), &[], &p);
    assert_eq!(v.decision, Decision::Block, "{:?}", rules(&v));
    assert!(rules(&v).contains(&"special_care_external"), "{:?}", rules(&v));
    let v = check(&message(&["中村 恵美 <emi.nakamura@yahoo.co.jp>"], body), &[], &p);
    assert_ne!(v.decision, Decision::Block, "her own declaration to her: {:?}", rules(&v));
    assert!(!rules(&v).contains(&"special_care_external"), "{:?}", rules(&v));
    // At a registered partner a display name written otherwise is likelier:
    // asked by the salutation rule, not stopped.
    let v = check(&message(&["中村 恵 <nakamura@alpha-shoji.co.jp>"], body), &[], &p);
    assert_eq!(v.decision, Decision::Confirm, "{:?}", rules(&v));
    assert!(rules(&v).contains(&"salutation_mismatch"), "{:?}", rules(&v));
}

/// Stress-check results (高ストレス判定, 面接指導) are health-check results;
/// the list of who took the check, with the date, is not.
#[test]
fn stress_check_results_are_special_care_and_the_attendance_list_is_not() {
    let p = policy(POLICY);
    let msg = message(&["山田 太郎 <yamada@alpha-shoji.co.jp>"], MEMO);
    let results =
        "社員番号,氏名,部署,ストレス得点,高ストレス判定,医師面接指導\nA001,山田 一郎,営業部,88,高ストレス,希望あり\n\
        A002,佐藤 花子,総務部,52,,\nA003,鈴木 次郎,製造部,91,高ストレス,\nA004,高橋 三郎,営業部,47,,\n";
    let v = check(&msg, &[("結果.csv", results.as_bytes())], &p);
    assert_eq!(v.decision, Decision::Block, "{:?}", rules(&v));
    assert!(rules(&v).contains(&"special_care_external"));
    let attendance = "社員番号,氏名,部署,ストレスチェック受検日,受検状況\nA001,山田 一郎,営業部,2026/11/02,受検済\n\
        A002,佐藤 花子,総務部,2026/11/04,受検済\nA003,鈴木 次郎,製造部,,未受検\nA004,高橋 三郎,営業部,2026/11/05,受検済\n";
    let v = check(&msg, &[("受検状況.csv", attendance.as_bytes())], &p);
    assert!(v.reasons.is_empty(), "who took the check is no result: {:?}", rules(&v));
}

/// A dental diagnosis on a treatment plan is a medical history; dental
/// supplies ordered by name (抜歯鉗子, インプラント) are nobody's.
#[test]
fn dental_diagnoses_are_special_care_and_dental_supplies_are_not() {
    let p = policy(POLICY);
    let plan = "大川 美咲 様\n\nいつもお世話になっております。プレセンドの鈴木です。\n\
        治療計画をお送りします。\n診断：重度歯周病（P3）、右上7番 歯根破折\n治療：右上7番 抜歯の後、インプラント2本\n";
    let v = check(&message(&["大川 真由美 <mayu.okawa@gmail.com>"], plan), &[], &p);
    assert_eq!(v.decision, Decision::Block, "{:?}", rules(&v));
    assert!(rules(&v).contains(&"special_care_external"), "{:?}", rules(&v));
    let order = "株式会社アルファ商事\n営業部 山田様\n\nいつもお世話になっております。\n\
        今月の発注です。\n・抜歯鉗子 上顎大臼歯用 2本\n・インプラント フィクスチャー 4.0×10mm 5本\n・歯周病予防ジェル 20本\n";
    let v = check(&message(&["山田 太郎 <yamada@alpha-shoji.co.jp>"], order), &[], &p);
    assert!(v.reasons.is_empty(), "{:?}", rules(&v));
}

/// A child named only by a given name and ちゃん is a particular child: a
/// condition about her is asked about even when no name is read; a talk
/// about the condition is nobody's.
#[test]
fn a_condition_of_a_child_called_by_chan_is_someones() {
    let p = policy(POLICY);
    let about_her = "株式会社アルファ商事\n山田様\n\nいつもお世話になっております。\n\
        ゆいちゃんは発達支援センターの検査で、軽度の自閉スペクトラム症の疑いがあるとのことでした。\n";
    let v = check(&message(&["山田 太郎 <yamada@alpha-shoji.co.jp>"], about_her), &[], &p);
    assert!(rules(&v).contains(&"special_care_external"), "{:?}", rules(&v));
    assert_ne!(v.decision, Decision::Allow, "{:?}", rules(&v));
    let talk = "株式会社アルファ商事\n山田様\n\nいつもお世話になっております。\n\
        保護者向けに、自閉スペクトラム症の講演会を2月に開きます。ご案内をお送りします。\n";
    let v = check(&message(&["山田 太郎 <yamada@alpha-shoji.co.jp>"], talk), &[], &p);
    assert!(v.reasons.is_empty(), "{:?}", rules(&v));
}

/// A child's condition in a reply to her mother is asked about; with
/// reply-all keeping other families' private addresses in Cc it reaches
/// strangers and is stopped. The child's father (the same surname) in Cc is
/// family.
#[test]
fn a_childs_condition_replied_to_all_with_other_families_is_stopped() {
    let p = policy(POLICY);
    let body = "佐藤 由佳 様\n\nいつもお世話になっております。\n\
        ゆいちゃんは発達支援センターの検査で、軽度の自閉スペクトラム症の疑いがあるとのことでした。\n";
    let reply = |cc: &[&str]| {
        let json = serde_json::json!({
            "from": "鈴木一郎 <suzuki@presend.co.jp>",
            "to": ["佐藤 由佳 <yuka.sato.mama@icloud.com>"],
            "cc": cc,
            "subject": "Re: 発達相談の件",
            "body": format!("{body}{SIGNATURE}"),
        });
        Message::from_json(&json.to_string()).unwrap_or_else(|e| panic!("{e}"))
    };
    let v =
        check(&reply(&["保護者会 森本 <morimoto.family@gmail.com>", "石田 明美 <ishida.akemi@yahoo.co.jp>"]), &[], &p);
    assert_eq!(v.decision, Decision::Block, "{:?}", rules(&v));
    assert!(rules(&v).contains(&"special_care_external"));
    let v = check(&reply(&["佐藤 健 <ken.sato@gmail.com>"]), &[], &p);
    assert_ne!(v.decision, Decision::Block, "her husband is family: {:?}", rules(&v));
}

/// Birth dates with home addresses of five people are what a 社労士 files
/// for the sender (資格取得届): no question to that registered office; the
/// same list to a client is asked about (a CV list is not its business).
#[test]
fn new_hires_birth_dates_and_addresses_go_to_the_registered_sr_office_but_not_to_a_client() {
    let p = policy(
        r#"{"internal_domains": ["presend.co.jp"],
            "partner_domains": {"alpha-shoji.co.jp": "株式会社アルファ商事", "sakura-sr.jp": "さくら社会保険労務士法人"}}"#,
    );
    let hires = "氏名,生年月日,住所,入社日\n山田 一郎,1990/04/01,東京都新宿区西新宿2-8-1,2027/01/04\n\
        佐藤 花子,1995/05/12,東京都中野区中野4-1-1,2027/01/04\n鈴木 次郎,1988/07/30,埼玉県さいたま市浦和区高砂3-15-1,2027/01/04\n\
        高橋 三郎,1999/11/02,千葉県千葉市中央区市場町1-1,2027/01/04\n田中 四郎,1993/02/14,神奈川県横浜市中区日本大通1,2027/01/04\n";
    let files = [("入社者.csv", hires.as_bytes())];
    let to_sr = message(
        &["木下 <kinoshita@sakura-sr.jp>"],
        "さくら社会保険労務士法人\n木下様\n\nいつもお世話になっております。\n",
    );
    let v = check(&to_sr, &files, &p);
    assert!(v.reasons.is_empty(), "{:?}", rules(&v));
    let to_client = message(&["山田 太郎 <yamada@alpha-shoji.co.jp>"], MEMO);
    let v = check(&to_client, &files, &p);
    assert_eq!(v.decision, Decision::Confirm, "{:?}", rules(&v));
    assert!(rules(&v).contains(&"personal_data_external"));
}

/// Issue 21 (kept7): 「児童生徒の」 or a line about a trend speaks of children
/// as a whole, not of a particular child: an agenda naming インフルエンザ and
/// 「児童生徒の肥満傾向」 goes to the medical association silently, while 「生徒の
/// 一人が糖尿病と診断され」 is about someone and is asked about.
#[test]
fn a_group_in_aggregate_is_not_a_particular_person() {
    let p = policy(POLICY);
    let agenda = "株式会社アルファ商事\n山田様\n\nいつもお世話になっております。\n\
        議題：\n1. 冬季の感染症（インフルエンザ・感染性胃腸炎）の流行状況と対策\n\
        2. 児童生徒の肥満傾向と生活習慣について\n";
    let v = check(&message(&["山田太郎 <yamada@alpha-shoji.co.jp>"], agenda), &[], &p);
    assert!(v.reasons.is_empty(), "{:?}", rules(&v));
    let pupil = "株式会社アルファ商事\n山田様\n\nいつもお世話になっております。\n\
        3年の生徒の一人が糖尿病と診断されましたので、合宿の食事についてご相談させてください。\n";
    let v = check(&message(&["山田太郎 <yamada@alpha-shoji.co.jp>"], pupil), &[], &p);
    assert_eq!(v.decision, Decision::Confirm, "{:?}", rules(&v));
    assert!(rules(&v).contains(&"special_care_external"));
}

fn reply_to_customer(bcc_or_to: &str, to: &[&str], subject: &str, body: &str) -> Message {
    let json = serde_json::json!({
        "from": "菊地 沙織 <kikuchi@presend.co.jp>",
        "to": if bcc_or_to == "to" { to.to_vec() } else { vec!["kikuchi@presend.co.jp"] },
        "bcc": if bcc_or_to == "bcc" { to.to_vec() } else { Vec::new() },
        "subject": subject,
        "body": format!("{body}{SIGNATURE}"),
    });
    Message::from_json(&json.to_string()).unwrap_or_else(|e| panic!("{e}"))
}

/// Issue 21 (kept7): a reply greeting the customer the private address names,
/// which the sender has mailed before, may carry that one person's own
/// numbers (his passport read back before ticketing): the private address
/// is shown, not asked about. The same mail to an address never mailed
/// before is asked about.
#[test]
fn a_customers_own_passport_number_in_a_reply_to_his_known_address() {
    let p = policy(POLICY);
    let body = "遠藤 大輔 様\n\nお申し込みありがとうございます。\n発券前に下記をご確認ください。\n\
        ご氏名（ローマ字）：ENDO DAISUKE\n旅券番号：TR4817265\n有効期限：2031年7月14日\n";
    let msg = reply_to_customer("to", &["遠藤 大輔 <daisuke.endo.sendai@gmail.com>"], "Re: ツアーのお申し込み", body);
    let known = CheckOptions { history: Some(vec!["daisuke.endo.sendai@gmail.com".into()]), ..Default::default() };
    let v = check_with(&msg, &[], &p, &known);
    assert_eq!(v.decision, Decision::Allow, "{:?}", rules(&v));
    let unknown = CheckOptions { history: Some(vec!["alpha-shoji.co.jp".into()]), ..Default::default() };
    let v = check_with(&msg, &[], &p, &unknown);
    assert_eq!(v.decision, Decision::Confirm, "{:?}", rules(&v));
    assert!(rules(&v).contains(&"free_mail"));
}

/// Issue 21 (kept7): names alone (a volunteer shift of surnames) to private
/// addresses the sender already writes to, in Bcc, are whose turn it is:
/// no question. With their mobiles, or to an address never mailed before,
/// the list still stops the send.
#[test]
fn a_shift_of_names_goes_to_known_volunteers_but_not_with_their_phones_or_to_strangers() {
    let p = policy(POLICY);
    let volunteers = ["a.sato12@gmail.com", "k.ito34@docomo.ne.jp", "m.kato56@yahoo.co.jp"];
    let shift = "ボランティアの皆さま\n\nいつもありがとうございます。\n1月のシフトです。\n\
        1月9日(土)　調理：佐藤さん、伊藤さん　受付：加藤さん\n1月16日(土)　調理：山本さん、中村さん　受付：小林さん\n";
    let known =
        CheckOptions { history: Some(volunteers.iter().map(|s| (*s).to_owned()).collect()), ..Default::default() };
    let v = check_with(&reply_to_customer("bcc", &volunteers, "1月のシフト", shift), &[], &p, &known);
    assert_eq!(v.decision, Decision::Allow, "{:?}", rules(&v));
    let with_phones = format!("{shift}連絡先：佐藤 090-1111-2222、伊藤 090-3333-4444、加藤 080-5555-6666\n");
    let v = check_with(&reply_to_customer("bcc", &volunteers, "1月のシフト", &with_phones), &[], &p, &known);
    assert_eq!(v.decision, Decision::Block, "{:?}", rules(&v));
    assert!(rules(&v).contains(&"personal_data_free_mail"));
    let strangers = CheckOptions { history: Some(vec!["alpha-shoji.co.jp".into()]), ..Default::default() };
    let v = check_with(&reply_to_customer("bcc", &volunteers, "1月のシフト", shift), &[], &p, &strangers);
    assert_eq!(v.decision, Decision::Block, "{:?}", rules(&v));
}

/// Known gap closed (kept7 round): an English opening is read. 「Dear Mr.
/// Smith,」 to `John Brown` is asked about; to `John Smith`, 「Dear Karen,」 to
/// `Karen Hughes`, 「Dear all,」 or a desk's display name (`Reservations Team`)
/// pass silently.
#[test]
fn english_salutations_are_compared_with_latin_display_names() {
    let p = policy(POLICY);
    let mail = |to: &str, opening: &str| {
        let json = serde_json::json!({
            "from": "Ichiro Suzuki <suzuki@presend.co.jp>",
            "to": [to],
            "subject": "Quotation",
            "body": format!("{opening}\n\nThank you for your email. Please find the quotation attached.\n\nKind regards,\nIchiro Suzuki\n"),
        });
        Message::from_json(&json.to_string()).unwrap_or_else(|e| panic!("{e}"))
    };
    let v = check(&mail("John Brown <j.brown@alpha-shoji.co.jp>", "Dear Mr. Smith,"), &[], &p);
    assert_eq!(v.decision, Decision::Confirm, "{:?}", rules(&v));
    assert_eq!(rules(&v), ["salutation_mismatch"]);
    for (to, opening) in [
        ("John Smith <j.smith@alpha-shoji.co.jp>", "Dear Mr. Smith,"),
        ("Karen Hughes <karen.hughes@alpha-shoji.co.jp>", "Dear Karen,"),
        ("Karen Hughes <karen.hughes@alpha-shoji.co.jp>", "Dear all,"),
        ("Reservations Team <rsv@alpha-shoji.co.jp>", "Dear Karen,"),
        ("Taro Yamada <yamada@alpha-shoji.co.jp>", "Dear Yamada-san,"),
        ("Karen Hughes <karen.hughes@alpha-shoji.co.jp>", "Dear Pacific Sakura Tours,"),
        ("Kenneth Brown <k.brown@alpha-shoji.co.jp>", "Hi Ken,"),
    ] {
        let v = check(&mail(to, opening), &[], &p);
        assert!(v.reasons.is_empty(), "{to} / {opening}: {:?}", rules(&v));
    }
}

/// Issue 21 (kept7 round): colleagues at a group company whose name carries
/// the sender's own are greeted 「お疲れ様です」 as a matter of course, so a
/// project's member list to them is not asked about; the same mail to
/// another partner is (autocomplete's namesake), and so is a list with
/// emergency contacts to the group company.
#[test]
fn a_colleague_style_mail_to_a_group_company_is_not_taken_for_autocomplete() {
    let p = policy(
        r#"{"internal_domains": ["presend.co.jp"],
            "partner_domains": {"presend-service.co.jp": "株式会社プレセンドサービス", "alpha-shoji.co.jp": "株式会社アルファ商事"},
            "own_names": ["株式会社プレセンド"]}"#,
    );
    let members = "佐藤さん\n\nお疲れ様です。総務の鈴木です。\n来期の合同プロジェクトのメンバーです。\n\
        山田 太郎（営業部） yamada@presend.co.jp\n田中 花子（総務部） tanaka@presend.co.jp\n\
        高橋 次郎（開発部） takahashi@presend.co.jp\n伊藤 三郎（開発部） ito@presend.co.jp\n\
        渡辺 美咲（経理部） watanabe@presend.co.jp\n小林 直人（人事部） kobayashi@presend.co.jp\n";
    let v = check(&message(&["佐藤 健 <k.sato@presend-service.co.jp>"], members), &[], &p);
    assert!(v.reasons.is_empty(), "{:?}", rules(&v));
    let v = check(&message(&["佐藤 健 <k.sato@alpha-shoji.co.jp>"], members), &[], &p);
    assert_eq!(v.decision, Decision::Confirm, "{:?}", rules(&v));
    assert!(rules(&v).contains(&"personal_data_external"));
    let contacts = "氏名,携帯電話,緊急連絡先,続柄\n山田 太郎,090-1111-2222,03-1111-2222,妻\n田中 花子,090-3333-4444,03-3333-4444,夫\n\
        高橋 次郎,080-5555-6666,045-555-6666,母\n伊藤 三郎,080-7777-8888,048-777-8888,父\n渡辺 美咲,070-9999-0000,04-9999-0000,妻\n";
    let v = check(
        &message(&["佐藤 健 <k.sato@presend-service.co.jp>"], "佐藤さん\n\nお疲れ様です。\n緊急連絡網です。\n"),
        &[("緊急連絡網.csv", contacts.as_bytes())],
        &p,
    );
    assert_eq!(v.decision, Decision::Confirm, "{:?}", rules(&v));
    assert!(rules(&v).contains(&"personal_data_external"));
}

/// Issue 21 (kept7 round): a guest network's password in a venue guide is
/// handed to every visitor, like a meeting passcode: no question. The
/// organisation's own Wi-Fi password to an outsider is still asked about.
#[test]
fn a_guest_wifi_password_in_a_venue_guide_is_not_a_credential() {
    let p = policy(POLICY);
    let guide = |wifi: &str| {
        format!(
            "株式会社アルファ商事\n山田様\n\nいつもお世話になっております。プレセンドの鈴木です。\n\
             明日のセミナー会場のご案内です。\n会場：弊社5階 大会議室\n{wifi}\n受付で名刺をお渡しください。\n"
        )
    };
    let guest = guide("来客用Wi-Fi　SSID: presend-guest　パスワード: Welcome2027");
    let v = check(&message(&["山田太郎 <yamada@alpha-shoji.co.jp>"], &guest), &[], &p);
    assert!(v.reasons.is_empty(), "{:?}", rules(&v));
    let own = guide("社内Wi-Fi　SSID: presend-corp　パスワード: Xk7#pQ2vLm9");
    let v = check(&message(&["山田太郎 <yamada@alpha-shoji.co.jp>"], &own), &[], &p);
    assert_eq!(v.decision, Decision::Confirm, "{:?}", rules(&v));
    assert!(rules(&v).contains(&"secret_external"));
}

/// A message from `from` with `to` and `bcc`, subject and body as given.
fn mail_from(from: &str, to: &[&str], bcc: &[&str], subject: &str, body: &str) -> Message {
    let json = serde_json::json!({"from": from, "to": to, "bcc": bcc, "subject": subject, "body": body});
    Message::from_json(&json.to_string()).unwrap_or_else(|e| panic!("{e}"))
}

fn with_history(addresses: &[&str]) -> CheckOptions {
    CheckOptions { history: Some(addresses.iter().map(|a| (*a).to_owned()).collect()), ..CheckOptions::default() }
}

/// Issue 21 (kept8 round): a cat's diabetes on a pet-insurance claim is an
/// animal's disease, not anyone's medical history; the same claim about a
/// person is special-care data and is stopped.
#[test]
fn an_animals_disease_is_not_a_persons_special_care_data() {
    let vet = policy(
        r#"{"internal_domains": ["hinata-ah.jp"],
            "partner_domains": {"pet-anshin.co.jp": "ペットあんしん少額短期保険株式会社"},
            "own_names": ["ひなた動物病院"]}"#,
    );
    let claim = |patient: &str| {
        format!(
            "ペットあんしん少額短期保険株式会社\n保険金請求センター ご担当者様\n\nいつもお世話になっております。\n\
             保険金請求をお送りします。\n契約者：大塚 美奈子 様\n{patient}\n傷病名：糖尿病（初診日 2026年11月28日）\n\
             診療内容：血液検査、インスリン処方\n\nよろしくお願いいたします。\n"
        )
    };
    let to = ["請求センター <seikyu@pet-anshin.co.jp>"];
    let animal =
        mail_from("会計 <kaikei@hinata-ah.jp>", &to, &[], "保険金請求", &claim("対象：ルナ（猫・メス・11歳）"));
    let v = check(&animal, &[], &vet);
    assert_eq!(v.decision, Decision::Allow, "{:?}", rules(&v));
    assert!(!rules(&v).contains(&"special_care_external"));
    // The vet's own staff member named with her illness is a person's.
    let staff = mail_from(
        "院長 <incho@hinata-ah.jp>",
        &["ペットあんしん 営業 <eigyo@pet-anshin.co.jp>"],
        &[],
        "担当者変更のお知らせ",
        "ペットあんしん少額短期保険株式会社\n営業部 ご担当者様\n\nいつもお世話になっております。\n\
         受付の西田 舞さんがうつ病で休職するため、来月から窓口は丸山が担当します。\n\nよろしくお願いいたします。\n",
    );
    let v = check(&staff, &[], &vet);
    assert_eq!(v.decision, Decision::Block, "{:?}", rules(&v));
    // An insurer of people, from a company: the insured's diabetes is hers.
    let person = policy(
        r#"{"internal_domains": ["presend.co.jp"],
            "partner_domains": {"anshin-seimei.co.jp": "あんしん生命保険株式会社"}, "own_names": ["株式会社プレセンド"]}"#,
    );
    let human = mail_from(
        "総務 <soumu@presend.co.jp>",
        &["請求センター <seikyu@anshin-seimei.co.jp>"],
        &[],
        "保険金請求",
        &claim("被保険者：大塚 美奈子 様（1968年4月2日生）"),
    );
    let v = check(&human, &[], &person);
    assert_eq!(v.decision, Decision::Block, "{:?}", rules(&v));
    assert!(rules(&v).contains(&"special_care_external"));
}

/// Issue 21 (kept8 round): a teacher's reply about a son's fever to the
/// mother, at the address she always writes from and greeted by name, is
/// her own matter; to an address never mailed, or greeting someone else,
/// it is asked about.
#[test]
fn the_addressees_own_matter_to_a_known_private_address_is_shown_not_asked() {
    let p = policy(r#"{"internal_domains": ["hokuryo-h.ed.jp"], "own_names": ["北陵高校"]}"#);
    let body = |greeted: &str| {
        format!(
            "{greeted} 様\n\nご連絡ありがとうございます。担任の平野です。\n\n蓮さんの欠席、承知しました。\n\
             インフルエンザと診断された場合は出席停止になりますので、受診結果をお知らせください。\n\n\
             お大事になさってください。\n\n北陵高校 平野\n"
        )
    };
    let mother = "近藤 千秋 <chiaki.kondo.0315@gmail.com>";
    let from = "担任 平野 <hirano.m@hokuryo-h.ed.jp>";
    let known = with_history(&["chiaki.kondo.0315@gmail.com"]);
    let v = check_with(&mail_from(from, &[mother], &[], "欠席のご連絡", &body("近藤 千秋")), &[], &p, &known);
    assert_eq!(v.decision, Decision::Allow, "{:?}", rules(&v));
    let unknown = with_history(&["someone.else@gmail.com"]);
    let v = check_with(&mail_from(from, &[mother], &[], "欠席のご連絡", &body("近藤 千秋")), &[], &p, &unknown);
    assert_eq!(v.decision, Decision::Confirm, "{:?}", rules(&v));
    let v = check_with(&mail_from(from, &[mother], &[], "欠席のご連絡", &body("川口 美香")), &[], &p, &known);
    assert_ne!(v.decision, Decision::Allow, "{:?}", rules(&v));
}

/// Issue 21 (kept8 round): the coach's own mobile in a notice to parents in
/// Bcc is how to reach the sender, not a parent's data; another person's
/// mobile in the same notice is personal data, and the private addresses
/// are asked about.
#[test]
fn the_senders_own_phone_in_the_text_is_not_personal_data() {
    let p = policy(r#"{"internal_domains": ["hokuryo-h.ed.jp"], "own_names": ["北陵高校"]}"#);
    let parents = ["a.tanaka.1@gmail.com", "b.suzuki.2@docomo.ne.jp", "c.ito.3@yahoo.co.jp"];
    let known = with_history(&parents);
    let notice = |contact: &str| {
        format!(
            "男子バスケットボール部 保護者の皆様\n\nいつもご協力ありがとうございます。顧問の宮本です。\n\n\
             1月9日(土)の遠征についてお知らせします。集合は6:30、北陵高校正門です。\n{contact}\n\n\
             よろしくお願いいたします。\n"
        )
    };
    let from = "北陵高校 顧問 宮本 <miyamoto.t@hokuryo-h.ed.jp>";
    let to = ["miyamoto.t@hokuryo-h.ed.jp"];
    let own = mail_from(from, &to, &parents, "遠征のお知らせ", &notice("当日の緊急連絡先：顧問 宮本 080-2231-7745"));
    let v = check_with(&own, &[], &p, &known);
    assert_eq!(v.decision, Decision::Allow, "{:?}", rules(&v));
    let other =
        mail_from(from, &to, &parents, "遠征のお知らせ", &notice("当日の緊急連絡先：保護者会 田中 080-2231-7745"));
    let v = check_with(&other, &[], &p, &known);
    assert_eq!(v.decision, Decision::Confirm, "{:?}", rules(&v));
    assert!(rules(&v).contains(&"free_mail"));
}

/// Issue 21 (kept8 round): `Hi Kate,` greets Katherine Lund; it does not
/// greet Margaret Lund. An English opening naming a registered partner
/// (`Dear GlobalCare Assistance team,`) sent to the other partner's desk is
/// a mismatch; to that partner it is not.
#[test]
fn english_nicknames_and_partner_names_in_openings_are_compared() {
    let p = policy(
        r#"{"internal_domains": ["aoba-seikei.jp"],
            "partner_domains": {"globalcare-assist.com": "GlobalCare Assistance", "medi-travel-assist.com": "MediTravel Assist",
                                "nordlys-soft.com": "Nordlys Software AS"}}"#,
    );
    let mail = |to: &str, opening: &str| {
        mail_from(
            "Ono <renkei@aoba-seikei.jp>",
            &[to],
            &[],
            "Report",
            &format!("{opening}\n\nPlease find the report below.\n"),
        )
    };
    for (to, opening) in [
        ("Katherine Lund <katherine.lund@nordlys-soft.com>", "Hi Kate,"),
        ("Claims <claims@globalcare-assist.com>", "Dear GlobalCare Assistance team,"),
    ] {
        let v = check(&mail(to, opening), &[], &p);
        assert!(v.reasons.is_empty(), "{to} / {opening}: {:?}", rules(&v));
    }
    for (to, opening) in [
        ("Margaret Lund <margaret.lund@nordlys-soft.com>", "Hi Kate,"),
        ("Claims <claims@medi-travel-assist.com>", "Dear GlobalCare Assistance team,"),
    ] {
        let v = check(&mail(to, opening), &[], &p);
        assert_eq!(rules(&v), ["salutation_mismatch"], "{to} / {opening}");
    }
}

/// Issue 21 (kept8 round): a school abroad registers under `school.nz`; a
/// hyphen added to its name is a look-alike, not the same organisation.
#[test]
fn a_lookalike_of_a_school_under_a_foreign_second_level_is_caught() {
    let p = policy(
        r#"{"internal_domains": ["hokuryo-h.ed.jp"], "partner_domains": {"oakridgehigh.school.nz": "Oakridge High School"}}"#,
    );
    let body = "Dear Ms Hall,\n\nThe programme for March is attached.\n";
    let v = check(
        &mail_from("Ueno <ueno@hokuryo-h.ed.jp>", &["m.hall@oakridgehigh.school.nz"], &[], "March", body),
        &[],
        &p,
    );
    assert!(v.reasons.is_empty(), "{:?}", rules(&v));
    let v = check(
        &mail_from("Ueno <ueno@hokuryo-h.ed.jp>", &["m.hall@oakridge-high.school.nz"], &[], "March", body),
        &[],
        &p,
    );
    assert_eq!(v.decision, Decision::Block, "{:?}", rules(&v));
    assert!(rules(&v).contains(&"lookalike_domain"));
}

/// Issue 21 (kept8 round): a name greeted in kana (a reading, 「さとう様」,
/// or a nickname, 「ゆみさん」) is a person, not an organisation, and cannot
/// be compared with a display name in kanji; in kana both ways it can.
#[test]
fn a_name_greeted_in_kana_is_compared_only_with_a_name_in_kana() {
    let p = policy(POLICY);
    let letter = |greeted: &str| {
        format!("株式会社アルファ商事\n{greeted}\n\nいつもお世話になっております。\n資料をお送りします。\n")
    };
    for (to, greeted) in [
        ("佐藤 由美 <sato.y@alpha-shoji.co.jp>", "さとう様"),
        ("佐藤 由美 <sato.y@alpha-shoji.co.jp>", "ゆみさん"),
        ("さとう ゆみ <sato.y@alpha-shoji.co.jp>", "佐藤様"),
        ("サトウ ユミ <sato.y@alpha-shoji.co.jp>", "さとう様"),
    ] {
        let v = check(&message(&[to], &letter(greeted)), &[], &p);
        assert!(v.reasons.is_empty(), "{to} / {greeted}: {:?}", rules(&v));
    }
    for (to, greeted) in
        [("サトウ ユミ <sato.y@alpha-shoji.co.jp>", "たなか様"), ("佐藤 由美 <sato.y@alpha-shoji.co.jp>", "田中様")]
    {
        let v = check(&message(&[to], &letter(greeted)), &[], &p);
        assert_eq!(rules(&v), ["salutation_mismatch"], "{to} / {greeted}");
    }
}

/// A message with To, Cc and Bcc, as a web mail hands it over.
fn mail_cc(from: &str, to: &[&str], cc: &[&str], body: &str) -> Message {
    let json = serde_json::json!({"from": from, "to": to, "cc": cc, "subject": "ご連絡", "body": body});
    Message::from_json(&json.to_string()).unwrap_or_else(|e| panic!("{e}"))
}

/// Issue 21 (kept9 round): a cram school's newsletter to known parents in
/// Bcc gives the classroom's phone, the one its signature carries: how to
/// reach the office, not anyone's data. A parent's mobile in its place is
/// personal data, and the private addresses are asked about.
#[test]
fn the_offices_own_phone_from_its_signature_is_not_personal_data() {
    let p = policy(r#"{"internal_domains": ["hikari-zemi.jp"], "own_names": ["ひかり進学ゼミ"]}"#);
    let parents = ["a.tanaka.1@gmail.com", "b.suzuki.2@docomo.ne.jp", "c.ito.3@yahoo.co.jp"];
    let known = with_history(&parents);
    let newsletter = |contact: &str| {
        format!(
            "保護者の皆様\n\nいつもありがとうございます。教室長の松井です。\n\n冬期講習は12月24日からです。\n\
             欠席のご連絡は{contact}までお願いします。\n\nよろしくお願いいたします。\n\
             ──────────\nひかり進学ゼミ 豊田駅前校\n教室長 松井 大輔\nTEL: 042-583-7710\n──────────\n"
        )
    };
    let from = "ひかり進学ゼミ 豊田駅前校 <toyoda@hikari-zemi.jp>";
    let to = ["toyoda@hikari-zemi.jp"];
    let own = mail_from(from, &to, &parents, "教室だより", &newsletter("教室（042-583-7710）"));
    let v = check_with(&own, &[], &p, &known);
    assert_eq!(v.decision, Decision::Allow, "{:?}", rules(&v));
    let other = mail_from(from, &to, &parents, "教室だより", &newsletter("保護者会の田中さん（090-4417-2231）"));
    let v = check_with(&other, &[], &p, &known);
    assert_eq!(v.decision, Decision::Confirm, "{:?}", rules(&v));
    assert!(rules(&v).contains(&"free_mail"));
}

/// Issue 21 (kept9 round): names alone to a known private address pass (a
/// rota of who helps when); a class's names with their scores and grades
/// to one parent judge others and stop the send.
#[test]
fn a_class_list_with_scores_to_one_known_parent_is_stopped_a_rota_is_not() {
    let p = policy(r#"{"internal_domains": ["hikari-zemi.jp"], "own_names": ["ひかり進学ゼミ"]}"#);
    let mother = "田中 由美 <yumi.tanaka.0822@gmail.com>";
    let known = with_history(&["yumi.tanaka.0822@gmail.com"]);
    let names =
        ["青木 美咲", "石井 大翔", "上田 結菜", "岡本 悠斗", "菊地 さくら", "工藤 陸", "小林 陽菜", "佐々木 蓮"];
    let table = |header: &str, cell: &dyn Fn(usize) -> String| {
        let rows: Vec<String> = names.iter().enumerate().map(|(i, n)| format!("{n},{}", cell(i))).collect();
        format!("{header}\n{}\n", rows.join("\n"))
    };
    let scores = table("氏名,合計,偏差値", &|i| format!("{},{}", 412 - i * 13, 62 - i));
    let rota = table("氏名,当番日", &|i| format!("1月{}日", 9 + i * 7));
    let body =
        "田中 由美 様\n\nご連絡ありがとうございます。松井です。\n資料をお送りします。\n\nよろしくお願いいたします。\n";
    let msg = mail_from("松井 <toyoda@hikari-zemi.jp>", &[mother], &[], "資料", body);
    let v = check_with(&msg, &[("当番表.csv", rota.as_bytes())], &p, &known);
    assert_eq!(v.decision, Decision::Allow, "{:?}", rules(&v));
    let v = check_with(&msg, &[("模試結果.csv", scores.as_bytes())], &p, &known);
    assert_eq!(v.decision, Decision::Block, "{:?}", rules(&v));
    assert!(rules(&v).contains(&"personal_data_free_mail"));
}

/// Issue 21 (kept9 round): an online meeting's invitation to the client, the
/// architect and a subcontractor, all registered, is how the project
/// meets: shown, not asked. The same three organisations in To for an
/// announcement are asked about (use Bcc).
#[test]
fn a_meeting_invitation_to_registered_partners_of_one_project_is_not_asked() {
    let p = policy(
        r#"{"internal_domains": ["maruei-kensetsu.co.jp"],
            "partner_domains": {"greenhome-re.co.jp": "株式会社グリーンホーム不動産", "atelier-nagi.jp": "有限会社アトリエ凪",
                                "tamura-denko.jp": "有限会社田村電工"}}"#,
    );
    let to = ["岡田 <okada@greenhome-re.co.jp>", "北条 <hojo@atelier-nagi.jp>", "田村 <tamura@tamura-denko.jp>"];
    let from = "小松 <komatsu@maruei-kensetsu.co.jp>";
    let body = |access: &str| {
        format!(
            "関係者各位\n\nいつもお世話になっております。丸栄建設の小松です。\n\n第32回 工事定例会議を1月13日(水) 10:00から開催します。\n\
             {access}\n\nよろしくお願いいたします。\n"
        )
    };
    let teams = "Microsoft Teams 会議\nhttps://teams.microsoft.com/l/meetup-join/19%3ameeting_OWJh%40thread.v2/0\n\
        会議 ID: 381 554 920 117\nパスコード: Xv4tQ9";
    let v = check(&mail_cc(from, &to, &[], &body(teams)), &[], &p);
    assert_eq!(v.decision, Decision::Allow, "{:?}", rules(&v));
    let v = check(&mail_cc(from, &to, &[], &body("会場：作業所2階 会議室")), &[], &p);
    assert_eq!(v.decision, Decision::Confirm, "{:?}", rules(&v));
    assert!(rules(&v).contains(&"external_organisations"));
    // An organisation never mailed among the invitees is still asked about;
    // one the sender has mailed before is not.
    let mixed = ["岡田 <okada@greenhome-re.co.jp>", "北条 <hojo@atelier-nagi.jp>", "営業 <eigyo@other-build.co.jp>"];
    let never = with_history(&["greenhome-re.co.jp"]);
    let v = check_with(&mail_cc(from, &mixed, &[], &body(teams)), &[], &p, &never);
    assert_eq!(v.decision, Decision::Confirm, "{:?}", rules(&v));
    let known = with_history(&["other-build.co.jp"]);
    let v = check_with(&mail_cc(from, &mixed, &[], &body(teams)), &[], &p, &known);
    assert_eq!(v.decision, Decision::Allow, "{:?}", rules(&v));
}

/// Issue 21 (kept9 round): six pupils' names and results in a letter to the
/// high school that recommended them, mailed before, are shown, not asked;
/// to a school never mailed, or with their birth dates, they are asked.
#[test]
fn names_in_a_letter_to_an_organisation_mailed_before_are_shown_not_asked() {
    let p = policy(r#"{"internal_domains": ["towa-u.ac.jp"], "own_names": ["東和学院大学"]}"#);
    let results = |extra: &str| {
        format!(
            "川越西高等学校\n進路指導部 ご担当先生\n\nいつもお世話になっております。入試課の村上です。\n\n合否結果をお知らせします。\n\
             青木 美咲{extra} 合格\n石井 大翔 合格\n上田 結菜 合格\n岡本 悠斗 合格\n菊地 さくら 合格\n工藤 陸 合格\n\n\
             よろしくお願いいたします。\n"
        )
    };
    let to = ["進路指導部 <shinro@kawagoe-nishi-h.ed.jp>"];
    let from = "入試課 <nyushi@towa-u.ac.jp>";
    let known = with_history(&["shinro@kawagoe-nishi-h.ed.jp"]);
    let v = check_with(&mail_cc(from, &to, &[], &results("")), &[], &p, &known);
    assert_eq!(v.decision, Decision::Allow, "{:?}", rules(&v));
    let never = with_history(&["admi-support.co.jp"]);
    let v = check_with(&mail_cc(from, &to, &[], &results("")), &[], &p, &never);
    assert_eq!(v.decision, Decision::Confirm, "{:?}", rules(&v));
    let dated = results("（2008年5月3日生）\n石井 大翔（2008年9月21日生）\n上田 結菜（2008年4月14日生）\n岡本 悠斗（2008年12月2日生）\n菊地 さくら（2009年1月30日生）");
    let v = check_with(&mail_cc(from, &to, &[], &dated), &[], &p, &known);
    assert_eq!(v.decision, Decision::Confirm, "{:?}", rules(&v));
}

/// Issue 21 (kept9 round, and kept8's care report): a child's diagnosis
/// written to his mother but sent to a namesake's private address that the
/// sender has mailed before is asked about (a family shares addresses; the
/// mismatch is the question); to a namesake never mailed it is stopped.
#[test]
fn a_childs_condition_to_a_known_namesakes_address_is_asked_not_blocked() {
    let p = policy(r#"{"internal_domains": ["hikari-zemi.jp"], "own_names": ["ひかり進学ゼミ"]}"#);
    let body = "田中 由美 様\n\nいつもお世話になっております。ひかり進学ゼミの松井です。\n\n\
        先日の面談でお伺いした、颯太さんがADHDの診断を受けて服薬を始められた件、講師間で共有いたしました。\n\
        授業では前方の席にいたします。\n\nよろしくお願いいたします。\n";
    let namesake = "田中 直子 <naoko-tanaka@ezweb.ne.jp>";
    let from = "松井 <toyoda@hikari-zemi.jp>";
    let known = with_history(&["naoko-tanaka@ezweb.ne.jp", "yumi.tanaka.0822@gmail.com"]);
    let v = check_with(&mail_cc(from, &[namesake], &[], body), &[], &p, &known);
    assert_eq!(v.decision, Decision::Confirm, "{:?}", rules(&v));
    assert!(rules(&v).contains(&"salutation_mismatch"));
    let never = with_history(&["yumi.tanaka.0822@gmail.com"]);
    let v = check_with(&mail_cc(from, &[namesake], &[], body), &[], &p, &never);
    assert_eq!(v.decision, Decision::Block, "{:?}", rules(&v));
    assert!(rules(&v).contains(&"special_care_external"));
}

/// Issue 21 (kept8 and kept9 rounds): private addresses shown to one another
/// in To are asked about when they are a dozen (a seminar's guests) and
/// stop the send from three times the Bcc threshold (a member base), unless
/// the mail replies to a thread that showed them already.
#[test]
fn thirty_private_addresses_in_to_are_stopped_a_dozen_are_asked() {
    let p = policy(r#"{"internal_domains": ["minato-sc.or.jp"]}"#);
    let members: Vec<String> = (0..40).map(|i| format!("member{i}.name@gmail.com")).collect();
    let known = with_history(&members.iter().map(String::as_str).collect::<Vec<_>>());
    let body = "会員の皆様\n\nいつもありがとうございます。事務局の久保です。\n懇親会は1月30日(土) 18:00からです。\n\nよろしくお願いいたします。\n";
    let from = "事務局 <jimukyoku@minato-sc.or.jp>";
    for (n, want) in [(12, Decision::Confirm), (29, Decision::Confirm), (30, Decision::Block), (40, Decision::Block)] {
        let to: Vec<&str> = members[..n].iter().map(String::as_str).collect();
        let v = check_with(&mail_cc(from, &to, &[], body), &[], &p, &known);
        assert_eq!(v.decision, want, "{n} in To: {:?}", rules(&v));
        assert!(rules(&v).contains(&"many_recipients"), "{n}");
    }
    // A reply to all of a thread that already showed them is asked about.
    let to: Vec<&str> = members.iter().map(String::as_str).collect();
    let json = serde_json::json!({"from": from, "to": to, "subject": "Re: 懇親会の件", "body": body});
    let reply = Message::from_json(&json.to_string()).unwrap_or_else(|e| panic!("{e}"));
    let v = check_with(&reply, &[], &p, &known);
    assert_eq!(v.decision, Decision::Confirm, "a reply to all: {:?}", rules(&v));
}

/// Issue 21 (kept9 round): a reply-all to a partner and a colleague that
/// kept a customer's accountant in Cc, with a table of borrowers' names and
/// home addresses, stops the send; the same table addressed to that
/// accountant in To is asked about.
#[test]
fn an_outsider_left_in_cc_with_a_table_of_addresses_is_stopped() {
    let p = policy(POLICY);
    let table = "氏名,住所,残高\n山田 太郎,東京都港区芝1-1-1,1200000\n佐藤 花子,大阪府大阪市北区梅田2-2-2,800000\n\
        鈴木 次郎,愛知県名古屋市中区栄3-3-3,450000\n高橋 三郎,福岡県福岡市中央区天神4-4-4,2300000\n\
        田中 四郎,北海道札幌市中央区大通西5-5,990000\n伊藤 五郎,宮城県仙台市青葉区一番町6-6-6,150000\n";
    let files = [("延滞先一覧.csv", table.as_bytes())];
    let body = "山田様\n債権管理 各位\n\nお世話になっております。鈴木です。\n今月の一覧を添付します。\n";
    let v = check(
        &mail_cc(
            "鈴木一郎 <suzuki@presend.co.jp>",
            &["山田 <yamada@alpha-shoji.co.jp>", "債権管理 <saiken@presend.co.jp>"],
            &["遠藤 <k.endo@endo-kaikei.jp>"],
            body,
        ),
        &files,
        &p,
    );
    assert_eq!(v.decision, Decision::Block, "{:?}", rules(&v));
    assert!(rules(&v).contains(&"personal_data_external"));
    let v = check(
        &mail_cc(
            "鈴木一郎 <suzuki@presend.co.jp>",
            &["遠藤 <k.endo@endo-kaikei.jp>"],
            &[],
            "遠藤様\n\nお世話になっております。鈴木です。\n一覧を添付します。\n",
        ),
        &files,
        &p,
    );
    assert_eq!(v.decision, Decision::Confirm, "{:?}", rules(&v));
}

//! The message check's pairs from issue 21's tenth kept-aside set: for each
//! rule changed after its first run, the everyday mail it must leave alone
//! and the mis-send it must still stop. The harness is in `check.rs`.

use super::*;

fn known(addresses: &[&str]) -> CheckOptions {
    CheckOptions { history: Some(addresses.iter().map(|a| (*a).to_owned()).collect()), ..CheckOptions::default() }
}

fn mail(from: &str, to: &[&str], cc: &[&str], subject: &str, body: &str) -> Message {
    let json = serde_json::json!({"from": from, "to": to, "cc": cc, "subject": subject, "body": body});
    Message::from_json(&json.to_string()).unwrap_or_else(|e| panic!("{e}"))
}

const LIBRARY: &str = r#"{
    "internal_domains": ["city.hanno.lg.jp"],
    "partner_domains": {"booksupply-e.co.jp": "株式会社ブックサプライ東日本"},
    "own_names": ["飯能市立図書館"]
}"#;

const LIBRARY_SIG: &str =
    "\nよろしくお願いいたします。\n\n──────────\n飯能市立図書館\n司書 浅野 奈緒\nTEL: 042-974-2090\n──────────\n";

/// A disease named inside a work's title (『うつ病の家族を支える本』, 講演
/// 「がんと向き合う」) is what the book or the talk is about, not anyone's
/// condition: a patron's own reservation is answered without a question.
/// The same disease said of a named person outside a title is stopped.
#[test]
fn a_disease_in_a_works_title_is_a_book_not_a_condition() {
    let p = policy(LIBRARY);
    let patron = "小川 和子 <kazuko.ogawa@yahoo.co.jp>";
    let history = known(&["kazuko.ogawa@yahoo.co.jp"]);
    let reply = |line: &str| {
        let body = format!(
            "小川 和子 様\n\nお問い合わせありがとうございます。図書館の浅野です。\n\n\
             利用者番号 0012-4471 でご予約の{line}が届きました。\n{LIBRARY_SIG}"
        );
        mail("図書館 <tosyokan@city.hanno.lg.jp>", &[patron], &[], "Re: 予約資料について", &body)
    };
    for title in ["『うつ病の家族を支える本』", "書籍「がんと向き合う」", "講演「認知症の母と暮らす」のDVD"]
    {
        let v = check_with(&reply(title), &[], &p, &history);
        assert_eq!(v.decision, Decision::Allow, "{title}: {:#?}", v.reasons);
        assert!(!rules(&v).contains(&"special_care_external"), "{title}");
    }
    let v = check_with(&reply("資料。なお、佐藤 健さんはうつ病で通院中とのことです。資料"), &[], &p, &history);
    assert_eq!(v.decision, Decision::Block, "a named person's depression: {:?}", rules(&v));
    assert!(rules(&v).contains(&"special_care_external"));
    // 「」 after no word naming a work is a quotation: still someone's.
    let v = check_with(&reply("資料。佐藤 健さんは「うつ病で通院中」と話していました。資料"), &[], &p, &history);
    assert_eq!(v.decision, Decision::Block, "{:?}", rules(&v));
}

/// Cells under a header that names things (書名, 商品名, 講座名) are titles:
/// 「よくわかる高血圧の新常識」 on a book order is no one's blood pressure. A
/// table of people under 病名 is still their medical history.
#[test]
fn a_title_column_holds_titles_not_conditions() {
    let p = policy(LIBRARY);
    let body = format!("株式会社ブックサプライ東日本\n受注センター ご担当者様\n\nいつもお世話になっております。\n1月分の発注リストを添付いたします。\n{LIBRARY_SIG}");
    let msg = mail("図書館 <tosyokan@city.hanno.lg.jp>", &["juchu@booksupply-e.co.jp"], &[], "図書発注", &body);
    let order = "ISBN,書名,著者,本体価格,冊数\n978-4-06-293512-2,よくわかる高血圧の新常識,高橋 誠,1540,1\n\
                 978-4-10-101001-5,糖尿病とともに生きる,森田 京子,1760,2\n978-4-591-17210-8,こどもずかん きょうりゅう,小林 快次,2200,3\n";
    let v = check(&msg, &[("図書発注.csv", order.as_bytes())], &p);
    assert_eq!(v.decision, Decision::Allow, "{:#?}", v.reasons);
    assert!(v.reasons.is_empty(), "{:?}", rules(&v));
    // A medicine's name is a patient's treatment: 薬品名 is no title column.
    let medicines = "氏名,薬品名,用量\n高橋 誠,インスリン グラルギン,10単位\n森田 京子,抗うつ薬 セルトラリン,50mg\n\
                     小林 快次,インスリン アスパルト,6単位\n";
    let v = check(&msg, &[("図書発注.csv", medicines.as_bytes())], &p);
    assert_ne!(v.decision, Decision::Allow, "{:?}", rules(&v));
    let patients =
        "氏名,病名,通院先\n高橋 誠,高血圧,みなみ内科\n森田 京子,糖尿病,あおば病院\n小林 快次,狭心症,あおば病院\n";
    let v = check(&msg, &[("図書発注.csv", patients.as_bytes())], &p);
    assert_eq!(v.decision, Decision::Block, "{:?}", rules(&v));
    assert!(rules(&v).contains(&"special_care_external"));
}

const CLINIC: &str = r#"{
    "internal_domains": ["kokoro-mori.jp"],
    "partner_domains": {"yakkyoku-hikari.jp": "ひかり調剤薬局"},
    "own_names": ["医療法人社団こころ会 こころの森クリニック", "こころの森クリニック"]
}"#;

const CLINIC_SIG: &str = "\nよろしくお願いいたします。\n\n──────────\nこころの森クリニック\n事務長 野村 啓介\nTEL: 052-261-8840\n──────────\n";

/// A line a subject label opens (テーマ：, 演題：) names what a seminar is
/// about: its diseases are no one's, even with the lecturer named below.
/// The same diseases said of a named employee are stopped.
#[test]
fn a_seminars_subject_line_names_no_ones_condition() {
    let p = policy(CLINIC);
    let history = known(&["chubu-seiki.co.jp"]);
    let invite = |line: &str| {
        let body = format!(
            "中部精機株式会社\n人事部 ご担当者様\n\nいつもお世話になっております。\nこころの森クリニック 事務長の野村です。\n\n\
             管理職向けの研修をオンラインで開催いたします。\n{line}\n日時：2月9日(火) 15:00〜16:30　講師：院長 竹内 修\n{CLINIC_SIG}"
        );
        mail("野村 <jimu@kokoro-mori.jp>", &["jinji@chubu-seiki.co.jp"], &[], "研修のご案内", &body)
    };
    for line in [
        "テーマ：職場のメンタルヘルス ― うつ病・適応障害の早期発見と休職・復職支援",
        "・演題：パニック障害と職場",
        "研修「統合失調症の理解」を行います。",
        "【テーマ】依存症と家族",
        "市民公開講演会「がんと就労」と同じ内容です。",
    ] {
        let v = check_with(&invite(line), &[], &p, &history);
        assert_eq!(v.decision, Decision::Allow, "{line}: {:#?}", v.reasons);
    }
    for line in ["ご相談の件、佐藤 健さんはうつ病・適応障害で休職中です。", "テーマ：佐藤 健さんのうつ病と復職について"]
    {
        let v = check_with(&invite(line), &[], &p, &history);
        assert_eq!(v.decision, Decision::Block, "{line}: {:?}", rules(&v));
        assert!(rules(&v).contains(&"special_care_external"));
    }
}

/// A quoted mail's sentence that runs on to the next line (it ends in 「、」)
/// or makes a name its subject (「大野さんが」) is content, not the quoted
/// mail's salutation: a colleague's herniation and surgery forwarded to a
/// partner is stopped; the same forward about a change of staff passes.
#[test]
fn a_quoted_mails_running_sentence_is_content_not_its_salutation() {
    let p = policy(
        r#"{"internal_domains": ["sanko-print.co.jp"], "partner_domains": {"seihon-ito.jp": "有限会社伊藤製本所"},
            "own_names": ["三光印刷株式会社"]}"#,
    );
    let forward = |first: &str, second: &str| {
        let body = format!(
            "吉岡様\n\nお世話になっております。三光印刷の中川です。\n刷了が数日遅れる見込みです。事情は下記のとおりです。\n\n\
             よろしくお願いいたします。\n三光印刷 中川\n\n-----Original Message-----\nFrom: 小池 誠 <koike@sanko-print.co.jp>\n\
             Subject: 2月の刷了日程について\n\n営業部各位\n\n{first}\n{second}\n小池"
        );
        mail("中川 <nakagawa@sanko-print.co.jp>", &["伊藤製本所 吉岡 <yoshioka@seihon-ito.jp>"], &[], "Fw: 日程", &body)
    };
    for (first, second) in [
        ("印刷課の大野 健司さんが腰椎椎間板ヘルニアで1月18日に手術を受け、", "2か月ほど休職します。"),
        ("印刷課の大野 健司さんが腰椎椎間板ヘルニアで手術", "を受けるため2か月ほど休職します。"),
    ] {
        let v = check(&forward(first, second), &[], &p);
        assert_eq!(v.decision, Decision::Block, "{first}: {:?}", rules(&v));
        assert!(rules(&v).contains(&"special_care_external"));
    }
    let v = check(&forward("印刷課の担当が1月18日から大野 健司に代わり、", "刷了は3日ほど遅れます。"), &[], &p);
    assert_eq!(v.decision, Decision::Allow, "{:#?}", v.reasons);
}

/// A care provider's mail naming a condition to its patients' private
/// addresses in To: the recipient list says who has it, to each of them;
/// stopped. The same clinic's holiday notice so sent, or a company's mail
/// naming a condition, is asked about as any dozen visible addresses are.
#[test]
fn a_clinics_mail_naming_a_condition_to_patients_in_to_is_stopped() {
    let patients: Vec<String> = (1..=12).map(|i| format!("patient{i:02}.k@gmail.com")).collect();
    let to: Vec<&str> = patients.iter().map(String::as_str).collect();
    let history = known(&to);
    let notice = |text: &str| {
        let body = format!("参加者の皆様\n\nこころの森クリニックの野村です。\n{text}\n{CLINIC_SIG}");
        mail("こころの森クリニック <jimu@kokoro-mori.jp>", &to, &[], "1月の日程", &body)
    };
    let rework = "うつ病・適応障害で休職中の方の復職支援プログラム、1月の日程をお知らせします。";
    let v = check_with(&notice(rework), &[], &policy(CLINIC), &history);
    assert_eq!(v.decision, Decision::Block, "{:?}", rules(&v));
    assert!(v.reasons.iter().any(|r| r.rule.id() == "many_recipients" && r.level == Level::Block));
    let holiday = "年末年始は12月29日から1月3日まで休診いたします。";
    let v = check_with(&notice(holiday), &[], &policy(CLINIC), &history);
    assert_eq!(v.decision, Decision::Confirm, "{:?}", rules(&v));
    let company = policy(r#"{"internal_domains": ["kokoro-mori.jp"], "own_names": ["こころの森株式会社"]}"#);
    let v = check_with(&notice(rework), &[], &company, &history);
    assert_eq!(v.decision, Decision::Confirm, "{:?}", rules(&v));
}

/// A suspicion of abuse about a named child is special-care data (having
/// been harmed by a crime): to the child-support section the policy
/// exempts it goes; with the mother's private address kept in Cc by a
/// reply-all it is stopped.
#[test]
fn suspected_abuse_of_a_named_child_is_special_care() {
    let p = policy(
        r#"{"internal_domains": ["hoshizora-kids.or.jp"],
            "partner_domains": {"city.fuchu.tokyo.lg.jp": "府中市"},
            "own_names": ["ほしぞら学童クラブ"],
            "exemptions": [{"recipients": ["city.fuchu.tokyo.lg.jp"], "rules": ["special_care_external"]}]}"#,
    );
    let body = "府中市 子ども家庭支援センター\n西村様\n\nお世話になっております。ほしぞら学童クラブの加藤です。\n\n\
        松尾 蒼くん（2年）について、1月8日と12日に左腕と背中にあざを確認しました。\n\
        本人は「お父さんに怒られた」と話しており、家庭での虐待の可能性があると考えます。\n\
        よろしくお願いいたします。\n加藤";
    let city = ["子ども家庭支援センター 西村 <kodomo-shien@city.fuchu.tokyo.lg.jp>"];
    let v = check(&mail("加藤 <fuchu2@hoshizora-kids.or.jp>", &city, &[], "Re: お迎え時間", body), &[], &p);
    assert_eq!(v.decision, Decision::Allow, "{:#?}", v.reasons);
    let mother = ["松尾 理恵 <rie.matsuo.1990@gmail.com>"];
    let v = check(&mail("加藤 <fuchu2@hoshizora-kids.or.jp>", &city, &mother, "Re: お迎え時間", body), &[], &p);
    assert_eq!(v.decision, Decision::Block, "{:?}", rules(&v));
    assert!(rules(&v).contains(&"special_care_external"));
    // A training's subject is no one's: 「虐待防止研修」「虐待とは」.
    let training = "府中市 子ども家庭支援センター\n西村様\n\nお世話になっております。\n\
        2月の虐待防止研修に2名参加します。身体的虐待とは何かを事例で学びます。\nよろしくお願いいたします。\n加藤";
    let v = check(&mail("加藤 <fuchu2@hoshizora-kids.or.jp>", &city, &mother, "研修", training), &[], &p);
    assert!(!rules(&v).contains(&"special_care_external"), "{:?}", rules(&v));
}

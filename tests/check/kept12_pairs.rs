//! The message check's pairs from issue 21's twelfth kept-aside set: for
//! each rule changed after its first run, the everyday mail it must leave
//! alone and the mis-send it must still stop. The harness is in `check.rs`.

use super::*;

fn mail(from: &str, to: &[&str], subject: &str, body: &str) -> Message {
    let json = serde_json::json!({"from": from, "to": to, "cc": [], "subject": subject, "body": body});
    Message::from_json(&json.to_string()).unwrap_or_else(|e| panic!("{e}"))
}

fn known(addresses: &[&str]) -> CheckOptions {
    CheckOptions { history: Some(addresses.iter().map(|a| (*a).to_owned()).collect()), ..CheckOptions::default() }
}

fn level(v: &Verdict, rule: &str) -> Option<Level> {
    v.reasons.iter().find(|r| r.rule.id() == rule).map(|r| r.level)
}

const TEMPLE: &str = r#"{
    "internal_domains": ["komyoji.or.jp"],
    "partner_domains": {
        "inaho-sosai.co.jp": "株式会社いなほ葬祭",
        "yamamoto-sekizai.co.jp": "有限会社山本石材"
    },
    "own_names": ["宗教法人光明寺", "光明寺"]
}"#;

const TEMPLE_SIG: &str =
    "\nよろしくお願いいたします。\n\n──────────\n浄土宗 光明寺 寺務所\n宮本 慶子\nTEL: 0564-51-2287\n──────────\n";

/// The sect of a funeral or a memorial service, in the mail that arranges
/// it (「宗派：浄土宗」「中村家は当寺の檀家です」), is the rite's form: the PPC
/// leaves out of 要配慮個人情報 what only lets a creed be inferred. A faith
/// stated about a living person (入信, 信者) in the same order, or the same
/// sect line in a mail that arranges no rite, is still a creed.
#[test]
fn the_sect_of_a_rite_is_its_form_not_a_creed() {
    let p = policy(TEMPLE);
    let order = |subject: &str, line: &str| {
        let body = format!(
            "株式会社いなほ葬祭\n葬祭部 小松様\n\nいつもお世話になっております。\n光明寺 寺務所の宮本です。\n\n\
             故 中村 清 様のご葬儀、通夜は12月15日 18:00、告別式は16日 10:00 です。\n{line}\n{TEMPLE_SIG}"
        );
        mail("光明寺 寺務所 <jimusho@komyoji.or.jp>", &["komatsu@inaho-sosai.co.jp"], subject, &body)
    };
    for line in ["宗派：浄土宗（中村家は当寺の檀家です）", "宗派は浄土宗です。中村家は当寺の檀家です。"]
    {
        let v = check(&order("Re: 中村家 通夜・葬儀の日程", line), &[], &p);
        assert_eq!(v.decision, Decision::Allow, "{line}: {:#?}", v.reasons);
    }
    let v = check(&order("Re: 中村家 通夜・葬儀の日程", "喪主の中村 健様は創価学会に入信されています。"), &[], &p);
    assert_eq!(v.decision, Decision::Block, "{:?}", rules(&v));
    // No rite arranged: a person's sect in a staff memo is a creed.
    let memo = mail(
        "光明寺 寺務所 <jimusho@komyoji.or.jp>",
        &["yamamoto@yamamoto-sekizai.co.jp"],
        "墓所の件",
        &format!(
            "有限会社山本石材\n山本様\n\nいつもお世話になっております。\n光明寺 寺務所の宮本です。\n\n\
             佐々木 和夫 様の宗派：日蓮正宗（他宗への改宗のお申し出あり）\n{TEMPLE_SIG}"
        ),
    );
    let v = check(&memo, &[], &p);
    assert_eq!(v.decision, Decision::Block, "{:?}", rules(&v));
}

const INTERPRETERS: &str = r#"{
    "internal_domains": ["linga-bridge.co.jp"],
    "partner_domains": {
        "minato-law.jp": "弁護士法人みなと総合法律事務所",
        "minato-tsusho.co.jp": "みなと通商株式会社"
    },
    "own_names": ["株式会社リンガブリッジ"]
}"#;

/// Criminal proceedings are a law office's statutory work (defence, the
/// victim's counsel) under its duty of secrecy: a suspect's name and charge
/// to a registered law office are shown, not held. The same to a registered
/// company, or a disease to the law office, still blocks.
#[test]
fn criminal_proceedings_to_a_registered_law_office_are_its_work() {
    let p = policy(INTERPRETERS);
    let booking = |to: &str, line: &str| {
        let body = format!(
            "弁護士法人みなと総合法律事務所\n弁護士 田村先生\n\nいつもお世話になっております。\nリンガブリッジの高田です。\n\n\
             接見通訳を手配しました。12月11日 14:00 新宿警察署\n{line}\n\nよろしくお願いいたします。\n\n\
             ──────────\n株式会社リンガブリッジ\n高田 彩\nTEL: 03-5338-4170\n──────────\n"
        );
        mail("リンガブリッジ 高田 <takada@linga-bridge.co.jp>", &[to], "接見通訳の手配", &body)
    };
    let suspect = "被疑者：グエン・ヴァン・ドゥック 氏（ベトナム国籍）　罪名：窃盗　前科：1犯";
    let v = check(&booking("tamura@minato-law.jp", suspect), &[], &p);
    assert_eq!(v.decision, Decision::Allow, "{:#?}", v.reasons);
    assert_eq!(level(&v, "special_care_external"), Some(Level::Notice), "{:#?}", v);
    // To the registered trading company: a stranger to the case.
    let v = check(&booking("soumu@minato-tsusho.co.jp", suspect), &[], &p);
    assert_eq!(v.decision, Decision::Block, "{:?}", rules(&v));
    assert_eq!(level(&v, "special_care_external"), Some(Level::Block));
    // A disease is not a law office's work by itself.
    let v = check(&booking("tamura@minato-law.jp", "通訳人の佐藤 花子さんは糖尿病で通院中です。"), &[], &p);
    assert_eq!(v.decision, Decision::Block, "{:?}", rules(&v));
}

const UNION: &str = r#"{
    "internal_domains": ["tohokasei-u.jp"],
    "partner_domains": {
        "toho-kasei.co.jp": "東邦化成株式会社",
        "kagaku-rengo.or.jp": "全国化学産業労働組合連合会"
    },
    "own_names": ["東邦化成労働組合"]
}"#;

const ZOOM: &str = "\nZoomミーティングに参加する\nhttps://us02web.zoom.us/j/84417203395?pwd=Qm9rUzZWY1hT\n\n\
    ミーティング ID: 844 1720 3395\nパスコード: 730158\n";

/// An online meeting's invitation to the staff of registered partners
/// (nine executives at the employer's addresses and the federation's
/// organiser) meets them all in the meeting: `many_recipients` is shown.
/// Ten private addresses, or an organisation never mailed, are still asked.
#[test]
fn a_meeting_invitation_to_partners_staff_is_not_a_bcc_question() {
    let p = policy(UNION);
    let mut to: Vec<String> = (1..=9).map(|i| format!("member{i}@toho-kasei.co.jp")).collect();
    to.push("soshiki@kagaku-rengo.or.jp".into());
    let invite = |to: &[String], zoom: &str| {
        let to: Vec<&str> = to.iter().map(String::as_str).collect();
        mail(
            "東邦化成労働組合 西岡 <nishioka@tohokasei-u.jp>",
            &to,
            "1月 定例執行委員会",
            &format!("執行委員各位\n\nお疲れ様です。書記長の西岡です。\n1月の定例執行委員会のご案内です。\n{zoom}\n西岡 隆\n"),
        )
    };
    let v = check(&invite(&to, ZOOM), &[], &p);
    assert_eq!(v.decision, Decision::Allow, "{:#?}", v.reasons);
    assert_eq!(level(&v, "many_recipients"), Some(Level::Notice));
    // The same mail without the meeting: the Bcc question.
    let v = check(&invite(&to, "\n議題は春季要求の最終確認です。\n"), &[], &p);
    assert_eq!(level(&v, "many_recipients"), Some(Level::Confirm), "{:?}", rules(&v));
    // Private addresses see each other in the meeting's invitation too.
    let private: Vec<String> = (1..=10).map(|i| format!("member{i}.toho@gmail.com")).collect();
    let v = check(&invite(&private, ZOOM), &[], &p);
    assert_eq!(level(&v, "many_recipients"), Some(Level::Confirm), "{:?}", rules(&v));
    // An organisation never mailed among the invitees.
    let mut strangers = to.clone();
    strangers.truncate(5);
    strangers.extend((1..=5).map(|i| format!("staff{i}@unknown-kasei.co.jp")));
    let v = check_with(&invite(&strangers, ZOOM), &[], &p, &known(&["toho-kasei.co.jp"]));
    assert_eq!(level(&v, "many_recipients"), Some(Level::Confirm), "{:?}", rules(&v));
}

/// A salutation greets an organisation by its usual short form
/// (「化学産業労連」 for 全国化学産業労働組合連合会): the recipient there is
/// named. The short form sent to another registered partner is still a
/// mismatch, and a name that only shares a word is not a short form.
#[test]
fn an_organisation_greeted_by_its_short_form_is_named() {
    let p = policy(UNION);
    let letter = |to: &str, greeting: &str| {
        mail(
            "東邦化成労働組合 西岡 <nishioka@tohokasei-u.jp>",
            &[to],
            "組合員数報告",
            &format!(
                "{greeting}\n\nいつもお世話になっております。\n東邦化成労働組合の西岡です。\n\n12月末の組合員数は412名です。\n\n\
                 よろしくお願いいたします。\n西岡 隆\n"
            ),
        )
    };
    let v = check(&letter("soshiki@kagaku-rengo.or.jp", "化学産業労連 組織局 ご担当者様"), &[], &p);
    assert!(!rules(&v).contains(&"salutation_mismatch"), "{:#?}", v.reasons);
    assert_eq!(v.decision, Decision::Allow);
    let v = check(&letter("rousei@toho-kasei.co.jp", "化学産業労連 組織局 ご担当者様"), &[], &p);
    assert!(rules(&v).contains(&"salutation_mismatch"), "{:?}", rules(&v));
    let v = check(&letter("rousei@toho-kasei.co.jp", "東洋化学産業 組織局 ご担当者様"), &[], &p);
    assert!(rules(&v).contains(&"salutation_mismatch"), "{:?}", rules(&v));
}

const INTERPRETER_POOL: &[&str] = &["pham.thihoa.88@gmail.com", "pham.minhtuan.tokyo@gmail.com"];

/// A foreign name greeted in katakana with 「・」 between its parts
/// (「ファム・ティ・ホア 様」) is a person's, compared whole with the display
/// name: sent to 「ファム・ミン・トゥアン」, who shares the first part, it is a
/// mismatch; to 「ファム ティ ホア」 or 「ティ・ホア ファム」 (the parts in another
/// order, as an address book sorts them) it is hers. A katakana company greeted
/// with 様 (「ジョンソン・エンド・ジョンソン様」) is not a person.
#[test]
fn a_katakana_name_greeted_whole_is_compared_whole() {
    let p = policy(INTERPRETERS);
    let briefing = |to: &str, greeting: &str| {
        mail(
            "リンガブリッジ 高田 <takada@linga-bridge.co.jp>",
            &[to],
            "1/19 公判通訳の日程",
            &format!(
                "{greeting}\n\nいつもありがとうございます。リンガブリッジの高田です。\n\
                 1月19日 10:00 東京地方裁判所の通訳をお願いします。集合は9:30です。\n\nよろしくお願いいたします。\n高田\n"
            ),
        )
    };
    let history = known(INTERPRETER_POOL);
    let v = check_with(
        &briefing("ファム・ミン・トゥアン <pham.minhtuan.tokyo@gmail.com>", "ファム・ティ・ホア 様"),
        &[],
        &p,
        &history,
    );
    assert!(rules(&v).contains(&"salutation_mismatch"), "{:?}", rules(&v));
    assert_eq!(v.decision, Decision::Confirm);
    for display in ["ファム・ティ・ホア", "ファム ティ ホア", "ティ・ホア ファム"] {
        let v = check_with(
            &briefing(&format!("{display} <pham.thihoa.88@gmail.com>"), "ファム・ティ・ホア 様"),
            &[],
            &p,
            &history,
        );
        assert!(!rules(&v).contains(&"salutation_mismatch"), "{display}: {:#?}", v.reasons);
    }
    let v = check(&briefing("営業部 <eigyo@minato-tsusho.co.jp>", "ジョンソン・エンド・ジョンソン様"), &[], &p);
    assert!(
        !v.reasons.iter().any(|r| r.rule.id() == "salutation_mismatch" && r.detail.en.contains("addresses")),
        "{:#?}",
        v.reasons
    );
}

const BUILDER: &str = r#"{
    "internal_domains": ["minami-home.co.jp"],
    "partner_domains": {"kurashi-interior.jp": "くらしインテリア株式会社"},
    "own_names": ["株式会社ミナミホーム"]
}"#;

/// A meeting invitation to a customer couple's private addresses, mailed
/// before and each greeted by the name it carries, with a registered
/// designer: the sender put each of them there; `external_organisations` is
/// shown. A private address the salutation does not greet, or one never
/// mailed, is still asked about.
#[test]
fn a_meeting_invitation_to_greeted_customers_is_not_asked() {
    let p = policy(BUILDER);
    let history = known(&["shota.kondo@gmail.com", "ayaka.kondo@icloud.com", "kurashi-interior.jp"]);
    let invite = |to: &[&str]| {
        mail(
            "ミナミホーム 杉本 <sugimoto@minami-home.co.jp>",
            to,
            "インテリア打ち合わせ（オンライン）",
            &format!(
                "近藤 翔太 様、彩香 様\nくらしインテリア 三浦様\n\nいつもお世話になっております。ミナミホームの杉本です。\n\
                 カーテンと照明の打ち合わせをオンラインで行います。\n{ZOOM}\n杉本 雄太\n"
            ),
        )
    };
    let couple =
        ["近藤 翔太 <shota.kondo@gmail.com>", "近藤 彩香 <ayaka.kondo@icloud.com>", "三浦 <miura@kurashi-interior.jp>"];
    let v = check_with(&invite(&couple), &[], &p, &history);
    assert_eq!(v.decision, Decision::Allow, "{:#?}", v.reasons);
    assert_eq!(level(&v, "external_organisations"), Some(Level::Notice));
    // Another customer, not greeted, among the invitees.
    let other =
        ["近藤 翔太 <shota.kondo@gmail.com>", "高橋 誠 <makoto.t@gmail.com>", "三浦 <miura@kurashi-interior.jp>"];
    let v = check_with(&invite(&other), &[], &p, &known(&["shota.kondo@gmail.com", "makoto.t@gmail.com"]));
    assert_eq!(level(&v, "external_organisations"), Some(Level::Confirm), "{:?}", rules(&v));
    // Greeted but never mailed.
    let v = check_with(&invite(&couple), &[], &p, &known(&["shota.kondo@gmail.com"]));
    assert_eq!(level(&v, "external_organisations"), Some(Level::Confirm), "{:?}", rules(&v));
}

const SCHOOL: &str = r#"{"internal_domains": ["minami-es.ed.jp"], "partner_domains": {}, "own_names": ["南小学校"]}"#;

/// Found by probing outside the set: a reply to a parent greeted 「マイケル・
/// ブラウン様」 whose address book shows 「ブラウン マイケル」 is to him, and his
/// daughter's lunch is his family's matter; the same reply to another
/// family's address is still asked about.
#[test]
fn a_foreign_parent_greeted_in_either_order_is_the_addressee() {
    let p = policy(SCHOOL);
    let reply = |to: &str| {
        mail(
            "南小学校 担任 小林 <kobayashi@minami-es.ed.jp>",
            &[to],
            "Re: 遠足の持ち物について",
            "マイケル・ブラウン様\n\nご連絡ありがとうございます。担任の小林です。\n\n遠足の持ち物は、お弁当、水筒、雨具です。\n\
             エマさんのお弁当は、アレルギーの心配がなければいつもどおりで大丈夫です。\nどうぞよろしくお願いいたします。\n\n南小学校 1年2組 担任 小林 恵\n",
        )
    };
    let history = known(&["michael.brown.77@gmail.com", "john.smith.88@gmail.com"]);
    let v = check_with(&reply("ブラウン マイケル <michael.brown.77@gmail.com>"), &[], &p, &history);
    assert_eq!(v.decision, Decision::Allow, "{:#?}", v.reasons);
    let v = check_with(&reply("スミス ジョン <john.smith.88@gmail.com>"), &[], &p, &history);
    assert_ne!(v.decision, Decision::Allow, "{:?}", rules(&v));
    assert!(rules(&v).contains(&"salutation_mismatch"), "{:?}", rules(&v));
}

//! The message check's pairs from issue 21's thirteenth kept-aside set: for
//! each rule changed after its first run, the everyday mail it must leave
//! alone and the mis-send it must still stop. The harness is in `check.rs`.

use super::*;

fn mail(from: &str, to: &[&str], bcc: &[&str], subject: &str, body: &str) -> Message {
    let json = serde_json::json!({"from": from, "to": to, "cc": [], "bcc": bcc, "subject": subject, "body": body});
    Message::from_json(&json.to_string()).unwrap_or_else(|e| panic!("{e}"))
}

fn known(addresses: &[&str]) -> CheckOptions {
    CheckOptions { history: Some(addresses.iter().map(|a| (*a).to_owned()).collect()), ..CheckOptions::default() }
}

fn level(v: &Verdict, rule: &str) -> Option<Level> {
    v.reasons.iter().find(|r| r.rule.id() == rule).map(|r| r.level)
}

const PAYROLL: &str = r#"{
    "internal_domains": ["kyuyo-partners.co.jp"],
    "partner_domains": {
        "tokai-seimitsu.co.jp": "東海精密工業株式会社",
        "marufuku-foods.co.jp": "株式会社まるふく食品"
    },
    "own_names": ["株式会社給与パートナーズ"]
}"#;

const PAYROLL_SIG: &str =
    "\nよろしくお願いいたします。\n\n──────────\n株式会社給与パートナーズ 給与計算部\n岡田 美穂\n\
    TEL: 052-211-7380\n──────────\n";

/// A salutation that opens with a class of correspondents (「お取引先 人事・
/// 給与ご担当者様」「協力会社各位」「会員事業所の皆様」) addresses the class,
/// as 各位 does: its desk (人事・給与) is no organisation to compare with the
/// recipients. A salutation naming one organisation is still compared.
#[test]
fn a_class_of_correspondents_is_addressed_as_a_group() {
    let p = policy(PAYROLL);
    let notice = |to: &str, bcc: &[&str], salutation: &str| {
        mail(
            "給与パートナーズ 岡田 <okada@kyuyo-partners.co.jp>",
            &[to],
            bcc,
            "【ご案内】年末調整の書類回収について",
            &format!(
                "{salutation}\n\nいつもお世話になっております。給与パートナーズの岡田です。\n\
                 年末調整の書類を12月4日(金)までにお送りください。\n{PAYROLL_SIG}"
            ),
        )
    };
    let clients = ["kyuyo@tokai-seimitsu.co.jp", "soumu@marufuku-foods.co.jp"];
    for salutation in
        ["お取引先 人事・給与ご担当者様", "お取引先各位", "取引先各社 給与ご担当者様", "協力会社 ご担当者様"]
    {
        let v = check(&notice("okada@kyuyo-partners.co.jp", &clients, salutation), &[], &p);
        assert_eq!(v.decision, Decision::Allow, "{salutation}: {:#?}", v.reasons);
        assert!(!rules(&v).contains(&"salutation_mismatch"), "{salutation}");
    }
    // One client's name, sent to the other client: still a mismatch.
    for salutation in [
        "株式会社まるふく食品 人事・給与ご担当者様",
        "まるふく食品 お取引先ご担当者様",
        "お取引先 株式会社まるふく食品 ご担当者様",
        "お取引先 まるふく食品 ご担当者様",
    ] {
        let v = check(&notice("kyuyo@tokai-seimitsu.co.jp", &[], salutation), &[], &p);
        assert_eq!(v.decision, Decision::Confirm, "{salutation}: {:?}", rules(&v));
        assert_eq!(level(&v, "salutation_mismatch"), Some(Level::Confirm), "{salutation}");
    }
}

const SECURITIES: &str = r#"{
    "internal_domains": ["mirai-sec.co.jp"],
    "partner_domains": {"tokyo-shintaku.co.jp": "東京信託銀行株式会社"},
    "own_names": ["みらい証券株式会社", "みらい証券"]
}"#;

/// A salutation greeting a full name (「吉川 隆 様」) greets that given name
/// whole: the display name 「吉川 隆之」 is another person, the customer
/// autocomplete offers next to him, even mailed before and in a reply. A
/// surname alone (「吉川様」) greets any 吉川, and the same full name written
/// with or without a space, or with a note after it, is the same person.
#[test]
fn a_full_name_greets_only_that_given_name() {
    let p = policy(SECURITIES);
    let history = known(&["yoshikawa.takayuki.77@gmail.com", "takashi.yoshikawa.1961@gmail.com"]);
    let report = |to: &str, greeting: &str| {
        mail(
            "みらい証券 森下 <morishita@mirai-sec.co.jp>",
            &[to],
            &[],
            "Re: 取引報告書の件",
            &format!(
                "{greeting}\n\nいつもお世話になっております。みらい証券 府中支店の森下です。\n\
                 ご依頼の年間取引報告書の内容です。\n住所：東京都府中市若松町3-18-7\nお客様番号：128-0457312\n\
                 譲渡益 1,565,000円、配当 382,400円\n\nよろしくお願いいたします。\n\n──────────\n\
                 みらい証券株式会社 府中支店\n森下 翔太\nTEL: 042-360-2811\n──────────\n"
            ),
        )
    };
    for (to, greeting) in [
        ("吉川 隆 <takashi.yoshikawa.1961@gmail.com>", "吉川 隆 様"),
        ("吉川隆 <takashi.yoshikawa.1961@gmail.com>", "吉川 隆 様"),
        ("吉川 隆 (自宅) <takashi.yoshikawa.1961@gmail.com>", "吉川隆様"),
        ("吉川 隆之 <yoshikawa.takayuki.77@gmail.com>", "吉川様"),
        ("吉川 隆之 <yoshikawa.takayuki.77@gmail.com>", "吉川 隆之 様"),
        ("吉川隆部長 <takashi.yoshikawa.1961@gmail.com>", "吉川 隆 様"),
        ("吉川隆税理士事務所 <takashi.yoshikawa.1961@gmail.com>", "吉川 隆 先生"),
    ] {
        let v = check_with(&report(to, greeting), &[], &p, &history);
        assert_eq!(v.decision, Decision::Allow, "{to} / {greeting}: {:#?}", v.reasons);
    }
    for (to, greeting) in [
        ("吉川 隆之 <yoshikawa.takayuki.77@gmail.com>", "吉川 隆 様"),
        ("吉川隆之 <yoshikawa.takayuki.77@gmail.com>", "吉川隆様"),
        ("吉川隆之 (ヨシカワ) <yoshikawa.takayuki.77@gmail.com>", "吉川 隆 様"),
    ] {
        let v = check_with(&report(to, greeting), &[], &p, &history);
        assert_eq!(v.decision, Decision::Confirm, "{to} / {greeting}: {:?}", rules(&v));
        assert_eq!(level(&v, "salutation_mismatch"), Some(Level::Confirm), "{to} / {greeting}");
    }
}

/// A condolence (「このたびはご愁傷様でございます」) is no one's name: a reply
/// to an heir's own address (mailed before, greeted by its name) about his
/// late father's account is his family's matter, shown, not asked. Another
/// customer named in the same reply is still someone else's data.
#[test]
fn a_condolence_is_not_a_name() {
    let p = policy(SECURITIES);
    let history = known(&["kenichi.yoshikawa@gmail.com"]);
    let reply = |line: &str| {
        mail(
            "みらい証券 森下 <morishita@mirai-sec.co.jp>",
            &["吉川 健一 <kenichi.yoshikawa@gmail.com>"],
            &[],
            "Re: 父の口座の相続手続きについて",
            &format!(
                "吉川 健一 様\n\nこのたびはご愁傷様でございます。みらい証券 府中支店の森下です。\n{line}\n\
                 必要書類：相続手続依頼書、戸籍謄本\n\nよろしくお願いいたします。\n\n──────────\n\
                 みらい証券株式会社 府中支店\n森下 翔太\nTEL: 042-360-2811\n──────────\n"
            ),
        )
    };
    let v = check_with(
        &reply("お父様の口座（お客様番号 128-0457312）の相続手続きについてご案内いたします。"),
        &[],
        &p,
        &history,
    );
    assert_eq!(v.decision, Decision::Allow, "{:#?}", v.reasons);
    let v = check_with(
        &reply("お父様の口座（お客様番号 128-0457312）と、佐藤 一郎 様の口座（お客様番号 128-0457399）の手続きです。"),
        &[],
        &p,
        &history,
    );
    assert_eq!(level(&v, "free_mail"), Some(Level::Confirm), "{:?}", rules(&v));
}

const RENTAL: &str = r#"{
    "internal_domains": ["ayumi-fukushi.co.jp"],
    "partner_domains": {"care-hinata.jp": "居宅介護支援事業所ひなた"},
    "own_names": ["株式会社あゆみ福祉用具"]
}"#;

/// Several organisations in To, each greeted in the opening by its name or
/// its person's and each known (the care manager, registered; the user's
/// daughter at her gmail and the visiting nurse, both mailed before): a
/// care conference's invitees, addressed to one another, shown. One not
/// greeted, one never mailed, or a 各位 opening is still the Bcc question.
#[test]
fn organisations_each_greeted_and_known_are_addressed_together() {
    let p = policy(RENTAL);
    let history = known(&["yumi.maeda.kobe@gmail.com", "houkan-aoba.jp", "other-care.jp"]);
    let invite = |to: &[&str], opening: &str| {
        mail(
            "西村 <nishimura@ayumi-fukushi.co.jp>",
            to,
            &[],
            "サービス担当者会議の日程",
            &format!(
                "{opening}\n\nいつもお世話になっております。あゆみ福祉用具の西村です。\n\
                 前田 正 様のサービス担当者会議を12月15日(火) 14:00 からご自宅で行います。\n\
                 議題：退院後の福祉用具の見直し（特殊寝台、車いす）\n\nよろしくお願いいたします。\n\n──────────\n\
                 株式会社あゆみ福祉用具\n西村 大輔\nTEL: 079-421-5562\n──────────\n"
            ),
        )
    };
    let three = [
        "居宅介護支援事業所ひなた 石田 <ishida@care-hinata.jp>",
        "前田 由美 <yumi.maeda.kobe@gmail.com>",
        "訪問看護ステーションあおば 木村 <kimura@houkan-aoba.jp>",
    ];
    let greeting = "居宅介護支援事業所ひなた 石田様\n前田 由美 様\n訪問看護ステーションあおば 木村様";
    let v = check_with(&invite(&three, greeting), &[], &p, &history);
    assert_eq!(v.decision, Decision::Allow, "{:#?}", v.reasons);
    assert_eq!(level(&v, "external_organisations"), Some(Level::Notice));
    // A fourth organisation in To that the opening does not greet.
    let mut four = three.to_vec();
    four.push("ケアプラン 相談室 <soudan@other-care.jp>");
    let v = check_with(&invite(&four, greeting), &[], &p, &history);
    assert_eq!(level(&v, "external_organisations"), Some(Level::Confirm), "{:?}", rules(&v));
    // The visiting nurse never mailed.
    let v = check_with(&invite(&three, greeting), &[], &p, &known(&["yumi.maeda.kobe@gmail.com"]));
    assert_eq!(level(&v, "external_organisations"), Some(Level::Confirm), "{:?}", rules(&v));
    // Addressed as a group, no one greeted.
    let v = check_with(&invite(&three, "関係者各位"), &[], &p, &history);
    assert_eq!(level(&v, "external_organisations"), Some(Level::Confirm), "{:?}", rules(&v));
}

const FOOD_BANK: &str = r#"{
    "internal_domains": ["foodbank-tama.org"],
    "partner_domains": {
        "super-marusho.co.jp": "株式会社スーパーマルショウ",
        "kabe-shoten.co.jp": "可部商店"
    },
    "own_names": ["NPO法人フードバンク多摩"]
}"#;

/// A chain's branch and its manager (「株式会社スーパーマルショウ／府中店
/// 店長 様」, 「院長」「園長」「館長」 likewise) are a branch and a post, not a
/// second organisation. The chain named to another partner is still a
/// mismatch, and a shop that is its own business (「可部商店」) is still an
/// organisation.
#[test]
fn a_branch_and_its_manager_are_not_an_organisation() {
    let p = policy(FOOD_BANK);
    let pickup = |to: &str, opening: &str| {
        mail(
            "三浦 <miura@foodbank-tama.org>",
            &[to],
            &[],
            "12月の引き取りについて",
            &format!(
                "{opening}\n\nいつもご寄付をありがとうございます。フードバンク多摩の三浦です。\n\
                 12月の引き取りは5日と19日に伺います。\n\nよろしくお願いいたします。\n\n──────────\n\
                 NPO法人フードバンク多摩\n三浦 陽子\nTEL: 042-555-0101\n──────────\n"
            ),
        )
    };
    for opening in ["株式会社スーパーマルショウ\n府中店 店長 様", "株式会社スーパーマルショウ 府中店\n店長様"]
    {
        let v = check(&pickup("スーパーマルショウ 府中店 <fuchu@super-marusho.co.jp>", opening), &[], &p);
        assert_eq!(v.decision, Decision::Allow, "{opening}: {:#?}", v.reasons);
    }
    // A post addressed with 様 is no person to compare with the display name.
    let v = check(
        &pickup("スーパーマルショウ 山本 <yamamoto@super-marusho.co.jp>", "スーパーマルショウ 府中店 店長様"),
        &[],
        &p,
    );
    assert_eq!(v.decision, Decision::Allow, "{:#?}", v.reasons);
    let v = check(
        &pickup("スーパーマルショウ 田中 <tanaka@super-marusho.co.jp>", "スーパーマルショウ 府中店 山本店長様"),
        &[],
        &p,
    );
    assert_eq!(level(&v, "salutation_mismatch"), Some(Level::Confirm), "{:?}", rules(&v));
    let v = check(&pickup("可部商店 <info@kabe-shoten.co.jp>", "株式会社スーパーマルショウ\n府中店 店長 様"), &[], &p);
    assert_eq!(level(&v, "salutation_mismatch"), Some(Level::Confirm), "{:?}", rules(&v));
    let v = check(&pickup("スーパーマルショウ 府中店 <fuchu@super-marusho.co.jp>", "可部商店 御中"), &[], &p);
    assert_eq!(level(&v, "salutation_mismatch"), Some(Level::Confirm), "{:?}", rules(&v));
}

const MUSIC: &str = r#"{
    "internal_domains": ["aria-music.jp"],
    "partner_domains": {"yamane-gakki.co.jp": "山根楽器株式会社"},
    "own_names": ["アリア音楽教室"]
}"#;

/// One person written several ways in a notice (「佐々木先生」 in the
/// subject, 「佐々木 恵 先生」 and 「小西 先生」 in the text, the sender's
/// 「堀です」) is not a list of five people: a teacher's stay in hospital
/// told to the families in Bcc is shown, not held. Five different people
/// named with it still are.
#[test]
fn one_person_written_several_ways_is_one() {
    let p = policy(MUSIC);
    let families = ["a1.suzuki@gmail.com", "b2.tanaka@yahoo.co.jp", "c3.ito@icloud.com"];
    let history = known(&families);
    let notice = |line: &str| {
        let json = serde_json::json!({
            "from": "堀 <hori@aria-music.jp>", "to": ["hori@aria-music.jp"], "cc": [], "bcc": families,
            "subject": "【休講のお知らせ】佐々木先生のレッスン",
            "body": format!(
                "保護者の皆様\n\nいつもありがとうございます。アリア音楽教室の堀です。\n{line}\n\nよろしくお願いいたします。\n\n\
                 ──────────\nアリア音楽教室\n堀 由紀子\nTEL: 048-641-2250\n──────────\n"
            ),
        });
        Message::from_json(&json.to_string()).unwrap_or_else(|e| panic!("{e}"))
    };
    let v = check_with(
        &notice("佐々木 恵 先生が入院されたため、12月中のレッスンは代講の 小西 先生が担当します。"),
        &[],
        &p,
        &history,
    );
    assert_eq!(v.decision, Decision::Allow, "{:#?}", v.reasons);
    let v = check_with(
        &notice("佐藤 一郎 さん、田中 花子 さん、鈴木 次郎 さん、高橋 恵 さん、伊藤 翔 さんがインフルエンザで入院しました。"),
        &[],
        &p,
        &history,
    );
    assert_eq!(v.decision, Decision::Block, "{:?}", rules(&v));
}

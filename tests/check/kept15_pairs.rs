//! The message check's pairs from issue 21's fifteenth kept-aside set: for
//! each rule changed after its first run, the everyday mail it must leave
//! alone and the mis-send it must still stop. The harness is in `check.rs`.

use super::*;

fn mail(from: &str, to: &[&str], cc: &[&str], bcc: &[&str], subject: &str, body: &str) -> Message {
    let json = serde_json::json!({"from": from, "to": to, "cc": cc, "bcc": bcc, "subject": subject, "body": body});
    Message::from_json(&json.to_string()).unwrap_or_else(|e| panic!("{e}"))
}

fn known(addresses: &[&str]) -> CheckOptions {
    CheckOptions { history: Some(addresses.iter().map(|a| (*a).to_owned()).collect()), ..CheckOptions::default() }
}

fn level(v: &Verdict, rule: &str) -> Option<Level> {
    v.reasons.iter().find(|r| r.rule.id() == rule).map(|r| r.level)
}

const ASSOCIATION: &str = r#"{
    "internal_domains": ["midorigaoka3.org"],
    "partner_domains": {"city.kotoura.lg.jp": "琴浦市"},
    "own_names": ["緑ヶ丘三丁目自治会"]
}"#;

const MEMBERS: [&str; 4] =
    ["sato12.hiroshi@gmail.com", "ito45.yoko@docomo.ne.jp", "kato7.ken@yahoo.co.jp", "mori88.aki@icloud.com"];

/// A notice sent from the association's own address, signed 「会長 佐々木
/// 幸子」, that gives 「会長 佐々木（090-…）」 as whom to call: the sender's
/// own number, as the signature says who she is, not a member's data (the
/// display name, the association's, named no one). A new member's address
/// and mobile told to the same members are still asked.
#[test]
fn the_signer_of_a_notice_gives_her_own_mobile() {
    let p = policy(ASSOCIATION);
    let notice = |line: &str| {
        mail(
            "緑ヶ丘三丁目自治会 <kaicho@midorigaoka3.org>",
            &["kaicho@midorigaoka3.org"],
            &[],
            &MEMBERS,
            "【自治会】一斉清掃のお知らせ",
            &format!(
                "自治会員の皆様\n\nいつも自治会活動にご協力いただきありがとうございます。\n\
                 12月13日（日）8:30から一斉清掃を行います。雨天の場合は20日に延期します。\n{line}\n\n\
                 ──────────\n緑ヶ丘三丁目自治会\n会長 佐々木 幸子\nMail: kaicho@midorigaoka3.org\n──────────\n"
            ),
        )
    };
    let own = notice("ご不明な点は、会長 佐々木（090-4821-3376）までお電話ください。");
    let v = check_with(&own, &[], &p, &known(&MEMBERS));
    assert_eq!(v.decision, Decision::Allow, "{:#?}", v.reasons);
    let member = notice("新しく入会された田村 正さん（緑ヶ丘3-5-2、090-5512-8804）をよろしくお願いします。");
    let v = check_with(&member, &[], &p, &known(&MEMBERS));
    assert_eq!(v.decision, Decision::Confirm, "{:?}", rules(&v));
    assert!(level(&v, "free_mail").is_some(), "{:?}", rules(&v));
}

const DEV: &str = r#"{
    "internal_domains": ["nextcode.co.jp"],
    "partner_domains": {"maruyama-dept.co.jp": "株式会社マルヤマ百貨店", "vnsoft.vn": "VN Soft Co., Ltd."},
    "own_names": ["株式会社ネクストコード"]
}"#;

fn members_csv(domain: &str) -> String {
    let mut csv = String::from("member_id,name,phone,email\n");
    for i in 1..=12 {
        csv.push_str(&format!("T{i:04},テスト 太郎{i:02},000-0000-{i:04},user{i:02}@{domain}\n"));
    }
    csv
}

/// Made-up test members at example.com (reserved for examples, RFC 2606)
/// are no organisation's data: sent to the offshore partner, nothing to
/// ask. The same list at another company's domain is that company's.
#[test]
fn addresses_at_a_reserved_example_domain_are_no_organisations() {
    let p = policy(DEV);
    let m = mail(
        "Naoki Otsuka <otsuka@nextcode.co.jp>",
        &["Nguyen Van Minh <minh.nv@vnsoft.vn>"],
        &[],
        &[],
        "Test data for member search API",
        "Hi Minh,\n\nAttached is the dummy member data for the search API tests.\n\nThanks,\nNaoki Otsuka\n",
    );
    for domain in ["example.com", "mail.example.jp", "shop.test"] {
        let v = check(&m, &[("member_testdata.csv", members_csv(domain).as_bytes())], &p);
        assert_eq!(level(&v, "content_other_organisation"), None, "{domain}: {:?}", rules(&v));
    }
    let v = check(&m, &[("member_testdata.csv", members_csv("sakura-shinpan.co.jp").as_bytes())], &p);
    assert_eq!(level(&v, "content_other_organisation"), Some(Level::Confirm), "{:?}", rules(&v));
}

/// A reply to all that keeps an outsider in Cc, with a table of customers'
/// mobiles and private addresses: blocked, as a table of home addresses is
/// (they reach each person wherever they are). A table of people with
/// their desks' phones and work addresses is still asked, not blocked.
#[test]
fn an_outsider_in_cc_gets_no_customers_mobiles() {
    let p = policy(DEV);
    let m = mail(
        "ネクストコード 大塚 <otsuka@nextcode.co.jp>",
        &["マルヤマ百貨店 井上 <inoue@maruyama-dept.co.jp>"],
        &["アドプラス 中島 <nakajima@adplus-agency.co.jp>"],
        &[],
        "Re: 会員様からのお問い合わせについて",
        "株式会社マルヤマ百貨店\n情報システム部 井上様\n\nいつもお世話になっております。ネクストコードの大塚です。\n\
         お問い合わせの一覧を添付いたします。\n\nよろしくお願いいたします。\n",
    );
    let history = known(&["maruyama-dept.co.jp", "adplus-agency.co.jp"]);
    let customers =
        "受付日,氏名,電話,メール,内容\n12/1,佐藤 健一,090-3312-4478,k.sato1971@gmail.com,ログインできない\n\
        12/1,鈴木 美香,080-5521-9034,mika.suzuki@yahoo.co.jp,ポイントが反映されない\n\
        12/2,高橋 誠,070-2219-5563,makoto.t@docomo.ne.jp,退会したのにメールが届く\n\
        12/2,田中 由美,090-8841-2207,yumi.tanaka.88@icloud.com,住所変更が反映されない\n\
        12/3,伊藤 大輔,080-6670-1185,d.ito.0415@gmail.com,ログインできない\n\
        12/3,渡辺 恵,090-1173-6642,megumi.w@ezweb.ne.jp,ポイントが反映されない\n";
    let v = check_with(&m, &[("問い合わせ一覧.csv", customers.as_bytes())], &p, &history);
    assert_eq!(v.decision, Decision::Block, "{:?}", rules(&v));
    let desks =
        "会社,氏名,部署,電話,メール\nマルヤマ百貨店,井上 隆,情報システム部,03-3561-2201,inoue@maruyama-dept.co.jp\n\
        マルヤマ百貨店,山本 直子,情報システム部,03-3561-2202,yamamoto@maruyama-dept.co.jp\n\
        マルヤマ百貨店,木村 亮,営業推進部,03-3561-2310,kimura@maruyama-dept.co.jp\n\
        ネクストコード,大塚 直樹,開発第二部,03-6228-4410,otsuka@nextcode.co.jp\n\
        ネクストコード,高野 健太,開発第二部,03-6228-4411,takano@nextcode.co.jp\n\
        ネクストコード,小川 彩,開発第二部,03-6228-4412,ogawa@nextcode.co.jp\n";
    let v = check_with(&m, &[("体制表.csv", desks.as_bytes())], &p, &history);
    assert_ne!(v.decision, Decision::Block, "{:#?}", v.reasons);
}

const ALUMNI: &str = r#"{
    "internal_domains": ["jonan-koyukai.jp"],
    "partner_domains": {"sankyo-print.co.jp": "株式会社三協印刷"},
    "own_names": ["城南大学校友会"]
}"#;

const ALUMNI_SIG: &str = "\n──────────\n城南大学校友会 事務局\n上田 真理\nTEL: 03-3411-8275\n──────────\n";

/// `kept14`'s leftover: a one-character surname greeted (「原さん」) greets
/// a display name written unspaced (「原真由美」) when the dictionary reads
/// 原 as its surname; 「藤原淳」 begins with 藤原, and is greeted by no one.
#[test]
fn a_one_character_surname_greets_an_unspaced_display_name() {
    let p = policy(ALUMNI);
    let history = known(&[
        "koji.yamaguchi.83@gmail.com",
        "mayumi.hara1985@icloud.com",
        "daisuke.m.0611@gmail.com",
        "jun.fujiwara@gmail.com",
    ]);
    let note = |to: &[&str]| {
        mail(
            "城南大学校友会 事務局 上田 <jimukyoku@jonan-koyukai.jp>",
            to,
            &[],
            &[],
            "同窓会の準備について",
            &format!(
                "山口さん、原さん、松本さん\n\nいつもお世話になっております。校友会事務局の上田です。\n\
                 2月20日(土)の同窓会は、学士会館で17:30受付開始です。\n{ALUMNI_SIG}"
            ),
        )
    };
    let right = [
        "山口浩二 <koji.yamaguchi.83@gmail.com>",
        "原真由美 <mayumi.hara1985@icloud.com>",
        "松本大輔 <daisuke.m.0611@gmail.com>",
    ];
    let v = check_with(&note(&right), &[], &p, &history);
    assert_eq!(v.decision, Decision::Allow, "{:#?}", v.reasons);
    let wrong = [
        "山口浩二 <koji.yamaguchi.83@gmail.com>",
        "藤原淳 <jun.fujiwara@gmail.com>",
        "松本大輔 <daisuke.m.0611@gmail.com>",
    ];
    let v = check_with(&note(&wrong), &[], &p, &history);
    assert_eq!(v.decision, Decision::Confirm, "{:?}", rules(&v));
}

/// `kept14`'s leftover: a business named in the running text before its
/// landline and address (「…が開いたパン工房ミモザ（三軒茶屋2-13-5、TEL
/// 03-…）」), with neither a listing's first word nor hours, is how to reach
/// the business. A member's own home and number, or a mobile after the
/// business's name, are still asked.
#[test]
fn a_business_named_before_its_phone_in_running_text() {
    let p = policy(ALUMNI);
    let members = ["taro.kimura.61@gmail.com", "hanako.s.1977@yahoo.co.jp", "kenta.ogawa@icloud.com"];
    let history = known(&members);
    let newsletter = |item: &str| {
        mail(
            "城南大学校友会 事務局 <jimukyoku@jonan-koyukai.jp>",
            &["jimukyoku@jonan-koyukai.jp"],
            &[],
            &members,
            "城南大学校友会 メールマガジン 12月号",
            &format!("校友の皆様\n\n城南大学校友会事務局です。12月号をお届けします。\n\n■ 校友のお店紹介\n{item}\n{ALUMNI_SIG}"),
        )
    };
    let shop = "2005年文学部卒の山本 彩さんが開いたパン工房ミモザ（東京都世田谷区三軒茶屋2-13-5、TEL 03-3422-7781）に、ぜひお立ち寄りください。";
    let v = check_with(&newsletter(shop), &[], &p, &history);
    assert_eq!(v.decision, Decision::Allow, "{:#?}", v.reasons);
    for item in [
        "新しく入会された田村 正さん（東京都世田谷区太子堂4-21-8、TEL 03-3418-2290）をよろしくお願いします。",
        "パン工房ミモザを開いた山本 彩さんの携帯（090-6612-3398）にご連絡ください。",
        "株式会社ミナトにお勤めの田村さんのご自宅（東京都世田谷区太子堂4-21-8、TEL 03-3418-2290）",
    ] {
        let v = check_with(&newsletter(item), &[], &p, &history);
        assert_eq!(v.decision, Decision::Confirm, "{item}: {:?}", rules(&v));
    }
}

const CARE: &str = r#"{
    "internal_domains": ["minori-kyushoku.co.jp"],
    "partner_domains": {"maruao-seika.co.jp": "株式会社丸青青果"},
    "own_names": ["株式会社みのり給食"]
}"#;

/// `kept14`'s leftover: a table whose only personal column is special-care
/// data is about no one unless its values name a disease; the diseases are
/// now read from the detector's dictionary, not a list of word endings
/// (高血圧, 喘息, てんかん, リウマチ: residents by room, blocked to a
/// supplier). A menu's allergen table still names no one.
#[test]
fn a_table_naming_diseases_by_room_is_about_residents() {
    let p = policy(CARE);
    let order = mail(
        "みのり給食 大塚 <otsuka@minori-kyushoku.co.jp>",
        &["丸青青果 配送係 <haisou@maruao-seika.co.jp>"],
        &[],
        &[],
        "1月第3週 青果発注",
        "株式会社丸青青果\n配送係 御中\n\nいつもお世話になっております。\n発注書を添付いたします。\n\n\
         ──────────\n株式会社みのり給食\n大塚 美穂\nTEL: 0235-25-6620\n──────────\n",
    );
    let rooms = "居室,病名,服薬\n201号室,高血圧,アムロジピン\n202号室,喘息,吸入薬\n203号室,てんかん,バルプロ酸\n\
        205号室,リウマチ,メトトレキサート\n";
    let v = check(&order, &[("居室別_服薬一覧.csv", rooms.as_bytes())], &p);
    assert_eq!(level(&v, "special_care_external"), Some(Level::Block), "{:?}", rules(&v));
    let menu = "日付,献立名,アレルゲン\n1/12,親子丼,卵・小麦・大豆\n1/13,かき玉汁,卵\n1/14,グラタン,乳・小麦\n\
        1/15,八宝菜,えび・いか\n1/18,ごまあえ,ごま\n";
    let v = check(&order, &[("1月献立_アレルゲン表.csv", menu.as_bytes())], &p);
    assert_eq!(v.decision, Decision::Allow, "{:#?}", v.reasons);
}

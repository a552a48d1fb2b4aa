//! The message check's pairs from issue 21's fourteenth kept-aside set: for
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

const LUNCH: &str = r#"{
    "internal_domains": ["minori-kyushoku.co.jp"],
    "partner_domains": {"maruao-seika.co.jp": "株式会社丸青青果"},
    "own_names": ["株式会社みのり給食"]
}"#;

const LUNCH_SIG: &str = "\nよろしくお願いいたします。\n\n──────────\n株式会社みのり給食 鶴ヶ丘事業所\n大塚 美穂\n\
    TEL: 0235-25-6620\n──────────\n";

/// A column headed 「アレルゲン」 in a table of people is their allergies,
/// as a column headed 「アレルギー」 is: special-care data, blocked to a
/// supplier. A menu's allergen table names no one and no disease: a
/// product sheet. Rooms with diseases are still residents'.
#[test]
fn an_allergen_column_of_people_is_their_allergies() {
    let p = policy(LUNCH);
    let order = mail(
        "みのり給食 大塚 <otsuka@minori-kyushoku.co.jp>",
        &["丸青青果 配送係 <haisou@maruao-seika.co.jp>"],
        &[],
        &[],
        "1月第3週 青果発注",
        &format!(
            "株式会社丸青青果\n配送係 御中\n\nいつもお世話になっております。\n発注書を添付いたします。\n{LUNCH_SIG}"
        ),
    );
    let children = "学校,学年組,氏名,アレルゲン,対応\n\
        東小学校,2年1組,佐藤 蓮,卵,完全除去\n東小学校,3年2組,森 陽太,卵・乳,完全除去\n\
        西小学校,4年1組,高橋 美月,えび・かに,完全除去\n西小学校,4年3組,伊藤 湊,そば,エピペン所持\n\
        南小学校,5年2組,渡辺 結衣,落花生,完全除去\n南小学校,6年1組,中村 悠真,小麦,完全除去\n\
        北中学校,1年2組,小林 陽菜,キウイ,加熱可\n北中学校,2年3組,加藤 大翔,乳,微量可\n";
    let v = check(&order, &[("アレルギー対応児童一覧.csv", children.as_bytes())], &p);
    assert_eq!(v.decision, Decision::Block, "{:?}", rules(&v));
    assert_eq!(level(&v, "special_care_external"), Some(Level::Block));
    // The menu's allergen table: dishes, not people.
    let menu = "日付,献立名,アレルゲン\n1/12,親子丼,卵・小麦・大豆\n1/13,かき玉汁,卵\n1/14,グラタン,乳・小麦\n\
        1/15,八宝菜,えび・いか\n1/18,ごまあえ,ごま\n1/19,ソフト麺,小麦\n";
    let v = check(&order, &[("1月献立_アレルゲン表.csv", menu.as_bytes())], &p);
    assert_eq!(v.decision, Decision::Allow, "{:#?}", v.reasons);
    // Residents by room with their diseases: no name, still people.
    let rooms = "居室,病名,服薬
201号室,糖尿病,インスリン
202号室,高血圧症,アムロジピン
        203号室,認知症,ドネペジル
205号室,心不全,フロセミド
";
    let v = check(&order, &[("居室別_服薬一覧.csv", rooms.as_bytes())], &p);
    assert_eq!(level(&v, "special_care_external"), Some(Level::Block), "{:?}", rules(&v));
}

const LOGI: &str = r#"{
    "internal_domains": ["kitakanto-logi.co.jp"],
    "partner_domains": {
        "natural-cosme.co.jp": "株式会社ナチュラルコスメ",
        "sportsgear.jp": "株式会社スポーツギア",
        "aoba-unyu.co.jp": "あおば運輸株式会社"
    },
    "own_names": ["株式会社北関東ロジセンター"]
}"#;

const LOGI_SIG: &str = "\nよろしくお願いいたします。\n\n──────────\n株式会社北関東ロジセンター\n小林 拓也\n\
    TEL: 0276-48-2210\n──────────\n";

/// An opening that greets several organisations, one of them the To
/// addressee's, may greet the others in Cc (a reply to all of a
/// three-party matter). One organisation greeted only in Cc, or several
/// none of which is in To, is still the wrong addressee.
#[test]
fn several_organisations_greeted_may_be_in_cc() {
    let p = policy(LOGI);
    let reply = |to: &str, cc: &str, salutation: &str| {
        mail(
            "北関東ロジセンター 小林 <kobayashi@kitakanto-logi.co.jp>",
            &[to],
            &[cc],
            &[],
            "Re: 破損品の件",
            &format!(
                "{salutation}\n\nいつもお世話になっております。北関東ロジセンターの小林です。\n\
                 出荷記録を確認しました。輸送中の状況のご確認をお願いできますでしょうか。\n{LOGI_SIG}"
            ),
        )
    };
    let shipper = "ナチュラルコスメ カスタマーサポート 河野 <kono@natural-cosme.co.jp>";
    let carrier = "あおば運輸 太田営業所 遠藤 <endo@aoba-unyu.co.jp>";
    let both = "株式会社ナチュラルコスメ 河野様\nあおば運輸株式会社 太田営業所 遠藤様";
    let v = check(&reply(shipper, carrier, both), &[], &p);
    assert_eq!(v.decision, Decision::Allow, "{:#?}", v.reasons);
    assert!(!rules(&v).contains(&"salutation_mismatch"));
    // The carrier alone greeted, the shipper in To: the mail was meant for
    // the carrier.
    let v = check(&reply(shipper, carrier, "あおば運輸株式会社 太田営業所 遠藤様"), &[], &p);
    assert_eq!(level(&v, "salutation_mismatch"), Some(Level::Confirm), "{:?}", rules(&v));
    // Both greeted, but To is the other shipper: neither is the addressee.
    let other = "スポーツギア 物流部 <butsuryu@sportsgear.jp>";
    let v = check(&reply(other, carrier, both), &[], &p);
    assert_eq!(level(&v, "salutation_mismatch"), Some(Level::Confirm), "{:?}", rules(&v));
}

const ALUMNI: &str = r#"{
    "internal_domains": ["jonan-koyukai.jp"],
    "partner_domains": {"sankyo-print.co.jp": "株式会社三協印刷"},
    "own_names": ["城南大学校友会"]
}"#;

const ALUMNI_SIG: &str = "\n──────────\n城南大学校友会 事務局\n上田 真理\nTEL: 03-3411-8275\n──────────\n";

/// A one-character surname greeted (「原さん」) greets the display name
/// whose first word it is (「原 真由美」), so organisers mailed before and
/// each greeted see each other as the sender meant; inside another name
/// (「藤原 淳」) it greets no one, and the recipients are asked about.
#[test]
fn a_one_character_surname_greets_its_display_name() {
    let p = policy(ALUMNI);
    let to = [
        "山口 浩二 <koji.yamaguchi.83@gmail.com>",
        "原 真由美 <mayumi.hara1985@icloud.com>",
        "松本 大輔 <daisuke.m.0611@gmail.com>",
    ];
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
    let v = check_with(&note(&to), &[], &p, &history);
    assert_eq!(v.decision, Decision::Allow, "{:#?}", v.reasons);
    assert_ne!(level(&v, "external_organisations"), Some(Level::Confirm));
    let wrong = [
        "山口 浩二 <koji.yamaguchi.83@gmail.com>",
        "藤原 淳 <jun.fujiwara@gmail.com>",
        "松本 大輔 <daisuke.m.0611@gmail.com>",
    ];
    let v = check_with(&note(&wrong), &[], &p, &history);
    assert_eq!(v.decision, Decision::Confirm, "{:?}", rules(&v));
}

/// A business's phone and address on a line that gives its hours or
/// closing day (a member's restaurant in a newsletter to members in Bcc)
/// are how to reach the business: the newsletter to known private
/// addresses passes. A member's home address and mobile, with no hours,
/// are personal data to private addresses: asked.
#[test]
fn a_business_listing_in_a_newsletter_is_no_personal_data() {
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
            &format!(
                "校友の皆様\n\n城南大学校友会事務局です。12月号をお届けします。\n\n■ 校友のお店紹介\n\
                 1998年経済学部卒の石川 正人さんが、三軒茶屋で和食店「季節料理 いしかわ」を営んでいます。\n\
                 {item}\n{ALUMNI_SIG}"
            ),
        )
    };
    for item in [
        "東京都世田谷区三軒茶屋2-13-5　TEL 03-3422-7781（日曜定休）",
        "東京都世田谷区三軒茶屋2-13-5\nTEL 03-3422-7781\n営業時間 17:00-23:00",
        "やまだ酒店　太田市本町12-8　TEL 0276-22-1234",
    ] {
        let v = check_with(&newsletter(item), &[], &p, &history);
        assert_eq!(v.decision, Decision::Allow, "{item}: {:#?}", v.reasons);
    }
    for item in [
        "石川さんのご自宅は東京都世田谷区太子堂4-21-8、携帯は090-6612-3398です。",
        "石川 正人　東京都世田谷区太子堂4-21-8　携帯 090-6612-3398",
    ] {
        let v = check_with(&newsletter(item), &[], &p, &history);
        assert_eq!(v.decision, Decision::Confirm, "{item}: {:?}", rules(&v));
        assert_eq!(level(&v, "free_mail"), Some(Level::Confirm), "{item}");
    }
}

/// An honorific or a title after a space (「小西 先生が」「山本 部長に」) is
/// no given name: the person is 小西, not 「小西 先生」. A given name after
/// the space (「小西 和彦が」) is still a full name.
#[test]
fn an_honorific_after_a_space_is_no_given_name() {
    let names = |text: &str| -> Vec<String> {
        let report =
            presend::scan_text("t.txt", text, &presend::ScanOptions { include_raw: true, ..Default::default() });
        report
            .findings
            .iter()
            .filter(|f| f.kind == presend::Kind::PersonName)
            .map(|f| f.raw.clone().unwrap_or_default())
            .collect()
    };
    for (text, surname) in [
        ("乾杯のご発声は、小西 先生がお引き受けくださいました。", "小西"),
        ("本件は山本 部長にご確認いただきます。", "山本"),
    ] {
        let found = names(text);
        assert!(found.iter().all(|n| n == surname), "{text}: {found:?}");
    }
    let found = names("乾杯のご発声は、小西 和彦がお引き受けしました。");
    assert!(found.iter().any(|n| n == "小西 和彦"), "{found:?}");
}

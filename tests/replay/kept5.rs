//! Issue 21, the fifth kept-aside set: 24 whole messages of eight
//! organisations unlike those of the earlier sets (a city office, a law firm,
//! a university lab, a logistics firm, a dental clinic, a real-estate agent,
//! a staffing agency and a nursery school), 12 everyday mails and 12
//! mis-sends. Written, with every expected decision, before it was first run;
//! each case says the mistake it models (or why it is everyday) and why its
//! decision is the one a careful security officer would take. Reported, not
//! gated. Its first run (3 of 12 everyday mails warned about, 2 of 12
//! mis-sends missed) is the measurement; the rules were tuned on it after
//! that (each fix with its pair in `office`), so it is no longer held out.

use super::generators::*;
use super::office_orgs::{office_letter, people_sheet, signature};
use super::*;

// ============================================================ organisations

pub(super) const CITY: &str = "city.yamanami.lg.jp";

pub(super) fn city_policy() -> Value {
    json!({
        "internal_domains": [CITY],
        "partner_domains": {
            "yamanami-insatsu.co.jp": "株式会社山並印刷",
            "chiiki-system.co.jp": "株式会社地域システム",
            "yamanami-shakyo.or.jp": "社会福祉法人山並市社会福祉協議会"
        },
        "own_names": ["山並市", "山並市役所"]
    })
}

pub(super) fn city_sig(section: &str, name: &str, mail: &str) -> String {
    signature(
        &format!("山並市役所 {section}"),
        name,
        "〒329-2792 栃木県山並市本町1-1",
        "0288-22-1111（代表） 内線 2134",
        mail,
    )
}

pub(super) fn law_policy() -> Value {
    json!({
        "internal_domains": ["sakurai-law.jp"],
        "partner_domains": {
            "hinode-foods.co.jp": "株式会社ヒノデ食品",
            "nishi-honyaku.co.jp": "西翻訳サービス株式会社"
        },
        "own_names": ["桜井総合法律事務所"]
    })
}

/// Law firms put a confidentiality notice under every mail.
pub(super) fn law_sig(name: &str, mail: &str) -> String {
    format!(
        "{}\n\n本メールには守秘義務の対象となる情報が含まれている場合があります。\n\
         誤って受信された場合は、お手数ですが送信者にご連絡のうえ削除してください。",
        signature(
            "桜井総合法律事務所",
            &format!("弁護士 {name}"),
            "〒105-0001 東京都港区虎ノ門2-8-10 虎ノ門桜井ビル7F",
            "03-5510-7700",
            mail
        )
    )
}

pub(super) fn lab_policy() -> Value {
    json!({
        "internal_domains": ["tohto-u.ac.jp"],
        "partner_domains": {
            "mirai-sensing.co.jp": "株式会社ミライセンシング",
            "kansai-tech.ac.jp": "関西工科大学"
        },
        "own_names": ["東都大学"]
    })
}

pub(super) fn lab_sig(name: &str, mail: &str) -> String {
    signature(
        "東都大学 大学院情報理工学研究科 ヒューマンインタフェース研究室",
        name,
        "〒152-8550 東京都目黒区大岡山2-12-1",
        "03-5734-2211",
        mail,
    )
}

pub(super) fn logistics_policy() -> Value {
    json!({
        "internal_domains": ["hayate-unyu.co.jp"],
        "partner_domains": {
            "nagare-cosme.co.jp": "株式会社ナガレ化粧品",
            "tsubasa-shobo.co.jp": "株式会社ツバサ書房",
            "kita-express.co.jp": "北エクスプレス株式会社"
        },
        "own_names": ["株式会社ハヤテ運輸", "ハヤテ運輸"]
    })
}

pub(super) fn logistics_sig(name: &str, mail: &str) -> String {
    signature(
        "株式会社ハヤテ運輸 大宮営業所 営業課",
        name,
        "〒331-0812 埼玉県さいたま市北区宮原町4-23-5",
        "048-665-3300",
        mail,
    )
}

pub(super) fn dental_policy() -> Value {
    json!({
        "internal_domains": ["shirakaba-dental.jp"],
        "partner_domains": {
            "tsubaki-giko.co.jp": "有限会社つばき歯科技工所",
            "dental-depot.co.jp": "株式会社デンタルデポ"
        },
        "own_names": ["医療法人白樺会", "しらかば歯科クリニック"]
    })
}

pub(super) fn dental_sig(name: &str, mail: &str) -> String {
    signature(
        "医療法人白樺会 しらかば歯科クリニック",
        name,
        "〒214-0014 神奈川県川崎市多摩区登戸2-5-3",
        "044-911-6480",
        mail,
    )
}

pub(super) fn estate_policy() -> Value {
    json!({
        "internal_domains": ["aoi-fudosan.co.jp"],
        "partner_domains": {
            "yoshida-shiho.jp": "吉田司法書士事務所",
            "hosho-net.co.jp": "株式会社保証ネット"
        },
        "own_names": ["株式会社アオイ不動産", "アオイ不動産"]
    })
}

pub(super) fn estate_sig(name: &str, mail: &str) -> String {
    format!(
        "{}\n宅地建物取引業 東京都知事(3)第98765号",
        signature("株式会社アオイ不動産 荻窪店", name, "〒167-0051 東京都杉並区荻窪5-27-6", "03-3391-4580", mail)
    )
}

/// The staffing agency: its client, and the 社労士 office that files its
/// social insurance and is therefore entitled to My Numbers (an exemption).
pub(super) fn staffing_policy() -> Value {
    json!({
        "internal_domains": ["nextwork.co.jp"],
        "partner_domains": {
            "sanyo-seimitsu.co.jp": "三陽精密株式会社",
            "kimura-sr.jp": "木村社会保険労務士事務所"
        },
        "own_names": ["株式会社ネクストワーク", "ネクストワーク"],
        "exemptions": [{"recipients": ["kimura-sr.jp"], "rules": ["my_number_external"]}]
    })
}

pub(super) fn staffing_sig(name: &str, mail: &str) -> String {
    signature(
        "株式会社ネクストワーク 宇都宮支店 派遣事業部",
        name,
        "〒320-0811 栃木県宇都宮市大通り2-1-5",
        "028-600-4120",
        mail,
    )
}

pub(super) fn nursery_policy() -> Value {
    json!({
        "internal_domains": ["kobato-hoikuen.or.jp"],
        "partner_domains": {
            "photo-hinata.co.jp": "株式会社フォトひなた",
            "kyushoku-s.co.jp": "株式会社給食サービス",
            CITY: "山並市"
        },
        "own_names": ["社会福祉法人こばと会", "こばと保育園"]
    })
}

pub(super) fn nursery_sig(name: &str, mail: &str) -> String {
    signature("社会福祉法人こばと会 こばと保育園", name, "〒329-2712 栃木県山並市緑町3-9-1", "0288-23-5520", mail)
}

// =============================================================== generators

/// 12-digit parcel numbers as carriers print them (4-4-4); with `passing`,
/// only numbers that also pass the My Number check digit.
pub(super) fn tracking_numbers(rng: &mut Rng, n: usize, passing: bool) -> Vec<String> {
    let mut out = Vec::new();
    while out.len() < n {
        let d = format!("3{}", rng.digits(11));
        if !passing || pp::is_my_number(&d) {
            out.push(format!("{}-{}-{}", &d[..4], &d[4..8], &d[8..]));
        }
    }
    out
}

pub(super) fn kana_of(p: &Person) -> String {
    format!("{} {}", pp::hiragana(p.surname_kana), pp::hiragana(p.given_kana))
}

// ==================================================================== cases

/// The fifth kept-aside set. Reported, not gated.
// One push per scenario, each with its own comment and set-up.
#[allow(clippy::vec_init_then_push)]
pub fn kept_fifth_cases() -> Vec<Case> {
    use Group::Kept5 as G;
    let mut v = Vec::new();
    let mut rng = Rng::new(7101);

    // ------------------------------------------------------------ city office
    // Everyday: a citizen wrote to the 市民課 from her own gmail; the clerk
    // answers how to request her own 住民票 by post. The only person named is
    // the citizen, greeted by the name her address carries; the numbers are a
    // fee, a reception number and the office's own phone. A security officer
    // has nothing to ask: she asked, this is the answer, nobody else's data.
    v.push(
        Case::new(
            "k5_city_reply_to_citizen_gmail",
            G,
            "everyday: 市民課 answers a citizen at the gmail she wrote from (Re:, greeting her by name) about requesting her own 住民票 by post",
            mail(
                "市民課 住民記録係 <shimin@city.yamanami.lg.jp>",
                &["青木 千尋 <chihiro.aoki.1987@gmail.com>"],
                "Re: 住民票の写しの郵送請求について",
                &format!(
                    "青木 千尋 様\n\nお問い合わせいただきありがとうございます。山並市役所 市民課の坂口です。\n\n\
                     住民票の写しを郵送で請求される場合は、次のものを同封のうえお送りください。\n\
                     ・請求書（市ホームページからダウンロードできます）\n・本人確認書類の写し（運転免許証など）\n\
                     ・手数料 1通 300円分の定額小為替\n・切手を貼った返信用封筒\n\n\
                     お問い合わせの受付番号は R8-市-00421 です。お電話の際にお伝えください。\n\n{}\n",
                    city_sig("市民課 住民記録係", "坂口 亮", "shimin@city.yamanami.lg.jp")
                ),
            ),
        )
        .policy(city_policy())
        .history(json!(["yamanami-shakyo.or.jp", "chiiki-system.co.jp", "k.morita.55@yahoo.co.jp", "sato-h@docomo.ne.jp"]))
        .expect(Allow, &[]),
    );
    // Mis-send: 防災課 meant to send the printer the hazard-map artwork and
    // attached the 避難行動要支援者名簿 instead: 40 residents' names, homes,
    // phones, care levels and disabilities. Special-care data about named
    // people to a partner with no part in it: block.
    let supporters: Vec<Vec<Cell>> = (0..40)
        .map(|_| {
            let p = Person::born_between(&mut rng, 1928, 1960);
            let helper = Person::born_between(&mut rng, 1950, 1990);
            vec![
                Cell::from(p.name(&mut rng)),
                Cell::Date(p.birth.0, p.birth.1, p.birth.2),
                Cell::from(p.home.full()),
                Cell::from(p.landline.hyphen()),
                Cell::from(*rng.pick(&["要介護3", "要介護4", "要支援2", "要介護5", ""])),
                Cell::from(*rng.pick(&[
                    "肢体不自由（下肢）",
                    "視覚障害",
                    "",
                    "聴覚障害",
                    "精神障害",
                    "内部障害（人工透析）",
                ])),
                Cell::from(helper.name(&mut rng)),
            ]
        })
        .collect();
    v.push(
        Case::new(
            "k5_city_support_roster_to_printer",
            G,
            "mis-send: the 避難行動要支援者名簿 (care levels, disabilities of 40 residents) attached instead of the hazard-map artwork, to the printing company",
            mail(
                "防災課 石原 <ishihara@city.yamanami.lg.jp>",
                &["株式会社山並印刷 制作部 <seisaku@yamanami-insatsu.co.jp>"],
                "ハザードマップ改訂版 入稿データ",
                &office_letter(
                    "株式会社山並印刷\n制作部 ご担当者様",
                    "山並市役所 防災課の石原です。",
                    "ハザードマップ改訂版の入稿データをお送りします。\n校正は12月18日までにいただけますと幸いです。",
                    &city_sig("防災課", "石原 健太", "ishihara@city.yamanami.lg.jp"),
                ),
            ),
        )
        .policy(city_policy())
        .attach(
            "避難行動要支援者名簿_R8.xlsx",
            people_sheet("名簿", &["氏名", "生年月日", "住所", "電話番号", "要介護度", "障害の種別", "避難支援者"], supporters),
        )
        .history(json!(["yamanami-insatsu.co.jp", "chiiki-system.co.jp"]))
        .expect(Block, &["special_care_external"]),
    );
    // Mis-send: the vendor is chiiki-system.co.jp; the clerk typed
    // chiiki-system.jp, a different domain anyone can register, on a mail with
    // the test environment's address and the migration spec. The partner's
    // name under another suffix is a look-alike: block, whatever the content.
    v.push(
        Case::new(
            "k5_city_vendor_under_other_suffix",
            G,
            "mis-send: the system vendor's domain with the wrong suffix (chiiki-system.jp for chiiki-system.co.jp), on the migration spec",
            mail(
                "情報政策課 野村 <nomura@city.yamanami.lg.jp>",
                &["地域システム 開発部 原 <hara@chiiki-system.jp>"],
                "住民情報システム改修 仕様書（第2版）",
                &office_letter(
                    "株式会社地域システム\n開発部 原様",
                    "山並市役所 情報政策課の野村です。",
                    "住民情報システム改修の仕様書（第2版）をお送りします。\n検証環境は 10.21.4.18 の VPN 経由で、12月21日から利用できます。",
                    &city_sig("情報政策課", "野村 裕介", "nomura@city.yamanami.lg.jp"),
                ),
            ),
        )
        .policy(city_policy())
        .attach(
            "改修仕様書_v2.docx",
            files::docx(&[
                "住民情報システム 改修仕様書 第2版",
                "1. 目的：転入・転出処理の画面を標準仕様に合わせる。",
                "2. 対象機能：異動届入力、証明書発行、宛名管理。",
                "3. スケジュール：検証 2027年1月、本番切替 2027年3月。",
                "4. 検証環境：庁内 VPN 経由、接続先 10.21.4.18。",
            ]),
        )
        .history(json!(["chiiki-system.co.jp", "yamanami-insatsu.co.jp"]))
        .expect(Block, &["lookalike_domain"]),
    );

    // --------------------------------------------------------------- law firm
    // Everyday: the draft outsourcing contract to the client's legal
    // department. It names two companies, their addresses and
    // representatives, and amounts; the signature carries the usual
    // confidentiality notice. This is the firm's work for this client.
    v.push(
        Case::new(
            "k5_law_contract_draft_to_client",
            G,
            "everyday: a draft 業務委託契約書 (companies, representatives, fees) to the client's legal department, under the firm's confidentiality notice",
            mail(
                "桜井 隆 <t.sakurai@sakurai-law.jp>",
                &["村井 玲子 <r.murai@hinode-foods.co.jp>"],
                "業務委託契約書（案）のご送付",
                &office_letter(
                    "株式会社ヒノデ食品\n法務部 村井様",
                    "桜井総合法律事務所の桜井です。",
                    "ご依頼の業務委託契約書の案をお送りします。\n第3条（委託料）と第12条（秘密保持）を中心に、前回のご指摘を反映しました。\n\
                     ご確認のうえ、ご意見をいただけますと幸いです。",
                    &law_sig("桜井 隆", "t.sakurai@sakurai-law.jp"),
                ),
            ),
        )
        .policy(law_policy())
        .attach(
            "業務委託契約書_案_v3.docx",
            files::docx(&[
                "業務委託契約書（案）",
                "株式会社ヒノデ食品（以下「甲」という。）と株式会社ソラ物流（以下「乙」という。）は、次のとおり業務委託契約を締結する。",
                "第1条（委託業務）甲は乙に対し、甲の製品の保管及び配送業務を委託する。",
                "第3条（委託料）委託料は月額1,650,000円（消費税別）とし、乙は毎月末日締めで請求する。",
                "第12条（秘密保持）甲及び乙は、本契約に関して知り得た相手方の秘密情報を第三者に開示してはならない。",
                "甲：東京都港区芝浦3-4-1 株式会社ヒノデ食品 代表取締役 日野 昇",
                "乙：神奈川県横浜市鶴見区大黒ふ頭22 株式会社ソラ物流 代表取締役 空井 誠",
            ]),
        )
        .history(json!(["hinode-foods.co.jp", "aoyama-law.jp", "courts.go.jp"]))
        .expect(Allow, &[]),
    );
    // Mis-send: the report on settlement strategy to the client should have
    // copied the firm's associate 日野; autocomplete put 日野 of the opposing
    // party's counsel (青山法律事務所, mailed before in the same case) in Cc.
    // The cc line says only 「弁護士 日野」. The mail's wording addresses the
    // client alone while another outside organisation sees it: confirm.
    v.push(
        Case::new(
            "k5_law_strategy_cc_opposing_counsel",
            G,
            "mis-send: settlement strategy to the client, with 日野 of the opposing counsel's firm in Cc (autocomplete for the firm's own 日野)",
            with(
                mail(
                    "桜井 隆 <t.sakurai@sakurai-law.jp>",
                    &["村井 玲子 <r.murai@hinode-foods.co.jp>"],
                    "和解交渉の方針について",
                    &office_letter(
                        "株式会社ヒノデ食品\n法務部 村井様\n（cc: 弁護士 日野）",
                        "桜井総合法律事務所の桜井です。",
                        "相手方との和解交渉について、当方の方針をご報告します。\n和解金は3,000万円を上限として交渉し、\
                         まずは1,800万円を提示する予定です。\n期日前に一度お打ち合わせをお願いできますでしょうか。",
                        &law_sig("桜井 隆", "t.sakurai@sakurai-law.jp"),
                    ),
                ),
                "cc",
                json!(["日野 健太 <hino@aoyama-law.jp>"]),
            ),
        )
        .policy(law_policy())
        .history(json!(["hinode-foods.co.jp", "aoyama-law.jp", "m.hino@sakurai-law.jp"]))
        .expect(Confirm, &[]),
    );

    // -------------------------------------------------------- university lab
    // Everyday: a joint-research meeting invitation to the company and the
    // other university, both named in the salutation, with a Zoom passcode,
    // and the lab's students in Cc. Three organisations that work together.
    v.push(
        Case::new(
            "k5_lab_zoom_invite_two_partners",
            G,
            "everyday: a joint-research meeting invitation (Zoom ID and passcode) to the company and the other university, both named, students in Cc",
            with(
                mail(
                    "准教授 山崎 <yamazaki@tohto-u.ac.jp>",
                    &["岡本 修 <okamoto@mirai-sensing.co.jp>", "西田 真理子 <nishida@kansai-tech.ac.jp>"],
                    "共同研究 月例ミーティング（1月）のご案内",
                    &office_letter(
                        "株式会社ミライセンシング 岡本様\n関西工科大学 西田先生",
                        "東都大学の山崎です。",
                        "1月の月例ミーティングを下記のとおり開催します。\n日時：2027年1月14日(木) 16:00〜17:00\n\n\
                         Zoomミーティングに参加する\nhttps://tohto-u.zoom.us/j/83422105567?pwd=Qm9ZdUx3RkpLc1h2\n\
                         ミーティングID: 834 2210 5567\nパスコード: 615204\n\n議題：被験者実験の進捗、学会発表の分担",
                        &lab_sig("山崎 聡", "yamazaki@tohto-u.ac.jp"),
                    ),
                ),
                "cc",
                json!(["m2-lab@tohto-u.ac.jp", "佐々木 悠 <sasaki.y@m.tohto-u.ac.jp>"]),
            ),
        )
        .policy(lab_policy())
        .history(json!(["mirai-sensing.co.jp", "kansai-tech.ac.jp"]))
        .expect(Allow, &[]),
    );
    // Everyday: the anonymised experiment data (subject IDs, age, sex,
    // condition, reaction times) to the joint-research company, as the
    // agreement says. No name, no contact, nothing that identifies anyone.
    let anon = {
        let mut csv = String::from("被験者ID,年齢,性別,条件,反応時間(ms),正答率\n");
        for i in 0..24 {
            csv.push_str(&format!(
                "S{:03},{},{},{},{},{:.2}\n",
                i + 1,
                rng.range(19, 64),
                rng.pick(&["男", "女"]),
                rng.pick(&["A", "B"]),
                rng.range(320, 780),
                0.6 + rng.below(40) as f64 / 100.0
            ));
        }
        csv.into_bytes()
    };
    v.push(
        Case::new(
            "k5_lab_anonymised_data_to_partner",
            G,
            "everyday: anonymised experiment data (subject ID, age, sex, reaction times) to the joint-research company",
            mail(
                "佐々木 悠 <sasaki.y@m.tohto-u.ac.jp>",
                &["岡本 修 <okamoto@mirai-sensing.co.jp>"],
                "第2期実験データ（匿名化済み）の送付",
                &office_letter(
                    "株式会社ミライセンシング\n岡本様",
                    "東都大学 山崎研究室の佐々木です。",
                    "第2期実験のデータをお送りします。被験者はIDのみで、氏名・連絡先は含みません。",
                    &lab_sig("佐々木 悠（修士2年）", "sasaki.y@m.tohto-u.ac.jp"),
                ),
            ),
        )
        .policy(lab_policy())
        .attach("exp2_anonymised.csv", anon)
        .history(json!(["mirai-sensing.co.jp"]))
        .expect(Allow, &[]),
    );
    // Mis-send: the same student attaches the subject key instead: names,
    // birth dates, mobiles, medical history and medication of the 24
    // volunteers. Special-care data, and the consent covered only the lab:
    // block.
    let subjects: Vec<Vec<Cell>> = (0..24)
        .map(|i| {
            let p = Person::born_between(&mut rng, 1962, 2006);
            vec![
                Cell::from(format!("S{:03}", i + 1)),
                Cell::from(p.name(&mut rng)),
                Cell::Date(p.birth.0, p.birth.1, p.birth.2),
                Cell::from(p.mobile.hyphen()),
                Cell::from(*rng.pick(&[
                    "なし",
                    "なし",
                    "高血圧",
                    "てんかん（服薬中）",
                    "うつ病（通院中）",
                    "2型糖尿病",
                ])),
                Cell::from(*rng.pick(&["なし", "なし", "アムロジピン", "バルプロ酸", "セルトラリン"])),
                Cell::from("取得済"),
            ]
        })
        .collect();
    v.push(
        Case::new(
            "k5_lab_subject_key_to_partner",
            G,
            "mis-send: the subject key (names, birth dates, mobiles, 既往歴, 服薬) attached instead of the anonymised data, to the joint-research company",
            mail(
                "佐々木 悠 <sasaki.y@m.tohto-u.ac.jp>",
                &["岡本 修 <okamoto@mirai-sensing.co.jp>"],
                "第2期実験データの送付",
                &office_letter(
                    "株式会社ミライセンシング\n岡本様",
                    "東都大学 山崎研究室の佐々木です。",
                    "第2期実験のデータをお送りします。",
                    &lab_sig("佐々木 悠（修士2年）", "sasaki.y@m.tohto-u.ac.jp"),
                ),
            ),
        )
        .policy(lab_policy())
        .attach(
            "被験者対応表_第2期.xlsx",
            people_sheet("対応表", &["被験者ID", "氏名", "生年月日", "携帯電話", "既往歴", "服薬", "同意書"], subjects),
        )
        .history(json!(["mirai-sensing.co.jp"]))
        .expect(Block, &["special_care_external"]),
    );

    // ------------------------------------------------------------- logistics
    // Everyday: the delay report to the shipper lists the affected parcels by
    // their 12-digit tracking numbers (printed 4-4-4; several happen to pass
    // the My Number check digit) and the destination prefecture only.
    let parcels = {
        let mut all = tracking_numbers(&mut rng, 4, true);
        all.extend(tracking_numbers(&mut rng, 4, false));
        all
    };
    let prefs = ["新潟県", "山形県", "新潟県", "福島県", "秋田県", "新潟県", "山形県", "長野県"];
    let lines: String = parcels.iter().zip(prefs).map(|(n, p)| format!("・{n}（{p}）\n")).collect();
    v.push(
        Case::new(
            "k5_logistics_delay_with_tracking_numbers",
            G,
            "everyday: a delay report to the shipper listing eight 12-digit tracking numbers (several pass the My Number check) and destination prefectures",
            mail(
                "大宮営業所 岡田 <okada@hayate-unyu.co.jp>",
                &["物流管理課 <butsuryu@nagare-cosme.co.jp>"],
                "【ご報告】大雪による配送遅延について",
                &office_letter(
                    "株式会社ナガレ化粧品\n物流管理課 ご担当者様",
                    "ハヤテ運輸 大宮営業所の岡田です。",
                    &format!(
                        "大雪による関越自動車道の通行止めのため、12月15日出荷分の以下のお荷物のお届けが1日遅れる見込みです。\n\n{lines}\n\
                         お届け先のお客様には、弊社より個別にご連絡いたします。"
                    ),
                    &logistics_sig("岡田 大輝", "okada@hayate-unyu.co.jp"),
                ),
            ),
        )
        .policy(logistics_policy())
        .history(json!(["nagare-cosme.co.jp", "tsubasa-shobo.co.jp"]))
        .expect(Allow, &[]),
    );
    // Mis-send: the monthly shipping detail of ナガレ化粧品 (60 consumers'
    // names, addresses, phones and what they bought) sent to the other
    // shipper, ツバサ書房, with ツバサ書房's monthly report mail. Both are
    // partners, but the consumers are the first shipper's customers: confirm.
    let consignees: Vec<Vec<Cell>> = (0..60)
        .map(|i| {
            let p = Person::gen(&mut rng);
            vec![
                Cell::from(format!("NC-{:06}", 481_200 + i)),
                Cell::from(p.name(&mut rng)),
                Cell::from(p.home.postal_hyphen()),
                Cell::from(p.home.full()),
                Cell::from(if rng.chance(0.6) { p.mobile.hyphen() } else { p.landline.hyphen() }),
                Cell::from(*rng.pick(&["薬用美白美容液 30ml", "エイジングケアクリーム", "敏感肌用化粧水 2本セット"])),
            ]
        })
        .collect();
    let detail = {
        let mut rows = vec![vec![t5("株式会社ナガレ化粧品 様　11月分 出荷明細")], vec![]];
        rows.push(header(&["受注番号", "お届け先氏名", "郵便番号", "お届け先住所", "電話番号", "品名"]));
        rows.extend(consignees);
        files::xlsx(&[Sheet::new("出荷明細", rows)])
    };
    v.push(
        Case::new(
            "k5_logistics_other_shippers_consignees",
            G,
            "mis-send: one shipper's consignee list (60 consumers, addresses, phones, products) attached to the monthly report to another shipper",
            mail(
                "大宮営業所 岡田 <okada@hayate-unyu.co.jp>",
                &["物流部 藤井 <fujii@tsubasa-shobo.co.jp>"],
                "11月分 出荷実績のご報告",
                &office_letter(
                    "株式会社ツバサ書房\n物流部 藤井様",
                    "ハヤテ運輸 大宮営業所の岡田です。",
                    "11月分の出荷実績をお送りします。ご確認をお願いいたします。",
                    &logistics_sig("岡田 大輝", "okada@hayate-unyu.co.jp"),
                ),
            ),
        )
        .policy(logistics_policy())
        .attach("ナガレ化粧品様_11月出荷明細.xlsx", detail)
        .history(json!(["nagare-cosme.co.jp", "tsubasa-shobo.co.jp"]))
        .expect(Confirm, &[]),
    );
    // Mis-send: the answer to the shipper's complaint keeps the internal
    // thread below it, where the branch manager explains that the driver
    // (named, with his staff number) had an epileptic seizure at the wheel
    // and takes antiepileptics. A named person's illness to a partner: block.
    v.push(
        Case::new(
            "k5_logistics_reply_quotes_driver_illness",
            G,
            "mis-send: an apology to the shipper sent with the internal thread below it, naming the driver and his epilepsy and medication",
            mail(
                "大宮営業所 岡田 <okada@hayate-unyu.co.jp>",
                &["物流管理課 <butsuryu@nagare-cosme.co.jp>"],
                "RE: 12/9 配送遅延の件",
                &format!(
                    "{}\n\n-----Original Message-----\nFrom: 大宮営業所 所長 森下 <morishita@hayate-unyu.co.jp>\n\
                     Sent: Wednesday, December 9, 2026 6:12 PM\nTo: 岡田 <okada@hayate-unyu.co.jp>\nSubject: 12/9 配送遅延の件\n\n\
                     岡田さん\n\n本日の遅延は、担当ドライバーの坂本 翔太（社員番号 D-2217）が運転中にてんかんの発作を起こし、\
                     救急搬送されたためです。坂本は以前から抗てんかん薬を服用していたとのことで、当面は乗務させません。\n\
                     荷主様には「車両トラブル」とご説明ください。\n\n森下\n",
                    office_letter(
                        "株式会社ナガレ化粧品\n物流管理課 ご担当者様",
                        "ハヤテ運輸 大宮営業所の岡田です。",
                        "12月9日のお荷物の配送遅延につきまして、大変ご迷惑をおかけいたしました。\n再発防止に努めてまいります。",
                        &logistics_sig("岡田 大輝", "okada@hayate-unyu.co.jp"),
                    )
                ),
            ),
        )
        .policy(logistics_policy())
        .history(json!(["nagare-cosme.co.jp", "tsubasa-shobo.co.jp"]))
        .expect(Block, &["special_care_external"]),
    );

    super::kept5_more::rest(&mut v, &mut rng);
    v
}

pub(super) fn t5(s: &str) -> Cell {
    Cell::from(s)
}

//! Issue 21, the sixth kept-aside set: 28 whole messages of nine
//! organisations unlike those of the earlier sets (a tax accountants' firm, a
//! ward welfare office, a hotel, an IT vendor's support desk, a pharmacy, a
//! fitness club, an insurance agency, an HR consultancy and a condominium
//! management company), 15 everyday mails and 13 mis-sends. Written, with
//! every expected decision, before it was first run, and committed before
//! that run; each case says the mistake it models (or why it is everyday)
//! and why its decision is the one a careful security officer would take.
//! Reported, not gated.
//!
//! First run (b3b5289, before any change made for it): 2 of 15 everyday
//! mails warned about, both `salutation_mismatch` (a Teams invitation to two
//! partners whose second addressee line 「はまなす病院 地域連携室 小田様」 was
//! not read; a tracing report to the prescribing clinic's info address,
//! whose display name is the clinic, greeting 「桜木先生」); 0 of 13 mis-sends
//! missed, two of them asked where a block was expected (a health
//! declaration to another 中村's gmail: the conditions are the greeted
//! customer's, whom no finding names; stress-check results of 40 named
//! employees: the 高ストレス判定 column is not read as special care). The
//! rules were changed for these since (each change with its pair in
//! `tests/check.rs`), so the set is no longer held out.

use super::office_orgs::{office_letter, people_sheet, signature};
use super::*;

// ============================================================ organisations

pub(super) fn tax_policy() -> Value {
    json!({
        "internal_domains": ["hoshizora-tax.jp"],
        "partner_domains": {
            "marufuku-seika.co.jp": "株式会社丸福製菓",
            "takahashi-koumuten.co.jp": "有限会社タカハシ工務店"
        },
        "own_names": ["ほしぞら税理士法人"]
    })
}

pub(super) fn tax_sig(name: &str, mail: &str) -> String {
    signature(
        "ほしぞら税理士法人 監査部",
        name,
        "〒160-0022 東京都新宿区新宿3-17-5 新宿ほしぞらビル4F",
        "03-3354-8820",
        mail,
    )
}

pub(super) const WARD: &str = "city.kitahama.lg.jp";

pub(super) fn welfare_policy() -> Value {
    json!({
        "internal_domains": [WARD],
        "partner_domains": {
            "kitahama-shakyo.or.jp": "社会福祉法人北浜区社会福祉協議会",
            "hamanasu-hp.or.jp": "医療法人はまなす会 はまなす病院"
        },
        "own_names": ["北浜区", "北浜区役所"]
    })
}

pub(super) fn welfare_sig(name: &str, mail: &str) -> String {
    signature(
        "北浜区役所 福祉事務所 保護課",
        name,
        "〒060-8612 北海道札幌市北浜区北浜1-1-1",
        "011-757-2400（代表） 内線 315",
        mail,
    )
}

pub(super) fn hotel_policy() -> Value {
    json!({
        "internal_domains": ["hotel-hamakaze.co.jp"],
        "partner_domains": {
            "tabimachi.co.jp": "株式会社たびまち",
            "pacific-sakura.com.au": "Pacific Sakura Tours Pty Ltd",
            "linen-one.co.jp": "株式会社リネンワン"
        },
        "own_names": ["ホテル浜風", "株式会社浜風リゾート"]
    })
}

pub(super) fn hotel_sig(name: &str, mail: &str) -> String {
    signature("ホテル浜風 予約課", name, "〒413-0012 静岡県熱海市東海岸町7-3", "0557-81-2250", mail)
}

pub(super) fn support_policy() -> Value {
    json!({
        "internal_domains": ["cloudlink.co.jp"],
        "partner_domains": {
            "nishiki-shoko.co.jp": "錦商工株式会社",
            "yamabuki-foods.co.jp": "株式会社やまぶき食品"
        },
        "own_names": ["株式会社クラウドリンク", "クラウドリンク"]
    })
}

pub(super) fn support_sig(name: &str, mail: &str) -> String {
    format!(
        "{}\n受付時間：平日 9:00〜18:00（土日祝・年末年始を除く）",
        signature(
            "株式会社クラウドリンク カスタマーサポートセンター",
            name,
            "〒530-0001 大阪府大阪市北区梅田2-4-9 梅田クラウドビル12F",
            "06-6345-7100（サポート窓口）",
            mail
        )
    )
}

/// The pharmacy sends tracing reports (服薬情報提供書) to the clinic that
/// prescribes; its policy lets that clinic receive special-care data.
pub(super) fn pharmacy_policy() -> Value {
    json!({
        "internal_domains": ["hikari-ph.co.jp"],
        "partner_domains": {
            "sakuragi-naika.jp": "さくらぎ内科クリニック",
            "medi-oroshi.co.jp": "株式会社メディ卸"
        },
        "own_names": ["株式会社ひかり薬局", "ひかり薬局"],
        "exemptions": [{"recipients": ["sakuragi-naika.jp"], "rules": ["special_care_external"]}]
    })
}

pub(super) fn pharmacy_sig(name: &str, mail: &str) -> String {
    signature("ひかり薬局 藤沢駅前店", name, "〒251-0052 神奈川県藤沢市藤沢555-2", "0466-22-3981", mail)
}

pub(super) fn club_policy() -> Value {
    json!({
        "internal_domains": ["activelife.co.jp"],
        "partner_domains": {
            "shonan-swim.or.jp": "湘南地区水泳協会",
            "fit-supply.co.jp": "株式会社フィットサプライ"
        },
        "own_names": ["株式会社アクティブライフ", "アクティブライフ"]
    })
}

pub(super) fn club_sig(name: &str, mail: &str) -> String {
    signature("アクティブライフ 茅ヶ崎店 フロント", name, "〒253-0043 神奈川県茅ヶ崎市元町2-11", "0467-58-1230", mail)
}

/// The agency hands My Numbers to the insurers that must file payment
/// records (支払調書); its policy says so.
pub(super) fn insurance_policy() -> Value {
    json!({
        "internal_domains": ["anshin-hoken.co.jp"],
        "partner_domains": {
            "towa-kaijo.co.jp": "東和海上火災保険株式会社",
            "mirai-seimei.co.jp": "みらい生命保険株式会社"
        },
        "own_names": ["有限会社あんしん保険サービス", "あんしん保険サービス"],
        "exemptions": [{"recipients": ["towa-kaijo.co.jp", "mirai-seimei.co.jp"], "rules": ["my_number_external"]}]
    })
}

pub(super) fn insurance_sig(name: &str, mail: &str) -> String {
    signature("有限会社あんしん保険サービス", name, "〒370-0841 群馬県高崎市栄町16-11", "027-322-6650", mail)
}

pub(super) fn hr_policy() -> Value {
    json!({
        "internal_domains": ["humanbridge.co.jp"],
        "partner_domains": {
            "humanbridge-career.co.jp": "株式会社ヒューマンブリッジキャリア",
            "kotobuki-denki.co.jp": "寿電機株式会社",
            "marumi-chem.co.jp": "丸美化学株式会社"
        },
        "own_names": ["株式会社ヒューマンブリッジ", "ヒューマンブリッジ"]
    })
}

pub(super) fn hr_sig(name: &str, mail: &str) -> String {
    signature(
        "株式会社ヒューマンブリッジ 組織開発コンサルティング部",
        name,
        "〒102-0083 東京都千代田区麹町4-2-7",
        "03-5211-0480",
        mail,
    )
}

pub(super) fn condo_policy() -> Value {
    json!({
        "internal_domains": ["gm-kanri.co.jp"],
        "partner_domains": {
            "house-clean.co.jp": "株式会社ハウスクリーン",
            "tokai-elevator.co.jp": "東海エレベーター株式会社"
        },
        "own_names": ["株式会社グランメゾン管理", "グランメゾン管理"]
    })
}

pub(super) fn condo_sig(name: &str, mail: &str) -> String {
    signature(
        "株式会社グランメゾン管理 名古屋支店 管理二課",
        name,
        "〒460-0008 愛知県名古屋市中区栄3-6-1",
        "052-251-7730",
        mail,
    )
}

pub(super) fn romaji_mail(p: &Person, domain: &str) -> String {
    format!("{}.{}@{domain}", pp::romaji(p.given_kana), pp::romaji(p.surname_kana))
}

// ==================================================================== cases

/// The sixth kept-aside set. Reported, not gated.
// One push per scenario, each with its own comment and set-up.
#[allow(clippy::vec_init_then_push)]
pub fn kept_sixth_cases() -> Vec<Case> {
    use Group::Kept6 as G;
    let mut v = Vec::new();
    let mut rng = Rng::new(8101);

    // ------------------------------------------------------ tax accountants
    // Everyday: the monthly advisory-fee invoice to a client. The body and
    // the invoice carry the firm's own bank account, its qualified-invoice
    // registration number (T + 13 digits) and amounts. The only numbers are
    // the sender's own; nobody's personal data.
    let registration = format!("T{}", pp::corporate_number(&mut rng));
    v.push(
        Case::new(
            "k6_tax_invoice_with_own_bank_account",
            G,
            "everyday: the monthly advisory-fee invoice to a client, with the firm's own bank account and invoice registration number",
            mail(
                "経理 野口 <noguchi@hoshizora-tax.jp>",
                &["経理部 佐藤 <s.sato@marufuku-seika.co.jp>"],
                "12月分 顧問料ご請求書の送付",
                &office_letter(
                    "株式会社丸福製菓\n経理部 佐藤様",
                    "ほしぞら税理士法人 経理の野口です。",
                    &format!(
                        "12月分の顧問料のご請求書をお送りします。\n\n\
                         ご請求金額：88,000円（税込）\nお支払期限：2027年1月31日\n\
                         お振込先：みずほ銀行 新宿支店 普通 3821907 ゼイ）ホシゾラ\n\
                         登録番号：{registration}\n\n振込手数料はご負担いただけますと幸いです。"
                    ),
                    &tax_sig("野口 真弓", "noguchi@hoshizora-tax.jp"),
                ),
            ),
        )
        .policy(tax_policy())
        .attach(
            "請求書_丸福製菓様_202612.docx",
            files::docx(&[
                "請求書",
                "株式会社丸福製菓 御中　請求日 2026年12月25日　請求番号 HZ-2612-031",
                "ほしぞら税理士法人　東京都新宿区新宿3-17-5　TEL 03-3354-8820",
                &format!("登録番号 {registration}"),
                "顧問料（12月分）　80,000円　消費税（10%）8,000円　合計 88,000円",
                "お振込先：みずほ銀行 新宿支店 普通 3821907 ゼイ）ホシゾラ",
            ]),
        )
        .history(json!(["marufuku-seika.co.jp", "takahashi-koumuten.co.jp"]))
        .expect(Allow, &[]),
    );
    // Everyday: the answer to a client's question about a deduction, quoting
    // the client's mail below it with his signature (direct line, mobile).
    // The quoted mail is the correspondent's own; nothing else is in it.
    v.push(
        Case::new(
            "k6_tax_reply_quoting_client_signature",
            G,
            "everyday: an answer to the client's question, quoting his mail and signature (direct line, mobile) below it",
            mail(
                "税理士 松尾 <matsuo@hoshizora-tax.jp>",
                &["佐藤 真一 <s.sato@marufuku-seika.co.jp>"],
                "Re: 賞与の源泉徴収について",
                &format!(
                    "{}\n\n2026年12月3日(木) 10:15 佐藤 真一 <s.sato@marufuku-seika.co.jp>:\n\
                     > ほしぞら税理士法人\n> 松尾先生\n>\n> いつもお世話になっております。丸福製菓の佐藤です。\n\
                     > 12月の賞与について、前月の給与がない社員の源泉徴収税額はどう計算すればよいでしょうか。\n\
                     > ご教示いただけますと幸いです。\n>\n> ────────────\n> 株式会社丸福製菓 経理部\n> 佐藤 真一\n\
                     > 〒330-0854 埼玉県さいたま市大宮区桜木町1-9-4\n> TEL 048-641-2207（直通） 携帯 080-5523-9140\n\
                     > Mail s.sato@marufuku-seika.co.jp\n",
                    office_letter(
                        "株式会社丸福製菓\n佐藤様",
                        "ほしぞら税理士法人の松尾です。",
                        "前月の給与がない場合は、賞与の金額を6で割った額を1か月分として月額表で税額を求め、\
                         それを6倍して計算します。\n計算例を添えた資料は来週の訪問時にお持ちします。",
                        &tax_sig("税理士 松尾 和彦", "matsuo@hoshizora-tax.jp"),
                    )
                ),
            ),
        )
        .policy(tax_policy())
        .history(json!(["marufuku-seika.co.jp", "takahashi-koumuten.co.jp"]))
        .expect(Allow, &[]),
    );
    // Mis-send: the year-end adjustment results of 丸福製菓's 15 employees,
    // with their My Numbers and dependants, attached to a mail to the other
    // client, タカハシ工務店. Both are partners, but My Numbers to anyone
    // not entitled are barred by law (番号法 第19条): block.
    let year_end: Vec<Vec<Cell>> = (0..15)
        .map(|i| {
            let p = Person::born_between(&mut rng, 1960, 2002);
            vec![
                Cell::from(format!("MF{:04}", 1021 + i)),
                Cell::from(p.name(&mut rng)),
                Cell::Date(p.birth.0, p.birth.1, p.birth.2),
                Cell::from(pp::my_number(&mut rng)),
                Cell::Number(f64::from(rng.range(0, 4))),
                Cell::Number(f64::from(rng.range(0, 80_000)) - 42_000.0),
            ]
        })
        .collect();
    v.push(
        Case::new(
            "k6_tax_year_end_my_numbers_to_other_client",
            G,
            "mis-send: one client's year-end adjustment list (15 employees' My Numbers, dependants) attached to a mail to another client",
            mail(
                "税理士 松尾 <matsuo@hoshizora-tax.jp>",
                &["高橋 健一 <k.takahashi@takahashi-koumuten.co.jp>"],
                "年末調整の結果について",
                &office_letter(
                    "有限会社タカハシ工務店\n高橋様",
                    "ほしぞら税理士法人の松尾です。",
                    "年末調整の計算が終わりましたので、結果の一覧をお送りします。\n還付・徴収額を12月の給与でご精算ください。",
                    &tax_sig("税理士 松尾 和彦", "matsuo@hoshizora-tax.jp"),
                ),
            ),
        )
        .policy(tax_policy())
        .attach(
            "年末調整一覧_丸福製菓_R8.xlsx",
            people_sheet("年調", &["社員番号", "氏名", "生年月日", "個人番号", "扶養親族数", "過不足額"], year_end),
        )
        .history(json!(["marufuku-seika.co.jp", "takahashi-koumuten.co.jp"]))
        .expect(Block, &["my_number_external"]),
    );
    // Mis-send: the draft financial statements of タカハシ工務店 (its
    // directors' pay, the owner's and his wife's) to 高橋 誠 of another
    // company, picked by autocomplete for 高橋 健一; never mailed before. The
    // salutation names the client; the address belongs to someone else: ask.
    v.push(
        Case::new(
            "k6_tax_statements_to_same_surname_outsider",
            G,
            "mis-send: a client's draft financial statements (directors' pay) to a 高橋 of another company picked by autocomplete",
            mail(
                "税理士 松尾 <matsuo@hoshizora-tax.jp>",
                &["高橋 誠 <m.takahashi@nishikawa-denki.co.jp>"],
                "第24期 決算書（案）のご確認",
                &office_letter(
                    "有限会社タカハシ工務店\n高橋 健一 様",
                    "ほしぞら税理士法人の松尾です。",
                    "第24期の決算書（案）をお送りします。\n役員報酬と車両の減価償却について、ご確認をお願いいたします。",
                    &tax_sig("税理士 松尾 和彦", "matsuo@hoshizora-tax.jp"),
                ),
            ),
        )
        .policy(tax_policy())
        .attach(
            "決算書_案_第24期.docx",
            files::docx(&[
                "有限会社タカハシ工務店 第24期 決算報告書（案）",
                "売上高 148,260,000円　売上総利益 39,870,000円　当期純利益 3,412,000円",
                "役員報酬：代表取締役 高橋 健一 7,200,000円、取締役 高橋 洋子 3,600,000円",
                "借入金：日本政策金融公庫 18,000,000円、足利銀行 9,500,000円",
            ]),
        )
        .history(json!(["marufuku-seika.co.jp", "takahashi-koumuten.co.jp"]))
        .expect(Confirm, &[]),
    );

    // ---------------------------------------------------- ward welfare office
    // Everyday: a Teams invitation for the quarterly liaison meeting to the
    // social welfare council and the hospital's liaison office: join link,
    // meeting ID, passcode and an agenda with no person in it.
    v.push(
        Case::new(
            "k6_welfare_teams_invite_to_partners",
            G,
            "everyday: a Teams invitation (link, meeting ID, passcode) for the liaison meeting to the welfare council and the hospital",
            mail(
                "保護課 上田 <ueda@city.kitahama.lg.jp>",
                &["地域福祉課 <chiiki@kitahama-shakyo.or.jp>", "小田 恵子 <oda@hamanasu-hp.or.jp>"],
                "第3回 地域生活支援連絡会（オンライン）のご案内",
                &office_letter(
                    "北浜区社会福祉協議会 地域福祉課 ご担当者様\nはまなす病院 地域連携室 小田様",
                    "北浜区 保護課の上田です。",
                    "第3回の連絡会を下記のとおりオンラインで開催します。\n日時：2027年1月19日(火) 14:00〜15:30\n\n\
                     Microsoft Teams ミーティング\n会議に参加する\n\
                     https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzA1YjQxZmEtZTg3%40thread.v2/0\n\
                     会議 ID: 412 889 301 225\nパスコード: Vb7kQ2\n\n議題：退院支援の流れの見直し、冬期の見守り体制",
                    &welfare_sig("上田 智子", "ueda@city.kitahama.lg.jp"),
                ),
            ),
        )
        .policy(welfare_policy())
        .history(json!(["kitahama-shakyo.or.jp", "hamanasu-hp.or.jp", "kitahama-housing.co.jp"]))
        .expect(Allow, &[]),
    );
    // Everyday: a training-session notice to the council, with a cc line in
    // the body naming the hospital's liaison officer, who is in Cc.
    v.push(
        Case::new(
            "k6_welfare_cc_line_names_cc",
            G,
            "everyday: a training notice to the welfare council with 「（cc: はまなす病院 地域連携室 小田様）」 in the body and her in Cc",
            with(
                mail(
                    "保護課 上田 <ueda@city.kitahama.lg.jp>",
                    &["北浜区社協 地域福祉課 森 <mori@kitahama-shakyo.or.jp>"],
                    "民生委員向け研修会の日程について",
                    &office_letter(
                        "北浜区社会福祉協議会\n地域福祉課 森様\n（cc: はまなす病院 地域連携室 小田様）",
                        "北浜区 保護課の上田です。",
                        "民生委員向け研修会の日程が決まりましたのでお知らせします。\n日時：2027年2月9日(火) 13:30〜16:00\n\
                         会場：北浜区役所 3階 会議室A\n講師は、はまなす病院 地域連携室の小田様にお願いしております。",
                        &welfare_sig("上田 智子", "ueda@city.kitahama.lg.jp"),
                    ),
                ),
                "cc",
                json!(["小田 恵子 <oda@hamanasu-hp.or.jp>"]),
            ),
        )
        .policy(welfare_policy())
        .history(json!(["kitahama-shakyo.or.jp", "hamanasu-hp.or.jp"]))
        .expect(Allow, &[]),
    );
    // Mis-send: the caseworker sends her visiting list (18 households on
    // public assistance: names, addresses, phones, notes such as 精神科通院中)
    // to her own gmail to plan the week at home: block.
    let visits: Vec<Vec<Cell>> = (0..18)
        .map(|_| {
            let p = Person::born_between(&mut rng, 1938, 1990);
            vec![
                Cell::from(p.name(&mut rng)),
                Cell::from(p.home.full()),
                Cell::from(p.landline.hyphen()),
                Cell::Number(f64::from(rng.range(1, 5))),
                Cell::Date(2020 + rng.range(0, 6) as u16, rng.range(1, 12) as u8, rng.range(1, 28) as u8),
                Cell::from(*rng.pick(&["", "精神科通院中", "糖尿病で通院", "", "就労指導中", "人工透析（週3回）"])),
            ]
        })
        .collect();
    v.push(
        Case::new(
            "k6_welfare_visit_list_to_own_gmail",
            G,
            "mis-send: a caseworker sends her visiting list (18 households on assistance, addresses, phones, health notes) to her own gmail",
            mail(
                "保護課 上田 <ueda@city.kitahama.lg.jp>",
                &["上田 智子 <tomoko.ueda.home@gmail.com>"],
                "訪問予定",
                "来週の訪問予定、家で組み直す\n",
            ),
        )
        .policy(welfare_policy())
        .attach(
            "訪問予定表_1月第2週.xlsx",
            people_sheet("訪問予定", &["氏名", "住所", "電話番号", "世帯人数", "保護開始日", "留意事項"], visits),
        )
        .history(json!(["kitahama-shakyo.or.jp", "hamanasu-hp.or.jp"]))
        .expect(Block, &[]),
    );
    // Mis-send: a reply to the hospital about a recipient's readmission with
    // schizophrenia, with reply-all keeping the landlord's management company
    // (on the thread when his flat was found) in Cc. A named person's
    // illness to an outside company: block.
    v.push(
        Case::new(
            "k6_welfare_reply_all_keeps_landlord",
            G,
            "mis-send: a reply to the hospital about a recipient's readmission (統合失調症) with reply-all keeping the landlord's company in Cc",
            with(
                mail(
                    "保護課 上田 <ueda@city.kitahama.lg.jp>",
                    &["小田 恵子 <oda@hamanasu-hp.or.jp>"],
                    "Re: 西村様の退院後の住まいについて",
                    &office_letter(
                        "はまなす病院 地域連携室\n小田様",
                        "北浜区 保護課の上田です。",
                        "西村 勝 様は統合失調症の症状が悪化し、12月8日に再入院となったと伺いました。\n\
                         退院の見通しが立つまで、現在のお部屋の家賃は住宅扶助で引き続き支払います。\n\
                         主治医の先生のご意見を伺えますでしょうか。",
                        &welfare_sig("上田 智子", "ueda@city.kitahama.lg.jp"),
                    ),
                ),
                "cc",
                json!(["北浜ハウジング 管理部 <kanri@kitahama-housing.co.jp>"]),
            ),
        )
        .policy(welfare_policy())
        .history(json!(["kitahama-shakyo.or.jp", "hamanasu-hp.or.jp", "kitahama-housing.co.jp"]))
        .expect(Block, &[]),
    );

    // ------------------------------------------------------------------ hotel
    // Everyday: in English, the rooming list of an Australian tour group to
    // the overseas operator that booked it: guests' names and room types,
    // which the operator sent in the first place. No contact or passport.
    let guests: String = [
        "SMITH John",
        "SMITH Emily",
        "NGUYEN Thanh",
        "O'BRIEN Patrick",
        "O'BRIEN Mary",
        "WILSON Grace",
        "TAYLOR James",
        "TAYLOR Olivia",
        "CHEN Wei",
        "MARTIN Lucas",
        "MARTIN Chloe",
        "BROWN Sophie",
    ]
    .iter()
    .enumerate()
    .map(|(i, g)| {
        format!("{:>2}. {g} - {}\n", i + 1, if i % 3 == 2 { "Single, ocean view" } else { "Twin, ocean view" })
    })
    .collect();
    v.push(
        Case::new(
            "k6_hotel_english_rooming_list_to_overseas_partner",
            G,
            "everyday: an English rooming-list confirmation (12 guests' names, room types) to the Australian tour operator that booked the group",
            mail(
                "Reservations 中田 <reservations@hotel-hamakaze.co.jp>",
                &["Karen Hughes <karen.hughes@pacific-sakura.com.au>"],
                "Re: Group booking PST-2703 - rooming list",
                &format!(
                    "Dear Karen,\n\nThank you for your email. We are pleased to confirm the rooming list for group PST-2703 \
                     (check-in 18 March 2027, 2 nights):\n\n{guests}\nDinner is served at 18:30 in the main restaurant. \
                     Please let us know of any dietary requirements by 4 March.\n\nKind regards,\n\nAyumi Nakata\n\
                     Reservations, Hotel Hamakaze\n7-3 Higashikaigan-cho, Atami, Shizuoka 413-0012, Japan\n\
                     Tel: +81 557 81 2250\nreservations@hotel-hamakaze.co.jp\n"
                ),
            ),
        )
        .policy(hotel_policy())
        .history(json!(["pacific-sakura.com.au", "tabimachi.co.jp"]))
        .expect(Allow, &[]),
    );
    // Everyday: a guest asked by mail to move his stay; the hotel answers at
    // the gmail he wrote from with his own booking: his name, the companion's
    // name, his phone as he gave it, the dates and the price. His own data.
    v.push(
        Case::new(
            "k6_hotel_reply_guest_own_booking",
            G,
            "everyday: a reply to a guest's gmail with his own changed booking (his name and phone, his wife's name, dates, price)",
            mail(
                "予約課 中田 <reservations@hotel-hamakaze.co.jp>",
                &["久保 雅人 <masato.kubo.0612@gmail.com>"],
                "Re: 宿泊日変更のお願い",
                &format!(
                    "久保 雅人 様\n\nこのたびはホテル浜風をご利用いただきありがとうございます。予約課の中田です。\n\
                     ご依頼のとおり、ご宿泊日を変更いたしました。\n\n\
                     予約番号：HK-27-01553\nご宿泊者：久保 雅人 様、久保 由紀子 様（2名）\n\
                     ご宿泊日：2027年2月13日(土)〜14日(日) 1泊\nお部屋：和室 オーシャンビュー（夕朝食付き）\n\
                     ご連絡先：090-6612-4470（ご予約時のもの）\n料金：58,300円（税・サービス料込、入湯税別）\n\n\
                     ご来館を心よりお待ちしております。\n\n{}\n",
                    hotel_sig("中田 あゆみ", "reservations@hotel-hamakaze.co.jp")
                ),
            ),
        )
        .policy(hotel_policy())
        .history(json!(["masato.kubo.0612@gmail.com", "tabimachi.co.jp", "pacific-sakura.com.au"]))
        .expect(Allow, &[]),
    );
    // Mis-send: the guest register of a school-reunion group (25 guests'
    // names, home addresses, phones, and passport numbers of the foreign
    // guests) for the travel agency, sent to tabimachl.co.jp (l for i),
    // a domain anyone can register: block.
    let register: Vec<Vec<Cell>> = (0..25)
        .map(|_| {
            let p = Person::born_between(&mut rng, 1955, 1960);
            let foreign = rng.chance(0.2);
            vec![
                Cell::from(if foreign { (*rng.pick(pp::FOREIGN_NAMES)).to_owned() } else { p.name(&mut rng) }),
                Cell::from(p.home.full()),
                Cell::from(p.mobile.hyphen()),
                Cell::from(if foreign { "台湾" } else { "日本" }),
                Cell::from(if foreign { pp::foreign_passport(&mut rng) } else { String::new() }),
            ]
        })
        .collect();
    v.push(
        Case::new(
            "k6_hotel_guest_register_to_lookalike_agency",
            G,
            "mis-send: a group's guest register (25 guests, addresses, phones, passport numbers) to tabimachl.co.jp, a look-alike of the travel agency",
            mail(
                "予約課 中田 <reservations@hotel-hamakaze.co.jp>",
                &["団体営業部 <dantai@tabimachl.co.jp>"],
                "1/23 還暦同窓会ご一行 宿泊者名簿",
                &office_letter(
                    "株式会社たびまち\n団体営業部 ご担当者様",
                    "ホテル浜風 予約課の中田です。",
                    "1月23日ご宿泊の還暦同窓会ご一行の宿泊者名簿をお送りします。\nお部屋割りのご確認をお願いいたします。",
                    &hotel_sig("中田 あゆみ", "reservations@hotel-hamakaze.co.jp"),
                ),
            ),
        )
        .policy(hotel_policy())
        .attach("宿泊者名簿_0123_同窓会.xlsx", people_sheet("名簿", &["氏名", "住所", "電話番号", "国籍", "旅券番号"], register))
        .history(json!(["tabimachi.co.jp", "pacific-sakura.com.au", "linen-one.co.jp"]))
        .expect(Block, &["lookalike_domain"]),
    );

    // -------------------------------------------------------- IT support desk
    // Everyday: the support desk answers a customer's ticket, quoting the
    // customer's mail with his signature (extension, mobile) and the error
    // message he pasted. His own mail, back to him.
    v.push(
        Case::new(
            "k6_support_reply_quoting_customer_ticket",
            G,
            "everyday: a support answer to a customer's ticket, quoting his mail with his signature (extension, mobile) and the error text",
            mail(
                "サポートセンター 平田 <support@cloudlink.co.jp>",
                &["情報システム課 山内 <yamauchi@yamabuki-foods.co.jp>"],
                "Re: [CL-48213] 受発注システムにログインできない",
                &format!(
                    "{}\n\n-----Original Message-----\nFrom: 山内 大介 <yamauchi@yamabuki-foods.co.jp>\n\
                     Sent: Monday, December 7, 2026 9:41 AM\nTo: support@cloudlink.co.jp\n\
                     Subject: [CL-48213] 受発注システムにログインできない\n\n\
                     クラウドリンク サポートご担当者様\n\n今朝から受発注システムにログインすると\n\
                     「E4031: セッションの有効期限が切れています」と表示され、先に進めません。\n\
                     ブラウザは Edge 131 です。至急ご確認をお願いします。\n\n\
                     株式会社やまぶき食品 情報システム課\n山内 大介\nTEL 0263-48-1120（内線 214） 携帯 070-3318-5562\n",
                    office_letter(
                        "株式会社やまぶき食品\n情報システム課 山内様",
                        "クラウドリンク サポートセンターの平田です。",
                        "お問い合わせの件、本日 8:50 に適用した証明書の更新が原因でした。\n10:20 に修正を適用しましたので、\
                         ブラウザを再起動のうえ、もう一度ログインをお試しください。",
                        &support_sig("平田 俊介", "support@cloudlink.co.jp"),
                    )
                ),
            ),
        )
        .policy(support_policy())
        .history(json!(["yamabuki-foods.co.jp", "nishiki-shoko.co.jp"]))
        .expect(Allow, &[]),
    );
    // Everyday: the maintenance notice to every customer's administrator in
    // Bcc (23 companies and three sole proprietors at gmail), To the desk's
    // own address. Nobody sees anybody; the notice is about a service.
    let mut admins: Vec<String> = [
        "nishiki-shoko.co.jp",
        "yamabuki-foods.co.jp",
        "kawase-denko.co.jp",
        "ohashi-kensetsu.co.jp",
        "minami-clinic.jp",
        "tsubame-print.co.jp",
        "fuji-kaiun.co.jp",
        "seiryu-gakuen.ac.jp",
        "kobayashi-seimen.co.jp",
        "hanamizuki-hotel.jp",
        "nakano-syoji.co.jp",
        "kumo-design.jp",
        "asahi-kougyou.co.jp",
        "sugino-law.jp",
        "tenma-foods.co.jp",
        "ryokuen-kai.or.jp",
        "hibiki-music.co.jp",
        "sanwa-tire.co.jp",
        "mizuho-dental.jp",
        "yoshino-kaikei.jp",
        "kaede-fudosan.co.jp",
        "tokiwa-denki.co.jp",
        "shiraishi-kogyo.co.jp",
    ]
    .iter()
    .map(|d| format!("admin@{d}"))
    .collect();
    admins.extend(
        ["kato.design.office@gmail.com", "shimada.zeirishi@gmail.com", "ogura.juku@yahoo.co.jp"].map(String::from),
    );
    v.push(
        Case::new(
            "k6_support_maintenance_notice_bcc",
            G,
            "everyday: a maintenance notice to 26 customer administrators (three at gmail/yahoo) in Bcc, To the desk's own address",
            with(
                mail(
                    "サポートセンター 平田 <support@cloudlink.co.jp>",
                    &["support@cloudlink.co.jp"],
                    "【メンテナンスのお知らせ】1/9(土) 22:00〜1/10(日) 6:00",
                    &office_letter(
                        "お客様各位",
                        "クラウドリンク サポートセンターです。",
                        "下記の日程でサーバーの定期メンテナンスを行います。作業中は受発注システムをご利用いただけません。\n\
                         日時：2027年1月9日(土) 22:00〜1月10日(日) 6:00\n内容：OS・ミドルウェアの更新\n\
                         ご不便をおかけしますが、ご理解のほどお願いいたします。",
                        &support_sig("カスタマーサポートセンター", "support@cloudlink.co.jp"),
                    ),
                ),
                "bcc",
                json!(admins),
            ),
        )
        .policy(support_policy())
        .history(json!(admins))
        .expect(Allow, &[]),
    );
    // Mis-send: the answer to やまぶき食品's ticket with the user export of
    // the other customer, 錦商工 (180 users' names, company addresses,
    // extensions, departments), attached from the wrong folder: ask.
    let users = {
        let mut csv = String::from("ユーザーID,氏名,メールアドレス,部署,内線,権限\n");
        for i in 0..180 {
            let p = Person::gen(&mut rng);
            csv.push_str(&format!(
                "NS{:05},{},{},{},{},{}\n",
                10_200 + i,
                p.full(),
                romaji_mail(&p, "nishiki-shoko.co.jp"),
                rng.pick(&["営業部", "製造部", "総務部", "経理部", "品質保証部"]),
                rng.range(2000, 2999),
                rng.pick(&["一般", "一般", "承認者", "管理者"])
            ));
        }
        csv.into_bytes()
    };
    v.push(
        Case::new(
            "k6_support_other_customers_user_export",
            G,
            "mis-send: another customer's user export (180 users' names, mail addresses, extensions) attached to a reply to やまぶき食品",
            mail(
                "サポートセンター 平田 <support@cloudlink.co.jp>",
                &["情報システム課 山内 <yamauchi@yamabuki-foods.co.jp>"],
                "Re: [CL-48290] ユーザー一覧の出力について",
                &office_letter(
                    "株式会社やまぶき食品\n情報システム課 山内様",
                    "クラウドリンク サポートセンターの平田です。",
                    "ご依頼のユーザー一覧を出力しましたので、添付にてお送りします。",
                    &support_sig("平田 俊介", "support@cloudlink.co.jp"),
                ),
            ),
        )
        .policy(support_policy())
        .attach("users_export_20261207.csv", users)
        .history(json!(["yamabuki-foods.co.jp", "nishiki-shoko.co.jp"]))
        .expect(Confirm, &[]),
    );

    super::kept6_more::rest(&mut v, &mut rng);
    v
}

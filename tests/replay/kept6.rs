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

fn tax_policy() -> Value {
    json!({
        "internal_domains": ["hoshizora-tax.jp"],
        "partner_domains": {
            "marufuku-seika.co.jp": "株式会社丸福製菓",
            "takahashi-koumuten.co.jp": "有限会社タカハシ工務店"
        },
        "own_names": ["ほしぞら税理士法人"]
    })
}

fn tax_sig(name: &str, mail: &str) -> String {
    signature(
        "ほしぞら税理士法人 監査部",
        name,
        "〒160-0022 東京都新宿区新宿3-17-5 新宿ほしぞらビル4F",
        "03-3354-8820",
        mail,
    )
}

const WARD: &str = "city.kitahama.lg.jp";

fn welfare_policy() -> Value {
    json!({
        "internal_domains": [WARD],
        "partner_domains": {
            "kitahama-shakyo.or.jp": "社会福祉法人北浜区社会福祉協議会",
            "hamanasu-hp.or.jp": "医療法人はまなす会 はまなす病院"
        },
        "own_names": ["北浜区", "北浜区役所"]
    })
}

fn welfare_sig(name: &str, mail: &str) -> String {
    signature(
        "北浜区役所 福祉事務所 保護課",
        name,
        "〒060-8612 北海道札幌市北浜区北浜1-1-1",
        "011-757-2400（代表） 内線 315",
        mail,
    )
}

fn hotel_policy() -> Value {
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

fn hotel_sig(name: &str, mail: &str) -> String {
    signature("ホテル浜風 予約課", name, "〒413-0012 静岡県熱海市東海岸町7-3", "0557-81-2250", mail)
}

fn support_policy() -> Value {
    json!({
        "internal_domains": ["cloudlink.co.jp"],
        "partner_domains": {
            "nishiki-shoko.co.jp": "錦商工株式会社",
            "yamabuki-foods.co.jp": "株式会社やまぶき食品"
        },
        "own_names": ["株式会社クラウドリンク", "クラウドリンク"]
    })
}

fn support_sig(name: &str, mail: &str) -> String {
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
fn pharmacy_policy() -> Value {
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

fn pharmacy_sig(name: &str, mail: &str) -> String {
    signature("ひかり薬局 藤沢駅前店", name, "〒251-0052 神奈川県藤沢市藤沢555-2", "0466-22-3981", mail)
}

fn club_policy() -> Value {
    json!({
        "internal_domains": ["activelife.co.jp"],
        "partner_domains": {
            "shonan-swim.or.jp": "湘南地区水泳協会",
            "fit-supply.co.jp": "株式会社フィットサプライ"
        },
        "own_names": ["株式会社アクティブライフ", "アクティブライフ"]
    })
}

fn club_sig(name: &str, mail: &str) -> String {
    signature("アクティブライフ 茅ヶ崎店 フロント", name, "〒253-0043 神奈川県茅ヶ崎市元町2-11", "0467-58-1230", mail)
}

/// The agency hands My Numbers to the insurers that must file payment
/// records (支払調書); its policy says so.
fn insurance_policy() -> Value {
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

fn insurance_sig(name: &str, mail: &str) -> String {
    signature("有限会社あんしん保険サービス", name, "〒370-0841 群馬県高崎市栄町16-11", "027-322-6650", mail)
}

fn hr_policy() -> Value {
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

fn hr_sig(name: &str, mail: &str) -> String {
    signature(
        "株式会社ヒューマンブリッジ 組織開発コンサルティング部",
        name,
        "〒102-0083 東京都千代田区麹町4-2-7",
        "03-5211-0480",
        mail,
    )
}

fn condo_policy() -> Value {
    json!({
        "internal_domains": ["gm-kanri.co.jp"],
        "partner_domains": {
            "house-clean.co.jp": "株式会社ハウスクリーン",
            "tokai-elevator.co.jp": "東海エレベーター株式会社"
        },
        "own_names": ["株式会社グランメゾン管理", "グランメゾン管理"]
    })
}

fn condo_sig(name: &str, mail: &str) -> String {
    signature(
        "株式会社グランメゾン管理 名古屋支店 管理二課",
        name,
        "〒460-0008 愛知県名古屋市中区栄3-6-1",
        "052-251-7730",
        mail,
    )
}

fn romaji_mail(p: &Person, domain: &str) -> String {
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

    // --------------------------------------------------------------- pharmacy
    // Everyday: the weekly order to the wholesaler: drug names (an insulin,
    // an antidepressant, an anticancer drug among them) and quantities. No
    // patient anywhere.
    v.push(
        Case::new(
            "k6_pharmacy_order_to_wholesaler",
            G,
            "everyday: the weekly drug order to the wholesaler (insulin, an antidepressant, an anticancer drug; quantities), no patient",
            mail(
                "ひかり薬局 藤沢駅前店 <fujisawa@hikari-ph.co.jp>",
                &["株式会社メディ卸 湘南営業所 <shonan@medi-oroshi.co.jp>"],
                "週次発注（12/14）",
                &office_letter(
                    "株式会社メディ卸\n湘南営業所 ご担当者様",
                    "ひかり薬局 藤沢駅前店の河野です。",
                    "今週分の発注をお願いいたします。\n\
                     ・インスリン グラルギンBS注ミリオペン 2箱\n・エスシタロプラム錠10mg 100錠 3箱\n\
                     ・カペシタビン錠300mg 140錠 1箱\n・アムロジピンOD錠5mg 500錠 2箱\n・ロキソプロフェンNa錠60mg 1000錠 1箱\n\
                     納品は12月16日(水)午前中を希望します。",
                    &pharmacy_sig("薬剤師 河野 直美", "fujisawa@hikari-ph.co.jp"),
                ),
            ),
        )
        .policy(pharmacy_policy())
        .history(json!(["medi-oroshi.co.jp", "sakuragi-naika.jp"]))
        .expect(Allow, &[]),
    );
    // Everyday: a tracing report (服薬情報提供書) on a patient (name, birth
    // date, type 2 diabetes, leftover tablets) to the clinic that prescribed,
    // which the pharmacy's policy lets receive special-care data. This is the
    // report's purpose and the policy says so.
    let tracing_report = |clinic: &str| {
        files::docx(&[
            "服薬情報提供書（トレーシングレポート）",
            &format!("{clinic} 御中　2026年12月10日　ひかり薬局 藤沢駅前店 薬剤師 河野 直美"),
            "患者氏名：宮本 和夫 様（男性）　生年月日：1951年6月2日",
            "病名：2型糖尿病、高血圧症",
            "処方：メトホルミン錠500mg 1日2回、アムロジピンOD錠5mg 1日1回",
            "報告内容：メトホルミンの残薬が約20日分あり、昼の服用を忘れがちとのこと。1日2回（朝・夕）への変更をご検討ください。",
        ])
    };
    v.push(
        Case::new(
            "k6_pharmacy_tracing_report_to_prescriber",
            G,
            "everyday: a tracing report on a patient (diabetes, leftover tablets) to the prescribing clinic the policy lets receive special-care data",
            mail(
                "薬剤師 河野 <fujisawa@hikari-ph.co.jp>",
                &["さくらぎ内科クリニック <info@sakuragi-naika.jp>"],
                "服薬情報提供書の送付（宮本様）",
                &office_letter(
                    "さくらぎ内科クリニック\n桜木先生",
                    "ひかり薬局 藤沢駅前店の河野です。",
                    "先生の患者様について、服薬情報提供書をお送りします。ご確認をお願いいたします。",
                    &pharmacy_sig("薬剤師 河野 直美", "fujisawa@hikari-ph.co.jp"),
                ),
            ),
        )
        .policy(pharmacy_policy())
        .attach("服薬情報提供書_宮本様_1210.docx", tracing_report("さくらぎ内科クリニック"))
        .history(json!(["medi-oroshi.co.jp", "sakuragi-naika.jp"]))
        .expect(Allow, &[]),
    );
    // Mis-send: the same report sent to さくらぎ歯科 (sakuragi-dental.jp),
    // another clinic autocomplete offered, never mailed, with no part in the
    // patient's care. A named person's illness to an outsider: block.
    v.push(
        Case::new(
            "k6_pharmacy_tracing_report_to_wrong_clinic",
            G,
            "mis-send: a patient's tracing report (diabetes, medication) to another clinic of a similar name picked by autocomplete",
            mail(
                "薬剤師 河野 <fujisawa@hikari-ph.co.jp>",
                &["さくらぎ歯科 <info@sakuragi-dental.jp>"],
                "服薬情報提供書の送付（宮本様）",
                &office_letter(
                    "さくらぎ内科クリニック\n桜木先生",
                    "ひかり薬局 藤沢駅前店の河野です。",
                    "先生の患者様について、服薬情報提供書をお送りします。ご確認をお願いいたします。",
                    &pharmacy_sig("薬剤師 河野 直美", "fujisawa@hikari-ph.co.jp"),
                ),
            ),
        )
        .policy(pharmacy_policy())
        .attach("服薬情報提供書_宮本様_1210.docx", tracing_report("さくらぎ内科クリニック"))
        .history(json!(["medi-oroshi.co.jp", "sakuragi-naika.jp"]))
        .expect(Block, &[]),
    );

    // ------------------------------------------------------------ fitness club
    // Everyday: the monthly newsletter to members who asked for it, their
    // private addresses in Bcc, To the club's own address. Nobody sees
    // anybody, and the newsletter is about classes and opening hours.
    let members: Vec<String> = (0..25).map(|_| Person::gen(&mut rng).email).collect();
    let newsletter = office_letter(
        "会員の皆様",
        "アクティブライフ 茅ヶ崎店です。",
        "1月のスタジオプログラムと年始の営業時間のお知らせです。\n\
         ・1月2日(土)・3日(日)は 10:00〜18:00 の短縮営業です。\n\
         ・新プログラム「はじめてのピラティス」を毎週水曜 19:30 から始めます。\n\
         ・1月の入会キャンペーン：ご紹介で入会されたお友達とご本人に、1か月分の会費を割引します。",
        &club_sig("フロント", "chigasaki@activelife.co.jp"),
    );
    v.push(
        Case::new(
            "k6_club_newsletter_members_in_bcc",
            G,
            "everyday: the monthly newsletter to 25 members' private addresses in Bcc, To the club's own address",
            with(
                mail(
                    "アクティブライフ 茅ヶ崎店 <chigasaki@activelife.co.jp>",
                    &["chigasaki@activelife.co.jp"],
                    "【アクティブライフ茅ヶ崎】1月のお知らせ",
                    &newsletter,
                ),
                "bcc",
                json!(members),
            ),
        )
        .policy(club_policy())
        .history(json!(members))
        .expect(Allow, &[]),
    );
    // Mis-send: the same newsletter with the 25 private addresses pasted in
    // To: every member sees every other member's address, the classic
    // newsletter leak: ask.
    let members_to: Vec<&str> = members.iter().map(String::as_str).collect();
    v.push(
        Case::new(
            "k6_club_newsletter_members_in_to",
            G,
            "mis-send: the monthly newsletter with the 25 members' private addresses in To instead of Bcc",
            mail(
                "アクティブライフ 茅ヶ崎店 <chigasaki@activelife.co.jp>",
                &members_to,
                "【アクティブライフ茅ヶ崎】1月のお知らせ",
                &newsletter,
            ),
        )
        .policy(club_policy())
        .history(json!(members))
        .expect(Confirm, &[]),
    );
    // Everyday: the swimming school's entry for the district meet to the
    // association that runs it: 18 children's names, readings, birth dates,
    // sex and school year, which the entry rules ask for. No address, no
    // contact, no health data.
    let swimmers: Vec<Vec<Cell>> = (0..18)
        .map(|i| {
            let p = Person::born_between(&mut rng, 2014, 2018);
            vec![
                Cell::Number(f64::from(i + 1)),
                Cell::from(p.name(&mut rng)),
                Cell::from(format!("{} {}", pp::hiragana(p.surname_kana), pp::hiragana(p.given_kana))),
                Cell::Date(p.birth.0, p.birth.1, p.birth.2),
                Cell::from(p.sex()),
                Cell::from(*rng.pick(&["小3", "小4", "小5", "小6"])),
                Cell::from(*rng.pick(&["50m自由形", "50m背泳ぎ", "50m平泳ぎ", "100m個人メドレー"])),
            ]
        })
        .collect();
    v.push(
        Case::new(
            "k6_club_swim_meet_entry_to_association",
            G,
            "everyday: the swim meet entry (18 children's names, readings, birth dates, sex, school year, events) to the association running the meet",
            mail(
                "スイミングスクール 岩田 <swim@activelife.co.jp>",
                &["湘南地区水泳協会 競技部 <entry@shonan-swim.or.jp>"],
                "第41回 湘南ジュニア水泳大会 エントリー（アクティブライフ茅ヶ崎）",
                &office_letter(
                    "湘南地区水泳協会\n競技部 ご担当者様",
                    "アクティブライフ茅ヶ崎 スイミングスクールの岩田です。",
                    "第41回 湘南ジュニア水泳大会のエントリー表をお送りします。\n参加料は1月15日までにお振り込みいたします。",
                    &club_sig("スイミングスクール 岩田 拓海", "swim@activelife.co.jp"),
                ),
            ),
        )
        .policy(club_policy())
        .attach(
            "エントリー表_アクティブライフ茅ヶ崎.xlsx",
            people_sheet("エントリー", &["No.", "選手氏名", "ふりがな", "生年月日", "性別", "学年", "種目"], swimmers),
        )
        .history(json!(["shonan-swim.or.jp", "fit-supply.co.jp"]))
        .expect(Allow, &[]),
    );

    // ------------------------------------------------------- insurance agency
    // Everyday: a motor claim (property damage only) to the insurer: the
    // policyholder's name and policy number, the accident, the other party's
    // surname and car, the repair estimate. The insurer needs all of it.
    v.push(
        Case::new(
            "k6_insurance_motor_claim_to_insurer",
            G,
            "everyday: a property-damage motor claim (policyholder, policy number, the other party's surname and car) to the insurer",
            mail(
                "あんしん保険サービス 大西 <onishi@anshin-hoken.co.jp>",
                &["東和海上 高崎損害サービス課 <takasaki-claim@towa-kaijo.co.jp>"],
                "事故受付のご依頼（証券番号 TK-7730412）",
                &office_letter(
                    "東和海上火災保険株式会社\n高崎損害サービス課 ご担当者様",
                    "あんしん保険サービスの大西です。",
                    "下記のとおり事故のご連絡がありましたので、受付をお願いいたします。\n\
                     ・契約者：桑原 浩一 様　証券番号：TK-7730412（自動車保険）\n\
                     ・事故日時：2026年12月11日(金) 8:20頃\n・場所：高崎市飯塚町 国道354号 交差点付近\n\
                     ・状況：信号待ちで停車中、後続車に追突された（人身なし）\n\
                     ・相手方：山下 様（群馬 300 は 45-12）\n・修理見積：182,600円（高崎オートサービス）",
                    &insurance_sig("大西 美穂", "onishi@anshin-hoken.co.jp"),
                ),
            ),
        )
        .policy(insurance_policy())
        .history(json!(["towa-kaijo.co.jp", "mirai-seimei.co.jp"]))
        .expect(Allow, &[]),
    );
    // Mis-send: a customer's health declaration draft (告知書: hypertension
    // under treatment, a past hospital stay for a stomach ulcer) for her
    // review goes to another 中村's private address that autocomplete
    // offered (never mailed); hers is in the history. Block.
    v.push(
        Case::new(
            "k6_insurance_health_declaration_to_other_nakamura",
            G,
            "mis-send: a customer's health declaration (高血圧症で通院, 胃潰瘍で入院) to another 中村's private address picked by autocomplete",
            mail(
                "あんしん保険サービス 大西 <onishi@anshin-hoken.co.jp>",
                &["中村 恵 <megumi.nakamura.77@gmail.com>"],
                "告知書の記入内容のご確認",
                &format!(
                    "中村 恵美 様\n\nいつもお世話になっております。あんしん保険サービスの大西です。\n\
                     先日お伺いした内容で、医療保険の告知書の記入例を作成しました。\n\n\
                     ・最近3か月以内の通院：高血圧症で月1回通院、降圧剤（アムロジピン）を服用中\n\
                     ・過去5年以内の入院：2022年 胃潰瘍で8日間入院（完治）\n・身長 158cm 体重 61kg\n\n\
                     内容に誤りがないかご確認ください。\n\n{}\n",
                    insurance_sig("大西 美穂", "onishi@anshin-hoken.co.jp")
                ),
            ),
        )
        .policy(insurance_policy())
        .history(json!(["emi.nakamura@yahoo.co.jp", "towa-kaijo.co.jp", "mirai-seimei.co.jp"]))
        .expect(Block, &[]),
    );
    // Mis-send: the customer's tax accountant asked about a maturity payment;
    // the agent answered with the customer's My Number from the payment
    // record. The accountant's office is not entitled to it from the agency
    // (only the insurers are, by the policy): block.
    let customer_number = pp::my_number(&mut rng);
    v.push(
        Case::new(
            "k6_insurance_my_number_to_customers_accountant",
            G,
            "mis-send: a customer's My Number written into an answer to the customer's tax accountant (an outside office)",
            mail(
                "あんしん保険サービス 大西 <onishi@anshin-hoken.co.jp>",
                &["山口税理士事務所 山口 <yamaguchi@yamaguchi-tax.jp>"],
                "Re: 満期保険金の支払調書について",
                &office_letter(
                    "山口税理士事務所\n山口先生",
                    "あんしん保険サービスの大西です。",
                    &format!(
                        "お問い合わせの満期保険金について、支払調書の記載内容をお知らせします。\n\
                         ・受取人：小野 隆 様\n・個人番号：{}\n・満期保険金：5,000,000円　払込保険料：4,320,000円\n\
                         ・支払日：2026年11月30日（みらい生命保険）",
                        pp::my_number_styled(&mut rng, &customer_number)
                    ),
                    &insurance_sig("大西 美穂", "onishi@anshin-hoken.co.jp"),
                ),
            ),
        )
        .policy(insurance_policy())
        .history(json!(["towa-kaijo.co.jp", "mirai-seimei.co.jp", "yamaguchi-tax.jp"]))
        .expect(Block, &["my_number_external"])
        .no_leak(&customer_number),
    );

    // ------------------------------------------------------------ HR consulting
    // Everyday: a joint proposal to the group company, whose name contains
    // the sender's (株式会社ヒューマンブリッジキャリア), with prices; a
    // colleague in Cc.
    v.push(
        Case::new(
            "k6_hr_proposal_to_group_company",
            G,
            "everyday: a joint training proposal to the group company whose name contains the sender's, with prices",
            with(
                mail(
                    "組織開発 中西 <nakanishi@humanbridge.co.jp>",
                    &["加藤 美咲 <kato@humanbridge-career.co.jp>"],
                    "寿電機様 管理職研修のご提案（共同案）",
                    &office_letter(
                        "株式会社ヒューマンブリッジキャリア\n加藤様",
                        "ヒューマンブリッジ 組織開発コンサルティング部の中西です。",
                        "寿電機様向け管理職研修の共同提案書（案）をお送りします。\n\
                         費用は2日間・20名で 1,320,000円（税別）としました。\n貴社ご担当のキャリア面談部分をご確認ください。",
                        &hr_sig("中西 亮", "nakanishi@humanbridge.co.jp"),
                    ),
                ),
                "cc",
                json!(["谷口 <taniguchi@humanbridge.co.jp>"]),
            ),
        )
        .policy(hr_policy())
        .attach(
            "提案書_寿電機様_管理職研修_案.pptx",
            files::pptx(&[
                &["寿電機株式会社様 管理職研修のご提案", "株式会社ヒューマンブリッジ／株式会社ヒューマンブリッジキャリア"],
                &["プログラム", "1日目：役割認識と部下育成", "2日目：1on1 とキャリア面談の実践"],
                &["費用", "2日間・20名 1,320,000円（税別）"],
            ]),
        )
        .history(json!(["humanbridge-career.co.jp", "kotobuki-denki.co.jp", "marumi-chem.co.jp"]))
        .expect(Allow, &[]),
    );
    // Mis-send: 寿電機's stress-check results (40 employees' names,
    // departments, high-stress verdicts and requests for a doctor's
    // interview) attached to the monthly report to the other client, 丸美化学.
    // Health-check results of named people (要配慮個人情報) to a company with
    // no part in them: block.
    let stress: Vec<Vec<Cell>> = (0..40)
        .map(|i| {
            let p = Person::born_between(&mut rng, 1965, 2003);
            let high = rng.chance(0.15);
            vec![
                Cell::from(format!("KD{:05}", 20_410 + i)),
                Cell::from(p.name(&mut rng)),
                Cell::from(*rng.pick(&["設計部", "製造部", "営業部", "管理部"])),
                Cell::Number(f64::from(rng.range(38, 96))),
                Cell::from(if high { "高ストレス" } else { "" }),
                Cell::from(if high && rng.chance(0.5) { "希望あり" } else { "" }),
            ]
        })
        .collect();
    v.push(
        Case::new(
            "k6_hr_stress_check_to_other_client",
            G,
            "mis-send: one client's stress-check results (40 named employees, high-stress verdicts, doctor-interview requests) to another client",
            mail(
                "組織開発 中西 <nakanishi@humanbridge.co.jp>",
                &["人事部 石井 <ishii@marumi-chem.co.jp>"],
                "12月度 月次報告",
                &office_letter(
                    "丸美化学株式会社\n人事部 石井様",
                    "ヒューマンブリッジの中西です。",
                    "12月度の月次報告をお送りします。ご確認をお願いいたします。",
                    &hr_sig("中西 亮", "nakanishi@humanbridge.co.jp"),
                ),
            ),
        )
        .policy(hr_policy())
        .attach(
            "ストレスチェック結果_寿電機_2026.xlsx",
            people_sheet("結果", &["社員番号", "氏名", "部署", "ストレス得点", "高ストレス判定", "医師面接指導"], stress),
        )
        .history(json!(["humanbridge-career.co.jp", "kotobuki-denki.co.jp", "marumi-chem.co.jp"]))
        .expect(Block, &[]),
    );

    // --------------------------------------------------- condominium management
    // Everyday: the lift inspection notice to the maintenance company, with
    // the cleaning company's contact named on a cc line and in Cc, the
    // building's address and the front desk's mobile.
    v.push(
        Case::new(
            "k6_condo_lift_inspection_with_cc_line",
            G,
            "everyday: a lift inspection notice to the maintenance company, 「（cc: 株式会社ハウスクリーン 田村様）」 in the body and in Cc",
            with(
                mail(
                    "管理二課 吉岡 <yoshioka@gm-kanri.co.jp>",
                    &["森 浩二 <mori@tokai-elevator.co.jp>"],
                    "グランメゾン栄 エレベーター定期点検の日程",
                    &office_letter(
                        "東海エレベーター株式会社\n保守課 森様\n（cc: 株式会社ハウスクリーン 田村様）",
                        "グランメゾン管理 管理二課の吉岡です。",
                        "グランメゾン栄（名古屋市中区栄5-14-3）のエレベーター定期点検を、1月14日(木) 10:00〜12:00 でお願いします。\n\
                         点検中は1号機が停止しますので、ハウスクリーン様には当日の清掃順の変更をお願いします。\n\
                         当日の連絡先：フロント 吉岡 090-2281-4635",
                        &condo_sig("吉岡 拓也", "yoshioka@gm-kanri.co.jp"),
                    ),
                ),
                "cc",
                json!(["田村 <tamura@house-clean.co.jp>"]),
            ),
        )
        .policy(condo_policy())
        .history(json!(["tokai-elevator.co.jp", "house-clean.co.jp", "yamato-tosou.co.jp"]))
        .expect(Allow, &[]),
    );
    // Mis-send: to schedule the balcony works, the manager forwards a
    // resident's complaint to the painting contractor, quoting her mail: her
    // name, flat, mobile, and that her husband is on dialysis and must rest
    // in the afternoons. A named person's illness to an outside contractor:
    // block.
    v.push(
        Case::new(
            "k6_condo_forward_quotes_residents_dialysis",
            G,
            "mis-send: a resident's complaint forwarded to the painting contractor, quoting her name, flat, mobile and her husband's dialysis",
            mail(
                "管理二課 吉岡 <yoshioka@gm-kanri.co.jp>",
                &["ヤマト塗装 工事部 <koji@yamato-tosou.co.jp>"],
                "Fw: 外壁工事の作業時間について",
                &format!(
                    "{}\n\n---------- Forwarded message ---------\nFrom: 川口 美和子 <miwako.k@ezweb.ne.jp>\n\
                     Date: 2026年12月9日(水) 21:04\nSubject: 外壁工事の作業時間について\nTo: <yoshioka@gm-kanri.co.jp>\n\n\
                     グランメゾン栄 503号室の川口です。\n夫が週3回、人工透析を受けており、透析の日の午後は自宅で休んでいます。\n\
                     その時間のベランダ側の作業はできるだけ避けていただけないでしょうか。\n\
                     連絡は 080-4412-9073 までお願いします。\n",
                    office_letter(
                        "株式会社ヤマト塗装\n工事部 ご担当者様",
                        "グランメゾン管理の吉岡です。",
                        "503号室の居住者様から下記のご要望がありましたので、作業日程の調整をお願いします。",
                        &condo_sig("吉岡 拓也", "yoshioka@gm-kanri.co.jp"),
                    )
                ),
            ),
        )
        .policy(condo_policy())
        .history(json!(["tokai-elevator.co.jp", "house-clean.co.jp", "yamato-tosou.co.jp"]))
        .expect(Block, &[]),
    );
    // Mis-send: the cleaning company asked for the common-area cleaning
    // schedule; the manager attached the residents' register instead: 40
    // households with household members and their relationships, phones and
    // emergency contacts. A partner, but family and emergency contacts of
    // everyone in the building are not its business: ask.
    let residents: Vec<Vec<Cell>> = (0..40)
        .map(|i| {
            let head = Person::gen(&mut rng);
            let spouse = head.relative(&mut rng, !head.female, 1950, 1995);
            vec![
                Cell::from(format!("{}{:02}", 2 + i / 8, 1 + i % 8)),
                Cell::from(head.name(&mut rng)),
                Cell::from(spouse.full()),
                Cell::from(*rng.pick(&["妻", "夫", "妻", "母"])),
                Cell::from(head.mobile.hyphen()),
                Cell::from(format!("{}（{}）", Person::gen(&mut rng).full(), rng.pick(&["長男", "長女", "兄", "姉"]))),
                Cell::from(Phone::mobile(&mut rng).hyphen()),
            ]
        })
        .collect();
    v.push(
        Case::new(
            "k6_condo_residents_register_to_cleaner",
            G,
            "mis-send: the residents' register (40 households, family members and relationships, phones, emergency contacts) to the cleaning company",
            mail(
                "管理二課 吉岡 <yoshioka@gm-kanri.co.jp>",
                &["田村 <tamura@house-clean.co.jp>"],
                "Re: 共用部清掃スケジュールの件",
                &office_letter(
                    "株式会社ハウスクリーン\n田村様",
                    "グランメゾン管理の吉岡です。",
                    "ご依頼の資料をお送りします。ご確認をお願いします。",
                    &condo_sig("吉岡 拓也", "yoshioka@gm-kanri.co.jp"),
                ),
            ),
        )
        .policy(condo_policy())
        .attach(
            "居住者名簿_グランメゾン栄.xlsx",
            people_sheet("居住者", &["部屋番号", "世帯主", "同居者", "続柄", "電話番号", "緊急連絡先", "緊急連絡先電話"], residents),
        )
        .history(json!(["tokai-elevator.co.jp", "house-clean.co.jp", "yamato-tosou.co.jp"]))
        .expect(Confirm, &[]),
    );
    v
}

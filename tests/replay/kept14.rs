//! Issue 21, the fourteenth kept-aside set: 30 whole messages of six
//! organisations unlike those of the earlier sets (a dental laboratory, a
//! logistics warehouse, a temporary-staffing agency, a city's
//! disaster-prevention section, a university alumni association and a
//! school-lunch catering company), 15 everyday mails and 15 mis-sends.
//! Written, with every expected decision, before it was first run, and
//! committed before that run; each case says the mistake it models (or why
//! it is everyday) and why its decision is the one a careful security
//! officer would take, by the convention of README's message-check section
//! (a block for PPC-reportable data and for recipients no agreement covers;
//! ordinary personal data to a registered partner is asked). Reported, not
//! gated.
//!
//! First run (189dd59, before any change made for it): 25 of 30 pass; 3
//! of 15 everyday mails warned about (all asked), 1 of 15 mis-sends
//! missed, 1 caught at another strength.
//! - Warned wrongly: the warehouse's reply to all on a damaged parcel,
//!   greeting the shipper's 河野 and, on a second line, the carrier's 遠藤
//!   in Cc (`salutation_mismatch`: an organisation and a person greeted
//!   were looked for in To only); the alumni newsletter in Bcc introducing
//!   a member's restaurant with 「…　TEL 03-…（日曜定休）」 (`free_mail`:
//!   the shop's phone and address counted as personal data); the reunion
//!   note to four organisers in To greeting 「山口さん、小西先生、原さん、
//!   松本さん」 (`external_organisations`: the one-character surname 原 was
//!   not taken to greet 「原 真由美」).
//! - Missed: the school-lunch caterer's list of 48 children with an
//!   「アレルゲン」 column, attached to the produce order to the
//!   greengrocer (the header was not read as an allergy column).
//! - Another strength: the Homecoming Day notice to 40 private addresses
//!   in To was blocked where it had been written to be asked; the block is
//!   the convention `kept13` settled (30 or more private addresses in To,
//!   not a reply), so the expectation was corrected, not the rule.
//!
//! Tuned on since (881bece, 26e4a3f, 49515f3; pairs in `tests/check/kept14_pairs.rs`),
//! so the set is no longer held out: after, 0 of 15 and 0 of 15, all at the
//! expected strength; no other set's decision changed (one fired rule did:
//! `kept12`'s reply to all keeping the customer's gmail in Cc no longer
//! also gets `free_mail`, whose only personal content was the sender's own
//! company phone under 「株式会社ミナミホーム 工事課 小野 健」; it is still
//! asked, by `salutation_mismatch`).
//!
//! This file has the first three organisations; `kept14_more.rs` the
//! other three.

use super::kept8::{also, amount_passing_check, private_mails};
use super::kept9::{date_cell, rows};
use super::office_orgs::{office_letter, people_sheet, signature};
use super::*;

// ============================================================ organisations

/// A dental laboratory (歯科技工所): the dental clinics that order crowns
/// and dentures from it (special-care data exempted for them: a work order
/// carries the patient's treatment), and the dental-materials dealer.
fn lab_policy() -> Value {
    json!({
        "internal_domains": ["takumi-dl.co.jp"],
        "partner_domains": {
            "aoba-dental.jp": "青葉歯科医院",
            "minato-ortho.jp": "医療法人みなと会 みなと矯正歯科",
            "dental-zairyo.co.jp": "株式会社デンタル材料"
        },
        "own_names": ["有限会社匠デンタルラボ", "匠デンタルラボ"],
        "exemptions": [{"recipients": ["aoba-dental.jp", "minato-ortho.jp"], "rules": ["special_care_external"]}]
    })
}

fn lab_sig(name: &str, mail: &str) -> String {
    signature(
        "有限会社匠デンタルラボ",
        name,
        "〒330-0062 埼玉県さいたま市浦和区仲町3-5-1 仲町ビル2F",
        "048-833-5120",
        mail,
    )
}

/// A logistics warehouse (3PL): two mail-order shippers whose stock it
/// keeps and ships, and the carrier that collects the parcels.
fn logi_policy() -> Value {
    json!({
        "internal_domains": ["kitakanto-logi.co.jp"],
        "partner_domains": {
            "natural-cosme.co.jp": "株式会社ナチュラルコスメ",
            "sportsgear.jp": "株式会社スポーツギア",
            "aoba-unyu.co.jp": "あおば運輸株式会社"
        },
        "own_names": ["株式会社北関東ロジセンター", "北関東ロジセンター"]
    })
}

fn logi_sig(name: &str, mail: &str) -> String {
    signature(
        "株式会社北関東ロジセンター 太田物流センター",
        name,
        "〒373-0015 群馬県太田市東新町820-3",
        "0276-48-2210",
        mail,
    )
}

/// A temporary-staffing agency (人材派遣): two client companies its staff
/// work at, and the health-check institution that examines its staff.
/// Its registered staff use private addresses.
fn staff_policy() -> Value {
    json!({
        "internal_domains": ["workbridge.co.jp"],
        "partner_domains": {
            "yamato-seiki.co.jp": "株式会社大和精機",
            "himawari-foods.co.jp": "ひまわり食品株式会社",
            "kenshin-kai.or.jp": "医療法人健診会"
        },
        "own_names": ["株式会社ワークブリッジ", "ワークブリッジ"],
        "exemptions": [{"recipients": ["kenshin-kai.or.jp"], "rules": ["special_care_external"]}]
    })
}

fn staff_sig(name: &str, mail: &str) -> String {
    signature(
        "株式会社ワークブリッジ 浜松支店",
        name,
        "〒430-0933 静岡県浜松市中央区鍛冶町100-1 ザザシティ浜松中央館8F",
        "053-457-3360",
        mail,
    )
}

// ==================================================================== cases

/// The fourteenth kept-aside set. Reported, not gated.
pub fn kept_fourteenth_cases() -> Vec<Case> {
    let mut v = Vec::new();
    let mut rng = Rng::new(14_014);
    lab_cases(&mut v, &mut rng);
    logi_cases(&mut v, &mut rng);
    staff_cases(&mut v, &mut rng);
    super::kept14_more::city_cases(&mut v, &mut rng);
    super::kept14_more::alumni_cases(&mut v, &mut rng);
    super::kept14_more::lunch_cases(&mut v, &mut rng);
    v
}

fn lab_cases(v: &mut Vec<Case>, rng: &mut Rng) {
    use Group::Kept14 as G;
    let history = json!([
        "aoba-dental.jp",
        "minato-ortho.jp",
        "dental-zairyo.co.jp",
        "sakamoto-dc.jp",
        "hoshino-shika.jp",
        "kita-dental.com",
        "midori-dental.jp",
        "ueno-shika.jp"
    ]);
    let sig = lab_sig("営業 竹内 翔太", "takeuchi@takumi-dl.co.jp");
    // Everyday: today's deliveries to the clinic that ordered them: three
    // patients' names with the tooth, the prosthesis and the shade, so the
    // clinic can match boxes to appointments. Treatment details, but to
    // the clinic that treats them, exempted by the lab's own policy.
    v.push(
        Case::new(
            "k14_lab_delivery_note_to_clinic",
            G,
            "everyday: today's deliveries to the ordering clinic (registered, exempted for special-care data): three patients' names with tooth, prosthesis and shade",
            mail(
                "匠デンタルラボ 竹内 <takeuchi@takumi-dl.co.jp>",
                &["青葉歯科医院 受付 <info@aoba-dental.jp>"],
                "本日の納品物について（12/8）",
                &office_letter(
                    "青葉歯科医院\n受付ご担当者様",
                    "匠デンタルラボの竹内です。",
                    "本日17時頃、下記の技工物をお届けにあがります。\n\
                     ・山本 和也 様　#36　ジルコニアクラウン（シェード A3）\n\
                     ・小川 節子 様　上顎 総義歯（人工歯 S4）　咬合採得後の完成品\n\
                     ・今井 奈々 様　#11 #21　e.max ラミネートベニア（シェード BL3）\n\
                     小川様の義歯は、来院日の前日までにお届けとのご指示でしたので、本日お持ちします。",
                    &sig,
                ),
            ),
        )
        .policy(lab_policy())
        .history(history.clone())
        .expect(Allow, &[]),
    );
    // Everyday: the monthly materials order to the registered dealer, an
    // xlsx with product codes, quantities and yen amounts; one 12-digit
    // amount happens to pass the My Number check digit. No one in it.
    let t = |s: &str| Cell::from(s);
    let mut order = vec![
        vec![t("有限会社匠デンタルラボ 12月分 材料発注書")],
        super::generators::header(&["品番", "品名", "数量", "単価", "金額"]),
    ];
    for (code, name, q, p) in [
        ("ZR-98-A3", "ジルコニアディスク 98mm A3", 10.0, 18_500.0),
        ("EM-LT-BL3", "e.max CAD LT BL3 (5個入)", 4.0, 12_800.0),
        ("PMMA-98", "PMMAディスク 98mm", 6.0, 6_400.0),
        ("GYP-4", "超硬石膏 4kg", 8.0, 3_200.0),
    ] {
        order.push(vec![t(code), t(name), Cell::Number(q), Cell::Number(p), Cell::Number(q * p)]);
    }
    order.push(vec![t("累計発注額（2019年〜）"), t(""), t(""), t(""), Cell::Number(amount_passing_check(rng) as f64)]);
    v.push(
        Case::new(
            "k14_lab_materials_order_to_dealer",
            G,
            "everyday: the monthly materials order (product codes, quantities, yen amounts, one 12-digit total passing the My Number check digit) to the registered dealer",
            mail(
                "匠デンタルラボ 竹内 <takeuchi@takumi-dl.co.jp>",
                &["デンタル材料 営業部 佐野 <sano@dental-zairyo.co.jp>"],
                "12月分 材料発注書の送付",
                &office_letter(
                    "株式会社デンタル材料\n営業部 佐野様",
                    "匠デンタルラボの竹内です。",
                    "12月分の発注書をお送りいたします。ジルコニアディスクは年末に不足しがちですので、12月15日(火)までの納品をお願いできますでしょうか。",
                    &sig,
                ),
            ),
        )
        .policy(lab_policy())
        .attach("材料発注書_202612.xlsx", files::xlsx(&[Sheet::new("発注書", order)]))
        .history(history.clone())
        .expect(Allow, &[]),
    );
    // Everyday: the year-end holiday notice to the clinics it works for in
    // Bcc (two registered, five mailed before), with the last day for
    // orders and the lab's phone. Nothing about anyone.
    v.push(
        also(
            Case::new(
                "k14_lab_holiday_notice_bcc",
                G,
                "everyday: the year-end holiday and order cut-off notice to seven client clinics in Bcc (two registered, five mailed before), with the lab's phone",
                mail(
                    "匠デンタルラボ 竹内 <takeuchi@takumi-dl.co.jp>",
                    &["takeuchi@takumi-dl.co.jp"],
                    "【ご案内】年末年始の休業と技工物のお受付について",
                    &format!(
                        "お取引先 歯科医院の皆様\n\nいつも格別のお引き立てを賜り、誠にありがとうございます。匠デンタルラボでございます。\n\
                         年末年始は12月29日(火)から1月4日(月)まで休業いたします。\n\
                         年内納品をご希望の技工物は、12月18日(金)着の印象・指示書までお受けいたします。\n\
                         急ぎの修理は 048-833-5120 までお電話ください（12月28日まで）。\n\n{sig}\n"
                    ),
                ),
            ),
            "bcc",
            json!([
                "info@aoba-dental.jp",
                "office@minato-ortho.jp",
                "info@sakamoto-dc.jp",
                "hoshino@hoshino-shika.jp",
                "desk@kita-dental.com",
                "info@midori-dental.jp",
                "ueno@ueno-shika.jp"
            ]),
        )
        .policy(lab_policy())
        .history(history.clone())
        .expect(Allow, &[]),
    );
    // Mis-send: a question on an orthodontic patient's retainer, greeting
    // みなと矯正歯科's doctor, sent to 青葉歯科医院 (also registered and
    // exempted) by autocomplete: a patient's treatment to a clinic that
    // does not treat her. The salutation names the other clinic: ask.
    v.push(
        Case::new(
            "k14_lab_retainer_question_to_other_clinic",
            G,
            "mis-send: a question on 田村 恵子's retainer, greeting みなと矯正歯科's doctor, sent to the other registered clinic 青葉歯科医院 by autocomplete",
            mail(
                "匠デンタルラボ 竹内 <takeuchi@takumi-dl.co.jp>",
                &["青葉歯科医院 院長 <dr@aoba-dental.jp>"],
                "田村 恵子 様 保定装置の件でご確認",
                &office_letter(
                    "みなと矯正歯科\n森 先生",
                    "匠デンタルラボの竹内です。",
                    "田村 恵子 様（12歳）の保定装置について、ご指示書では上顎ベッグタイプとなっておりますが、\
                     模型では #13 の萌出が途中のようです。クラスプの位置をご指示いただけますでしょうか。",
                    &sig,
                ),
            ),
        )
        .policy(lab_policy())
        .history(history.clone())
        .expect(Confirm, &["salutation_mismatch"]),
    );
    // Mis-send: a technician forwards the month's case list (55 patients:
    // clinic, patient name, birth date, tooth, treatment, remarks such as
    // 糖尿病・歯周病で動揺あり) to her own gmail, never mailed, to finish
    // the invoices at home. Patients' treatments to a private address no
    // agreement covers: block.
    let cases = rows(rng, 55, 1940, 2012, |rng, _i, p| {
        vec![
            Cell::from(*rng.pick(&["青葉歯科医院", "みなと矯正歯科", "坂本デンタルクリニック", "星野歯科"])),
            Cell::from(p.full()),
            date_cell(p),
            Cell::from(format!("#{}{}", rng.range(1, 4), rng.range(1, 8))),
            Cell::from(*rng.pick(&["ジルコニアクラウン", "インレー", "部分床義歯", "総義歯", "ブリッジ", "保定装置"])),
            Cell::from(*rng.pick(&["", "", "糖尿病・歯周病で動揺あり", "金属アレルギーのためメタルフリー", ""])),
        ]
    });
    v.push(
        Case::new(
            "k14_lab_case_list_to_own_gmail",
            G,
            "mis-send: the month's case list (55 patients: birth dates, teeth, treatments, 糖尿病 and 金属アレルギー remarks) sent by a technician to her own gmail, never mailed, to work at home",
            mail(
                "匠デンタルラボ 中野 <nakano@takumi-dl.co.jp>",
                &["nakano.mika.1988@gmail.com"],
                "11月分 症例一覧（自宅作業用）",
                "自宅で請求書を仕上げるため転送します。\n\n中野\n",
            ),
        )
        .policy(lab_policy())
        .attach(
            "症例一覧_202611.xlsx",
            people_sheet("11月", &["医院", "患者名", "生年月日", "部位", "技工物", "備考"], cases),
        )
        .history(history)
        .expect(Block, &[]),
    );
}

fn logi_cases(v: &mut Vec<Case>, rng: &mut Rng) {
    use Group::Kept14 as G;
    let history = json!(["natural-cosme.co.jp", "sportsgear.jp", "aoba-unyu.co.jp"]);
    let sig = logi_sig("業務課 小林 拓也", "kobayashi@kitakanto-logi.co.jp");
    // Everyday: the monthly stock report to the shipper whose stock it is:
    // SKUs, quantities, lots and expiry dates. No one in it.
    let t = |s: &str| Cell::from(s);
    let mut stock = vec![
        vec![t("株式会社ナチュラルコスメ様 在庫報告書 2026年11月末")],
        super::generators::header(&["SKU", "商品名", "ロット", "使用期限", "良品", "不良品", "引当済"]),
    ];
    for i in 0..40 {
        stock.push(vec![
            Cell::from(format!("NC-{:05}", 10_200 + i * 3)),
            Cell::from(*rng.pick(&[
                "薬用美白美容液 30mL",
                "オーガニック化粧水 150mL",
                "保湿クリーム 50g",
                "クレンジングオイル 200mL",
            ])),
            Cell::from(format!("L{}", rng.range(2604, 2611))),
            Cell::from(format!("2029/{}/30", rng.range(1, 12))),
            Cell::Number(f64::from(rng.range(0, 2400))),
            Cell::Number(f64::from(rng.range(0, 12))),
            Cell::Number(f64::from(rng.range(0, 300))),
        ]);
    }
    v.push(
        Case::new(
            "k14_logi_stock_report_to_shipper",
            G,
            "everyday: the month-end stock report (40 SKUs, lots, expiry dates, quantities) to the shipper whose stock it is, a registered partner",
            mail(
                "北関東ロジセンター 小林 <kobayashi@kitakanto-logi.co.jp>",
                &["ナチュラルコスメ 物流部 <logistics@natural-cosme.co.jp>"],
                "11月末 在庫報告書の送付",
                &office_letter(
                    "株式会社ナチュラルコスメ\n物流部 ご担当者様",
                    "北関東ロジセンターの小林です。",
                    "11月末時点の在庫報告書をお送りいたします。\n\
                     不良品は外箱つぶれが主で、12月10日の定例会でご判断をお願いできればと存じます。",
                    &sig,
                ),
            ),
        )
        .policy(logi_policy())
        .attach("在庫報告書_ナチュラルコスメ様_202611.xlsx", files::xlsx(&[Sheet::new("在庫", stock)]))
        .history(history.clone())
        .expect(Allow, &[]),
    );
    // Everyday: a reply to all on a damaged parcel, to the shipper with
    // the carrier in Cc (both registered, both greeted): the order number,
    // the end customer's surname and prefecture, what happened. One
    // customer named as the matter of the mail, to the two firms that
    // handle her order.
    v.push(
        also(
            Case::new(
                "k14_logi_damaged_parcel_reply_all",
                G,
                "everyday: a reply to all on a damaged parcel to the shipper, the carrier in Cc (both registered, both greeted): order number, the customer's surname and prefecture",
                mail(
                    "北関東ロジセンター 小林 <kobayashi@kitakanto-logi.co.jp>",
                    &["ナチュラルコスメ カスタマーサポート 河野 <kono@natural-cosme.co.jp>"],
                    "Re: 破損品の件（注文番号 NC-2611-48213）",
                    &office_letter(
                        "株式会社ナチュラルコスメ 河野様\nあおば運輸株式会社 太田営業所 遠藤様",
                        "北関東ロジセンターの小林です。",
                        "注文番号 NC-2611-48213（千葉県 村井様）の破損の件、当センターの出荷記録を確認しました。\n\
                         出荷時の検品写真では外箱・緩衝材とも異常はありませんでした。\n\
                         あおば運輸様には、輸送中の状況のご確認をお願いできますでしょうか。\n\
                         再出荷は本日手配し、明日午前着の予定です。",
                        &sig,
                    ),
                ),
            ),
            "cc",
            json!(["あおば運輸 太田営業所 遠藤 <endo@aoba-unyu.co.jp>"]),
        )
        .policy(logi_policy())
        .history(history.clone())
        .expect(Allow, &[]),
    );
    // Mis-send: ナチュラルコスメ's return list (85 end customers: name,
    // address, phone, product, reason), greeting its logistics desk, sent
    // to the other shipper スポーツギア by autocomplete on 「物流部」.
    // Ordinary personal data below the mass threshold to a registered
    // partner: ask (the salutation names another organisation).
    let returns = rows(rng, 85, 1955, 2004, |rng, i, p| {
        vec![
            Cell::from(format!("NC-2611-{}", 40_000 + i * 37)),
            Cell::from(p.full()),
            Cell::from(p.home.full()),
            Cell::from(p.mobile.hyphen()),
            Cell::from(*rng.pick(&["薬用美白美容液 30mL", "保湿クリーム 50g", "オーガニック化粧水 150mL"])),
            Cell::from(*rng.pick(&["イメージ違い", "破損", "誤配送", "長期不在返送"])),
        ]
    });
    let returns = people_sheet("返品", &["注文番号", "氏名", "住所", "電話番号", "商品", "返品理由"], returns);
    v.push(
        Case::new(
            "k14_logi_returns_to_other_shipper",
            G,
            "mis-send: ナチュラルコスメ's return list (85 customers' names, addresses, phones), greeting its logistics desk, sent to the other shipper スポーツギア by autocomplete",
            mail(
                "北関東ロジセンター 小林 <kobayashi@kitakanto-logi.co.jp>",
                &["スポーツギア 物流部 <butsuryu@sportsgear.jp>"],
                "11月分 返品処理一覧の送付",
                &office_letter(
                    "株式会社ナチュラルコスメ\n物流部 ご担当者様",
                    "北関東ロジセンターの小林です。",
                    "11月分の返品処理一覧をお送りいたします。再販可否の判定欄をご記入のうえ、ご返送ください。",
                    &sig,
                ),
            ),
        )
        .policy(logi_policy())
        .attach("返品処理一覧_202611.xlsx", returns.clone())
        .history(history.clone())
        .expect(Confirm, &[]),
    );
    // Mis-send: a request 「返品一覧を至急再送ください」 came from
    // natural-cosrne.co.jp (rn for m); the reply sends the return list
    // there. 85 customers' data to a look-alike of the shipper's domain:
    // block.
    v.push(
        Case::new(
            "k14_logi_returns_to_lookalike",
            G,
            "mis-send: the return list (85 customers) replied to natural-cosrne.co.jp, a look-alike of the registered shipper's domain (rn for m)",
            mail(
                "北関東ロジセンター 小林 <kobayashi@kitakanto-logi.co.jp>",
                &["ナチュラルコスメ 物流部 <logistics@natural-cosrne.co.jp>"],
                "Re: 【至急】返品処理一覧の再送のお願い",
                &office_letter(
                    "株式会社ナチュラルコスメ\n物流部 ご担当者様",
                    "北関東ロジセンターの小林です。",
                    "ご依頼の返品処理一覧を再送いたします。",
                    &sig,
                ),
            ),
        )
        .policy(logi_policy())
        .attach("返品処理一覧_202611.xlsx", returns)
        .history(history.clone())
        .expect(Block, &["lookalike_domain"]),
    );
    // Mis-send: the part-timers' December shift table with their private
    // mobiles and home addresses (26 people), written to the warehouse's
    // own shift leader 遠藤 (「遠藤さん／お疲れ様です」), sent to the
    // carrier's 遠藤 by autocomplete. Staff contacts to a partner who
    // has no use for them: ask.
    let shifts = rows(rng, 26, 1960, 2005, |rng, _i, p| {
        vec![
            Cell::from(p.full()),
            Cell::from(p.mobile.hyphen()),
            Cell::from(p.home.full()),
            Cell::from(*rng.pick(&["早番", "遅番", "早番・土日", "遅番・平日のみ"])),
            Cell::from(*rng.pick(&["ピッキング", "梱包", "入荷検品", "フォークリフト"])),
        ]
    });
    v.push(
        Case::new(
            "k14_logi_shift_table_to_carrier_namesake",
            G,
            "mis-send: 26 part-timers' shift table with private mobiles and home addresses, written to the warehouse's own 遠藤 as to a colleague, sent to the carrier's 遠藤 by autocomplete",
            mail(
                "北関東ロジセンター 小林 <kobayashi@kitakanto-logi.co.jp>",
                &["あおば運輸 遠藤 <endo@aoba-unyu.co.jp>"],
                "12月シフト表（パート）",
                &format!(
                    "遠藤さん\n\nお疲れ様です。小林です。\n12月のパートさんのシフト表です。\n\
                     年末の繁忙期で欠員が出たら、連絡先から直接お願いしてください。\n\n{sig}\n"
                ),
            ),
        )
        .policy(logi_policy())
        .attach("12月シフト表_パート.xlsx", people_sheet("12月", &["氏名", "携帯", "住所", "勤務帯", "担当"], shifts))
        .history(history)
        .expect(Confirm, &[]),
    );
}

fn staff_cases(v: &mut Vec<Case>, rng: &mut Rng) {
    use Group::Kept14 as G;
    let registered = private_mails(rng, 20);
    let mut history: Vec<String> = vec![
        "yamato-seiki.co.jp".into(),
        "himawari-foods.co.jp".into(),
        "kenshin-kai.or.jp".into(),
        "nakagawa.yumi.0322@gmail.com".into(),
        "yumiko.nakagawa@icloud.com".into(),
    ];
    history.extend(registered.iter().cloned());
    let sig = staff_sig("コーディネーター 石井 沙織", "ishii@workbridge.co.jp");
    // Everyday: the 派遣先通知 the Worker Dispatching Act requires: two
    // staff starting at the client, with their sex, age band and social
    // insurance status, to the client's HR (registered).
    v.push(
        Case::new(
            "k14_staff_dispatch_notice_to_client",
            G,
            "everyday: the legally required dispatch notice (派遣先通知書) for two staff (sex, age band, insurance status) to the client's HR, a registered partner",
            mail(
                "ワークブリッジ 石井 <ishii@workbridge.co.jp>",
                &["大和精機 総務課 <soumu@yamato-seiki.co.jp>"],
                "派遣先通知書の送付（12月1日就業開始分）",
                &office_letter(
                    "株式会社大和精機\n総務課 ご担当者様",
                    "ワークブリッジの石井です。",
                    "12月1日(火)から就業を開始する2名の派遣先通知書をお送りいたします。",
                    &sig,
                ),
            ),
        )
        .policy(staff_policy())
        .attach(
            "派遣先通知書_20261201.docx",
            files::docx(&[
                "派遣先通知書",
                "株式会社大和精機 御中　　令和8年11月27日　株式会社ワークブリッジ",
                "労働者派遣法第35条に基づき、下記のとおり通知いたします。",
                "1. 氏名：吉村 健太　性別：男　年齢：18歳以上45歳未満　健康保険・厚生年金・雇用保険：加入（有）　無期雇用：否",
                "2. 氏名：松尾 さやか　性別：女　年齢：18歳以上45歳未満　健康保険・厚生年金・雇用保険：加入（有）　無期雇用：否",
                "就業場所：本社工場 第2製造課　業務内容：精密部品の検査業務",
            ]),
        )
        .history(json!(history))
        .expect(Allow, &[]),
    );
    // Everyday: a reply to a registered staff member's gmail (mailed
    // before) who asked for her November pay slip, greeting her by the
    // name the address carries; the slip is hers alone.
    v.push(
        Case::new(
            "k14_staff_own_payslip_reply",
            G,
            "everyday: a reply to a staff member's gmail (mailed before), greeting her by the name it carries, with her own November pay slip",
            mail(
                "ワークブリッジ 石井 <ishii@workbridge.co.jp>",
                &["中川 由美 <nakagawa.yumi.0322@gmail.com>"],
                "Re: 11月分の給与明細について",
                &format!(
                    "中川 由美 様\n\nお問い合わせありがとうございます。ワークブリッジの石井です。\n\
                     11月分の給与明細を添付いたします。交通費は11月分から新しい定期代で計算しております。\n\
                     ご不明な点があればお知らせください。\n\n{sig}\n"
                ),
            ),
        )
        .policy(staff_policy())
        .attach(
            "給与明細_202611_中川由美.xlsx",
            files::xlsx(&[Sheet::new(
                "明細",
                vec![
                    vec![Cell::from("給与明細書 2026年11月分")],
                    vec![Cell::from("氏名"), Cell::from("中川 由美")],
                    vec![Cell::from("就業先"), Cell::from("ひまわり食品株式会社 浜松工場")],
                    vec![Cell::from("時給"), Cell::Number(1350.0)],
                    vec![Cell::from("勤務時間"), Cell::Number(152.0)],
                    vec![Cell::from("交通費"), Cell::Number(9800.0)],
                    vec![Cell::from("総支給額"), Cell::Number(215_000.0)],
                    vec![Cell::from("健康保険"), Cell::Number(10_750.0)],
                    vec![Cell::from("厚生年金"), Cell::Number(19_672.0)],
                    vec![Cell::from("差引支給額"), Cell::Number(176_403.0)],
                ],
            )]),
        )
        .history(json!(history))
        .expect(Allow, &[]),
    );
    // Everyday: the weekly job-offer newsletter to 20 registered staff in
    // Bcc (all mailed before): openings, hourly wages, the branch's phone.
    v.push(
        also(
            Case::new(
                "k14_staff_job_news_bcc",
                G,
                "everyday: the weekly job-offer newsletter to 20 registered staff's private addresses in Bcc, all mailed before, with the branch's phone",
                mail(
                    "ワークブリッジ 浜松支店 <ishii@workbridge.co.jp>",
                    &["ishii@workbridge.co.jp"],
                    "【ワークブリッジ】今週の新着お仕事情報（12/7）",
                    &format!(
                        "ご登録スタッフの皆様\n\nいつもありがとうございます。ワークブリッジ浜松支店です。\n\
                         今週の新着お仕事をご案内します。\n\
                         ■ 食品工場の検品（浜松市中央区）時給1,300円　8:30-17:30　土日休み\n\
                         ■ 精密部品の組立（磐田市）時給1,450円　交替制　寮あり\n\
                         ■ 事務補助（浜松市中央区）時給1,250円　9:00-16:00　週3日から\n\
                         ご興味のある方は、053-457-3360 またはこのメールへの返信でお知らせください。\n\n{sig}\n"
                    ),
                ),
            ),
            "bcc",
            json!(registered),
        )
        .policy(staff_policy())
        .history(json!(history))
        .expect(Allow, &[]),
    );
    // Mis-send: a staff member's health-check result (要精密検査: 血圧,
    // 心電図 所見あり), received from the health-check institution,
    // forwarded with its quote to the client's section chief to ask about
    // her night shifts. A health result of an identified worker to her
    // place of work, which may not receive it without her consent: block.
    v.push(
        Case::new(
            "k14_staff_health_result_to_client",
            G,
            "mis-send: a dispatched worker's health-check result (要精密検査, 高血圧, 心電図の所見) forwarded with its quote to the client's section chief",
            mail(
                "ワークブリッジ 石井 <ishii@workbridge.co.jp>",
                &["大和精機 第2製造課 課長 青木 <aoki@yamato-seiki.co.jp>"],
                "Fw: 健康診断結果のご送付（吉村 健太 様）",
                &format!(
                    "青木課長\n\nいつもお世話になっております。ワークブリッジの石井です。\n\
                     吉村さんの健診結果が届きましたので共有いたします。夜勤のシフトについてご相談させてください。\n\n\
                     -----Original Message-----\nFrom: 医療法人健診会 健診センター <kekka@kenshin-kai.or.jp>\n\
                     Subject: 健康診断結果のご送付（吉村 健太 様）\n\n\
                     株式会社ワークブリッジ 御中\n\n\
                     11月18日に受診された吉村 健太 様（昭和56年4月2日生）の結果をお送りします。\n\
                     総合判定：D（要精密検査）\n\
                     ・血圧 168/104 mmHg：高血圧症の疑い。循環器内科の受診をお勧めします。\n\
                     ・心電図：左室肥大の所見あり\n\
                     ・γ-GTP 142 U/L：要経過観察\n\n{sig}\n"
                ),
            ),
        )
        .policy(staff_policy())
        .history(json!(history))
        .expect(Block, &[]),
    );
    // Mis-send: the same kind of pay-slip reply, greeting 「中川 由美 様」,
    // sent to 中川 由美子, another staff member mailed before, by
    // autocomplete on 「中川」. One person's pay to another private
    // person: ask (as kept13's trade report to the other 吉川).
    v.push(
        Case::new(
            "k14_staff_payslip_to_namesake",
            G,
            "mis-send: the pay-slip reply greeting 中川 由美 様 sent to 中川 由美子, another staff member's address mailed before, by autocomplete",
            mail(
                "ワークブリッジ 石井 <ishii@workbridge.co.jp>",
                &["中川 由美子 <yumiko.nakagawa@icloud.com>"],
                "Re: 11月分の給与明細について",
                &format!(
                    "中川 由美 様\n\nお問い合わせありがとうございます。ワークブリッジの石井です。\n\
                     11月分の給与明細を添付いたします。交通費は11月分から新しい定期代で計算しております。\n\n{sig}\n"
                ),
            ),
        )
        .policy(staff_policy())
        .attach(
            "給与明細_202611_中川由美.xlsx",
            files::xlsx(&[Sheet::new(
                "明細",
                vec![
                    vec![Cell::from("給与明細書 2026年11月分")],
                    vec![Cell::from("氏名"), Cell::from("中川 由美")],
                    vec![Cell::from("時給"), Cell::Number(1350.0)],
                    vec![Cell::from("総支給額"), Cell::Number(215_000.0)],
                    vec![Cell::from("差引支給額"), Cell::Number(176_403.0)],
                ],
            )]),
        )
        .history(json!(history))
        .expect(Confirm, &[]),
    );
}

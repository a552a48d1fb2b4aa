//! Issue 21, the fifteenth kept-aside set: 30 whole messages of six
//! organisations unlike those of the earlier sets (a judo-therapy clinic,
//! a neighbourhood association, a building-maintenance company, a moving
//! company, an academic society's secretariat and an IT development
//! subcontractor), 15 everyday mails and 15 mis-sends. Written, with every
//! expected decision, before it was first run, and committed before that
//! run; each case says the mistake it models (or why it is everyday) and
//! why its decision is the one a careful security officer would take, by
//! the convention of README's message-check section (a block for
//! PPC-reportable data and for recipients no agreement covers; ordinary
//! personal data to a registered partner is asked). Reported, not gated.
//!
//! First run (4e03e40, before any change): 2 of 15 everyday mails warned
//! about, both asked (the neighbourhood association's clean-up notice to
//! 60 members in Bcc: `free_mail`, the chair's own mobile given as the
//! rain-day contact counted as personal content; the made-up test members
//! sent to the offshore partner: `content_other_organisation`, their
//! example.com addresses read as another organisation's data), 0 of 15
//! mis-sends missed; two caught at another strength, asked where a block
//! was written (a patient's suspected disc hernia, greeting her, sent to
//! another patient's gmail: `special_care_external` at confirm, the
//! condition "without saying whose"; the inquiry log of 15 members kept
//! in Cc to the client's advertising agency, unregistered but mailed
//! once: `personal_data_external` at confirm). The first of the two was
//! written against the convention `kept9` settled (a condition of the
//! person greeted sent to a private namesake mailed before is asked), so
//! its expectation was corrected to ask; the second is blocked since.
//!
//! This file has the first three organisations; `kept15_more.rs` the
//! other three.

use super::kept8::{also, private_mails};
use super::kept9::{date_cell, rows};
use super::office_orgs::{office_letter, people_sheet, signature};
use super::*;

// ============================================================ organisations

/// A judo-therapy clinic (接骨院): the claims agency that files its
/// health-insurance claims (療養費) and the orthopaedic clinic it refers
/// patients to (both exempted for special-care data: a claim and a
/// referral carry the injury), and the dealer it buys tape from. Its
/// patients write from private addresses.
fn sekkotsu_policy() -> Value {
    json!({
        "internal_domains": ["midori-sekkotsu.jp"],
        "partner_domains": {
            "juusei-rece.co.jp": "株式会社柔整レセプトセンター",
            "kawabe-seikei.jp": "医療法人河辺会 河辺整形外科",
            "tape-shoji.co.jp": "テープ商事株式会社"
        },
        "own_names": ["みどり接骨院"],
        "exemptions": [{"recipients": ["juusei-rece.co.jp", "kawabe-seikei.jp"], "rules": ["special_care_external"]}]
    })
}

fn sekkotsu_sig(name: &str, mail: &str) -> String {
    signature("みどり接骨院", name, "〒260-0013 千葉県千葉市中央区中央2-8-14 中央パークビル1F", "043-224-5581", mail)
}

/// A neighbourhood association (自治会): the city's community section,
/// which keeps the register of residents needing help in a disaster with
/// the associations (exempted for special-care data), and the firm that
/// collects the bulky waste. Its officers have the association's domain;
/// its members write from private addresses.
fn jichikai_policy() -> Value {
    json!({
        "internal_domains": ["midorigaoka3.org"],
        "partner_domains": {
            "city.kotoura.lg.jp": "琴浦市",
            "kotoura-kankyo.co.jp": "琴浦環境サービス株式会社"
        },
        "own_names": ["緑ヶ丘三丁目自治会", "自治会"],
        "exemptions": [{"recipients": ["city.kotoura.lg.jp"], "rules": ["special_care_external"]}]
    })
}

fn jichikai_sig(name: &str, mail: &str) -> String {
    signature(
        "緑ヶ丘三丁目自治会",
        name,
        "〒671-0102 琴浦市緑ヶ丘3-1-1 緑ヶ丘三丁目集会所",
        "079-252-0318（集会所）",
        mail,
    )
}

/// A building-maintenance company (ビルメンテナンス): the owner of the
/// office building it runs, the lift maintenance firm and the cleaning
/// firm it subcontracts to. Tenants' facility desks are mailed often.
fn bm_policy() -> Value {
    json!({
        "internal_domains": ["central-bs.co.jp"],
        "partner_domains": {
            "marubishi-fudosan.co.jp": "丸菱不動産株式会社",
            "sky-elevator.co.jp": "スカイエレベーター株式会社",
            "kirei-clean.co.jp": "株式会社キレイクリーン"
        },
        "own_names": ["株式会社セントラルビルサービス", "セントラルビルサービス"]
    })
}

fn bm_sig(name: &str, mail: &str) -> String {
    signature(
        "株式会社セントラルビルサービス 渋谷営業所",
        name,
        "〒150-0002 東京都渋谷区渋谷2-17-5 丸菱渋谷ビル B1F 管理室",
        "03-5412-7780",
        mail,
    )
}

// ==================================================================== cases

/// The fifteenth kept-aside set. Reported, not gated.
pub fn kept_fifteenth_cases() -> Vec<Case> {
    let mut v = Vec::new();
    let mut rng = Rng::new(15_015);
    sekkotsu_cases(&mut v, &mut rng);
    jichikai_cases(&mut v, &mut rng);
    bm_cases(&mut v, &mut rng);
    super::kept15_more::moving_cases(&mut v, &mut rng);
    super::kept15_more::society_cases(&mut v, &mut rng);
    super::kept15_more::dev_cases(&mut v, &mut rng);
    v
}

const INJURIES: &[&str] =
    &["頸部捻挫", "腰部挫傷", "右足関節捻挫", "左肩関節捻挫", "右膝関節捻挫", "背部挫傷", "左手関節捻挫"];

/// The month's claims: patients with their insurance numbers and injuries.
fn claims_sheet(rng: &mut Rng, n: usize) -> Vec<u8> {
    let list = rows(rng, n, 1940, 2010, |rng, i, p| {
        vec![
            Cell::from(format!("2611-{:03}", i + 1)),
            Cell::from(p.full()),
            date_cell(p),
            Cell::from(format!("{}・{}", rng.digits(4), rng.digits(6))),
            Cell::from(*rng.pick(INJURIES)),
            Cell::from(format!("2026/11/{}", rng.range(1, 28))),
            Cell::Number(f64::from(rng.range(2, 12))),
            Cell::Number(f64::from(rng.range(18, 96)) * 100.0),
        ]
    });
    people_sheet(
        "11月請求",
        &["受付番号", "患者氏名", "生年月日", "被保険者記号・番号", "負傷名", "負傷日", "施術日数", "請求額"],
        list,
    )
}

fn sekkotsu_cases(v: &mut Vec<Case>, rng: &mut Rng) {
    use Group::Kept15 as G;
    let history = json!([
        "juusei-rece.co.jp",
        "kawabe-seikei.jp",
        "tape-shoji.co.jp",
        "tanaka.yumi.0412@gmail.com",
        "miwako.tanaka55@yahoo.co.jp",
        "k.nishimura.1979@gmail.com"
    ]);
    let sig = sekkotsu_sig("受付 岡田 真理", "okada@midori-sekkotsu.jp");
    // Everyday: the month's claims (38 patients: insurance numbers,
    // injuries, days treated) to the claims agency that files them, a
    // registered partner exempted for special-care data. Its whole job.
    v.push(
        Case::new(
            "k15_sekkotsu_claims_to_agency",
            G,
            "everyday: the month's health-insurance claims (38 patients: insurance numbers, injuries, days) to the registered claims agency, exempted for special-care data",
            mail(
                "みどり接骨院 岡田 <okada@midori-sekkotsu.jp>",
                &["柔整レセプトセンター 請求課 <seikyu@juusei-rece.co.jp>"],
                "11月分 療養費支給申請データの送付",
                &office_letter(
                    "株式会社柔整レセプトセンター\n請求課 ご担当者様",
                    "みどり接骨院の岡田です。",
                    "11月分の申請データ（38件）をお送りいたします。\n\
                     2611-014 の方は12月から保険証が変わるとのことで、新しい記号・番号は来月分でお知らせします。",
                    &sig,
                ),
            ),
        )
        .policy(sekkotsu_policy())
        .attach("療養費申請_202611.xlsx", claims_sheet(rng, 38))
        .history(history.clone())
        .expect(Allow, &[]),
    );
    // Everyday: a referral to the orthopaedic clinic for an X-ray: one
    // patient, her injury and why a fracture is suspected. The clinic that
    // will treat her, registered and exempted.
    v.push(
        Case::new(
            "k15_sekkotsu_referral_to_orthopaedics",
            G,
            "everyday: a referral of one patient (右足関節捻挫, a fracture suspected) to the registered orthopaedic clinic, exempted for special-care data",
            mail(
                "みどり接骨院 院長 藤本 <fujimoto@midori-sekkotsu.jp>",
                &["河辺整形外科 地域連携 <renkei@kawabe-seikei.jp>"],
                "ご紹介：西村 加奈子 様（右足関節）",
                &office_letter(
                    "河辺整形外科\n河辺 先生",
                    "みどり接骨院の藤本です。",
                    "本日来院の西村 加奈子 様（47歳）をご紹介いたします。\n\
                     12月5日に階段で右足を捻り、右足関節捻挫として施術しましたが、外果の圧痛と腫脹が強く、骨折の疑いが否定できません。\n\
                     X線検査をお願いできますでしょうか。ご本人には明日午前に伺うようお伝えしています。",
                    &sekkotsu_sig("院長 藤本 誠", "fujimoto@midori-sekkotsu.jp"),
                ),
            ),
        )
        .policy(sekkotsu_policy())
        .attach(
            "紹介状_西村様.docx",
            files::docx(&[
                "紹介状",
                "河辺整形外科 河辺 先生 御侍史",
                "患者氏名：西村 加奈子 様（昭和54年3月2日生 47歳 女性）",
                "負傷名：右足関節捻挫（令和8年12月5日 負傷）",
                "経過：階段で右足を内反。外果下部に腫脹・皮下出血、荷重時痛あり。外果の圧痛強く、骨折の疑いあり。",
                "ご高診のほどよろしくお願い申し上げます。",
                "みどり接骨院 柔道整復師 藤本 誠",
            ]),
        )
        .history(history.clone())
        .expect(Allow, &[]),
    );
    // Mis-send: the same claims sheet, greeting the claims agency, sent to
    // the tape dealer (registered, not exempted) by autocomplete on 「株式
    // 会社」: 38 patients' injuries to a firm that has no business with
    // them. Special-care data: block.
    v.push(
        Case::new(
            "k15_sekkotsu_claims_to_tape_dealer",
            G,
            "mis-send: the month's claims (38 patients' insurance numbers and injuries), greeting the claims agency, sent to the registered tape dealer by autocomplete",
            mail(
                "みどり接骨院 岡田 <okada@midori-sekkotsu.jp>",
                &["テープ商事 営業部 <eigyo@tape-shoji.co.jp>"],
                "11月分 療養費支給申請データの送付",
                &office_letter(
                    "株式会社柔整レセプトセンター\n請求課 ご担当者様",
                    "みどり接骨院の岡田です。",
                    "11月分の申請データ（38件）をお送りいたします。ご確認のほどお願いいたします。",
                    &sig,
                ),
            ),
        )
        .policy(sekkotsu_policy())
        .attach("療養費申請_202611.xlsx", claims_sheet(rng, 38))
        .history(history.clone())
        .expect(Block, &[]),
    );
    // Mis-send: advice on her treatment for 田中 美和子, greeting her,
    // sent to 田中 由美 (another patient, mailed before) by autocomplete
    // on 「田中」: one patient's suspected disc hernia to another patient.
    // Written as a block (special-care data to a private address it is not
    // about); corrected after the first run to ask, the convention `kept9`
    // settled and README states: a condition of the person greeted sent to
    // a private namesake mailed before is asked (a family shares addresses;
    // never mailed, it blocks). The decision, not the expectation, was
    // measured: a mis-send caught either way.
    v.push(
        Case::new(
            "k15_sekkotsu_advice_to_other_tanaka",
            G,
            "mis-send: advice for 田中 美和子 様 (腰椎椎間板ヘルニアの疑い, an MRI advised), greeting her, sent to another patient 田中 由美's gmail by autocomplete",
            mail(
                "みどり接骨院 院長 藤本 <fujimoto@midori-sekkotsu.jp>",
                &["田中 由美 <tanaka.yumi.0412@gmail.com>"],
                "Re: 施術についてのご相談",
                &format!(
                    "田中 美和子 様\n\nみどり接骨院の藤本です。ご連絡ありがとうございます。\n\n\
                     先日お話ししたとおり、左脚のしびれが続いていることから、腰椎椎間板ヘルニアの疑いがあります。\n\
                     一度、河辺整形外科でMRI検査を受けていただくことをお勧めします。紹介状をご用意しておきます。\n\
                     それまでの施術は週2回、電気療法と軽い手技のみとさせてください。\n\n{}\n",
                    sekkotsu_sig("院長 藤本 誠", "fujimoto@midori-sekkotsu.jp")
                ),
            ),
        )
        .policy(sekkotsu_policy())
        .history(history.clone())
        .expect(Confirm, &[]),
    );
    // Mis-send: a patient asks by mail to move her appointment; the reply
    // to her (mailed before) carries tomorrow's appointment sheet, attached
    // instead of the clinic's map: 24 patients' names, phones and injuries
    // to a private address. Block.
    let book = rows(rng, 24, 1945, 2012, |rng, i, p| {
        vec![
            Cell::from(format!("{}:{:02}", 9 + i / 3, (i % 3) * 20)),
            Cell::from(p.full()),
            Cell::from(p.mobile.hyphen()),
            Cell::from(*rng.pick(INJURIES)),
            Cell::from(*rng.pick(&["", "初診", "電療のみ", "テーピング", ""])),
        ]
    });
    v.push(
        Case::new(
            "k15_sekkotsu_appointment_sheet_to_patient",
            G,
            "mis-send: a reply to a patient's gmail (mailed before) moving her appointment, with tomorrow's appointment sheet (24 patients' names, mobiles, injuries) attached instead of the map",
            mail(
                "みどり接骨院 岡田 <okada@midori-sekkotsu.jp>",
                &["西村 加奈子 <k.nishimura.1979@gmail.com>"],
                "Re: 予約変更のお願い",
                &format!(
                    "西村 加奈子 様\n\nみどり接骨院の岡田です。\n明日のご予約を11:20に変更いたしました。\n\
                     駐車場の場所を添付しますのでご確認ください。\nお大事になさってください。\n\n{sig}\n"
                ),
            ),
        )
        .policy(sekkotsu_policy())
        .attach("予約表_1208.xlsx", people_sheet("12月8日", &["時間", "氏名", "電話", "負傷名", "メモ"], book))
        .history(history)
        .expect(Block, &[]),
    );
}

fn jichikai_cases(v: &mut Vec<Case>, rng: &mut Rng) {
    use Group::Kept15 as G;
    let members = private_mails(rng, 60);
    let mut history: Vec<String> =
        vec!["city.kotoura.lg.jp".into(), "kotoura-kankyo.co.jp".into(), "kaori.fujii.0321@gmail.com".into()];
    history.extend(members.iter().cloned());
    let sig = jichikai_sig("会長 佐々木 幸子", "kaicho@midorigaoka3.org");
    // Everyday: the clean-up day notice to 60 members in Bcc, all mailed
    // before, with the chair's own mobile as the rain-day contact. The
    // chair's number, given by herself to the members, is no leak.
    v.push(
        also(
            Case::new(
                "k15_jichikai_cleanup_notice_bcc",
                G,
                "everyday: the clean-up day notice to 60 members' private addresses in Bcc (all mailed before), the chair's own mobile given as the rain-day contact",
                mail(
                    "緑ヶ丘三丁目自治会 <kaicho@midorigaoka3.org>",
                    &["kaicho@midorigaoka3.org"],
                    "【自治会】12月13日（日）一斉清掃のお知らせ",
                    &format!(
                        "自治会員の皆様\n\nいつも自治会活動にご協力いただきありがとうございます。\n\
                         年末の一斉清掃を下記のとおり行います。\n\n\
                         日時：12月13日（日）8:30〜10:00（集合 8:20 集会所前）\n\
                         持ち物：軍手、ほうき、ちりとり（ゴミ袋は自治会で用意します）\n\
                         雨天の場合は20日（日）に延期します。当日朝7時までにこのメールでお知らせします。\n\
                         ご不明な点は、会長 佐々木（090-4821-3376）までお電話ください。\n\n{sig}\n"
                    ),
                ),
            ),
            "bcc",
            json!(members),
        )
        .policy(jichikai_policy())
        .history(json!(history))
        .expect(Allow, &[]),
    );
    // Everyday: the crime-prevention patrol report to the city's community
    // section (registered): dates, how many took part, the officer in
    // charge. Nothing about any resident.
    v.push(
        Case::new(
            "k15_jichikai_patrol_report_to_city",
            G,
            "everyday: the winter crime-prevention patrol report (dates, numbers taking part, the officer in charge) to the city's community section, registered",
            mail(
                "緑ヶ丘三丁目自治会 防犯部 高木 <bouhan@midorigaoka3.org>",
                &["琴浦市 市民協働課 <kyodo@city.kotoura.lg.jp>"],
                "防犯パトロール実施報告（11月分）",
                &office_letter(
                    "琴浦市 市民協働課\nご担当者様",
                    "緑ヶ丘三丁目自治会 防犯部の高木です。",
                    "11月分の防犯パトロールの実施報告書を提出いたします。\n\
                     助成金の実績報告にも使わせていただく予定です。",
                    &jichikai_sig("防犯部長 高木 誠", "bouhan@midorigaoka3.org"),
                ),
            ),
        )
        .policy(jichikai_policy())
        .attach(
            "防犯パトロール実施報告_202611.docx",
            files::docx(&[
                "防犯パトロール実施報告書（令和8年11月）",
                "団体名：緑ヶ丘三丁目自治会　実施責任者：防犯部長 高木 誠",
                "実施日：11月7日（土）、14日（土）、21日（土）、28日（土）　各日 19:30〜20:30",
                "参加者数：延べ 46名（1回平均 11.5名）",
                "巡回経路：集会所 → 緑ヶ丘公園 → 第二小学校通学路 → 三丁目バス停 → 集会所",
                "特記事項：緑ヶ丘公園の街灯1基が切れていたため、11月9日に市へ連絡済み。",
            ]),
        )
        .history(json!(history))
        .expect(Allow, &[]),
    );
    // Everyday: a reply to a new member's question (her gmail, mailed
    // before) on the dues and who collects them: her own question
    // answered, the block leader named by surname.
    v.push(
        Case::new(
            "k15_jichikai_dues_reply_to_member",
            G,
            "everyday: a reply to a new member's gmail (mailed before) on the dues, greeting her, naming her block leader by surname",
            mail(
                "緑ヶ丘三丁目自治会 会計 <kaikei@midorigaoka3.org>",
                &["藤井 かおり <kaori.fujii.0321@gmail.com>"],
                "Re: 自治会費について",
                &format!(
                    "藤井様\n\nお問い合わせありがとうございます。自治会 会計の中川です。\n\n\
                     自治会費は月300円で、半年分（1,800円）を4月と10月に班長が集めに伺います。\n\
                     藤井様のお宅は4班で、今年度の班長は山口さんです。10月分は転入月の翌月からで結構ですので、\
                     12月から3月までの4か月分（1,200円）を次回お願いいたします。\n\
                     ゴミステーションの当番表は、班長から回覧板でお届けします。\n\n{}\n",
                    jichikai_sig("会計 中川 由紀", "kaikei@midorigaoka3.org")
                ),
            ),
        )
        .policy(jichikai_policy())
        .history(json!(history))
        .expect(Allow, &[]),
    );
    // The register of residents needing help in a disaster: names,
    // addresses, phones, ages, who lives alone, why help is needed (care
    // levels, wheelchairs, dementia, sight).
    let register = rows(rng, 45, 1928, 1960, |rng, _i, p| {
        vec![
            Cell::from(p.full()),
            Cell::from(format!("緑ヶ丘3-{}-{}", rng.range(1, 24), rng.range(1, 30))),
            Cell::from(p.landline.hyphen()),
            Cell::Number(f64::from(2026 - u32::from(p.birth.0))),
            Cell::from(*rng.pick(&["一人暮らし", "夫婦のみ", "一人暮らし", "家族同居（日中独居）"])),
            Cell::from(*rng.pick(&["要介護2", "車いす使用", "認知症", "視覚障害", "要支援1", "人工透析", "聴覚障害"])),
            Cell::from(format!("長男 {}", rng.pick(&["090-", "080-", "070-"])) + &rng.digits(4) + "-" + &rng.digits(4)),
        ]
    });
    let register_file =
        people_sheet("名簿", &["氏名", "住所", "電話", "年齢", "世帯", "支援が必要な理由", "緊急連絡先"], register);
    // Mis-send: the register, meant for the disaster-prevention team,
    // attached to a reply to all on the drill's thread, whose To holds 20
    // members' private addresses. Special-care data of 45 residents to
    // private addresses: block.
    let to: Vec<String> = members.iter().take(20).cloned().collect();
    let to_refs: Vec<&str> = to.iter().map(String::as_str).collect();
    v.push(
        Case::new(
            "k15_jichikai_register_reply_all_members",
            G,
            "mis-send: the register of 45 residents needing help in a disaster (care levels, wheelchairs, dementia, phones) attached to a reply to all on the drill thread, 20 members' private addresses in To",
            mail(
                "緑ヶ丘三丁目自治会 防災部 <bousai@midorigaoka3.org>",
                &to_refs,
                "Re: 防災訓練（12/13）の役割分担",
                &format!(
                    "皆様\n\n防災部の石田です。役割分担のご返信ありがとうございました。\n\
                     安否確認の担当の方は、添付の名簿で担当のお宅を確認しておいてください。\n\
                     名簿は訓練後に削除をお願いします。\n\n{}\n",
                    jichikai_sig("防災部 石田 浩二", "bousai@midorigaoka3.org")
                ),
            ),
        )
        .policy(jichikai_policy())
        .attach("要援護者名簿_三丁目.xlsx", register_file.clone())
        .history(json!(history))
        .expect(Block, &[]),
    );
    // Mis-send: the same register, due to the city under its ordinance
    // (exempted), typed to city.kotoura.ig.jp: one letter off the city's
    // lg.jp, a domain no agreement covers. Block.
    v.push(
        Case::new(
            "k15_jichikai_register_to_city_typo",
            G,
            "mis-send: the register of 45 residents needing help in a disaster, due to the city (exempted), sent to city.kotoura.ig.jp, one letter off lg.jp",
            mail(
                "緑ヶ丘三丁目自治会 防災部 <bousai@midorigaoka3.org>",
                &["琴浦市 危機管理課 <kikikanri@city.kotoura.ig.jp>"],
                "避難行動要支援者名簿（三丁目）の提出",
                &office_letter(
                    "琴浦市 危機管理課\nご担当者様",
                    "緑ヶ丘三丁目自治会 防災部の石田です。",
                    "12月更新分の名簿を提出いたします。転出2名、新規3名を反映しています。",
                    &jichikai_sig("防災部 石田 浩二", "bousai@midorigaoka3.org"),
                ),
            ),
        )
        .policy(jichikai_policy())
        .attach("要援護者名簿_三丁目.xlsx", register_file)
        .history(json!(history))
        .expect(Block, &[]),
    );
}

fn bm_cases(v: &mut Vec<Case>, rng: &mut Rng) {
    use Group::Kept15 as G;
    let tenants = [
        "nordic-trade.com",
        "shibuya-law.jp",
        "aoi-design.co.jp",
        "kizuna-hoken.co.jp",
        "tecmo-soft.co.jp",
        "hanamura-tax.jp",
    ];
    let mut history: Vec<String> =
        vec!["marubishi-fudosan.co.jp".into(), "sky-elevator.co.jp".into(), "kirei-clean.co.jp".into()];
    history.extend(tenants.iter().map(|s| (*s).to_owned()));
    let sig = bm_sig("設備担当 杉山 亮", "sugiyama@central-bs.co.jp");
    // Everyday: the month's inspection report to the building's owner:
    // equipment, readings, findings, the resident manager named with the
    // building office's phone. No one's personal data.
    let t = |s: &str| Cell::from(s);
    let mut report = vec![
        vec![t("丸菱渋谷ビル 設備点検報告書 2026年11月")],
        super::generators::header(&["設備", "点検項目", "点検日", "結果", "測定値", "備考"]),
    ];
    for (eq, item, val) in [
        ("受変電設備", "絶縁抵抗測定", "2.4MΩ"),
        ("空調機 AHU-1", "フィルター差圧", "118Pa"),
        ("空調機 AHU-2", "フィルター差圧", "132Pa"),
        ("給水ポンプ", "吐出圧力", "0.42MPa"),
        ("受水槽", "残留塩素", "0.4mg/L"),
        ("非常用発電機", "無負荷運転", "10分"),
        ("排水槽", "水位警報動作", "正常"),
        ("自動火災報知設備", "感知器作動試験（3F）", "正常"),
    ] {
        report.push(vec![
            t(eq),
            t(item),
            Cell::from(format!("2026/11/{}", rng.range(2, 27))),
            t("良"),
            t(val),
            t(if eq == "空調機 AHU-2" { "フィルター交換を12月に予定" } else { "" }),
        ]);
    }
    v.push(
        Case::new(
            "k15_bm_inspection_report_to_owner",
            G,
            "everyday: the month's equipment inspection report (readings, findings) to the building's owner, registered; the resident manager named with the building office's phone",
            mail(
                "セントラルビルサービス 杉山 <sugiyama@central-bs.co.jp>",
                &["丸菱不動産 ビル運営部 中山 <nakayama@marubishi-fudosan.co.jp>"],
                "丸菱渋谷ビル 11月度 設備点検報告書",
                &office_letter(
                    "丸菱不動産株式会社\nビル運営部 中山様",
                    "セントラルビルサービスの杉山です。",
                    "11月度の設備点検報告書をお送りいたします。\n\
                     AHU-2のフィルター差圧が上がってきておりますので、12月の定期清掃に合わせて交換いたします。\n\
                     夜間・休日の緊急時は、常駐管理人の石井（管理室 03-5412-7780）までご連絡ください。",
                    &sig,
                ),
            ),
        )
        .policy(bm_policy())
        .attach("設備点検報告書_202611.xlsx", files::xlsx(&[Sheet::new("11月", report)]))
        .history(json!(history))
        .expect(Allow, &[]),
    );
    // Everyday: the lift inspection schedule to the lift firm, the owner in
    // Cc, both greeted: dates, hours, which car stops, who attends.
    v.push(
        also(
            Case::new(
                "k15_bm_lift_schedule_owner_cc",
                G,
                "everyday: the lift inspection schedule to the registered lift firm, the owner in Cc, both greeted: dates, hours, cars stopped, who attends",
                mail(
                    "セントラルビルサービス 杉山 <sugiyama@central-bs.co.jp>",
                    &["スカイエレベーター 保守課 藤田 <fujita@sky-elevator.co.jp>"],
                    "12月 昇降機定期検査の日程について",
                    &office_letter(
                        "スカイエレベーター株式会社 保守課 藤田様\n（cc：丸菱不動産株式会社 中山様）",
                        "セントラルビルサービスの杉山です。",
                        "12月の定期検査は、テナント様との調整の結果、下記で確定いたしました。\n\
                         ・1号機　12月15日(火) 9:00〜12:00\n\
                         ・2号機　12月15日(火) 13:00〜16:00\n\
                         当日は管理人の石井が立ち会います。停止中の館内掲示は当社で用意いたします。",
                        &sig,
                    ),
                ),
            ),
            "cc",
            json!(["丸菱不動産 ビル運営部 中山 <nakayama@marubishi-fudosan.co.jp>"]),
        )
        .policy(bm_policy())
        .history(json!(history))
        .expect(Allow, &[]),
    );
    // Everyday: in English, the power outage for the legal inspection of
    // the substation, to a tenant's facility desk (mailed before).
    v.push(
        Case::new(
            "k15_bm_outage_notice_english_tenant",
            G,
            "everyday: an English notice of the substation inspection's power outage to a tenant's facility desk, mailed before",
            mail(
                "Central Building Service <sugiyama@central-bs.co.jp>",
                &["Facilities Team <facilities@nordic-trade.com>"],
                "Power outage on Saturday, December 19 (annual electrical inspection)",
                "Dear Facilities Team,\n\n\
                 This is Ryo Sugiyama of Central Building Service, the building manager of Marubishi Shibuya Building.\n\n\
                 For the annual statutory inspection of the building's substation, the power supply to all floors \
                 will be shut off on Saturday, December 19, from 8:00 to 14:00. Lifts, air conditioning and the \
                 security gates will stop during this time.\n\n\
                 Please shut down your servers before 7:45 and let us know by December 16 if you need the \
                 building entrance opened for your staff.\n\n\
                 Best regards,\n\nRyo Sugiyama\nCentral Building Service Co., Ltd.\n\
                 Building Office B1F, Marubishi Shibuya Building\nTel: +81-3-5412-7780\n",
            ),
        )
        .policy(bm_policy())
        .history(json!(history))
        .expect(Allow, &[]),
    );
    // Mis-send: the cleaning staff roster (18 people: birth dates, home
    // addresses, mobiles, emergency contacts), written to the company's
    // own 山田 in admin (「山田さん／お疲れ様です」), sent to the owner's
    // 山田 by autocomplete. Ordinary personal data to a registered
    // partner: ask.
    let roster = rows(rng, 18, 1950, 2000, |rng, _i, p| {
        let kin = p.relative(rng, !p.female, 1948, 2002);
        vec![
            Cell::from(p.full()),
            date_cell(p),
            Cell::from(p.home.full()),
            Cell::from(p.mobile.hyphen()),
            Cell::from(format!("{}（配偶者）{}", kin.full(), kin.mobile.hyphen())),
            Cell::from(*rng.pick(&["パート", "パート", "契約社員"])),
        ]
    });
    v.push(
        Case::new(
            "k15_bm_staff_roster_to_owner_yamada",
            G,
            "mis-send: the cleaning staff roster (18 people: birth dates, home addresses, mobiles, emergency contacts), written to the company's own 山田 in admin, sent to the owner's 山田 by autocomplete",
            mail(
                "セントラルビルサービス 杉山 <sugiyama@central-bs.co.jp>",
                &["丸菱不動産 山田 健 <k.yamada@marubishi-fudosan.co.jp>"],
                "清掃スタッフ名簿（12月更新）",
                &format!(
                    "山田さん\n\nお疲れ様です。杉山です。\n\
                     渋谷の清掃スタッフ名簿を12月時点に更新しました。新規2名の雇用契約書は明日持っていきます。\n\
                     社会保険の手続きをお願いします。\n\n{sig}\n"
                ),
            ),
        )
        .policy(bm_policy())
        .attach(
            "清掃スタッフ名簿_202612.xlsx",
            people_sheet("名簿", &["氏名", "生年月日", "住所", "携帯", "緊急連絡先", "雇用区分"], roster),
        )
        .history(json!(history))
        .expect(Confirm, &[]),
    );
    // Mis-send: the water outage notice to the facility contacts of 32
    // tenants, all in To instead of Bcc: each tenant sees the others'
    // contacts (32 organisations, mailed before). Ask.
    let contacts: Vec<String> = (0..32)
        .map(|i| {
            let co = [
                "nordic-trade.com",
                "shibuya-law.jp",
                "aoi-design.co.jp",
                "kizuna-hoken.co.jp",
                "tecmo-soft.co.jp",
                "hanamura-tax.jp",
            ];
            if i < co.len() {
                format!("soumu@{}", co[i])
            } else {
                format!("info@tenant{:02}-{}.co.jp", i, rng.chars_of("abcdefghkmnprstuwyz", 5))
            }
        })
        .collect();
    let mut h2 = history.clone();
    h2.extend(contacts.iter().map(|a| a.split('@').nth(1).unwrap_or_default().to_owned()));
    let to_refs: Vec<&str> = contacts.iter().map(String::as_str).collect();
    v.push(
        Case::new(
            "k15_bm_water_outage_32_tenants_in_to",
            G,
            "mis-send: the water outage notice to 32 tenants' facility contacts (32 organisations, mailed before) all in To instead of Bcc",
            mail(
                "セントラルビルサービス 杉山 <sugiyama@central-bs.co.jp>",
                &to_refs,
                "【丸菱渋谷ビル】12月20日（日）断水のお知らせ",
                &format!(
                    "テナント各位\n\nいつも丸菱渋谷ビルをご利用いただきありがとうございます。\n\
                     受水槽清掃のため、12月20日（日）9:00〜15:00 は全館断水となります。\n\
                     この間、トイレ・給湯室はご利用いただけません。ご不便をおかけしますがご協力をお願いいたします。\n\n{sig}\n"
                ),
            ),
        )
        .policy(bm_policy())
        .history(json!(h2))
        .expect(Confirm, &[]),
    );
}

//! Issue 21, the thirteenth kept-aside set: 30 whole messages of six
//! organisations unlike those of the earlier sets (a payroll outsourcing
//! bureau, an eye clinic, a care-equipment rental firm, a chamber of
//! commerce, a music school and a securities firm's branch), 15 everyday
//! mails and 15 mis-sends. Written, with every expected decision, before
//! it was first run, and committed before that run; each case says the
//! mistake it models (or why it is everyday) and why its decision is the
//! one a careful security officer would take. Reported, not gated.
//!
//! First run (9e81b01, before any change made for it): 29 of 30 pass; 1
//! of 15 everyday mails warned about (asked), 0 of 15 mis-sends missed,
//! none caught at another strength.
//! - Warned wrongly: the payroll bureau's year-end adjustment notice to its
//!   clients' HR in Bcc, opening 「お取引先 人事・給与ご担当者様」: the
//!   generic 「お取引先」 read as an organisation no recipient is at
//!   (`salutation_mismatch`).
//! - Caught, but by less than it should be: the securities branch's trade
//!   report greeting 「吉川 隆 様」 sent to 「吉川 隆之」 was asked only as
//!   a first mail to a private address (`free_mail`, `first_time_domain`);
//!   the greeting was not compared with the display name, so the same
//!   slip to a namesake mailed before would pass.
//!
//! Tuned on since (dca2839, and 4f4de15, 4698374, 3c2acbf and after from
//! probing everyday mails outside the set; each change with its pair in
//! `tests/check/kept13_pairs.rs`), so the set is no longer held out: after,
//! 0 of 15 and 0 of 15, all at the expected strength; no other set's
//! decisions or fired rules changed.
//!
//! This file has the first three organisations; `kept13_more.rs` the
//! other three.

use super::kept8::also;
use super::kept9::{date_cell, rows};
use super::office_orgs::{office_letter, people_sheet, signature};
use super::*;

// ============================================================ organisations

/// A payroll outsourcing bureau (給与計算代行): two client companies whose
/// payroll it runs (their HR sections send and receive My Numbers, an
/// exemption the bureau has set), and the 社労士 it works with on social
/// insurance.
fn payroll_policy() -> Value {
    json!({
        "internal_domains": ["kyuyo-partners.co.jp"],
        "partner_domains": {
            "tokai-seimitsu.co.jp": "東海精密工業株式会社",
            "marufuku-foods.co.jp": "株式会社まるふく食品",
            "hayashi-sr.jp": "林社会保険労務士事務所"
        },
        "own_names": ["株式会社給与パートナーズ", "給与パートナーズ"],
        "exemptions": [{"recipients": ["tokai-seimitsu.co.jp", "marufuku-foods.co.jp", "hayashi-sr.jp"], "rules": ["my_number_external"]}]
    })
}

fn payroll_sig(name: &str, mail: &str) -> String {
    signature(
        "株式会社給与パートナーズ 給与計算部",
        name,
        "〒460-0008 愛知県名古屋市中区栄2-9-26 栄ミナミビル6F",
        "052-211-7380",
        mail,
    )
}

/// An eye clinic: the university hospital it refers cataract and glaucoma
/// surgery to (special-care data exempted for it, as the clinic set up),
/// its contact-lens supplier and the optician that makes glasses from its
/// prescriptions.
fn eye_policy() -> Value {
    json!({
        "internal_domains": ["hikari-ganka.jp"],
        "partner_domains": {
            "fujimi-univ-hp.jp": "富士見大学病院",
            "lens-supply.co.jp": "株式会社レンズサプライ",
            "megane-aoyama.co.jp": "メガネのアオヤマ株式会社"
        },
        "own_names": ["医療法人ひかり会", "ひかり眼科クリニック"],
        "exemptions": [{"recipients": ["fujimi-univ-hp.jp"], "rules": ["special_care_external"]}]
    })
}

fn eye_sig(name: &str, mail: &str) -> String {
    signature(
        "医療法人ひかり会 ひかり眼科クリニック",
        name,
        "〒206-0033 東京都多摩市落合1-46-1 ココリア多摩センター4F",
        "042-357-6610",
        mail,
    )
}

/// A care-equipment rental firm (福祉用具貸与事業所): the care managers'
/// offices that put its rentals in their users' care plans (special-care
/// data exempted for them and for the city's long-term care section), and
/// the wholesaler that delivers and collects beds and wheelchairs.
fn rental_policy() -> Value {
    json!({
        "internal_domains": ["ayumi-fukushi.co.jp"],
        "partner_domains": {
            "care-hinata.jp": "居宅介護支援事業所ひなた",
            "kyotaku-midori.jp": "みどり居宅介護支援センター",
            "care-rental-oroshi.co.jp": "株式会社ケアレンタル卸",
            "city.kakogawa.lg.jp": "加古川市"
        },
        "own_names": ["株式会社あゆみ福祉用具", "あゆみ福祉用具"],
        "exemptions": [{"recipients": ["care-hinata.jp", "kyotaku-midori.jp", "city.kakogawa.lg.jp"], "rules": ["special_care_external"]}]
    })
}

fn rental_sig(name: &str, mail: &str) -> String {
    signature(
        "株式会社あゆみ福祉用具 加古川営業所",
        name,
        "〒675-0031 兵庫県加古川市加古川町北在家2318",
        "079-421-5562",
        mail,
    )
}

// ==================================================================== cases

/// The thirteenth kept-aside set. Reported, not gated.
pub fn kept_thirteenth_cases() -> Vec<Case> {
    let mut v = Vec::new();
    let mut rng = Rng::new(13_013);
    payroll_cases(&mut v, &mut rng);
    eye_cases(&mut v, &mut rng);
    rental_cases(&mut v, &mut rng);
    super::kept13_more::chamber_cases(&mut v, &mut rng);
    super::kept13_more::music_cases(&mut v, &mut rng);
    super::kept13_more::securities_cases(&mut v, &mut rng);
    v
}

/// A client's monthly payroll register: a title naming the client, then
/// one row per employee with pay and deductions.
fn payroll_register(rng: &mut Rng, client: &str, n: usize) -> Vec<u8> {
    let t = |s: &str| Cell::from(s);
    let mut all = vec![
        vec![t(&format!("{client} 2026年11月分 給与一覧表"))],
        vec![t("支給日 2026/11/25　作成：株式会社給与パートナーズ")],
        super::generators::header(&[
            "社員番号",
            "氏名",
            "所属",
            "基本給",
            "時間外手当",
            "総支給額",
            "健康保険",
            "厚生年金",
            "所得税",
            "住民税",
            "差引支給額",
        ]),
    ];
    all.extend(rows(rng, n, 1962, 2003, |rng, i, p| {
        let base = f64::from(rng.range(190, 420)) * 1000.0;
        let ot = f64::from(rng.range(0, 80)) * 1000.0;
        let gross = base + ot;
        let (ken, nen) = ((gross * 0.05).round(), (gross * 0.0915).round());
        let (tax, jumin) = ((gross * 0.03).round(), f64::from(rng.range(8, 30)) * 1000.0);
        vec![
            Cell::from(format!("{}", 2001 + i)),
            Cell::from(p.full()),
            Cell::from(*rng.pick(&["製造部", "品質管理部", "営業部", "総務部", "技術部"])),
            Cell::Number(base),
            Cell::Number(ot),
            Cell::Number(gross),
            Cell::Number(ken),
            Cell::Number(nen),
            Cell::Number(tax),
            Cell::Number(jumin),
            Cell::Number(gross - ken - nen - tax - jumin),
        ]
    }));
    files::xlsx(&[Sheet::new("給与一覧", all)])
}

fn payroll_cases(v: &mut Vec<Case>, rng: &mut Rng) {
    use Group::Kept13 as G;
    let history =
        json!(["tokai-seimitsu.co.jp", "marufuku-foods.co.jp", "hayashi-sr.jp", "kenji.fujimoto.0412@gmail.com"]);
    let sig = payroll_sig("給与計算部 岡田 美穂", "okada@kyuyo-partners.co.jp");
    let register = payroll_register(rng, "東海精密工業株式会社", 45);
    // Everyday: the bureau returns November's payroll register to the
    // client's HR, the company whose employees it lists and that
    // commissioned it. Pay columns of 45 people, but to the organisation
    // that owns them: what the contract is for.
    v.push(
        Case::new(
            "k13_payroll_register_to_client_hr",
            G,
            "everyday: November's payroll register (45 employees' pay and deductions), titled with the client's name, returned to that client's HR, a registered partner",
            mail(
                "給与パートナーズ 岡田 <okada@kyuyo-partners.co.jp>",
                &["東海精密工業 人事部 給与担当 <kyuyo@tokai-seimitsu.co.jp>"],
                "【東海精密工業様】11月分 給与計算結果のご送付",
                &office_letter(
                    "東海精密工業株式会社\n人事部 給与ご担当者様",
                    "給与パートナーズの岡田です。",
                    "11月分の給与計算が完了しましたので、給与一覧表をお送りいたします。\n\
                     支給日：11月25日(水)　振込データは別途、ファームバンキング用にお送りします。\n\
                     今月は時間外手当の単価改定（10月締め分から）を反映しております。\n\
                     内容をご確認のうえ、11月20日(金)までにご承認をお願いいたします。",
                    &sig,
                ),
            ),
        )
        .policy(payroll_policy())
        .attach("東海精密工業様_2026年11月分_給与一覧表.xlsx", register.clone())
        .history(history.clone())
        .expect(Allow, &[]),
    );
    // Everyday: the year-end adjustment notice to the clients' HR contacts
    // in Bcc: which forms to collect, 「マイナンバー記載欄」 and
    // 「障害者控除」「ひとり親控除」 as the forms' own headings. Nothing
    // about anyone.
    v.push(
        also(
            Case::new(
                "k13_payroll_year_end_notice_bcc",
                G,
                "everyday: the year-end adjustment notice to the clients' HR contacts in Bcc, naming the forms (マイナンバー記載欄, 障害者控除, ひとり親控除) as headings, about no one",
                mail(
                    "給与パートナーズ 岡田 <okada@kyuyo-partners.co.jp>",
                    &["okada@kyuyo-partners.co.jp"],
                    "【ご案内】令和8年分 年末調整の書類回収について",
                    &format!(
                        "お取引先 人事・給与ご担当者様\n\nいつもお世話になっております。給与パートナーズの岡田です。\n\
                         本年も年末調整の時期となりました。下記の書類を12月4日(金)までに従業員の皆様から回収のうえ、当社へお送りください。\n\n\
                         ・給与所得者の扶養控除等（異動）申告書（令和9年分）：マイナンバー記載欄は、前年から変更がない場合は省略可\n\
                         ・基礎控除申告書 兼 配偶者控除等申告書 兼 所得金額調整控除申告書\n\
                         ・保険料控除申告書（生命保険料・地震保険料の控除証明書を添付）\n\
                         ・障害者控除、寡婦控除、ひとり親控除に該当する方は、申告書の該当欄へのご記入をご案内ください\n\n\
                         書類の送付は、いつものとおり暗号化した共有フォルダでお願いいたします。\n\n{sig}\n"
                    ),
                ),
            ),
            "bcc",
            json!(["kyuyo@tokai-seimitsu.co.jp", "soumu@marufuku-foods.co.jp"]),
        )
        .policy(payroll_policy())
        .history(history.clone())
        .expect(Allow, &[]),
    );
    // Everyday: a question to the registered 社労士 on how to treat two
    // client employees' social insurance: one on sick leave (傷病手当金),
    // one on maternity leave. Named, with leave as a status and no
    // condition; to the 社労士 who files their papers.
    v.push(
        Case::new(
            "k13_payroll_leave_question_to_sr",
            G,
            "everyday: to the registered 社労士, how to treat two client employees' premiums (one on sick leave with 傷病手当金, one on maternity leave): leave as a status, no condition named",
            mail(
                "給与パートナーズ 岡田 <okada@kyuyo-partners.co.jp>",
                &["林社会保険労務士事務所 林 <hayashi@hayashi-sr.jp>"],
                "まるふく食品様 休職者・産休者の社会保険料の扱いについて",
                &office_letter(
                    "林社会保険労務士事務所\n林先生",
                    "給与パートナーズの岡田です。",
                    "まるふく食品様の12月分給与について、2点ご相談です。\n\
                     1. 製造部 佐藤 健二 さん：11月16日から傷病休職中で、傷病手当金を申請される予定です。休職中の社会保険料本人負担分は、会社立替のうえ翌月請求とする理解でよろしいでしょうか。\n\
                     2. 総務部 山口 里奈 さん：12月1日から産前休業に入られます。産前産後休業取得者申出書の提出をお願いできますでしょうか。\n\
                     お手数ですが、12月3日までにご教示いただけますと幸いです。",
                    &sig,
                ),
            ),
        )
        .policy(payroll_policy())
        .history(history.clone())
        .expect(Allow, &[]),
    );
    // Mis-send: the same register, titled 東海精密工業 and greeting its HR,
    // sent to the other client's HR (まるふく食品, registered) by
    // autocomplete on 「給与」. 45 people's pay to a company with nothing
    // to do with them: the sender must look (the file and the greeting name
    // the other client).
    v.push(
        Case::new(
            "k13_payroll_register_to_other_client",
            G,
            "mis-send: 東海精密工業's payroll register (45 employees' pay), greeting its HR, sent to the other client まるふく食品's HR by autocomplete",
            mail(
                "給与パートナーズ 岡田 <okada@kyuyo-partners.co.jp>",
                &["まるふく食品 総務部 <soumu@marufuku-foods.co.jp>"],
                "【東海精密工業様】11月分 給与計算結果のご送付",
                &office_letter(
                    "東海精密工業株式会社\n人事部 給与ご担当者様",
                    "給与パートナーズの岡田です。",
                    "11月分の給与計算が完了しましたので、給与一覧表をお送りいたします。\n\
                     内容をご確認のうえ、11月20日(金)までにご承認をお願いいたします。",
                    &sig,
                ),
            ),
        )
        .policy(payroll_policy())
        .attach("東海精密工業様_2026年11月分_給与一覧表.xlsx", register)
        .history(history.clone())
        .expect(Confirm, &[]),
    );
    // Mis-send: a まるふく食品 employee asked (from his gmail, mailed
    // before) for a copy of his withholding slip; the reply attaches the
    // whole company's withholding summary, 38 employees with their My
    // Numbers. My Numbers to a private address: block.
    let t = |s: &str| Cell::from(s);
    let mut slips = vec![
        vec![t("株式会社まるふく食品 令和7年分 源泉徴収簿 集計表")],
        super::generators::header(&[
            "社員番号",
            "氏名",
            "個人番号",
            "支払金額",
            "給与所得控除後",
            "源泉徴収税額",
            "扶養人数",
        ]),
    ];
    slips.extend(rows(rng, 38, 1960, 2002, |rng, i, p| {
        let pay = f64::from(rng.range(2800, 7200)) * 1000.0;
        vec![
            Cell::from(format!("M{:04}", 101 + i)),
            Cell::from(p.full()),
            Cell::from(pp::my_number(rng)),
            Cell::Number(pay),
            Cell::Number((pay * 0.72).round()),
            Cell::Number((pay * 0.031).round()),
            Cell::Number(f64::from(rng.range(0, 3))),
        ]
    }));
    v.push(
        Case::new(
            "k13_payroll_slip_reply_with_all_my_numbers",
            G,
            "mis-send: a reply to a client employee's gmail (mailed before) who asked for his own withholding slip, attaching the company's summary of 38 employees with My Numbers",
            mail(
                "給与パートナーズ 岡田 <okada@kyuyo-partners.co.jp>",
                &["藤本 健司 <kenji.fujimoto.0412@gmail.com>"],
                "Re: 源泉徴収票の再発行のお願い",
                &format!(
                    "藤本 健司 様\n\nまるふく食品様の給与計算を担当しております、給与パートナーズの岡田です。\n\
                     総務部様からご依頼をいただき、令和7年分の源泉徴収票を添付にてお送りいたします。\n\
                     住宅ローンのお手続きにご利用ください。\n\n{sig}\n"
                ),
            ),
        )
        .policy(payroll_policy())
        .attach("源泉徴収簿集計_令和7年.xlsx", files::xlsx(&[Sheet::new("集計", slips)]))
        .history(history.clone())
        .expect(Block, &[]),
    );
    // Mis-send: a mail from 「東海精密工業 人事部」 asked for the bonus
    // register early; it came from tokai-seimltsu.co.jp (l for i). The
    // reply sends 45 people's bonuses to a stranger: block.
    let bonus = payroll_register(rng, "東海精密工業株式会社", 45);
    v.push(
        Case::new(
            "k13_payroll_bonus_to_lookalike_client",
            G,
            "mis-send: the client's bonus register replied to tokai-seimltsu.co.jp, a look-alike of the registered client's domain (l for i)",
            mail(
                "給与パートナーズ 岡田 <okada@kyuyo-partners.co.jp>",
                &["東海精密工業 人事部 <jinji@tokai-seimltsu.co.jp>"],
                "Re: 【至急】冬季賞与一覧の前倒し送付のお願い",
                &office_letter(
                    "東海精密工業株式会社\n人事部 ご担当者様",
                    "給与パートナーズの岡田です。",
                    "ご依頼の冬季賞与の計算結果を前倒しでお送りいたします。\n支給日は12月10日(木)の予定です。",
                    &sig,
                ),
            ),
        )
        .policy(payroll_policy())
        .attach("東海精密工業様_冬季賞与一覧.xlsx", bonus)
        .history(history)
        .expect(Block, &["lookalike_domain"]),
    );
}

fn eye_cases(v: &mut Vec<Case>, rng: &mut Rng) {
    use Group::Kept13 as G;
    let history = json!([
        "fujimi-univ-hp.jp",
        "lens-supply.co.jp",
        "megane-aoyama.co.jp",
        "kazuko.kinoshita.52@gmail.com",
        "kinoshita.kazumi0719@gmail.com"
    ]);
    let sig = eye_sig("医療事務 松井 由香", "uketsuke@hikari-ganka.jp");
    // Everyday: a cataract referral to the university hospital the clinic
    // refers surgery to, exempted for special-care data in the clinic's own
    // policy: a named patient's diagnosis to the surgeon who will treat it.
    v.push(
        Case::new(
            "k13_eye_referral_to_university",
            G,
            "everyday: a named patient's cataract referral (診療情報提供書 with diagnosis and drugs) to the university hospital the clinic's policy exempts for special-care data",
            mail(
                "ひかり眼科クリニック 松井 <uketsuke@hikari-ganka.jp>",
                &["富士見大学病院 地域医療連携室 <renkei@fujimi-univ-hp.jp>"],
                "診療情報提供書の送付（原田 幸子 様）",
                &office_letter(
                    "富士見大学病院\n地域医療連携室 御中",
                    "ひかり眼科クリニックの松井です。",
                    "眼科 白内障外来へのご紹介をお願いしたく、院長 高木の診療情報提供書をお送りいたします。\n\
                     患者様には、初診の予約をご自身でお取りいただくようお伝えしております。",
                    &sig,
                ),
            ),
        )
        .policy(eye_policy())
        .attach(
            "診療情報提供書_原田幸子様.docx",
            files::docx(&[
                "診療情報提供書",
                "富士見大学病院 眼科 担当医 先生 御侍史",
                "患者氏名：原田 幸子 様（昭和24年6月3日生、77歳）",
                "傷病名：両眼 白内障（右 Emery-Little 3度）、高眼圧症",
                "紹介目的：右眼 白内障手術のご高配をお願いいたします",
                "現在の処方：ラタノプロスト点眼液 両眼1日1回。抗凝固薬（ワルファリン）内服中（内科 処方）",
                "視力：右 0.3（0.5）左 0.7（1.0）",
                "ひかり眼科クリニック 院長 高木 聡",
            ]),
        )
        .history(history.clone())
        .expect(Allow, &[]),
    );
    // Everyday: a reply to a patient's own gmail (mailed before) greeting
    // her by the name on it: the date of her own pre-surgery exam and what
    // to do about her own blood thinner. Hers, to her.
    v.push(
        Case::new(
            "k13_eye_reply_to_patient_own_surgery",
            G,
            "everyday: a reply to a patient's gmail (mailed before), greeting her by the name it carries, on her own cataract pre-surgery exam and her blood thinner",
            mail(
                "ひかり眼科クリニック 松井 <uketsuke@hikari-ganka.jp>",
                &["木下 和子 <kazuko.kinoshita.52@gmail.com>"],
                "Re: 手術前検査の日程について",
                &format!(
                    "木下 和子 様\n\nお問い合わせありがとうございます。ひかり眼科クリニックの松井です。\n\
                     左眼の白内障手術前の検査は、1月12日(火) 14:00 からでご予約をお取りしました。散瞳検査がありますので、お車の運転はお控えください。\n\
                     ワーファリンは、内科の先生の指示があるまでは中止せずに服用を続けてください。\n\
                     当日は保険証とお薬手帳をお持ちください。\n\n{sig}\n"
                ),
            ),
        )
        .policy(eye_policy())
        .history(history.clone())
        .expect(Allow, &[]),
    );
    // Everyday: the monthly contact-lens order to the registered supplier:
    // four patients' lenses to be delivered to the clinic, by name so the
    // boxes can be handed over. Names and lens powers, no condition, no
    // contact, fewer than five people, to the supplier that ships them.
    v.push(
        Case::new(
            "k13_eye_lens_order_to_supplier",
            G,
            "everyday: the contact-lens order to the registered supplier: four patients' names with lens base curve and power, delivered to the clinic",
            mail(
                "ひかり眼科クリニック 松井 <uketsuke@hikari-ganka.jp>",
                &["レンズサプライ 受注センター <order@lens-supply.co.jp>"],
                "コンタクトレンズ発注（12月第1週）",
                &office_letter(
                    "株式会社レンズサプライ\n受注センター 御中",
                    "ひかり眼科クリニックの松井です。",
                    "下記のとおり発注いたします。納品先は当院です。\n\
                     1. 大野 美咲 様　ワンデー アクエア　BC8.5 PWR-3.25 / -3.50　各3箱\n\
                     2. 村田 翔 様　2ウィーク プレミオ　BC8.6 PWR-5.00 / -4.75　各2箱\n\
                     3. 杉山 恵 様　ワンデー トーリック　BC8.4 PWR-2.00 CYL-0.75 AX180　3箱\n\
                     4. 川口 健 様　ワンデー アクエア　BC8.5 PWR-1.50 / -1.75　各6箱\n\
                     12月8日(火)着でお願いいたします。",
                    &sig,
                ),
            ),
        )
        .policy(eye_policy())
        .history(history.clone())
        .expect(Allow, &[]),
    );
    // Mis-send: the glaucoma patients' follow-up list (35 patients: ID,
    // name, birth date, phone, diagnosis, eye pressure, next visit) meant
    // for the clinic's own nurse 青山, written as to a colleague, sent to
    // the optician メガネのアオヤマ (registered) by autocomplete on
    // 「あおやま」. A diagnosis column to a shop: block.
    let follow = rows(rng, 35, 1938, 1975, |rng, i, p| {
        vec![
            Cell::from(format!("{}", 40_210 + i * 7)),
            Cell::from(p.full()),
            date_cell(p),
            Cell::from(p.mobile.hyphen()),
            Cell::from(*rng.pick(&["原発開放隅角緑内障", "正常眼圧緑内障", "高眼圧症", "続発緑内障"])),
            Cell::Number(f64::from(rng.range(12, 28))),
            Cell::from(format!("2027/1/{}", rng.range(5, 30))),
        ]
    });
    v.push(
        Case::new(
            "k13_eye_glaucoma_list_to_optician",
            G,
            "mis-send: 35 glaucoma patients' follow-up list (birth dates, phones, diagnoses, eye pressure) meant for the clinic's nurse 青山, sent to the registered optician メガネのアオヤマ by autocomplete",
            mail(
                "ひかり眼科クリニック 松井 <uketsuke@hikari-ganka.jp>",
                &["メガネのアオヤマ 多摩センター店 <tama@megane-aoyama.co.jp>"],
                "緑内障 定期受診リスト（1月分）",
                &format!(
                    "青山さん\n\nお疲れ様です。受付の松井です。\n1月に定期受診予定の緑内障の患者さんのリストです。\n\
                     受診が途切れている方に電話をお願いします。\n\n{sig}\n"
                ),
            ),
        )
        .policy(eye_policy())
        .attach(
            "緑内障定期受診リスト_2027年1月.xlsx",
            people_sheet("1月", &["患者ID", "氏名", "生年月日", "電話", "病名", "眼圧", "次回予約"], follow),
        )
        .history(history.clone())
        .expect(Block, &[]),
    );
    // Mis-send: the same kind of reply as above, greeting 「木下 和子 様」
    // with her diabetic retinopathy found at the exam, sent to 木下 和美,
    // another patient mailed before, by autocomplete on 「木下」. A
    // condition of the person greeted to a private namesake the clinic has
    // mailed (a family may share addresses): ask.
    v.push(
        Case::new(
            "k13_eye_exam_result_to_other_kinoshita",
            G,
            "mis-send: exam results greeting 木下 和子 様 (her diabetic retinopathy) sent to 木下 和美, another patient's gmail mailed before, by autocomplete",
            mail(
                "ひかり眼科クリニック 松井 <uketsuke@hikari-ganka.jp>",
                &["木下 和美 <kinoshita.kazumi0719@gmail.com>"],
                "検査結果のご連絡",
                &format!(
                    "木下 和子 様\n\nひかり眼科クリニックの松井です。\n\
                     先日の手術前検査で、両眼に糖尿病網膜症（単純網膜症）が見つかりました。白内障手術の前に、内科で血糖値の管理をお願いすることになります。\n\
                     院長から詳しくご説明しますので、1月8日(金)にご来院ください。\n\n{sig}\n"
                ),
            ),
        )
        .policy(eye_policy())
        .history(history)
        .expect(Confirm, &[]),
    );
}

fn rental_cases(v: &mut Vec<Case>, rng: &mut Rng) {
    use Group::Kept13 as G;
    let history = json!(["care-hinata.jp", "kyotaku-midori.jp", "care-rental-oroshi.co.jp", "city.kakogawa.lg.jp"]);
    let sig = rental_sig("福祉用具専門相談員 西村 大輔", "nishimura@ayumi-fukushi.co.jp");
    let monitoring = files::docx(&[
        "福祉用具貸与 モニタリング報告書（令和8年12月）",
        "利用者：前田 正 様（要介護2）",
        "主な疾患：脳梗塞後遺症（右片麻痺）、高血圧症",
        "貸与品目：特殊寝台（3モーター）、特殊寝台付属品、車いす（自走式）",
        "利用状況：ベッドの背上げ機能を毎日使用。車いすは通院時に使用。",
        "今後の方針：右上肢の拘縮が進んでおり、介助バーの追加をご検討ください。",
        "株式会社あゆみ福祉用具 福祉用具専門相談員 西村 大輔",
    ]);
    // Everyday: the monthly monitoring report of one user to his care
    // manager (registered, exempted for special-care data): the care plan
    // needs his condition and how he uses the rented bed.
    v.push(
        Case::new(
            "k13_rental_monitoring_to_care_manager",
            G,
            "everyday: a user's monitoring report (要介護2, 脳梗塞後遺症) to his care manager's office, registered and exempted for special-care data",
            mail(
                "あゆみ福祉用具 西村 <nishimura@ayumi-fukushi.co.jp>",
                &["居宅介護支援事業所ひなた 石田 <ishida@care-hinata.jp>"],
                "モニタリング報告書の送付（前田 正 様）",
                &office_letter(
                    "居宅介護支援事業所ひなた\n介護支援専門員 石田様",
                    "あゆみ福祉用具の西村です。",
                    "前田 正 様の12月のモニタリング報告書をお送りいたします。\n\
                     介助バーの追加について、次回のサービス担当者会議でご相談させてください。",
                    &sig,
                ),
            ),
        )
        .policy(rental_policy())
        .attach("モニタリング報告書_前田正様_202612.docx", monitoring.clone())
        .history(history.clone())
        .expect(Allow, &[]),
    );
    // Everyday: a delivery request to the registered wholesaler that
    // carries and assembles the beds: three users' names, addresses and
    // phones, the item and the day. What a delivery needs, to the firm
    // that delivers.
    v.push(
        Case::new(
            "k13_rental_delivery_request_to_wholesaler",
            G,
            "everyday: a delivery request to the registered wholesaler: three users' names, addresses, phones, items and times",
            mail(
                "あゆみ福祉用具 西村 <nishimura@ayumi-fukushi.co.jp>",
                &["ケアレンタル卸 配送センター <haisou@care-rental-oroshi.co.jp>"],
                "搬入・組立のご依頼（12/9・12/10）",
                &office_letter(
                    "株式会社ケアレンタル卸\n配送センター 御中",
                    "あゆみ福祉用具の西村です。",
                    "下記のとおり搬入・組立をお願いいたします。いずれも当社の西村が立ち会います。\n\
                     12/9(水) 10:00　岡本 ハル 様　加古川市平岡町新在家1-245-3　079-424-1187　特殊寝台（2モーター）一式\n\
                     12/9(水) 14:00　藤井 勝 様　加古川市尾上町口里812　079-422-6034　車いす（介助式）、スロープ\n\
                     12/10(木) 10:30　吉田 トミ子 様　加古川市野口町良野1120-4　079-426-3350　歩行器、手すり（置き型）\n\
                     岡本様宅は2階のお部屋への搬入です（階段幅 78cm）。",
                    &sig,
                ),
            ),
        )
        .policy(rental_policy())
        .history(history.clone())
        .expect(Allow, &[]),
    );
    // Mis-send: the same monitoring report, typed by hand to the care
    // manager at care-hinatta.jp (a doubled t): a look-alike of the
    // registered office's domain, never mailed. A user's condition to a
    // stranger's domain: block.
    v.push(
        Case::new(
            "k13_rental_monitoring_to_typo_domain",
            G,
            "mis-send: the user's monitoring report typed by hand to care-hinatta.jp, a look-alike of the registered care manager's domain",
            mail(
                "あゆみ福祉用具 西村 <nishimura@ayumi-fukushi.co.jp>",
                &["ishida@care-hinatta.jp"],
                "モニタリング報告書の送付（前田 正 様）",
                &office_letter(
                    "居宅介護支援事業所ひなた\n介護支援専門員 石田様",
                    "あゆみ福祉用具の西村です。",
                    "前田 正 様の12月のモニタリング報告書をお送りいたします。",
                    &sig,
                ),
            ),
        )
        .policy(rental_policy())
        .attach("モニタリング報告書_前田正様_202612.docx", monitoring.clone())
        .history(history.clone())
        .expect(Block, &["lookalike_domain"]),
    );
    // Mis-send: the monthly rental billing to the wholesaler should carry
    // item codes and days; the user register was attached instead (120
    // users: name, birth date, address, care level, main illness). Users'
    // diseases to the delivery firm: block.
    let users = rows(rng, 120, 1928, 1958, |rng, i, p| {
        vec![
            Cell::from(format!("U{:05}", 3001 + i)),
            Cell::from(p.full()),
            date_cell(p),
            Cell::from(p.home.full()),
            Cell::from(*rng.pick(&["要支援2", "要介護1", "要介護2", "要介護3", "要介護4"])),
            Cell::from(*rng.pick(&[
                "脳梗塞後遺症",
                "パーキンソン病",
                "認知症",
                "変形性膝関節症",
                "関節リウマチ",
                "心不全",
            ])),
            Cell::from(*rng.pick(&["居宅介護支援事業所ひなた", "みどり居宅介護支援センター"])),
        ]
    });
    v.push(
        Case::new(
            "k13_rental_user_register_to_wholesaler",
            G,
            "mis-send: the user register (120 users: birth dates, addresses, care levels, main illnesses) attached to the monthly billing mail to the registered wholesaler instead of the rental list",
            mail(
                "あゆみ福祉用具 西村 <nishimura@ayumi-fukushi.co.jp>",
                &["ケアレンタル卸 請求担当 <seikyu@care-rental-oroshi.co.jp>"],
                "11月分 レンタル実績のご送付",
                &office_letter(
                    "株式会社ケアレンタル卸\n請求ご担当者様",
                    "あゆみ福祉用具の西村です。",
                    "11月分のレンタル実績をお送りいたします。ご確認のほどお願いいたします。",
                    &sig,
                ),
            ),
        )
        .policy(rental_policy())
        .attach(
            "利用者台帳_202611.xlsx",
            people_sheet("利用者", &["利用者番号", "氏名", "生年月日", "住所", "要介護度", "主な疾患", "担当居宅"], users),
        )
        .history(history.clone())
        .expect(Block, &[]),
    );
    // Mis-send: the monitoring report of 前田 正, greeting his care manager
    // 石田 at ひなた, sent to みどり居宅介護支援センター (also registered
    // and exempted) by autocomplete: another care office with no part in
    // his care. The exemption covers the care offices' own users; the
    // salutation names the other office: ask.
    v.push(
        Case::new(
            "k13_rental_monitoring_to_other_care_office",
            G,
            "mis-send: 前田 正's monitoring report greeting ひなた's care manager 石田, sent to the other registered care office みどり居宅 by autocomplete",
            mail(
                "あゆみ福祉用具 西村 <nishimura@ayumi-fukushi.co.jp>",
                &["みどり居宅介護支援センター 相談室 <soudan@kyotaku-midori.jp>"],
                "モニタリング報告書の送付（前田 正 様）",
                &office_letter(
                    "居宅介護支援事業所ひなた\n介護支援専門員 石田様",
                    "あゆみ福祉用具の西村です。",
                    "前田 正 様の12月のモニタリング報告書をお送りいたします。",
                    &sig,
                ),
            ),
        )
        .policy(rental_policy())
        .attach("モニタリング報告書_前田正様_202612.docx", monitoring)
        .history(history)
        .expect(Confirm, &["salutation_mismatch"]),
    );
}

//! Issue 21, the ninth kept-aside set: 30 whole messages of six
//! organisations unlike those of the earlier sets (a private cram school, a
//! home-visit nursing station, a regional bank's loans desk, a general
//! contractor's site office, a community sports club and a university
//! admissions office), 15 everyday mails and 15 mis-sends. Written, with
//! every expected decision, before it was first run, and committed before
//! that run; each case says the mistake it models (or why it is everyday)
//! and why its decision is the one a careful security officer would take.
//! Reported, not gated.
//!
//! First run (0e40e2a, before any change made for it): 22 of 30 pass; 4 of
//! 15 everyday mails warned about, 1 of 15 mis-sends missed.
//! - Warned wrongly: the cram school's newsletter to 38 known parents in Bcc
//!   and the sports club's notice to 52 known members in Bcc (`free_mail`:
//!   the office's phone, the one in the signature, counted as personal
//!   content); the site meeting's Teams invitation to four registered
//!   partners (`external_organisations`); six recommended pupils' results to
//!   their high school, mailed before (`personal_data_external`).
//! - Missed: 35 pupils' names and scores attached to a reply to one mother's
//!   gmail (names alone to a known private address were let through).
//! - Caught at another strength: the ADHD note to the wrong 田中 blocked
//!   (confirm expected); 45 borrowers' arrears list with an outside
//!   accountant in Cc asked (block expected); a party notice to 40 members'
//!   private addresses in To asked (block expected).
//!
//! Tuned on since (9ab6413, each change with its pair in `tests/check.rs`),
//! so the set is no longer held out: after, 0 of 15 and 0 of 15, every case
//! at its expected strength.

use super::kept8::{also, amount_passing_check, private_mails};
use super::office_orgs::{office_letter, people_sheet, signature};
use super::*;

// ============================================================ organisations

/// A private cram school: the mock-exam company and the textbook publisher.
fn juku_policy() -> Value {
    json!({
        "internal_domains": ["hikari-zemi.jp"],
        "partner_domains": {
            "zenkoku-moshi.co.jp": "株式会社全国模試センター",
            "mirai-kyozai.co.jp": "株式会社みらい教材"
        },
        "own_names": ["ひかり進学ゼミ", "株式会社ひかり進学ゼミ"]
    })
}

fn juku_sig(name: &str, mail: &str) -> String {
    signature(
        "ひかり進学ゼミ 豊田駅前校",
        name,
        "〒191-0062 東京都日野市多摩平1-4-19 多摩平ビル2F",
        "042-583-7710",
        mail,
    )
}

/// A home-visit nursing station: the attending doctors' clinic and the care
/// manager's office, both allowed to receive patients' health data.
fn nursing_policy() -> Value {
    json!({
        "internal_domains": ["himawari-houkan.jp"],
        "partner_domains": {
            "midori-zaitaku.jp": "医療法人社団みどり会 みどり在宅クリニック",
            "careplan-aoi.jp": "ケアプランセンターあおい"
        },
        "own_names": ["ひまわり訪問看護ステーション", "株式会社ひまわりケア"],
        "exemptions": [{"recipients": ["midori-zaitaku.jp", "careplan-aoi.jp"], "rules": ["special_care_external"]}]
    })
}

fn nursing_sig(name: &str, mail: &str) -> String {
    signature("ひまわり訪問看護ステーション", name, "〒420-0839 静岡県静岡市葵区鷹匠2-11-5", "054-255-8130", mail)
}

/// A regional bank's corporate loans desk: the credit guarantee corporation
/// and the judicial scrivener who registers its mortgages.
fn bank_policy() -> Value {
    json!({
        "internal_domains": ["kitaura-bank.co.jp"],
        "partner_domains": {
            "cgc-yamagata.or.jp": "山形県信用保証協会",
            "shiho-kudo.jp": "工藤司法書士事務所"
        },
        "own_names": ["株式会社北浦銀行", "北浦銀行"]
    })
}

fn bank_sig(name: &str, mail: &str) -> String {
    signature("株式会社北浦銀行 本店営業部 融資課", name, "〒990-0043 山形県山形市本町2-4-8", "023-622-4101", mail)
}

/// A general contractor's site office: the client, the architect and two
/// subcontractors.
pub(super) fn build_policy() -> Value {
    json!({
        "internal_domains": ["maruei-kensetsu.co.jp"],
        "partner_domains": {
            "greenhome-re.co.jp": "株式会社グリーンホーム不動産",
            "atelier-nagi.jp": "有限会社アトリエ凪",
            "tamura-denko.jp": "有限会社田村電工",
            "sano-setsubi.co.jp": "株式会社佐野設備"
        },
        "own_names": ["丸栄建設株式会社", "丸栄建設"]
    })
}

pub(super) fn build_sig(name: &str, mail: &str) -> String {
    signature(
        "丸栄建設株式会社 工事部（(仮称)グリーンレジデンス泉 新築工事 作業所）",
        name,
        "〒981-3133 宮城県仙台市泉区泉中央3-18-2",
        "022-771-5290（作業所）",
        mail,
    )
}

/// A community sports club (an NPO): the city sports association and the
/// sports-accident insurer.
pub(super) fn club_policy() -> Value {
    json!({
        "internal_domains": ["minato-sc.or.jp"],
        "partner_domains": {
            "city-taikyo.or.jp": "公益財団法人みなと市体育協会",
            "anzen-hoken.or.jp": "公益財団法人スポーツ安全保険協会"
        },
        "own_names": ["NPO法人みなと総合型地域スポーツクラブ", "みなとスポーツクラブ"]
    })
}

pub(super) fn club_sig(name: &str, mail: &str) -> String {
    signature(
        "NPO法人みなと総合型地域スポーツクラブ 事務局",
        name,
        "〒455-0032 愛知県名古屋市港区入船1-7-30",
        "052-661-3907",
        mail,
    )
}

/// A university admissions office: the exam-processing vendor.
pub(super) fn adm_policy() -> Value {
    json!({
        "internal_domains": ["towa-u.ac.jp"],
        "partner_domains": {"admi-support.co.jp": "株式会社アドミッションサポート"},
        "own_names": ["東和学院大学", "東和学院大学 入試課"]
    })
}

pub(super) fn adm_sig(name: &str, mail: &str) -> String {
    signature("東和学院大学 入試課", name, "〒359-1192 埼玉県所沢市三ヶ島2-579-15", "04-2947-3310", mail)
}

/// `n` people born between the years, one row each from `row`.
pub(super) fn rows(
    rng: &mut Rng,
    n: usize,
    from: u16,
    to: u16,
    row: impl Fn(&mut Rng, usize, &Person) -> Vec<Cell>,
) -> Vec<Vec<Cell>> {
    (0..n)
        .map(|i| {
            let p = Person::born_between(rng, from, to);
            row(rng, i, &p)
        })
        .collect()
}

pub(super) fn date_cell(p: &Person) -> Cell {
    Cell::from(format!("{}/{}/{}", p.birth.0, p.birth.1, p.birth.2))
}

// ==================================================================== cases

/// The ninth kept-aside set. Reported, not gated.
pub fn kept_ninth_cases() -> Vec<Case> {
    let mut v = Vec::new();
    let mut rng = Rng::new(9901);
    juku_cases(&mut v, &mut rng);
    nursing_cases(&mut v, &mut rng);
    bank_cases(&mut v, &mut rng);
    super::kept9_more::build_cases(&mut v, &mut rng);
    super::kept9_more::club_cases(&mut v, &mut rng);
    super::kept9_more::adm_cases(&mut v, &mut rng);
    v
}

fn juku_cases(v: &mut Vec<Case>, rng: &mut Rng) {
    use Group::Kept9 as G;
    let parents = private_mails(rng, 38);
    let mut history: Vec<String> = vec!["zenkoku-moshi.co.jp".into(), "mirai-kyozai.co.jp".into()];
    history.extend(parents.iter().cloned());
    history.extend(["yumi.tanaka.0822@gmail.com".to_owned(), "naoko-tanaka@ezweb.ne.jp".to_owned()]);
    let sig = juku_sig("教室長 松井 大輔", "toyoda@hikari-zemi.jp");
    // Everyday: the monthly newsletter to 38 parents in Bcc, all mailed
    // before: winter-course dates, fees, the classroom's phone. Nobody sees
    // anyone else; nothing about anyone.
    v.push(
        also(
            Case::new(
                "k9_juku_newsletter_bcc_parents",
                G,
                "everyday: the cram school's monthly newsletter (winter course dates, fees, classroom phone) to 38 parents in Bcc, all mailed before",
                mail(
                    "ひかり進学ゼミ 豊田駅前校 <toyoda@hikari-zemi.jp>",
                    &["toyoda@hikari-zemi.jp"],
                    "【ひかり進学ゼミ】12月の教室だより・冬期講習のご案内",
                    &format!(
                        "保護者の皆様\n\nいつもひかり進学ゼミをご利用いただき、ありがとうございます。教室長の松井です。\n\n\
                         冬期講習：12月24日(木)〜1月7日(木)（12月31日〜1月3日は休講）\n\
                         受講料：中学3年 5教科 48,400円（税込）、中学1・2年 3教科 29,700円（税込）\n\
                         1月の模試は1月10日(日)です。欠席のご連絡は教室（042-583-7710）までお願いします。\n\n{sig}\n"
                    ),
                ),
            ),
            "bcc",
            json!(parents),
        )
        .policy(juku_policy())
        .history(json!(history))
        .expect(Allow, &[]),
    );
    // Everyday: a mother asked from her gmail how her son did in the mock
    // exam; the reply carries his own score sheet. Her child's results, to
    // her, at the address she wrote from.
    let own_sheet = files::docx(&[
        "第5回 高校入試模試 個人成績表",
        "氏名：田中 颯太（中学3年）　受験番号：M5-04417",
        "国語 71　数学 64　英語 78　理科 59　社会 66　合計 338 / 500",
        "5教科偏差値 58.2　志望校判定：第一志望 都立日野台高校 B判定、第二志望 都立南平高校 A判定",
    ]);
    v.push(
        Case::new(
            "k9_juku_reply_mother_own_son_results",
            G,
            "everyday: a reply to a mother's gmail, mailed before, with her own son's mock-exam score sheet",
            mail(
                "ひかり進学ゼミ 松井 <toyoda@hikari-zemi.jp>",
                &["田中 由美 <yumi.tanaka.0822@gmail.com>"],
                "Re: 模試の結果について",
                &format!(
                    "田中 由美 様\n\nご連絡ありがとうございます。ひかり進学ゼミの松井です。\n\n\
                     颯太さんの第5回模試の個人成績表をお送りします。数学の図形問題で失点が目立ちますので、\n\
                     冬期講習では図形の演習を重点的に行います。面談のご希望日をお知らせください。\n\n{sig}\n"
                ),
            ),
        )
        .policy(juku_policy())
        .attach("個人成績表_田中颯太.docx", own_sheet)
        .history(json!(history))
        .expect(Allow, &[]),
    );
    // Mis-send: the same reply, but with the whole class's result list (35
    // pupils: names, schools, scores, target schools) attached instead of
    // her son's sheet. Minors' grades of 35 families to one parent's
    // private address: never right. Block.
    let class = rows(rng, 35, 2011, 2012, |rng, i, p| {
        vec![
            Cell::Number((i + 1) as f64),
            Cell::from(p.full()),
            Cell::from(*rng.pick(&["日野市立第三中", "日野市立七生中", "八王子市立由木中", "日野市立大坂上中"])),
            Cell::Number(f64::from(rng.range(180, 470))),
            Cell::Number(f64::from(rng.range(38, 70))),
            Cell::from(*rng.pick(&["都立日野台", "都立南平", "都立日野", "私立明星", "都立八王子東"])),
        ]
    });
    v.push(
        Case::new(
            "k9_juku_class_results_to_one_mother",
            G,
            "mis-send: the class's mock-exam list (35 pupils' names, schools, scores, target schools) attached to a reply to one mother's gmail",
            mail(
                "ひかり進学ゼミ 松井 <toyoda@hikari-zemi.jp>",
                &["田中 由美 <yumi.tanaka.0822@gmail.com>"],
                "Re: 模試の結果について",
                &format!("田中 由美 様\n\nご連絡ありがとうございます。ひかり進学ゼミの松井です。\n\n颯太さんの第5回模試の結果をお送りします。\n\n{sig}\n"),
            ),
        )
        .policy(juku_policy())
        .attach("第5回模試_中3_成績一覧.xlsx", people_sheet("中3", &["No", "氏名", "在籍中学", "合計", "偏差値", "第一志望"], class))
        .history(json!(history))
        .expect(Block, &[]),
    );
    // Mis-send: a note about 田中 颯太's ADHD diagnosis and the seating he
    // needs, meant for his mother 田中 由美, went to 田中 直子 (another
    // pupil's mother, mailed before) picked by autocomplete; the salutation
    // names 由美. One child's diagnosis to a stranger: ask (the sender can
    // see the wrong name and stop).
    v.push(
        Case::new(
            "k9_juku_adhd_note_to_other_tanaka",
            G,
            "mis-send: a note on one pupil's ADHD diagnosis, greeting his mother 田中 由美, sent to 田中 直子 (another pupil's mother) by autocomplete",
            mail(
                "ひかり進学ゼミ 松井 <toyoda@hikari-zemi.jp>",
                &["田中 直子 <naoko-tanaka@ezweb.ne.jp>"],
                "颯太さんの授業時の配慮について",
                &format!(
                    "田中 由美 様\n\nいつもお世話になっております。ひかり進学ゼミの松井です。\n\n\
                     先日の面談でお伺いした、颯太さんがADHDの診断を受けて服薬を始められた件、講師間で共有いたしました。\n\
                     授業では前方の席にし、課題を小分けにしてお渡しします。気になる点があればお知らせください。\n\n{sig}\n"
                ),
            ),
        )
        .policy(juku_policy())
        .history(json!(history))
        .expect(Confirm, &[]),
    );
    // Mis-send: the mock-exam application was to carry the pupils' names
    // and grades; the file attached is the parents' contact list (38
    // families: parent, private mobile, home address, second contact). A
    // registered vendor is no consent to receive every family's contacts.
    let contacts = rows(rng, 38, 1972, 1990, |rng, i, p| {
        let girl = rng.chance(0.5);
        let child = p.relative(rng, girl, 2011, 2014);
        vec![
            Cell::Number((i + 1) as f64),
            Cell::from(child.full()),
            Cell::from(p.full()),
            Cell::from(p.mobile.hyphen()),
            Cell::from(p.home.full()),
            Cell::from(Phone::mobile(rng).hyphen()),
        ]
    });
    v.push(
        Case::new(
            "k9_juku_parent_contacts_to_exam_vendor",
            G,
            "mis-send: the mock-exam application to the registered exam company carrying the parents' contact list (38 families' mobiles and home addresses) instead",
            mail(
                "ひかり進学ゼミ 豊田駅前校 <toyoda@hikari-zemi.jp>",
                &["全国模試センター 申込受付 <moushikomi@zenkoku-moshi.co.jp>"],
                "第6回 高校入試模試 団体申込（ひかり進学ゼミ 豊田駅前校）",
                &office_letter(
                    "株式会社全国模試センター\n申込受付ご担当者様",
                    "ひかり進学ゼミ 豊田駅前校の松井です。",
                    "第6回模試の団体申込を、添付の受験者一覧にてお願いいたします。",
                    &sig,
                ),
            ),
        )
        .policy(juku_policy())
        .attach("保護者連絡先一覧_豊田駅前校.xlsx", people_sheet("連絡先", &["No", "生徒氏名", "保護者氏名", "携帯電話", "住所", "緊急連絡先"], contacts))
        .history(json!(history))
        .expect(Confirm, &[]),
    );
}

fn nursing_cases(v: &mut Vec<Case>, rng: &mut Rng) {
    use Group::Kept9 as G;
    let history = json!(["midori-zaitaku.jp", "careplan-aoi.jp", "info@job-medica.co.jp"]);
    let sig = nursing_sig("看護師 杉山 麻衣", "sugiyama@himawari-houkan.jp");
    let report = files::docx(&[
        "訪問看護報告書（令和8年12月分）",
        "利用者氏名：望月 清 様　生年月日：昭和14年7月2日　要介護3",
        "主たる傷病名：慢性心不全、2型糖尿病",
        "訪問日：12/2, 12/9, 12/16, 12/23, 12/30（週1回）",
        "病状の経過：体重 52.4→53.1kg、下肢浮腫軽度。血糖 食後 180台。インスリン自己注射の手技は良好。",
        "家族：長女が週末に来訪。介護負担の訴えあり。",
    ]);
    // Everyday: the monthly nursing report for one patient to the attending
    // doctor's clinic, which the law requires and the policy registers.
    v.push(
        Case::new(
            "k9_nursing_monthly_report_to_doctor",
            G,
            "everyday: the monthly visiting-nurse report (one patient's conditions, insulin, weight) to the attending doctor's registered clinic",
            mail(
                "ひまわり訪問看護 杉山 <sugiyama@himawari-houkan.jp>",
                &["みどり在宅クリニック <info@midori-zaitaku.jp>"],
                "訪問看護報告書（12月分）望月 清 様",
                &office_letter(
                    "みどり在宅クリニック\n石川先生",
                    "ひまわり訪問看護ステーションの杉山です。",
                    "望月 清 様の12月分 訪問看護報告書をお送りいたします。\n下肢の浮腫がやや増えておりますので、次回往診時にご確認をお願いいたします。",
                    &sig,
                ),
            ),
        )
        .policy(nursing_policy())
        .attach("訪問看護報告書_202612_望月清様.docx", report.clone())
        .history(history.clone())
        .expect(Allow, &[]),
    );
    // Everyday: a Zoom invitation to a discharge conference, to the care
    // manager and the clinic (both registered); the agenda names the
    // patient and the visit plan; the invitation's passcode.
    v.push(
        Case::new(
            "k9_nursing_zoom_conference_invite",
            G,
            "everyday: a Zoom invitation (ID, passcode) for one patient's discharge conference to the registered care manager and clinic",
            mail(
                "ひまわり訪問看護 管理者 大石 <oishi@himawari-houkan.jp>",
                &["ケアプランセンターあおい 鈴木 <suzuki@careplan-aoi.jp>", "みどり在宅クリニック 石川 <ishikawa@midori-zaitaku.jp>"],
                "退院前カンファレンスのご案内（1/14 望月 清 様）",
                &office_letter(
                    "ケアプランセンターあおい 鈴木様\nみどり在宅クリニック 石川先生",
                    "ひまわり訪問看護ステーション 管理者の大石です。",
                    "望月 清 様の退院前カンファレンスをオンラインで行います。\n日時：1月14日(木) 13:30〜14:00\n\
                     議題：退院後の訪問回数（週1→週2）、インスリン管理、福祉用具\n\n\
                     Zoomミーティングに参加する\nhttps://us06web.zoom.us/j/84213370561?pwd=bGZ4eUtrQ2hJcE5Ra0xWdz09\n\
                     ミーティングID: 842 1337 0561\nパスコード: 583104",
                    &nursing_sig("管理者 大石 千春", "oishi@himawari-houkan.jp"),
                ),
            ),
        )
        .policy(nursing_policy())
        .history(history.clone())
        .expect(Allow, &[]),
    );
    // Everyday: a job advertisement to a recruitment site (mailed before,
    // not a partner): 精神科, 認知症, 休職明け are topics of the job, about
    // nobody.
    v.push(
        Case::new(
            "k9_nursing_job_ad_topic_words",
            G,
            "everyday: a nurse job advertisement to a recruitment site naming 精神科訪問看護, 認知症ケア and 育休・休職明け as topics, about nobody",
            mail(
                "ひまわり訪問看護 大石 <oishi@himawari-houkan.jp>",
                &["ジョブメディカ 掲載担当 <info@job-medica.co.jp>"],
                "求人原稿の修正について",
                &office_letter(
                    "株式会社ジョブメディカ\n掲載ご担当者様",
                    "ひまわり訪問看護ステーションの大石です。",
                    "求人原稿を下記のとおり修正願います。\n・仕事内容：在宅療養中の方への訪問看護（精神科訪問看護、認知症ケア、がん末期の緩和ケアを含む）\n\
                     ・歓迎：ブランクのある方、育休・休職明けの方も歓迎。オンコールは月4回程度\n\
                     ・給与：月給 32万円〜（訪問件数手当あり）",
                    &nursing_sig("管理者 大石 千春", "oishi@himawari-houkan.jp"),
                ),
            ),
        )
        .policy(nursing_policy())
        .history(history.clone())
        .expect(Allow, &[]),
    );
    // Mis-send: the clinic's "new address" came in a reply from
    // midori-zaitaku.jp.carenet-mail.com, a subdomain made to look like the
    // clinic's; the report went there. A patient's record to a look-alike:
    // block.
    v.push(
        Case::new(
            "k9_nursing_report_to_subdomain_lookalike",
            G,
            "mis-send: the monthly nursing report sent to ishikawa@midori-zaitaku.jp.carenet-mail.com, the clinic's domain as a subdomain of another",
            mail(
                "ひまわり訪問看護 杉山 <sugiyama@himawari-houkan.jp>",
                &["みどり在宅クリニック 石川 <ishikawa@midori-zaitaku.jp.carenet-mail.com>"],
                "訪問看護報告書（12月分）望月 清 様",
                &office_letter(
                    "みどり在宅クリニック\n石川先生",
                    "ひまわり訪問看護ステーションの杉山です。",
                    "ご連絡いただいた新しいアドレス宛に、望月 清 様の12月分 訪問看護報告書をお送りいたします。",
                    &sig,
                ),
            ),
        )
        .policy(nursing_policy())
        .attach("訪問看護報告書_202612_望月清様.docx", report)
        .history(history.clone())
        .expect(Block, &["lookalike_domain"]),
    );
    // Mis-send: a new nurse asked for next week's round list at her private
    // gmail (never mailed): 24 patients' names, addresses, diagnoses and the
    // key-box codes of their doors. Block.
    let round = rows(rng, 24, 1930, 1960, |rng, i, p| {
        vec![
            Cell::from(format!("{}/{} {}:{:02}", 1, 11 + i / 5, 9 + (i % 5) * 2, 0)),
            Cell::from(p.full()),
            Cell::from(p.home.full()),
            Cell::from(*rng.pick(&[
                "慢性心不全",
                "COPD（在宅酸素）",
                "脳梗塞後遺症",
                "パーキンソン病",
                "末期がん（膵臓）",
                "認知症",
            ])),
            Cell::from(format!("キーボックス {}", rng.digits(4))),
        ]
    });
    v.push(
        Case::new(
            "k9_nursing_round_list_to_new_nurse_gmail",
            G,
            "mis-send: next week's visit list (24 patients' addresses, diagnoses, key-box codes) to a new nurse's private gmail, never mailed",
            mail(
                "ひまわり訪問看護 大石 <oishi@himawari-houkan.jp>",
                &["西川 里奈 <rina.nishikawa.ns@gmail.com>"],
                "来週の訪問予定表",
                &format!("西川さん\n\nお疲れ様です。大石です。\n来週の訪問予定表を送ります。同行訪問の前に目を通しておいてください。\n\n{}\n", nursing_sig("管理者 大石 千春", "oishi@himawari-houkan.jp")),
            ),
        )
        .policy(nursing_policy())
        .attach("訪問予定表_0111-0115.xlsx", people_sheet("予定", &["日時", "利用者", "住所", "主病名", "鍵"], round))
        .history(history)
        .expect(Block, &[]),
    );
}

fn bank_cases(v: &mut Vec<Case>, rng: &mut Rng) {
    use Group::Kept9 as G;
    let history = json!([
        "cgc-yamagata.or.jp",
        "shiho-kudo.jp",
        "sato@sato-seimen.co.jp",
        "sato.h@sato-kogyo.jp",
        "k.endo@endo-kaikei.jp",
        "keiri@yamabe-foods.co.jp"
    ]);
    let sig = bank_sig("融資課 斎藤 亮", "saito.r@kitaura-bank.co.jp");
    // Everyday: the repayment schedule of a corporate loan to the
    // customer's accounting (mailed before): yen amounts and a 12-digit
    // application number that happens to pass the My Number check digit.
    let receipt = amount_passing_check(rng);
    let schedule = people_sheet(
        "返済予定表",
        &["回", "返済日", "元金", "利息", "残高"],
        (0..12u32)
            .map(|i| {
                vec![
                    Cell::Number(f64::from(i + 1)),
                    Cell::from(format!("2027/{}/25", i + 1)),
                    Cell::Number(833_000.0),
                    Cell::Number(f64::from(61_250 - i * 510)),
                    Cell::Number(f64::from(50_000_000 - (i + 1) * 833_000)),
                ]
            })
            .collect(),
    );
    v.push(
        Case::new(
            "k9_bank_repayment_schedule_to_customer",
            G,
            "everyday: a corporate loan's repayment schedule to the customer's accounting, with a 12-digit application number passing the My Number check digit",
            mail(
                "北浦銀行 融資課 斎藤 <saito.r@kitaura-bank.co.jp>",
                &["山辺食品 経理部 <keiri@yamabe-foods.co.jp>"],
                &format!("ご融資実行のご連絡（受付番号 {receipt}）"),
                &office_letter(
                    "山辺食品株式会社\n経理部 ご担当者様",
                    "北浦銀行 本店営業部 融資課の斎藤です。",
                    &format!(
                        "本日、下記のとおりご融資を実行いたしました。\n受付番号：{receipt}\n\
                         金額：50,000,000円（設備資金、期間5年、固定1.47%）\n返済予定表を添付いたしますのでご確認ください。"
                    ),
                    &sig,
                ),
            ),
        )
        .policy(bank_policy())
        .attach("返済予定表_山辺食品様.xlsx", schedule)
        .history(history.clone())
        .expect(Allow, &[]),
    );
    // Everyday: a guarantee application to the credit guarantee corporation
    // (registered): the company's figures and its representative's own
    // particulars, which the application form asks for. What it is for.
    v.push(
        Case::new(
            "k9_bank_guarantee_application_to_cgc",
            G,
            "everyday: a credit-guarantee application to the registered guarantee corporation with the company's figures and its president's particulars",
            mail(
                "北浦銀行 融資課 斎藤 <saito.r@kitaura-bank.co.jp>",
                &["山形県信用保証協会 保証課 <hosho@cgc-yamagata.or.jp>"],
                "保証申込（佐藤製麺株式会社）",
                &office_letter(
                    "山形県信用保証協会\n保証課 ご担当者様",
                    "北浦銀行 本店営業部 融資課の斎藤です。",
                    "下記の保証申込をお送りします。\n申込人：佐藤製麺株式会社（代表取締役 佐藤 隆夫、昭和38年5月14日生、\
                     山形市緑町2-6-11）\n申込金額：30,000,000円（運転資金、期間7年）\n\
                     直近決算：売上高 412,380,000円、経常利益 8,115,000円\n決算書3期分と資金繰り表は別送いたします。",
                    &sig,
                ),
            ),
        )
        .policy(bank_policy())
        .history(history.clone())
        .expect(Allow, &[]),
    );
    // Mis-send: reply-all on a thread about one customer's mortgage
    // registration kept that customer's outside accountant in Cc; the
    // attachment is the branch's list of 45 individual borrowers in arrears
    // (names, addresses, balances, days overdue). Block.
    let arrears = rows(rng, 45, 1950, 1990, |rng, i, p| {
        vec![
            Cell::from(format!("L{:06}", 210_400 + i * 37)),
            Cell::from(p.full()),
            Cell::from(p.home.full()),
            Cell::Number(f64::from(rng.range(30, 2_800) * 10_000)),
            Cell::Number(f64::from(rng.range(31, 240))),
        ]
    });
    v.push(
        also(
            Case::new(
                "k9_bank_arrears_list_reply_all_keeps_accountant",
                G,
                "mis-send: reply-all to the scrivener keeps a customer's outside accountant in Cc, with 45 individual borrowers' arrears list attached",
                mail(
                    "北浦銀行 融資課 斎藤 <saito.r@kitaura-bank.co.jp>",
                    &["工藤司法書士事務所 工藤 <kudo@shiho-kudo.jp>", "債権管理 <saiken@kitaura-bank.co.jp>"],
                    "Re: 抵当権抹消の件（佐藤工業様）",
                    &format!(
                        "工藤先生\n債権管理 各位\n\nお世話になっております。斎藤です。\n\
                         今月の延滞先一覧を添付します。1月の督促と法的手続きの対象をご確認ください。\n\n{sig}\n"
                    ),
                ),
            ),
            "cc",
            json!(["遠藤会計事務所 遠藤 <k.endo@endo-kaikei.jp>"]),
        )
        .policy(bank_policy())
        .attach("延滞先一覧_202612.xlsx", people_sheet("延滞", &["融資番号", "氏名", "住所", "残高", "延滞日数"], arrears))
        .history(history.clone())
        .expect(Block, &[]),
    );
    // Mis-send: a forward to the guarantee corporation quotes the
    // customer's mail, in which he typed his My Number. The corporation may
    // not collect it (番号法): block.
    v.push(
        Case::new(
            "k9_bank_forward_quoting_my_number_to_cgc",
            G,
            "mis-send: a forward to the guarantee corporation quoting the customer's mail in which he typed his My Number",
            mail(
                "北浦銀行 融資課 斎藤 <saito.r@kitaura-bank.co.jp>",
                &["山形県信用保証協会 保証課 <hosho@cgc-yamagata.or.jp>"],
                "Fw: 追加書類について（佐藤製麺）",
                &format!(
                    "保証課 ご担当者様\n\n北浦銀行の斎藤です。代表者様から下記の回答がありましたので転送いたします。\n\n{sig}\n\n\
                     -----Original Message-----\nFrom: 佐藤 隆夫 <sato@sato-seimen.co.jp>\nSent: Monday, December 14, 2026 9:12 AM\n\
                     Subject: 追加書類について\n\n斎藤様\n\n住民票の件、取り寄せに時間がかかるため、まず番号をお知らせします。\n\
                     個人番号：{}\n住所：山形市緑町2-6-11\nよろしくお願いします。\n佐藤",
                    pp::my_number(rng)
                ),
            ),
        )
        .policy(bank_policy())
        .history(history.clone())
        .expect(Block, &["my_number_external"]),
    );
    // Mis-send: the credit memo on 佐藤製麺 (financials, the president's
    // personal assets and debts) meant for its president went to 佐藤 of
    // 佐藤工業 (another customer, mailed before) picked by autocomplete; the
    // salutation names 佐藤製麺. Ask.
    v.push(
        Case::new(
            "k9_bank_credit_memo_to_other_sato_company",
            G,
            "mis-send: loan terms and the president's personal assets, greeting 佐藤製麺株式会社 佐藤様, sent to 佐藤 of 佐藤工業 (another customer) by autocomplete",
            mail(
                "北浦銀行 融資課 斎藤 <saito.r@kitaura-bank.co.jp>",
                &["佐藤 浩 <sato.h@sato-kogyo.jp>"],
                "ご融資条件のご提示",
                &office_letter(
                    "佐藤製麺株式会社\n代表取締役 佐藤 隆夫様",
                    "北浦銀行 本店営業部 融資課の斎藤です。",
                    "ご相談いただいた運転資金につき、条件をご提示いたします。\n金額 30,000,000円、期間7年、変動 1.85%、\
                     信用保証協会保証付き。\n代表者様の連帯保証につき、ご自宅（土地建物、評価額 23,000,000円、住宅ローン残高 \
                     9,400,000円）を確認させていただきました。",
                    &sig,
                ),
            ),
        )
        .policy(bank_policy())
        .history(history)
        .expect(Confirm, &["salutation_mismatch"]),
    );
}

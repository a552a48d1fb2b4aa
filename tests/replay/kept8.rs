//! Issue 21, the eighth kept-aside set: 30 whole messages of six
//! organisations unlike those of the earlier sets (an IT company's HR and
//! general-affairs section, an orthopaedic clinic, a special nursing home,
//! a prefectural high school, a city's tax and welfare offices, a tax
//! accountants' firm, and an animal hospital), 15 everyday mails and 15
//! mis-sends. Written, with every expected decision, before it was first
//! run, and committed before that run; each case says the mistake it models
//! (or why it is everyday) and why its decision is the one a careful
//! security officer would take. Reported, not gated.
//!
//! First run (dcbf6f2, before any change made for it): 20 of 30 pass; 6 of
//! 15 everyday mails warned about, 1 of 15 mis-sends missed.
//! - Warned wrongly: a retiree's own 源泉徴収票 to the gmail he asked from
//!   (`free_mail` + `personal_data_free_mail` confirm: his wife on it); an
//!   English mail greeting 「Hi Kate,」 to Katherine Lund
//!   (`salutation_mismatch`); a resident's monthly care report to her
//!   daughter, the key person (`free_mail` + `special_care_external`
//!   confirm); a club notice to 26 known parents in Bcc (`free_mail`: the
//!   coach's school mobile counted as personal content); a teacher's reply to
//!   a mother about her own son's fever (`free_mail` +
//!   `special_care_external` confirm on インフルエンザ); a pet-insurance claim
//!   for a cat's diabetes blocked by `special_care_external`.
//! - Missed: an English medical report greeting 「Dear GlobalCare Assistance
//!   team」 sent to the other registered assistance desk (no English
//!   organisation salutation is read).
//! - Caught at another strength: the host-family list to
//!   `oakridge-high.school.nz` (partner `oakridgehigh.school.nz`) confirmed
//!   by `personal_data_external`, no `lookalike_domain`; the care report to
//!   the wrong 佐藤 blocked (expected confirm); 35 owners' private addresses
//!   in To confirmed (expected block).
//!
//! Tuned on since (each change with its pair in `tests/check.rs`), so the
//! set is no longer held out: after, 0 of 15 everyday mails warned about and
//! 0 of 15 mis-sends missed; the wrong-佐藤 care report still blocks and the
//! owners in To are still asked (the earlier sets expect a question there).

use super::generators::*;
use super::office_orgs::{office_letter, people_sheet, signature};
use super::*;

// ============================================================ organisations

/// An IT company's HR section: its payroll 社労士, two recruitment agencies
/// and an overseas software vendor.
pub(super) fn hr_policy() -> Value {
    json!({
        "internal_domains": ["hokuto-sys.co.jp"],
        "partner_domains": {
            "kita-roumu.jp": "北労務管理事務所",
            "career-bridge.co.jp": "株式会社キャリアブリッジ",
            "jinzai-plus.co.jp": "株式会社人材プラス",
            "nordlys-soft.com": "Nordlys Software AS"
        },
        "own_names": ["株式会社北斗システム", "北斗システム"]
    })
}

pub(super) fn hr_sig(name: &str, mail: &str) -> String {
    signature(
        "株式会社北斗システム 管理本部 人事総務課",
        name,
        "〒060-0042 北海道札幌市中央区大通西8-2-10 大通北斗ビル7F",
        "011-261-4470（人事総務課）",
        mail,
    )
}

/// An orthopaedic clinic: the city hospital it refers to and the lab that
/// runs its blood tests (both may receive patients' data), two travel
/// insurers' assistance desks for foreign patients.
pub(super) fn clinic_policy() -> Value {
    json!({
        "internal_domains": ["aoba-seikei.jp"],
        "partner_domains": {
            "sendai-chuo-hp.jp": "仙台中央病院",
            "tohoku-rinsho.co.jp": "株式会社東北臨床検査",
            "globalcare-assist.com": "GlobalCare Assistance",
            "medi-travel-assist.com": "MediTravel Assist"
        },
        "own_names": ["医療法人あおば会 あおば整形外科クリニック", "あおば整形外科クリニック", "あおば整形外科"],
        "exemptions": [{
            "recipients": ["sendai-chuo-hp.jp", "tohoku-rinsho.co.jp", "globalcare-assist.com", "medi-travel-assist.com"],
            "rules": ["special_care_external"]
        }]
    })
}

pub(super) fn clinic_sig(name: &str, mail: &str) -> String {
    signature(
        "医療法人あおば会 あおば整形外科クリニック",
        name,
        "〒980-0811 宮城県仙台市青葉区一番町2-4-1 一番町メディカルビル3F",
        "022-711-3580",
        mail,
    )
}

/// A special nursing home: the visiting dentist and the meal caterer.
pub(super) fn care_policy() -> Value {
    json!({
        "internal_domains": ["yasuragi-sato.or.jp"],
        "partner_domains": {
            "smile-houmon-dental.jp": "スマイル訪問歯科",
            "kaigo-shoku.co.jp": "株式会社かいご食サービス"
        },
        "own_names": ["社会福祉法人やすらぎ会", "特別養護老人ホームやすらぎの里", "やすらぎの里"]
    })
}

pub(super) fn care_sig(name: &str, mail: &str) -> String {
    signature(
        "社会福祉法人やすらぎ会 特別養護老人ホームやすらぎの里",
        name,
        "〒370-3521 群馬県高崎市足門町1402-1",
        "027-373-8810",
        mail,
    )
}

/// A prefectural high school: the travel agency of its school trip and an
/// exchange partner school in New Zealand.
pub(super) fn school_policy() -> Value {
    json!({
        "internal_domains": ["hokuryo-h.ed.jp", "pref.nagano.lg.jp"],
        "partner_domains": {
            "shinshu-ryoko.co.jp": "株式会社信州旅行センター",
            "oakridgehigh.school.nz": "Oakridge High School"
        },
        "own_names": ["長野県立北陵高等学校", "北陵高校", "北陵高等学校"]
    })
}

pub(super) fn school_sig(name: &str, mail: &str) -> String {
    signature("長野県立北陵高等学校", name, "〒381-0012 長野県長野市柳原2110", "026-243-1187", mail)
}

/// A city's tax and welfare sections: the printer of its notices, the
/// social welfare council and the vendor of its tax system.
pub(super) fn city_policy() -> Value {
    json!({
        "internal_domains": ["city.midorikawa.lg.jp"],
        "partner_domains": {
            "midori-insatsu.co.jp": "緑川印刷株式会社",
            "midorikawa-shakyo.or.jp": "社会福祉法人緑川市社会福祉協議会",
            "gyosei-system.co.jp": "株式会社行政システム"
        },
        "own_names": ["緑川市", "緑川市役所"]
    })
}

pub(super) fn city_sig(section: &str, name: &str, mail: &str) -> String {
    signature(&format!("緑川市 {section}"), name, "〒441-8501 愛知県緑川市本町1-1", "0532-51-2111（代表）", mail)
}

/// A tax accountants' firm: two client companies on retainer are partners.
pub(super) fn tax_policy() -> Value {
    json!({
        "internal_domains": ["minami-kaikei.jp"],
        "partner_domains": {
            "yamato-seika.co.jp": "大和製菓株式会社",
            "kawai-unyu.co.jp": "河合運輸株式会社"
        },
        "own_names": ["税理士法人みなみ会計", "みなみ会計"]
    })
}

pub(super) fn tax_sig(name: &str, mail: &str) -> String {
    signature(
        "税理士法人みなみ会計",
        name,
        "〒812-0011 福岡県福岡市博多区博多駅前3-7-15 博多駅前ビル6F",
        "092-472-6031",
        mail,
    )
}

/// An animal hospital: the pet insurer it bills directly.
pub(super) fn pet_policy() -> Value {
    json!({
        "internal_domains": ["hinata-ah.jp"],
        "partner_domains": {
            "pet-anshin.co.jp": "ペットあんしん少額短期保険株式会社"
        },
        "own_names": ["ひなた動物病院"]
    })
}

pub(super) fn pet_sig(name: &str, mail: &str) -> String {
    signature("ひなた動物病院", name, "〒520-0043 滋賀県大津市中央3-2-8", "077-524-6619", mail)
}

/// Private addresses of `n` people (gmail, docomo, yahoo …), distinct.
pub(super) fn private_mails(rng: &mut Rng, n: usize) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    while out.len() < n {
        let p = Person::gen(rng);
        let host =
            *rng.pick(&["gmail.com", "docomo.ne.jp", "yahoo.co.jp", "icloud.com", "ezweb.ne.jp", "softbank.ne.jp"]);
        let a = format!("{}{}.{}@{host}", pp::romaji(p.surname_kana), rng.range(1, 99), pp::romaji(p.given_kana));
        if !out.contains(&a) {
            out.push(a);
        }
    }
    out
}

/// The case with one more message field set (Cc or Bcc lines).
pub(super) fn also(mut c: Case, key: &str, value: Value) -> Case {
    c.message[key] = value;
    c
}

/// A 12-digit number that passes the My Number check digit (one in eleven
/// amounts do), to sit in a column of yen amounts.
pub(super) fn amount_passing_check(rng: &mut Rng) -> u64 {
    loop {
        let first: Vec<u8> =
            std::iter::once(1 + rng.below(4) as u8).chain((0..10).map(|_| rng.below(10) as u8)).collect();
        let check = pp::my_number_check(&first);
        let n = first.iter().chain(std::iter::once(&check)).fold(0u64, |acc, &d| acc * 10 + u64::from(d));
        if n >= 100_000_000_000 {
            return n;
        }
    }
}

// ==================================================================== cases

/// The eighth kept-aside set. Reported, not gated.
// One push per scenario, each with its own comment and set-up.
#[allow(clippy::vec_init_then_push)]
pub fn kept_eighth_cases() -> Vec<Case> {
    let mut v = Vec::new();
    let mut rng = Rng::new(9801);
    hr_cases(&mut v, &mut rng);
    clinic_cases(&mut v, &mut rng);
    care_cases(&mut v, &mut rng);
    super::kept8_more::school_cases(&mut v, &mut rng);
    super::kept8_more::city_cases(&mut v, &mut rng);
    super::kept8_more::tax_cases(&mut v, &mut rng);
    super::kept8_more::pet_cases(&mut v, &mut rng);
    v
}

pub(super) const HR_HISTORY: [&str; 5] =
    ["kita-roumu.jp", "career-bridge.co.jp", "jinzai-plus.co.jp", "nordlys-soft.com", "takeshi.ogawa.1961@gmail.com"];

pub(super) fn hr_cases(v: &mut Vec<Case>, rng: &mut Rng) {
    use Group::Kept8 as G;
    // Everyday: a retiree asked, from his gmail, for his 源泉徴収票 for his
    // tax return; HR answers with the PDF the payroll software prints (his
    // address, pay, tax, his wife as 控除対象配偶者). His own papers to the
    // address he wrote from: nothing to stop.
    let slip = crate::support::pdf::ucs2(
        "令和8年分 給与所得の源泉徴収票（退職者用）",
        &[
            s("支払を受ける者　住所：北海道札幌市豊平区平岸3条9-2-18"),
            s("氏名：小川 武（オガワ タケシ）　生年月日：昭和36年4月11日"),
            s("支払金額 3,915,000円　給与所得控除後の金額 2,712,000円"),
            s("所得控除の額の合計額 1,204,880円　源泉徴収税額 58,300円"),
            s("控除対象配偶者：小川 典子（オガワ ノリコ）"),
            s("退職年月日：令和8年9月30日"),
            s("支払者：株式会社北斗システム　札幌市中央区大通西8-2-10　TEL 011-261-4470"),
        ],
        &[],
    );
    v.push(
        Case::new(
            "k8_hr_retiree_own_slip_to_his_gmail",
            G,
            "everyday: a retiree's own 源泉徴収票 (PDF, his wife as 控除対象配偶者) answered to the gmail he asked from",
            mail(
                "人事総務課 高橋 <takahashi.y@hokuto-sys.co.jp>",
                &["小川 武 <takeshi.ogawa.1961@gmail.com>"],
                "Re: 源泉徴収票の発行のお願い",
                &format!(
                    "小川 武 様\n\nご連絡ありがとうございます。北斗システム 人事総務課の高橋です。\n\n\
                     ご依頼の令和8年分 源泉徴収票（退職者用）をPDFでお送りいたします。\n\
                     確定申告の際にご利用ください。原本は本日ご自宅へ郵送いたしました。\n\n\
                     在職中は大変お世話になりました。どうぞお元気でお過ごしください。\n\n{}\n",
                    hr_sig("高橋 由紀", "takahashi.y@hokuto-sys.co.jp")
                ),
            ),
        )
        .policy(hr_policy())
        .attach("源泉徴収票_R8_小川武.pdf", slip)
        .history(json!(HR_HISTORY))
        .expect(Allow, &[]),
    );
    // Everyday: a Teams invitation for a candidate's second interview to
    // the agency's consultant who introduced him: the candidate's name (one
    // person), the passcode line of the invitation.
    v.push(
        Case::new(
            "k8_hr_teams_interview_invite_to_agency",
            G,
            "everyday: a Teams invitation (link, ID, passcode) for one candidate's interview to the agency consultant who introduced him",
            mail(
                "採用担当 高橋 <saiyo@hokuto-sys.co.jp>",
                &["キャリアブリッジ 佐藤 <sato.k@career-bridge.co.jp>"],
                "二次面接（オンライン）のご案内：山下 様",
                &office_letter(
                    "株式会社キャリアブリッジ\n佐藤様",
                    "北斗システム 人事総務課 採用担当の高橋です。",
                    "ご紹介いただいた山下 拓海様の二次面接を、下記のとおりオンラインで実施いたします。\n\
                     ご本人へのご案内をお願いできますでしょうか。\n\
                     日時：2027年1月21日(木) 16:00〜17:00\n面接官：開発部長 渡辺、人事総務課 高橋\n\n\
                     Microsoft Teams ミーティング\n今すぐ会議に参加する\n\
                     https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZDk3NmI4YTEtOGQ2%40thread.v2/0\n\
                     会議 ID: 412 905 337 261\nパスコード: Lm7k2P",
                    &hr_sig("採用担当 高橋 由紀", "saiyo@hokuto-sys.co.jp"),
                ),
            ),
        )
        .policy(hr_policy())
        .history(json!(HR_HISTORY))
        .expect(Allow, &[]),
    );
    // Everyday (English): a release note to the overseas vendor's engineer,
    // greeted by her nickname ("Hi Kate," for Katherine Lund); a registered
    // partner, mailed before.
    v.push(
        Case::new(
            "k8_hr_english_nickname_to_vendor",
            G,
            "everyday: an English mail to the vendor's engineer Katherine Lund greeted by her nickname 「Hi Kate,」",
            mail(
                "Yuki Takahashi <takahashi.y@hokuto-sys.co.jp>",
                &["Katherine Lund <katherine.lund@nordlys-soft.com>"],
                "Re: HR module 4.2 rollout date",
                "Hi Kate,\n\nThanks for the release notes. We have tested 4.2 on our staging server and everything \
                 looks fine, except that the year-end adjustment screen still shows the old form layout.\n\
                 Could you confirm whether the fix will be in 4.2.1? We would like to roll out on 18 January.\n\n\
                 Best regards,\nYuki Takahashi\nHR & General Affairs, Hokuto System Co., Ltd.\n\
                 8-2-10 Odori-nishi, Chuo-ku, Sapporo\nTel: +81-11-261-4470\n",
            ),
        )
        .policy(hr_policy())
        .history(json!(HR_HISTORY))
        .expect(Allow, &[]),
    );
    // Mis-send: the screening sheet of the 12 candidates that キャリアブリッジ
    // introduced (names, ages, current salaries, evaluations) went to 佐藤
    // of the other agency, 人材プラス, picked by autocomplete; the
    // salutation names the right agency. Both are registered partners, so
    // only the mismatch shows it: ask.
    let candidates: Vec<Vec<Cell>> = (0..12)
        .map(|i| {
            let p = Person::born_between(rng, 1985, 2000);
            vec![
                Cell::Number((i + 1) as f64),
                Cell::from(p.full()),
                Cell::Number(f64::from(2026 - u32::from(p.birth.0))),
                Cell::from(*rng.pick(&["SIer（PL）", "Web系 バックエンド", "社内SE", "組込み", "インフラ"])),
                Cell::Number(f64::from(rng.range(420, 780) * 10_000)),
                Cell::from(*rng.pick(&["A", "B", "B", "C"])),
                Cell::from(*rng.pick(&["二次へ", "二次へ", "見送り", "保留"])),
            ]
        })
        .collect();
    v.push(
        Case::new(
            "k8_hr_candidate_sheet_to_other_agency_sato",
            G,
            "mis-send: 12 candidates' screening sheet (ages, salaries, evaluations) for 佐藤 at キャリアブリッジ sent to 佐藤 at the other agency 人材プラス",
            mail(
                "採用担当 高橋 <saiyo@hokuto-sys.co.jp>",
                &["人材プラス 佐藤 <sato@jinzai-plus.co.jp>"],
                "書類選考結果のご連絡（12月ご紹介分）",
                &office_letter(
                    "株式会社キャリアブリッジ\n佐藤様",
                    "北斗システム 人事総務課 採用担当の高橋です。",
                    "12月にご紹介いただいた皆様の書類選考結果を一覧でお送りします。\n\
                     二次面接へお進みいただく方の日程調整をお願いいたします。",
                    &hr_sig("採用担当 高橋 由紀", "saiyo@hokuto-sys.co.jp"),
                ),
            ),
        )
        .policy(hr_policy())
        .attach(
            "書類選考結果_キャリアブリッジ様_202612.xlsx",
            people_sheet("選考結果", &["No", "氏名", "年齢", "現職", "現年収", "評価", "結果"], candidates),
        )
        .history(json!(HR_HISTORY))
        .expect(Confirm, &["salutation_mismatch"]),
    );
    // Mis-send: the 年末調整 data of 30 employees (My Numbers of them and
    // their dependants) to the payroll 社労士 with the domain typed
    // 「kita-romu.jp」: a domain anyone can register. Block.
    let year_end: Vec<Vec<Cell>> = (0..30)
        .map(|i| {
            let p = Person::born_between(rng, 1968, 2001);
            let spouse = p.relative(rng, !p.female, 1968, 2001);
            vec![
                Cell::from(format!("H{:04}", 1101 + i)),
                Cell::from(p.full()),
                Cell::from(pp::my_number(rng)),
                Cell::from(spouse.full()),
                Cell::from(pp::my_number(rng)),
                Cell::Number(f64::from(rng.range(0, 3))),
            ]
        })
        .collect();
    v.push(
        Case::new(
            "k8_hr_year_end_my_numbers_to_typo_sr_domain",
            G,
            "mis-send: 30 employees' 年末調整 data with their and their spouses' My Numbers to the 社労士 at kita-romu.jp (kita-roumu.jp typed without its u)",
            mail(
                "人事総務課 高橋 <takahashi.y@hokuto-sys.co.jp>",
                &["北労務管理事務所 北村 <kitamura@kita-romu.jp>"],
                "年末調整データ送付（令和8年分）",
                &office_letter(
                    "北労務管理事務所\n北村先生",
                    "北斗システム 人事総務課の高橋です。",
                    "令和8年分の年末調整データをお送りします。\nパスワードは別途お電話でお伝えします。",
                    &hr_sig("高橋 由紀", "takahashi.y@hokuto-sys.co.jp"),
                ),
            ),
        )
        .policy(hr_policy())
        .attach(
            "年末調整_R8_北斗システム.xlsx",
            people_sheet("扶養控除等", &["社員番号", "氏名", "個人番号", "配偶者氏名", "配偶者個人番号", "扶養人数"], year_end),
        )
        .history(json!(HR_HISTORY))
        .expect(Block, &["lookalike_domain"]),
    );
    // Mis-send: the winter bonus list (28 employees, amounts, appraisal
    // grades) meant for 佐藤 in accounting went to 佐藤 at the recruitment
    // agency, the first 佐藤 autocomplete offered; the mail reads internal
    // (「佐藤さん／お疲れ様です」). A registered partner is no consent to
    // receive the pay of 28 employees: ask at least.
    let bonus: Vec<Vec<Cell>> = (0..28)
        .map(|i| {
            let p = Person::born_between(rng, 1970, 2002);
            vec![
                Cell::from(format!("H{:04}", 1201 + i)),
                Cell::from(p.full()),
                Cell::from(*rng.pick(&["開発部", "開発部", "営業部", "管理本部"])),
                Cell::Number(f64::from(rng.range(28, 95) * 10_000)),
                Cell::from(*rng.pick(&["S", "A", "B", "B", "C"])),
            ]
        })
        .collect();
    v.push(
        Case::new(
            "k8_hr_bonus_list_to_agency_sato",
            G,
            "mis-send: 28 employees' winter bonus amounts and grades meant for 佐藤 in accounting, sent to 佐藤 at the recruitment agency; internal-style mail",
            mail(
                "人事総務課 高橋 <takahashi.y@hokuto-sys.co.jp>",
                &["佐藤 健太 <sato.k@career-bridge.co.jp>"],
                "冬季賞与 支給一覧（確定版）",
                &format!(
                    "佐藤さん\n\nお疲れ様です。高橋です。\n\
                     冬季賞与の支給一覧（確定版）を送ります。12月10日支給分の振込データ作成をお願いします。\n\n\
                     よろしくお願いします。\n\n{}\n",
                    hr_sig("高橋 由紀", "takahashi.y@hokuto-sys.co.jp")
                ),
            ),
        )
        .policy(hr_policy())
        .attach("冬季賞与_支給一覧_2026.xlsx", people_sheet("賞与", &["社員番号", "氏名", "所属", "支給額", "評価"], bonus))
        .history(json!(HR_HISTORY))
        .expect(Confirm, &[]),
    );
}

pub(super) const CLINIC_HISTORY: [&str; 6] = [
    "sendai-chuo-hp.jp",
    "tohoku-rinsho.co.jp",
    "globalcare-assist.com",
    "medi-travel-assist.com",
    "haruka.morita.0612@gmail.com",
    "mr.kimura@seiwa-pharma.co.jp",
];

pub(super) fn clinic_cases(v: &mut Vec<Case>, rng: &mut Rng) {
    use Group::Kept8 as G;
    let referral = files::docx(&[
        "診療情報提供書",
        "仙台中央病院 脊椎外科 御侍史　　2027年1月12日",
        "患者氏名：三浦 勝男 様（男性）　生年月日：1952年3月8日（74歳）",
        "住所：宮城県仙台市泉区将監8-12-3　電話：022-372-5518",
        "傷病名：腰部脊柱管狭窄症（L4/5）",
        "紹介目的：手術適応のご判断をお願いいたします。",
        "経過：2026年6月より両下肢のしびれと間欠性跛行（約100m）。保存療法（リマプロスト、理学療法）で改善乏しい。",
        "MRI（12/20）：L4/5 で高度の脊柱管狭窄。既往歴：高血圧症（アムロジピン内服）。",
        "あおば整形外科クリニック 院長 青木 誠",
    ]);
    // Everyday: a referral letter for one patient to the spine surgery of
    // the city hospital the clinic refers to (a registered partner allowed
    // to receive patients' data). Medicine as usual.
    v.push(
        Case::new(
            "k8_clinic_referral_to_city_hospital",
            G,
            "everyday: a referral letter (one patient's diagnosis, MRI, history) to the spine surgery of the registered city hospital",
            mail(
                "あおば整形外科 地域連携 <renkei@aoba-seikei.jp>",
                &["仙台中央病院 地域医療連携室 <renkei@sendai-chuo-hp.jp>"],
                "診療情報提供書の送付（三浦 勝男 様）",
                &office_letter(
                    "仙台中央病院\n地域医療連携室 ご担当者様",
                    "あおば整形外科クリニック 地域連携担当の小野です。",
                    "脊椎外科 外来へのご紹介をお願いしたく、診療情報提供書をお送りいたします。\n\
                     MRI画像はCD-Rにて患者様ご本人にお持ちいただきます。\n受診日のご調整をよろしくお願いいたします。",
                    &clinic_sig("地域連携担当 小野 里美", "renkei@aoba-seikei.jp"),
                ),
            ),
        )
        .policy(clinic_policy())
        .attach("診療情報提供書_三浦勝男様.docx", referral.clone())
        .history(json!(CLINIC_HISTORY))
        .expect(Allow, &[]),
    );
    // Mis-send: the same referral to 「sendai-chou-hp.jp」 (chuo typed chou):
    // a named patient's diagnosis to a domain one slip from the hospital's.
    v.push(
        Case::new(
            "k8_clinic_referral_to_typo_hospital_domain",
            G,
            "mis-send: the referral letter to renkei@sendai-chou-hp.jp, the hospital's domain with two letters swapped",
            mail(
                "あおば整形外科 地域連携 <renkei@aoba-seikei.jp>",
                &["仙台中央病院 地域医療連携室 <renkei@sendai-chou-hp.jp>"],
                "診療情報提供書の送付（三浦 勝男 様）",
                &office_letter(
                    "仙台中央病院\n地域医療連携室 ご担当者様",
                    "あおば整形外科クリニック 地域連携担当の小野です。",
                    "脊椎外科 外来へのご紹介をお願いしたく、診療情報提供書をお送りいたします。",
                    &clinic_sig("地域連携担当 小野 里美", "renkei@aoba-seikei.jp"),
                ),
            ),
        )
        .policy(clinic_policy())
        .attach("診療情報提供書_三浦勝男様.docx", referral)
        .history(json!(CLINIC_HISTORY))
        .expect(Block, &["lookalike_domain"]),
    );
    // Everyday: a patient asked from her gmail to move her appointment; the
    // reply confirms the new date and reminds her of her own knee
    // rehabilitation. Her own care, to her.
    v.push(
        Case::new(
            "k8_clinic_reply_patient_own_appointment",
            G,
            "everyday: a reply to a patient's gmail moving her appointment and mentioning her own knee rehabilitation",
            mail(
                "あおば整形外科 受付 <uketsuke@aoba-seikei.jp>",
                &["森田 遥 <haruka.morita.0612@gmail.com>"],
                "Re: 予約変更のお願い",
                &format!(
                    "森田 遥 様\n\nご連絡ありがとうございます。あおば整形外科クリニック 受付の村井です。\n\n\
                     1月15日(金)のご予約を、1月19日(火) 17:30 に変更いたしました。\n\
                     右膝のリハビリも同日に行いますので、動きやすい服装でお越しください。\n\
                     保険証（マイナ保険証）をお忘れなくお持ちください。\n\nお大事になさってください。\n\n{}\n",
                    clinic_sig("受付 村井 あかね", "uketsuke@aoba-seikei.jp")
                ),
            ),
        )
        .policy(clinic_policy())
        .history(json!(CLINIC_HISTORY))
        .expect(Allow, &[]),
    );
    // Mis-send: a pharmaceutical rep (mailed before, not a partner) asked
    // for the clinic's opening hours; the reply carries the day's
    // appointment list (22 patients, complaints and diagnoses) instead of
    // the flyer. Patients' conditions to a drug company: block.
    let bookings: Vec<Vec<Cell>> = (0..22)
        .map(|i| {
            let p = Person::born_between(rng, 1940, 2010);
            vec![
                Cell::from(format!("{}:{:02}", 9 + i / 4, (i % 4) * 15)),
                Cell::from(p.full()),
                Cell::Number(f64::from(2027 - u32::from(p.birth.0))),
                Cell::from(*rng.pick(&[
                    "変形性膝関節症",
                    "腰椎椎間板ヘルニア",
                    "骨粗鬆症",
                    "頸椎症",
                    "右橈骨遠位端骨折 術後",
                    "関節リウマチ",
                ])),
                Cell::from(*rng.pick(&["再診", "再診", "初診", "リハビリ"])),
            ]
        })
        .collect();
    v.push(
        Case::new(
            "k8_clinic_appointment_list_to_drug_rep",
            G,
            "mis-send: a reply to a drug company's rep carrying the day's appointment list (22 patients with diagnoses) instead of the clinic flyer",
            mail(
                "あおば整形外科 事務長 菅原 <sugawara@aoba-seikei.jp>",
                &["清和製薬 木村 <mr.kimura@seiwa-pharma.co.jp>"],
                "Re: 説明会の日程について",
                &office_letter(
                    "清和製薬株式会社\n木村様",
                    "あおば整形外科クリニック 事務長の菅原です。",
                    "説明会の件、2月の木曜日 13:00〜13:30 でしたら対応可能です。\n\
                     当院の診療時間を添付いたしますので、ご確認ください。",
                    &clinic_sig("事務長 菅原 浩", "sugawara@aoba-seikei.jp"),
                ),
            ),
        )
        .policy(clinic_policy())
        .attach("予約一覧_20270112.xlsx", people_sheet("予約", &["時刻", "氏名", "年齢", "病名", "区分"], bookings))
        .history(json!(CLINIC_HISTORY))
        .expect(Block, &["special_care_external"]),
    );
    // Mis-send (English): a foreign patient's medical report (fracture,
    // surgery, passport number) for her insurer GlobalCare went to the other
    // registered assistance desk, MediTravel; the salutation names
    // GlobalCare. Both may receive medical data, so only the mismatch shows.
    v.push(
        Case::new(
            "k8_clinic_english_report_to_other_insurer",
            G,
            "mis-send: an English medical report for GlobalCare Assistance (a tourist's fracture, passport number) sent to the other assistance desk MediTravel",
            mail(
                "Aoba Orthopaedic Clinic <renkei@aoba-seikei.jp>",
                &["MediTravel Assist Claims <claims@medi-travel-assist.com>"],
                "Medical report - Ms. Emily Carter (policy GC-7781402)",
                "Dear GlobalCare Assistance team,\n\n\
                 Please find below the medical report for your insured, as requested.\n\n\
                 Patient: Emily Carter, born 14 May 1991, passport no. PA4471902 (Australia)\n\
                 Diagnosis: distal radius fracture, left wrist (skiing accident, 8 January 2027)\n\
                 Treatment: open reduction and internal fixation on 9 January; discharged 11 January.\n\
                 Fit to fly from 16 January with the arm in a sling.\n\n\
                 The invoice (JPY 412,300) will follow separately.\n\n\
                 Kind regards,\nSatomi Ono\nPatient Liaison, Aoba Orthopaedic Clinic, Sendai\nTel: +81-22-711-3580\n",
            ),
        )
        .policy(clinic_policy())
        .history(json!(CLINIC_HISTORY))
        .expect(Confirm, &["salutation_mismatch"]),
    );
}

pub(super) const CARE_HISTORY: [&str; 5] = [
    "smile-houmon-dental.jp",
    "kaigo-shoku.co.jp",
    "emi.sato.takasaki@gmail.com",
    "kenichi-sato@docomo.ne.jp",
    "info@kaigo-kiki-hanbai.co.jp",
];

pub(super) fn care_cases(v: &mut Vec<Case>, rng: &mut Rng) {
    use Group::Kept8 as G;
    // Everyday: the monthly care report for 佐藤 ハル to her daughter, the
    // family's key person, at the gmail she always uses: meals, vitals, a
    // minor fall without injury. What the family contract provides for.
    let report = |name: &str| {
        files::docx(&[
            "ご家族様への月次報告（2026年12月）",
            &format!("ご入居者：{name} 様（2F さくらユニット 203号室）　要介護度：要介護4"),
            "お食事：主食・副食ともに8割程度召し上がっています（きざみ食）。",
            "バイタル：血圧 128/72 前後、体温 36.4℃前後で安定しています。",
            "12月18日 夕方、居室でベッドから立ち上がる際に尻もちをつかれました。看護師が確認し、外傷・痛みはありません。",
            "認知症の症状は落ち着いており、レクリエーションの歌の時間を楽しまれています。",
            "訪問歯科：12月9日 義歯調整。　担当：介護職員 中島",
        ])
    };
    v.push(
        Case::new(
            "k8_care_monthly_report_to_daughter",
            G,
            "everyday: a resident's monthly care report (meals, vitals, a fall without injury, dementia settled) to her daughter, the key person, at her usual gmail",
            mail(
                "やすらぎの里 中島 <nakajima@yasuragi-sato.or.jp>",
                &["佐藤 恵美 <emi.sato.takasaki@gmail.com>"],
                "12月のご様子のご報告（佐藤 ハル 様）",
                &format!(
                    "佐藤 恵美 様\n\nいつもお世話になっております。やすらぎの里 介護職員の中島です。\n\n\
                     ハル様の12月のご様子をまとめましたので、ご報告いたします。\n\
                     18日に尻もちをつかれましたが、お怪我はありませんでした。詳しくは添付をご覧ください。\n\
                     年明けの面会のご予定がお決まりでしたらお知らせください。\n\n{}\n",
                    care_sig("介護職員 中島 亮太", "nakajima@yasuragi-sato.or.jp")
                ),
            ),
        )
        .policy(care_policy())
        .attach("月次報告_202612_佐藤ハル様.docx", report("佐藤 ハル"))
        .history(json!(CARE_HISTORY))
        .expect(Allow, &[]),
    );
    // Mis-send: the same report went to 佐藤 健一, the son of another
    // resident, the first 佐藤 autocomplete offered; the salutation names 佐藤
    // 恵美. One person's care record to a stranger: ask.
    v.push(
        Case::new(
            "k8_care_monthly_report_to_other_sato",
            G,
            "mis-send: the monthly care report of 佐藤 ハル, greeting her daughter 佐藤 恵美, sent to 佐藤 健一 (another resident's son) by autocomplete",
            mail(
                "やすらぎの里 中島 <nakajima@yasuragi-sato.or.jp>",
                &["佐藤 健一 <kenichi-sato@docomo.ne.jp>"],
                "12月のご様子のご報告（佐藤 ハル 様）",
                &format!(
                    "佐藤 恵美 様\n\nいつもお世話になっております。やすらぎの里 介護職員の中島です。\n\n\
                     ハル様の12月のご様子をまとめましたので、ご報告いたします。\n\
                     18日に尻もちをつかれましたが、お怪我はありませんでした。詳しくは添付をご覧ください。\n\n{}\n",
                    care_sig("介護職員 中島 亮太", "nakajima@yasuragi-sato.or.jp")
                ),
            ),
        )
        .policy(care_policy())
        .attach("月次報告_202612_佐藤ハル様.docx", report("佐藤 ハル"))
        .history(json!(CARE_HISTORY))
        .expect(Confirm, &["salutation_mismatch"]),
    );
    // Everyday: the meal order for January to the caterer: counts by
    // texture and allergy, no names.
    v.push(
        Case::new(
            "k8_care_meal_order_counts_to_caterer",
            G,
            "everyday: January's meal order to the caterer, counts by texture and allergy only (no names)",
            mail(
                "やすらぎの里 栄養士 福田 <fukuda@yasuragi-sato.or.jp>",
                &["かいご食サービス 受注センター <juchu@kaigo-shoku.co.jp>"],
                "1月分 食数のご連絡",
                &office_letter(
                    "株式会社かいご食サービス\n受注センター ご担当者様",
                    "やすらぎの里 管理栄養士の福田です。",
                    "1月分の食数をご連絡いたします。\n\
                     常食 31食、きざみ食 18食、ミキサー食 9食、ソフト食 6食（各3食/日）\n\
                     アレルギー対応：えび・かに除去 2食、乳除去 1食\n糖尿病食（1,400kcal）4食\n\
                     1月1日〜3日は行事食でお願いいたします。",
                    &care_sig("管理栄養士 福田 真紀", "fukuda@yasuragi-sato.or.jp"),
                ),
            ),
        )
        .policy(care_policy())
        .history(json!(CARE_HISTORY))
        .expect(Allow, &[]),
    );
    // Mis-send: the visiting dentist's thread had a dental-equipment dealer
    // in Cc (about a chair); the reply-all carries the list of 24 residents
    // for the next round with their care levels, dementia and swallowing
    // notes. Residents' health data to a dealer: block.
    let residents: Vec<Vec<Cell>> = (0..24)
        .map(|i| {
            let p = Person::born_between(rng, 1928, 1945);
            vec![
                Cell::from(format!("{}号室", 201 + i)),
                Cell::from(p.full()),
                Cell::Number(f64::from(2026 - u32::from(p.birth.0))),
                Cell::from(format!("要介護{}", rng.range(3, 5))),
                Cell::from(*rng.pick(&[
                    "アルツハイマー型認知症",
                    "脳梗塞後遺症（右片麻痺）",
                    "パーキンソン病",
                    "誤嚥性肺炎の既往",
                    "糖尿病（インスリン）",
                ])),
                Cell::from(*rng.pick(&["総義歯（上下）", "部分義歯（下）", "残存歯あり", "嚥下評価希望"])),
            ]
        })
        .collect();
    v.push(
        also(
            Case::new(
                "k8_care_dental_round_list_reply_all_dealer",
                G,
                "mis-send: a reply-all to the visiting dentist that keeps a dental-equipment dealer in Cc, with 24 residents' care levels and illnesses",
                mail(
                    "やすらぎの里 看護師 石原 <ishihara@yasuragi-sato.or.jp>",
                    &["スマイル訪問歯科 <info@smile-houmon-dental.jp>"],
                    "Re: 1月の訪問診療と診療台の件",
                    &office_letter(
                        "スマイル訪問歯科\n院長 桑原先生",
                        "やすらぎの里 看護師の石原です。",
                        "1月の訪問診療の対象者一覧をお送りします。\n\
                         嚥下評価をご希望の方が4名いらっしゃいますので、あわせてお願いいたします。",
                        &care_sig("看護師 石原 久美子", "ishihara@yasuragi-sato.or.jp"),
                    ),
                ),
            ),
            "cc",
            json!(["介護機器販売 営業部 <info@kaigo-kiki-hanbai.co.jp>"]),
        )
        .policy(care_policy())
        .attach("訪問歯科_対象者一覧_202701.xlsx", people_sheet("対象者", &["居室", "氏名", "年齢", "要介護度", "主な疾患", "口腔の状況"], residents))
        .history(json!(CARE_HISTORY))
        .expect(Block, &["special_care_external"]),
    );
}

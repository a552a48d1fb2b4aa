//! Issue 21, the seventh kept-aside set: 30 whole messages of seven
//! organisations unlike those of the earlier sets (a city board of
//! education and its schools, a precision-parts maker's HR section, a
//! veterinary clinic, a travel agency, a shinkin bank branch, a research
//! hospital's clinical-trial office and a food-support NPO), 15 everyday
//! mails and 15 mis-sends. Written, with every expected decision, before it
//! was first run, and committed before that run; each case says the mistake
//! it models (or why it is everyday) and why its decision is the one a
//! careful security officer would take. Reported, not gated.
//!
//! First run (ccac45a, before any change made for it): 3 of 15 everyday
//! mails warned about (a Zoom invitation whose agenda names インフルエンザ as
//! a topic, `special_care_external` confirm, nobody's condition; a reply to a
//! customer's gmail, in the history, with his own passport number,
//! `free_mail` confirm; a volunteer shift of surnames to 15 known volunteers
//! in Bcc, blocked by `personal_data_free_mail` as 22 people's data); 0 of
//! 15 mis-sends missed, one blocked where a confirmation was expected (an
//! owner's invoice to another owner: her cat's 慢性腎臓病 read as her
//! special-care data). The rules were changed for the three false alarms
//! since (each change with its pair in `tests/check.rs`), so the set is no
//! longer held out; the cat's illness still blocks.

use super::office_orgs::{office_letter, people_sheet, signature};
use super::*;

// ============================================================ organisations

pub(super) const BOARD: &str = "city.minamino.lg.jp";

/// The city's board of education; its schools mail from `minamino.ed.jp`.
pub(super) fn board_policy() -> Value {
    json!({
        "internal_domains": [BOARD, "minamino.ed.jp"],
        "partner_domains": {
            "minamino-ishikai.or.jp": "一般社団法人南野市医師会",
            "hokubu-kanko.co.jp": "北部観光バス株式会社",
            "kyozai-center.co.jp": "株式会社南野教材センター"
        },
        "own_names": ["南野市教育委員会", "南野市"]
    })
}

pub(super) fn board_sig(name: &str, mail: &str) -> String {
    signature(
        "南野市教育委員会 学校教育課",
        name,
        "〒329-0492 栃木県南野市中央1-1-1 市庁舎5階",
        "0285-44-1111（代表） 内線 5213",
        mail,
    )
}

pub(super) fn school_sig(name: &str, mail: &str) -> String {
    signature("南野市立東小学校", name, "〒329-0415 栃木県南野市東町3-8-1", "0285-44-2301", mail)
}

/// A parts maker's HR section: its logistics subsidiary, the temp agency
/// that dispatches line workers, and the association that runs the health
/// checks (which may receive the results).
pub(super) fn plant_policy() -> Value {
    json!({
        "internal_domains": ["kanto-seimitsu.co.jp"],
        "partner_domains": {
            "kanto-seimitsu-logi.co.jp": "関東精密ロジスティクス株式会社",
            "hinode-staff.co.jp": "株式会社日の出スタッフ",
            "sangyo-hoken.or.jp": "一般財団法人産業保健協会"
        },
        "own_names": ["関東精密工業株式会社", "関東精密工業"],
        "exemptions": [{"recipients": ["sangyo-hoken.or.jp"], "rules": ["special_care_external"]}]
    })
}

pub(super) fn plant_sig(name: &str, mail: &str) -> String {
    signature(
        "関東精密工業株式会社 太田工場 総務部 人事課",
        name,
        "〒373-0015 群馬県太田市東新町802",
        "0276-45-3310（人事課直通）",
        mail,
    )
}

pub(super) fn vet_policy() -> Value {
    json!({
        "internal_domains": ["momiji-ah.jp"],
        "partner_domains": {
            "vetlab.co.jp": "株式会社ベットラボ",
            "anicare-ins.co.jp": "あにけあ損害保険株式会社"
        },
        "own_names": ["もみじ動物病院"]
    })
}

pub(super) fn vet_sig(name: &str, mail: &str) -> String {
    signature("もみじ動物病院", name, "〒185-0012 東京都国分寺市本町4-12-7", "042-321-7788", mail)
}

pub(super) fn travel_policy() -> Value {
    json!({
        "internal_domains": ["sora-travel.co.jp"],
        "partner_domains": {
            "midori-kanko-bus.co.jp": "みどり観光バス株式会社",
            "ryokan-kasumi.jp": "旅館かすみ荘"
        },
        "own_names": ["株式会社そらトラベル", "そらトラベル"]
    })
}

pub(super) fn travel_sig(name: &str, mail: &str) -> String {
    signature(
        "株式会社そらトラベル 仙台支店",
        name,
        "〒980-0021 宮城県仙台市青葉区中央2-5-10 青葉第一ビル3F",
        "022-266-4051",
        mail,
    )
}

pub(super) fn bank_policy() -> Value {
    json!({
        "internal_domains": ["hamanaka-shinkin.co.jp"],
        "partner_domains": {
            "shizuoka-hosho.or.jp": "静岡県信用保証協会",
            "daiichi-shihou.jp": "第一司法書士事務所"
        },
        "own_names": ["浜中信用金庫"]
    })
}

pub(super) fn bank_sig(name: &str, mail: &str) -> String {
    signature("浜中信用金庫 磐田支店 融資課", name, "〒438-0078 静岡県磐田市中泉1-3-12", "0538-32-4121", mail)
}

pub(super) fn trial_policy() -> Value {
    json!({
        "internal_domains": ["minato-mrc.go.jp"],
        "partner_domains": {
            "nova-pharma.co.jp": "ノヴァファーマ株式会社",
            "cro-links.co.jp": "株式会社CROリンクス"
        },
        "own_names": ["国立研究開発法人みなと医療研究センター", "みなと医療研究センター"]
    })
}

pub(super) fn trial_sig(name: &str, mail: &str) -> String {
    signature(
        "みなと医療研究センター病院 臨床研究推進部 治験事務局",
        name,
        "〒108-0075 東京都港区港南5-2-1",
        "03-5460-2201（治験事務局）",
        mail,
    )
}

pub(super) fn npo_policy() -> Value {
    json!({
        "internal_domains": ["hidamari-net.org"],
        "partner_domains": {
            "foodbank-kanagawa.or.jp": "公益社団法人フードバンクかながわ"
        },
        "own_names": ["特定非営利活動法人ひだまりネット", "ひだまりネット"]
    })
}

pub(super) fn npo_sig(name: &str, mail: &str) -> String {
    signature(
        "特定非営利活動法人ひだまりネット",
        name,
        "〒252-0231 神奈川県相模原市中央区相模原6-22-9",
        "042-750-3360",
        mail,
    )
}

/// Private addresses of `n` people (gmail, docomo, yahoo …), distinct.
pub(super) fn private_mails(rng: &mut Rng, n: usize) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    while out.len() < n {
        let p = Person::gen(rng);
        let host = *rng.pick(&["gmail.com", "docomo.ne.jp", "yahoo.co.jp", "icloud.com", "ezweb.ne.jp"]);
        let a = format!("{}.{}{}@{host}", pp::romaji(p.given_kana), pp::romaji(p.surname_kana), rng.range(1, 99));
        if !out.contains(&a) {
            out.push(a);
        }
    }
    out
}

// ==================================================================== cases

/// The seventh kept-aside set. Reported, not gated.
// One push per scenario, each with its own comment and set-up.
#[allow(clippy::vec_init_then_push)]
pub fn kept_seventh_cases() -> Vec<Case> {
    use Group::Kept7 as G;
    let mut v = Vec::new();
    let mut rng = Rng::new(9101);

    // ----------------------------------------------------- board of education
    // Everyday: a Zoom invitation for the school health committee to the
    // medical association's office and a school doctor: join link, meeting
    // ID, passcode, and an agenda of health topics (influenza, obesity
    // trends) about no one.
    v.push(
        Case::new(
            "k7_board_zoom_health_committee",
            G,
            "everyday: a Zoom invitation (link, ID, passcode) for the school health committee to the medical association, agenda of health topics about no one",
            mail(
                "学校教育課 森 <mori.k@city.minamino.lg.jp>",
                &["南野市医師会 事務局 <jimukyoku@minamino-ishikai.or.jp>", "今井 正樹 <imai@minamino-ishikai.or.jp>"],
                "令和8年度 第2回 学校保健委員会（オンライン）のご案内",
                &office_letter(
                    "南野市医師会 事務局 ご担当者様\n今井先生",
                    "南野市教育委員会 学校教育課の森です。",
                    "第2回学校保健委員会を下記のとおりオンラインで開催いたします。\n\
                     日時：2027年1月28日(木) 15:30〜16:30\n\n\
                     Zoomミーティングに参加する\nhttps://us06web.zoom.us/j/84120937765?pwd=bXo4TDZ1cGhRaWt0V2N5Zz09\n\
                     ミーティングID: 841 2093 7765\nパスコード: 628104\n\n\
                     議題：\n1. 冬季の感染症（インフルエンザ・感染性胃腸炎）の流行状況と対策\n\
                     2. 児童生徒の肥満傾向と生活習慣について（学校保健統計より）\n3. 来年度の健康診断日程",
                    &board_sig("森 香織", "mori.k@city.minamino.lg.jp"),
                ),
            ),
        )
        .policy(board_policy())
        .history(json!(["minamino-ishikai.or.jp", "hokubu-kanko.co.jp", "kyozai-center.co.jp"]))
        .expect(Allow, &[]),
    );
    // Everyday: a school tells the parents of one class, in Bcc, that the
    // class is closed for influenza; 20 private addresses the school has
    // mailed before. A count of absentees, nobody named.
    let parents = private_mails(&mut rng, 20);
    v.push(
        Case::new(
            "k7_school_class_closure_bcc_parents",
            G,
            "everyday: a class-closure notice (influenza, 9 absent, nobody named) to 20 parents' private addresses in Bcc, all mailed before",
            with(
                mail(
                    "東小学校 教頭 田村 <tamura@higashi.minamino.ed.jp>",
                    &["東小学校 <info@higashi.minamino.ed.jp>"],
                    "【重要】2年1組 学級閉鎖のお知らせ",
                    &format!(
                        "2年1組 保護者の皆様\n\nいつも本校の教育活動にご協力いただきありがとうございます。\n\
                         2年1組では、インフルエンザによる欠席者が本日9名となりました。\n\
                         学校医と相談のうえ、1月20日(水)から22日(金)までを学級閉鎖といたします。\n\n\
                         期間中は外出を控え、ご家庭で健康観察をお願いします。発熱等の症状がある場合は医療機関を受診し、\
                         学校へご連絡ください。\n登校再開は1月25日(月)の予定です。\n\n{}\n",
                        school_sig("教頭 田村 浩二", "tamura@higashi.minamino.ed.jp")
                    ),
                ),
                "bcc",
                json!(parents),
            ),
        )
        .policy(board_policy())
        .history(json!(parents))
        .expect(Allow, &[]),
    );
    // Everyday: a field-trip bus request to the bus company: numbers of
    // pupils and teachers, and the teacher in charge's mobile for the day
    // (a colleague's work phone, one person).
    v.push(
        Case::new(
            "k7_school_bus_request_with_teacher_mobile",
            G,
            "everyday: a field-trip bus request to the bus company with pupil counts and the teacher in charge's mobile for the day",
            mail(
                "東小学校 教頭 田村 <tamura@higashi.minamino.ed.jp>",
                &["北部観光バス 営業課 <eigyo@hokubu-kanko.co.jp>"],
                "校外学習 貸切バスのお願い（2/17）",
                &office_letter(
                    "北部観光バス株式会社\n営業課 ご担当者様",
                    "南野市立東小学校 教頭の田村です。",
                    "4年生の校外学習で、下記のとおり貸切バスをお願いいたします。\n\
                     日時：2027年2月17日(水) 8:30 学校発 〜 15:00 学校着\n行先：とちぎ子ども科学館\n\
                     人数：児童 68名、引率 5名（大型バス2台）\n\
                     当日の連絡先：引率責任者 4年1組担任 松本 090-4471-2286\n\
                     お見積りをお送りいただけますと幸いです。",
                    &school_sig("教頭 田村 浩二", "tamura@higashi.minamino.ed.jp"),
                ),
            ),
        )
        .policy(board_policy())
        .history(json!(["hokubu-kanko.co.jp", "minamino-ishikai.or.jp"]))
        .expect(Allow, &[]),
    );
    // Mis-send: the special-needs placement sheet (12 pupils, diagnoses such
    // as 自閉スペクトラム症 and ADHD, their doctors, their parents) meant
    // for the school's deputy head 田村 went to 田村 of the teaching
    // materials supplier, picked by autocomplete; the mail reads internal
    // (「お疲れ様です」). Children's diagnoses to an outside company: block.
    let placement: Vec<Vec<Cell>> = (0..12)
        .map(|i| {
            let p = Person::born_between(&mut rng, 2015, 2020);
            let parent = p.relative(&mut rng, true, 1978, 1990);
            vec![
                Cell::Number((i + 1) as f64),
                Cell::from(p.full()),
                Cell::from(format!("{}年", rng.range(1, 6))),
                Cell::from(*rng.pick(&[
                    "自閉スペクトラム症",
                    "注意欠如・多動症（ADHD）",
                    "限局性学習症",
                    "知的障害（軽度）",
                    "言語発達遅滞",
                ])),
                Cell::from(format!(
                    "{}医師（{}）",
                    rng.pick(pp::SURNAMES).0,
                    rng.pick(&["南野こども発達クリニック", "県立リハビリテーションセンター", "みなみの小児科"])
                )),
                Cell::from(*rng.pick(&[
                    "通級指導教室",
                    "特別支援学級（自閉症・情緒）",
                    "特別支援学級（知的）",
                    "通常学級＋支援員",
                ])),
                Cell::from(parent.full()),
            ]
        })
        .collect();
    v.push(
        Case::new(
            "k7_board_special_needs_sheet_to_supplier_namesake",
            G,
            "mis-send: the special-needs placement sheet (12 pupils' diagnoses, doctors, parents) to 田村 of the materials supplier instead of the school's deputy head 田村",
            mail(
                "学校教育課 森 <mori.k@city.minamino.lg.jp>",
                &["田村 <tamura@kyozai-center.co.jp>"],
                "次年度 就学支援 判定資料（東小）",
                &format!(
                    "東小学校 田村教頭\n\nお疲れ様です。学校教育課の森です。\n\n\
                     次年度の就学支援委員会の判定結果をまとめましたので送ります。\n\
                     東小の該当児童分です。保護者面談の前にご確認ください。\n\nよろしくお願いします。\n\n{}\n",
                    board_sig("森 香織", "mori.k@city.minamino.lg.jp")
                ),
            ),
        )
        .policy(board_policy())
        .attach(
            "就学支援判定一覧_東小_R9.xlsx",
            people_sheet("判定", &["No", "児童氏名", "学年", "診断名", "主治医", "判定", "保護者氏名"], placement),
        )
        .history(json!(["kyozai-center.co.jp", "hokubu-kanko.co.jp", "minamino-ishikai.or.jp"]))
        .expect(Block, &["special_care_external"]),
    );
    // Mis-send: the board answers a mother's complaint about her son being
    // bullied, naming the other child and his ADHD diagnosis, and reply-all
    // keeps the PTA chair (a private gmail, on the thread since the mother
    // copied her) in Cc. A named child's diagnosis to two private addresses,
    // one of them a third party: block.
    v.push(
        Case::new(
            "k7_board_bullying_reply_all_names_child_diagnosis",
            G,
            "mis-send: a reply about bullying naming the other child and his ADHD diagnosis, reply-all keeping the PTA chair's gmail in Cc",
            with(
                mail(
                    "学校教育課 森 <mori.k@city.minamino.lg.jp>",
                    &["佐野 真由美 <mayumi.sano.home@gmail.com>"],
                    "Re: 息子へのいじめについて",
                    &format!(
                        "佐野 真由美 様\n\nご連絡いただきありがとうございます。南野市教育委員会 学校教育課の森です。\n\n\
                         東小学校から報告を受けました。相手の児童（4年2組 川口 翔太さん）は注意欠如・多動症（ADHD）の診断を受けており、\
                         現在、学校で個別の支援計画を見直しているところです。\n\
                         1月22日(金)に学校で面談の場を設けたいと考えております。ご都合をお知らせください。\n\n\
                         どうぞよろしくお願いいたします。\n\n{}\n",
                        board_sig("森 香織", "mori.k@city.minamino.lg.jp")
                    ),
                ),
                "cc",
                json!(["大西 PTA会長 <onishi.pta.higashi@gmail.com>"]),
            ),
        )
        .policy(board_policy())
        .history(json!(["mayumi.sano.home@gmail.com", "onishi.pta.higashi@gmail.com"]))
        .expect(Block, &["special_care_external"]),
    );

    // ------------------------------------------------------------- plant HR
    // Everyday: a Teams invitation for a joint safety training to the
    // logistics subsidiary, whose name contains the sender's own
    // (関東精密工業 / 関東精密ロジスティクス).
    v.push(
        Case::new(
            "k7_plant_teams_invite_group_company",
            G,
            "everyday: a Teams invitation (link, ID, passcode) for a joint safety training to the group company whose name contains the sender's",
            mail(
                "人事課 青木 <aoki.m@kanto-seimitsu.co.jp>",
                &["岡田 聡 <okada@kanto-seimitsu-logi.co.jp>"],
                "合同安全衛生教育（フォークリフト）のご案内",
                &office_letter(
                    "関東精密ロジスティクス株式会社\n安全衛生課 岡田様",
                    "関東精密工業 人事課の青木です。",
                    "2月の合同安全衛生教育を下記のとおりオンラインで行います。\n日時：2027年2月4日(木) 10:00〜11:30\n\n\
                     Microsoft Teams ミーティング\n今すぐ会議に参加する\n\
                     https://teams.microsoft.com/l/meetup-join/19%3ameeting_OWQ4ZjE2NmUtNTMx%40thread.v2/0\n\
                     会議 ID: 389 114 520 778\nパスコード: q8Xt3N\n\n\
                     内容：構内フォークリフト接触事故の事例と再発防止策",
                    &plant_sig("青木 美穂", "aoki.m@kanto-seimitsu.co.jp"),
                ),
            ),
        )
        .policy(plant_policy())
        .history(json!(["kanto-seimitsu-logi.co.jp", "hinode-staff.co.jp", "sangyo-hoken.or.jp"]))
        .expect(Allow, &[]),
    );
    // Everyday: the monthly attendance of one dispatched worker to her temp
    // agency, which pays her: two days off 「体調不良のため」, no condition
    // named. Her agency needs this to pay her.
    v.push(
        Case::new(
            "k7_plant_dispatched_worker_attendance_to_agency",
            G,
            "everyday: one dispatched worker's December attendance to her temp agency (two days off 「体調不良のため」, no condition named)",
            mail(
                "人事課 青木 <aoki.m@kanto-seimitsu.co.jp>",
                &["日の出スタッフ 太田営業所 中川 <nakagawa@hinode-staff.co.jp>"],
                "12月分 勤務実績（派遣スタッフ 1名）",
                &office_letter(
                    "株式会社日の出スタッフ\n太田営業所 中川様",
                    "関東精密工業 人事課の青木です。",
                    "12月分の勤務実績をお送りします。\n\n\
                     派遣スタッフ：小林 愛 様（第2製造課 組立ライン）\n出勤日数：19日　時間外：6.5時間\n\
                     欠勤：12月14日(月)・15日(火)（体調不良のため。事前にご本人から連絡あり）\n\n\
                     ご確認のほどお願いいたします。",
                    &plant_sig("青木 美穂", "aoki.m@kanto-seimitsu.co.jp"),
                ),
            ),
        )
        .policy(plant_policy())
        .history(json!(["kanto-seimitsu-logi.co.jp", "hinode-staff.co.jp", "sangyo-hoken.or.jp"]))
        .expect(Allow, &[]),
    );
    // Mis-send: 35 employees' health-check results (blood pressure, HbA1c,
    // findings, 要精密検査) meant for 中川 at the health-check association
    // (which may receive them) went to 中川 at the temp agency, picked by
    // autocomplete. Health data of named people to a company with no
    // business holding it: block.
    let checkups: Vec<Vec<Cell>> = (0..35)
        .map(|i| {
            let p = Person::born_between(&mut rng, 1965, 2003);
            let sys = rng.range(102, 176);
            vec![
                Cell::from(format!("KS{:05}", 20_110 + i)),
                Cell::from(p.full()),
                Cell::Date(p.birth.0, p.birth.1, p.birth.2),
                Cell::Number(f64::from(sys)),
                Cell::Number(f64::from(sys - rng.range(30, 60))),
                Cell::Number(f64::from(rng.range(50, 82)) / 10.0),
                Cell::from(*rng.pick(&[
                    "異常なし",
                    "異常なし",
                    "脂質異常症の疑い",
                    "高血圧",
                    "肝機能障害",
                    "糖尿病の疑い",
                ])),
                Cell::from(*rng.pick(&["A", "A", "B", "C", "D（要精密検査）"])),
            ]
        })
        .collect();
    v.push(
        Case::new(
            "k7_plant_checkup_results_to_temp_agency_namesake",
            G,
            "mis-send: 35 employees' health-check results meant for 中川 at the health-check association, sent to 中川 at the temp agency",
            mail(
                "人事課 青木 <aoki.m@kanto-seimitsu.co.jp>",
                &["中川 達也 <nakagawa@hinode-staff.co.jp>"],
                "定期健康診断 結果データ（再検査対象者の確認）",
                &office_letter(
                    "一般財団法人産業保健協会\n健診課 中川様",
                    "関東精密工業 人事課の青木です。",
                    "先日の定期健康診断の結果データをお送りします。\n判定Dの方の精密検査のご案内について、ご相談させてください。",
                    &plant_sig("青木 美穂", "aoki.m@kanto-seimitsu.co.jp"),
                ),
            ),
        )
        .policy(plant_policy())
        .attach(
            "健診結果_2026_太田工場.xlsx",
            people_sheet(
                "結果",
                &["社員番号", "氏名", "生年月日", "収縮期血圧", "拡張期血圧", "HbA1c", "所見", "判定"],
                checkups,
            ),
        )
        .history(json!(["kanto-seimitsu-logi.co.jp", "hinode-staff.co.jp", "sangyo-hoken.or.jp"]))
        .expect(Block, &["special_care_external"]),
    );
    // Mis-send: the pay-rise list of 20 employees for the accounting
    // section, with the address typed 「kanto-seimitu」 (the Kunrei
    // spelling), a domain anyone can register: block.
    let raises: Vec<Vec<Cell>> = (0..20)
        .map(|i| {
            let p = Person::born_between(&mut rng, 1970, 2002);
            let base = rng.range(220, 420) * 1000;
            vec![
                Cell::from(format!("KS{:05}", 20_300 + i)),
                Cell::from(p.full()),
                Cell::from(*rng.pick(&["第1製造課", "第2製造課", "品質保証課", "生産技術課"])),
                Cell::Number(f64::from(base)),
                Cell::Number(f64::from(rng.range(3, 15) * 1000)),
                Cell::from(*rng.pick(&["S", "A", "B", "B", "C"])),
            ]
        })
        .collect();
    v.push(
        Case::new(
            "k7_plant_pay_rise_list_to_misspelt_own_domain",
            G,
            "mis-send: 20 employees' pay rises and appraisals to ishida@kanto-seimitu.co.jp, the own domain misspelt (seimitu for seimitsu)",
            mail(
                "人事課 青木 <aoki.m@kanto-seimitsu.co.jp>",
                &["経理課 石田 <ishida@kanto-seimitu.co.jp>"],
                "4月昇給 対象者一覧（製造部）",
                &format!(
                    "経理課 石田さん\n\nお疲れ様です。人事課の青木です。\n\n\
                     4月昇給の対象者一覧（製造部分）を送ります。給与計算への反映をお願いします。\n\n\
                     よろしくお願いします。\n\n{}\n",
                    plant_sig("青木 美穂", "aoki.m@kanto-seimitsu.co.jp")
                ),
            ),
        )
        .policy(plant_policy())
        .attach("昇給一覧_製造部_2027.xlsx", people_sheet("昇給", &["社員番号", "氏名", "所属", "現基本給", "昇給額", "評価"], raises))
        .history(json!(["kanto-seimitsu-logi.co.jp", "hinode-staff.co.jp", "sangyo-hoken.or.jp"]))
        .expect(Block, &["lookalike_domain"]),
    );
    // Everyday: an interview date confirmed to a student applicant at the
    // gmail she applied from (in the history): her own name, the date, the
    // place, what to bring.
    v.push(
        Case::new(
            "k7_plant_interview_date_to_applicant_gmail",
            G,
            "everyday: an interview date confirmed to a student applicant at the gmail she applied from",
            mail(
                "採用担当 青木 <saiyo@kanto-seimitsu.co.jp>",
                &["山口 さくら <sakura.yamaguchi.2004@gmail.com>"],
                "Re: 一次面接の日程について",
                &format!(
                    "山口 さくら 様\n\nご連絡ありがとうございます。関東精密工業 人事課 採用担当の青木です。\n\n\
                     一次面接の日程を下記のとおり確定いたしました。\n日時：2027年3月9日(火) 13:30〜14:30\n\
                     場所：太田工場 本館2階 第3会議室（正門の守衛所でお名前をお伝えください）\n\
                     持ち物：筆記用具、履歴書（エントリー時と同じもので構いません）\n\n\
                     当日お会いできることを楽しみにしております。\n\n{}\n",
                    plant_sig("採用担当 青木 美穂", "saiyo@kanto-seimitsu.co.jp")
                ),
            ),
        )
        .policy(plant_policy())
        .history(json!(["sakura.yamaguchi.2004@gmail.com", "hinode-staff.co.jp"]))
        .expect(Allow, &[]),
    );
    // Mis-send: the reply to that applicant carries the interviewers'
    // evaluation sheet of all eight candidates (names, universities, birth
    // dates, scores, comments) instead of the map: other people's
    // evaluations to a private address: block.
    let evaluations: Vec<Vec<Cell>> = (0..8)
        .map(|i| {
            let p = Person::born_between(&mut rng, 2002, 2005);
            vec![
                Cell::Number((i + 1) as f64),
                Cell::from(p.full()),
                Cell::Date(p.birth.0, p.birth.1, p.birth.2),
                Cell::from(*rng.pick(&[
                    "群馬大学 理工学部",
                    "宇都宮大学 工学部",
                    "前橋工科大学",
                    "足利大学 工学部",
                    "東洋大学 理工学部",
                ])),
                Cell::Number(f64::from(rng.range(2, 5))),
                Cell::Number(f64::from(rng.range(2, 5))),
                Cell::from(*rng.pick(&["合格", "保留", "不合格"])),
                Cell::from(*rng.pick(&["受け答えは明快", "志望動機が弱い", "専門知識は十分", "緊張が強い"])),
            ]
        })
        .collect();
    v.push(
        Case::new(
            "k7_plant_candidate_evaluations_to_applicant",
            G,
            "mis-send: a reply to one applicant's gmail with the evaluation sheet of all eight candidates (birth dates, scores, pass/fail, comments)",
            mail(
                "採用担当 青木 <saiyo@kanto-seimitsu.co.jp>",
                &["山口 さくら <sakura.yamaguchi.2004@gmail.com>"],
                "Re: 一次面接の会場について",
                &format!(
                    "山口 さくら 様\n\n関東精密工業 人事課 採用担当の青木です。\n\
                     会場の地図を添付いたしますので、ご確認ください。\n\n{}\n",
                    plant_sig("採用担当 青木 美穂", "saiyo@kanto-seimitsu.co.jp")
                ),
            ),
        )
        .policy(plant_policy())
        .attach(
            "一次面接評価シート_3月9日.xlsx",
            people_sheet("評価", &["No", "氏名", "生年月日", "大学・学部", "評価（論理性）", "評価（意欲）", "結果", "面接官コメント"], evaluations),
        )
        .history(json!(["sakura.yamaguchi.2004@gmail.com", "hinode-staff.co.jp"]))
        .expect(Block, &["personal_data_free_mail"]),
    );

    // --------------------------------------------------------- veterinary clinic
    // Everyday: the vet answers an owner at the gmail she wrote from about
    // her dog's heart disease and the operation: the animal's condition, the
    // owner's own name. A dog's illness is no one's special-care data.
    v.push(
        Case::new(
            "k7_vet_reply_owner_about_dog_heart",
            G,
            "everyday: a reply to an owner's gmail about her dog モモちゃん's heart disease and operation (an animal's condition, not a person's)",
            mail(
                "もみじ動物病院 <info@momiji-ah.jp>",
                &["小島 恵子 <keiko.kojima.77@gmail.com>"],
                "Re: モモの手術について",
                &format!(
                    "小島 恵子 様\n\nもみじ動物病院 獣医師の原田です。ご質問ありがとうございます。\n\n\
                     モモちゃんは僧帽弁閉鎖不全症のステージB2で、心臓が少し大きくなってきています。\n\
                     すぐに手術が必要な段階ではありませんので、まずはピモベンダンのお薬で様子を見ましょう。\n\
                     1か月後に心エコー検査をして、手術を考えるかどうかご相談させてください。\n\n\
                     お大事になさってください。\n\n{}\n",
                    vet_sig("獣医師 原田 亮", "info@momiji-ah.jp")
                ),
            ),
        )
        .policy(vet_policy())
        .history(json!(["keiko.kojima.77@gmail.com", "vetlab.co.jp"]))
        .expect(Allow, &[]),
    );
    // Mis-send: 小島 恵子's invoice and test results (her address, phone,
    // her cat's diagnosis) went to another client, 小島 健, picked by
    // autocomplete; the salutation names the right person. One person's
    // data to a stranger: ask.
    v.push(
        Case::new(
            "k7_vet_invoice_to_other_client_same_surname",
            G,
            "mis-send: one owner's invoice and her cat's test results (her address, phone) to another client 小島 健 chosen by autocomplete",
            mail(
                "もみじ動物病院 <info@momiji-ah.jp>",
                &["小島 健 <ken-kojima@docomo.ne.jp>"],
                "診療明細と検査結果の送付",
                &format!(
                    "小島 恵子 様\n\nいつもご来院いただきありがとうございます。もみじ動物病院 受付の西田です。\n\
                     先日の診療明細と血液検査の結果をお送りします。\n\nどうぞよろしくお願いいたします。\n\n{}\n",
                    vet_sig("受付 西田 舞", "info@momiji-ah.jp")
                ),
            ),
        )
        .policy(vet_policy())
        .attach(
            "診療明細_小島様_1215.docx",
            files::docx(&[
                "診療明細書　2026年12月15日",
                "飼い主様：小島 恵子 様　東京都国分寺市本多2-14-3 ハイツ本多201　TEL 090-2215-6634",
                "患者：ミミ（猫・スコティッシュフォールド・避妊済メス・7歳）",
                "診断：慢性腎臓病（IRIS ステージ2）　血液検査：BUN 38.2 mg/dL、CRE 2.1 mg/dL",
                "診察料 1,100円　血液検査 8,800円　皮下点滴 2,200円　合計 12,100円（税込）",
            ]),
        )
        .history(json!(["keiko.kojima.77@gmail.com", "ken-kojima@docomo.ne.jp", "vetlab.co.jp"]))
        .expect(Confirm, &[]),
    );
    // Mis-send: a receptionist mails the client list (150 owners: names,
    // addresses, phones, pets) to her own gmail to write New Year cards at
    // home: block.
    let clients = {
        let mut csv = String::from("診察券番号,飼い主氏名,住所,電話番号,ペット名,種別,最終来院日\n");
        for i in 0..150 {
            let p = Person::born_between(&mut rng, 1950, 1998);
            csv.push_str(&format!(
                "{},{},{},{},{},{},2026/{}/{}\n",
                3100 + i,
                p.full(),
                p.home.full(),
                p.mobile.hyphen(),
                rng.pick(&["モモ", "ココ", "レオ", "ソラ", "チョコ", "マル", "ハナ", "ミミ"]),
                rng.pick(&["犬", "犬", "猫", "猫", "うさぎ"]),
                rng.range(1, 12),
                rng.range(1, 28)
            ));
        }
        csv.into_bytes()
    };
    v.push(
        Case::new(
            "k7_vet_client_list_to_own_gmail",
            G,
            "mis-send: a receptionist sends the client list (150 owners' names, addresses, phones, pets) to her own gmail to write New Year cards",
            mail(
                "受付 西田 <nishida@momiji-ah.jp>",
                &["nishida.mai.0908@gmail.com"],
                "年賀状リスト",
                "家で宛名書きする分\n",
            ),
        )
        .policy(vet_policy())
        .attach("顧客リスト_2026.csv", clients)
        .history(json!(["vetlab.co.jp"]))
        .expect(Block, &["personal_data_free_mail"]),
    );

    super::kept7_more::rest(&mut v, &mut rng);
    v
}

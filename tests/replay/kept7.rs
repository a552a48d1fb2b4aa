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

use super::generators::*;
use super::office_orgs::{office_letter, people_sheet, signature};
use super::*;

// ============================================================ organisations

const BOARD: &str = "city.minamino.lg.jp";

/// The city's board of education; its schools mail from `minamino.ed.jp`.
fn board_policy() -> Value {
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

fn board_sig(name: &str, mail: &str) -> String {
    signature(
        "南野市教育委員会 学校教育課",
        name,
        "〒329-0492 栃木県南野市中央1-1-1 市庁舎5階",
        "0285-44-1111（代表） 内線 5213",
        mail,
    )
}

fn school_sig(name: &str, mail: &str) -> String {
    signature("南野市立東小学校", name, "〒329-0415 栃木県南野市東町3-8-1", "0285-44-2301", mail)
}

/// A parts maker's HR section: its logistics subsidiary, the temp agency
/// that dispatches line workers, and the association that runs the health
/// checks (which may receive the results).
fn plant_policy() -> Value {
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

fn plant_sig(name: &str, mail: &str) -> String {
    signature(
        "関東精密工業株式会社 太田工場 総務部 人事課",
        name,
        "〒373-0015 群馬県太田市東新町802",
        "0276-45-3310（人事課直通）",
        mail,
    )
}

fn vet_policy() -> Value {
    json!({
        "internal_domains": ["momiji-ah.jp"],
        "partner_domains": {
            "vetlab.co.jp": "株式会社ベットラボ",
            "anicare-ins.co.jp": "あにけあ損害保険株式会社"
        },
        "own_names": ["もみじ動物病院"]
    })
}

fn vet_sig(name: &str, mail: &str) -> String {
    signature("もみじ動物病院", name, "〒185-0012 東京都国分寺市本町4-12-7", "042-321-7788", mail)
}

fn travel_policy() -> Value {
    json!({
        "internal_domains": ["sora-travel.co.jp"],
        "partner_domains": {
            "midori-kanko-bus.co.jp": "みどり観光バス株式会社",
            "ryokan-kasumi.jp": "旅館かすみ荘"
        },
        "own_names": ["株式会社そらトラベル", "そらトラベル"]
    })
}

fn travel_sig(name: &str, mail: &str) -> String {
    signature(
        "株式会社そらトラベル 仙台支店",
        name,
        "〒980-0021 宮城県仙台市青葉区中央2-5-10 青葉第一ビル3F",
        "022-266-4051",
        mail,
    )
}

fn bank_policy() -> Value {
    json!({
        "internal_domains": ["hamanaka-shinkin.co.jp"],
        "partner_domains": {
            "shizuoka-hosho.or.jp": "静岡県信用保証協会",
            "daiichi-shihou.jp": "第一司法書士事務所"
        },
        "own_names": ["浜中信用金庫"]
    })
}

fn bank_sig(name: &str, mail: &str) -> String {
    signature("浜中信用金庫 磐田支店 融資課", name, "〒438-0078 静岡県磐田市中泉1-3-12", "0538-32-4121", mail)
}

fn trial_policy() -> Value {
    json!({
        "internal_domains": ["minato-mrc.go.jp"],
        "partner_domains": {
            "nova-pharma.co.jp": "ノヴァファーマ株式会社",
            "cro-links.co.jp": "株式会社CROリンクス"
        },
        "own_names": ["国立研究開発法人みなと医療研究センター", "みなと医療研究センター"]
    })
}

fn trial_sig(name: &str, mail: &str) -> String {
    signature(
        "みなと医療研究センター病院 臨床研究推進部 治験事務局",
        name,
        "〒108-0075 東京都港区港南5-2-1",
        "03-5460-2201（治験事務局）",
        mail,
    )
}

fn npo_policy() -> Value {
    json!({
        "internal_domains": ["hidamari-net.org"],
        "partner_domains": {
            "foodbank-kanagawa.or.jp": "公益社団法人フードバンクかながわ"
        },
        "own_names": ["特定非営利活動法人ひだまりネット", "ひだまりネット"]
    })
}

fn npo_sig(name: &str, mail: &str) -> String {
    signature(
        "特定非営利活動法人ひだまりネット",
        name,
        "〒252-0231 神奈川県相模原市中央区相模原6-22-9",
        "042-750-3360",
        mail,
    )
}

/// Private addresses of `n` people (gmail, docomo, yahoo …), distinct.
fn private_mails(rng: &mut Rng, n: usize) -> Vec<String> {
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

    // ----------------------------------------------------------- travel agency
    // Everyday: a reply to a customer's gmail with his own booking for a
    // tour abroad: his name, his passport number and its expiry as he gave
    // them, to check before ticketing. His own data, back to him.
    v.push(
        Case::new(
            "k7_travel_reply_customer_own_passport",
            G,
            "everyday: a reply to a customer's gmail asking him to check his own name and passport number before ticketing",
            mail(
                "そらトラベル 仙台支店 <sendai@sora-travel.co.jp>",
                &["遠藤 大輔 <daisuke.endo.sendai@gmail.com>"],
                "Re: 台湾4日間ツアーのお申し込み",
                &format!(
                    "遠藤 大輔 様\n\nこのたびはお申し込みいただきありがとうございます。そらトラベル 仙台支店の菊地です。\n\n\
                     航空券の発券前に、下記のご登録内容をご確認ください。\n\
                     ご氏名（ローマ字）：ENDO DAISUKE\n旅券番号：TR4817265\n有効期限：2031年7月14日\n\
                     ご出発：2027年3月20日(土) 仙台空港発\n\n\
                     相違がなければ、このメールにその旨ご返信ください。\n\n{}\n",
                    travel_sig("菊地 沙織", "sendai@sora-travel.co.jp")
                ),
            ),
        )
        .policy(travel_policy())
        .history(json!(["daisuke.endo.sendai@gmail.com", "ryokan-kasumi.jp", "midori-kanko-bus.co.jp"]))
        .expect(Allow, &[]),
    );
    // Everyday: a group booking request to the inn (counts, no names) with
    // the bus company's dispatcher in Cc and a cc line naming her.
    v.push(
        Case::new(
            "k7_travel_inn_booking_cc_line",
            G,
            "everyday: a group booking request to the inn (counts only) with 「（cc: みどり観光バス 運行管理 石井様）」 in the body and her in Cc",
            with(
                mail(
                    "そらトラベル 仙台支店 菊地 <kikuchi@sora-travel.co.jp>",
                    &["旅館かすみ荘 予約係 <yoyaku@ryokan-kasumi.jp>"],
                    "3/6 団体ご予約のお願い（町内会ご一行）",
                    &office_letter(
                        "旅館かすみ荘\n予約係 ご担当者様\n（cc: みどり観光バス 運行管理 石井様）",
                        "そらトラベル 仙台支店の菊地です。",
                        "下記の団体のご予約をお願いいたします。\n\
                         日程：2027年3月6日(土)〜7日(日) 1泊2食\n人数：大人 24名、小学生 6名、乗務員 1名\n\
                         到着予定：3月6日 16:00（バス1台、みどり観光バス様）\n\
                         お部屋割りは後日お送りします。",
                        &travel_sig("菊地 沙織", "kikuchi@sora-travel.co.jp"),
                    ),
                ),
                "cc",
                json!(["石井 由香 <ishii@midori-kanko-bus.co.jp>"]),
            ),
        )
        .policy(travel_policy())
        .history(json!(["ryokan-kasumi.jp", "midori-kanko-bus.co.jp"]))
        .expect(Allow, &[]),
    );
    // Mis-send: a school trip's pupil list with food allergies and chronic
    // conditions (喘息, てんかん) meant for the inn went to the bus company.
    // Children's health data to a company that has no use for it: block.
    let pupils: Vec<Vec<Cell>> = (0..40)
        .map(|i| {
            let p = Person::born_between(&mut rng, 2011, 2012);
            vec![
                Cell::Number((i + 1) as f64),
                Cell::from(format!("{}組", i / 20 + 1)),
                Cell::from(p.full()),
                Cell::from(p.sex()),
                Cell::from(*rng.pick(&["", "", "", "卵", "そば", "えび・かに", "乳"])),
                Cell::from(*rng.pick(&[
                    "",
                    "",
                    "",
                    "",
                    "気管支喘息（吸入薬持参）",
                    "てんかん（服薬中）",
                    "1型糖尿病（インスリン自己注射）",
                ])),
                Cell::from(format!("{}号室", 201 + i / 5)),
            ]
        })
        .collect();
    v.push(
        Case::new(
            "k7_travel_school_trip_allergies_to_bus_company",
            G,
            "mis-send: a school trip's pupil list with allergies and chronic conditions (asthma, epilepsy, diabetes) meant for the inn, sent to the bus company",
            mail(
                "そらトラベル 仙台支店 菊地 <kikuchi@sora-travel.co.jp>",
                &["石井 由香 <ishii@midori-kanko-bus.co.jp>"],
                "修学旅行 部屋割り・食物アレルギー一覧（青葉中）",
                &office_letter(
                    "旅館かすみ荘\n予約係 ご担当者様",
                    "そらトラベル 仙台支店の菊地です。",
                    "青葉中学校 修学旅行（5/12〜14）の部屋割りと、食物アレルギー・持病のある生徒の一覧をお送りします。\n\
                     お食事のご準備の参考にしてください。",
                    &travel_sig("菊地 沙織", "kikuchi@sora-travel.co.jp"),
                ),
            ),
        )
        .policy(travel_policy())
        .attach(
            "部屋割り_アレルギー一覧_青葉中.xlsx",
            people_sheet("部屋割り", &["No", "組", "氏名", "性別", "食物アレルギー", "持病・配慮事項", "部屋"], pupils),
        )
        .history(json!(["ryokan-kasumi.jp", "midori-kanko-bus.co.jp"]))
        .expect(Block, &["special_care_external"]),
    );
    // Mis-send: a mail "from the inn" asked for the guest list; the clerk
    // replies to ryokan-kasumi.jp.booking-confirm.net, the inn's domain as
    // a sub-domain of someone else's: 18 guests' names and phones: block.
    let guests: Vec<Vec<Cell>> = (0..18)
        .map(|_| {
            let p = Person::born_between(&mut rng, 1945, 1975);
            vec![
                Cell::from(p.full()),
                Cell::from(p.kana(&mut rng)),
                Cell::from(p.mobile.hyphen()),
                Cell::from(p.home.full()),
            ]
        })
        .collect();
    v.push(
        Case::new(
            "k7_travel_guest_list_to_lookalike_subdomain",
            G,
            "mis-send: 18 guests' names, phones and addresses to yoyaku@ryokan-kasumi.jp.booking-confirm.net, the inn's domain under another",
            mail(
                "そらトラベル 仙台支店 菊地 <kikuchi@sora-travel.co.jp>",
                &["旅館かすみ荘 予約係 <yoyaku@ryokan-kasumi.jp.booking-confirm.net>"],
                "Re: 【再送のお願い】3/6ご宿泊者名簿",
                &office_letter(
                    "旅館かすみ荘\n予約係 ご担当者様",
                    "そらトラベル 仙台支店の菊地です。",
                    "ご依頼のとおり、3月6日ご宿泊の宿泊者名簿を再送いたします。",
                    &travel_sig("菊地 沙織", "kikuchi@sora-travel.co.jp"),
                ),
            ),
        )
        .policy(travel_policy())
        .attach("宿泊者名簿_0306.xlsx", people_sheet("名簿", &["氏名", "フリガナ", "携帯電話", "住所"], guests))
        .history(json!(["ryokan-kasumi.jp", "midori-kanko-bus.co.jp"]))
        .expect(Block, &["lookalike_domain"]),
    );
    // Mis-send: the participants' list of a tour abroad (22 people: names,
    // birth dates, passport numbers, mobiles) to the freelance tour
    // conductor's gmail. Passports of 22 people to a private address: block.
    let travellers: Vec<Vec<Cell>> = (0..22)
        .map(|_| {
            let p = Person::born_between(&mut rng, 1950, 1990);
            vec![
                Cell::from(p.full()),
                Cell::Date(p.birth.0, p.birth.1, p.birth.2),
                Cell::from(pp::passport(&mut rng)),
                Cell::from(p.mobile.hyphen()),
            ]
        })
        .collect();
    v.push(
        Case::new(
            "k7_travel_passport_list_to_conductor_gmail",
            G,
            "mis-send: a tour's participant list (22 people's birth dates, passport numbers, mobiles) to the freelance conductor's gmail",
            mail(
                "そらトラベル 仙台支店 菊地 <kikuchi@sora-travel.co.jp>",
                &["添乗員 阿部 <abe.tc.freelance@gmail.com>"],
                "台湾4日間（3/20発）参加者名簿",
                &office_letter(
                    "阿部様",
                    "そらトラベル 仙台支店の菊地です。",
                    "3月20日発 台湾4日間の参加者名簿をお送りします。\n当日の受付でご利用ください。",
                    &travel_sig("菊地 沙織", "kikuchi@sora-travel.co.jp"),
                ),
            ),
        )
        .policy(travel_policy())
        .attach("参加者名簿_台湾0320.xlsx", people_sheet("名簿", &["氏名", "生年月日", "旅券番号", "携帯電話"], travellers))
        .history(json!(["abe.tc.freelance@gmail.com", "ryokan-kasumi.jp"]))
        .expect(Block, &["personal_data_free_mail"]),
    );

    // ------------------------------------------------------------ shinkin bank
    // Everyday: the repayment schedule to a corporate borrower (not a
    // registered partner, mailed before), with its contract number written
    // 4-4-4 (which passes the My Number check digit, as one in eleven do)
    // under the label ご契約番号.
    let contract = pp::my_number(&mut rng);
    let contract = format!("{}-{}-{}", &contract[..4], &contract[4..8], &contract[8..]);
    v.push(
        Case::new(
            "k7_bank_repayment_schedule_contract_number",
            G,
            "everyday: a repayment schedule to a corporate borrower, its contract number written 4-4-4 under ご契約番号 (it passes the My Number check)",
            mail(
                "融資課 杉山 <sugiyama@hamanaka-shinkin.co.jp>",
                &["経理 鈴木 <keiri@suzuki-seisakusho.co.jp>"],
                "ご融資実行のご案内と返済予定表",
                &office_letter(
                    "株式会社鈴木製作所\n経理ご担当 鈴木様",
                    "浜中信用金庫 磐田支店 融資課の杉山です。",
                    &format!(
                        "本日、設備資金のご融資を実行いたしました。\n\n\
                         ご契約番号：{contract}\nご融資金額：30,000,000円\n利率：年1.45%（固定）\n\
                         返済方法：元金均等 毎月25日 84回\n\n返済予定表を添付いたします。"
                    ),
                    &bank_sig("杉山 拓也", "sugiyama@hamanaka-shinkin.co.jp"),
                ),
            ),
        )
        .policy(bank_policy())
        .attach(
            "返済予定表.xlsx",
            files::xlsx(&[Sheet::new(
                "返済予定",
                std::iter::once(header(&["回", "返済日", "元金", "利息", "返済額", "残高"]))
                    .chain((1..=12).map(|k| {
                        let principal = 357_142.0;
                        let balance = 30_000_000.0 - principal * f64::from(k);
                        vec![
                            Cell::Number(f64::from(k)),
                            Cell::Date(2027, k as u8, 25),
                            Cell::Number(principal),
                            Cell::Number(((balance + principal) * 0.0145 / 12.0).round()),
                            Cell::Number(principal + ((balance + principal) * 0.0145 / 12.0).round()),
                            Cell::Number(balance),
                        ]
                    }))
                    .collect(),
            )]),
        )
        .history(json!(["suzuki-seisakusho.co.jp", "shizuoka-hosho.or.jp", "daiichi-shihou.jp"]))
        .expect(Allow, &[]),
    );
    // Mis-send: 12 housing-loan applicants' incomes and debts, meant for
    // 山本 at the credit guarantee corporation, went to 山本 of a borrowing
    // construction firm, picked by autocomplete. Salutation and address
    // disagree; a dozen people's finances to a customer: ask at least.
    let applicants: Vec<Vec<Cell>> = (0..12)
        .map(|i| {
            let p = Person::born_between(&mut rng, 1975, 1995);
            vec![
                Cell::from(format!("HL-27{:03}", 41 + i)),
                Cell::from(p.full()),
                Cell::Date(p.birth.0, p.birth.1, p.birth.2),
                Cell::from(*rng.pick(&[
                    "ヤマハ発動機株式会社",
                    "磐田市役所",
                    "スズキ株式会社",
                    "自営（飲食業）",
                    "浜松医科大学",
                ])),
                Cell::Number(f64::from(rng.range(380, 980) * 10_000)),
                Cell::Number(f64::from(rng.range(2500, 4800) * 10_000)),
                Cell::Number(f64::from(rng.range(0, 300) * 10_000)),
            ]
        })
        .collect();
    v.push(
        Case::new(
            "k7_bank_loan_applicants_to_customer_namesake",
            G,
            "mis-send: 12 housing-loan applicants' incomes and debts meant for 山本 at the guarantee corporation, sent to 山本 of a borrowing construction firm",
            mail(
                "融資課 杉山 <sugiyama@hamanaka-shinkin.co.jp>",
                &["山本 <yamamoto@yamamoto-kensetsu.co.jp>"],
                "保証審査依頼（住宅ローン 1月分 12件）",
                &office_letter(
                    "静岡県信用保証協会\n審査部 山本様",
                    "浜中信用金庫 磐田支店 融資課の杉山です。",
                    "1月分の住宅ローン保証審査をお願いいたします。申込人一覧を添付します。",
                    &bank_sig("杉山 拓也", "sugiyama@hamanaka-shinkin.co.jp"),
                ),
            ),
        )
        .policy(bank_policy())
        .attach(
            "保証審査依頼_住宅ローン_202701.xlsx",
            people_sheet("申込人", &["受付番号", "氏名", "生年月日", "勤務先", "年収", "借入希望額", "他社借入"], applicants),
        )
        .history(json!(["yamamoto-kensetsu.co.jp", "suzuki-seisakusho.co.jp", "shizuoka-hosho.or.jp"]))
        .expect(Confirm, &[]),
    );
    // Everyday: a seminar invitation to 30 business customers in Bcc (three
    // sole proprietors at gmail/yahoo), To the branch's own address; all
    // mailed before. No personal data.
    let mut customers: Vec<String> = [
        "suzuki-seisakusho.co.jp",
        "yamamoto-kensetsu.co.jp",
        "iwata-denki.co.jp",
        "toyoda-seika.co.jp",
        "nakaizumi-unso.co.jp",
        "fukude-suisan.co.jp",
        "ryuyo-nouen.jp",
        "mitsuke-kogyo.co.jp",
        "tenryu-mokuzai.co.jp",
        "hamamatsu-gakki-hanbai.co.jp",
        "kakegawa-cha.co.jp",
        "iwata-dental.jp",
        "sakura-kaigo.or.jp",
        "enshu-print.co.jp",
        "minami-jidosha.co.jp",
        "ohara-shoten.co.jp",
        "kamiya-kensou.co.jp",
        "iwata-bento.co.jp",
        "hamana-tosou.co.jp",
        "toyooka-kikai.co.jp",
        "shinkai-fudosan.co.jp",
        "enshu-denko.co.jp",
        "iwata-yakkyoku.co.jp",
        "kotobuki-seimen.co.jp",
        "murakami-zeimu.jp",
        "sanshin-tekko.co.jp",
        "iwata-hoiku.or.jp",
    ]
    .iter()
    .map(|d| format!("info@{d}"))
    .collect();
    customers.extend(
        ["kubota.cafe.iwata@gmail.com", "hattori.sekkei@gmail.com", "ito-seitai@yahoo.co.jp"].map(String::from),
    );
    v.push(
        Case::new(
            "k7_bank_seminar_invitation_bcc",
            G,
            "everyday: a business-succession seminar invitation to 30 customers (three at gmail/yahoo) in Bcc, To the branch's own address",
            with(
                mail(
                    "浜中信用金庫 磐田支店 <iwata@hamanaka-shinkin.co.jp>",
                    &["iwata@hamanaka-shinkin.co.jp"],
                    "【ご案内】事業承継セミナー（2/19 磐田商工会議所）",
                    &office_letter(
                        "お取引先各位",
                        "浜中信用金庫 磐田支店です。",
                        "事業承継をお考えの経営者様を対象に、セミナーを開催いたします。\n\
                         日時：2027年2月19日(金) 14:00〜16:00\n会場：磐田商工会議所 3階ホール\n\
                         講師：税理士 村上 康弘 氏（村上税務会計事務所）\n参加費：無料（定員40名）\n\
                         お申し込みは担当者または窓口までお願いいたします。",
                        &bank_sig("磐田支店 営業課", "iwata@hamanaka-shinkin.co.jp"),
                    ),
                ),
                "bcc",
                json!(customers),
            ),
        )
        .policy(bank_policy())
        .history(json!(customers))
        .expect(Allow, &[]),
    );

    // --------------------------------------------------- clinical-trial office
    // Everyday: the monitor of the CRO gets the visit schedule of the
    // site's subjects by subject code only (no names), with adverse events
    // graded as the protocol requires. Pseudonymised trial data to the
    // sponsor's monitor is what the contract provides for.
    let coded: Vec<Vec<Cell>> = (0..14)
        .map(|i| {
            vec![
                Cell::from(format!("NP301-014-{:03}", i + 1)),
                Cell::Date(2026, rng.range(6, 11) as u8, rng.range(1, 28) as u8),
                Cell::from(format!("Visit {}", rng.range(3, 8))),
                Cell::Date(2027, 1, rng.range(6, 29) as u8),
                Cell::from(*rng.pick(&["なし", "なし", "頭痛 Grade1", "悪心 Grade1", "注射部位反応 Grade1"])),
            ]
        })
        .collect();
    v.push(
        Case::new(
            "k7_trial_coded_visit_schedule_to_monitor",
            G,
            "everyday: the visit schedule of 14 subjects by subject code only (no names), adverse events graded, to the CRO's monitor",
            mail(
                "治験事務局 長谷川 <hasegawa@minato-mrc.go.jp>",
                &["CROリンクス 臨床開発部 藤井 <fujii@cro-links.co.jp>"],
                "NP-301試験 1月のモニタリング訪問日程と来院予定",
                &office_letter(
                    "株式会社CROリンクス\n臨床開発部 藤井様",
                    "みなと医療研究センター 治験事務局の長谷川です。",
                    "1月のSDV日程について、1月19日(火)・20日(水)で調整しております。\n\
                     当院の被験者の来院予定（被験者識別コードのみ）を添付します。",
                    &trial_sig("長谷川 千尋", "hasegawa@minato-mrc.go.jp"),
                ),
            ),
        )
        .policy(trial_policy())
        .attach("NP301_来院予定_202701.xlsx", people_sheet("来院予定", &["被験者識別コード", "同意取得日", "次回Visit", "来院予定日", "有害事象"], coded))
        .history(json!(["cro-links.co.jp", "nova-pharma.co.jp"]))
        .expect(Allow, &[]),
    );
    // Mis-send: the subject key list (code ↔ name, birth date, medical
    // record number, phone, the disease the trial is for) must never leave
    // the site; the coordinator attached it instead of the coded schedule.
    // Identified patients' disease to the CRO: block.
    let keys: Vec<Vec<Cell>> = (0..14)
        .map(|i| {
            let p = Person::born_between(&mut rng, 1950, 1985);
            vec![
                Cell::from(format!("NP301-014-{:03}", i + 1)),
                Cell::from(p.full()),
                Cell::Date(p.birth.0, p.birth.1, p.birth.2),
                Cell::from(format!("{:08}", rng.range(10_000_000, 99_999_999))),
                Cell::from(p.mobile.hyphen()),
                Cell::from("2型糖尿病"),
            ]
        })
        .collect();
    v.push(
        Case::new(
            "k7_trial_subject_key_list_to_monitor",
            G,
            "mis-send: the subject key list (code ↔ name, birth date, record number, phone, 2型糖尿病) attached for the CRO's monitor",
            mail(
                "治験事務局 長谷川 <hasegawa@minato-mrc.go.jp>",
                &["CROリンクス 臨床開発部 藤井 <fujii@cro-links.co.jp>"],
                "NP-301試験 来院予定の件（差し替え）",
                &office_letter(
                    "株式会社CROリンクス\n臨床開発部 藤井様",
                    "みなと医療研究センター 治験事務局の長谷川です。",
                    "先ほどの来院予定のファイルを差し替えます。",
                    &trial_sig("長谷川 千尋", "hasegawa@minato-mrc.go.jp"),
                ),
            ),
        )
        .policy(trial_policy())
        .attach(
            "NP301_被験者識別コード対応表.xlsx",
            people_sheet("対応表", &["被験者識別コード", "氏名", "生年月日", "カルテ番号", "電話番号", "対象疾患"], keys),
        )
        .history(json!(["cro-links.co.jp", "nova-pharma.co.jp"]))
        .expect(Block, &["special_care_external"]),
    );
    // Everyday: a Webex invitation to the sponsor and the CRO for the
    // start-up meeting; Webex writes its passcode as 「パスワード」.
    v.push(
        Case::new(
            "k7_trial_webex_invite_password",
            G,
            "everyday: a Webex invitation (link, meeting number, 「パスワード」) for the start-up meeting to the sponsor and the CRO",
            mail(
                "治験事務局 長谷川 <hasegawa@minato-mrc.go.jp>",
                &["ノヴァファーマ 臨床開発部 <clinical@nova-pharma.co.jp>", "CROリンクス 臨床開発部 藤井 <fujii@cro-links.co.jp>"],
                "NP-305試験 スタートアップミーティングのご案内",
                &office_letter(
                    "ノヴァファーマ株式会社 臨床開発部 ご担当者様\n株式会社CROリンクス 臨床開発部 藤井様",
                    "みなと医療研究センター 治験事務局の長谷川です。",
                    "NP-305試験のスタートアップミーティングを下記のとおり開催いたします。\n\
                     日時：2027年2月2日(火) 17:30〜18:30\n\n\
                     Webex ミーティングに参加する\nhttps://minato-mrc.webex.com/minato-mrc/j.php?MTID=m8f2b1c44d0e97a3b6c5d21f0a9e7b412\n\
                     ミーティング番号 (アクセスコード): 2514 883 9127\nミーティング パスワード: tR4mQ7kPz2w\n\n\
                     出席予定：責任医師 高木、CRC 2名、治験薬管理者",
                    &trial_sig("長谷川 千尋", "hasegawa@minato-mrc.go.jp"),
                ),
            ),
        )
        .policy(trial_policy())
        .history(json!(["cro-links.co.jp", "nova-pharma.co.jp"]))
        .expect(Allow, &[]),
    );
    // Mis-send: the coordinator answers the sponsor's question about a
    // serious adverse event with reply-all and names the patient (name and
    // the myocardial infarction), where the report must carry the subject
    // code only. A named patient's illness to two outside companies: block.
    v.push(
        Case::new(
            "k7_trial_sae_reply_all_names_patient",
            G,
            "mis-send: a reply-all to the sponsor and CRO about a serious adverse event that names the patient and his myocardial infarction",
            with(
                mail(
                    "CRC 石川 <ishikawa@minato-mrc.go.jp>",
                    &["ノヴァファーマ 安全性情報部 <safety@nova-pharma.co.jp>"],
                    "Re: 【SAE】NP301-014-007 第一報について",
                    &office_letter(
                        "ノヴァファーマ株式会社\n安全性情報部 ご担当者様",
                        "みなと医療研究センター CRCの石川です。",
                        "お問い合わせの件、ご回答いたします。\n\
                         被験者 NP301-014-007（岡田 修様、68歳）は、1月9日に急性心筋梗塞で当院に緊急入院し、\
                         同日PCIを施行しました。現在は循環器内科病棟で経過観察中です。\n\
                         治験薬との因果関係について、責任医師の見解は「否定できない」です。",
                        &trial_sig("CRC 石川 恵", "ishikawa@minato-mrc.go.jp"),
                    ),
                ),
                "cc",
                json!(["CROリンクス 臨床開発部 藤井 <fujii@cro-links.co.jp>"]),
            ),
        )
        .policy(trial_policy())
        .history(json!(["cro-links.co.jp", "nova-pharma.co.jp"]))
        .expect(Block, &["special_care_external"]),
    );

    // --------------------------------------------------------------------- NPO
    // Everyday: the volunteer shift for January to 15 volunteers in Bcc
    // (private addresses, all mailed before): which volunteer cooks or
    // serves on which day, by surname.
    let volunteers = private_mails(&mut rng, 15);
    let shift: String = (0..8)
        .map(|k| {
            let a = rng.pick(pp::SURNAMES).0;
            let b = rng.pick(pp::SURNAMES).0;
            let c = rng.pick(pp::SURNAMES).0;
            format!("1月{}日(土)　調理：{a}さん、{b}さん　配膳・受付：{c}さん\n", 9 + 7 * (k / 2) + (k % 2))
        })
        .collect();
    v.push(
        Case::new(
            "k7_npo_volunteer_shift_bcc",
            G,
            "everyday: the January volunteer shift (surnames by day and task) to 15 volunteers' private addresses in Bcc, all mailed before",
            with(
                mail(
                    "ひだまりネット 事務局 <office@hidamari-net.org>",
                    &["office@hidamari-net.org"],
                    "1月 こども食堂ボランティア シフトのお知らせ",
                    &format!(
                        "ボランティアの皆さま\n\nいつもありがとうございます。ひだまりネット事務局の三浦です。\n\
                         1月のシフトをお知らせします。\n\n{shift}\n\
                         都合が悪くなった方は、事務局までご連絡ください。\n\nどうぞよろしくお願いいたします。\n\n{}\n",
                        npo_sig("事務局 三浦 陽子", "office@hidamari-net.org")
                    ),
                ),
                "bcc",
                json!(volunteers),
            ),
        )
        .policy(npo_policy())
        .history(json!(volunteers))
        .expect(Allow, &[]),
    );
    // Mis-send: the list of households receiving food support (20 families:
    // names, addresses, phones, ひとり親 / 生活保護受給 notes) meant for the
    // two coordinators went to all 15 volunteers in To, private addresses
    // seeing each other: block.
    let households: Vec<Vec<Cell>> = (0..20)
        .map(|i| {
            let p = Person::born_between(&mut rng, 1975, 1995);
            vec![
                Cell::Number((i + 1) as f64),
                Cell::from(p.full()),
                Cell::from(p.home.full()),
                Cell::from(p.mobile.hyphen()),
                Cell::Number(f64::from(rng.range(2, 6))),
                Cell::from(*rng.pick(&["ひとり親", "ひとり親・生活保護受給", "就学援助", "生活保護受給", ""])),
            ]
        })
        .collect();
    let to_all: Vec<&str> = volunteers.iter().map(String::as_str).collect();
    v.push(
        Case::new(
            "k7_npo_household_list_to_all_volunteers",
            G,
            "mis-send: the food-support household list (20 families' addresses, phones, ひとり親/生活保護) to all 15 volunteers' private addresses in To",
            mail(
                "ひだまりネット 事務局 <office@hidamari-net.org>",
                &to_all,
                "1月 配付先リスト",
                &format!(
                    "コーディネーターの皆さま\n\nお疲れ様です。三浦です。\n1月の食品配付先リストを送ります。\n\n{}\n",
                    npo_sig("事務局 三浦 陽子", "office@hidamari-net.org")
                ),
            ),
        )
        .policy(npo_policy())
        .attach("配付先リスト_202701.xlsx", people_sheet("配付先", &["No", "世帯主氏名", "住所", "電話番号", "世帯人数", "備考"], households))
        .history(json!(volunteers))
        .expect(Block, &["personal_data_free_mail"]),
    );
    // Everyday: the grant report to the foundation (not registered, mailed
    // before), with aggregate figures only: households served, the share of
    // single-parent households, meals served.
    v.push(
        Case::new(
            "k7_npo_grant_report_aggregates",
            G,
            "everyday: a grant report to the foundation with aggregate figures only (households served, share of single parents, meals)",
            mail(
                "ひだまりネット 理事長 三浦 <miura@hidamari-net.org>",
                &["助成事業部 <josei@kodomo-mirai-zaidan.or.jp>"],
                "2026年度 助成事業 中間報告書の提出",
                &office_letter(
                    "公益財団法人こどもみらい財団\n助成事業部 ご担当者様",
                    "特定非営利活動法人ひだまりネットの三浦です。",
                    "2026年度助成事業の中間報告書を提出いたします。\n\n\
                     ・こども食堂 開催回数：32回、提供食数：延べ2,184食\n\
                     ・食品配付 利用世帯：42世帯（うちひとり親世帯 61%、生活保護受給世帯 19%）\n\
                     ・ボランティア登録者：38名\n\n詳細は添付の報告書をご覧ください。",
                    &npo_sig("理事長 三浦 陽子", "miura@hidamari-net.org"),
                ),
            ),
        )
        .policy(npo_policy())
        .attach(
            "中間報告書_ひだまりネット_2026.docx",
            files::docx(&[
                "2026年度 こどもみらい助成 中間報告書",
                "団体名：特定非営利活動法人ひだまりネット　代表者：理事長 三浦 陽子",
                "事業名：地域で支えるこども食堂と食品配付",
                "実施状況：毎週土曜日にこども食堂を開催（4月〜12月 32回、延べ2,184食）",
                "食品配付：月2回、42世帯に配付。ひとり親世帯が61%、生活保護受給世帯が19%を占める。",
                "課題：冬季のボランティア不足と、米・調味料の在庫確保。",
            ]),
        )
        .history(json!(["kodomo-mirai-zaidan.or.jp", "foodbank-kanagawa.or.jp"]))
        .expect(Allow, &[]),
    );
    // Mis-send: a donation receipt (the donor's name, home address, amount)
    // to another donor with the same surname, picked by autocomplete; the
    // salutation names the right donor. One person's data to a stranger:
    // ask.
    v.push(
        Case::new(
            "k7_npo_donation_receipt_to_other_donor",
            G,
            "mis-send: a donation receipt (donor's name, home address, amount) to another donor 伊藤 of the same surname chosen by autocomplete",
            mail(
                "ひだまりネット 事務局 <office@hidamari-net.org>",
                &["伊藤 真理子 <mariko.ito.1962@yahoo.co.jp>"],
                "寄附金受領証明書の送付",
                &format!(
                    "伊藤 誠 様\n\nこのたびはひだまりネットへご寄附をいただき、誠にありがとうございました。\n\
                     確定申告用の寄附金受領証明書をお送りします。\n\nどうぞよろしくお願いいたします。\n\n{}\n",
                    npo_sig("事務局 三浦 陽子", "office@hidamari-net.org")
                ),
            ),
        )
        .policy(npo_policy())
        .attach(
            "寄附金受領証明書_伊藤誠様.docx",
            files::docx(&[
                "寄附金受領証明書",
                "伊藤 誠 様　ご住所：神奈川県相模原市南区相模大野7-21-4",
                "寄附金額：金 50,000円　受領日：2026年11月30日",
                "特定非営利活動法人ひだまりネット（認定NPO法人）　理事長 三浦 陽子",
            ]),
        )
        .history(json!(["mariko.ito.1962@yahoo.co.jp", "makoto.ito.sagami@gmail.com"]))
        .expect(Confirm, &[]),
    );

    v
}

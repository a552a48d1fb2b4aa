//! Issue 21, the fifteenth kept-aside set, continued (see `kept15.rs`):
//! a moving company, an academic society's secretariat and an IT
//! development subcontractor.

use super::kept8::{also, private_mails};
use super::kept9::{date_cell, rows};
use super::office_orgs::{office_letter, people_sheet, signature, TEAMS_INVITE};
use super::*;

// ============================================================ organisations

/// A moving company (引越し): a corporate client whose transferred staff
/// it moves, the carrier it subcontracts long-distance loads to, and the
/// storage warehouse. Private customers write from private addresses.
fn moving_policy() -> Value {
    json!({
        "internal_domains": ["hikari-hikkoshi.co.jp"],
        "partner_domains": {
            "toho-kagaku.co.jp": "東邦化学株式会社",
            "yamabiko-unso.co.jp": "やまびこ運送株式会社",
            "trunk-hokan.co.jp": "株式会社トランク保管"
        },
        "own_names": ["ひかり引越センター株式会社", "ひかり引越センター"]
    })
}

fn moving_sig(name: &str, mail: &str) -> String {
    signature(
        "ひかり引越センター株式会社 横浜支店",
        name,
        "〒221-0056 神奈川県横浜市神奈川区金港町6-9",
        "045-450-2211（フリーダイヤル 0120-38-4126）",
        mail,
    )
}

/// An academic society's secretariat (学会事務局): the convention company
/// that runs its annual meeting and the printer of its journal. Members
/// write from universities, hospitals and private addresses.
fn society_policy() -> Value {
    json!({
        "internal_domains": ["jscn.or.jp"],
        "partner_domains": {
            "conv-plan.co.jp": "株式会社コンベンションプランニング",
            "insatsu-kobo.co.jp": "株式会社印刷工房"
        },
        "own_names": ["一般社団法人日本臨床栄養研究会", "日本臨床栄養研究会", "研究会"]
    })
}

fn society_sig(name: &str, mail: &str) -> String {
    signature(
        "一般社団法人日本臨床栄養研究会 事務局",
        name,
        "〒113-0033 東京都文京区本郷3-28-8 本郷TKビル4F",
        "03-3815-6620（平日10時〜16時）",
        mail,
    )
}

/// An IT development subcontractor (受託開発): the department store whose
/// membership system it builds under contract, and the offshore
/// development partner in Vietnam under a data-processing agreement.
fn dev_policy() -> Value {
    json!({
        "internal_domains": ["nextcode.co.jp"],
        "partner_domains": {
            "maruyama-dept.co.jp": "株式会社マルヤマ百貨店",
            "vnsoft.vn": "VN Soft Co., Ltd."
        },
        "own_names": ["株式会社ネクストコード", "ネクストコード"]
    })
}

fn dev_sig(name: &str, mail: &str) -> String {
    signature(
        "株式会社ネクストコード 開発第二部",
        name,
        "〒104-0061 東京都中央区銀座1-14-6 銀座RKビル6F",
        "03-6228-4410",
        mail,
    )
}

// ==================================================================== cases

/// A moving job sheet: customers' names, both addresses, phones, loads.
fn job_sheet(rng: &mut Rng, n: usize) -> Vec<u8> {
    let list = rows(rng, n, 1950, 2000, |rng, i, p| {
        let to = pp::Address::gen(rng);
        vec![
            Cell::from(format!("12/{}", 14 + i / 2)),
            Cell::from(format!("{} 様", p.full())),
            Cell::from(p.home.full()),
            Cell::from(to.full()),
            Cell::from(p.mobile.hyphen()),
            Cell::from(*rng.pick(&["2tショート", "2tロング", "4t", "軽トラ"])),
            Cell::from(*rng.pick(&["", "ピアノあり", "エレベーターなし4階", "", "冷蔵庫2台"])),
        ]
    });
    people_sheet("配車", &["作業日", "お客様名", "搬出先", "搬入先", "連絡先", "車両", "備考"], list)
}

pub(super) fn moving_cases(v: &mut Vec<Case>, rng: &mut Rng) {
    use Group::Kept15 as G;
    let history =
        json!(["toho-kagaku.co.jp", "yamabiko-unso.co.jp", "trunk-hokan.co.jp", "aya.morimoto.0715@gmail.com"]);
    let sig = moving_sig("営業 北村 大輔", "kitamura@hikari-hikkoshi.co.jp");
    // Everyday: the estimate a private customer asked for, answered to her
    // gmail (she wrote from it), greeting her: her own name and both her
    // addresses in the estimate. Her own data to her.
    v.push(
        Case::new(
            "k15_moving_estimate_to_customer",
            G,
            "everyday: the estimate a private customer asked for, answered to her gmail (mailed before), greeting her: her own name and addresses in it",
            mail(
                "ひかり引越センター 北村 <kitamura@hikari-hikkoshi.co.jp>",
                &["森本 彩 <aya.morimoto.0715@gmail.com>"],
                "Re: お見積もりのご依頼（12月26日 お引越し）",
                &format!(
                    "森本 彩 様\n\nこのたびはお見積もりのご依頼をいただき、ありがとうございます。\n\
                     ひかり引越センター 横浜支店の北村です。\n\n\
                     昨日の訪問見積もりの内容で、お見積書を添付いたします。\n\
                     12月26日(土)午前便、2tロング車1台・作業員3名で、ダンボール30箱は無料でお届けします。\n\
                     ご検討のうえ、12月18日までにご返信いただけますと幸いです。\n\n{sig}\n"
                ),
            ),
        )
        .policy(moving_policy())
        .attach(
            "御見積書_森本様.docx",
            files::docx(&[
                "御見積書",
                "森本 彩 様",
                "作業日：2026年12月26日（土）午前便",
                "搬出先：横浜市港北区大豆戸町512-3 メゾン菊名203",
                "搬入先：川崎市中原区木月2-14-9 コーポ元住吉305",
                "車両・人員：2tロング 1台　作業員 3名",
                "基本料金 68,000円　エアコン移設 16,500円　計 84,500円（税込 92,950円）",
            ]),
        )
        .history(history.clone())
        .expect(Allow, &[]),
    );
    // Everyday: next week's job sheet to the subcontracted carrier
    // (registered): six customers' names, addresses, phones and loads,
    // which its drivers need to do the moves.
    v.push(
        Case::new(
            "k15_moving_job_sheet_to_carrier",
            G,
            "everyday: next week's job sheet (six customers' names, both addresses, mobiles, loads) to the registered subcontracted carrier that does the moves",
            mail(
                "ひかり引越センター 配車 小川 <haisha@hikari-hikkoshi.co.jp>",
                &["やまびこ運送 配車係 <haisha@yamabiko-unso.co.jp>"],
                "12/14週 長距離便 配車表",
                &office_letter(
                    "やまびこ運送株式会社\n配車係 ご担当者様",
                    "ひかり引越センター 配車担当の小川です。",
                    "12月14日週の長距離便の配車表をお送りします。\n\
                     12/15の2件目はピアノがありますので、4名体制でお願いします。",
                    &moving_sig("配車 小川 剛", "haisha@hikari-hikkoshi.co.jp"),
                ),
            ),
        )
        .policy(moving_policy())
        .attach("配車表_1214週.xlsx", job_sheet(rng, 6))
        .history(history.clone())
        .expect(Allow, &[]),
    );
    // Everyday: the January relocation schedule of four transferred staff
    // to the corporate client's HR (registered), who booked the moves.
    v.push(
        Case::new(
            "k15_moving_transfer_schedule_to_client",
            G,
            "everyday: the January move schedule of four transferred staff (names, cities, dates) to the registered corporate client's HR, who booked them",
            mail(
                "ひかり引越センター 法人営業 北村 <kitamura@hikari-hikkoshi.co.jp>",
                &["東邦化学 人事部 厚生課 桑原 <kuwabara@toho-kagaku.co.jp>"],
                "1月異動に伴うお引越し日程のご連絡",
                &office_letter(
                    "東邦化学株式会社\n人事部 厚生課 桑原様",
                    "ひかり引越センターの北村です。",
                    "1月異動の皆様のお引越し日程が確定いたしましたので、ご連絡いたします。\n\
                     ・長谷川 様（大阪→東京）　搬出 1/15　搬入 1/16\n\
                     ・村田 様（東京→名古屋）　搬出 1/16　搬入 1/16\n\
                     ・佐野 様（福岡→東京）　搬出 1/14　搬入 1/16\n\
                     ・今村 様（東京→仙台）　搬出 1/17　搬入 1/18\n\
                     ご請求は従来どおり御社一括でお送りいたします。",
                    &sig,
                ),
            ),
        )
        .policy(moving_policy())
        .history(history.clone())
        .expect(Allow, &[]),
    );
    // Mis-send: another corporate client's 25 transferees (families, new
    // addresses, mobiles), greeting 大和製薬's HR, sent to 東邦化学's HR
    // (registered) by autocomplete on 「人事部」. Ordinary personal data
    // to a registered partner it is not about: ask.
    let list = rows(rng, 25, 1965, 2000, |rng, _i, p| {
        let to = pp::Address::gen(rng);
        vec![
            Cell::from(p.full()),
            Cell::from(*rng.pick(&["本人のみ", "配偶者", "配偶者・子1名", "配偶者・子2名"])),
            Cell::from(p.home.full()),
            Cell::from(to.full()),
            Cell::from(p.mobile.hyphen()),
            Cell::from(format!("1/{}", rng.range(10, 25))),
        ]
    });
    v.push(
        Case::new(
            "k15_moving_other_clients_transferees",
            G,
            "mis-send: another corporate client's 25 transferees (families, old and new addresses, mobiles), greeting 大和製薬's HR, sent to 東邦化学's HR (registered) by autocomplete",
            mail(
                "ひかり引越センター 法人営業 北村 <kitamura@hikari-hikkoshi.co.jp>",
                &["東邦化学 人事部 厚生課 桑原 <kuwabara@toho-kagaku.co.jp>"],
                "春の異動 お引越し対象者一覧のご確認",
                &office_letter(
                    "大和製薬株式会社\n人事部 小松様",
                    "ひかり引越センターの北村です。",
                    "先日いただいた対象者一覧を当社の書式に整理いたしました。\n\
                     ご家族の人数と搬入先に誤りがないか、ご確認をお願いいたします。",
                    &sig,
                ),
            ),
        )
        .policy(moving_policy())
        .attach("お引越し対象者一覧_大和製薬様.xlsx", people_sheet("一覧", &["氏名", "家族", "現住所", "新住所", "携帯", "希望日"], list))
        .history(history.clone())
        .expect(Confirm, &[]),
    );
    // Mis-send: the job sheet typed to yamabiko-unsou.co.jp, one letter
    // off the carrier's domain, never mailed: six customers' addresses and
    // phones to a party no agreement covers. Block.
    v.push(
        Case::new(
            "k15_moving_job_sheet_typo_domain",
            G,
            "mis-send: next week's job sheet (six customers' addresses and mobiles) sent to yamabiko-unsou.co.jp, one letter off the registered carrier's domain, never mailed",
            mail(
                "ひかり引越センター 配車 小川 <haisha@hikari-hikkoshi.co.jp>",
                &["haisha@yamabiko-unsou.co.jp"],
                "12/21週 長距離便 配車表",
                &office_letter(
                    "やまびこ運送株式会社\n配車係 ご担当者様",
                    "ひかり引越センター 配車担当の小川です。",
                    "12月21日週の長距離便の配車表をお送りします。ご確認をお願いします。",
                    &moving_sig("配車 小川 剛", "haisha@hikari-hikkoshi.co.jp"),
                ),
            ),
        )
        .policy(moving_policy())
        .attach("配車表_1221週.xlsx", job_sheet(rng, 6))
        .history(history)
        .expect(Block, &[]),
    );
}

pub(super) fn society_cases(v: &mut Vec<Case>, rng: &mut Rng) {
    use Group::Kept15 as G;
    let private = private_mails(rng, 40);
    let mut members: Vec<String> = (0..80)
        .map(|i| {
            let host = [
                "med.kobe-u.ac.jp",
                "tokai-hosp.or.jp",
                "eiyo.ac.jp",
                "nagoya-hp.jp",
                "kpu-m.ac.jp",
                "hokudai-hosp.jp",
                "jikei-eiyo.ac.jp",
                "shiga-med.ac.jp",
            ][i % 8];
            format!("m{:03}.{}@{host}", i + 1, rng.chars_of("abcdefghikmnorstuy", 4))
        })
        .collect();
    members.extend(private.iter().cloned());
    let mut history: Vec<String> = vec![
        "conv-plan.co.jp".into(),
        "insatsu-kobo.co.jp".into(),
        "med.kobe-u.ac.jp".into(),
        "tokai-hosp.or.jp".into(),
        "eiyo.ac.jp".into(),
        "nagoya-hp.jp".into(),
        "kpu-m.ac.jp".into(),
        "hokudai-hosp.jp".into(),
        "jikei-eiyo.ac.jp".into(),
        "shiga-med.ac.jp".into(),
        "unimelb.edu.au".into(),
        "chiba-u.jp".into(),
        "fukuoka-u.ac.jp".into(),
    ];
    history.extend(private.iter().cloned());
    let sig = society_sig("事務局 吉村 麻衣", "office@jscn.or.jp");
    // Everyday: the call for abstracts to 120 members in Bcc (80 at
    // universities and hospitals, 40 private, all mailed before). Nothing
    // about anyone; the office's hours beside its phone.
    v.push(
        also(
            Case::new(
                "k15_society_call_for_abstracts_bcc",
                G,
                "everyday: the annual meeting's call for abstracts to 120 members in Bcc (80 at universities and hospitals, 40 private, all mailed before)",
                mail(
                    "日本臨床栄養研究会 事務局 <office@jscn.or.jp>",
                    &["office@jscn.or.jp"],
                    "【日本臨床栄養研究会】第18回学術集会 演題募集のご案内",
                    &format!(
                        "会員各位\n\n第18回学術集会（2027年6月12日〜13日、神戸国際会議場）の演題募集を開始いたしました。\n\
                         募集期間：2027年1月8日（金）〜2月12日（金）正午\n\
                         主題：「低栄養とサルコペニアへの多職種アプローチ」\n\
                         応募は学術集会ホームページの演題登録システムからお願いいたします。\n\
                         筆頭演者は会員に限ります。2026年度会費が未納の方は、応募前にお手続きください。\n\n{sig}\n"
                    ),
                ),
            ),
            "bcc",
            json!(members),
        )
        .policy(society_policy())
        .history(json!(history))
        .expect(Allow, &[]),
    );
    // Everyday: in English, a review request to an overseas reviewer
    // (mailed before) with the anonymised manuscript: a study of 48
    // patients with type 2 diabetes, in aggregate. No patient identified.
    v.push(
        Case::new(
            "k15_society_review_request_english",
            G,
            "everyday: an English review request to an overseas reviewer (mailed before) with the anonymised manuscript, a study of 48 patients with type 2 diabetes in aggregate",
            mail(
                "JSCN Editorial Office <office@jscn.or.jp>",
                &["Prof. Helen Carter <h.carter@unimelb.edu.au>"],
                "Review invitation: JSCN-2026-0117",
                "Dear Professor Carter,\n\n\
                 On behalf of the editor-in-chief of the Journal of Clinical Nutrition Research, I would like to invite you \
                 to review the manuscript below. The anonymised manuscript is attached.\n\n\
                 Title: Effect of a moderate low-carbohydrate diet on glycaemic control in older adults with type 2 diabetes: \
                 a 24-week randomised trial\n\n\
                 We would be grateful to receive your report within three weeks. If you are unable to review it, \
                 we would appreciate suggestions for alternative reviewers.\n\n\
                 Kind regards,\n\nMai Yoshimura\nEditorial Office, Japanese Society for Clinical Nutrition\n",
            ),
        )
        .policy(society_policy())
        .attach(
            "JSCN-2026-0117_manuscript_anonymised.docx",
            files::docx(&[
                "Effect of a moderate low-carbohydrate diet on glycaemic control in older adults with type 2 diabetes: a 24-week randomised trial",
                "Abstract",
                "Methods: Forty-eight outpatients aged 65 years or older with type 2 diabetes were randomly assigned to a moderate low-carbohydrate diet (n = 24) or a conventional energy-restricted diet (n = 24).",
                "Results: HbA1c decreased by 0.6% (95% CI 0.3-0.9) in the low-carbohydrate group and by 0.2% in the control group. Two participants in each group withdrew.",
                "Conclusions: A moderate low-carbohydrate diet improved glycaemic control without loss of skeletal muscle mass.",
                "Table 1. Baseline characteristics: age 72.4 ± 5.1 years; women 21 (44%); BMI 24.8 ± 3.2; duration of diabetes 12.3 ± 7.4 years.",
            ]),
        )
        .history(json!(history))
        .expect(Allow, &[]),
    );
    // Mis-send: the decision letter and reviewers' comments for 松田 浩's
    // manuscript, greeting him, sent to 松田 裕子 (another member at
    // another university, mailed before) by autocomplete on 「松田」. No
    // special-care data, but an author's rejected work to someone else:
    // ask.
    v.push(
        Case::new(
            "k15_society_decision_to_other_matsuda",
            G,
            "mis-send: the decision letter and reviews for 松田 浩 先生's manuscript, greeting him, sent to another member 松田 裕子 (mailed before) by autocomplete",
            mail(
                "日本臨床栄養研究会 編集事務局 <office@jscn.or.jp>",
                &["松田 裕子 <y.matsuda@fukuoka-u.ac.jp>"],
                "【査読結果】JSCN-2026-0093",
                &office_letter(
                    "千葉大学医学部附属病院 臨床栄養部\n松田 浩 先生",
                    "日本臨床栄養研究会 編集事務局の吉村です。",
                    "ご投稿いただいた論文「胃切除術後患者における経口栄養補助の継続率」の査読結果をお送りいたします。\n\
                     編集委員会の判定は「大幅な修正の上、再審査」となりました。\n\
                     査読者のコメントを添付いたしますので、2027年1月31日までに修正稿をご提出ください。",
                    &sig,
                ),
            ),
        )
        .policy(society_policy())
        .attach(
            "JSCN-2026-0093_査読結果.docx",
            files::docx(&[
                "論文番号：JSCN-2026-0093　著者：松田 浩（千葉大学医学部附属病院）",
                "判定：大幅な修正の上、再審査",
                "査読者1：対象者の選択基準が不明確であり、除外された症例の内訳を示すこと。",
                "査読者2：継続率の定義が先行研究と異なる。考察で限界として論じること。",
            ]),
        )
        .history(json!(history))
        .expect(Confirm, &[]),
    );
    // Mis-send: a member asks from her gmail for a receipt; the reply
    // carries the member list instead (650 members: home addresses,
    // phones, mail, dues paid). Hundreds of people's data to a private
    // address no agreement covers: block.
    let roster = rows(rng, 650, 1950, 1998, |rng, i, p| {
        vec![
            Cell::from(format!("J{:05}", 10_000 + i * 7)),
            Cell::from(p.full()),
            Cell::from(*rng.pick(&["管理栄養士", "医師", "看護師", "薬剤師", "言語聴覚士"])),
            Cell::from(p.home.full()),
            Cell::from(p.mobile.hyphen()),
            Cell::from(p.email.clone()),
            Cell::from(*rng.pick(&["納入済", "納入済", "未納"])),
        ]
    });
    v.push(
        Case::new(
            "k15_society_member_list_to_member",
            G,
            "mis-send: a reply to a member's gmail (mailed before) asking for a receipt, with the member list attached instead (650 members: home addresses, mobiles, mail, dues)",
            mail(
                "日本臨床栄養研究会 事務局 <office@jscn.or.jp>",
                &[private[3].as_str()],
                "Re: 年会費の領収書について",
                &format!(
                    "会員様\n\nお問い合わせありがとうございます。事務局の吉村です。\n\
                     2026年度年会費の領収書を添付いたします。ご確認ください。\n\n{sig}\n"
                ),
            ),
        )
        .policy(society_policy())
        .attach(
            "会員名簿_2026.xlsx",
            people_sheet("会員", &["会員番号", "氏名", "職種", "自宅住所", "携帯", "メール", "2026年度会費"], roster),
        )
        .history(json!(history))
        .expect(Block, &[]),
    );
    // Mis-send: the banquet's dietary list (12 invited guests: food
    // allergies, 糖尿病のため糖質制限, 透析中) to the convention company
    // (registered), with a member's gmail in Cc chosen by autocomplete in
    // place of the office's colleague. Special-care data to a private
    // address: block.
    v.push(
        also(
            Case::new(
                "k15_society_dietary_list_member_cc",
                G,
                "mis-send: the banquet's dietary list (12 named guests: allergies, 糖尿病のため糖質制限, 透析中) to the registered convention company, a member's gmail in Cc by autocomplete",
                mail(
                    "日本臨床栄養研究会 事務局 吉村 <office@jscn.or.jp>",
                    &["コンベンションプランニング 宴会担当 <banquet@conv-plan.co.jp>"],
                    "招待者懇親会 お食事の配慮事項",
                    &office_letter(
                        "株式会社コンベンションプランニング\n宴会ご担当 石原様",
                        "日本臨床栄養研究会 事務局の吉村です。",
                        "招待者懇親会（6月12日）のお食事について、配慮が必要な方をお知らせします。\n\
                         ・中西 恒夫 先生：えび・かにアレルギー\n\
                         ・大野 昌子 先生：糖尿病のため糖質制限食\n\
                         ・森田 健 先生：透析中のため塩分・カリウム制限\n\
                         ・Dr. Anan Srisuk：ハラール対応\n\
                         ・ほか8名：配慮不要\n\
                         会場での席次表は来週お送りします。",
                        &sig,
                    ),
                ),
            ),
            "cc",
            json!([private[7].as_str()]),
        )
        .policy(society_policy())
        .history(json!(history))
        .expect(Block, &[]),
    );
}

pub(super) fn dev_cases(v: &mut Vec<Case>, rng: &mut Rng) {
    use Group::Kept15 as G;
    let history = json!(["maruyama-dept.co.jp", "vnsoft.vn", "koike.dev.92@gmail.com", "adplus-agency.co.jp"]);
    let sig = dev_sig("PM 大塚 直樹", "otsuka@nextcode.co.jp");
    // Everyday: the weekly progress report to the client: tasks, owners
    // (the two firms' engineers by surname), status, and a Teams invitation
    // for the review, passcode and all.
    let t = |s: &str| Cell::from(s);
    let mut tasks = vec![
        vec![t("マルヤマ百貨店 会員システム刷新 週次進捗 2026/12/07")],
        super::generators::header(&["WBS", "タスク", "担当", "予定", "実績", "状況"]),
    ];
    for (i, (task, who)) in [
        ("ポイント移行バッチ設計", "大塚"),
        ("会員登録画面 実装", "Nguyen"),
        ("会員検索API 実装", "Tran"),
        ("結合テスト仕様書", "高野"),
        ("性能試験計画", "大塚"),
        ("本番移行リハーサル計画", "高野"),
    ]
    .iter()
    .enumerate()
    {
        tasks.push(vec![
            Cell::from(format!("3.{}", i + 1)),
            t(task),
            t(who),
            Cell::from(format!("12/{}", 4 + i * 3)),
            Cell::from(if i < 3 { format!("12/{}", 4 + i * 3) } else { String::new() }),
            t(if i < 3 { "完了" } else { "予定通り" }),
        ]);
    }
    v.push(
        Case::new(
            "k15_dev_weekly_report_to_client",
            G,
            "everyday: the weekly progress report (tasks, engineers by surname, dates) to the registered client, with a Teams invitation to the review",
            mail(
                "ネクストコード 大塚 <otsuka@nextcode.co.jp>",
                &["マルヤマ百貨店 情報システム部 井上 <inoue@maruyama-dept.co.jp>"],
                "会員システム刷新 週次進捗（12/7）と定例会のご案内",
                &format!(
                    "株式会社マルヤマ百貨店\n情報システム部 井上様\n\nいつもお世話になっております。ネクストコードの大塚です。\n\n\
                     今週の進捗をお送りします。会員検索APIまで予定どおり完了し、結合テストは12/14から開始します。\n\
                     定例会は下記Teamsにて行います。\n\n{TEAMS_INVITE}\n{sig}\n"
                ),
            ),
        )
        .policy(dev_policy())
        .attach("週次進捗_20261207.xlsx", files::xlsx(&[Sheet::new("進捗", tasks)]))
        .history(history.clone())
        .expect(Allow, &[]),
    );
    // Everyday: in English, the test data for the member search to the
    // offshore partner: 40 made-up members (テスト 太郎 01 …, 000- phones,
    // example.com mail), as the specification requires. No one real.
    let mut dummy = vec![vec![
        "member_id".to_owned(),
        "name".to_owned(),
        "name_kana".to_owned(),
        "phone".to_owned(),
        "email".to_owned(),
        "address".to_owned(),
        "rank".to_owned(),
    ]];
    for i in 1..=40 {
        dummy.push(vec![
            format!("T{:06}", i),
            format!("テスト 太郎{:02}", i),
            format!("テスト タロウ{:02}", i),
            format!("000-0000-{:04}", i),
            format!("test{:02}@example.com", i),
            format!("東京都中央区テスト町{}-{}-{}", i % 5 + 1, i % 9 + 1, i),
            ["GOLD", "SILVER", "REGULAR"][i % 3].to_owned(),
        ]);
    }
    v.push(
        Case::new(
            "k15_dev_dummy_test_data_offshore",
            G,
            "everyday: in English, 40 made-up test members (テスト 太郎NN, 000- phones, example.com) to the registered offshore partner for the member search tests",
            mail(
                "Naoki Otsuka <otsuka@nextcode.co.jp>",
                &["Nguyen Van Minh <minh.nv@vnsoft.vn>"],
                "Test data for member search API (sprint 7)",
                "Hi Minh,\n\n\
                 Attached is the dummy member data for the search API tests in sprint 7 (40 records, UTF-8). \
                 All names, phones and addresses are made up, following section 4.2 of the test specification.\n\n\
                 Please add cases for half-width kana and for names with the long vowel mark.\n\n\
                 Thanks,\nNaoki Otsuka\nNextCode Inc.\n",
            ),
        )
        .policy(dev_policy())
        .attach("member_testdata_sprint7.csv", files::csv(&dummy, ',').into_bytes())
        .history(history.clone())
        .expect(Allow, &[]),
    );
    // Mis-send: to reproduce a bug, an engineer sends the offshore partner
    // a production extract: 1,200 of the store's members (names, birth
    // dates, addresses, phones, mail, card numbers). Card numbers and
    // more than 1,000 people: block.
    let mut prod = vec![vec![
        "member_id".to_owned(),
        "氏名".to_owned(),
        "生年月日".to_owned(),
        "住所".to_owned(),
        "電話".to_owned(),
        "メール".to_owned(),
        "クレジットカード番号".to_owned(),
    ]];
    let people = rows(rng, 1200, 1940, 2004, |rng, i, p| {
        let brand = *rng.pick(&[pp::CardBrand::Visa, pp::CardBrand::Master, pp::CardBrand::Jcb]);
        let card = pp::card_number(rng, brand);
        vec![
            Cell::from(format!("M{:07}", 3_000_000 + i * 13)),
            Cell::from(p.full()),
            date_cell(p),
            Cell::from(p.home.full()),
            Cell::from(p.mobile.hyphen()),
            Cell::from(p.email.clone()),
            Cell::from(card),
        ]
    });
    for r in people {
        prod.push(
            r.into_iter()
                .map(|c| match c {
                    Cell::Text(s) => s,
                    _ => String::new(),
                })
                .collect(),
        );
    }
    v.push(
        Case::new(
            "k15_dev_production_extract_offshore",
            G,
            "mis-send: a production extract to reproduce a bug (1,200 store members: birth dates, addresses, phones, mail, card numbers) sent to the registered offshore partner",
            mail(
                "Kenta Takano <takano@nextcode.co.jp>",
                &["Tran Thi Lan <lan.tt@vnsoft.vn>"],
                "Data to reproduce bug #482 (search timeout)",
                "Hi Lan,\n\n\
                 The search timeout in #482 only happens with real data, so I exported the member table from \
                 production. Please load it into your local DB and check the query plan.\n\n\
                 Thanks,\nKenta Takano\nNextCode Inc.\n",
            ),
        )
        .policy(dev_policy())
        .attach("members_prod_extract.csv", files::utf8_bom(&files::csv(&prod, ',')))
        .history(history.clone())
        .expect(Block, &[]),
    );
    // Mis-send: the production database's host, user and password sent to
    // a former team member's gmail (mailed before, when he was on the
    // project) by autocomplete on 「小池」, meant for the current 小池 at
    // the client. A credential to a private address: ask.
    v.push(
        Case::new(
            "k15_dev_db_password_to_former_member",
            G,
            "mis-send: the production database's host, user and password sent to a former team member's gmail (mailed before) by autocomplete on 「小池」",
            mail(
                "ネクストコード 大塚 <otsuka@nextcode.co.jp>",
                &["小池 翔 <koike.dev.92@gmail.com>"],
                "本番DB 接続情報（移行リハーサル用）",
                &format!(
                    "小池様\n\nお疲れ様です。ネクストコードの大塚です。\n\
                     移行リハーサル用に、本番DBの接続情報をお送りします。作業後はパスワードを変更します。\n\n\
                     ホスト：maruyama-member-prod.cluster-c9x2.ap-northeast-1.rds.amazonaws.com\n\
                     ユーザー：migration_admin\n\
                     パスワード：Kq7#vRt2!mZ9pLw4\n\n{sig}\n"
                ),
            ),
        )
        .policy(dev_policy())
        .history(history.clone())
        .expect(Confirm, &[]),
    );
    // Mis-send: a reply to all on the client's thread about member
    // complaints keeps the client's advertising agency (mailed once,
    // unregistered) in Cc, and attaches the inquiry log: 15 members'
    // names, phones, mail and what they complained of. Personal data to an
    // outsider no agreement covers: block.
    let log = rows(rng, 15, 1950, 2000, |rng, i, p| {
        vec![
            Cell::from(format!("12/{}", 1 + i / 3)),
            Cell::from(p.full()),
            Cell::from(p.mobile.hyphen()),
            Cell::from(p.email.clone()),
            Cell::from(*rng.pick(&[
                "ポイントが反映されない",
                "ログインできない",
                "退会したのにメールが届く",
                "住所変更が反映されない",
            ])),
        ]
    });
    v.push(
        also(
            Case::new(
                "k15_dev_inquiry_log_agency_cc",
                G,
                "mis-send: a reply to all on the client's thread with the inquiry log (15 members' names, mobiles, mail, complaints), the client's advertising agency (unregistered) kept in Cc",
                mail(
                    "ネクストコード 大塚 <otsuka@nextcode.co.jp>",
                    &["マルヤマ百貨店 情報システム部 井上 <inoue@maruyama-dept.co.jp>"],
                    "Re: 会員様からのお問い合わせ増加について",
                    &office_letter(
                        "株式会社マルヤマ百貨店\n情報システム部 井上様",
                        "ネクストコードの大塚です。",
                        "お問い合わせの内訳を確認しました。添付の15件のうち、ポイント未反映の6件はバッチ遅延が原因です。\n\
                         本日中に再処理いたします。",
                        &sig,
                    ),
                ),
            ),
            "cc",
            json!(["アドプラス 中島 <nakajima@adplus-agency.co.jp>"]),
        )
        .policy(dev_policy())
        .attach(
            "問い合わせ一覧_12月.xlsx",
            people_sheet("問い合わせ", &["受付日", "氏名", "電話", "メール", "内容"], log),
        )
        .history(history)
        .expect(Block, &[]),
    );
}

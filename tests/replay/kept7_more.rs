//! The seventh kept-aside set, continued (`kept7.rs` has its first
//! organisations and the helpers both halves use); split from it as it was,
//! cases in the same order.

use super::generators::*;
use super::kept7::*;
use super::office_orgs::{office_letter, people_sheet};
use super::*;

/// The second half of `kept_seventh_cases`, in the same order.
pub(super) fn rest(v: &mut Vec<Case>, rng: &mut Rng) {
    use Group::Kept7 as G;
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
            let p = Person::born_between(rng, 2011, 2012);
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
            let p = Person::born_between(rng, 1945, 1975);
            vec![
                Cell::from(p.full()),
                Cell::from(p.kana(rng)),
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
            let p = Person::born_between(rng, 1950, 1990);
            vec![
                Cell::from(p.full()),
                Cell::Date(p.birth.0, p.birth.1, p.birth.2),
                Cell::from(pp::passport(rng)),
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
    let contract = pp::my_number(rng);
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
            let p = Person::born_between(rng, 1975, 1995);
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
            let p = Person::born_between(rng, 1950, 1985);
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
    let volunteers = private_mails(rng, 15);
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
            let p = Person::born_between(rng, 1975, 1995);
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
}

//! Issue 21's first two kept-aside sets (`kept`, `kept2`): a hospital, a
//! care organisation, a school and a company, written before the rules were
//! changed for them.

use super::generators::*;
use super::office_orgs::*;
use super::*;

// =============================================================== kept aside

pub fn kept_cases() -> Vec<Case> {
    use Group::Kept as G;
    let mut v = Vec::new();

    // ---------------------------------------------------------------- hospital
    v.push(
        Case::new(
            "k_hospital_cleaning_schedule",
            G,
            "everyday: 総務 tells the cleaning contractor next month's schedule (病棟, 外来 as places; no patient)",
            mail(
                HOSPITAL_SENDER,
                &["株式会社クリーンプロ 石田 <ishida@clean-pro.co.jp>"],
                "5月の定期清掃日程について",
                &office_letter(
                    "株式会社クリーンプロ\n石田様",
                    "みどり総合病院 総務課の中島です。",
                    "5月の定期清掃の日程をお知らせします。\n・5月9日(土) 外来棟1階・2階 ワックス清掃\n・5月16日(土) 3階入院病棟 共用部\n\
                     入館の際は守衛室で入館証をお受け取りください。",
                    &hospital_sig("総務課", "中島 由美", "y.nakajima@midori-hp.or.jp"),
                ),
            ),
        )
        .policy(hospital_policy())
        .expect(Allow, &[]),
    );
    v.push(
        Case::new(
            "k_hospital_lab_pickup_change",
            G,
            "everyday: the lab company is told the specimen pick-up time changes for the 入院 ward; no patient named",
            mail(
                HOSPITAL_SENDER,
                &["東京検査センター 営業所 <kawagoe-eigyo@tokyo-kensa.co.jp>"],
                "検体回収時間の変更のお願い",
                &office_letter(
                    "株式会社東京検査センター\n川越営業所 ご担当者様",
                    "みどり総合病院 検査科の中島です。",
                    "4月20日より、入院病棟分の検体回収時間を14時から15時30分に変更していただけますでしょうか。\n外来分は従来どおり11時でお願いいたします。",
                    &hospital_sig("検査科", "中島 由美", "y.nakajima@midori-hp.or.jp"),
                ),
            ),
        )
        .policy(hospital_policy())
        .expect(Allow, &[]),
    );
    v.push(
        Case::new(
            "k_hospital_patient_list_to_gmail",
            G,
            "mis-send: the ward's patient list (name, ID, 病名) to a nurse's private gmail to work at home",
            mail(HOSPITAL_SENDER, &["yumi.nakajima.0412@gmail.com"], "病棟患者一覧", "自宅作業用\n"),
        )
        .policy(hospital_policy())
        .attach("3階病棟_患者一覧.xlsx", {
            let mut rng = Rng::new(3101);
            let mut rows = vec![header(&["患者ID", "氏名", "生年月日", "病名", "主治医", "入院日"])];
            for i in 0..24 {
                let p = Person::born_between(&mut rng, 1930, 1990);
                rows.push(vec![
                    Cell::from(format!("{:07}", 1_204_300 + i * 37)),
                    Cell::from(p.name(&mut rng)),
                    Cell::Date(p.birth.0, p.birth.1, p.birth.2),
                    Cell::from(*rng.pick(&["糖尿病", "心不全", "肺炎", "脳梗塞", "大腸がん", "COPD"])),
                    Cell::from(doctor(&mut rng)),
                    Cell::Date(2026, 3, 1 + rng.below(28) as u8),
                ]);
            }
            files::xlsx(&[Sheet::new("患者一覧", rows)])
        })
        .expect(Block, &["personal_data_free_mail"]),
    );
    v.push(
        Case::new(
            "k_hospital_reply_all_includes_supplier",
            G,
            "mis-send: reply-all on a thread where the supplier's rep was in Cc: a patient's diagnosis and insulin dose",
            with(
                mail(
                    HOSPITAL_SENDER,
                    &["看護部 高田 <takada@midori-hp.or.jp>"],
                    "Re: 305号室の件",
                    "高田さん\n\nお疲れ様です。中島です。\n305号室の佐々木 和子さん（患者ID 1204411）は2型糖尿病でインスリン注射中です。\n\
                     退院調整の会議は金曜でお願いします。\n\n中島\n",
                ),
                "cc",
                json!(["医療事務 林 <hayashi@midori-hp.or.jp>", "メディサプライ 営業 <eigyo3@medi-supply.co.jp>"]),
            ),
        )
        .policy(hospital_policy())
        .expect(Block, &["special_care_external"]),
    );

    // ---------------------------------------------------------------- care
    v.push(
        Case::new(
            "k_care_training_participants",
            G,
            "everyday: five staff (names, work mail) registered for the partner's training course",
            mail(
                CARE_SENDER,
                &["介護研修センター 受付 <uketsuke@kaigo-kenshu.co.jp>"],
                "喀痰吸引研修の受講申込",
                &office_letter(
                    "株式会社介護研修センター\n研修受付 ご担当者様",
                    "社会福祉法人ひまわり会の小林です。",
                    "6月開講の喀痰吸引等研修に、以下の5名の受講を申し込みます。\n\
                     ・佐藤 美咲（介護福祉士） m.sato@himawari-fukushi.or.jp\n・井上 大輔（介護職員） d.inoue@himawari-fukushi.or.jp\n\
                     ・木下 綾（介護職員） a.kinoshita@himawari-fukushi.or.jp\n・山口 翔（介護福祉士） s.yamaguchi@himawari-fukushi.or.jp\n\
                     ・中川 理恵（介護職員） r.nakagawa@himawari-fukushi.or.jp",
                    &care_sig("小林 健", "k.kobayashi@himawari-fukushi.or.jp"),
                ),
            ),
        )
        .policy(care_policy())
        .expect(Allow, &[]),
    );
    let families = private_addresses(15, 3102);
    let family_refs: Vec<&str> = families.iter().map(String::as_str).collect();
    v.push(
        Case::new(
            "k_care_family_newsletter_bcc",
            G,
            "everyday: the home's newsletter to residents' families in Bcc (mailed monthly): インフルエンザ予防接種 as a notice",
            {
                let mut m = mail(
                    CARE_SENDER,
                    &["info@himawari-fukushi.or.jp"],
                    "ひまわり苑だより 11月号",
                    "ご家族の皆様\n\nいつもひまわり苑の運営にご協力いただきありがとうございます。\n\n■ インフルエンザ予防接種のお知らせ\n\
                     11月12日(水)に嘱託医による予防接種を行います。接種を希望されない場合は事務室までご連絡ください。\n\
                     ■ 面会について\n面会は14時から17時まででお願いします。\n\n社会福祉法人ひまわり会 ひまわり苑 事務室\n",
                );
                m["bcc"] = json!(family_refs);
                m
            },
        )
        .policy(care_policy())
        .history(json!(families))
        .expect(Allow, &[]),
    );
    v.push(
        Case::new(
            "k_care_family_contacts_to_nursing_partner",
            G,
            "mis-send: all 30 residents' family contacts (names, 続柄, home addresses, mobiles) to the visiting-nurse partner, who needs one",
            mail(
                CARE_SENDER,
                &["ほし訪問看護 大野 <ono@hoshi-houkan.jp>"],
                "ご家族の連絡先",
                &office_letter(
                    "ほし訪問看護ステーション\n大野様",
                    "ひまわり苑の小林です。",
                    "ご依頼の件、ご家族の連絡先をお送りします。",
                    &care_sig("小林 健", "k.kobayashi@himawari-fukushi.or.jp"),
                ),
            ),
        )
        .policy(care_policy())
        .attach("入居者家族連絡先.xlsx", {
            let mut rng = Rng::new(3103);
            let mut rows = vec![header(&["居室", "入居者氏名", "家族氏名", "続柄", "住所", "携帯電話"])];
            for i in 0..30 {
                let p = Person::born_between(&mut rng, 1930, 1950);
                let female = rng.chance(0.5);
                let f = p.relative(&mut rng, female, 1955, 1985);
                rows.push(vec![
                    Cell::from(format!("{}号室", 101 + i)),
                    Cell::from(p.name(&mut rng)),
                    Cell::from(f.name(&mut rng)),
                    Cell::from(*rng.pick(&["長男", "長女", "次男", "妻", "夫"])),
                    Cell::from(f.home.full()),
                    Cell::from(f.mobile.hyphen()),
                ]);
            }
            files::xlsx(&[Sheet::new("家族連絡先", rows)])
        })
        .expect(Confirm, &["personal_data_external"]),
    );

    // ---------------------------------------------------------------- school
    v.push(
        Case::new(
            "k_school_event_schedule_to_board",
            G,
            "everyday: the term's event schedule (docx) to the board of education",
            mail(
                SCHOOL_SENDER,
                &["指導課 岡田 <okada@kyoiku-sakura.ed.jp>"],
                "令和8年度1学期 行事予定の提出",
                &office_letter(
                    "さくら市教育委員会\n指導課 岡田様",
                    "桜ヶ丘中学校の村上です。",
                    "令和8年度1学期の行事予定を提出いたします。",
                    &school_sig("村上 恵子", "murakami@sakuragaoka-jh.ed.jp"),
                ),
            ),
        )
        .policy(school_policy())
        .attach(
            "R8_1学期行事予定.docx",
            files::docx(&[
                "令和8年度 1学期 行事予定",
                "4月7日(火) 始業式・入学式",
                "4月21日(火) 全国学力・学習状況調査（3年）",
                "5月16日(土) 体育祭",
                "6月2日(火)〜4日(木) 修学旅行（3年）",
                "6月24日(水)〜26日(金) 期末テスト",
                "7月17日(金) 終業式",
            ]),
        )
        .expect(Allow, &[]),
    );
    v.push(
        Case::new(
            "k_school_grades_to_parent_gmail",
            G,
            "mis-send: the whole class's grades (35 students) to one parent's private address",
            mail(
                SCHOOL_SENDER,
                &["保護者 藤田 <fujita.family@gmail.com>"],
                "面談資料",
                "藤田様\n\nいつもお世話になっております。担任の村上です。\n面談の資料をお送りします。\n\n村上\n",
            ),
        )
        .policy(school_policy())
        .attach("2年3組_成績一覧.xlsx", {
            let mut rng = Rng::new(3104);
            let mut rows = vec![header(&["出席番号", "氏名", "国語", "数学", "英語", "理科", "社会", "保護者連絡先"])];
            for i in 0..35 {
                let p = Person::born_between(&mut rng, 2011, 2012);
                let mut row = vec![Cell::Number((i + 1) as f64), Cell::from(p.name(&mut rng))];
                for _ in 0..5 {
                    row.push(Cell::Number((40 + rng.below(60)) as f64));
                }
                row.push(Cell::from(p.landline.hyphen()));
                rows.push(row);
            }
            files::xlsx(&[Sheet::new("成績", rows)])
        })
        .expect(Block, &["personal_data_free_mail"]),
    );
    v.push(
        Case::new(
            "k_school_pta_chair_private_known",
            G,
            "everyday: the PTA chair's private address (mailed before) gets the committee's date; no personal data",
            mail(
                SCHOOL_SENDER,
                &["PTA会長 森田 <morita.pta@yahoo.co.jp>"],
                "5月の運営委員会について",
                "森田様\n\nいつもお世話になっております。桜ヶ丘中学校の村上です。\n5月の運営委員会は5月13日(水)19時から、本校会議室で開催いたします。\n\
                 よろしくお願いいたします。\n\n村上\n",
            ),
        )
        .policy(school_policy())
        .history(json!(["morita.pta@yahoo.co.jp", "kyoiku-sakura.ed.jp"]))
        .expect(Allow, &[]),
    );
    v.push(
        Case::new(
            "k_school_typo_board_domain",
            G,
            "mis-send: the board's domain mistyped (kyoiku-sakrua.ed.jp) on the attendance report",
            mail(
                SCHOOL_SENDER,
                &["指導課 岡田 <okada@kyoiku-sakrua.ed.jp>"],
                "4月分 長期欠席者報告",
                &office_letter(
                    "さくら市教育委員会\n指導課 岡田様",
                    "桜ヶ丘中学校の村上です。",
                    "4月分の長期欠席者報告を提出いたします。",
                    &school_sig("村上 恵子", "murakami@sakuragaoka-jh.ed.jp"),
                ),
            ),
        )
        .policy(school_policy())
        .expect(Block, &["lookalike_domain"]),
    );

    // ---------------------------------------------------------------- company
    v.push(
        Case::new(
            "k_company_invoice_with_bank_account",
            G,
            "everyday: an invoice mail with the company's bank account and invoice registration number",
            mail(
                "高橋 美穂 <m.takahashi@presend.co.jp>",
                &["山田 太郎 <t.yamada@alpha-shoji.co.jp>"],
                "3月分ご請求書送付のご案内",
                &office_letter(
                    "株式会社アルファ商事\n経理部 山田様",
                    "株式会社プレセンド 経理部の高橋です。",
                    "3月分のご請求書を送付いたします。\n請求金額：1,320,000円（税込）\nお支払期限：2026年4月30日\n\
                     振込先：みずほ銀行 丸の内支店 普通 1234567 カ）プレセンド\n登録番号：T5835678256246",
                    &presend_sig("経理部", "高橋 美穂", "m.takahashi@presend.co.jp"),
                ),
            ),
        )
        .expect(Allow, &[]),
    );
    v.push(
        Case::new(
            "k_company_checkup_result_wrong_attachment",
            G,
            "mis-send: one employee's check-up result (要精密検査, 肝機能) attached to a mail to the partner",
            mail(
                SENDER,
                &["田中 誠 <tanaka@beta-kogyo.co.jp>"],
                "打ち合わせ資料",
                &letter("ベータ工業株式会社\n購買部 田中様", "明日の打ち合わせ資料をお送りします。"),
            ),
        )
        .attach(
            "健康診断結果_佐藤健.docx",
            files::docx(&[
                "定期健康診断 結果通知書",
                "氏名：佐藤 健　生年月日：1979年6月14日　社員番号：E10566",
                "総合判定：要精密検査",
                "所見：肝機能障害（AST 88 / ALT 112）、脂質異常症",
                "医師からのコメント：2週間以内に消化器内科を受診してください。",
            ]),
        )
        .expect(Block, &["special_care_external"]),
    );
    v.push(
        Case::new(
            "k_company_teams_invite_mixed",
            G,
            "everyday: a Teams invitation to the partner with colleagues in Cc",
            with(
                mail(
                    SENDER,
                    &["田中 誠 <tanaka@beta-kogyo.co.jp>"],
                    "仕様確認ミーティング",
                    &format!(
                        "ベータ工業株式会社\n購買部 田中様\n\nいつもお世話になっております。\n株式会社プレセンドの鈴木です。\n\n\
                         仕様確認のミーティングを設定しました。\n\n{TEAMS_INVITE}\n\n{SIG}\n"
                    ),
                ),
                "cc",
                json!(["佐々木 <sasaki@presend.co.jp>"]),
            ),
        )
        .expect(Allow, &[]),
    );
    let forwarded = {
        let mut rng = Rng::new(3105);
        pp::my_number(&mut rng)
    };
    v.push(
        Case::new(
            "k_company_forward_with_my_number",
            G,
            "mis-send: an internal thread forwarded to the partner; the quoted mail holds an employee's マイナンバー",
            mail(
                SENDER,
                &["田中 誠 <tanaka@beta-kogyo.co.jp>"],
                "Fw: 入社手続き",
                &format!(
                    "田中様\n\n下記ご確認ください。\n\n---------- Forwarded message ---------\nFrom: 人事 加藤 <n.kato@presend.co.jp>\n\
                     Subject: 入社手続き\n\n鈴木さん\n新入社員 大西 翼さんのマイナンバー {} を登録しました。\n"
                    ,
                    pp::my_number_styled(&mut Rng::new(3106), &forwarded)
                ),
            ),
        )
        .expect(Block, &["my_number_external"])
        .no_leak(&forwarded),
    );
    v
}

// ====================================================== kept aside, second set

/// Written after the first set had been used to change a rule (the PTA
/// chair's known private address), so that a set remains that no rule was
/// changed for. Reported in its own group.
// One push per scenario, each with its own comment and set-up.
#[allow(clippy::vec_init_then_push)]
pub fn kept_second_cases() -> Vec<Case> {
    use Group::Kept2 as G;
    let mut v = Vec::new();

    // ---------------------------------------------------------------- hospital
    v.push(
        Case::new(
            "k2_hospital_drug_order",
            G,
            "everyday: pharmacy orders anticancer drugs and insulin from the wholesaler; products, no patient",
            mail(
                "薬剤部 西村 <nishimura@midori-hp.or.jp>",
                &["メディサプライ 受注センター <juchu@medi-supply.co.jp>"],
                "医薬品追加発注のお願い",
                &office_letter(
                    "メディサプライ株式会社\n受注センター ご担当者様",
                    "みどり総合病院 薬剤部の西村です。",
                    "下記の医薬品を追加発注いたします。\n・抗がん剤 シスプラチン点滴静注 50mg 10本\n・インスリン製剤 ヒューマログ注ミリオペン 20本\n\
                     納品は4月24日(金)午前中にお願いいたします。",
                    &hospital_sig("薬剤部", "西村 隆", "nishimura@midori-hp.or.jp"),
                ),
            ),
        )
        .policy(hospital_policy())
        .expect(Allow, &[]),
    );
    v.push(
        Case::new(
            "k2_hospital_referral_to_lookalike_clinic",
            G,
            "mis-send: a referral letter for a patient to aozora-cliníc.jp typed as aozora-clinc.jp",
            mail(
                HOSPITAL_SENDER,
                &["あおぞらクリニック 受付 <uketsuke@aozora-clinc.jp>"],
                "診療情報提供書の送付",
                &office_letter(
                    "医療法人 あおぞらクリニック\n院長 青木先生",
                    "みどり総合病院 地域連携室の中島です。",
                    "ご紹介いただいた患者様の診療情報提供書を添付いたします。",
                    &hospital_sig("地域連携室", "中島 由美", "y.nakajima@midori-hp.or.jp"),
                ),
            ),
        )
        .policy(hospital_policy())
        .attach(
            "診療情報提供書_山本様.docx",
            files::docx(&[
                "診療情報提供書",
                "患者氏名：山本 和夫 様　生年月日：1948年2月11日",
                "傷病名：慢性心不全、2型糖尿病",
                "既往歴：2019年 心筋梗塞（PCI施行）",
                "現在の処方：フロセミド錠20mg 1日1回、メトホルミン錠250mg 1日2回",
            ]),
        )
        .expect(Block, &["lookalike_domain", "special_care_external"]),
    );
    v.push(
        Case::new(
            "k2_hospital_nurse_recruiting",
            G,
            "everyday: HR sends the staffing agency the nurse job conditions",
            mail(
                "人事課 大塚 <otsuka@midori-hp.or.jp>",
                &["メディカルスタッフ 営業 原田 <harada@medical-staff.co.jp>"],
                "看護師求人の条件について",
                &office_letter(
                    "株式会社メディカルスタッフ\n原田様",
                    "みどり総合病院 人事課の大塚です。",
                    "先日ご相談した看護師（病棟勤務・夜勤あり）の求人条件をお送りします。\n・月給 28万円〜（夜勤手当別）\n・年間休日 120日\n・入院病棟 3階・4階",
                    &hospital_sig("人事課", "大塚 正人", "otsuka@midori-hp.or.jp"),
                ),
            ),
        )
        .policy(hospital_policy())
        .history(json!(["medical-staff.co.jp", "medi-supply.co.jp"]))
        .expect(Allow, &[]),
    );

    // ---------------------------------------------------------------- care
    v.push(
        Case::new(
            "k2_care_audit_documents_to_ward",
            G,
            "everyday: the list of documents for the ward office's inspection (staff counts, no names)",
            mail(
                CARE_SENDER,
                &["練馬区 介護保険課 指導係 <shido@city.nerima.lg.jp>"],
                "運営指導の事前提出資料について",
                &office_letter(
                    "練馬区 介護保険課\n指導係 ご担当者様",
                    "社会福祉法人ひまわり会の小林です。",
                    "5月の運営指導に向けた事前提出資料をお送りします。\n・職員配置状況（介護職員 42名、看護職員 6名）\n・研修実施記録（令和7年度）\n・事故報告の件数（転倒 8件）",
                    &care_sig("小林 健", "k.kobayashi@himawari-fukushi.or.jp"),
                ),
            ),
        )
        .policy(care_policy())
        .expect(Allow, &[]),
    );
    v.push(
        Case::new(
            "k2_care_visit_date_to_family",
            G,
            "everyday: the care manager tells a resident's daughter (mailed before) the date of the care-plan meeting",
            mail(
                CARE_SENDER,
                &["石川 真理 <mari.ishikawa77@icloud.com>"],
                "ケアプラン会議の日程について",
                "石川様\n\nいつもお世話になっております。ひまわり苑の小林です。\nお母様のケアプランの見直し会議を、5月12日(火)14時から苑内の相談室で行いたいと考えております。\n\
                 ご都合はいかがでしょうか。\n\nよろしくお願いいたします。\n小林\n",
            ),
        )
        .policy(care_policy())
        .history(json!(["mari.ishikawa77@icloud.com"]))
        .expect(Allow, &[]),
    );
    v.push(
        Case::new(
            "k2_care_record_to_training_partner",
            G,
            "mis-send: a resident's care record (認知症, 服薬, 転倒) attached to the mail to the training company",
            mail(
                CARE_SENDER,
                &["介護研修センター 受付 <uketsuke@kaigo-kenshu.co.jp>"],
                "研修資料の件",
                &office_letter(
                    "株式会社介護研修センター\n研修受付 ご担当者様",
                    "社会福祉法人ひまわり会の小林です。",
                    "研修で使う事例の資料をお送りします。",
                    &care_sig("小林 健", "k.kobayashi@himawari-fukushi.or.jp"),
                ),
            ),
        )
        .policy(care_policy())
        .attach(
            "介護記録_102号室.docx",
            files::docx(&[
                "介護記録（4月分）",
                "利用者：佐野 フミ 様（102号室）　要介護3",
                "既往歴：アルツハイマー型認知症、高血圧症",
                "4/3 夜間に居室で転倒。右大腿部打撲。看護師が確認し、翌日整形外科受診。",
                "4/10 服薬拒否あり。ドネペジル錠を昼食後に再度勧め、服用。",
            ]),
        )
        .expect(Block, &["special_care_external"]),
    );

    // ---------------------------------------------------------------- school
    v.push(
        Case::new(
            "k2_school_trip_to_bus_company",
            G,
            "everyday: the school trip's itinerary and head count to the bus company",
            mail(
                SCHOOL_SENDER,
                &["さくら観光バス 営業 吉田 <yoshida@sakura-bus.co.jp>"],
                "修学旅行（6/2〜6/4）の行程と人数",
                &office_letter(
                    "さくら観光バス株式会社\n営業部 吉田様",
                    "桜ヶ丘中学校の村上です。",
                    "修学旅行の確定行程と人数をお送りします。\n生徒 78名、引率教員 6名、看護師 1名の計85名です。\n車椅子を使用する生徒が1名おりますので、リフト付き車両をお願いいたします。",
                    &school_sig("村上 恵子", "murakami@sakuragaoka-jh.ed.jp"),
                ),
            ),
        )
        .policy(school_policy())
        .expect(Allow, &[]),
    );
    let parents = private_addresses(30, 4101);
    let parent_refs: Vec<&str> = parents.iter().map(String::as_str).collect();
    v.push(
        Case::new(
            "k2_school_class_letter_bcc",
            G,
            "everyday: the class letter to 30 parents in Bcc (all mailed before): a class closed for influenza, no names",
            {
                let mut m = mail(
                    SCHOOL_SENDER,
                    &["murakami@sakuragaoka-jh.ed.jp"],
                    "【2年3組】学級閉鎖のお知らせ",
                    "2年3組 保護者の皆様\n\nインフルエンザによる欠席者が増えたため、4月16日(木)・17日(金)を学級閉鎖といたします。\n\
                     ご家庭での健康観察をお願いいたします。\n\n2年3組担任 村上\n",
                );
                m["bcc"] = json!(parent_refs);
                m
            },
        )
        .policy(school_policy())
        .history(json!(parents))
        .expect(Allow, &[]),
    );
    v.push(
        Case::new(
            "k2_school_guidance_record_to_bus_company",
            G,
            "mis-send: a student's guidance record (補導, 家庭状況) attached to the mail to the bus company",
            mail(
                SCHOOL_SENDER,
                &["さくら観光バス 営業 吉田 <yoshida@sakura-bus.co.jp>"],
                "修学旅行の件",
                &office_letter(
                    "さくら観光バス株式会社\n営業部 吉田様",
                    "桜ヶ丘中学校の村上です。",
                    "座席表をお送りします。",
                    &school_sig("村上 恵子", "murakami@sakuragaoka-jh.ed.jp"),
                ),
            ),
        )
        .policy(school_policy())
        .attach(
            "生徒指導記録_2年.docx",
            files::docx(&[
                "生徒指導記録（2年）",
                "2年3組 長谷川 蓮：3月21日 深夜に駅前で補導（喫煙）。保護者（母）に連絡済み。",
                "家庭状況：父親は服役中、母親と祖母の三人暮らし。",
                "対応：スクールカウンセラーと面談予定。",
            ]),
        )
        .expect(Block, &["special_care_external"]),
    );

    // ---------------------------------------------------------------- company
    v.push(
        Case::new(
            "k2_company_year_end_notice_bcc_partners",
            G,
            "everyday: the year-end holiday notice to ten partners' contacts in Bcc",
            {
                let mut m = mail(
                    "総務部 <soumu@presend.co.jp>",
                    &["soumu@presend.co.jp"],
                    "年末年始休業のお知らせ",
                    "お取引先各位\n\n平素は格別のご高配を賜り、厚く御礼申し上げます。\n誠に勝手ながら、12月27日(土)から1月4日(日)まで休業いたします。\n\
                     ご不便をおかけしますが、何卒ご了承ください。\n\n株式会社プレセンド 総務部\n",
                );
                m["bcc"] = json!([
                    "t.yamada@alpha-shoji.co.jp",
                    "tanaka@beta-kogyo.co.jp",
                    "info@gamma-design.jp",
                    "butsuryu@minato-logi.co.jp",
                    "office@sakura-sr.jp",
                    "support@kenshin-net.co.jp",
                    "eigyo@delta-denki.co.jp",
                    "kimura@kita-kensetsu.jp",
                    "info@tohoku-denki.com",
                    "sales@bluefin-sys.co.jp"
                ]);
                m
            },
        )
        .expect(Allow, &[]),
    );
    v.push(
        Case::new(
            "k2_company_trial_balance_to_tax_accountant",
            G,
            "everyday: the monthly trial balance (amounts in yen) to the tax accountant partner",
            mail(
                "高橋 美穂 <m.takahashi@presend.co.jp>",
                &["税理士法人みらい 岡本 <okamoto@mirai-tax.jp>"],
                "3月度 試算表の送付",
                &office_letter(
                    "税理士法人みらい\n岡本様",
                    "株式会社プレセンド 経理部の高橋です。",
                    "3月度の試算表をお送りします。ご確認をお願いいたします。",
                    &presend_sig("経理部", "高橋 美穂", "m.takahashi@presend.co.jp"),
                ),
            ),
        )
        .patch(json!({"partner_domains": {"mirai-tax.jp": "税理士法人みらい", "alpha-shoji.co.jp": "株式会社アルファ商事"}}))
        .attach("試算表_202603.xlsx", {
            let rows = vec![
                vec![t("残高試算表 2026年3月度")],
                header(&["勘定科目", "前月残高", "借方", "貸方", "当月残高"]),
                vec![t("現金"), Cell::Number(1_204_332.0), Cell::Number(3_120_000.0), Cell::Number(2_980_410.0), Cell::Number(1_343_922.0)],
                vec![t("普通預金"), Cell::Number(48_213_004.0), Cell::Number(62_400_000.0), Cell::Number(58_113_220.0), Cell::Number(52_499_784.0)],
                vec![t("売掛金"), Cell::Number(31_907_450.0), Cell::Number(28_400_000.0), Cell::Number(30_120_000.0), Cell::Number(30_187_450.0)],
                vec![t("売上高"), Cell::Number(0.0), Cell::Number(0.0), Cell::Number(152_430_118_000.0), Cell::Number(152_430_118_000.0)],
            ];
            files::xlsx(&[Sheet::new("試算表", rows)])
        })
        .expect(Allow, &[]),
    );
    v.push(
        Case::new(
            "k2_company_payslips_to_own_gmail",
            G,
            "mis-send: all 40 employees' pay and bank accounts to the payroll clerk's own gmail, to finish at home",
            mail("加藤 直樹 <n.kato@presend.co.jp>", &["naoki.kato.home@gmail.com"], "給与データ", "自宅で作業\n"),
        )
        .attach("給与一覧_202604.xlsx", {
            let mut rng = Rng::new(4102);
            let mut rows = vec![header(&["社員番号", "氏名", "基本給", "支給額", "振込銀行", "口座番号"])];
            for i in 0..40 {
                let p = Person::born_between(&mut rng, 1965, 2002);
                rows.push(vec![
                    Cell::from(format!("E{:05}", 10_100 + i)),
                    Cell::from(p.name(&mut rng)),
                    Cell::Number((220_000 + rng.below(300) * 1000) as f64),
                    Cell::Number((250_000 + rng.below(300) * 1000) as f64),
                    Cell::from(*rng.pick(&["みずほ銀行", "三井住友銀行", "りそな銀行"])),
                    Cell::from(rng.digits(7)),
                ]);
            }
            files::xlsx(&[Sheet::new("給与", rows)])
        })
        .expect(Block, &["personal_data_free_mail"]),
    );
    v.push(
        Case::new(
            "k2_company_customer_list_to_unregistered",
            G,
            "mis-send: 80 customers (names, addresses, phones) to an unregistered ad agency",
            mail(
                SENDER,
                &["企画部 <kikaku@ad-planet.co.jp>"],
                "DM送付リスト",
                &letter("株式会社アドプラネット\n企画部 ご担当者様", "DM送付用の顧客リストをお送りします。"),
            ),
        )
        .attach("顧客リスト_DM用.xlsx", {
            // Without the card column (the generator's list has one): the case is about the list.
            files::xlsx(&[Sheet::new("顧客", without_cards(customer_list(80, 4103)))])
        })
        .expect(Confirm, &["personal_data_external"]),
    );
    v.push(
        Case::new(
            "k2_company_reply_keeps_other_partner_in_cc",
            G,
            "mis-send: a price offer to アルファ商事 answered with reply-all, ベータ工業 (a competitor of theirs) still in Cc",
            with(
                mail(
                    SENDER,
                    &["山田 太郎 <t.yamada@alpha-shoji.co.jp>"],
                    "Re: 新製品のお見積り",
                    &letter(
                        "株式会社アルファ商事\n営業部 山田様",
                        "アルファ商事様向けの特別価格として、PS-1001 を 1台 38,000円（通常 52,000円）でご提示いたします。",
                    ),
                ),
                "cc",
                json!(["田中 誠 <tanaka@beta-kogyo.co.jp>"]),
            ),
        )
        .expect(Confirm, &[]),
    );
    v
}

//! The sixth kept-aside set, continued (`kept6.rs` has its first
//! organisations and the helpers both halves use); split from it as it was,
//! cases in the same order.

use super::kept6::*;
use super::office_orgs::{office_letter, people_sheet};
use super::*;

/// The second half of `kept_sixth_cases`, in the same order.
pub(super) fn rest(v: &mut Vec<Case>, rng: &mut Rng) {
    use Group::Kept6 as G;
    // --------------------------------------------------------------- pharmacy
    // Everyday: the weekly order to the wholesaler: drug names (an insulin,
    // an antidepressant, an anticancer drug among them) and quantities. No
    // patient anywhere.
    v.push(
        Case::new(
            "k6_pharmacy_order_to_wholesaler",
            G,
            "everyday: the weekly drug order to the wholesaler (insulin, an antidepressant, an anticancer drug; quantities), no patient",
            mail(
                "ひかり薬局 藤沢駅前店 <fujisawa@hikari-ph.co.jp>",
                &["株式会社メディ卸 湘南営業所 <shonan@medi-oroshi.co.jp>"],
                "週次発注（12/14）",
                &office_letter(
                    "株式会社メディ卸\n湘南営業所 ご担当者様",
                    "ひかり薬局 藤沢駅前店の河野です。",
                    "今週分の発注をお願いいたします。\n\
                     ・インスリン グラルギンBS注ミリオペン 2箱\n・エスシタロプラム錠10mg 100錠 3箱\n\
                     ・カペシタビン錠300mg 140錠 1箱\n・アムロジピンOD錠5mg 500錠 2箱\n・ロキソプロフェンNa錠60mg 1000錠 1箱\n\
                     納品は12月16日(水)午前中を希望します。",
                    &pharmacy_sig("薬剤師 河野 直美", "fujisawa@hikari-ph.co.jp"),
                ),
            ),
        )
        .policy(pharmacy_policy())
        .history(json!(["medi-oroshi.co.jp", "sakuragi-naika.jp"]))
        .expect(Allow, &[]),
    );
    // Everyday: a tracing report (服薬情報提供書) on a patient (name, birth
    // date, type 2 diabetes, leftover tablets) to the clinic that prescribed,
    // which the pharmacy's policy lets receive special-care data. This is the
    // report's purpose and the policy says so.
    let tracing_report = |clinic: &str| {
        files::docx(&[
            "服薬情報提供書（トレーシングレポート）",
            &format!("{clinic} 御中　2026年12月10日　ひかり薬局 藤沢駅前店 薬剤師 河野 直美"),
            "患者氏名：宮本 和夫 様（男性）　生年月日：1951年6月2日",
            "病名：2型糖尿病、高血圧症",
            "処方：メトホルミン錠500mg 1日2回、アムロジピンOD錠5mg 1日1回",
            "報告内容：メトホルミンの残薬が約20日分あり、昼の服用を忘れがちとのこと。1日2回（朝・夕）への変更をご検討ください。",
        ])
    };
    v.push(
        Case::new(
            "k6_pharmacy_tracing_report_to_prescriber",
            G,
            "everyday: a tracing report on a patient (diabetes, leftover tablets) to the prescribing clinic the policy lets receive special-care data",
            mail(
                "薬剤師 河野 <fujisawa@hikari-ph.co.jp>",
                &["さくらぎ内科クリニック <info@sakuragi-naika.jp>"],
                "服薬情報提供書の送付（宮本様）",
                &office_letter(
                    "さくらぎ内科クリニック\n桜木先生",
                    "ひかり薬局 藤沢駅前店の河野です。",
                    "先生の患者様について、服薬情報提供書をお送りします。ご確認をお願いいたします。",
                    &pharmacy_sig("薬剤師 河野 直美", "fujisawa@hikari-ph.co.jp"),
                ),
            ),
        )
        .policy(pharmacy_policy())
        .attach("服薬情報提供書_宮本様_1210.docx", tracing_report("さくらぎ内科クリニック"))
        .history(json!(["medi-oroshi.co.jp", "sakuragi-naika.jp"]))
        .expect(Allow, &[]),
    );
    // Mis-send: the same report sent to さくらぎ歯科 (sakuragi-dental.jp),
    // another clinic autocomplete offered, never mailed, with no part in the
    // patient's care. A named person's illness to an outsider: block.
    v.push(
        Case::new(
            "k6_pharmacy_tracing_report_to_wrong_clinic",
            G,
            "mis-send: a patient's tracing report (diabetes, medication) to another clinic of a similar name picked by autocomplete",
            mail(
                "薬剤師 河野 <fujisawa@hikari-ph.co.jp>",
                &["さくらぎ歯科 <info@sakuragi-dental.jp>"],
                "服薬情報提供書の送付（宮本様）",
                &office_letter(
                    "さくらぎ内科クリニック\n桜木先生",
                    "ひかり薬局 藤沢駅前店の河野です。",
                    "先生の患者様について、服薬情報提供書をお送りします。ご確認をお願いいたします。",
                    &pharmacy_sig("薬剤師 河野 直美", "fujisawa@hikari-ph.co.jp"),
                ),
            ),
        )
        .policy(pharmacy_policy())
        .attach("服薬情報提供書_宮本様_1210.docx", tracing_report("さくらぎ内科クリニック"))
        .history(json!(["medi-oroshi.co.jp", "sakuragi-naika.jp"]))
        .expect(Block, &[]),
    );

    // ------------------------------------------------------------ fitness club
    // Everyday: the monthly newsletter to members who asked for it, their
    // private addresses in Bcc, To the club's own address. Nobody sees
    // anybody, and the newsletter is about classes and opening hours.
    let members: Vec<String> = (0..25).map(|_| Person::gen(rng).email).collect();
    let newsletter = office_letter(
        "会員の皆様",
        "アクティブライフ 茅ヶ崎店です。",
        "1月のスタジオプログラムと年始の営業時間のお知らせです。\n\
         ・1月2日(土)・3日(日)は 10:00〜18:00 の短縮営業です。\n\
         ・新プログラム「はじめてのピラティス」を毎週水曜 19:30 から始めます。\n\
         ・1月の入会キャンペーン：ご紹介で入会されたお友達とご本人に、1か月分の会費を割引します。",
        &club_sig("フロント", "chigasaki@activelife.co.jp"),
    );
    v.push(
        Case::new(
            "k6_club_newsletter_members_in_bcc",
            G,
            "everyday: the monthly newsletter to 25 members' private addresses in Bcc, To the club's own address",
            with(
                mail(
                    "アクティブライフ 茅ヶ崎店 <chigasaki@activelife.co.jp>",
                    &["chigasaki@activelife.co.jp"],
                    "【アクティブライフ茅ヶ崎】1月のお知らせ",
                    &newsletter,
                ),
                "bcc",
                json!(members),
            ),
        )
        .policy(club_policy())
        .history(json!(members))
        .expect(Allow, &[]),
    );
    // Mis-send: the same newsletter with the 25 private addresses pasted in
    // To: every member sees every other member's address, the classic
    // newsletter leak: ask.
    let members_to: Vec<&str> = members.iter().map(String::as_str).collect();
    v.push(
        Case::new(
            "k6_club_newsletter_members_in_to",
            G,
            "mis-send: the monthly newsletter with the 25 members' private addresses in To instead of Bcc",
            mail(
                "アクティブライフ 茅ヶ崎店 <chigasaki@activelife.co.jp>",
                &members_to,
                "【アクティブライフ茅ヶ崎】1月のお知らせ",
                &newsletter,
            ),
        )
        .policy(club_policy())
        .history(json!(members))
        .expect(Confirm, &[]),
    );
    // Everyday: the swimming school's entry for the district meet to the
    // association that runs it: 18 children's names, readings, birth dates,
    // sex and school year, which the entry rules ask for. No address, no
    // contact, no health data.
    let swimmers: Vec<Vec<Cell>> = (0..18)
        .map(|i| {
            let p = Person::born_between(rng, 2014, 2018);
            vec![
                Cell::Number(f64::from(i + 1)),
                Cell::from(p.name(rng)),
                Cell::from(format!("{} {}", pp::hiragana(p.surname_kana), pp::hiragana(p.given_kana))),
                Cell::Date(p.birth.0, p.birth.1, p.birth.2),
                Cell::from(p.sex()),
                Cell::from(*rng.pick(&["小3", "小4", "小5", "小6"])),
                Cell::from(*rng.pick(&["50m自由形", "50m背泳ぎ", "50m平泳ぎ", "100m個人メドレー"])),
            ]
        })
        .collect();
    v.push(
        Case::new(
            "k6_club_swim_meet_entry_to_association",
            G,
            "everyday: the swim meet entry (18 children's names, readings, birth dates, sex, school year, events) to the association running the meet",
            mail(
                "スイミングスクール 岩田 <swim@activelife.co.jp>",
                &["湘南地区水泳協会 競技部 <entry@shonan-swim.or.jp>"],
                "第41回 湘南ジュニア水泳大会 エントリー（アクティブライフ茅ヶ崎）",
                &office_letter(
                    "湘南地区水泳協会\n競技部 ご担当者様",
                    "アクティブライフ茅ヶ崎 スイミングスクールの岩田です。",
                    "第41回 湘南ジュニア水泳大会のエントリー表をお送りします。\n参加料は1月15日までにお振り込みいたします。",
                    &club_sig("スイミングスクール 岩田 拓海", "swim@activelife.co.jp"),
                ),
            ),
        )
        .policy(club_policy())
        .attach(
            "エントリー表_アクティブライフ茅ヶ崎.xlsx",
            people_sheet("エントリー", &["No.", "選手氏名", "ふりがな", "生年月日", "性別", "学年", "種目"], swimmers),
        )
        .history(json!(["shonan-swim.or.jp", "fit-supply.co.jp"]))
        .expect(Allow, &[]),
    );

    // ------------------------------------------------------- insurance agency
    // Everyday: a motor claim (property damage only) to the insurer: the
    // policyholder's name and policy number, the accident, the other party's
    // surname and car, the repair estimate. The insurer needs all of it.
    v.push(
        Case::new(
            "k6_insurance_motor_claim_to_insurer",
            G,
            "everyday: a property-damage motor claim (policyholder, policy number, the other party's surname and car) to the insurer",
            mail(
                "あんしん保険サービス 大西 <onishi@anshin-hoken.co.jp>",
                &["東和海上 高崎損害サービス課 <takasaki-claim@towa-kaijo.co.jp>"],
                "事故受付のご依頼（証券番号 TK-7730412）",
                &office_letter(
                    "東和海上火災保険株式会社\n高崎損害サービス課 ご担当者様",
                    "あんしん保険サービスの大西です。",
                    "下記のとおり事故のご連絡がありましたので、受付をお願いいたします。\n\
                     ・契約者：桑原 浩一 様　証券番号：TK-7730412（自動車保険）\n\
                     ・事故日時：2026年12月11日(金) 8:20頃\n・場所：高崎市飯塚町 国道354号 交差点付近\n\
                     ・状況：信号待ちで停車中、後続車に追突された（人身なし）\n\
                     ・相手方：山下 様（群馬 300 は 45-12）\n・修理見積：182,600円（高崎オートサービス）",
                    &insurance_sig("大西 美穂", "onishi@anshin-hoken.co.jp"),
                ),
            ),
        )
        .policy(insurance_policy())
        .history(json!(["towa-kaijo.co.jp", "mirai-seimei.co.jp"]))
        .expect(Allow, &[]),
    );
    // Mis-send: a customer's health declaration draft (告知書: hypertension
    // under treatment, a past hospital stay for a stomach ulcer) for her
    // review goes to another 中村's private address that autocomplete
    // offered (never mailed); hers is in the history. Block.
    v.push(
        Case::new(
            "k6_insurance_health_declaration_to_other_nakamura",
            G,
            "mis-send: a customer's health declaration (高血圧症で通院, 胃潰瘍で入院) to another 中村's private address picked by autocomplete",
            mail(
                "あんしん保険サービス 大西 <onishi@anshin-hoken.co.jp>",
                &["中村 恵 <megumi.nakamura.77@gmail.com>"],
                "告知書の記入内容のご確認",
                &format!(
                    "中村 恵美 様\n\nいつもお世話になっております。あんしん保険サービスの大西です。\n\
                     先日お伺いした内容で、医療保険の告知書の記入例を作成しました。\n\n\
                     ・最近3か月以内の通院：高血圧症で月1回通院、降圧剤（アムロジピン）を服用中\n\
                     ・過去5年以内の入院：2022年 胃潰瘍で8日間入院（完治）\n・身長 158cm 体重 61kg\n\n\
                     内容に誤りがないかご確認ください。\n\n{}\n",
                    insurance_sig("大西 美穂", "onishi@anshin-hoken.co.jp")
                ),
            ),
        )
        .policy(insurance_policy())
        .history(json!(["emi.nakamura@yahoo.co.jp", "towa-kaijo.co.jp", "mirai-seimei.co.jp"]))
        .expect(Block, &[]),
    );
    // Mis-send: the customer's tax accountant asked about a maturity payment;
    // the agent answered with the customer's My Number from the payment
    // record. The accountant's office is not entitled to it from the agency
    // (only the insurers are, by the policy): block.
    let customer_number = pp::my_number(rng);
    v.push(
        Case::new(
            "k6_insurance_my_number_to_customers_accountant",
            G,
            "mis-send: a customer's My Number written into an answer to the customer's tax accountant (an outside office)",
            mail(
                "あんしん保険サービス 大西 <onishi@anshin-hoken.co.jp>",
                &["山口税理士事務所 山口 <yamaguchi@yamaguchi-tax.jp>"],
                "Re: 満期保険金の支払調書について",
                &office_letter(
                    "山口税理士事務所\n山口先生",
                    "あんしん保険サービスの大西です。",
                    &format!(
                        "お問い合わせの満期保険金について、支払調書の記載内容をお知らせします。\n\
                         ・受取人：小野 隆 様\n・個人番号：{}\n・満期保険金：5,000,000円　払込保険料：4,320,000円\n\
                         ・支払日：2026年11月30日（みらい生命保険）",
                        pp::my_number_styled(rng, &customer_number)
                    ),
                    &insurance_sig("大西 美穂", "onishi@anshin-hoken.co.jp"),
                ),
            ),
        )
        .policy(insurance_policy())
        .history(json!(["towa-kaijo.co.jp", "mirai-seimei.co.jp", "yamaguchi-tax.jp"]))
        .expect(Block, &["my_number_external"])
        .no_leak(&customer_number),
    );

    // ------------------------------------------------------------ HR consulting
    // Everyday: a joint proposal to the group company, whose name contains
    // the sender's (株式会社ヒューマンブリッジキャリア), with prices; a
    // colleague in Cc.
    v.push(
        Case::new(
            "k6_hr_proposal_to_group_company",
            G,
            "everyday: a joint training proposal to the group company whose name contains the sender's, with prices",
            with(
                mail(
                    "組織開発 中西 <nakanishi@humanbridge.co.jp>",
                    &["加藤 美咲 <kato@humanbridge-career.co.jp>"],
                    "寿電機様 管理職研修のご提案（共同案）",
                    &office_letter(
                        "株式会社ヒューマンブリッジキャリア\n加藤様",
                        "ヒューマンブリッジ 組織開発コンサルティング部の中西です。",
                        "寿電機様向け管理職研修の共同提案書（案）をお送りします。\n\
                         費用は2日間・20名で 1,320,000円（税別）としました。\n貴社ご担当のキャリア面談部分をご確認ください。",
                        &hr_sig("中西 亮", "nakanishi@humanbridge.co.jp"),
                    ),
                ),
                "cc",
                json!(["谷口 <taniguchi@humanbridge.co.jp>"]),
            ),
        )
        .policy(hr_policy())
        .attach(
            "提案書_寿電機様_管理職研修_案.pptx",
            files::pptx(&[
                &["寿電機株式会社様 管理職研修のご提案", "株式会社ヒューマンブリッジ／株式会社ヒューマンブリッジキャリア"],
                &["プログラム", "1日目：役割認識と部下育成", "2日目：1on1 とキャリア面談の実践"],
                &["費用", "2日間・20名 1,320,000円（税別）"],
            ]),
        )
        .history(json!(["humanbridge-career.co.jp", "kotobuki-denki.co.jp", "marumi-chem.co.jp"]))
        .expect(Allow, &[]),
    );
    // Mis-send: 寿電機's stress-check results (40 employees' names,
    // departments, high-stress verdicts and requests for a doctor's
    // interview) attached to the monthly report to the other client, 丸美化学.
    // Health-check results of named people (要配慮個人情報) to a company with
    // no part in them: block.
    let stress: Vec<Vec<Cell>> = (0..40)
        .map(|i| {
            let p = Person::born_between(rng, 1965, 2003);
            let high = rng.chance(0.15);
            vec![
                Cell::from(format!("KD{:05}", 20_410 + i)),
                Cell::from(p.name(rng)),
                Cell::from(*rng.pick(&["設計部", "製造部", "営業部", "管理部"])),
                Cell::Number(f64::from(rng.range(38, 96))),
                Cell::from(if high { "高ストレス" } else { "" }),
                Cell::from(if high && rng.chance(0.5) { "希望あり" } else { "" }),
            ]
        })
        .collect();
    v.push(
        Case::new(
            "k6_hr_stress_check_to_other_client",
            G,
            "mis-send: one client's stress-check results (40 named employees, high-stress verdicts, doctor-interview requests) to another client",
            mail(
                "組織開発 中西 <nakanishi@humanbridge.co.jp>",
                &["人事部 石井 <ishii@marumi-chem.co.jp>"],
                "12月度 月次報告",
                &office_letter(
                    "丸美化学株式会社\n人事部 石井様",
                    "ヒューマンブリッジの中西です。",
                    "12月度の月次報告をお送りします。ご確認をお願いいたします。",
                    &hr_sig("中西 亮", "nakanishi@humanbridge.co.jp"),
                ),
            ),
        )
        .policy(hr_policy())
        .attach(
            "ストレスチェック結果_寿電機_2026.xlsx",
            people_sheet("結果", &["社員番号", "氏名", "部署", "ストレス得点", "高ストレス判定", "医師面接指導"], stress),
        )
        .history(json!(["humanbridge-career.co.jp", "kotobuki-denki.co.jp", "marumi-chem.co.jp"]))
        .expect(Block, &[]),
    );

    // --------------------------------------------------- condominium management
    // Everyday: the lift inspection notice to the maintenance company, with
    // the cleaning company's contact named on a cc line and in Cc, the
    // building's address and the front desk's mobile.
    v.push(
        Case::new(
            "k6_condo_lift_inspection_with_cc_line",
            G,
            "everyday: a lift inspection notice to the maintenance company, 「（cc: 株式会社ハウスクリーン 田村様）」 in the body and in Cc",
            with(
                mail(
                    "管理二課 吉岡 <yoshioka@gm-kanri.co.jp>",
                    &["森 浩二 <mori@tokai-elevator.co.jp>"],
                    "グランメゾン栄 エレベーター定期点検の日程",
                    &office_letter(
                        "東海エレベーター株式会社\n保守課 森様\n（cc: 株式会社ハウスクリーン 田村様）",
                        "グランメゾン管理 管理二課の吉岡です。",
                        "グランメゾン栄（名古屋市中区栄5-14-3）のエレベーター定期点検を、1月14日(木) 10:00〜12:00 でお願いします。\n\
                         点検中は1号機が停止しますので、ハウスクリーン様には当日の清掃順の変更をお願いします。\n\
                         当日の連絡先：フロント 吉岡 090-2281-4635",
                        &condo_sig("吉岡 拓也", "yoshioka@gm-kanri.co.jp"),
                    ),
                ),
                "cc",
                json!(["田村 <tamura@house-clean.co.jp>"]),
            ),
        )
        .policy(condo_policy())
        .history(json!(["tokai-elevator.co.jp", "house-clean.co.jp", "yamato-tosou.co.jp"]))
        .expect(Allow, &[]),
    );
    // Mis-send: to schedule the balcony works, the manager forwards a
    // resident's complaint to the painting contractor, quoting her mail: her
    // name, flat, mobile, and that her husband is on dialysis and must rest
    // in the afternoons. A named person's illness to an outside contractor:
    // block.
    v.push(
        Case::new(
            "k6_condo_forward_quotes_residents_dialysis",
            G,
            "mis-send: a resident's complaint forwarded to the painting contractor, quoting her name, flat, mobile and her husband's dialysis",
            mail(
                "管理二課 吉岡 <yoshioka@gm-kanri.co.jp>",
                &["ヤマト塗装 工事部 <koji@yamato-tosou.co.jp>"],
                "Fw: 外壁工事の作業時間について",
                &format!(
                    "{}\n\n---------- Forwarded message ---------\nFrom: 川口 美和子 <miwako.k@ezweb.ne.jp>\n\
                     Date: 2026年12月9日(水) 21:04\nSubject: 外壁工事の作業時間について\nTo: <yoshioka@gm-kanri.co.jp>\n\n\
                     グランメゾン栄 503号室の川口です。\n夫が週3回、人工透析を受けており、透析の日の午後は自宅で休んでいます。\n\
                     その時間のベランダ側の作業はできるだけ避けていただけないでしょうか。\n\
                     連絡は 080-4412-9073 までお願いします。\n",
                    office_letter(
                        "株式会社ヤマト塗装\n工事部 ご担当者様",
                        "グランメゾン管理の吉岡です。",
                        "503号室の居住者様から下記のご要望がありましたので、作業日程の調整をお願いします。",
                        &condo_sig("吉岡 拓也", "yoshioka@gm-kanri.co.jp"),
                    )
                ),
            ),
        )
        .policy(condo_policy())
        .history(json!(["tokai-elevator.co.jp", "house-clean.co.jp", "yamato-tosou.co.jp"]))
        .expect(Block, &[]),
    );
    // Mis-send: the cleaning company asked for the common-area cleaning
    // schedule; the manager attached the residents' register instead: 40
    // households with household members and their relationships, phones and
    // emergency contacts. A partner, but family and emergency contacts of
    // everyone in the building are not its business: ask.
    let residents: Vec<Vec<Cell>> = (0..40)
        .map(|i| {
            let head = Person::gen(rng);
            let spouse = head.relative(rng, !head.female, 1950, 1995);
            vec![
                Cell::from(format!("{}{:02}", 2 + i / 8, 1 + i % 8)),
                Cell::from(head.name(rng)),
                Cell::from(spouse.full()),
                Cell::from(*rng.pick(&["妻", "夫", "妻", "母"])),
                Cell::from(head.mobile.hyphen()),
                Cell::from(format!("{}（{}）", Person::gen(rng).full(), rng.pick(&["長男", "長女", "兄", "姉"]))),
                Cell::from(Phone::mobile(rng).hyphen()),
            ]
        })
        .collect();
    v.push(
        Case::new(
            "k6_condo_residents_register_to_cleaner",
            G,
            "mis-send: the residents' register (40 households, family members and relationships, phones, emergency contacts) to the cleaning company",
            mail(
                "管理二課 吉岡 <yoshioka@gm-kanri.co.jp>",
                &["田村 <tamura@house-clean.co.jp>"],
                "Re: 共用部清掃スケジュールの件",
                &office_letter(
                    "株式会社ハウスクリーン\n田村様",
                    "グランメゾン管理の吉岡です。",
                    "ご依頼の資料をお送りします。ご確認をお願いします。",
                    &condo_sig("吉岡 拓也", "yoshioka@gm-kanri.co.jp"),
                ),
            ),
        )
        .policy(condo_policy())
        .attach(
            "居住者名簿_グランメゾン栄.xlsx",
            people_sheet("居住者", &["部屋番号", "世帯主", "同居者", "続柄", "電話番号", "緊急連絡先", "緊急連絡先電話"], residents),
        )
        .history(json!(["tokai-elevator.co.jp", "house-clean.co.jp", "yamato-tosou.co.jp"]))
        .expect(Confirm, &[]),
    );
}

//! Issue 21's third and fourth kept-aside sets (`kept3`, `kept4`).

use super::generators::*;
use super::office_orgs::*;
use super::*;

// ======================================================= kept aside, third set

/// Written after every rule change of issue 21, run once for the figure in
/// README; nothing was changed for it.
// One push per scenario, each with its own comment and set-up.
#[allow(clippy::vec_init_then_push)]
pub fn kept_third_cases() -> Vec<Case> {
    use Group::Kept3 as G;
    let mut v = Vec::new();
    let mut rng = Rng::new(5101);
    let my_number = pp::my_number(&mut rng);
    v.push(
        Case::new(
            "k3_company_delivery_note_to_partner",
            G,
            "everyday: a delivery note (products, quantities, the partner's warehouse address) to the partner",
            mail(
                SENDER,
                &["山田 太郎 <t.yamada@alpha-shoji.co.jp>"],
                "納品書送付の件",
                &letter("株式会社アルファ商事\n営業部 山田様", "4月15日出荷分の納品書を添付いたします。"),
            ),
        )
        .attach(
            "納品書_D-2026-0415.docx",
            files::docx(&[
                "納品書",
                "株式会社アルファ商事 御中",
                "納品先：株式会社アルファ商事 大阪倉庫 〒559-0034 大阪府大阪市住之江区南港北1-6-2",
                "品番 PS-1001 数量 40 単価 52,000円",
                "品番 PS-1005 数量 12 単価 18,500円",
                "合計 2,302,000円（税込 2,532,200円）",
            ]),
        )
        .expect(Allow, &[]),
    );
    v.push(
        Case::new(
            "k3_hospital_contractor_workers",
            G,
            "everyday: the cleaning contractor's own four workers listed back to them for entry passes",
            mail(
                HOSPITAL_SENDER,
                &["株式会社クリーンプロ 石田 <ishida@clean-pro.co.jp>"],
                "入館証の発行について",
                &office_letter(
                    "株式会社クリーンプロ\n石田様",
                    "みどり総合病院 総務課の中島です。",
                    "ご連絡いただいた作業員の方の入館証を発行しました。\n・石田 浩様\n・前田 誠様\n・上野 花子様\n・小島 翼様\n当日は守衛室でお受け取りください。",
                    &hospital_sig("総務課", "中島 由美", "y.nakajima@midori-hp.or.jp"),
                ),
            ),
        )
        .policy(hospital_policy())
        .expect(Allow, &[]),
    );
    v.push(
        Case::new(
            "k3_school_business_trip_report",
            G,
            "everyday: two teachers' business-trip report to the board of education",
            mail(
                SCHOOL_SENDER,
                &["指導課 岡田 <okada@kyoiku-sakura.ed.jp>"],
                "研修出張の報告",
                &office_letter(
                    "さくら市教育委員会\n指導課 岡田様",
                    "桜ヶ丘中学校の村上です。",
                    "4月22日の県教育研修センターでの研修に、本校から村上 恵子と森本 大輔の2名が参加しました。報告書を後日提出いたします。",
                    &school_sig("村上 恵子", "murakami@sakuragaoka-jh.ed.jp"),
                ),
            ),
        )
        .policy(school_policy())
        .expect(Allow, &[]),
    );
    v.push(
        Case::new(
            "k3_company_google_meet_follow_up",
            G,
            "everyday: a follow-up with a Google Meet link and dial-in PIN to the partner",
            mail(
                SENDER,
                &["田中 誠 <tanaka@beta-kogyo.co.jp>"],
                "次回打ち合わせ（オンライン）",
                &letter(
                    "ベータ工業株式会社\n購買部 田中様",
                    "次回は4月28日(火)15時からオンラインでお願いいたします。\nGoogle Meet に参加: https://meet.google.com/abc-defg-hij\n\
                     電話で参加: +81 3-4510-2233 PIN: 482 193 557#",
                ),
            ),
        )
        .expect(Allow, &[]),
    );
    v.push(
        Case::new(
            "k3_company_reply_to_customer_gmail",
            G,
            "everyday: the support desk answers a customer's question at the gmail address the customer wrote from (no history kept)",
            mail(
                "サポートセンター <support@presend.co.jp>",
                &["木下 亮 <ryo.kinoshita.88@gmail.com>"],
                "Re: 製品の設定方法について",
                "木下様\n\nお問い合わせいただきありがとうございます。プレセンド サポートセンターです。\n\
                 設定画面の「送信前チェック」を有効にしてから、ブラウザを再起動してください。\n\n\
                 今後ともよろしくお願いいたします。\n株式会社プレセンド サポートセンター\n",
            ),
        )
        .expect(Allow, &[]),
    );
    v.push(
        Case::new(
            "k3_care_update_to_family",
            G,
            "everyday: a care worker tells a resident's son (mailed before) that his mother is well and asks about a visit",
            mail(
                CARE_SENDER,
                &["野口 健一 <k.noguchi@docomo.ne.jp>"],
                "お母様のご様子",
                "野口様\n\nいつもお世話になっております。ひまわり苑の小林です。\nお母様は最近食欲もあり、お元気に過ごされています。\n\
                 次回のご面会はいつ頃になりそうでしょうか。\n\nよろしくお願いいたします。\n小林\n",
            ),
        )
        .policy(care_policy())
        .history(json!(["k.noguchi@docomo.ne.jp"]))
        .expect(Allow, &[]),
    );
    v.push(
        Case::new(
            "k3_company_evaluations_to_partner",
            G,
            "mis-send: the department's 20 staff evaluations and raises attached to a mail to the partner",
            mail(
                SENDER,
                &["田中 誠 <tanaka@beta-kogyo.co.jp>"],
                "お打ち合わせ資料",
                &letter("ベータ工業株式会社\n購買部 田中様", "本日の打ち合わせ資料をお送りします。"),
            ),
        )
        .attach("2026上期_人事評価一覧.xlsx", {
            let mut rows = vec![header(&["社員番号", "氏名", "所属", "評価", "昇給額", "コメント"])];
            for i in 0..20 {
                let p = Person::born_between(&mut rng, 1970, 2000);
                rows.push(vec![
                    Cell::from(format!("E{:05}", 10_300 + i)),
                    Cell::from(p.name(&mut rng)),
                    Cell::from(*rng.pick(DEPTS)),
                    Cell::from(*rng.pick(&["S", "A", "B", "C"])),
                    Cell::Number((rng.below(15) * 1000) as f64),
                    Cell::from(*rng.pick(&["目標達成", "要改善", "リーダー候補", "遅刻が多い"])),
                ]);
            }
            files::xlsx(&[Sheet::new("評価", rows)])
        })
        .expect(Confirm, &[]),
    );
    v.push(
        Case::new(
            "k3_hospital_staff_checkups_to_contractor",
            G,
            "mis-send: the staff check-up results (判定, 所見) attached to the mail to the cleaning contractor",
            mail(
                HOSPITAL_SENDER,
                &["株式会社クリーンプロ 石田 <ishida@clean-pro.co.jp>"],
                "5月の清掃日程",
                &office_letter(
                    "株式会社クリーンプロ\n石田様",
                    "みどり総合病院 総務課の中島です。",
                    "5月の清掃日程をお送りします。",
                    &hospital_sig("総務課", "中島 由美", "y.nakajima@midori-hp.or.jp"),
                ),
            ),
        )
        .policy(hospital_policy())
        .attach("職員健診結果_2026.xlsx", health_check_results(30, 5102))
        .expect(Block, &["special_care_external"]),
    );
    v.push(
        Case::new(
            "k3_school_parent_contacts_to_bus_company",
            G,
            "mis-send: the class's parent contact list (保護者氏名, 続柄, 住所, 電話) to the bus company instead of the seat plan",
            mail(
                SCHOOL_SENDER,
                &["さくら観光バス 営業 吉田 <yoshida@sakura-bus.co.jp>"],
                "座席表の送付",
                &office_letter(
                    "さくら観光バス株式会社\n営業部 吉田様",
                    "桜ヶ丘中学校の村上です。",
                    "修学旅行の座席表をお送りします。",
                    &school_sig("村上 恵子", "murakami@sakuragaoka-jh.ed.jp"),
                ),
            ),
        )
        .policy(school_policy())
        .attach("2年3組_保護者連絡先.xlsx", {
            let mut rows = vec![header(&["出席番号", "生徒氏名", "保護者氏名", "続柄", "住所", "電話"])];
            for i in 0..35 {
                let child = Person::born_between(&mut rng, 2011, 2012);
                let parent = child.relative(&mut rng, true, 1975, 1988);
                rows.push(vec![
                    Cell::Number((i + 1) as f64),
                    Cell::from(child.name(&mut rng)),
                    Cell::from(parent.name(&mut rng)),
                    Cell::from("母"),
                    Cell::from(parent.home.full()),
                    Cell::from(parent.mobile.hyphen()),
                ]);
            }
            files::xlsx(&[Sheet::new("保護者", rows)])
        })
        .expect(Confirm, &["personal_data_external"]),
    );
    v.push(
        Case::new(
            "k3_company_dependant_my_number_grouped",
            G,
            "mis-send: a dependant's My Number written without the word (here as a bare 12-digit run), to an unregistered payroll vendor",
            mail(
                "加藤 直樹 <n.kato@presend.co.jp>",
                &["給与計算センター <info@kyuyo-center.jp>"],
                "扶養追加の件",
                &format!(
                    "給与計算センター ご担当者様\n\nいつもお世話になっております。プレセンドの加藤です。\n\
                     扶養追加の件、下記のとおりです。\n扶養家族：加藤 美咲（長女） {}\n\nよろしくお願いいたします。\n加藤\n",
                    pp::my_number_styled(&mut Rng::new(5103), &my_number)
                ),
            ),
        )
        .expect(Confirm, &["my_number_external"])
        .no_leak(&my_number),
    );
    v
}

// ======================================================= kept aside, fourth

/// Issue 21: a fourth set, written after the third had been tuned on and
/// before running it; each decision is the one a careful security officer
/// would take. Reported, not gated.
pub fn kept_fourth_cases() -> Vec<Case> {
    use Group::Kept4 as G;
    let mut v = Vec::new();
    let mut rng = Rng::new(6101);

    // ---------------------------------------------------------- everyday
    v.push(
        Case::new(
            "k4_invoice_with_company_account_to_partner",
            G,
            "everyday: an invoice carrying the company's own bank account and address, to the partner it bills",
            mail(
                SENDER,
                &["山田 太郎 <t.yamada@alpha-shoji.co.jp>"],
                "11月分ご請求書の送付",
                &letter(
                    "株式会社アルファ商事\n経理部 山田様",
                    "11月分のご請求書をお送りいたします。ご査収のほどお願い申し上げます。",
                ),
            ),
        )
        .attach(
            "請求書_2026-11.docx",
            files::docx(&[
                "請求書",
                "株式会社アルファ商事 御中",
                "請求金額 1,284,000円(税込)",
                "お振込先：みずほ銀行 丸の内支店 普通 1234567 カ)プレセンド",
                "株式会社プレセンド 〒100-0005 東京都千代田区丸の内1-2-3 TEL 03-6555-1234",
            ]),
        )
        .expect(Allow, &[]),
    );
    let staff: Vec<Vec<Cell>> = (0..12)
        .map(|i| {
            let p = Person::born_between(&mut rng, 1965, 2000);
            vec![
                Cell::from(format!("P{:05}", 2300 + i)),
                Cell::from(p.name(&mut rng)),
                Cell::from(pp::my_number(&mut rng)),
                Cell::from(p.home.full()),
            ]
        })
        .collect();
    v.push(
        Case::new(
            "k4_my_numbers_to_hr_colleague",
            G,
            "everyday: the year-end adjustment list with My Numbers from payroll to the HR colleague (internal)",
            mail(
                "高橋 美穂 <m.takahashi@presend.co.jp>",
                &["加藤 直樹 <n.kato@presend.co.jp>"],
                "年末調整の対象者一覧",
                "加藤さん\n\nお疲れ様です。年末調整の対象者一覧です。確認をお願いします。\n\n高橋\n",
            ),
        )
        .attach("年末調整_対象者.xlsx", people_sheet("対象者", &["社員番号", "氏名", "個人番号", "住所"], staff))
        .expect(Allow, &[]),
    );
    v.push(
        Case::new(
            "k4_minutes_with_attendees_to_partner",
            G,
            "everyday: minutes naming the four attendees of both companies, to the partner that attended",
            mail(
                SENDER,
                &["田中 誠 <tanaka@beta-kogyo.co.jp>"],
                "11/28 定例会議事録",
                &letter("ベータ工業株式会社\n購買部 田中様", "先日の定例会の議事録をお送りします。ご確認ください。"),
            ),
        )
        .attach(
            "議事録_1128.docx",
            files::docx(&[
                "定例会 議事録",
                "日時：2026年11月28日 14:00-15:00",
                "出席者：ベータ工業 田中様、森様／プレセンド 鈴木、佐々木",
                "1. 12月納品分の数量を確定した。",
                "2. 次回は12月19日に開催する。",
            ]),
        )
        .expect(Allow, &[]),
    );
    let parents = private_addresses(15, 6102);
    v.push(
        Case::new(
            "k4_school_newsletter_parents_bcc",
            G,
            "everyday: a class newsletter about the sports day to fifteen parents' private addresses in Bcc",
            with(
                mail(
                    SCHOOL_SENDER,
                    &["村上 恵子 <murakami@sakuragaoka-jh.ed.jp>"],
                    "2年1組 学級通信 第8号",
                    "保護者の皆様\n\nいつもお世話になっております。2年1組担任の村上です。\n体育祭へのご声援ありがとうございました。\n\
                     来週からは期末テストに向けた学習が始まります。\n\n村上\n",
                ),
                "bcc",
                json!(parents),
            ),
        )
        .policy(school_policy())
        .expect(Allow, &[]),
    );
    v.push(
        Case::new(
            "k4_hospital_shift_internal",
            G,
            "everyday: the ward's December shift table (staff names, shifts) to the ward's own mailing list",
            mail(
                HOSPITAL_SENDER,
                &["3階病棟 <ward3@midori-hp.or.jp>"],
                "12月勤務表",
                "3階病棟の皆さん\n\nお疲れ様です。12月の勤務表を添付します。\n\n中島\n",
            ),
        )
        .attach("12月勤務表.xlsx", {
            let rows: Vec<Vec<Cell>> = (0..10)
                .map(|_| {
                    let p = Person::gen(&mut rng);
                    vec![Cell::from(p.name(&mut rng)), Cell::from("日勤"), Cell::from("夜勤"), Cell::from("休")]
                })
                .collect();
            people_sheet("12月", &["氏名", "1日", "2日", "3日"], rows)
        })
        .policy(hospital_policy())
        .expect(Allow, &[]),
    );
    v.push(
        Case::new(
            "k4_price_list_to_new_customer",
            G,
            "everyday: a product price list (JAN codes, prices) to a prospective customer never mailed before",
            mail(
                SENDER,
                &["購買担当 <kobai@hikari-denki.co.jp>"],
                "価格表送付の件",
                &letter("ひかり電機株式会社\n購買ご担当者様", "ご依頼の価格表をお送りいたします。"),
            ),
        )
        .attach("価格表_2026冬.csv", {
            let mut csv = String::from("品番,品名,JANコード,単価\n");
            for i in 0..30 {
                csv.push_str(&format!(
                    "PS-{:04},センサーユニット{i},{},{}\n",
                    2000 + i,
                    pp::jan_code(&mut rng),
                    3000 + i * 250
                ));
            }
            csv.into_bytes()
        })
        .history(json!(["alpha-shoji.co.jp"]))
        .expect(Allow, &[]),
    );
    v.push(
        Case::new(
            "k4_reply_quotes_partner_signature",
            G,
            "everyday: a reply to the partner quoting its mail, whose signature has the sender's mobile and office address",
            mail(
                SENDER,
                &["佐藤 花子 <h.sato@alpha-shoji.co.jp>"],
                "Re: 見積条件のご確認",
                &format!(
                    "{}\n\n> 株式会社アルファ商事 購買部\n> 佐藤 花子\n> 〒530-0001 大阪府大阪市北区梅田2-4-9\n> 携帯 080-4412-7730\n> h.sato@alpha-shoji.co.jp\n",
                    letter("株式会社アルファ商事\n購買部 佐藤様", "ご確認ありがとうございます。条件は前回のとおりで問題ございません。")
                ),
            ),
        )
        .expect(Allow, &[]),
    );
    v.push(
        Case::new(
            "k4_interview_reply_to_applicant",
            G,
            "everyday: HR answers a job applicant at the gmail address the application came from (Re:, greeting by name)",
            mail(
                "採用担当 <recruit@presend.co.jp>",
                &["長谷川 彩 <aya.hasegawa.0412@gmail.com>"],
                "Re: 一次面接の日程について",
                "長谷川様\n\nご連絡ありがとうございます。株式会社プレセンド 採用担当です。\n\
                 一次面接は12月10日(木)14時からでお願いいたします。\n当日はオンラインで実施します。\n\n株式会社プレセンド 採用担当\n",
            ),
        )
        .expect(Allow, &[]),
    );
    v.push(
        Case::new(
            "k4_bereavement_notice_internal",
            G,
            "everyday: an internal notice that a colleague is on bereavement leave, to all staff",
            mail(
                "総務部 <soumu@presend.co.jp>",
                &["全社員 <all@presend.co.jp>"],
                "訃報のお知らせ",
                "社員各位\n\n営業部 鈴木一郎さんのご尊父様が12月3日に逝去されました。\n通夜・告別式は近親者のみで執り行われます。\n\n総務部\n",
            ),
        )
        .expect(Allow, &[]),
    );
    v.push(
        Case::new(
            "k4_training_schedule_to_partner",
            G,
            "everyday: a training schedule naming the two instructors, to the partner's training office",
            mail(
                SENDER,
                &["研修担当 <kenshu@gamma-design.jp>"],
                "研修日程のご案内",
                &letter(
                    "ガンマデザイン株式会社\n研修ご担当者様",
                    "1月の研修日程をお知らせします。講師は弊社の佐々木と井上が務めます。",
                ),
            ),
        )
        .expect(Allow, &[]),
    );

    // --------------------------------------------------------- mis-sends
    let contacts: Vec<Vec<Cell>> = (0..8)
        .map(|_| {
            let p = Person::gen(&mut rng);
            vec![Cell::from(p.name(&mut rng)), Cell::from(p.mobile.hyphen()), Cell::from(p.email.clone())]
        })
        .collect();
    v.push(
        Case::new(
            "k4_contacts_to_lookalike_partner",
            G,
            "mis-send: the project contact list to alpha-shojl.co.jp (l for i), posing as the partner",
            mail(
                SENDER,
                &["山田 太郎 <t.yamada@alpha-shojl.co.jp>"],
                "緊急連絡網",
                &letter("株式会社アルファ商事\n営業部 山田様", "プロジェクトの緊急連絡網をお送りします。"),
            ),
        )
        .attach("緊急連絡網.xlsx", people_sheet("連絡網", &["氏名", "携帯電話", "メール"], contacts))
        .expect(Block, &["lookalike_domain"]),
    );
    let patients: Vec<Vec<Cell>> = (0..6)
        .map(|i| {
            let p = Person::born_between(&mut rng, 1940, 1990);
            vec![
                Cell::from(format!("{:06}", 310_200 + i)),
                Cell::from(p.name(&mut rng)),
                Cell::from(*rng.pick(&["2型糖尿病", "高血圧症", "心不全", "慢性腎臓病"])),
            ]
        })
        .collect();
    v.push(
        Case::new(
            "k4_patient_list_reply_all_includes_vendor",
            G,
            "mis-send: a reply-all with the patients' diagnoses keeps the system vendor in Cc",
            with(
                mail(
                    HOSPITAL_SENDER,
                    &["内科外来 <naika@midori-hp.or.jp>"],
                    "Re: 来週の外来予約",
                    "内科外来の皆さん\n\nお疲れ様です。来週の予約患者の一覧です。\n\n中島\n",
                ),
                "cc",
                json!(["システム保守 <support@medisys-vendor.co.jp>"]),
            ),
        )
        .attach("予約患者一覧.xlsx", people_sheet("予約", &["患者ID", "氏名", "病名"], patients))
        .policy(hospital_policy())
        .expect(Block, &["special_care_external"]),
    );
    let cards: Vec<Vec<Cell>> = (0..5)
        .map(|_| {
            let p = Person::gen(&mut rng);
            vec![Cell::from(p.name(&mut rng)), Cell::from(pp::random_card(&mut rng)), Cell::from("12/29")]
        })
        .collect();
    v.push(
        Case::new(
            "k4_card_numbers_to_partner",
            G,
            "mis-send: five customers' card numbers and expiry dates to the partner handling returns",
            mail(
                SENDER,
                &["返品窓口 <henpin@minato-logi.co.jp>"],
                "返金対象のお客様",
                &letter("株式会社ミナト物流\n返品窓口ご担当者様", "返金対象のお客様の一覧です。"),
            ),
        )
        .attach("返金対象.xlsx", people_sheet("返金", &["氏名", "カード番号", "有効期限"], cards))
        .expect(Block, &["card_number_external"]),
    );
    v.push(
        Case::new(
            "k4_encrypted_zip_to_private_address",
            G,
            "mis-send: an encrypted zip 'マイナンバーカード写し' to a private gmail address",
            mail(
                "加藤 直樹 <n.kato@presend.co.jp>",
                &["naoki.kato.home@gmail.com"],
                "マイナンバーカード写し",
                "自宅で作業します。\n",
            ),
        )
        .attach("写し.zip", files::mark_zip_encrypted(files::zip(&[("写し.csv", "氏名,個人番号\n".as_bytes())])))
        .expect(Confirm, &["free_mail"]),
    );
    v.push(
        Case::new(
            "k4_child_health_note_to_wrong_parent",
            G,
            "mis-send: a note about one pupil's hospital visits and diagnosis to another pupil's parent",
            mail(
                SCHOOL_SENDER,
                &["田中 由美 <yumi.tanaka@ezweb.ne.jp>"],
                "健太さんの件",
                "田中様\n\nいつもお世話になっております。担任の村上です。\n佐藤健太さんは喘息の治療のため毎週水曜日に通院しており、\
                 体育の授業は見学としています。\n\n村上\n",
            ),
        )
        .policy(school_policy())
        .history(json!(["yumi.tanaka@ezweb.ne.jp"]))
        .expect(Block, &["special_care_external"]),
    );
    let candidates: Vec<Vec<Cell>> = (0..6)
        .map(|_| {
            let p = Person::born_between(&mut rng, 1995, 2003);
            vec![
                Cell::from(p.name(&mut rng)),
                Cell::from(p.email.clone()),
                Cell::from(*rng.pick(&["A", "B", "C"])),
                Cell::from(*rng.pick(&["論理的", "受け答えが遅い", "志望度高い"])),
            ]
        })
        .collect();
    v.push(
        Case::new(
            "k4_interview_scores_to_applicant",
            G,
            "mis-send: the interviewers' scores of six applicants attached to the reply to one applicant",
            mail(
                "採用担当 <recruit@presend.co.jp>",
                &["長谷川 彩 <aya.hasegawa.0412@gmail.com>"],
                "Re: 一次面接の結果について",
                "長谷川様\n\n先日は面接にお越しいただきありがとうございました。結果は後日ご連絡いたします。\n\n株式会社プレセンド 採用担当\n",
            ),
        )
        .attach("一次面接_評価.xlsx", people_sheet("評価", &["氏名", "メールアドレス", "評価", "所見"], candidates))
        .expect(Block, &["personal_data_free_mail"]),
    );
    let dm: Vec<Vec<Cell>> = (0..120)
        .map(|_| {
            let p = Person::gen(&mut rng);
            vec![Cell::from(p.name(&mut rng)), Cell::from(p.home.postal_hyphen()), Cell::from(p.home.full())]
        })
        .collect();
    v.push(
        Case::new(
            "k4_dm_addresses_to_unregistered_printer",
            G,
            "mis-send risk: 120 customers' home addresses for a mailing to a printing company not registered as a partner",
            mail(
                SENDER,
                &["入稿窓口 <nyuko@insatsu-kobo.jp>"],
                "DM発送リスト",
                &letter("印刷工房株式会社\n入稿ご担当者様", "年末DMの発送リストをお送りします。"),
            ),
        )
        .attach("DM発送リスト.xlsx", people_sheet("発送", &["氏名", "郵便番号", "住所"], dm))
        .expect(Confirm, &["bulk_personal_external"]),
    );
    v.push(
        Case::new(
            "k4_login_password_to_partner",
            G,
            "mis-send: a shared admin login and its password typed into a mail to the partner",
            mail(
                SENDER,
                &["田中 誠 <tanaka@beta-kogyo.co.jp>"],
                "管理画面のログイン情報",
                &letter(
                    "ベータ工業株式会社\n購買部 田中様",
                    "管理画面のログイン情報です。\nログインID: presend-admin\nパスワード: Vq8#tLm2Rz",
                ),
            ),
        )
        .expect(Confirm, &["secret_external"]),
    );
    let checkups: Vec<Vec<Cell>> = (0..15)
        .map(|i| {
            let p = Person::born_between(&mut rng, 1960, 2000);
            vec![
                Cell::from(format!("E{:05}", 40_100 + i)),
                Cell::from(p.name(&mut rng)),
                Cell::from(*rng.pick(&["A", "B", "C", "D"])),
                Cell::from(*rng.pick(&["血圧高値 要再検査", "異常なし", "肝機能 要精密検査", "脂質異常 経過観察"])),
            ]
        })
        .collect();
    v.push(
        Case::new(
            "k4_checkup_results_to_group_company",
            G,
            "mis-send: fifteen employees' health check results (判定, 所見) to the group company",
            mail(
                "加藤 直樹 <n.kato@presend.co.jp>",
                &["人事 <jinji@presend-service.co.jp>"],
                "健診結果",
                "株式会社プレセンドサービス\n人事ご担当者様\n\nお世話になっております。健診結果の一覧です。\n\n加藤\n",
            ),
        )
        .attach("健診結果.xlsx", people_sheet("結果", &["社員番号", "氏名", "判定", "所見"], checkups))
        .policy(company_policy())
        .expect(Block, &["special_care_external"]),
    );
    let pay: Vec<Vec<Cell>> = (0..25)
        .map(|i| {
            let p = Person::born_between(&mut rng, 1965, 2000);
            vec![
                Cell::from(format!("E{:05}", 50_100 + i)),
                Cell::from(p.name(&mut rng)),
                Cell::Number(f64::from(250_000 + rng.range(0, 200) * 1000)),
                Cell::from(p.home.full()),
            ]
        })
        .collect();
    v.push(
        Case::new(
            "k4_salary_table_to_own_private_address",
            G,
            "mis-send: the payroll clerk forwards the salary table (with home addresses) to her own private address to work at home",
            mail(
                "高橋 美穂 <m.takahashi@presend.co.jp>",
                &["高橋 美穂 <miho.t.private@yahoo.co.jp>"],
                "Fw: 12月給与",
                "自宅で確認します。\n",
            ),
        )
        .attach("12月給与.xlsx", people_sheet("給与", &["社員番号", "氏名", "支給額", "住所"], pay))
        .expect(Block, &["personal_data_free_mail"]),
    );
    v
}

//! The `incident` group: the five incidents of `incidents.md` replayed,
//! each with its controls.

use super::generators::*;
use super::*;

pub(super) fn incident_cases() -> Vec<Case> {
    use Group::Incident as G;
    let mut rng = Rng::new(20260316);
    let mut v = Vec::new();

    // ---- #1 disability sheet to a trial user's private address
    let connect = json!({
        "internal_domains": ["connect-work.jp"],
        "own_names": ["就労移行支援事業所コネクト", "株式会社ムーブル"],
        "partner_domains": {"himawari-clinic.jp": "ひまわり内科クリニック"}
    });
    let connect_from = "佐々木 由美 <sasaki@connect-work.jp>";
    let trial_body = "高橋 美咲様\n\nいつもお世話になっております。\n就労移行支援事業所コネクトの佐々木です。\n\n\
        先日は体験利用にお越しいただき、ありがとうございました。\n\
        次回の体験利用（6月26日 10:00〜15:00）の日程表を添付いたしますので、ご確認ください。\n\
        当日は筆記用具と昼食をお持ちください。\n\nよろしくお願いいたします。\n\n\
        ----\n就労移行支援事業所コネクト\n支援員 佐々木 由美\nTEL 03-5555-0123\n";
    let roster = disability_roster(45, 1);
    v.push(
        Case::new(
            "i1_disability_xlsx_to_trial_user",
            G,
            "#1: trial users' sheet (障がい名, 症状, 主治医) mailed to a trial user's private address",
            mail(connect_from, &["高橋 美咲 <misaki.t1998@gmail.com>"], "次回体験利用のご案内", trial_body),
        )
        .policy(connect.clone())
        .attach("体験利用日程表.xlsx", roster.clone())
        .expect(Block, &["special_care_external", "personal_data_free_mail", "free_mail"])
        .class("misaki.t1998@gmail.com", "free_mail")
        .records("体験利用日程表.xlsx", 45),
    );
    v.push(
        Case::new(
            "i1_control_same_sheet_to_colleague",
            G,
            "#1 control: the same sheet to the office's own staff: nothing leaves",
            mail(
                connect_from,
                &["所長 木村 健一 <kimura@connect-work.jp>"],
                "体験利用者一覧（更新）",
                "木村所長\n\nお疲れさまです。佐々木です。\n体験利用者一覧を更新しましたので共有します。\n\n佐々木\n",
            ),
        )
        .policy(connect.clone())
        .attach("体験利用者一覧.xlsx", roster.clone())
        .expect(Allow, &[])
        .only(),
    );
    v.push(
        Case::new(
            "i1_same_sheet_to_partner_clinic",
            G,
            "#1 variant: the sheet to a partner clinic: special-care data to any external recipient blocks",
            mail(
                connect_from,
                &["ひまわり内科クリニック 受付 <uketsuke@himawari-clinic.jp>"],
                "利用者情報のご共有",
                "ひまわり内科クリニック\n受付ご担当者様\n\nお世話になっております。\n就労移行支援事業所コネクトの佐々木です。\n\
                 ご依頼の資料をお送りします。\n\nよろしくお願いいたします。\n",
            ),
        )
        .policy(connect)
        .attach("体験利用者一覧.xlsx", roster)
        .expect(Block, &["special_care_external"])
        .not(&["personal_data_external", "free_mail"]),
    );

    // ---- #2 17,000 COVID-19 patients, Shift_JIS CSV, to gmail "to study at home"
    let city = json!({
        "internal_domains": ["city.example.lg.jp"],
        "own_names": ["某市保健所"],
        "supervisors": {"addresses": ["kacho-hoken@city.example.lg.jp"], "when": "personal_data"}
    });
    let temp_from = "派遣 田村 浩 <tamura-h@city.example.lg.jp>";
    v.push(
        Case::new(
            "i2_covid_17000_sjis_to_gmail",
            G,
            "#2: 17,000 COVID-19 patients (Shift_JIS CSV) to the sender's own gmail, no supervisor Cc",
            mail(
                temp_from,
                &["tamura.hiroshi.1990@gmail.com"],
                "自宅学習用",
                "自宅で勉強するために送ります。\n様式の確認用。\n",
            ),
        )
        .policy(city.clone())
        .attach("罹患者一覧_2023年1-3月.csv", covid_csv(17_000, 2))
        .expect(
            Block,
            &[
                "personal_data_free_mail",
                "mass_personal_external",
                "special_care_external",
                "free_mail",
                "supervisor_cc_missing",
            ],
        )
        .not(&["bulk_personal_external"])
        .records("罹患者一覧_2023年1-3月.csv", 17_000),
    );
    v.push(
        Case::new(
            "i2_covid_200_to_gmail_supervisor_cc",
            G,
            "#2 variant: 200 patients to a private address with the supervisor in Cc: still blocked, no Cc warning",
            with(
                mail(
                    temp_from,
                    &["tamura.hiroshi.1990@gmail.com"],
                    "Fw: 公費負担一覧",
                    "課長\n\n自宅で確認したいので私用アドレスに送ります。\n\n田村\n",
                ),
                "cc",
                json!(["保健予防課長 <kacho-hoken@city.example.lg.jp>"]),
            ),
        )
        .policy(city.clone())
        .attach("公費負担一覧.csv", covid_csv(200, 3))
        .expect(Block, &["personal_data_free_mail", "bulk_personal_external", "special_care_external", "free_mail"])
        .not(&["supervisor_cc_missing", "mass_personal_external"]),
    );
    v.push(
        Case::new(
            "i2_three_patients_in_body_to_yahoo",
            G,
            "#2 variant: three patients pasted into the body, to yahoo.co.jp",
            mail(
                temp_from,
                &["h-tamura77@yahoo.co.jp"],
                "メモ",
                "明日の確認分\n\
                 ・山田 太郎（45歳）東京都世田谷区三軒茶屋1-2-3 090-2233-4455 1/5発症 発熱、咳 自宅療養\n\
                 ・佐藤 花子（72歳）東京都世田谷区太子堂4-5-6 03-3411-2233 1/6発症 呼吸困難 入院\n\
                 ・伊藤 健太（31歳）東京都世田谷区若林2-8-1 080-5566-7788 1/7発症 味覚・嗅覚障害 宿泊療養\n",
            ),
        )
        .policy(city)
        .expect(Block, &["personal_data_free_mail", "special_care_external", "free_mail", "supervisor_cc_missing"]),
    );

    // ---- #3 another company's 11,704-employee health-check export
    let export_body = letter(
        "株式会社ケンシンネット\nシステムサポート ご担当者様",
        "健診予約システムの件でご相談です。\n検索結果をダウンロードしたところ、想定外のデータが含まれておりましたので、\n\
         内容をご確認いただけますでしょうか。",
    );
    v.push(
        Case::new(
            "i3_healthcheck_11704_other_company_to_partner",
            G,
            "#3: 11,704 employees of ミナト物流 (their e-mail domain) sent to the booking outsourcer",
            mail(SENDER, &["サポート窓口 <support@kenshin-net.co.jp>"], "健診予約データについて", &export_body),
        )
        .attach("健診予約_検索結果_20250620.csv", health_check_export(11_704, "minato-logi.co.jp", 4))
        .expect(Block, &["mass_personal_external", "content_other_organisation"])
        .not(&["bulk_personal_external", "personal_data_external", "salutation_mismatch"])
        .class("support@kenshin-net.co.jp", "partner")
        .records("健診予約_検索結果_20250620.csv", 11_704),
    );
    let export300 = health_check_export(300, "minato-logi.co.jp", 5);
    v.push(
        Case::new(
            "i3_healthcheck_300_to_wrong_company",
            G,
            "#3 variant: ミナト物流's 300-person booking list sent to ベータ工業 (wrong company)",
            mail(
                SENDER,
                &["山田 太郎 <t.yamada@beta-kogyo.co.jp>"],
                "健診予約一覧の送付",
                &letter(
                    "ベータ工業株式会社\n総務部 山田様",
                    "健診予約の一覧をお送りします。受診日のご確認をお願いいたします。",
                ),
            ),
        )
        .attach("ミナト物流_健診予約一覧.csv", export300.clone())
        .expect(Confirm, &["bulk_personal_external", "content_other_organisation"])
        .not(&["mass_personal_external", "personal_data_external", "special_care_external"]),
    );
    v.push(
        Case::new(
            "i3_healthcheck_300_to_owner_company",
            G,
            "#3 control: the same list back to ミナト物流 itself: bulk confirm, but it is their own data",
            mail(
                SENDER,
                &["総務部 加藤 <soumu@minato-logi.co.jp>"],
                "健診予約一覧の送付",
                &letter(
                    "株式会社ミナト物流\n総務部 加藤様",
                    "健診予約の一覧をお送りします。受診日のご確認をお願いいたします。",
                ),
            ),
        )
        .attach("ミナト物流_健診予約一覧.csv", export300)
        .expect(Confirm, &["bulk_personal_external"])
        .not(&["content_other_organisation", "mass_personal_external", "special_care_external"]),
    );
    v.push(
        Case::new(
            "i3_checkup_results_to_partner",
            G,
            "#3 variant: 40 employees' check-up results (判定, 所見) to a partner: special care blocks",
            mail(
                SENDER,
                &["株式会社ケンシンネット 健診担当 <kenshin@kenshin-net.co.jp>"],
                "二次検査対象者について",
                &letter("株式会社ケンシンネット\n健診担当者様", "二次検査の対象者一覧をお送りします。"),
            ),
        )
        .attach("二次検査対象者.xlsx", health_check_results(40, 6))
        .expect(Block, &["special_care_external"]),
    );

    // ---- #4 customer list with card numbers
    let broker_body =
        "ご担当者様\n\n先日お話しした顧客リストです。\n件数は約1,200件です。\n入金確認後、残りもお送りします。\n";
    v.push(
        Case::new(
            "i4_customer_list_1200_cards_to_broker",
            G,
            "#4: 1,200 customers of several clients with card numbers to an external list broker",
            mail(SENDER, &["info@meibo-trade.com"], "リスト", broker_body),
        )
        .attach("list_202506.xlsx", customer_xlsx(1_200, 7))
        // The volume rules say it already: no third reason about the same people.
        .expect(Block, &["mass_personal_external", "card_number_external", "external_recipient"])
        .not(&["bulk_personal_external", "personal_data_external"])
        .class("info@meibo-trade.com", "external")
        .records("list_202506.xlsx", 1_200),
    );
    v.push(
        Case::new(
            "i4_customer_list_60_to_external",
            G,
            "#4 variant: 60 customers, some with card numbers, to an unknown external address: cards block, not bulk",
            mail(SENDER, &["info@meibo-trade.com"], "サンプル", broker_body),
        )
        .attach("sample.xlsx", customer_xlsx(60, 8))
        .expect(Block, &["card_number_external", "personal_data_external", "external_recipient"])
        .not(&["bulk_personal_external", "mass_personal_external", "content_other_organisation"]),
    );
    v.push(
        Case::new(
            "i4_customer_list_60_no_cards_to_external",
            G,
            "#4 control: the same 60 customers without card numbers: personal data to a non-partner, confirm",
            mail(SENDER, &["info@meibo-trade.com"], "サンプル", broker_body),
        )
        .attach("sample.xlsx", files::xlsx(&[Sheet::new("顧客一覧", without_cards(customer_list(60, 8)))]))
        .expect(Confirm, &["personal_data_external", "external_recipient"])
        .not(&[
            "card_number_external",
            "bulk_personal_external",
            "mass_personal_external",
            "content_other_organisation",
        ]),
    );
    let rows = customer_list(150, 9);
    let csv = files::csv(&cells_to_strings(&rows), ',');
    v.push(
        Case::new(
            "i4_customer_csv_in_zip_to_private_address",
            G,
            "#4 variant: 150 customers, CSV inside a zip, to the insider's own docomo address",
            mail(SENDER, &["ichiro-s@docomo.ne.jp"], "", ""),
        )
        .attach("backup.zip", files::zip(&[("顧客/会員一覧.csv", csv.as_bytes())]))
        .expect(Block, &["personal_data_free_mail", "card_number_external", "bulk_personal_external", "free_mail"])
        .class("ichiro-s@docomo.ne.jp", "free_mail"),
    );

    // ---- #5 My Numbers, pension numbers, passwords
    let payroll = payroll_register(25, 10);
    let sr_body = letter(
        "さくら社会保険労務士法人\n伊藤様",
        "3月分の給与台帳をお送りします。\n算定基礎届の作成にご利用ください。",
    );
    v.push(
        Case::new(
            "i5_payroll_my_numbers_to_sr_office",
            G,
            "#5: payroll register with 25 valid My Numbers and pension numbers to the labour consultant",
            mail(SENDER, &["伊藤 恵子 <k.ito@sakura-sr.jp>"], "3月分 給与台帳", &sr_body),
        )
        .attach("給与台帳_202603.xlsx", payroll.clone())
        .expect(Block, &["my_number_external"])
        .not(&["personal_data_external"]),
    );
    v.push(
        Case::new(
            "i5_payroll_with_exemption",
            G,
            "#5 control: same file, the consultant exempted from my_number_external by policy",
            mail(SENDER, &["伊藤 恵子 <k.ito@sakura-sr.jp>"], "3月分 給与台帳", &sr_body),
        )
        .patch(json!({"exemptions": [{"recipients": ["sakura-sr.jp"], "rules": ["my_number_external"]}]}))
        .attach("給与台帳_202603.xlsx", payroll)
        .expect(Allow, &[])
        .not(&["my_number_external"])
        .only(),
    );
    let mn = pp::my_number(&mut rng);
    let mn_grouped = format!("{} {} {}", &mn[..4], &mn[4..8], &mn[8..]);
    v.push(
        Case::new(
            "i5_my_number_in_body_to_external",
            G,
            "#5: an employee's My Number typed into the body, to an outside payroll vendor",
            mail(
                SENDER,
                &["給与計算センター <center@kyuyo-bpo.jp>"],
                "扶養追加の件",
                &letter(
                    "給与計算センター\nご担当者様",
                    &format!(
                        "弊社社員の扶養追加の件で、配偶者の情報をお知らせします。\n\
                         氏名：高橋 陽子\n生年月日：1988年5月14日\nマイナンバー：{mn_grouped}"
                    ),
                ),
            ),
        )
        .expect(Block, &["my_number_external"])
        .no_leak(&mn)
        .no_leak(&mn_grouped),
    );
    v.push(
        Case::new(
            "i5_my_number_in_body_internal",
            G,
            "#5 control: the same My Number to the HR colleague (internal): my_number_external is for outside only",
            mail(
                SENDER,
                &["人事部 中村 <nakamura@presend.co.jp>"],
                "扶養追加の件",
                &format!(
                    "中村さん\n\nお疲れさまです。鈴木です。\n扶養追加の件、配偶者の情報です。\n\
                     氏名：鈴木 陽子\nマイナンバー：{mn_grouped}\n\n鈴木\n"
                ),
            ),
        )
        .expect(Allow, &[])
        .not(&["my_number_external"])
        .only(),
    );
    v.push(
        Case::new(
            "i5_invalid_check_digit_not_my_number",
            G,
            "#5 control: a 12-digit number after 個人番号 whose check digit is wrong is not a My Number",
            mail(
                SENDER,
                &["山田 太郎 <t.yamada@alpha-shoji.co.jp>"],
                "お問い合わせの件",
                &letter(
                    "株式会社アルファ商事\n山田様",
                    "申請書の整理番号：1234 5678 9019\n（個人番号欄は空欄のままご提出ください）",
                ),
            ),
        )
        .expect(Allow, &[])
        .not(&["my_number_external"]),
    );
    v.push(
        Case::new(
            "i5_password_in_body_to_partner",
            G,
            "#5: a VPN account and its password pasted into a mail to a partner",
            mail(
                SENDER,
                &["佐藤 花子 <h.sato@alpha-shoji.co.jp>"],
                "VPN接続情報",
                &letter(
                    "株式会社アルファ商事\n佐藤様",
                    "検証環境への接続情報をお送りします。\nサーバ：vpn.presend.co.jp\nID：alpha-user01\nパスワード：Xy7#kq2Lm",
                ),
            ),
        )
        .expect(Confirm, &["secret_external"])
        .class("h.sato@alpha-shoji.co.jp", "partner")
        .no_leak("Xy7#kq2Lm"),
    );
    let (aws_id, aws_secret) = (pp::aws_access_key(&mut rng), pp::aws_secret_key(&mut rng));
    v.push(
        Case::new(
            "i5_db_credentials_in_attachment_to_external",
            G,
            "#5: a config file with a database URL and an AWS key attached for an external contractor",
            mail(
                SENDER,
                &["dev@freelance-works.jp"],
                "設定ファイル",
                &letter("ご担当者様", "本番環境の設定ファイルを添付します。"),
            ),
        )
        .attach(
            "app.env",
            format!(
                "DATABASE_URL=postgres://app:Zq93!vLm@db.presend.internal/orders\nAWS_ACCESS_KEY_ID={}\nAWS_SECRET_ACCESS_KEY={}\n",
                aws_id, aws_secret
            )
            .into_bytes(),
        )
        .expect(Confirm, &["secret_external", "external_recipient"])
        .no_leak("Zq93!vLm")
        .no_leak(&aws_secret),
    );
    v
}

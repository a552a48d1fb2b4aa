//! The `recipient` group, second half: first-time domains, PPAP,
//! confidential keywords, supervisor Cc, how many people and whose data,
//! malformed recipients and bad input.

use super::generators::*;
use super::*;

pub(super) fn recipient_checks_cases() -> Vec<Case> {
    use Group::Recipient as G;
    let mut v = Vec::new();
    let plain = |salutation: &str| letter(salutation, "来週の打ち合わせの資料をお送りします。ご確認ください。");

    // ---- first-time domain
    let history = json!(["alpha-shoji.co.jp", "beta-kogyo.co.jp", "kimura@kita-kensetsu.jp", "gamma-design.jp"]);
    v.push(
        Case::new(
            "r_first_time_domain",
            G,
            "a domain never mailed before (history given)",
            mail(
                SENDER,
                &["営業部 <sales@delta-denki.co.jp>"],
                "お問い合わせの件",
                &plain("デルタ電機株式会社\n営業部御中"),
            ),
        )
        .history(history.clone())
        .expect(Confirm, &["first_time_domain", "external_recipient"]),
    );
    v.push(
        Case::new(
            "r_known_address_in_history",
            G,
            "an address in the history: not first time",
            mail(SENDER, &["木村 <kimura@kita-kensetsu.jp>"], "お見積りの件", &plain("北建設株式会社\n木村様")),
        )
        .history(history)
        .expect(Allow, &["external_recipient"])
        .not(&["first_time_domain"])
        .only(),
    );
    v.push(
        Case::new(
            "r_no_history_no_first_time",
            G,
            "without --history first_time_domain cannot fire",
            mail(
                SENDER,
                &["営業部 <sales@delta-denki.co.jp>"],
                "お問い合わせの件",
                &plain("デルタ電機株式会社\n営業部御中"),
            ),
        )
        .expect(Allow, &["external_recipient"])
        .not(&["first_time_domain"])
        .only(),
    );

    // ---- PPAP
    v.push(
        Case::new(
            "r_ppap_encrypted_zip",
            G,
            "PPAP step 1: an encrypted zip to a partner cannot be inspected",
            mail(
                SENDER,
                &["山田 太郎 <t.yamada@alpha-shoji.co.jp>"],
                "御見積書送付の件",
                &letter(
                    "株式会社アルファ商事\n山田様",
                    "御見積書一式を暗号化ZIPにて送付いたします。\nパスワードは別途メールにてお送りします。",
                ),
            ),
        )
        .attach("御見積書一式.zip", encrypted_zip())
        .expect(Confirm, &["uninspectable_attachment"])
        .not(&["secret_external"])
        .level("uninspectable_attachment", "confirm"),
    );
    v.push(
        Case::new(
            "r_ppap_password_mail",
            G,
            "PPAP step 2: the password mail that follows",
            mail(
                SENDER,
                &["山田 太郎 <t.yamada@alpha-shoji.co.jp>"],
                "【パスワード】御見積書送付の件",
                &letter(
                    "株式会社アルファ商事\n山田様",
                    "先ほどお送りしたファイルのパスワードをお知らせします。\n\nパスワード：Kx8#mQ2vRt",
                ),
            ),
        )
        .expect(Confirm, &["secret_external"])
        .no_leak("Kx8#mQ2vRt"),
    );
    v.push(
        Case::new(
            "r_encrypted_xlsx_external",
            G,
            "a password-protected xlsx to an unknown external address",
            mail(SENDER, &["keiri@kyuyo-bpo.jp"], "3月分 明細", &letter("ご担当者様", "3月分の明細をお送りします。")),
        )
        .attach("給与明細_202603.xlsx", encrypted_xlsx())
        .expect(Confirm, &["uninspectable_attachment", "external_recipient"]),
    );
    v.push(
        Case::new(
            "r_encrypted_xlsx_internal",
            G,
            "the same encrypted xlsx to a colleague: only a notice",
            mail(SENDER, &["経理部 小林 <kobayashi@presend.co.jp>"], "3月分 明細", "小林さん\n\n明細です。\n\n鈴木\n"),
        )
        .attach("給与明細_202603.xlsx", encrypted_xlsx())
        .expect(Allow, &["uninspectable_attachment"])
        .level("uninspectable_attachment", "notice")
        .only(),
    );
    v.push(
        Case::new(
            "r_image_attachment_notice",
            G,
            "a product photo (PNG) to a partner: presend does not read images, a notice only (PDFs are read since the PDF support)",
            mail(
                SENDER,
                &["山田 太郎 <t.yamada@alpha-shoji.co.jp>"],
                "製品写真送付",
                &letter("株式会社アルファ商事\n山田様", "新製品の写真をお送りします。"),
            ),
        )
        .attach(
            "product_2026.png",
            b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01\0\0\0\x01\x08\x06\0\0\0\x1f\x15\xc4\x89\0\0\0\0IEND\xaeB`\x82".to_vec(),
        )
        .expect(Allow, &["unsupported_attachment"])
        .level("unsupported_attachment", "notice")
        .only(),
    );

    // ---- confidential keywords
    v.push(
        Case::new(
            "r_confidential_subject_external",
            G,
            "【社外秘】 in the subject, to a partner",
            mail(
                SENDER,
                &["山田 太郎 <t.yamada@alpha-shoji.co.jp>"],
                "【社外秘】2026年度 販売計画（案）",
                &letter("株式会社アルファ商事\n山田様", "販売計画の案をお送りします。"),
            ),
        )
        .expect(Confirm, &["confidential_keyword"]),
    );
    v.push(
        Case::new(
            "r_confidential_in_attachment_text",
            G,
            "部外秘 printed inside a docx, to a partner",
            mail(
                SENDER,
                &["木下 彩 <kinoshita@gamma-design.jp>"],
                "カタログ刷新の資料",
                &letter("ガンマデザイン株式会社\n木下様", "カタログ刷新の資料をお送りします。"),
            ),
        )
        .attach(
            "カタログ刷新方針.docx",
            files::docx(&[
                "部外秘",
                "カタログ刷新方針（2026年度）",
                "1. 価格改定：4月出荷分より平均5%値上げ",
                "2. 掲載品目を120から95へ削減",
            ]),
        )
        .expect(Confirm, &["confidential_keyword"]),
    );
    v.push(
        Case::new(
            "r_confidential_internal",
            G,
            "【社外秘】 to a colleague: no warning",
            mail(
                SENDER,
                &["高橋 <takahashi@presend.co.jp>"],
                "【社外秘】2026年度 販売計画（案）",
                "高橋さん\n\n販売計画の案です。\n\n鈴木\n",
            ),
        )
        .expect(Allow, &[])
        .only(),
    );
    v.push(
        Case::new(
            "r_confidential_custom_list_hit",
            G,
            "confidential_keywords replaced by [取扱注意]: 取扱注意 in the attachment name fires",
            mail(
                SENDER,
                &["田中 誠 <tanaka@beta-kogyo.co.jp>"],
                "価格改定のお知らせ",
                &letter("ベータ工業株式会社\n田中様", "価格改定の資料をお送りします。"),
            ),
        )
        .patch(json!({"confidential_keywords": ["取扱注意"]}))
        .attach("【取扱注意】価格改定.xlsx", price_list("ベータ工業株式会社様 価格表", 13))
        .expect(Confirm, &["confidential_keyword"]),
    );
    v.push(
        Case::new(
            "r_confidential_custom_list_replaces_default",
            G,
            "confidential_keywords = [取扱注意] replaces the defaults: 社外秘 no longer fires",
            mail(
                SENDER,
                &["田中 誠 <tanaka@beta-kogyo.co.jp>"],
                "【社外秘】価格改定のお知らせ",
                &letter("ベータ工業株式会社\n田中様", "価格改定の件、ご連絡いたします。"),
            ),
        )
        .patch(json!({"confidential_keywords": ["取扱注意"]}))
        .expect(Allow, &[])
        .not(&["confidential_keyword"])
        .only(),
    );

    // ---- supervisor Cc
    let sup_ext = json!({"supervisors": {"addresses": ["kacho@presend.co.jp"], "when": "external"}});
    v.push(
        Case::new(
            "r_supervisor_missing_external",
            G,
            "supervisors when external: a partner mail without the manager in Cc",
            mail(
                SENDER,
                &["山田 太郎 <t.yamada@alpha-shoji.co.jp>"],
                "打ち合わせ資料",
                &plain("株式会社アルファ商事\n山田様"),
            ),
        )
        .patch(sup_ext.clone())
        .expect(Confirm, &["supervisor_cc_missing"]),
    );
    v.push(
        Case::new(
            "r_supervisor_present",
            G,
            "supervisors when external: the manager is in Cc",
            with(
                mail(
                    SENDER,
                    &["山田 太郎 <t.yamada@alpha-shoji.co.jp>"],
                    "打ち合わせ資料",
                    &plain("株式会社アルファ商事\n山田様\n\n（CC：弊社 課長 井上）"),
                ),
                "cc",
                json!(["井上 課長 <kacho@presend.co.jp>"]),
            ),
        )
        .patch(sup_ext)
        .expect(Allow, &[])
        .only(),
    );
    v.push(
        Case::new(
            "r_supervisor_personal_data_condition_not_met",
            G,
            "supervisors when personal_data: a plain partner mail does not need the manager",
            mail(
                SENDER,
                &["山田 太郎 <t.yamada@alpha-shoji.co.jp>"],
                "打ち合わせ資料",
                &plain("株式会社アルファ商事\n山田様"),
            ),
        )
        .patch(json!({"supervisors": {"addresses": ["kacho@presend.co.jp"], "when": "personal_data"}}))
        .expect(Allow, &[])
        .not(&["supervisor_cc_missing"])
        .only(),
    );

    // ---- how many people, and whose data
    let venue = "宴会予約係 <banquet@hotel-marunouchi.jp>";
    let venue_body = letter(
        "ホテル丸の内\n宴会予約係 御中",
        "3月27日（金）の営業部歓送迎会につきまして、出席者名簿をお送りします。\n席次のご準備をお願いいたします。",
    );
    v.push(
        Case::new(
            "r_attendees_4_to_venue",
            G,
            "our 4-person party list to a hotel: below personal_records (5), only the external notice",
            mail(SENDER, &[venue], "歓送迎会 出席者名簿", &venue_body),
        )
        .attach("出席者名簿.xlsx", attendee_list(4))
        .expect(Allow, &["external_recipient"])
        .not(&["personal_data_external"])
        .only(),
    );
    v.push(
        Case::new(
            "r_attendees_6_to_venue",
            G,
            "our 6-person party list with mobiles to a hotel: personal data to a non-partner",
            mail(SENDER, &[venue], "歓送迎会 出席者名簿", &venue_body),
        )
        .attach("出席者名簿.xlsx", attendee_list(6))
        .expect(Confirm, &["personal_data_external", "external_recipient"])
        .not(&["bulk_personal_external"]),
    );
    v.push(
        Case::new(
            "r_candidate_own_data_to_gmail",
            G,
            "an offer letter with the candidate's own address to the candidate's gmail: free mail, one person only",
            mail(
                SENDER,
                &["伊藤 翔太 <shota.ito.2001@gmail.com>"],
                "内定のご連絡",
                "伊藤 翔太様\n\nこの度は弊社の採用選考にご参加いただき、ありがとうございました。\n\
                 厳正な選考の結果、採用を内定いたしましたのでご連絡いたします。\n\n\
                 入社日：2026年4月1日（水）\n書類送付先（ご登録住所）：〒154-0004 東京都世田谷区太子堂2-3-4\n\
                 ご登録の電話番号：080-4455-6677\n\n株式会社プレセンド 人事部 採用担当\n",
            ),
        )
        .expect(Confirm, &["free_mail"])
        .not(&["personal_data_free_mail", "salutation_mismatch"]),
    );
    v.push(
        Case::new(
            "r_default_policy_free_mail_sender",
            G,
            "no --policy and a gmail sender: gmail.com must not become internal",
            mail(
                "山田 太郎 <taro.yamada.1985@gmail.com>",
                &["hanako.sato@gmail.com"],
                "週末の件",
                "花子さん\n\n週末の件、了解です。\n\n太郎\n",
            ),
        )
        .no_policy()
        .expect(Confirm, &["free_mail"])
        .class("hanako.sato@gmail.com", "free_mail"),
    );
    let cut = price_list("2026年度 価格表", 31);
    v.push(
        Case::new(
            "r_corrupt_attachment",
            G,
            "a truncated xlsx to a partner cannot be inspected",
            mail(
                SENDER,
                &["山田 太郎 <t.yamada@alpha-shoji.co.jp>"],
                "価格表送付の件",
                &letter("株式会社アルファ商事\n山田様", "価格表をお送りします。"),
            ),
        )
        .attach("価格表_202604.xlsx", cut[..cut.len() / 2].to_vec())
        .expect(Confirm, &["uninspectable_attachment"]),
    );

    // ---- malformed recipients
    v.push(
        Case::new(
            "r_no_recipients",
            G,
            "no To, Cc or Bcc",
            mail(SENDER, &[], "打ち合わせ資料", &plain("株式会社アルファ商事\n山田様")),
        )
        .expect(Confirm, &["no_recipients"]),
    );
    v.push(
        Case::new(
            "r_invalid_address_double_at",
            G,
            "an address with a doubled @ cannot be parsed",
            mail(
                SENDER,
                &["山田 太郎 <t.yamada@@alpha-shoji.co.jp>"],
                "打ち合わせ資料",
                &plain("株式会社アルファ商事\n山田様"),
            ),
        )
        .expect(Confirm, &["invalid_address"]),
    );
    v.push(
        Case::new(
            "r_invalid_address_name_only",
            G,
            "a display name without an address (「山田さん」) in To, next to a valid partner address",
            mail(
                SENDER,
                &["山田さん", "佐藤 花子 <h.sato@alpha-shoji.co.jp>"],
                "打ち合わせ資料",
                &plain("株式会社アルファ商事\n山田様、佐藤様"),
            ),
        )
        .expect(Confirm, &["invalid_address"]),
    );

    // ---- bad input: exit 2
    let bad = |id: &'static str, about: &'static str, policy: &str, key: &'static str| {
        Case::new(id, G, about, mail(SENDER, &["suzuki2@presend.co.jp"], "test", "test"))
            .raw_policy(policy)
            .expect(Error, &[])
            .stderr(key)
    };
    v.push(bad(
        "r_policy_unknown_key",
        "a misspelt policy key is rejected and named",
        r#"{"internal_domain": ["presend.co.jp"]}"#,
        "internal_domain",
    ));
    v.push(bad(
        "r_policy_wrong_type",
        "a threshold of the wrong type is rejected and named",
        r#"{"internal_domains": ["presend.co.jp"], "thresholds": {"many_recipients": "ten"}}"#,
        "many_recipients",
    ));
    v.push(bad(
        "r_policy_bad_level",
        "a rule level that does not exist is rejected and named",
        r#"{"internal_domains": ["presend.co.jp"], "rules": {"free_mail": "warn"}}"#,
        "free_mail",
    ));
    v.push(bad(
        "r_policy_unknown_rule",
        "an unknown rule id under rules is rejected and named",
        r#"{"internal_domains": ["presend.co.jp"], "rules": {"free_mial": "off"}}"#,
        "free_mial",
    ));
    v.push(bad(
        "r_policy_not_json",
        "a policy that is not JSON is an error",
        "internal_domains = presend.co.jp\n",
        "policy",
    ));
    v.push(
        Case::new(
            "r_missing_attachment_path",
            G,
            "an attachment path that does not exist is an error, not a silent pass",
            mail(SENDER, &["山田 太郎 <t.yamada@alpha-shoji.co.jp>"], "資料", &plain("株式会社アルファ商事\n山田様")),
        )
        .attach_path("does-not-exist/見積書.xlsx")
        .expect(Error, &[])
        .stderr("does-not-exist"),
    );
    v
}

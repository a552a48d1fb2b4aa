//! The `recipient` group, first half: who the mail goes to (internal or
//! external on dot boundaries, free mail, many recipients, look-alike
//! domains, the salutation, another client's file).

use super::generators::*;
use super::*;

pub(super) fn recipient_cases() -> Vec<Case> {
    use Group::Recipient as G;
    let mut v = Vec::new();
    let plain = |salutation: &str| letter(salutation, "来週の打ち合わせの資料をお送りします。ご確認ください。");

    // ---- internal vs external on dot boundaries
    v.push(
        Case::new(
            "r_internal_subdomain",
            G,
            "sub.presend.co.jp is internal (dot boundary): the staff list may go there",
            mail(
                SENDER,
                &["田中 次郎 <tanaka@sub.presend.co.jp>"],
                "連絡網の更新",
                "田中さん\n\nお疲れさまです。鈴木です。\n4月からの連絡網を添付します。\n\n鈴木\n",
            ),
        )
        .attach("連絡網_2026.xlsx", staff_list(12, "presend.co.jp", 11))
        .expect(Allow, &[])
        .class("tanaka@sub.presend.co.jp", "internal")
        .only(),
    );
    v.push(
        Case::new(
            "r_badpresend_is_external",
            G,
            "badpresend.co.jp is not internal: the same staff list goes outside",
            mail(
                SENDER,
                &["田中 次郎 <tanaka@badpresend.co.jp>"],
                "連絡網の更新",
                "田中さん\n\nお疲れさまです。鈴木です。\n4月からの連絡網を添付します。\n\n鈴木\n",
            ),
        )
        .attach("連絡網_2026.xlsx", staff_list(12, "presend.co.jp", 11))
        .expect(Confirm, &["external_recipient", "personal_data_external"])
        .class("tanaka@badpresend.co.jp", "external"),
    );

    // ---- free mail and carriers
    v.push(
        Case::new(
            "r_free_gmail_candidate",
            G,
            "a job candidate's gmail address: free mail asks for confirmation",
            mail(
                SENDER,
                &["伊藤 翔太 <shota.ito.2001@gmail.com>"],
                "一次面接日程のご案内",
                "伊藤 翔太様\n\nこの度は弊社求人にご応募いただき、ありがとうございます。\n\
                 株式会社プレセンド 採用担当の鈴木です。\n一次面接を4月8日（水）14:00より本社5F 第3会議室にて行います。\n\
                 ご都合をお知らせください。\n\nよろしくお願いいたします。\n",
            ),
        )
        .expect(Confirm, &["free_mail"])
        .not(&["lookalike_domain", "salutation_mismatch"])
        .class("shota.ito.2001@gmail.com", "free_mail"),
    );
    v.push(
        Case::new(
            "r_free_yahoo_in_cc",
            G,
            "a partner in To and the partner's private yahoo.co.jp address in Cc",
            with(
                mail(
                    SENDER,
                    &["山田 太郎 <t.yamada@alpha-shoji.co.jp>"],
                    "打ち合わせ資料",
                    &plain("株式会社アルファ商事\n山田様"),
                ),
                "cc",
                json!(["yamada.taro.0412@yahoo.co.jp"]),
            ),
        )
        .expect(Confirm, &["free_mail"])
        .class("yamada.taro.0412@yahoo.co.jp", "free_mail")
        .class("t.yamada@alpha-shoji.co.jp", "partner"),
    );
    v.push(
        Case::new(
            "r_free_carriers_visible",
            G,
            "five mobile-carrier addresses in To/Cc: free mail, and each counts as its own organisation",
            with(
                mail(
                    SENDER,
                    &["a-sato@docomo.ne.jp", "b.kimura@ezweb.ne.jp"],
                    "同窓会のご案内",
                    "皆さま\n\nご無沙汰しております。鈴木です。\n5月の同窓会の案内をお送りします。\n",
                ),
                "cc",
                json!(["c-mori@au.com", "d.hayashi@softbank.ne.jp", "e-ikeda@i.softbank.jp"]),
            ),
        )
        .expect(Confirm, &["free_mail", "external_organisations"])
        .not(&["lookalike_domain"])
        .class("a-sato@docomo.ne.jp", "free_mail")
        .class("b.kimura@ezweb.ne.jp", "free_mail")
        .class("c-mori@au.com", "free_mail")
        .class("d.hayashi@softbank.ne.jp", "free_mail")
        .class("e-ikeda@i.softbank.jp", "free_mail"),
    );
    v.push(
        Case::new(
            "r_free_more_in_bcc",
            G,
            "outlook.jp, hotmail.co.jp and icloud.com in Bcc with nothing about people: no one sees them, nothing leaks (issue 21)",
            with(
                mail(SENDER, &[SENDER], "説明会資料", "各位\n\n説明会の資料をお送りします。\n\n鈴木\n"),
                "bcc",
                json!(["kenji.m@outlook.jp", "yuko_h@hotmail.co.jp", "ryo.k@icloud.com"]),
            ),
        )
        .expect(Allow, &[])
        .not(&["free_mail", "external_organisations", "many_recipients", "lookalike_domain"])
        .class("kenji.m@outlook.jp", "free_mail")
        .class("yuko_h@hotmail.co.jp", "free_mail")
        .class("ryo.k@icloud.com", "free_mail"),
    );
    v.push(
        Case::new(
            "r_free_policy_added_domain",
            G,
            "a domain added to free_mail_domains by the policy",
            mail(SENDER, &["hanako@example-free.jp"], "資料送付", &plain("佐藤様")),
        )
        .patch(json!({"free_mail_domains": ["example-free.jp"]}))
        .expect(Confirm, &["free_mail"])
        .class("hanako@example-free.jp", "free_mail"),
    );
    v.push(
        Case::new(
            "r_free_mail_lowered_to_notice",
            G,
            "rules.free_mail = notice: the reason stays, the decision is allow",
            mail(
                SENDER,
                &["伊藤 翔太 <shota.ito.2001@gmail.com>"],
                "面接日程",
                "伊藤様\n\n面接日程のご連絡です。\n\n鈴木\n",
            ),
        )
        .patch(json!({"rules": {"free_mail": "notice"}}))
        .expect(Allow, &["free_mail"])
        .level("free_mail", "notice"),
    );
    v.push(
        Case::new(
            "r_free_mail_rule_off",
            G,
            "rules.free_mail = off: no reason at all",
            mail(
                SENDER,
                &["伊藤 翔太 <shota.ito.2001@gmail.com>"],
                "面接日程",
                "伊藤様\n\n面接日程のご連絡です。\n\n鈴木\n",
            ),
        )
        .patch(json!({"rules": {"free_mail": "off"}}))
        .expect(Allow, &[])
        .not(&["free_mail"]),
    );
    v.push(
        Case::new(
            "r_free_mail_allow_listed_address",
            G,
            "a free-mail address on allow_addresses is exempt from free_mail",
            mail(
                SENDER,
                &["顧問 岡田 <okada.consult@gmail.com>"],
                "月次報告",
                "岡田先生\n\n月次報告をお送りします。\n\n鈴木\n",
            ),
        )
        .patch(json!({"allow_addresses": ["okada.consult@gmail.com"]}))
        .expect(Allow, &[])
        .not(&["free_mail", "external_recipient"])
        .only(),
    );

    // ---- several organisations, many recipients
    v.push(
        Case::new(
            "r_three_organisations_in_to",
            G,
            "three partner organisations visible to each other in To/Cc",
            with(
                mail(
                    SENDER,
                    &["山田 太郎 <t.yamada@alpha-shoji.co.jp>", "田中 誠 <tanaka@beta-kogyo.co.jp>"],
                    "展示会出展のご案内",
                    "お取引先各位\n\nいつもお世話になっております。\n株式会社プレセンドの鈴木です。\n\
                     5月の展示会出展についてご案内いたします。\n\nよろしくお願いいたします。\n",
                ),
                "cc",
                json!(["木下 彩 <kinoshita@gamma-design.jp>"]),
            ),
        )
        .expect(Confirm, &["external_organisations"])
        .not(&["many_recipients", "salutation_mismatch"]),
    );
    v.push(
        Case::new(
            "r_many_recipients_one_partner",
            G,
            "twelve recipients of one partner in To: colleagues of one client see each other anyway (issue 21)",
            mail(
                SENDER,
                &[
                    "a.abe@alpha-shoji.co.jp",
                    "b.ishii@alpha-shoji.co.jp",
                    "c.ueda@alpha-shoji.co.jp",
                    "d.endo@alpha-shoji.co.jp",
                    "e.ota@alpha-shoji.co.jp",
                    "f.kaneko@alpha-shoji.co.jp",
                    "g.kikuchi@alpha-shoji.co.jp",
                    "h.kudo@alpha-shoji.co.jp",
                    "i.goto@alpha-shoji.co.jp",
                    "j.kondo@alpha-shoji.co.jp",
                    "k.sakai@alpha-shoji.co.jp",
                    "l.shimizu@alpha-shoji.co.jp",
                ],
                "新製品説明会のご案内",
                "株式会社アルファ商事\n営業部の皆様\n\n新製品説明会のご案内です。\n\n鈴木\n",
            ),
        )
        .expect(Allow, &[])
        .not(&["many_recipients", "external_organisations"]),
    );
    let seminar: Vec<String> = [
        "kita-kensetsu.jp",
        "tohoku-denki.com",
        "bluefin-sys.co.jp",
        "hoken-center.jp",
        "sakura-works.or.jp",
        "delta-denki.co.jp",
        "epsilon-foods.co.jp",
        "zeta-print.jp",
        "eta-soken.co.jp",
        "theta-unyu.co.jp",
        "iota-medical.jp",
        "kappa-build.co.jp",
        "lambda-tech.jp",
        "mu-trading.co.jp",
    ]
    .iter()
    .enumerate()
    .map(|(i, d)| format!("info{}@{d}", i + 1))
    .collect();
    let seminar_refs: Vec<&str> = seminar.iter().map(String::as_str).collect();
    v.push(
        Case::new(
            "r_seminar_invitation_14_companies_in_to",
            G,
            "a seminar invitation to fourteen companies in To instead of Bcc",
            mail(
                SENDER,
                &seminar_refs,
                "【ご案内】業務効率化セミナー（4/22開催）",
                "お客様各位\n\n平素より格別のご高配を賜り、厚く御礼申し上げます。\n\
                 このたび業務効率化セミナーを開催いたします。\n日時：4月22日（水）15:00〜16:30\n会場：本社セミナールーム\n",
            ),
        )
        .expect(Confirm, &["many_recipients", "external_organisations", "external_recipient"])
        .not(&["lookalike_domain"]),
    );
    v.push(
        Case::new(
            "r_three_organisations_in_bcc",
            G,
            "the same three organisations in Bcc (To: the sender): nothing visible",
            with(
                mail(
                    SENDER,
                    &[SENDER],
                    "展示会出展のご案内",
                    "お取引先各位\n\n展示会出展についてご案内いたします。\n\n鈴木\n",
                ),
                "bcc",
                json!(["t.yamada@alpha-shoji.co.jp", "tanaka@beta-kogyo.co.jp", "kinoshita@gamma-design.jp"]),
            ),
        )
        .expect(Allow, &[])
        .not(&["external_organisations", "many_recipients"])
        .only(),
    );

    // ---- lookalike domains
    let lookalike = |id: &'static str, about: &'static str, to: &'static str, salutation: &str| {
        Case::new(id, G, about, mail(SENDER, &[to], "お見積りの件", &plain(salutation)))
            .expect(Block, &["lookalike_domain"])
    };
    v.push(lookalike(
        "r_lookalike_alpha_shouji",
        "alpha-shouji.co.jp vs the partner alpha-shoji.co.jp",
        "山田 太郎 <t.yamada@alpha-shouji.co.jp>",
        "株式会社アルファ商事\n山田様",
    ));
    v.push(lookalike(
        "r_lookalike_gmai",
        "gmai.com (a letter missing from gmail.com)",
        "taro.yamada@gmai.com",
        "山田様",
    ));
    v.push(lookalike("r_lookalike_gmial", "gmial.com (transposition of gmail.com)", "taro.yamada@gmial.com", "山田様"));
    v.push(
        lookalike(
            "r_lookalike_other_tld",
            "presend.com: the internal presend.co.jp with another TLD",
            "佐藤 花子 <sato@presend.com>",
            "佐藤さん",
        )
        .not(&["free_mail"]),
    );
    v.push(lookalike(
        "r_lookalike_rn_for_m",
        "rninato-logi.co.jp: rn posing as m in the partner minato-logi.co.jp",
        "配車センター <haisha@rninato-logi.co.jp>",
        "株式会社ミナト物流\n配車センター御中",
    ));
    v.push(lookalike(
        "r_lookalike_punycode_cyrillic",
        "xn--lpha-shoji-yqi.co.jp: Cyrillic а in place of the partner's a (punycode)",
        "山田 太郎 <t.yamada@xn--lpha-shoji-yqi.co.jp>",
        "株式会社アルファ商事\n山田様",
    ));
    v.push(lookalike(
        "r_lookalike_doubled_letter_well_known",
        "bigbannk.co.jp: doubled letter of the well-known bigbank.co.jp",
        "hojin@bigbannk.co.jp",
        "ビッグ銀行\n法人営業部御中",
    ));
    v.push(
        Case::new(
            "r_unrelated_domain_is_not_lookalike",
            G,
            "kita-kensetsu.jp resembles nothing: only the external notice",
            mail(SENDER, &["木村 <kimura@kita-kensetsu.jp>"], "お見積りの件", &plain("北建設株式会社\n木村様")),
        )
        .expect(Allow, &["external_recipient"])
        .not(&["lookalike_domain"])
        .level("external_recipient", "notice")
        .only(),
    );

    // ---- salutation vs recipients
    v.push(
        Case::new(
            "r_salutation_other_organisation",
            G,
            "「株式会社アルファ商事 山田様」 sent to ベータ工業's domain",
            mail(
                SENDER,
                &["山田 太郎 <yamada@beta-kogyo.co.jp>"],
                "お見積りの件",
                &plain("株式会社アルファ商事\n営業部 山田様"),
            ),
        )
        .expect(Confirm, &["salutation_mismatch"])
        .not(&["lookalike_domain"]),
    );
    v.push(
        Case::new(
            "r_salutation_other_person",
            G,
            "「ベータ工業 田中部長」 sent to 山田太郎 at ベータ工業",
            mail(SENDER, &["山田太郎 <t.yamada@beta-kogyo.co.jp>"], "お見積りの件", &plain("ベータ工業\n田中部長")),
        )
        .expect(Confirm, &["salutation_mismatch"]),
    );
    v.push(
        Case::new(
            "r_salutation_kakui_never_mismatches",
            G,
            "「関係者各位」 to 山田太郎 at ベータ工業: 各位 is never a mismatch",
            mail(SENDER, &["山田太郎 <t.yamada@beta-kogyo.co.jp>"], "仕様変更のお知らせ", &plain("関係者各位")),
        )
        .expect(Allow, &[])
        .not(&["salutation_mismatch"])
        .only(),
    );

    // ---- another client's file
    v.push(
        Case::new(
            "r_other_client_file_name",
            G,
            "to アルファ商事, a quotation whose file name says ベータ工業",
            mail(
                SENDER,
                &["山田 太郎 <t.yamada@alpha-shoji.co.jp>"],
                "御見積書送付の件",
                &letter("株式会社アルファ商事\n山田様", "ご依頼いただいた御見積書を添付いたします。"),
            ),
        )
        .attach("ベータ工業様_御見積書_Q-2026-0315.xlsx", price_list("御見積明細", 12))
        .expect(Confirm, &["content_other_organisation"])
        .not(&["salutation_mismatch"]),
    );
    v.push(
        Case::new(
            "r_other_client_file_content",
            G,
            "to アルファ商事, a neutral file name but the quotation inside is addressed to ベータ工業",
            mail(
                SENDER,
                &["山田 太郎 <t.yamada@alpha-shoji.co.jp>"],
                "御見積書送付の件",
                &letter("株式会社アルファ商事\n山田様", "ご依頼いただいた御見積書を添付いたします。"),
            ),
        )
        .attach("御見積書.docx", quotation("ベータ工業株式会社"))
        .expect(Confirm, &["content_other_organisation"])
        .not(&["salutation_mismatch"]),
    );

    v
}

//! The `office` group, continued: the pairs added after the kept-aside
//! sets were run (a private address mailed before, a partner known before
//! the first mail, look-alike sub-domains, replies to private addresses…).

use super::generators::*;
use super::office_orgs::*;
use super::*;

/// The second half of the `office` pairs, in the order they were written.
pub(super) fn office_more_cases() -> Vec<Case> {
    use Group::Office as G;
    let mut v = Vec::new();
    let keiri = "高橋 美穂 <m.takahashi@presend.co.jp>";
    let jinji = "加藤 直樹 <n.kato@presend.co.jp>";

    // ---- A private address mailed before, with nothing about people.
    let school_history = json!(["t.endo.home@gmail.com", "kyoiku-sakura.ed.jp"]);
    let parent_mail = |to: &str| {
        mail(
            SCHOOL_SENDER,
            &[to],
            "三者面談の日程について",
            "遠藤様\n\nいつもお世話になっております。2年3組担任の村上です。\n三者面談の日程ですが、7月14日(火)15時30分からでいかがでしょうか。\n\
             ご都合が悪い場合はお知らせください。\n\n村上\n",
        )
    };
    v.push(
        Case::new(
            "o_parent_known_private_address",
            G,
            "a teacher answers a parent at the private address the school has mailed before; only a date",
            parent_mail("遠藤 智子 <t.endo.home@gmail.com>"),
        )
        .policy(school_policy())
        .history(school_history.clone())
        .expect(Allow, &[])
        .only(),
    );
    v.push(
        Case::new(
            "o_parent_new_private_address",
            G,
            "twin: autocomplete picked another private address never mailed before",
            parent_mail("遠藤 知子 <t.endo.1984@gmail.com>"),
        )
        .policy(school_policy())
        .history(school_history.clone())
        .expect(Confirm, &["free_mail", "first_time_domain"]),
    );
    v.push(
        Case::new(
            "o_parent_known_address_with_class_list",
            G,
            "twin: the known address, but the class's contact list is attached",
            parent_mail("遠藤 智子 <t.endo.home@gmail.com>"),
        )
        .policy(school_policy())
        .history(school_history)
        .attach("2年3組_連絡網.xlsx", staff_list(32, "sakuragaoka-jh.ed.jp", 2107))
        .expect(Block, &["personal_data_free_mail", "free_mail"]),
    );

    // ---- A registered partner is known before the first mail.
    v.push(
        Case::new(
            "o_first_mail_to_registered_partner",
            G,
            "the first mail to the newly registered auditor (in the partner list, not yet in the history)",
            mail(
                keiri,
                &["監査法人 坂本 <sakamoto@aoba-audit.jp>"],
                "期末監査の日程について",
                &office_letter(
                    "あおば監査法人\n坂本様",
                    "株式会社プレセンド 経理部の高橋です。",
                    "期末監査の往査日程について、5月18日(月)から22日(金)でいかがでしょうか。",
                    &presend_sig("経理部", "高橋 美穂", "m.takahashi@presend.co.jp"),
                ),
            ),
        )
        .policy(company_policy())
        .history(json!(["alpha-shoji.co.jp", "beta-kogyo.co.jp"]))
        .expect(Allow, &[])
        .only(),
    );

    // ---- A look-alike sub-domain.
    v.push(
        Case::new(
            "o_partner_domain_as_subdomain",
            G,
            "alpha-shoji.co.jp.mail-secure.net: the partner's domain as a sub-domain of another",
            mail(
                SENDER,
                &["山田 太郎 <t.yamada@alpha-shoji.co.jp.mail-secure.net>"],
                "お見積りの件",
                &letter("株式会社アルファ商事\n営業部 山田様", "ご依頼のお見積りを添付いたします。"),
            ),
        )
        .attach("御見積書_Q-2026-0411.docx", quotation("株式会社アルファ商事"))
        .expect(Block, &["lookalike_domain"]),
    );
    v.push(
        Case::new(
            "o_partner_label_under_other_domain",
            G,
            "alpha-shoji.securemail-gw.com: the partner's name as a sub-domain label of another domain",
            mail(
                SENDER,
                &["山田 太郎 <t.yamada@alpha-shoji.securemail-gw.com>"],
                "お見積りの件",
                &letter("株式会社アルファ商事\n営業部 山田様", "ご依頼のお見積りを添付いたします。"),
            ),
        )
        .expect(Block, &["lookalike_domain"]),
    );
    v.push(
        Case::new(
            "o_partner_real_subdomain",
            G,
            "twin: the partner's own sub-domain mail.alpha-shoji.co.jp",
            mail(
                SENDER,
                &["山田 太郎 <t.yamada@mail.alpha-shoji.co.jp>"],
                "お見積りの件",
                &letter("株式会社アルファ商事\n営業部 山田様", "ご依頼のお見積りを添付いたします。"),
            ),
        )
        .attach("御見積書_Q-2026-0411.docx", quotation("株式会社アルファ商事"))
        .expect(Allow, &[])
        .only(),
    );

    // ---- A reply to the private address a customer wrote from (kept3's
    // k3_company_reply_to_customer_gmail made this rule; these are its twins).
    let answer = |greeting: &str| {
        format!(
            "{greeting}\n\nお問い合わせありがとうございます。プレセンド サポートの中島です。\n\
             ご質問のライセンスの移行は、管理画面の「契約」からお手続きいただけます。\n\n\
             よろしくお願いいたします。\n株式会社プレセンド サポート 中島\n"
        )
    };
    v.push(
        Case::new(
            "o_reply_to_customer_private_address",
            G,
            "everyday: a reply (Re:) to a customer's yahoo address, greeting the customer by the name the address carries",
            mail("サポート <support@presend.co.jp>", &["大塚 真由美 <mayumi-otsuka@yahoo.co.jp>"], "RE: ライセンスの移行について", &answer("大塚様")),
        )
        .expect(Allow, &["free_mail"]),
    );
    v.push(
        Case::new(
            "o_reply_greets_someone_else",
            G,
            "twin: a reply whose greeting names another person than the private address does: asked",
            mail(
                "サポート <support@presend.co.jp>",
                &["大塚 真由美 <mayumi-otsuka@yahoo.co.jp>"],
                "Re: ライセンスの移行について",
                &answer("大野様"),
            ),
        )
        .expect(Confirm, &["free_mail"]),
    );
    v.push(
        Case::new(
            "o_new_mail_to_private_address",
            G,
            "twin: the same letter as a new mail (no Re:) to a private address never mailed before: asked",
            mail(
                "サポート <support@presend.co.jp>",
                &["大塚 真由美 <mayumi-otsuka@yahoo.co.jp>"],
                "ライセンスの移行について",
                &answer("大塚様"),
            ),
        )
        .expect(Confirm, &["free_mail"]),
    );
    v.push(
        Case::new(
            "o_reply_to_private_address_with_other_customers",
            G,
            "twin: a reply to the customer that carries other customers' contacts: a reply is no licence for data about others",
            mail(
                "サポート <support@presend.co.jp>",
                &["大塚 真由美 <mayumi-otsuka@yahoo.co.jp>"],
                "Re: 同じ地域の利用者",
                &answer("大塚様\n\n同じ地域の利用者の方です。\n森田 健二 090-3318-4471\n石原 さやか 080-2291-5530"),
            ),
        )
        .expect(Block, &["personal_data_free_mail", "free_mail"]),
    );

    // ---- A bare 12-digit number on a line that names a person (kept3's
    // k3_company_dependant_my_number_grouped made this rule; these are its twins).
    let bare = {
        let mut rng = Rng::new(2207);
        pp::my_number(&mut rng)
    };
    v.push(
        Case::new(
            "o_bare_number_beside_a_dependant",
            G,
            "mis-send: a spouse's My Number as a bare 12-digit run beside her name, to an unregistered vendor",
            mail(
                jinji,
                &["ご担当 <contact@payroll-partner.jp>"],
                "配偶者の追加",
                &format!(
                    "ご担当者様\n\nいつもお世話になっております。プレセンドの加藤です。\n\
                     配偶者の件、下記のとおりです。\n配偶者 加藤 由紀子 {bare}\n\nよろしくお願いいたします。\n加藤\n"
                ),
            ),
        )
        .expect(Confirm, &["my_number_external"])
        .no_leak(&bare),
    );
    v.push(
        Case::new(
            "o_bare_number_on_a_line_of_figures",
            G,
            "twin: the same number as a yen figure on a line of its own, the letter naming only its writer: no My Number",
            mail(
                jinji,
                &["ご担当 <contact@payroll-partner.jp>"],
                "年間の支払総額",
                &format!(
                    "ご担当者様\n\nいつもお世話になっております。プレセンドの加藤です。\n\
                     今年度の支払総額は下記のとおりです。\n支払総額 {bare}\n\nよろしくお願いいたします。\n加藤\n"
                ),
            ),
        )
        .expect(Allow, &[])
        .not(&["my_number_external"])
        .no_leak(&bare),
    );

    // ---- Personnel records to a partner (kept3's k3_company_evaluations_to_partner
    // made this rule; these are its twins).
    let attendance = {
        let mut rng = Rng::new(2311);
        let mut rows = vec![header(&["社員番号", "氏名", "所属", "欠勤日数", "残業時間"])];
        for i in 0..12 {
            let p = Person::born_between(&mut rng, 1970, 2000);
            rows.push(vec![
                Cell::from(format!("E{:05}", 20_400 + i)),
                Cell::from(p.name(&mut rng)),
                Cell::from(*rng.pick(DEPTS)),
                Cell::Number(f64::from(rng.range(0, 4))),
                Cell::Number(f64::from(rng.range(0, 40))),
            ]);
        }
        files::xlsx(&[Sheet::new("11月", rows)])
    };
    v.push(
        Case::new(
            "o_attendance_to_partner",
            G,
            "mis-send: twelve staff's absences and overtime attached to a mail to the partner",
            mail(
                SENDER,
                &["山田 太郎 <t.yamada@alpha-shoji.co.jp>"],
                "資料送付",
                &letter("株式会社アルファ商事\n営業部 山田様", "ご依頼の資料をお送りします。"),
            ),
        )
        .attach("11月_勤怠集計.xlsx", attendance)
        .expect(Confirm, &["personal_data_external"]),
    );
    v.push(
        Case::new(
            "o_project_team_list_to_partner",
            G,
            "twin: the joint project's team list (names, companies, roles, mail) to the partner: its business",
            mail(
                SENDER,
                &["山田 太郎 <t.yamada@alpha-shoji.co.jp>"],
                "体制表の送付",
                &letter("株式会社アルファ商事\n営業部 山田様", "プロジェクトの体制表をお送りします。"),
            ),
        )
        .attach("体制表.xlsx", project_members(2312))
        .expect(Allow, &[])
        .not(&["personal_data_external"]),
    );

    // ---- The first mail to an address that wrote first (kept5's
    // k5_city_reply_to_citizen_gmail made this rule; these are its twins).
    let support_history = json!(["alpha-shoji.co.jp", "k.morita.55@yahoo.co.jp"]);
    v.push(
        Case::new(
            "o_reply_to_private_address_not_in_history",
            G,
            "everyday: a reply (Re:) to a customer's yahoo address greeting her by the name it carries; the history does not hold it, as a first answer's never does",
            mail("サポート <support@presend.co.jp>", &["大塚 真由美 <mayumi-otsuka@yahoo.co.jp>"], "RE: ライセンスの移行について", &answer("大塚様")),
        )
        .history(support_history.clone())
        .expect(Allow, &["free_mail", "first_time_domain"])
        .level("first_time_domain", "notice"),
    );
    v.push(
        Case::new(
            "o_new_mail_to_private_address_not_in_history",
            G,
            "twin: the same letter as a new mail (no Re:): the address came from autocomplete or memory, never mailed: asked",
            mail("サポート <support@presend.co.jp>", &["大塚 真由美 <mayumi-otsuka@yahoo.co.jp>"], "ライセンスの移行について", &answer("大塚様")),
        )
        .history(support_history)
        .expect(Confirm, &["free_mail", "first_time_domain"])
        .level("first_time_domain", "confirm"),
    );

    // ---- A reply carrying a document about no one else (kept5's
    // k5_estate_reply_with_property_summary made this rule; these are its twins).
    let shop_reply = || {
        mail(
            "サポート <support@presend.co.jp>",
            &["大塚 真由美 <mayumi-otsuka@yahoo.co.jp>"],
            "Re: ショールームの見学について",
            &answer("大塚様"),
        )
    };
    v.push(
        Case::new(
            "o_reply_with_showroom_guide",
            G,
            "everyday: a reply to the customer's private address with the showroom guide (its address and phone): one address, nobody's",
            shop_reply(),
        )
        .attach(
            "ご来場案内.docx",
            files::docx(&[
                "プレセンド ショールーム ご来場案内",
                "所在地：東京都千代田区丸の内1-2-3 丸の内プレセンドビル1F",
                "TEL 03-6555-1299（ショールーム直通）　営業時間 10:00〜18:00（土日祝休）",
                "最寄り駅：大手町駅 C8出口から徒歩3分",
            ]),
        )
        .expect(Allow, &["free_mail"])
        .level("free_mail", "notice"),
    );
    v.push(
        Case::new(
            "o_reply_with_another_customers_form",
            G,
            "twin: the same reply with another customer's application (his name, home address, mobile) attached: asked",
            shop_reply(),
        )
        .attach(
            "見学申込書.docx",
            files::docx(&[
                "ショールーム見学申込書",
                "氏名：森田 健二",
                "住所：埼玉県川口市本町4-3-2 リバーハイツ502",
                "携帯電話：090-3318-4471",
                "希望日：5月20日",
            ]),
        )
        .expect(Confirm, &["free_mail"])
        .level("free_mail", "confirm"),
    );

    // ---- Several organisations greeted, one per line (kept5's
    // k5_lab_zoom_invite_two_partners made this rule; these are its twins).
    let two_partners = |salutation: &str| {
        mail(
            SENDER,
            &["山田 太郎 <t.yamada@alpha-shoji.co.jp>", "木下 智子 <kinoshita@gamma-design.jp>"],
            "共同販促 打ち合わせのご案内",
            &letter(salutation, &format!("共同販促の打ち合わせを下記のとおり開催いたします。\n\n{TEAMS_INVITE}")),
        )
    };
    v.push(
        Case::new(
            "o_two_partners_each_greeted",
            G,
            "everyday: one invitation to two partners, each greeted on a line of its own (ガンマデザイン written without its legal form)",
            two_partners("株式会社アルファ商事 山田様\nガンマデザイン 木下様"),
        )
        .expect(Allow, &[])
        .only(),
    );
    v.push(
        Case::new(
            "o_second_partner_in_to_not_greeted",
            G,
            "twin: the salutation greets アルファ商事 alone; ガンマデザイン in To is named nowhere (autocomplete added it): asked",
            two_partners("株式会社アルファ商事\n営業部 山田様"),
        )
        .expect(Confirm, &["salutation_mismatch"]),
    );

    // ---- An outsider in Cc and the cc line (kept5's
    // k5_law_strategy_cc_opposing_counsel made this rule; these are its twins).
    let cc_mail = |cc_line: &str, cc: &str| {
        with(
            mail(
                SENDER,
                &["山田 太郎 <t.yamada@alpha-shoji.co.jp>"],
                "価格改定のご相談",
                &letter(
                    &format!("株式会社アルファ商事\n営業部 山田様\n{cc_line}"),
                    "来期の価格について、御社向けの条件を下記のとおりご提案いたします。\nPS-1001 1台 38,000円（現行 41,000円）",
                ),
            ),
            "cc",
            json!([cc]),
        )
    };
    v.push(
        Case::new(
            "o_cc_outsider_named_on_cc_line",
            G,
            "everyday: the consultant both sides hired, in Cc and named on the cc line with his firm and 様",
            cc_mail("（cc: 関西コンサルティング 佐藤様）", "佐藤 健 <sato@kansai-consul.jp>"),
        )
        .expect(Allow, &[])
        .not(&["salutation_mismatch"]),
    );
    v.push(
        Case::new(
            "o_cc_colleague_named_bare",
            G,
            "everyday: the sender's colleague in Cc, named bare on the cc line as colleagues are (「（cc: 弊社 佐藤）」)",
            cc_mail("（cc: 弊社 佐藤）", "佐藤 花子 <h.sato@presend.co.jp>"),
        )
        .expect(Allow, &[])
        .only(),
    );
    v.push(
        Case::new(
            "o_cc_outsider_for_colleague_named_bare",
            G,
            "twin: the cc line names the colleague bare, but autocomplete put 佐藤 of an outside firm in Cc: asked",
            cc_mail("（cc: 弊社 佐藤）", "佐藤 健 <sato@kansai-consul.jp>"),
        )
        .expect(Confirm, &["salutation_mismatch"]),
    );

    // ---- Who someone is and where they live, to a partner (kept5's
    // k5_staffing_applicant_cvs_to_client made this rule; these are its twins).
    let mut rng = Rng::new(2411);
    let members: Vec<Vec<Cell>> = (0..8)
        .map(|_| {
            let p = Person::born_between(&mut rng, 1950, 2000);
            vec![
                Cell::from(p.name(&mut rng)),
                Cell::Date(p.birth.0, p.birth.1, p.birth.2),
                Cell::from(p.home.full()),
                Cell::from(p.mobile.hyphen()),
            ]
        })
        .collect();
    v.push(
        Case::new(
            "o_member_register_to_partner",
            G,
            "mis-send: eight club members' birth dates, home addresses and mobiles to the partner: asked",
            mail(
                SENDER,
                &["田中 誠 <tanaka@beta-kogyo.co.jp>"],
                "資料送付",
                &letter("ベータ工業株式会社\n購買部 田中様", "ご依頼の資料をお送りします。"),
            ),
        )
        .attach("会員名簿.xlsx", people_sheet("会員", &["氏名", "生年月日", "住所", "携帯電話"], members))
        .expect(Confirm, &["personal_data_external"]),
    );
    let consignees: Vec<Vec<Cell>> = (0..40)
        .map(|i| {
            let p = Person::gen(&mut rng);
            vec![
                Cell::from(format!("S-{:05}", 7100 + i)),
                Cell::from(p.name(&mut rng)),
                Cell::from(p.home.postal_hyphen()),
                Cell::from(p.home.full()),
                Cell::from(p.landline.hyphen()),
                Cell::from(*rng.pick(&["PS-1001", "PS-1005", "PS-1007"])),
            ]
        })
        .collect();
    v.push(
        Case::new(
            "o_shipping_list_to_logistics_partner",
            G,
            "twin: forty consignees' names, addresses and phones (no birth dates) to the registered logistics partner that delivers them",
            mail(
                SENDER,
                &["配車係 <haisha@minato-logi.co.jp>"],
                "4月20日 出荷分の配送リスト",
                &letter("株式会社ミナト物流\n配車係 ご担当者様", "4月20日出荷分の配送リストをお送りします。"),
            ),
        )
        .attach(
            "配送リスト_0420.xlsx",
            people_sheet("配送", &["伝票番号", "お届け先氏名", "郵便番号", "住所", "電話番号", "品番"], consignees),
        )
        .expect(Allow, &[])
        .not(&["personal_data_external"]),
    );
    v
}

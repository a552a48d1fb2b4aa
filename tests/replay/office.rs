//! Whole office messages for issue 21: everyday mail that must pass without a
//! warning next to the real mis-send it resembles (the true-positive twin).
//!
//! - `office`: one pair per pattern of the issue (a 12-digit amount, a topic
//!   word taken for special-care data, the sender's group company in the
//!   salutation, a cc line in the body, meeting passcodes, one client's
//!   project team, Bcc newsletters, a person's own papers, a registered
//!   partner receiving private contacts, a look-alike sub-domain). The rules
//!   were tuned on these.
//! - `kept`: scenarios of a hospital, a care organisation, a school and a
//!   company, written before the rules were changed and never tuned on; each
//!   says what mistake it models (or that it is everyday mail) and why its
//!   decision is right. Reported, not gated: the score is the measurement.
//!
//! The organisations and attachments are in `office_orgs.rs`; the later
//! `office` pairs in `office_more.rs`; `kept` and `kept2` in
//! `office_kept.rs`, `kept3` and `kept4` in `office_kept_late.rs`.

use super::office_orgs::*;
use super::*;

pub fn office_cases() -> Vec<Case> {
    use Group::Office as G;
    let mut v = Vec::new();
    let keiri = "高橋 美穂 <m.takahashi@presend.co.jp>";
    let jinji = "加藤 直樹 <n.kato@presend.co.jp>";

    // ---- A 12-digit amount is not a My Number.
    v.push(
        Case::new(
            "o_amount_is_not_my_number",
            G,
            "financial statements to the registered auditor: one 12-digit yen amount passes the check digit, with no keyword or header",
            mail(
                keiri,
                &["監査法人 坂本 <sakamoto@aoba-audit.jp>"],
                "【ご送付】2026年3月期 決算書（確定版）",
                &office_letter(
                    "あおば監査法人\n坂本様",
                    "株式会社プレセンド 経理部の高橋です。",
                    "2026年3月期の損益計算書および貸借対照表の確定版をお送りします。\n期末監査の資料としてご確認ください。",
                    &presend_sig("経理部", "高橋 美穂", "m.takahashi@presend.co.jp"),
                ),
            ),
        )
        .patch(json!({"partner_domains": company_policy()["partner_domains"]}))
        .attach("2026年3月期_決算書.xlsx", financial_statements())
        .expect(Allow, &[])
        .level("my_number_external", "notice"),
    );
    let quoted = {
        let mut rng = Rng::new(2101);
        pp::my_number(&mut rng)
    };
    v.push(
        Case::new(
            "o_my_number_quoted_in_forward_to_auditor",
            G,
            "twin: a forward to the auditor quotes an employee's My Number with its keyword",
            mail(
                keiri,
                &["監査法人 坂本 <sakamoto@aoba-audit.jp>"],
                "Fw: 源泉徴収の確認",
                &format!(
                    "{}\n\n-----Original Message-----\nFrom: 加藤 直樹 <n.kato@presend.co.jp>\n件名: 源泉徴収の確認\n\n高橋さん\n\n\
                     お疲れ様です。\n森 早苗さんの個人番号は {} です。年末調整の修正をお願いします。\n",
                    office_letter(
                        "あおば監査法人\n坂本様",
                        "株式会社プレセンド 経理部の高橋です。",
                        "ご質問の源泉徴収の件、社内のやりとりを転送します。",
                        &presend_sig("経理部", "高橋 美穂", "m.takahashi@presend.co.jp"),
                    ),
                    &quoted
                ),
            ),
        )
        .patch(json!({"partner_domains": company_policy()["partner_domains"]}))
        .expect(Block, &["my_number_external"])
        .no_leak(&quoted),
    );

    // ---- A topic word is not special-care data about a person.
    v.push(
        Case::new(
            "o_rules_of_employment_to_sr_office",
            G,
            "the draft 就業規則 (a chapter on 休職, 傷病手当金, 診断書) to the registered 社労士; nobody's case",
            mail(
                jinji,
                &["北 社労士 <kita@kita-sr.jp>"],
                "就業規則改定案のご確認のお願い",
                &office_letter(
                    "北社会保険労務士事務所\n北先生",
                    "株式会社プレセンド 人事総務部の加藤です。",
                    "4月施行予定の就業規則の改定案をお送りします。\n主な変更は第5章（休職）で、私傷病による休職期間を勤続年数に応じて見直しました。\n\
                     法令上の問題がないか、ご確認いただけますでしょうか。",
                    &presend_sig("人事総務部", "加藤 直樹", "n.kato@presend.co.jp"),
                ),
            ),
        )
        .policy(company_policy())
        .attach("就業規則_2026改定案.docx", rules_of_employment())
        .expect(Allow, &[])
        .not(&["special_care_external"]),
    );
    v.push(
        Case::new(
            "o_leave_list_with_diagnoses_to_sr_office",
            G,
            "twin: the list of employees on leave with their diagnoses (うつ病, 適応障害) to the same 社労士",
            mail(
                jinji,
                &["北 社労士 <kita@kita-sr.jp>"],
                "休職者の状況について",
                &office_letter(
                    "北社会保険労務士事務所\n北先生",
                    "株式会社プレセンド 人事総務部の加藤です。",
                    "現在休職中の3名の状況をまとめました。傷病手当金の手続についてご相談させてください。",
                    &presend_sig("人事総務部", "加藤 直樹", "n.kato@presend.co.jp"),
                ),
            ),
        )
        .policy(company_policy())
        .attach("休職者一覧_202604.xlsx", leave_list())
        .expect(Block, &["special_care_external"]),
    );
    v.push(
        Case::new(
            "o_absence_notice_to_client",
            G,
            "a colleague 「体調を崩し…休職」, no condition named: the client is told who takes over",
            mail(
                SENDER,
                &["山田 太郎 <t.yamada@alpha-shoji.co.jp>"],
                "担当者変更のお知らせ",
                &letter(
                    "株式会社アルファ商事\n営業部 山田様",
                    "御社を担当しておりました田中ですが、体調を崩し、4月より当面の間休職することとなりました。\n\
                     後任は私、鈴木が担当いたします。ご迷惑をおかけしますが、引き続きよろしくお願いいたします。",
                ),
            ),
        )
        .expect(Allow, &[])
        .not(&["special_care_external"]),
    );
    v.push(
        Case::new(
            "o_diagnosis_of_colleague_to_client",
            G,
            "twin: the same notice naming the colleague's diagnosis (うつ病) and treatment",
            mail(
                SENDER,
                &["山田 太郎 <t.yamada@alpha-shoji.co.jp>"],
                "担当者変更のお知らせ",
                &letter(
                    "株式会社アルファ商事\n営業部 山田様",
                    "御社を担当しておりました田中 誠一ですが、うつ病と診断され、4月より休職して通院治療を受けることとなりました。\n\
                     後任は私、鈴木が担当いたします。",
                ),
            ),
        )
        .expect(Block, &["special_care_external"]),
    );

    // A condition word with nobody it could belong to is no one's data; with
    // someone spoken of but not named it is unclear: asked.
    let visiting = |main: &str| {
        mail(
            CARE_SENDER,
            &["ほし訪問看護 大野 <ono@hoshi-houkan.jp>"],
            "面会制限について",
            &office_letter(
                "ほし訪問看護ステーション\n大野様",
                "ひまわり苑の小林です。",
                main,
                &care_sig("小林 健", "k.kobayashi@himawari-fukushi.or.jp"),
            ),
        )
    };
    v.push(
        Case::new(
            "o_condition_word_nobody",
            G,
            "a care home tells the visiting-nurse partner of visiting limits during the インフルエンザ season; nobody's case",
            visiting("地域でインフルエンザが流行しているため、1月末まで面会を制限いたします。\n訪問の際は玄関で検温をお願いいたします。"),
        )
        .policy(care_policy())
        .expect(Allow, &[])
        .only(),
    );
    v.push(
        Case::new(
            "o_condition_of_someone_unnamed",
            G,
            "twin: 「2階の入居者の方がインフルエンザと診断され」: somebody's diagnosis, no name: asked, not blocked",
            visiting("2階の入居者の方がインフルエンザと診断され、居室で療養しています。\n訪問の際は玄関で検温をお願いいたします。"),
        )
        .policy(care_policy())
        .expect(Confirm, &["special_care_external"])
        .level("special_care_external", "confirm"),
    );

    // ---- The sender's own name inside the group company's name.
    v.push(
        Case::new(
            "o_group_company_salutation",
            G,
            "to the group company 株式会社プレセンドサービス, whose name contains the sender's own",
            mail(
                SENDER,
                &["中村 さゆり <s.nakamura@presend-service.co.jp>"],
                "4月分 業務委託料のご請求について",
                &letter(
                    "株式会社プレセンドサービス\n経理部 中村様",
                    "4月分の業務委託料の請求書を添付いたします。お支払いは5月末日でお願いいたします。",
                ),
            ),
        )
        .policy(company_policy())
        .expect(Allow, &[])
        .not(&["salutation_mismatch"]),
    );
    v.push(
        Case::new(
            "o_group_company_salutation_wrong_recipient",
            G,
            "twin: the group company's salutation, but autocomplete picked 中村 at ベータ工業",
            mail(
                SENDER,
                &["中村 浩 <nakamura@beta-kogyo.co.jp>"],
                "4月分 業務委託料のご請求について",
                &letter(
                    "株式会社プレセンドサービス\n経理部 中村様",
                    "4月分の業務委託料の請求書を添付いたします。お支払いは5月末日でお願いいたします。",
                ),
            ),
        )
        .policy(company_policy())
        .expect(Confirm, &["salutation_mismatch"]),
    );

    // ---- A cc line under the salutation.
    v.push(
        Case::new(
            "o_cc_line_two_names",
            G,
            "「（cc: アルファ商事 佐藤様、木村様）」 under the salutation; 山田 in To, the two in Cc",
            with(
                mail(
                    SENDER,
                    &["山田 太郎 <t.yamada@alpha-shoji.co.jp>"],
                    "次回打ち合わせ日程のご相談",
                    &letter(
                        "株式会社アルファ商事\n営業部 山田様\n（cc: 株式会社アルファ商事 佐藤様、木村様）",
                        "次回の打ち合わせを4月15日(水)または16日(木)の午後でお願いできますでしょうか。",
                    ),
                ),
                "cc",
                json!(["佐藤 花子 <h.sato@alpha-shoji.co.jp>", "木村 拓也 <t.kimura@alpha-shoji.co.jp>"]),
            ),
        )
        .expect(Allow, &[])
        .only(),
    );
    v.push(
        Case::new(
            "o_cc_line_but_wrong_to",
            G,
            "twin: the same salutation and cc line, but the To is 山田 at ベータ工業 (autocomplete)",
            with(
                mail(
                    SENDER,
                    &["山田 健 <yamada@beta-kogyo.co.jp>"],
                    "次回打ち合わせ日程のご相談",
                    &letter(
                        "株式会社アルファ商事\n営業部 山田様\n（cc: 株式会社アルファ商事 佐藤様、木村様）",
                        "次回の打ち合わせを4月15日(水)または16日(木)の午後でお願いできますでしょうか。",
                    ),
                ),
                "cc",
                json!(["佐藤 花子 <h.sato@alpha-shoji.co.jp>", "木村 拓也 <t.kimura@alpha-shoji.co.jp>"]),
            ),
        )
        .expect(Confirm, &["salutation_mismatch"]),
    );

    // ---- Another partner kept in Cc by reply-all.
    let offer = |cc_line: &str| {
        letter(
            &format!("株式会社アルファ商事\n営業部 山田様{cc_line}"),
            "先日の打ち合わせを受けて、PS-1001 の納期を5月20日に前倒しできることになりました。",
        )
    };
    v.push(
        Case::new(
            "o_joint_mail_names_both_partners",
            G,
            "a three-party mail: To アルファ商事, Cc ベータ工業, and the cc line under the salutation names ベータ工業",
            with(
                mail(
                    SENDER,
                    &["山田 太郎 <t.yamada@alpha-shoji.co.jp>"],
                    "PS-1001 納期のご連絡",
                    &offer("\n（cc: ベータ工業株式会社 田中様）"),
                ),
                "cc",
                json!(["田中 誠 <tanaka@beta-kogyo.co.jp>"]),
            ),
        )
        .expect(Allow, &[])
        .only(),
    );
    v.push(
        Case::new(
            "o_reply_all_keeps_other_partner",
            G,
            "twin: the same mail to アルファ商事 alone by its wording, ベータ工業 left in Cc by reply-all",
            with(
                mail(SENDER, &["山田 太郎 <t.yamada@alpha-shoji.co.jp>"], "Re: PS-1001 納期のご連絡", &offer("")),
                "cc",
                json!(["田中 誠 <tanaka@beta-kogyo.co.jp>"]),
            ),
        )
        .expect(Confirm, &["salutation_mismatch"]),
    );

    // ---- Meeting invitations.
    v.push(
        Case::new(
            "o_teams_invitation_to_partner",
            G,
            "a standard Teams invitation (会議 ID, パスコード) to the partner",
            mail(
                SENDER,
                &["山田 太郎 <t.yamada@alpha-shoji.co.jp>"],
                "4月度 定例会（オンライン）",
                &format!(
                    "株式会社アルファ商事\n営業部 山田様\n\nいつもお世話になっております。\n株式会社プレセンドの鈴木です。\n\n\
                     4月度の定例会をオンラインで開催いたします。以下よりご参加ください。\n\n{TEAMS_INVITE}\n\n{SIG}\n"
                ),
            ),
        )
        .expect(Allow, &[])
        .only(),
    );
    v.push(
        Case::new(
            "o_zoom_invitation_to_partner",
            G,
            "a standard Zoom invitation (ミーティング ID, パスコード) to the partner",
            mail(
                SENDER,
                &["山田 太郎 <t.yamada@alpha-shoji.co.jp>"],
                "4月度 定例会 Zoom URL",
                &letter(
                    "株式会社アルファ商事\n営業部 山田様",
                    &format!("定例会のZoom情報をお送りします。\n\n{ZOOM_INVITE}"),
                ),
            ),
        )
        .expect(Allow, &[])
        .only(),
    );
    v.push(
        Case::new(
            "o_server_password_to_partner",
            G,
            "twin: the test server's login and password to the partner",
            mail(
                SENDER,
                &["山田 太郎 <t.yamada@alpha-shoji.co.jp>"],
                "検証サーバのアカウント",
                &letter(
                    "株式会社アルファ商事\n営業部 山田様",
                    "検証サーバのアカウントを発行しました。\nURL: https://stg.presend.co.jp/admin\nID: alpha_admin\nパスワード: Kq7#vR2mZp",
                ),
            ),
        )
        .expect(Confirm, &["secret_external"]),
    );

    // ---- Many recipients of one organisation.
    let team: Vec<String> = (1..=12).map(|i| format!("member{i:02}@alpha-shoji.co.jp")).collect();
    let team_refs: Vec<&str> = team.iter().map(String::as_str).collect();
    v.push(
        Case::new(
            "o_one_client_project_team",
            G,
            "twelve people of the same client on one project, who must reply to all",
            with(
                mail(
                    SENDER,
                    &team_refs[..6],
                    "【PJ-ALPHA】4月度 進捗報告",
                    &letter(
                        "株式会社アルファ商事\nPJ-ALPHA ご関係者各位",
                        "4月度の進捗をご報告します。\n・要件定義：完了\n・基本設計：85%\n次回は4月22日(水)に定例を予定しています。",
                    ),
                ),
                "cc",
                json!(team_refs[6..]),
            ),
        )
        .expect(Allow, &[])
        .not(&["many_recipients"]),
    );
    let guests: Vec<String> = private_addresses(11, 2102);
    let guest_refs: Vec<&str> = guests.iter().map(String::as_str).collect();
    v.push(
        Case::new(
            "o_seminar_guests_in_cc",
            G,
            "twin: eleven seminar guests at their private addresses in Cc",
            with(
                mail(
                    SENDER,
                    &["seminar@presend.co.jp"],
                    "セミナーご参加のお礼",
                    &letter("セミナーご参加の皆様", "先日はセミナーにご参加いただきありがとうございました。"),
                ),
                "cc",
                json!(guest_refs),
            ),
        )
        .expect(Confirm, &["many_recipients"]),
    );

    // ---- Free mail in Bcc.
    let subscribers = private_addresses(10, 2103);
    let sub_refs: Vec<&str> = subscribers.iter().map(String::as_str).collect();
    let newsletter = mail(
        "プレセンド 広報 <pr@presend.co.jp>",
        &["pr@presend.co.jp"],
        "プレセンド通信 2026年4月号",
        "プレセンド通信をご購読の皆様\n\nいつもご愛読ありがとうございます。\n\n■ 新製品のご案内\n4月より新しい誤送信防止サービスの提供を開始しました。\n\
         ■ セミナーのお知らせ\n5月20日(水)にオンラインセミナーを開催します。お申し込みは当社ウェブサイトから。\n\n\
         配信停止をご希望の方は、このメールにご返信ください。\n\n株式会社プレセンド 広報部\nhttps://www.presend.co.jp/\n",
    );
    v.push(
        Case::new(
            "o_newsletter_private_subscribers_in_bcc",
            G,
            "a public newsletter with ten private subscribers in Bcc, all mailed before",
            {
                let mut m = newsletter.clone();
                m["bcc"] = json!(sub_refs);
                m
            },
        )
        .history(json!(subscribers))
        .expect(Allow, &[])
        .not(&["free_mail"]),
    );
    v.push(
        Case::new(
            "o_newsletter_with_subscriber_list_in_bcc",
            G,
            "twin: the same newsletter with the subscriber list attached by mistake",
            {
                let mut m = newsletter.clone();
                m["bcc"] = json!(sub_refs);
                m
            },
        )
        .history(json!(subscribers))
        .attach("購読者リスト_202604.xlsx", subscriber_list(240, 2104))
        .expect(Block, &["personal_data_free_mail"]),
    );

    // ---- A person's own papers to that person.
    v.push(
        Case::new(
            "o_own_withholding_slip_to_retiree",
            G,
            "a retiree's own 源泉徴収票 (his spouse and child on it) to his private address, as he asked",
            mail(
                jinji,
                &["松本 茂 <shigeru.matsumoto60@gmail.com>"],
                "源泉徴収票の送付について",
                &office_letter(
                    "松本 茂 様",
                    "株式会社プレセンド 人事総務部の加藤です。",
                    "ご依頼いただいた令和7年分の源泉徴収票をお送りします。確定申告にご利用ください。",
                    &presend_sig("人事総務部", "加藤 直樹", "n.kato@presend.co.jp"),
                ),
            ),
        )
        .policy(company_policy())
        .attach("源泉徴収票_松本茂.xlsx", withholding_slip("松本 茂", "マツモト シゲル", "松本 和子", "松本 翔太"))
        .expect(Confirm, &["free_mail", "personal_data_free_mail"])
        .level("personal_data_free_mail", "confirm"),
    );
    v.push(
        Case::new(
            "o_someone_elses_slip_to_retiree",
            G,
            "twin: another retiree's 源泉徴収票 attached to the mail to 松本's private address",
            mail(
                jinji,
                &["松本 茂 <shigeru.matsumoto60@gmail.com>"],
                "源泉徴収票の送付について",
                &office_letter(
                    "松本 茂 様",
                    "株式会社プレセンド 人事総務部の加藤です。",
                    "ご依頼いただいた令和7年分の源泉徴収票をお送りします。確定申告にご利用ください。",
                    &presend_sig("人事総務部", "加藤 直樹", "n.kato@presend.co.jp"),
                ),
            ),
        )
        .policy(company_policy())
        .attach("源泉徴収票_松田進.xlsx", withholding_slip("松田 進", "マツダ ススム", "松田 恵子", "松田 大輔"))
        .expect(Block, &["personal_data_free_mail"]),
    );

    // ---- A registered partner is not consent to any amount of anyone's data.
    v.push(
        Case::new(
            "o_private_contacts_to_partner_namesake",
            G,
            "28 employees' private mobiles, home addresses and family contacts to 田中 at a partner (autocomplete), written as internal mail",
            mail(
                SENDER,
                &["田中 誠 <tanaka@beta-kogyo.co.jp>"],
                "緊急連絡網の更新",
                "田中さん\n\nお疲れ様です。鈴木です。\n4月1日現在の緊急連絡網を更新しました。\n各課への展開をお願いします。\n\n鈴木\n",
            ),
        )
        .attach("緊急連絡網_202604.xlsx", emergency_contacts(28, 2105))
        .expect(Confirm, &["personal_data_external"]),
    );
    v.push(
        Case::new(
            "o_project_members_to_partner",
            G,
            "twin: the joint project's member list (names, company, work mail and phones) to the partner",
            mail(
                SENDER,
                &["山田 太郎 <t.yamada@alpha-shoji.co.jp>"],
                "【PJ-ALPHA】体制表の送付",
                &letter("株式会社アルファ商事\n営業部 山田様", "PJ-ALPHAの体制表を更新しましたのでお送りします。"),
            ),
        )
        .attach("PJ-ALPHA_体制表.xlsx", project_members(2106))
        .expect(Allow, &[])
        .only(),
    );

    v.extend(super::office_more::office_more_cases());
    v
}

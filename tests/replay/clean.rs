//! The `clean` group: ordinary business mail that must give `allow` with
//! no reasons at all (alert fatigue is the product's main risk).

use super::generators::*;
use super::*;

pub(super) fn clean_cases() -> Vec<Case> {
    use Group::Clean as G;
    let mut v = Vec::new();
    let yamada = "山田 太郎 <t.yamada@alpha-shoji.co.jp>";
    let tanaka = "田中 誠 <tanaka@beta-kogyo.co.jp>";
    let clean = |id: &'static str, about: &'static str, m: Value| Case::new(id, G, about, m).expect(Allow, &[]).only();

    v.push(
        clean(
            "c_internal_staff_list",
            "the department's staff contact list to colleagues",
            with(
                mail(
                    SENDER,
                    &["営業部 全員 <eigyo@presend.co.jp>"],
                    "4月からの連絡網",
                    "営業部の皆さん\n\nお疲れさまです。鈴木です。\n4月からの連絡網を添付します。内線と携帯の変更がある方はお知らせください。\n\n鈴木\n",
                ),
                "cc",
                json!(["部長 井上 <inoue@presend.co.jp>"]),
            ),
        )
        .attach("営業部連絡網_202604.xlsx", staff_list(24, "presend.co.jp", 21)),
    );
    v.push(
        clean(
            "c_partner_meeting_memo_docx",
            "meeting minutes (docx) with the attendees' names to the partner",
            mail(
                SENDER,
                &[yamada],
                "3/5 定例会 議事録送付",
                &letter(
                    "株式会社アルファ商事\n営業部 山田様",
                    "本日はお時間をいただきありがとうございました。\n定例会の議事録をお送りします。",
                ),
            ),
        )
        .attach("20260305_定例会議事録.docx", meeting_memo()),
    );
    v.push(
        clean(
            "c_partner_price_list_xlsx",
            "a price list with product codes, JAN codes and prices",
            mail(
                SENDER,
                &[tanaka],
                "2026年度 価格表送付の件",
                &letter(
                    "ベータ工業株式会社\n購買部 田中様",
                    "4月1日改定の価格表をお送りします。JANコードも記載しております。",
                ),
            ),
        )
        .attach("価格表_202604.xlsx", price_list("2026年度 価格表（ベータ工業株式会社様向け）", 22)),
    );
    v.push(
        clean(
            "c_partner_quotation_docx",
            "a quotation addressed to the recipient's company, with our address and invoice number",
            mail(
                SENDER,
                &[yamada],
                "御見積書送付の件",
                &letter("株式会社アルファ商事\n営業部 山田様", "ご依頼いただいた御見積書を添付いたします。"),
            ),
        )
        .attach("御見積書_Q-2026-0315.docx", quotation("株式会社アルファ商事")),
    );
    v.push(clean(
        "c_reply_thread_quoting_signature",
        "a reply quoting the partner's mail, salutation and signature",
        mail(
            SENDER,
            &[yamada],
            "Re: 納期のご確認",
            &format!(
                "{}\n\n> 株式会社プレセンド\n> 鈴木様\n>\n> いつもお世話になっております。\n> アルファ商事の山田です。\n\
                 > 先日発注したPS-1001の納期をご確認いただけますでしょうか。\n>\n> ─────────────\n\
                 > 株式会社アルファ商事 営業部\n> 山田 太郎\n> 〒530-0001 大阪府大阪市北区梅田2-4-9\n\
                 > TEL 06-6345-1200 / 携帯 080-2345-6789\n> t.yamada@alpha-shoji.co.jp\n> ─────────────\n",
                letter(
                    "株式会社アルファ商事\n山田様",
                    "お問い合わせの件、PS-1001は3月25日（水）に出荷予定です。\n到着は翌26日午前の見込みです。"
                )
            ),
        ),
    ));
    v.push(clean(
        "c_full_signature_with_mobile",
        "a short mail whose only personal details are the sender's own signature",
        mail(
            SENDER,
            &[tanaka],
            "ご訪問のお礼",
            &letter(
                "ベータ工業株式会社\n田中様",
                "本日はご多用のところお時間をいただき、誠にありがとうございました。\n\
                 ご依頼のサンプルは来週中にお届けいたします。\n外出が多いため、お急ぎの際は携帯までご連絡ください。",
            ),
        ),
    ));
    v.push(clean(
        "c_meeting_date_and_room",
        "a date, times, a floor and a room number",
        mail(
            SENDER,
            &[yamada],
            "次回定例のご案内",
            &letter(
                "株式会社アルファ商事\n山田様",
                "次回定例会は下記のとおりです。\n日時：2026年3月19日（木）14:00〜15:30\n\
                 場所：弊社 本社3F 第2会議室（301号室）\n受付：1F 総合受付にて「12番」の入館証をお受け取りください。",
            ),
        ),
    ));
    let order = order_number_passing_check();
    v.push(
        clean(
            "c_order_number_passes_check_digit",
            "a 12-digit order number (date+sequence) that happens to pass the My Number check",
            mail(
                SENDER,
                &[tanaka],
                &format!("ご注文確認（注文番号 {order}）"),
                &letter(
                    "ベータ工業株式会社\n購買部 田中様",
                    &format!(
                        "下記のとおりご注文を承りました。\n注文番号：{order}\n品番：PS-1004 OAタップ 6口 2m × 50\n\
                         出荷予定日：2026年3月23日"
                    ),
                ),
            ),
        )
        .not(&["my_number_external"]),
    );
    v.push(
        clean(
            "c_invoice_with_company_bank_account",
            "an invoice with an invoice number and our company's bank account",
            mail(
                SENDER,
                &[yamada],
                "2026年2月分 ご請求書",
                &letter(
                    "株式会社アルファ商事\n経理ご担当者様",
                    "2月分のご請求書をお送りします。\n請求書番号：INV-2026-0228-017\nご請求金額：¥677,600（税込）\n\
                     お振込先：みずほ銀行 丸の内支店 普通 1234567 カ）プレセンド\nお支払期限：2026年3月31日",
                ),
            ),
        )
        .attach(
            "請求書_INV-2026-0228-017.docx",
            files::docx(&[
                "請求書",
                "株式会社アルファ商事 御中",
                "請求書番号：INV-2026-0228-017　発行日：2026年2月28日",
                "品名\t数量\t単価\t金額",
                "業務用シュレッダー S-200\t2\t128,000\t256,000",
                "合計（税込）\t\t\t677,600",
                "振込先：みずほ銀行 丸の内支店 普通 1234567 カ）プレセンド",
                "株式会社プレセンド 登録番号 T5835678256246",
            ]),
        ),
    );
    v.push(clean(
        "c_english_mail_to_partner",
        "an English mail to the partner with Dear Mr. and an English signature",
        mail(
            "Ichiro Suzuki <suzuki@presend.co.jp>",
            &["Taro Yamada <t.yamada@alpha-shoji.co.jp>"],
            "Meeting on March 19",
            "Dear Mr. Yamada,\n\nThank you for your time today. As discussed, our next meeting is on March 19 at 2 pm \
             in meeting room 301.\nPlease find the agenda below.\n1. Spring campaign status\n2. Catalogue update\n\n\
             Best regards,\n\nIchiro Suzuki\nSales Dept., Presend Inc.\nTel: +81-3-6555-1234\nMobile: +81-90-3456-7812\n\
             suzuki@presend.co.jp\n",
        ),
    ));
    v.push(
        clean(
            "c_password_placeholder",
            "a mail that says the password will follow separately, with no password in it",
            mail(
                SENDER,
                &[yamada],
                "共有フォルダのご案内",
                &letter(
                    "株式会社アルファ商事\n山田様",
                    "共有フォルダを作成しました。\nURL：https://share.presend.co.jp/f/alpha-2026\nID：ご登録のメールアドレス\n\
                     パスワード：別途お電話にてお伝えします",
                ),
            ),
        )
        .not(&["secret_external"]),
    );
    v.push(
        clean(
            "c_partner_sales_deck_pptx",
            "a sales plan deck (pptx) to the design partner",
            mail(
                SENDER,
                &["木下 彩 <kinoshita@gamma-design.jp>"],
                "上期販売計画の資料",
                &letter(
                    "ガンマデザイン株式会社\n木下様",
                    "カタログ刷新のご参考までに、上期の販売計画資料をお送りします。",
                ),
            ),
        )
        .attach("2026上期_販売計画.pptx", sales_deck()),
    );
    v.push(
        clean(
            "c_inventory_csv_sjis_to_logistics",
            "an inventory CSV in Shift_JIS (codes, JAN, lots, stock) to the logistics partner",
            mail(
                SENDER,
                &["倉庫管理課 <soko@minato-logi.co.jp>"],
                "在庫一覧（3/16時点）",
                &letter(
                    "株式会社ミナト物流\n倉庫管理課 御中",
                    "3月16日時点の在庫一覧をお送りします。入荷予定のご確認をお願いいたします。",
                ),
            ),
        )
        .attach("在庫一覧_20260316.csv", inventory_csv(23)),
    );
    let tracking = tracking_number_passing_check();
    v.push(clean(
        "c_shipping_notice_tracking_numbers",
        "a shipping notice with tracking and booking numbers",
        mail(
            SENDER,
            &[tanaka],
            "出荷のご連絡",
            &letter(
                "ベータ工業株式会社\n田中様",
                &format!(
                    "本日、下記のとおり出荷いたしました。\n注文番号：PO-2026-03-0412\nお問い合わせ伝票番号：{tracking}\n\
                     配送予約番号：R-20260317-0088\n到着予定：3月18日（水）午前中"
                ),
            ),
        ),
    ));
    let memo = design_memo();
    let schedule = files::xlsx(&[Sheet::new(
        "工程表",
        files::text_rows(&[
            &["工程", "開始", "終了", "担当"],
            &["デザイン案作成", "2026/04/01", "2026/04/15", "ガンマデザイン"],
            &["社内レビュー", "2026/04/16", "2026/04/20", "プレセンド 営業部"],
            &["入稿", "2026/04/28", "2026/04/28", "ガンマデザイン"],
        ]),
    )]);
    v.push(
        clean(
            "c_zip_bundle_to_partner",
            "a zip with a memo and a schedule to the design partner",
            mail(
                SENDER,
                &["木下 彩 <kinoshita@gamma-design.jp>"],
                "カタログ刷新 資料一式",
                &letter("ガンマデザイン株式会社\n木下様", "資料一式をZIPにまとめてお送りします。"),
            ),
        )
        .attach("カタログ刷新_資料一式.zip", files::zip(&[("議事録.docx", &memo), ("工程表.xlsx", &schedule)])),
    );
    v.push(clean(
        "c_salutation_latin_display_name",
        "「アルファ商事 山田様」 to a To whose display name is in Latin letters",
        mail(
            SENDER,
            &["Taro Yamada <t.yamada@alpha-shoji.co.jp>"],
            "お見積りの件",
            &letter("アルファ商事\n山田様", "お見積りの件、承知いたしました。来週中にお送りします。"),
        ),
    ));
    v.push(clean(
        "c_salutation_matches_with_cc_colleague",
        "salutation matching the To, and 「（CC：弊社 高橋）」",
        with(
            mail(
                SENDER,
                &["山田 太郎 <t.yamada@alpha-shoji.co.jp>"],
                "担当者変更のご連絡",
                &letter(
                    "株式会社アルファ商事\n営業部 部長 山田 太郎様\n（CC：弊社 高橋）",
                    "4月より弊社の担当が高橋に変わります。引き続きよろしくお願いいたします。",
                ),
            ),
            "cc",
            json!(["高橋 直樹 <takahashi@presend.co.jp>"]),
        ),
    ));
    v.push(clean(
        "c_kakui_to_several_partner_staff",
        "「関係者各位」 to two people at the same partner",
        mail(
            SENDER,
            &[yamada, "佐藤 花子 <h.sato@alpha-shoji.co.jp>"],
            "システムメンテナンスのお知らせ",
            &letter(
                "関係者各位",
                "受発注システムのメンテナンスのため、3月21日（土）22:00〜翌6:00はご利用いただけません。",
            ),
        ),
    ));
    let bcc: Vec<String> = (1..=12).map(|i| format!("member{i:02}@alpha-shoji.co.jp")).collect();
    v.push(clean(
        "c_bcc_many_partner_staff",
        "twelve partner staff in Bcc, To the sender: recipients hidden as they should be",
        with(
            mail(
                SENDER,
                &[SENDER],
                "新製品説明会のご案内",
                "株式会社アルファ商事\n営業部の皆様\n\n新製品説明会のご案内です。\n\n鈴木\n",
            ),
            "bcc",
            json!(bcc),
        ),
    ));
    v.push(
        clean(
            "c_allow_listed_domain",
            "a consultant domain on allow_domains: no external notice",
            mail(
                SENDER,
                &["木村 <kimura@kita-kensetsu.jp>"],
                "工事日程の件",
                &letter("北建設株式会社\n木村様", "工事日程の件、承知いたしました。"),
            ),
        )
        .patch(json!({"allow_domains": ["kita-kensetsu.jp"]})),
    );
    v.push(
        clean(
            "c_partner_own_contacts_back",
            "the partner's own staff contact list sent back to the partner (their data, their domain)",
            mail(
                SENDER,
                &[yamada],
                "ご担当者一覧のご確認",
                &letter(
                    "株式会社アルファ商事\n山田様",
                    "弊社で登録している御社ご担当者の一覧です。変更がございましたらお知らせください。",
                ),
            ),
        )
        .attach("アルファ商事様_ご担当者一覧.xlsx", partner_contacts())
        .not(&["content_other_organisation"]),
    );
    v.push(
        clean(
            "c_internal_customer_list",
            "a 300-customer list shared with a colleague (internal only)",
            mail(
                SENDER,
                &["高橋 直樹 <takahashi@presend.co.jp>"],
                "顧客リスト",
                "高橋さん\n\n引き継ぎの顧客リストです。\n\n鈴木\n",
            ),
        )
        .attach("顧客リスト_引継ぎ.xlsx", customer_xlsx(300, 24)),
    );
    v.push(clean(
        "c_colleague_named_in_body",
        "a self-introduction and a colleague named in the body",
        mail(
            SENDER,
            &[tanaka],
            "担当者同行のご相談",
            &letter(
                "ベータ工業株式会社\n田中様",
                "来週のご訪問には、技術担当の高橋と品質保証部の伊藤も同行させていただきたく存じます。\n\
                 高橋は製品S-200の開発責任者です。",
            ),
        ),
    ));
    v.push(clean(
        "c_venue_phone_in_body",
        "a venue's address and phone number in an invitation",
        mail(
            SENDER,
            &[yamada, "佐藤 花子 <h.sato@alpha-shoji.co.jp>"],
            "懇親会のご案内",
            &letter(
                "株式会社アルファ商事\n山田様、佐藤様",
                "懇親会の会場が決まりましたのでご案内します。\n日時：3月27日（金）18:30〜\n\
                 会場：割烹 丸の内 本店（東京都千代田区丸の内2-5-1 丸の内二丁目ビルB1）\nTEL：03-3211-0000\n会費：お一人様5,000円",
            ),
        ),
    ));
    v.push(
        clean(
            "c_default_policy_internal",
            "no --policy: the sender's domain is internal by default",
            mail(
                SENDER,
                &["高橋 直樹 <takahashi@presend.co.jp>"],
                "会議室の予約",
                "高橋さん\n\n明日10時から第2会議室を押さえました。\n\n鈴木\n",
            ),
        )
        .no_policy()
        .class("takahashi@presend.co.jp", "internal"),
    );
    v.push(
        clean(
            "c_address_forms",
            "recipients as an object, with a quoted display name, and in mixed case: still the partner",
            json!({
                "from": {"name": "鈴木 一郎", "address": "suzuki@presend.co.jp"},
                "to": [{"name": "山田 太郎", "address": "T.Yamada@Alpha-Shoji.CO.JP"}, "\"佐藤 花子\" <h.sato@alpha-shoji.co.jp>"],
                "cc": [], "bcc": [],
                "subject": "打ち合わせ資料",
                "body": letter("株式会社アルファ商事\n山田様、佐藤様", "来週の打ち合わせ資料をお送りします。"),
                "attachments": []
            }),
        )
        .class("T.Yamada@Alpha-Shoji.CO.JP", "partner")
        .class("h.sato@alpha-shoji.co.jp", "partner"),
    );
    let nine: Vec<String> = (1..=9).map(|i| format!("staff{i:02}@alpha-shoji.co.jp")).collect();
    let nine_refs: Vec<&str> = nine.iter().map(String::as_str).collect();
    v.push(clean(
        "c_nine_partner_recipients",
        "nine partner staff in To: below many_recipients (10)",
        mail(
            SENDER,
            &nine_refs,
            "新製品説明会のご案内",
            &letter("株式会社アルファ商事\n営業部の皆様", "新製品説明会を4月15日（水）15:00より開催いたします。"),
        ),
    ));
    v.push(clean(
        "c_health_check_schedule_no_person",
        "a health-check schedule to the check-up partner: health words, nobody's health",
        mail(
            SENDER,
            &["株式会社ケンシンネット 健診担当 <kenshin@kenshin-net.co.jp>"],
            "2026年度 定期健康診断の日程について",
            &letter(
                "株式会社ケンシンネット\n健診担当者様",
                "2026年度の定期健康診断について、下記のとおりお願いいたします。\n\
                 実施日：6月10日（水）〜12日（金）\n会場：弊社 本社3F 大会議室\n受診対象者：約300名（全社員）\n\
                 問診票は5月中旬に社内で配布いたします。胃部X線検査は希望者のみとします。",
            ),
        ),
    ));
    v
}

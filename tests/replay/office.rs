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

use super::generators::*;
use super::*;

// ============================================================ organisations

/// A signature block: company and department, name, address, phones, mail.
pub(super) fn signature(org: &str, name: &str, address: &str, tel: &str, mail: &str) -> String {
    format!(
        "──────────────────────────\n{org}\n{name}\n{address}\nTEL: {tel}\nMail: {mail}\n──────────────────────────"
    )
}

/// Salutation, greeting, self-introduction, the main text, closing, signature.
pub(super) fn office_letter(salutation: &str, intro: &str, main: &str, sig: &str) -> String {
    format!("{salutation}\n\nいつもお世話になっております。\n{intro}\n\n{main}\n\nどうぞよろしくお願いいたします。\n\n{sig}\n")
}

fn presend_sig(dept: &str, name: &str, mail: &str) -> String {
    signature(
        &format!("株式会社プレセンド {dept}"),
        name,
        "〒100-0005 東京都千代田区丸の内1-2-3 丸の内プレセンドビル5F",
        "03-6555-1234（代表）",
        mail,
    )
}

/// The company's policy with its group company, auditor and payroll office.
fn company_policy() -> Value {
    let mut p = base_policy();
    let partners = p["partner_domains"].as_object_mut().expect("partners");
    partners.insert("presend-service.co.jp".into(), json!("株式会社プレセンドサービス"));
    partners.insert("aoba-audit.jp".into(), json!("あおば監査法人"));
    partners.insert("kita-sr.jp".into(), json!("北社会保険労務士事務所"));
    p
}

const HOSPITAL_SENDER: &str = "中島 由美 <y.nakajima@midori-hp.or.jp>";

fn hospital_policy() -> Value {
    json!({
        "internal_domains": ["midori-hp.or.jp"],
        "partner_domains": {
            "tokyo-kensa.co.jp": "株式会社東京検査センター",
            "clean-pro.co.jp": "株式会社クリーンプロ",
            "aozora-clinic.jp": "医療法人 あおぞらクリニック",
            "medi-supply.co.jp": "メディサプライ株式会社"
        },
        "own_names": ["医療法人みどり会", "みどり総合病院"]
    })
}

fn hospital_sig(dept: &str, name: &str, mail: &str) -> String {
    signature(
        &format!("医療法人みどり会 みどり総合病院 {dept}"),
        name,
        "〒332-0012 埼玉県川口市本町4-3-2",
        "048-222-3100（代表）",
        mail,
    )
}

const CARE_SENDER: &str = "小林 健 <k.kobayashi@himawari-fukushi.or.jp>";

fn care_policy() -> Value {
    json!({
        "internal_domains": ["himawari-fukushi.or.jp"],
        "partner_domains": {
            "hoshi-houkan.jp": "ほし訪問看護ステーション",
            "kaigo-kenshu.co.jp": "株式会社介護研修センター",
            "city.nerima.lg.jp": "練馬区"
        },
        "own_names": ["社会福祉法人ひまわり会"]
    })
}

fn care_sig(name: &str, mail: &str) -> String {
    signature(
        "社会福祉法人ひまわり会 特別養護老人ホームひまわり苑 事務室",
        name,
        "〒179-0074 東京都練馬区春日町5-10-1",
        "03-3990-4411",
        mail,
    )
}

const SCHOOL_SENDER: &str = "村上 恵子 <murakami@sakuragaoka-jh.ed.jp>";

fn school_policy() -> Value {
    json!({
        "internal_domains": ["sakuragaoka-jh.ed.jp"],
        "partner_domains": {
            "kyoiku-sakura.ed.jp": "さくら市教育委員会",
            "sakura-bus.co.jp": "さくら観光バス株式会社"
        },
        "own_names": ["さくら市立桜ヶ丘中学校", "桜ヶ丘中学校"]
    })
}

fn school_sig(name: &str, mail: &str) -> String {
    signature("さくら市立桜ヶ丘中学校 教務主任", name, "〒285-0014 千葉県佐倉市栄町8-1", "043-484-2210", mail)
}

// =============================================================== generators

/// A 12-digit yen amount that happens to pass the My Number check digit.
fn amount_passing_my_number_check(base: u64) -> u64 {
    (0..)
        .map(|k| base + k * 1000)
        .find(|a| pp::is_my_number(&a.to_string()))
        .expect("an amount passing the check digit")
}

/// A balance sheet and an income statement as accounting software exports
/// them: title rows, 科目 and amounts in yen, no header the detectors know.
fn financial_statements() -> Vec<u8> {
    let sales = amount_passing_my_number_check(152_430_000_000);
    let t = |s: &str| Cell::from(s);
    let n = |v: u64| Cell::Number(v as f64);
    let pl = vec![
        vec![t("損益計算書")],
        vec![t("自 2025年4月1日 至 2026年3月31日")],
        vec![t("株式会社プレセンド"), Cell::Empty, t("（単位：円）")],
        vec![],
        vec![t("売上高"), Cell::Empty, n(sales)],
        vec![t("売上原価"), Cell::Empty, n(98_214_530_000)],
        vec![t("売上総利益"), Cell::Empty, n(sales - 98_214_530_000)],
        vec![t("販売費及び一般管理費"), Cell::Empty, n(41_027_880_000)],
        vec![t("営業利益"), Cell::Empty, n(sales - 98_214_530_000 - 41_027_880_000)],
        vec![t("営業外収益"), Cell::Empty, n(312_400_000)],
        vec![t("営業外費用"), Cell::Empty, n(187_250_000)],
    ];
    let bs = vec![
        vec![t("貸借対照表")],
        vec![t("2026年3月31日現在")],
        vec![t("（資産の部）"), Cell::Empty, t("（単位：円）")],
        vec![t("現金及び預金"), Cell::Empty, n(23_481_200_000)],
        vec![t("売掛金"), Cell::Empty, n(31_907_450_000)],
        vec![t("棚卸資産"), Cell::Empty, n(12_004_330_000)],
        vec![t("有形固定資産"), Cell::Empty, n(48_750_120_000)],
        vec![t("（負債の部）")],
        vec![t("買掛金"), Cell::Empty, n(18_330_910_000)],
        vec![t("長期借入金"), Cell::Empty, n(25_000_000_000)],
    ];
    files::xlsx(&[Sheet::new("損益計算書", pl), Sheet::new("貸借対照表", bs)])
}

/// 就業規則 (rules of employment) with the usual chapter on leave of absence.
fn rules_of_employment() -> Vec<u8> {
    files::docx(&[
        "株式会社プレセンド 就業規則（2026年4月改定案）",
        "第1章 総則",
        "第1条（目的）この規則は、株式会社プレセンドの従業員の労働条件、服務規律その他の就業に関する事項を定める。",
        "第5章 休職",
        "第32条（休職）従業員が次のいずれかに該当するときは、所定の期間休職とする。",
        "1. 業務外の傷病により欠勤が引き続き1か月を超え、なお療養を継続する必要があるため勤務できないとき",
        "2. 前号のほか、特別な事情があり休職させることが適当と認められるとき",
        "第33条（休職期間）休職期間は、勤続年数に応じて次のとおりとする。勤続3年未満 6か月、3年以上 1年",
        "第34条（復職）休職の事由が消滅したときは、医師の診断書を提出させたうえで復職させる。",
        "第35条（傷病手当金）私傷病による休職期間中の賃金は支給しない。健康保険の傷病手当金の手続は会社が行う。",
        "第6章 安全衛生",
        "第40条（健康診断）従業員に対し、入社の際及び毎年1回定期に健康診断を行う。",
        "附則 この規則は2026年4月1日から施行する。",
    ])
}

/// 休職者一覧: the people on leave, with their diagnoses.
fn leave_list() -> Vec<u8> {
    let rows = vec![
        header(&["社員番号", "氏名", "所属", "休職開始日", "傷病名", "診断書", "復職予定"]),
        vec![t("E10231"), t("田村 浩二"), t("開発部"), Cell::Date(2026, 1, 13), t("うつ病"), t("提出済"), t("2026/07")],
        vec![t("E10477"), t("森 早苗"), t("営業部"), Cell::Date(2026, 2, 2), t("適応障害"), t("提出済"), t("未定")],
        vec![
            t("E10812"),
            t("石井 亮"),
            t("経理部"),
            Cell::Date(2026, 3, 9),
            t("腰椎椎間板ヘルニア"),
            t("提出済"),
            t("2026/05"),
        ],
    ];
    files::xlsx(&[Sheet::new("休職者", rows)])
}

fn t(s: &str) -> Cell {
    Cell::from(s)
}

/// 源泉徴収票 (退職者用) of one retiree, with his spouse and a dependent child.
fn withholding_slip(name: &str, kana: &str, spouse: &str, child: &str) -> Vec<u8> {
    let rows = vec![
        vec![t("令和7年分 給与所得の源泉徴収票")],
        vec![t("支払を受ける者"), t("住所"), t("埼玉県さいたま市浦和区高砂3-14-5")],
        vec![t(""), t("氏名"), t(name)],
        vec![t(""), t("フリガナ"), t(kana)],
        vec![t("種別"), t("給与・賞与")],
        vec![t("支払金額"), Cell::Number(4_820_000.0)],
        vec![t("給与所得控除後の金額"), Cell::Number(3_384_000.0)],
        vec![t("所得控除の額の合計額"), Cell::Number(1_512_340.0)],
        vec![t("源泉徴収税額"), Cell::Number(86_200.0)],
        vec![t("控除対象配偶者"), t("氏名"), t(spouse), t("生年月日"), t("1961年8月2日")],
        vec![t("控除対象扶養親族"), t("氏名"), t(child), t("生年月日"), t("2002年11月19日")],
        vec![t("受給者生年月日"), t("1960年5月23日")],
        vec![t("退職年月日"), t("2026年3月31日")],
        vec![t("支払者"), t("株式会社プレセンド 東京都千代田区丸の内1-2-3 TEL 03-6555-1234")],
    ];
    files::xlsx(&[Sheet::new("源泉徴収票", rows)])
}

/// 緊急連絡網: employees' private mobiles, home addresses and family contacts.
fn emergency_contacts(n: usize, seed: u64) -> Vec<u8> {
    let mut rng = Rng::new(seed);
    let mut rows = vec![
        vec![t("営業部 緊急連絡網（2026年4月1日現在）")],
        header(&["氏名", "部署", "携帯電話（個人）", "自宅住所", "緊急連絡先氏名", "続柄", "緊急連絡先電話"]),
    ];
    for _ in 0..n {
        let p = Person::born_between(&mut rng, 1965, 2002);
        let family = p.relative(&mut rng, !p.female, 1960, 2004);
        rows.push(vec![
            Cell::from(p.name(&mut rng)),
            Cell::from(*rng.pick(DEPTS)),
            Cell::from(p.mobile.hyphen()),
            Cell::from(p.home.full()),
            Cell::from(family.name(&mut rng)),
            Cell::from(*rng.pick(&["妻", "夫", "父", "母"])),
            Cell::from(Phone::mobile(&mut rng).hyphen()),
        ]);
    }
    files::xlsx(&[Sheet::new("緊急連絡網", rows)])
}

/// A joint project's member list: names, companies, work mail and phones.
fn project_members(seed: u64) -> Vec<u8> {
    let mut rng = Rng::new(seed);
    let mut rows = vec![header(&["氏名", "会社名", "役割", "メールアドレス", "電話"])];
    for i in 0..8 {
        let p = Person::born_between(&mut rng, 1965, 2000);
        let (company, domain) = if i < 4 {
            ("株式会社アルファ商事", "alpha-shoji.co.jp")
        } else {
            ("株式会社プレセンド", "presend.co.jp")
        };
        rows.push(vec![
            Cell::from(p.name(&mut rng)),
            Cell::from(company),
            Cell::from(*rng.pick(&["PM", "開発", "営業", "品質"])),
            Cell::from(format!("{}@{domain}", pp::romaji(p.surname_kana))),
            Cell::from(if i < 4 { "06-6345-1200" } else { "03-6555-1234" }),
        ]);
    }
    files::xlsx(&[Sheet::new("体制表", rows)])
}

/// A newsletter subscriber list (names, private mail, address).
fn subscriber_list(n: usize, seed: u64) -> Vec<u8> {
    let mut rng = Rng::new(seed);
    let mut rows = vec![header(&["氏名", "メールアドレス", "住所", "登録日"])];
    for _ in 0..n {
        let p = Person::born_between(&mut rng, 1950, 2000);
        rows.push(vec![
            Cell::from(p.name(&mut rng)),
            Cell::from(p.email.clone()),
            Cell::from(p.home.full()),
            Cell::Date(2024, 1 + rng.below(12) as u8, 1 + rng.below(28) as u8),
        ]);
    }
    files::xlsx(&[Sheet::new("購読者", rows)])
}

fn private_addresses(n: usize, seed: u64) -> Vec<String> {
    let mut rng = Rng::new(seed);
    (0..n)
        .map(|i| {
            let p = Person::born_between(&mut rng, 1950, 2000);
            let local = format!("{}.{}{}", pp::romaji(p.given_kana), pp::romaji(p.surname_kana), 10 + i);
            format!("{local}@{}", FREE[i % FREE.len()])
        })
        .collect()
}

// ==================================================================== cases

const TEAMS_INVITE: &str = "________________________________________________________________________________\n\
Microsoft Teams ヘルプが必要ですか?\n\
今すぐ会議に参加する\n\
https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzQ1ZjA3YmItZTk0Ni00ZDk2%40thread.v2/0?context=%7b%22Tid%22%3a%22a1b2%22%7d\n\
会議 ID: 412 837 905 216\n\
パスコード: 7Ht2aQ\n\
________________________________________________________________________________\n\
電話会議に参加する\n\
+81 3-4578-1234,,51728394# Japan, Tokyo\n\
電話会議 ID: 517 283 94#\n\
________________________________________________________________________________";

const ZOOM_INVITE: &str = "プレセンド 鈴木一郎さんがあなたを予約されたZoomミーティングに招待しています。\n\n\
トピック: 4月度 定例会（アルファ商事様）\n\
時刻: 2026年4月9日 02:00 PM 大阪、札幌、東京\n\n\
Zoomミーティングに参加する\n\
https://us06web.zoom.us/j/81234567890?pwd=aBcDeFgHiJkLmNoPqRsTuVwXyZ12345.1\n\n\
ミーティング ID: 812 3456 7890\n\
パスコード: 482913\n";

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

/// A table of people from `rows` (one per person) under `cols`.
pub(super) fn people_sheet(sheet: &str, cols: &[&str], rows: Vec<Vec<Cell>>) -> Vec<u8> {
    let mut all = vec![header(cols)];
    all.extend(rows);
    files::xlsx(&[Sheet::new(sheet, all)])
}

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

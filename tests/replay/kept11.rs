//! Issue 21, the eleventh kept-aside set: 30 whole messages of six
//! organisations unlike those of the earlier sets (a judicial scrivener's
//! office, a funeral home, a patent attorneys' office, a driving school, a
//! disability work-support centre and a marriage agency), 15 everyday
//! mails and 15 mis-sends. Written, with every expected decision, before it
//! was first run, and committed before that run; each case says the
//! mistake it models (or why it is everyday) and why its decision is the
//! one a careful security officer would take. Reported, not gated.
//!
//! First run (13dd9c1, before any change made for it): 27 of 30 pass; 1 of
//! 15 everyday mails warned about (blocked), 0 of 15 mis-sends missed.
//! - Warned wrongly: the funeral home's catering order (「えびアレルギーの
//!   方 1名」, an unnamed guest's allergy, read as special-care data).
//! - Caught at another strength (asked, block expected): 18 staff's
//!   private contacts to the florist's namesake in a colleague-style mail;
//!   36 members' profiles to the photo studio under a salutation naming
//!   the federation.
//!
//! Tuned on since (d389785 and after, each change with its pair in
//! `tests/check/kept11_pairs.rs`), so the set is no longer held out:
//! after, 0 of 15 and 0 of 15; the two above still asked, not blocked (the
//! earlier sets expect a question for the same patterns; see README). Their
//! expectations were changed to a confirmation when `kept13` settled that
//! convention (a block for what a leak of must be reported to the PPC, or
//! for a private address; ordinary personal data to a registered partner
//! under a wrong-recipient sign asked), so every set agrees.
//!
//! This file has the first three organisations; `kept11_more.rs` the
//! other three.

use super::kept8::{also, private_mails};
use super::kept9::{date_cell, rows};
use super::office_orgs::{office_letter, people_sheet, signature};
use super::*;

// ============================================================ organisations

/// A judicial scrivener's office (司法書士): the lending bank, the estate
/// agent it settles sales for and the tax accountant of its inheritance
/// clients.
fn scrivener_policy() -> Value {
    json!({
        "internal_domains": ["yamabuki-shiho.jp"],
        "partner_domains": {
            "kaisei-bank.co.jp": "株式会社海青銀行",
            "hoshino-fudosan.co.jp": "星野不動産株式会社",
            "zeirishi-ueda.jp": "上田税理士事務所"
        },
        "own_names": ["やまぶき司法書士事務所", "司法書士法人やまぶき"]
    })
}

fn scrivener_sig(name: &str, mail: &str) -> String {
    signature(
        "司法書士法人やまぶき（やまぶき司法書士事務所）",
        name,
        "〒420-0858 静岡県静岡市葵区伝馬町9-2 伝馬町ビル3F",
        "054-255-6180",
        mail,
    )
}

/// A funeral home: the temple it works with, the florist and the caterer.
fn funeral_policy() -> Value {
    json!({
        "internal_domains": ["yasuragi-tenrei.co.jp"],
        "partner_domains": {
            "seiryuji.or.jp": "宗教法人青龍寺",
            "hanamasa-flower.co.jp": "有限会社花政",
            "kappo-fujimoto.co.jp": "株式会社割烹ふじもと"
        },
        "own_names": ["株式会社やすらぎ典礼", "やすらぎ典礼", "やすらぎホール"]
    })
}

fn funeral_sig(name: &str, mail: &str) -> String {
    format!(
        "──────────────────────────\n株式会社やすらぎ典礼 やすらぎホール北\n{name}\n〒981-3133 宮城県仙台市泉区泉中央2-14-5\n\
         TEL: 022-771-4420（24時間受付） / FAX: 022-771-4421\nMail: {mail}\n──────────────────────────"
    )
}

/// A patent attorneys' office: two client manufacturers (competitors), its
/// US and German associates and the translation agency.
fn patent_policy() -> Value {
    json!({
        "internal_domains": ["midori-pat.jp"],
        "partner_domains": {
            "takami-seiko.co.jp": "株式会社タカミ精工",
            "miyako-seiki.co.jp": "ミヤコ精機株式会社",
            "bakerlowe.com": "Baker & Lowe LLP",
            "hoffmann-patent.de": "Hoffmann Patentanwälte",
            "link-trans.co.jp": "株式会社リンクトランス"
        },
        "own_names": ["みどり国際特許事務所", "Midori International Patent Office"]
    })
}

fn patent_sig(name: &str, mail: &str) -> String {
    signature(
        "みどり国際特許事務所（Midori International Patent Office）",
        name,
        "〒530-0001 大阪府大阪市北区梅田1-11-4 大阪駅前第4ビル12F",
        "06-6341-7720",
        mail,
    )
}

// ==================================================================== cases

/// The eleventh kept-aside set. Reported, not gated.
pub fn kept_eleventh_cases() -> Vec<Case> {
    let mut v = Vec::new();
    let mut rng = Rng::new(11_011);
    scrivener_cases(&mut v, &mut rng);
    funeral_cases(&mut v, &mut rng);
    patent_cases(&mut v, &mut rng);
    super::kept11_more::school_cases(&mut v, &mut rng);
    super::kept11_more::support_cases(&mut v, &mut rng);
    super::kept11_more::agency_cases(&mut v, &mut rng);
    v
}

fn scrivener_cases(v: &mut Vec<Case>, rng: &mut Rng) {
    use Group::Kept11 as G;
    let past_clients = private_mails(rng, 26);
    let mut history: Vec<String> = vec![
        "kaisei-bank.co.jp".into(),
        "hoshino-fudosan.co.jp".into(),
        "zeirishi-ueda.jp".into(),
        "tamura.hiroshi.0612@gmail.com".into(),
        "yumiko.ueda.77@gmail.com".into(),
    ];
    history.extend(past_clients.iter().cloned());
    let sig = scrivener_sig("司法書士 森 隆之", "mori@yamabuki-shiho.jp");
    // Everyday: the settlement-day plan for one purchase to the lending
    // bank's loan centre (registered): the buyer's name, the property, the
    // loan amount and the documents to bring. The bank lends the money and
    // needs every line of it.
    v.push(
        Case::new(
            "k11_scrivener_settlement_plan_to_bank",
            G,
            "everyday: the settlement-day plan for one purchase (buyer, property, loan amount, documents) to the lending bank's loan centre, a registered partner",
            mail(
                "やまぶき司法書士事務所 森 <mori@yamabuki-shiho.jp>",
                &["海青銀行 ローンセンター 杉山 <sugiyama@kaisei-bank.co.jp>"],
                "決済日程のご連絡（1/22 井上様 物件）",
                &office_letter(
                    "株式会社海青銀行\nローンセンター 杉山様",
                    "やまぶき司法書士事務所の森です。",
                    "下記のとおり決済・登記の段取りをお送りします。\n\
                     日時：1月22日(金) 10:00 貴行 静岡駅前支店 2階応接室\n\
                     買主：井上 直樹 様　物件：静岡市駿河区中田本町3-17-8（土地・建物）\n\
                     借入額：28,500,000円（抵当権設定）\n\
                     当日は買主様の実印・印鑑証明書・住民票をお持ちいただく旨、ご案内済みです。\n\
                     抵当権設定契約書の原本は前日までにお送りください。",
                    &sig,
                ),
            ),
        )
        .policy(scrivener_policy())
        .attach("決済段取り_井上様.docx", files::docx(&[
            "決済段取り表（2027年1月22日）",
            "1. 売主 登記識別情報・印鑑証明書 確認（星野不動産立会い）",
            "2. 買主 融資実行 → 売買代金振込",
            "3. 所有権移転・抵当権設定 同日申請（静岡地方法務局）",
            "登録免許税 見込額 所有権移転 186,400円 抵当権設定 114,000円",
        ]))
        .history(json!(history))
        .expect(Allow, &[]),
    );
    // Everyday: a reply to a client's gmail (mailed before) about the
    // inheritance registration of his late father's house: the papers to
    // collect and the fee. His own family's matter, to him; a death is no
    // special-care fact.
    v.push(
        Case::new(
            "k11_scrivener_reply_client_inheritance_papers",
            G,
            "everyday: a reply to a client's gmail, mailed before, listing the papers for his late father's inheritance registration and the fee",
            mail(
                "やまぶき司法書士事務所 森 <mori@yamabuki-shiho.jp>",
                &["田村 博 <tamura.hiroshi.0612@gmail.com>"],
                "Re: 父の家の名義変更について",
                &format!(
                    "田村 博 様\n\nご連絡ありがとうございます。やまぶき司法書士事務所の森です。\n\
                     このたびはお父様のご逝去、謹んでお悔やみ申し上げます。\n\n\
                     相続登記に必要な書類は次のとおりです。\n\
                     ・お父様（田村 正雄 様）の出生から死亡までの戸籍謄本\n\
                     ・相続人全員の戸籍謄本と印鑑証明書（お母様、田村様、妹様）\n\
                     ・固定資産評価証明書（令和9年度）\n\
                     報酬は88,000円（税込）、登録免許税は評価額の0.4%です。戸籍の取り寄せは当方でも代行できます。\n\n\
                     > 母と妹とも話して、実家は私の名義にすることになりました。\n\
                     > 何を用意すればよいか教えてください。\n\n{sig}\n"
                ),
            ),
        )
        .policy(scrivener_policy())
        .history(json!(history))
        .expect(Allow, &[]),
    );
    // Everyday: the free consultation day's invitation to 26 past clients
    // in Bcc, all mailed before. The office's phone; nothing about anyone.
    v.push(
        also(
            Case::new(
                "k11_scrivener_consultation_day_bcc",
                G,
                "everyday: the inheritance and wills consultation day's invitation to 26 past clients in Bcc, all mailed before, with the office's phone",
                mail(
                    "やまぶき司法書士事務所 <mori@yamabuki-shiho.jp>",
                    &["mori@yamabuki-shiho.jp"],
                    "【やまぶき司法書士事務所】相続・遺言 無料相談会のご案内",
                    &format!(
                        "お客様各位\n\n平素より大変お世話になっております。\n\
                         2027年4月から相続登記が義務化されて3年を迎えます。下記のとおり無料相談会を開催します。\n\n\
                         日時：2月13日(土) 10:00〜16:00（お一人様45分）\n会場：当事務所 3階相談室\n\
                         ご予約：054-255-6180（平日9時〜18時）\n\n{sig}\n"
                    ),
                ),
            ),
            "bcc",
            json!(past_clients),
        )
        .policy(scrivener_policy())
        .history(json!(history))
        .expect(Allow, &[]),
    );
    // Mis-send: the statutory heirs' information (the deceased and four
    // heirs: birth dates, addresses, domicile) for the tax accountant 上田
    // went to 上田 由美子, another client, at her gmail (mailed before),
    // chosen by autocomplete. The salutation names the registered
    // accountant's office. Four living people's data to a private address
    // that is not the office greeted: block.
    let heirs = files::docx(&[
        "法定相続情報一覧図（案）",
        "被相続人 田村 正雄（昭和18年5月3日生 令和8年10月29日死亡） 最後の住所 静岡市葵区瀬名川2-31-6",
        "相続人（妻） 田村 幸子 昭和22年8月14日生 住所 静岡市葵区瀬名川2-31-6",
        "相続人（長男） 田村 博 昭和48年6月12日生 住所 静岡市清水区草薙1-8-22",
        "相続人（長女） 川口 恵理 昭和51年2月27日生 住所 浜松市中央区佐鳴台4-15-3",
        "本籍 静岡県静岡市葵区瀬名川二丁目31番",
    ]);
    v.push(
        Case::new(
            "k11_scrivener_heirs_to_client_gmail_not_accountant",
            G,
            "mis-send: the heirs' family-register data (the deceased and three heirs with birth dates and addresses) meant for the tax accountant 上田, sent to 上田 由美子 (another client's gmail) by autocomplete",
            mail(
                "やまぶき司法書士事務所 森 <mori@yamabuki-shiho.jp>",
                &["上田 由美子 <yumiko.ueda.77@gmail.com>"],
                "田村様 相続の件（相続人情報）",
                &office_letter(
                    "上田税理士事務所\n上田先生",
                    "やまぶき司法書士事務所の森です。",
                    "田村様の相続税申告の件、法定相続情報一覧図の案を添付します。\n預金の残高証明は田村様から直接お送りいただく予定です。",
                    &sig,
                ),
            ),
        )
        .policy(scrivener_policy())
        .attach("法定相続情報一覧図_田村家.docx", heirs)
        .history(json!(history))
        .expect(Block, &[]),
    );
    // Mis-send: the seller's registration details for the settlement (her
    // 登記識別情報 code, the key to transfer the land) sent to
    // hoshino-fudousan.co.jp, the estate agent's domain with an extra u.
    v.push(
        Case::new(
            "k11_scrivener_title_code_to_lookalike_agent",
            G,
            "mis-send: the seller's title code (登記識別情報) and her particulars to hoshino-fudousan.co.jp, the registered estate agent's domain with an extra u",
            mail(
                "やまぶき司法書士事務所 森 <mori@yamabuki-shiho.jp>",
                &["星野不動産 営業部 <eigyo@hoshino-fudousan.co.jp>"],
                "1/22決済 売主様書類の確認",
                &office_letter(
                    "星野不動産株式会社\n営業部 星野様",
                    "やまぶき司法書士事務所の森です。",
                    "売主 小池 澄子 様（昭和30年9月2日生、静岡市駿河区中田本町3-17-8）の書類を確認しました。\n\
                     登記識別情報：土地 7K3-W9P-2QX-4ML　建物 R8T-6VZ-1NB-5JD\n\
                     印鑑証明書は1月10日発行のもので有効です。当日は原本をお持ちください。",
                    &sig,
                ),
            ),
        )
        .policy(scrivener_policy())
        .history(json!(history))
        .expect(Block, &["lookalike_domain"]),
    );
}

fn funeral_cases(v: &mut Vec<Case>, rng: &mut Rng) {
    use Group::Kept11 as G;
    let mut history: Vec<String> = vec![
        "seiryuji.or.jp".into(),
        "hanamasa-flower.co.jp".into(),
        "kappo-fujimoto.co.jp".into(),
        "hanako.sato.1958@gmail.com".into(),
        "miho.sato.0921@gmail.com".into(),
        "takahashi.kenji.55@yahoo.co.jp".into(),
    ];
    history.extend(private_mails(rng, 10));
    let sig = funeral_sig("葬祭ディレクター 菅原 亮", "sugawara@yasuragi-tenrei.co.jp");
    // Everyday: the caterer's order for a wake (40 people) and the funeral
    // lunch: the deceased's family name for the hall's board, times, a
    // guest's allergy without the guest's name. What a caterer needs.
    v.push(
        Case::new(
            "k11_funeral_catering_order",
            G,
            "everyday: the wake and funeral-lunch order (counts, times, the family's name for the hall board, an unnamed guest's shrimp allergy) to the registered caterer",
            mail(
                "やすらぎ典礼 菅原 <sugawara@yasuragi-tenrei.co.jp>",
                &["割烹ふじもと 予約係 <yoyaku@kappo-fujimoto.co.jp>"],
                "ご注文：佐藤家 通夜振る舞い・精進落とし",
                &office_letter(
                    "株式会社割烹ふじもと\n予約係 御中",
                    "やすらぎ典礼の菅原です。",
                    "下記のとおり注文いたします。\n\
                     故 佐藤 一郎 様（佐藤家）　会場：やすらぎホール北 2階\n\
                     通夜振る舞い 12月9日(水) 19:00 大皿 8卓分（40名）\n\
                     精進落とし 12月10日(木) 13:30 会席 24名様（うち お子様膳 3、えびアレルギーの方 1名）\n\
                     配膳スタッフ 2名をお願いします。",
                    &sig,
                ),
            ),
        )
        .policy(funeral_policy())
        .history(json!(history))
        .expect(Allow, &[]),
    );
    // Everyday: a reply to the chief mourner's gmail (mailed before) with
    // the schedule and the estimate: her late husband's long illness is
    // mentioned in a condolence, to his widow.
    v.push(
        Case::new(
            "k11_funeral_reply_chief_mourner_estimate",
            G,
            "everyday: a reply to the chief mourner's gmail, mailed before, with the schedule and estimate; a condolence mentions her late husband's long illness",
            mail(
                "やすらぎ典礼 菅原 <sugawara@yasuragi-tenrei.co.jp>",
                &["佐藤 花子 <hanako.sato.1958@gmail.com>"],
                "Re: 葬儀の日程とお見積りについて",
                &format!(
                    "佐藤 花子 様\n\nこのたびはご愁傷さまでございます。やすらぎ典礼の菅原でございます。\n\
                     長い闘病生活、ご家族の皆様もさぞお疲れのことと存じます。\n\n\
                     通夜：12月9日(水) 18:00〜　告別式：12月10日(木) 11:00〜\n\
                     導師：青龍寺 ご住職（手配済み）\n\
                     お見積り：家族葬プラン 880,000円（税込）、飲食・返礼品は別途（概算 320,000円）\n\
                     ご不明な点は24時間いつでも 022-771-4420 までお電話ください。\n\n{sig}\n"
                ),
            ),
        )
        .policy(funeral_policy())
        .history(json!(history))
        .expect(Allow, &[]),
    );
    // Mis-send: the same estimate (the chief mourner's address and
    // mobile, the deceased's name) sent to 佐藤 美穂, another family's
    // chief mourner (mailed before last month), chosen by autocomplete on
    // 「佐藤」. The salutation names 花子: ask.
    v.push(
        Case::new(
            "k11_funeral_estimate_to_other_sato",
            G,
            "mis-send: an estimate greeting 佐藤 花子 様 (her address, mobile, the deceased) sent to 佐藤 美穂, another family's chief mourner, by autocomplete",
            mail(
                "やすらぎ典礼 菅原 <sugawara@yasuragi-tenrei.co.jp>",
                &["佐藤 美穂 <miho.sato.0921@gmail.com>"],
                "御見積書の送付（佐藤家）",
                &format!(
                    "佐藤 花子 様\n\nやすらぎ典礼の菅原でございます。\n御見積書をお送りいたします。\n\n\
                     故 佐藤 一郎 様　喪主 佐藤 花子 様（仙台市泉区南光台6-12-9、携帯 090-5527-8163）\n\
                     家族葬プラン 880,000円、飲食 214,500円、返礼品 105,600円　合計 1,200,100円（税込）\n\
                     お支払いは告別式後1週間以内にお願いいたします。\n\n{sig}\n"
                ),
            ),
        )
        .policy(funeral_policy())
        .history(json!(history))
        .expect(Confirm, &["salutation_mismatch"]),
    );
    // Mis-send: the attendees' register of 佐藤家 (86 mourners: names,
    // addresses, phones, the condolence money) for the family went to the
    // 高橋 family's chief mourner (another funeral that week, mailed
    // before). 86 people's addresses and gifts to a private address that
    // is not the family: block.
    let register = rows(rng, 86, 1935, 1995, |rng, _, p| {
        vec![
            Cell::from(p.full()),
            Cell::from(p.home.full()),
            Cell::from(p.landline.hyphen()),
            Cell::from(*rng.pick(&["会社関係", "親族", "町内会", "友人"])),
            Cell::Number(f64::from(*rng.pick(&[3_000u32, 5_000, 10_000, 30_000]))),
        ]
    });
    v.push(
        Case::new(
            "k11_funeral_mourners_register_to_other_family",
            G,
            "mis-send: the 佐藤 family's mourners' register (86 names, addresses, phones, condolence money) sent to the 高橋 family's chief mourner's yahoo address",
            mail(
                "やすらぎ典礼 菅原 <sugawara@yasuragi-tenrei.co.jp>",
                &["高橋 健二 <takahashi.kenji.55@yahoo.co.jp>"],
                "芳名録・香典帳のデータをお送りします",
                &format!(
                    "佐藤様\n\nやすらぎ典礼の菅原でございます。\n先日はお疲れさまでございました。\n\
                     芳名録と香典帳をデータにまとめましたので、香典返しの手配にお使いください。\n\n{sig}\n"
                ),
            ),
        )
        .policy(funeral_policy())
        .attach("芳名録_佐藤家.xlsx", people_sheet("芳名録", &["氏名", "住所", "電話", "関係", "御香典"], register))
        .history(json!(history))
        .expect(Block, &[]),
    );
    // Mis-send: the staff on-call list (18 staff: private mobiles, home
    // addresses, who can drive the hearse at night) meant for 菅野, the
    // night manager, went to 菅野 at the florist (registered) by
    // autocomplete; the mail reads as internal 「菅野さん／お疲れ様です」.
    // Written to be blocked; asked since kept13 settled the convention the
    // other sets follow (README, `kept11`): ordinary personal data to a
    // registered partner under a wrong-recipient sign is asked, a block
    // being kept for what a leak of must be reported (special care, card
    // numbers, My Numbers, over 1,000 people) or a private address.
    let staff = rows(rng, 18, 1960, 2001, |rng, _, p| {
        vec![
            Cell::from(p.full()),
            Cell::from(p.mobile.hyphen()),
            Cell::from(p.home.full()),
            Cell::from(*rng.pick(&["可", "不可"])),
            Cell::from(*rng.pick(&["月・木", "火・金", "水・土", "日"])),
        ]
    });
    v.push(
        Case::new(
            "k11_funeral_staff_oncall_to_florist_namesake",
            G,
            "mis-send: 18 staff's private mobiles and home addresses (the night on-call list) meant for the night manager 菅野, sent to 菅野 at the registered florist in an internal-style mail",
            mail(
                "やすらぎ典礼 菅原 <sugawara@yasuragi-tenrei.co.jp>",
                &["花政 菅野 <kanno@hanamasa-flower.co.jp>"],
                "1月 夜間待機表",
                &format!(
                    "菅野さん\n\nお疲れ様です。菅原です。\n1月の夜間待機表と連絡先一覧です。寝台車の運転可否も入れてあります。\n確認お願いします。\n\n{sig}\n"
                ),
            ),
        )
        .policy(funeral_policy())
        .attach("夜間待機表_202701.xlsx", people_sheet("待機", &["氏名", "携帯", "自宅住所", "寝台車運転", "待機曜日"], staff))
        .history(json!(history))
        .expect(Confirm, &[]),
    );
}

fn patent_cases(v: &mut Vec<Case>, rng: &mut Rng) {
    use Group::Kept11 as G;
    let _ = rng;
    let history =
        json!(["takami-seiko.co.jp", "miyako-seiki.co.jp", "bakerlowe.com", "hoffmann-patent.de", "link-trans.co.jp"]);
    let sig = patent_sig("弁理士 石原 真一", "ishihara@midori-pat.jp");
    // Everyday (English): the instruction to the US associate to file a
    // US application claiming priority: the inventors' names and home
    // addresses are what the Application Data Sheet requires.
    v.push(
        Case::new(
            "k11_patent_us_filing_instruction",
            G,
            "everyday: an English instruction to the registered US associate to file claiming priority, with the three inventors' names and home cities for the ADS",
            mail(
                "Shinichi Ishihara <ishihara@midori-pat.jp>",
                &["Robert Baker <rbaker@bakerlowe.com>"],
                "New US filing: Takami Seiko, JP 2026-118734 (our ref. TK-2611)",
                "Dear Bob,\n\nWe are instructed by our client, Takami Seiko Co., Ltd., to file a US application claiming priority \
                 from Japanese Patent Application No. 2026-118734 (filed June 30, 2026). The priority deadline is June 30, 2027, \
                 but the client would like the application filed by the end of January.\n\n\
                 Inventors (for the ADS):\n1. Kazuya Takami, Hamamatsu-shi, Shizuoka, Japan\n\
                 2. Emi Nakanishi, Iwata-shi, Shizuoka, Japan\n3. Tomohiro Sugimoto, Hamamatsu-shi, Shizuoka, Japan\n\n\
                 The English translation and the drawings are attached. Please send us your cost estimate.\n\n\
                 Best regards,\n\nShinichi Ishihara\nPatent Attorney\nMidori International Patent Office\n\
                 12F Osaka Ekimae Dai-4 Bldg., 1-11-4 Umeda, Kita-ku, Osaka 530-0001, Japan\n\
                 Tel: +81-6-6341-7720  Email: ishihara@midori-pat.jp\n",
            ),
        )
        .policy(patent_policy())
        .attach("TK-2611_spec_EN.docx", files::docx(&[
            "SPECIFICATION",
            "TITLE OF THE INVENTION: Vibration damping mount for a machine tool spindle",
            "[0001] The present invention relates to a vibration damping mount ...",
            "CLAIMS 1. A vibration damping mount comprising an elastic member ...",
        ]))
        .history(history.clone())
        .expect(Allow, &[]),
    );
    // Everyday: the report of an office action to the client's IP section,
    // quoting their question; unpublished application, marked 秘 as every
    // report to the client is. Their own invention, to them.
    v.push(
        Case::new(
            "k11_patent_office_action_report_to_client",
            G,
            "everyday: an office action report to the client's IP section (registered), quoting their question; their own unpublished application",
            mail(
                "みどり国際特許事務所 石原 <ishihara@midori-pat.jp>",
                &["タカミ精工 知的財産課 西川 <nishikawa@takami-seiko.co.jp>"],
                "Re: 【秘】拒絶理由通知への対応（特願2025-204417）",
                &office_letter(
                    "株式会社タカミ精工\n知的財産課 西川様",
                    "みどり国際特許事務所の石原です。",
                    "ご質問の件、引用文献1（特開2019-088512）には弾性部材の硬度の限定がなく、請求項1に\n\
                     「硬度がショアA50〜70」を加える補正で進歩性を主張できると考えます。\n\
                     応答期限は2月15日です。1月22日までにご指示をいただけますと幸いです。\n\n\
                     > 引用文献1との差異をどう主張するか、ご意見をお聞かせください。\n\
                     > 社内では硬度の数値限定を考えています。",
                    &sig,
                ),
            ),
        )
        .policy(patent_policy())
        .history(history.clone())
        .expect(Allow, &[]),
    );
    // Mis-send (English): instructions and the unpublished claims of
    // Takami's application, opening 「Dear Bob,」 and naming Baker & Lowe,
    // sent to the German associate by autocomplete on 「B」 (Bettina
    // Hoffmann). Another registered firm, but not the one greeted: ask.
    v.push(
        Case::new(
            "k11_patent_us_instruction_to_german_associate",
            G,
            "mis-send: an English filing instruction opening 「Dear Bob,」 (Baker & Lowe) with unpublished claims, sent to Bettina Hoffmann of the German associate by autocomplete",
            mail(
                "Shinichi Ishihara <ishihara@midori-pat.jp>",
                &["Bettina Hoffmann <b.hoffmann@hoffmann-patent.de>"],
                "US continuation: Takami Seiko (our ref. TK-2503)",
                "Dear Bob,\n\nFurther to our call, please file a continuation application at Baker & Lowe before the \
                 parent US Patent Application No. 18/442,913 is allowed. The client wishes to pursue the following claim, \
                 which has not been published:\n\n\
                 1. A spindle unit comprising a damping ring having a Shore A hardness of 50 to 70, wherein ...\n\n\
                 Please treat this as strictly confidential until filing.\n\n\
                 Best regards,\n\nShinichi Ishihara\nMidori International Patent Office\nTel: +81-6-6341-7720\n",
            ),
        )
        .policy(patent_policy())
        .history(history.clone())
        .expect(Confirm, &["salutation_mismatch"]),
    );
    // Mis-send: Takami's draft claims and the attorney's strategy, greeting
    // タカミ精工, sent to the competitor client ミヤコ精機's IP section
    // (registered, mailed often) by autocomplete on 「知的財産」. Ask: the
    // greeting names another client.
    v.push(
        Case::new(
            "k11_patent_draft_claims_to_competitor_client",
            G,
            "mis-send: one client's draft claims and strategy, greeting 株式会社タカミ精工, sent to the competitor client ミヤコ精機's IP section by autocomplete",
            mail(
                "みどり国際特許事務所 石原 <ishihara@midori-pat.jp>",
                &["ミヤコ精機 知的財産部 <chizai@miyako-seiki.co.jp>"],
                "【秘】出願原稿（請求項案）のご確認",
                &office_letter(
                    "株式会社タカミ精工\n知的財産課 西川様",
                    "みどり国際特許事務所の石原です。",
                    "新規出願（当所整理番号 TK-2614）の請求項案を添付いたします。\n\
                     ミヤコ精機の先行出願を回避するため、請求項1は減衰リングの形状で限定しています。\n\
                     1月29日までにご確認をお願いいたします。",
                    &sig,
                ),
            ),
        )
        .policy(patent_policy())
        .attach("TK-2614_請求項案.docx", files::docx(&[
            "【書類名】特許請求の範囲",
            "【請求項1】主軸と、前記主軸を囲む減衰リングとを備え、前記減衰リングは断面が波形である…",
            "【請求項2】前記減衰リングのショアA硬度が50〜70である請求項1記載のスピンドルユニット。",
        ]))
        .history(history.clone())
        .expect(Confirm, &["salutation_mismatch"]),
    );
    // Mis-send: an unpublished invention disclosure sent for translation to
    // a freelance translator's gmail, never mailed, instead of the
    // registered agency (its contact had mentioned a freelancer by name).
    // A first mail to a private address with an unpublished invention: ask.
    v.push(
        Case::new(
            "k11_patent_disclosure_to_freelancer_gmail",
            G,
            "mis-send: an unpublished invention disclosure for translation sent to a freelance translator's gmail, never mailed, instead of the registered agency",
            mail(
                "みどり国際特許事務所 石原 <ishihara@midori-pat.jp>",
                &["Kenji Arai <arai.kenji.trans@gmail.com>"],
                "【秘】翻訳のご依頼（TK-2614 明細書）",
                &format!(
                    "新井様\n\nはじめてご連絡いたします。みどり国際特許事務所の石原です。\n\
                     リンクトランスの山口様からご紹介いただきました。\n\
                     未公開の出願明細書（約12,000字）の英訳をお願いしたく、原稿を添付いたします。納期は1月25日を希望します。\n\n{sig}\n"
                ),
            ),
        )
        .policy(patent_policy())
        .attach("TK-2614_明細書.docx", files::docx(&[
            "【書類名】明細書",
            "【発明の名称】スピンドルユニット",
            "【技術分野】【0001】本発明は、工作機械の主軸の振動を減衰する…",
        ]))
        .history(history.clone())
        .expect(Confirm, &[]),
    );
}

/// A birth date cell, for the rest of the set.
pub(super) fn birth(p: &Person) -> Cell {
    date_cell(p)
}

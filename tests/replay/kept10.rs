//! Issue 21, the tenth kept-aside set: 30 whole messages of six
//! organisations unlike those of the earlier sets (a city library, a car
//! dealership, a psychosomatic clinic, a wedding venue, a printing company
//! and an after-school children's club), 15 everyday mails and 15
//! mis-sends. Written, with every expected decision, before it was first
//! run, and committed before that run; each case says the mistake it models
//! (or why it is everyday) and why its decision is the one a careful
//! security officer would take. Reported, not gated.
//!
//! First run (fcbda6d, before any change made for it): 24 of 30 pass; 3 of
//! 15 everyday mails warned about (all three blocked), 0 of 15 mis-sends
//! missed.
//! - Warned wrongly: a reply to a patron's own reservation (the book title
//!   『うつ病の家族を支える本』 read as a condition, her card number as an
//!   identified person); the book order to the supplier (「よくわかる高血圧
//!   の新常識」 under 書名); the clinic's seminar invitation (a テーマ line
//!   naming うつ病・適応障害, the lecturer named below it).
//! - Caught at another strength (asked, block expected): the return-to-work
//!   programme to 12 patients in To; the forward quoting a colleague's disc
//!   herniation (the quoted line ending 「、」 taken for a salutation); the
//!   abuse concern with the mother kept in Cc (虐待 not a term).
//!
//! Tuned on since (3f552a9 and after, each change with its pair in
//! `tests/check/kept10_pairs.rs`), so the set is no longer held out: after,
//! 0 of 15 and 0 of 15, every case at its expected strength.

use super::kept8::{also, private_mails};
use super::kept9::{date_cell, rows};
use super::office_orgs::{office_letter, people_sheet, signature};
use super::*;

// ============================================================ organisations

/// A city library (its staff mail from the city's domain): the book
/// supplier and the library-system vendor.
pub(super) fn library_policy() -> Value {
    json!({
        "internal_domains": ["city.hanno.lg.jp"],
        "partner_domains": {
            "booksupply-e.co.jp": "株式会社ブックサプライ東日本",
            "libsys-net.co.jp": "株式会社ライブシステムネット"
        },
        "own_names": ["飯能市立図書館", "飯能市"]
    })
}

pub(super) fn library_sig(name: &str, mail: &str) -> String {
    signature("飯能市立図書館 利用者サービス係", name, "〒357-0021 埼玉県飯能市双柳1-1", "042-974-2090", mail)
}

/// A car dealership: its own finance company (a group company whose name
/// carries the dealer's), the insurance agency and the registration agent.
pub(super) fn dealer_policy() -> Value {
    json!({
        "internal_domains": ["hokuriku-motors.co.jp"],
        "partner_domains": {
            "hm-finance.co.jp": "北陸モータースファイナンス株式会社",
            "anshin-hoken.co.jp": "株式会社あんしん保険サービス",
            "gyosei-mori.jp": "森行政書士事務所"
        },
        "own_names": ["株式会社北陸モータース", "北陸モータース"]
    })
}

pub(super) fn dealer_sig(name: &str, mail: &str) -> String {
    format!(
        "──────────────────────────\n株式会社北陸モータース 金沢南店 営業課\n{name}\n〒921-8062 石川県金沢市新保本4-65\n\
         TEL: 076-249-3311（ショールーム） / 携帯: 080-2291-4470\nMail: {mail}\n──────────────────────────"
    )
}

/// A psychosomatic clinic: the dispensing pharmacy and the laboratory,
/// both allowed to receive patients' health data.
pub(super) fn clinic_policy() -> Value {
    json!({
        "internal_domains": ["kokoro-mori.jp"],
        "partner_domains": {
            "yakkyoku-hikari.jp": "ひかり調剤薬局",
            "rinsho-kensa.co.jp": "株式会社臨床検査ラボ"
        },
        "own_names": ["医療法人社団こころ会 こころの森クリニック", "こころの森クリニック"],
        "exemptions": [{"recipients": ["yakkyoku-hikari.jp", "rinsho-kensa.co.jp"], "rules": ["special_care_external"]}]
    })
}

pub(super) fn clinic_sig(name: &str, mail: &str) -> String {
    signature(
        "医療法人社団こころ会 こころの森クリニック（心療内科・精神科）",
        name,
        "〒460-0008 愛知県名古屋市中区栄3-21-9 栄メディカルビル4F",
        "052-261-8840",
        mail,
    )
}

// ==================================================================== cases

/// The tenth kept-aside set. Reported, not gated.
pub fn kept_tenth_cases() -> Vec<Case> {
    let mut v = Vec::new();
    let mut rng = Rng::new(10_001);
    library_cases(&mut v, &mut rng);
    dealer_cases(&mut v, &mut rng);
    clinic_cases(&mut v, &mut rng);
    super::kept10_more::wedding_cases(&mut v, &mut rng);
    super::kept10_more::print_cases(&mut v, &mut rng);
    super::kept10_more::club_cases(&mut v, &mut rng);
    v
}

fn library_cases(v: &mut Vec<Case>, rng: &mut Rng) {
    use Group::Kept10 as G;
    let participants = private_mails(rng, 60);
    let volunteers = private_mails(rng, 14);
    let mut history: Vec<String> = vec![
        "booksupply-e.co.jp".into(),
        "libsys-net.co.jp".into(),
        "kazuko.ogawa.1961@yahoo.co.jp".into(),
        "ehon.yomikikase.kai@gmail.com".into(),
    ];
    history.extend(participants.iter().cloned());
    history.extend(volunteers.iter().cloned());
    let sig = library_sig("司書 浅野 奈緒", "tosyokan@city.hanno.lg.jp");
    // Everyday: the library's event newsletter to 60 past participants in
    // Bcc, all mailed before. A dementia café and a cancer-information
    // corner are topics of the events, about nobody; the library's phone is
    // the one in its signature.
    v.push(
        also(
            Case::new(
                "k10_library_event_newsletter_bcc",
                G,
                "everyday: the library's event newsletter (認知症カフェ, がん情報コーナー, the library's phone) to 60 past participants in Bcc, all mailed before",
                mail(
                    "飯能市立図書館 <tosyokan@city.hanno.lg.jp>",
                    &["tosyokan@city.hanno.lg.jp"],
                    "【飯能市立図書館】1月のイベントのお知らせ",
                    &format!(
                        "図書館イベント参加者の皆様\n\nいつも飯能市立図書館をご利用いただき、ありがとうございます。\n\n\
                         ・1月11日(月祝) 10:30〜 おはなし会（2階 児童室）\n\
                         ・1月16日(土) 13:30〜 認知症カフェ in 図書館「家族の介護を知る本」紹介（地域包括支援センター共催）\n\
                         ・1月中 がん情報コーナー 特別展示「治療と仕事の両立」\n\
                         お申込み・お問い合わせは図書館（042-974-2090）まで。\n\n{sig}\n"
                    ),
                ),
            ),
            "bcc",
            json!(participants),
        )
        .policy(library_policy())
        .history(json!(history))
        .expect(Allow, &[]),
    );
    // Everyday: a patron asked from her yahoo address whether her
    // reservation had come in; the reply names her own card number and the
    // books she reserved (one about caring for a family member with
    // depression). Her own reading, to her.
    v.push(
        Case::new(
            "k10_library_reply_patron_own_reservation",
            G,
            "everyday: a reply to a patron's yahoo address, mailed before, with her own card number and reserved titles (one on supporting a family member with depression)",
            mail(
                "飯能市立図書館 <tosyokan@city.hanno.lg.jp>",
                &["小川 和子 <kazuko.ogawa.1961@yahoo.co.jp>"],
                "Re: 予約資料について",
                &format!(
                    "小川 和子 様\n\nお問い合わせありがとうございます。飯能市立図書館の浅野です。\n\n\
                     利用者番号 0012-4471 でご予約の資料2点のうち、『うつ病の家族を支える本』が本日届きました。\n\
                     『やさしい家庭菜園』は現在3人待ちです。お取り置きは1月15日(金)までです。\n\n{sig}\n"
                ),
            ),
        )
        .policy(library_policy())
        .history(json!(history))
        .expect(Allow, &[]),
    );
    // Everyday: the month's order list (ISBNs, titles, prices) to the
    // registered book supplier. A price list in all but name.
    let order = people_sheet(
        "発注",
        &["ISBN", "書名", "著者", "出版社", "本体価格", "冊数"],
        vec![
            vec![
                Cell::from("978-4-10-101001-5"),
                Cell::from("雪国"),
                Cell::from("川端康成"),
                Cell::from("新潮社"),
                Cell::Number(473.0),
                Cell::Number(2.0),
            ],
            vec![
                Cell::from("978-4-06-293512-2"),
                Cell::from("よくわかる高血圧の新常識"),
                Cell::from("高橋 誠"),
                Cell::from("講談社"),
                Cell::Number(1_540.0),
                Cell::Number(1.0),
            ],
            vec![
                Cell::from("978-4-8334-2419-4"),
                Cell::from("はじめての家計簿"),
                Cell::from("森田 京子"),
                Cell::from("すばる舎"),
                Cell::Number(1_430.0),
                Cell::Number(1.0),
            ],
            vec![
                Cell::from("978-4-591-17210-8"),
                Cell::from("こどもずかん きょうりゅう"),
                Cell::from("小林 快次"),
                Cell::from("ポプラ社"),
                Cell::Number(2_200.0),
                Cell::Number(3.0),
            ],
        ],
    );
    v.push(
        Case::new(
            "k10_library_book_order_to_supplier",
            G,
            "everyday: the month's order list (ISBNs, titles, authors, prices) to the registered book supplier",
            mail(
                "飯能市立図書館 浅野 <tosyokan@city.hanno.lg.jp>",
                &["ブックサプライ東日本 受注センター <juchu@booksupply-e.co.jp>"],
                "1月分 図書発注のお願い",
                &office_letter(
                    "株式会社ブックサプライ東日本\n受注センター ご担当者様",
                    "飯能市立図書館の浅野です。",
                    "1月分の図書発注リストを添付いたします。納品は1月20日までにお願いいたします。",
                    &sig,
                ),
            ),
        )
        .policy(library_policy())
        .attach("図書発注_202701.xlsx", order)
        .history(json!(history))
        .expect(Allow, &[]),
    );
    // Mis-send: the overdue list (42 patrons: names, card numbers, phones,
    // addresses, titles borrowed) meant for the colleague who phones them
    // went to the picture-book volunteers' group gmail, mailed before, by
    // autocomplete. Reading records and contacts of 42 people to a private
    // address: block.
    let overdue = rows(rng, 42, 1940, 2010, |rng, _, p| {
        vec![
            Cell::from(format!("0012-{}", rng.digits(4))),
            Cell::from(p.full()),
            Cell::from(p.mobile.hyphen()),
            Cell::from(p.home.full()),
            Cell::from(*rng.pick(&[
                "『がんと向き合う』",
                "『借金を整理する本』",
                "『離婚の手続き』",
                "『ぐりとぐら』",
                "『相続のきほん』",
            ])),
            Cell::Number(f64::from(rng.range(15, 90))),
        ]
    });
    v.push(
        Case::new(
            "k10_library_overdue_list_to_volunteer_gmail",
            G,
            "mis-send: the overdue list (42 patrons' card numbers, phones, addresses, titles) to the reading volunteers' gmail by autocomplete",
            mail(
                "飯能市立図書館 浅野 <tosyokan@city.hanno.lg.jp>",
                &["えほん読み聞かせの会 <ehon.yomikikase.kai@gmail.com>"],
                "延滞者リスト（12月末）",
                &format!("松田さん\n\nお疲れ様です。浅野です。\n12月末時点の延滞者リストです。電話督促をお願いします。\n\n{sig}\n"),
            ),
        )
        .policy(library_policy())
        .attach("延滞者リスト_202612.xlsx", people_sheet("延滞", &["利用者番号", "氏名", "電話", "住所", "資料", "延滞日数"], overdue))
        .history(json!(history))
        .expect(Block, &[]),
    );
    // Mis-send: the volunteers' meeting notice to 14 volunteers' private
    // addresses in To instead of Bcc: each now has every other's address.
    // Fourteen, not forty: ask (the earlier sets ask at a dozen).
    v.push(
        Case::new(
            "k10_library_volunteer_notice_14_in_to",
            G,
            "mis-send: a volunteers' meeting notice to 14 volunteers' private addresses in To instead of Bcc, all mailed before",
            mail(
                "飯能市立図書館 浅野 <tosyokan@city.hanno.lg.jp>",
                &volunteers.iter().map(String::as_str).collect::<Vec<_>>(),
                "読み聞かせボランティア 連絡会のお知らせ",
                &format!(
                    "ボランティアの皆様\n\nいつもありがとうございます。図書館の浅野です。\n\
                     1月23日(土) 10:00 より2階会議室で連絡会を開きます。来年度の日程を相談します。\n\n{sig}\n"
                ),
            ),
        )
        .policy(library_policy())
        .history(json!(history))
        .expect(Confirm, &[]),
    );
}

fn dealer_cases(v: &mut Vec<Case>, rng: &mut Rng) {
    use Group::Kept10 as G;
    let customers = private_mails(rng, 80);
    let mut history: Vec<String> = vec![
        "hm-finance.co.jp".into(),
        "anshin-hoken.co.jp".into(),
        "gyosei-mori.jp".into(),
        "miwa.yamamoto.0415@gmail.com".into(),
        "yamamoto-ken@docomo.ne.jp".into(),
        "haruka.kondo.1992@icloud.com".into(),
    ];
    history.extend(customers.iter().cloned());
    let sig = dealer_sig("営業 宮本 拓也", "miyamoto@hokuriku-motors.co.jp");
    // Everyday: one customer's loan application to the dealer's own
    // finance company (a group company whose name carries the dealer's,
    // registered): her particulars, income and the car. What it is for.
    v.push(
        Case::new(
            "k10_dealer_loan_application_to_group_finance",
            G,
            "everyday: one customer's car-loan application (particulars, income) to the dealer's own finance company, a group company carrying its name",
            mail(
                "北陸モータース 宮本 <miyamoto@hokuriku-motors.co.jp>",
                &["北陸モータースファイナンス 審査課 <shinsa@hm-finance.co.jp>"],
                "オートローン審査のお願い（近藤様）",
                &office_letter(
                    "北陸モータースファイナンス株式会社\n審査課 御中",
                    "北陸モータース 金沢南店の宮本です。",
                    "下記のお客様のオートローン審査をお願いいたします。\n申込者：近藤 遥 様（1992年3月8日生、金沢市高尾台2-118）\n\
                     勤務先：金沢中央信用金庫（勤続8年）、年収 4,200,000円\n\
                     車両：新型ハイブリッドSUV Zグレード 車両本体 3,685,000円、頭金 500,000円、60回払い",
                    &sig,
                ),
            ),
        )
        .policy(dealer_policy())
        .history(json!(history))
        .expect(Allow, &[]),
    );
    // Everyday: a customer asked from her iCloud address for the quote;
    // the reply carries her own quote (her name, address, trade-in car's
    // registration number). Hers, to her.
    let quote = files::docx(&[
        "御見積書",
        "近藤 遥 様　金沢市高尾台2-118",
        "車両：新型ハイブリッドSUV Zグレード（パールホワイト）",
        "車両本体価格 3,685,000円　付属品 218,900円　諸費用 312,440円",
        "下取車：石川 530 さ 12-47（2018年式 コンパクトカー） 査定額 640,000円",
        "お支払総額 3,576,340円（下取り充当後）　有効期限 2027年1月31日",
    ]);
    v.push(
        Case::new(
            "k10_dealer_reply_customer_own_quote",
            G,
            "everyday: a reply to a customer's iCloud address, mailed before, with her own quote (address, trade-in registration number)",
            mail(
                "北陸モータース 宮本 <miyamoto@hokuriku-motors.co.jp>",
                &["近藤 遥 <haruka.kondo.1992@icloud.com>"],
                "Re: お見積りのお願い",
                &format!(
                    "近藤 遥 様\n\nご来店ありがとうございました。北陸モータースの宮本です。\n\n\
                     お見積書をお送りいたします。下取り車の査定額は1月末まで保証いたします。\n\
                     ご不明な点は私の携帯（080-2291-4470）までお気軽にどうぞ。\n\n{sig}\n"
                ),
            ),
        )
        .policy(dealer_policy())
        .attach("御見積書_近藤様.docx", quote)
        .history(json!(history))
        .expect(Allow, &[]),
    );
    // Everyday: the new-year fair newsletter to 80 customers in Bcc, all
    // mailed before: dates, the showroom phone, the salesman's mobile in
    // the signature.
    v.push(
        also(
            Case::new(
                "k10_dealer_new_year_fair_bcc",
                G,
                "everyday: the new-year fair newsletter (dates, showroom phone, the salesman's mobile in the signature) to 80 customers in Bcc, all mailed before",
                mail(
                    "北陸モータース 金沢南店 <miyamoto@hokuriku-motors.co.jp>",
                    &["miyamoto@hokuriku-motors.co.jp"],
                    "【北陸モータース】初売りフェアのご案内",
                    &format!(
                        "お客様各位\n\n旧年中は格別のお引き立てを賜り、ありがとうございました。\n\n\
                         1月2日(土)〜1月11日(月祝) 初売りフェアを開催いたします。ご成約の方に冬タイヤ4本プレゼント。\n\
                         ご来店予約はショールーム（076-249-3311）まで。\n\n{sig}\n"
                    ),
                ),
            ),
            "bcc",
            json!(customers),
        )
        .policy(dealer_policy())
        .history(json!(history))
        .expect(Allow, &[]),
    );
    // Mis-send: the staff's year-end adjustment list (16 employees, their
    // dependants and My Numbers) meant for the head office's payroll went
    // to the insurance agency, a registered partner, chosen by autocomplete
    // on 「あんしん」. My Numbers outside: block.
    let staff = rows(rng, 16, 1965, 2000, |rng, _, p| {
        let spouse = p.relative(rng, true, 1965, 2000);
        vec![
            Cell::from(p.full()),
            Cell::from(pp::my_number(rng)),
            Cell::from(spouse.full()),
            Cell::from(pp::my_number(rng)),
            Cell::from(p.home.full()),
        ]
    });
    v.push(
        Case::new(
            "k10_dealer_year_end_my_numbers_to_insurer",
            G,
            "mis-send: 16 employees' year-end adjustment list with their and their spouses' My Numbers, meant for payroll, sent to the insurance agency",
            mail(
                "北陸モータース 宮本 <miyamoto@hokuriku-motors.co.jp>",
                &["あんしん保険サービス 山岸 <yamagishi@anshin-hoken.co.jp>"],
                "年末調整 扶養控除等申告書データ（金沢南店）",
                &format!("山岸さん\n\nお疲れ様です。金沢南店の宮本です。\n店舗分の扶養控除等申告書データを送ります。\n\n{sig}\n"),
            ),
        )
        .policy(dealer_policy())
        .attach("扶養控除申告_金沢南店.xlsx", people_sheet("扶養", &["氏名", "個人番号", "配偶者", "配偶者個人番号", "住所"], staff))
        .history(json!(history))
        .expect(Block, &["my_number_external"]),
    );
    // Mis-send: the loan screening result for 山本 美和 (declined: her
    // income, other debts, a past delinquency) went to 山本 健, another
    // customer at a docomo address, chosen by autocomplete; the salutation
    // names 美和. Ask: the sender can see the wrong name.
    v.push(
        Case::new(
            "k10_dealer_loan_result_to_other_yamamoto",
            G,
            "mis-send: a declined loan result (income, other debts, a past delinquency), greeting 山本 美和 様, sent to 山本 健 (another customer) by autocomplete",
            mail(
                "北陸モータース 宮本 <miyamoto@hokuriku-motors.co.jp>",
                &["山本 健 <yamamoto-ken@docomo.ne.jp>"],
                "オートローン審査結果のご連絡",
                &format!(
                    "山本 美和 様\n\nいつもありがとうございます。北陸モータースの宮本です。\n\n\
                     先日お申込みのオートローンは、誠に残念ながら今回は見送りとの回答でした。\n\
                     年収 2,600,000円に対し他社借入 1,850,000円、2024年に携帯電話料金の延滞記録があることが理由とのことです。\n\
                     頭金を増やしてのご再申込みも可能ですので、ご相談ください。\n\n{sig}\n"
                ),
            ),
        )
        .policy(dealer_policy())
        .history(json!(history))
        .expect(Confirm, &["salutation_mismatch"]),
    );
}

fn clinic_cases(v: &mut Vec<Case>, rng: &mut Rng) {
    use Group::Kept10 as G;
    let history = json!([
        "yakkyoku-hikari.jp",
        "rinsho-kensa.co.jp",
        "jinji@chubu-seiki.co.jp",
        "k.sasaki@tokai-denso.co.jp",
        "aya.morishita.0730@gmail.com",
        "kenta.sasaki.88@gmail.com"
    ]);
    let sig = clinic_sig("事務長 野村 啓介", "jimu@kokoro-mori.jp");
    // Everyday: a seminar invitation to a client company's HR (mailed
    // before): 「職場のメンタルヘルス：うつ病・適応障害の早期発見」 is the
    // topic, about nobody; a Zoom link with its passcode.
    v.push(
        Case::new(
            "k10_clinic_mental_health_seminar_invite",
            G,
            "everyday: a Zoom seminar invitation (ID, passcode) to a company's HR on うつ病・適応障害 in the workplace as topics, about nobody",
            mail(
                "こころの森クリニック 野村 <jimu@kokoro-mori.jp>",
                &["中部精機 人事部 <jinji@chubu-seiki.co.jp>"],
                "【ご案内】職場のメンタルヘルス研修（2/9 オンライン）",
                &office_letter(
                    "中部精機株式会社\n人事部 ご担当者様",
                    "こころの森クリニック 事務長の野村です。",
                    "管理職向けのメンタルヘルス研修をオンラインで開催いたします。\n\
                     テーマ：職場のメンタルヘルス ― うつ病・適応障害の早期発見と休職・復職支援\n\
                     日時：2月9日(火) 15:00〜16:30　講師：院長 竹内 修（精神保健指定医）\n\n\
                     Zoomミーティングに参加する\nhttps://us02web.zoom.us/j/87719024411?pwd=cUhQb2ZxVlRkT2p4bWs5dz09\n\
                     ミーティングID: 877 1902 4411\nパスコード: 290417",
                    &sig,
                ),
            ),
        )
        .policy(clinic_policy())
        .history(history.clone())
        .expect(Allow, &[]),
    );
    // Everyday: a patient asked from her gmail to move her appointment
    // because her medicine runs out; the reply names the new time and her
    // own prescription. Her own care, to the address she wrote from.
    v.push(
        Case::new(
            "k10_clinic_reply_patient_own_appointment",
            G,
            "everyday: a reply to a patient's gmail, mailed before, moving her appointment and naming her own prescription",
            mail(
                "こころの森クリニック 受付 <jimu@kokoro-mori.jp>",
                &["森下 彩 <aya.morishita.0730@gmail.com>"],
                "Re: 予約変更のお願い",
                &format!(
                    "森下 彩 様\n\nご連絡ありがとうございます。こころの森クリニック受付です。\n\n\
                     次回のご予約を1月19日(火) 18:30 に変更いたしました。\n\
                     お薬（エスシタロプラム10mg、28日分）は1月18日で切れますので、当日の受診で間に合います。\n\
                     体調がすぐれない場合はお電話（052-261-8840）ください。\n\n{sig}\n"
                ),
            ),
        )
        .policy(clinic_policy())
        .history(history.clone())
        .expect(Allow, &[]),
    );
    // Everyday: an answer to the registered pharmacy's query about one
    // patient's prescription. Health data to the partner that dispenses it.
    v.push(
        Case::new(
            "k10_clinic_pharmacy_query_answer",
            G,
            "everyday: an answer to the registered pharmacy's query on one patient's prescription (an antidepressant's dose)",
            mail(
                "こころの森クリニック 竹内 <takeuchi@kokoro-mori.jp>",
                &["ひかり調剤薬局 薬剤師 <info@yakkyoku-hikari.jp>"],
                "Re: 疑義照会（1/8 処方 平田 聡 様）",
                &office_letter(
                    "ひかり調剤薬局\n薬剤師 ご担当者様",
                    "こころの森クリニックの竹内です。",
                    "平田 聡 様（1979年11月2日生）の1月8日処方の件、ミルタザピン 15mg 就寝前 は 30mg の誤りです。\n\
                     うつ病の維持期で、前回から増量しております。訂正処方箋をFAXいたします。",
                    &clinic_sig("院長 竹内 修", "takeuchi@kokoro-mori.jp"),
                ),
            ),
        )
        .policy(clinic_policy())
        .history(history.clone())
        .expect(Allow, &[]),
    );
    // Mis-send: a sick-leave certificate for 佐々木 健太 (適応障害, three
    // months' leave) meant for his own gmail went to 佐々木 of another
    // company's HR (mailed before, for the seminar), chosen by
    // autocomplete. A named person's mental diagnosis to an outside
    // company: block.
    v.push(
        Case::new(
            "k10_clinic_sick_leave_note_to_other_sasaki_hr",
            G,
            "mis-send: a sick-leave certificate (適応障害, three months' leave), greeting 佐々木 健太 様, sent to 佐々木 at another company's HR by autocomplete",
            mail(
                "こころの森クリニック 受付 <jimu@kokoro-mori.jp>",
                &["東海電装 人事 佐々木 <k.sasaki@tokai-denso.co.jp>"],
                "診断書の送付について",
                &format!(
                    "佐々木 健太 様\n\nこころの森クリニック受付です。\nご依頼の診断書の内容をお知らせします。原本は郵送いたします。\n\n\
                     診断書\n氏名：佐々木 健太（1988年4月22日生）\n病名：適応障害\n\
                     上記により、2027年1月12日から3か月間の休業加療を要する。\n医療法人社団こころ会 こころの森クリニック 医師 竹内 修\n\n{sig}\n"
                ),
            ),
        )
        .policy(clinic_policy())
        .history(history.clone())
        .expect(Block, &[]),
    );
    // Mis-send: one patient's prescription and diagnosis sent to
    // yakkyoku-hikarl.jp, the pharmacy's domain with the i typed as an l.
    v.push(
        Case::new(
            "k10_clinic_prescription_to_lookalike_pharmacy",
            G,
            "mis-send: one patient's prescription and diagnosis to info@yakkyoku-hikarl.jp, the registered pharmacy's domain with i typed as l",
            mail(
                "こころの森クリニック 竹内 <takeuchi@kokoro-mori.jp>",
                &["ひかり調剤薬局 <info@yakkyoku-hikarl.jp>"],
                "処方内容のご連絡（平田 聡 様）",
                &office_letter(
                    "ひかり調剤薬局\n薬剤師 ご担当者様",
                    "こころの森クリニックの竹内です。",
                    "平田 聡 様（1979年11月2日生、うつ病）の次回処方をお知らせします。\nミルタザピン 30mg 就寝前 28日分、ブロチゾラム 0.25mg 不眠時 10回分。",
                    &clinic_sig("院長 竹内 修", "takeuchi@kokoro-mori.jp"),
                ),
            ),
        )
        .policy(clinic_policy())
        .history(history.clone())
        .expect(Block, &["lookalike_domain"]),
    );
    // Mis-send: the return-to-work programme's schedule to its 12
    // participants' private addresses in To instead of Bcc: each learns
    // who else is in a depression return-to-work programme. The list of
    // recipients is itself their health data: block.
    let participants = private_mails(rng, 12);
    let mut known: Vec<String> = vec!["yakkyoku-hikari.jp".into(), "rinsho-kensa.co.jp".into()];
    known.extend(participants.iter().cloned());
    v.push(
        Case::new(
            "k10_clinic_rework_programme_12_in_to",
            G,
            "mis-send: the depression return-to-work programme's schedule to its 12 participants' private addresses in To instead of Bcc",
            mail(
                "こころの森クリニック リワーク担当 <jimu@kokoro-mori.jp>",
                &participants.iter().map(String::as_str).collect::<Vec<_>>(),
                "【リワークプログラム】1月の日程",
                &format!(
                    "リワークプログラム参加者の皆様\n\nこころの森クリニック リワーク担当の野村です。\n\
                     うつ病・適応障害で休職中の方の復職支援プログラム、1月の日程をお知らせします。\n\
                     毎週月・水・金 9:30〜15:00（1月11日は休み）。集団認知行動療法は水曜です。\n\n{sig}\n"
                ),
            ),
        )
        .policy(clinic_policy())
        .history(json!(known))
        .expect(Block, &[]),
    );
}

/// A date of birth cell, re-exported for the rest of the set.
pub(super) fn birth(p: &Person) -> Cell {
    date_cell(p)
}

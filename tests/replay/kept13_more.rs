//! Issue 21, the thirteenth kept-aside set (continued): a chamber of
//! commerce, a music school and a securities firm's branch. See
//! `kept13.rs`.

use super::kept8::{also, private_mails};
use super::kept9::{date_cell, rows};
use super::office_orgs::{office_letter, people_sheet, signature};
use super::*;

// ============================================================ organisations

/// A chamber of commerce: the city's commerce section, the public finance
/// corporation it recommends small loans to (マル経融資), and the
/// consultancy whose staff lecture at its seminars and advise on subsidy
/// plans. Its members are local firms and sole traders, many on private
/// mail; none is registered, most have been mailed before.
fn chamber_policy() -> Value {
    json!({
        "internal_domains": ["ome-cci.or.jp"],
        "partner_domains": {
            "city.ome.lg.jp": "青梅市",
            "jfc.go.jp": "日本政策金融公庫",
            "tama-consul.co.jp": "株式会社多摩経営コンサルティング"
        },
        "own_names": ["青梅商工会議所"]
    })
}

fn chamber_sig(name: &str, mail: &str) -> String {
    signature("青梅商工会議所 中小企業相談所", name, "〒198-0042 東京都青梅市東青梅2-6-2", "0428-23-0111", mail)
}

/// A music school: the instrument retailer that runs it (the school's
/// accounts and student records are kept at its head office), the piano
/// tuner and the hall of the annual recital. Its students' parents use
/// private addresses.
fn music_policy() -> Value {
    json!({
        "internal_domains": ["aria-music.jp"],
        "partner_domains": {
            "yamane-gakki.co.jp": "山根楽器株式会社",
            "chouritsu-pro.co.jp": "株式会社調律プロ",
            "seseragi-hall.jp": "せせらぎホール"
        },
        "own_names": ["アリア音楽教室"]
    })
}

fn music_sig(name: &str, mail: &str) -> String {
    signature("アリア音楽教室 本校", name, "〒330-0846 埼玉県さいたま市大宮区大門町2-108", "048-641-2250", mail)
}

/// A securities firm's branch: the trust bank that holds customer assets,
/// the fund manager that co-hosts its seminars, and the tax accountant who
/// lectures on inheritance. Its customers use private addresses.
fn securities_policy() -> Value {
    json!({
        "internal_domains": ["mirai-sec.co.jp"],
        "partner_domains": {
            "tokyo-shintaku.co.jp": "東京信託銀行株式会社",
            "hoshi-am.co.jp": "ほしアセットマネジメント株式会社",
            "nishimura-tax.jp": "西村税理士事務所"
        },
        "own_names": ["みらい証券株式会社", "みらい証券"]
    })
}

fn securities_sig(name: &str, mail: &str) -> String {
    signature(
        "みらい証券株式会社 府中支店 営業課",
        name,
        "〒183-0023 東京都府中市宮町1-40 府中駅前ビル3F",
        "042-360-2811",
        mail,
    )
}

// ==================================================================== cases

/// Member firms and their people's titles, for the attendee list.
const FIRMS: [&str; 8] = [
    "青梅製菓株式会社",
    "河合工務店",
    "多摩川印刷",
    "日の出電機株式会社",
    "澤乃井酒造",
    "青梅運送株式会社",
    "御岳観光",
    "可部商店",
];
const TITLES: [&str; 5] = ["代表取締役", "経理部長", "事業主", "総務課長", "専務"];

pub(super) fn chamber_cases(v: &mut Vec<Case>, rng: &mut Rng) {
    use Group::Kept13 as G;
    let mut members: Vec<String> = private_mails(rng, 22);
    for d in [
        "ome-seika.co.jp",
        "kawai-koumuten.co.jp",
        "tamagawa-print.jp",
        "hinode-denki.co.jp",
        "sawanoi-shuzo.co.jp",
        "ome-unso.co.jp",
        "mitake-kanko.jp",
        "kabe-shoten.co.jp",
        "nagabuchi-seimitsu.co.jp",
        "ome-fudosan.jp",
    ] {
        members.push(format!("info@{d}"));
        members.push(format!("keiri@{d}"));
    }
    members.extend(["kojima.isamu.yamabuki@gmail.com".to_owned(), "kobayashi@kobayashi-koumuten.jp".to_owned()]);
    let mut history: Vec<String> = vec!["city.ome.lg.jp".into(), "jfc.go.jp".into(), "tama-consul.co.jp".into()];
    history.extend(members.iter().cloned());
    let sig = chamber_sig("経営指導員 高野 誠", "takano@ome-cci.or.jp");
    // Everyday: a seminar invitation to 42 members in Bcc (firms and sole
    // traders at private addresses, all mailed before), with the office's
    // phone and the lecturer's name. Nobody sees anybody.
    v.push(
        also(
            Case::new(
                "k13_cci_seminar_invitation_bcc",
                G,
                "everyday: an invoice-system seminar invitation to 42 members in Bcc (firms and sole traders' private addresses, all mailed before)",
                mail(
                    "青梅商工会議所 高野 <takano@ome-cci.or.jp>",
                    &["takano@ome-cci.or.jp"],
                    "【青梅商工会議所】インボイス・電子帳簿保存法 実務セミナーのご案内",
                    &format!(
                        "会員事業所の皆様\n\nいつも当所の事業にご協力いただき、ありがとうございます。\n\
                         確定申告を前に、インボイス制度と電子帳簿保存法の実務セミナーを開催いたします。\n\n\
                         日時：1月21日(木) 14:00〜16:00\n会場：青梅商工会議所 2階 大会議室（オンライン参加も可）\n\
                         講師：株式会社多摩経営コンサルティング 中小企業診断士 久保田 亮 氏\n\
                         参加費：会員無料\nお申し込み：1月15日までに、お電話（0428-23-0111）または本メールへの返信で\n\n{sig}\n"
                    ),
                ),
            ),
            "bcc",
            json!(members[..42].to_vec()),
        )
        .policy(chamber_policy())
        .history(json!(history))
        .expect(Allow, &[]),
    );
    // Everyday: the attendees of that seminar to the lecturer's firm
    // (registered) so name cards and the handouts can be prepared: firm,
    // title and name of 22 people, no contact, no date, no number. The
    // people who signed up to hear that lecturer.
    let t = |s: &str| Cell::from(s);
    let mut attendees = vec![super::generators::header(&["No.", "事業所名", "役職", "氏名"])];
    attendees.extend(rows(rng, 22, 1955, 1995, |rng, i, p| {
        vec![
            t(&format!("{}", i + 1)),
            t(FIRMS[rng.below(FIRMS.len())]),
            t(TITLES[rng.below(TITLES.len())]),
            t(&p.full()),
        ]
    }));
    v.push(
        Case::new(
            "k13_cci_attendee_list_to_lecturer",
            G,
            "everyday: the seminar's 22 attendees (firm, title, name; no contact) to the registered lecturer's firm for name cards and handouts",
            mail(
                "青梅商工会議所 高野 <takano@ome-cci.or.jp>",
                &["多摩経営コンサルティング 久保田 <kubota@tama-consul.co.jp>"],
                "1/21 セミナー 参加者名簿のご送付",
                &office_letter(
                    "株式会社多摩経営コンサルティング\n久保田様",
                    "青梅商工会議所の高野です。",
                    "1月21日のセミナーの参加者名簿（22名）をお送りいたします。\n\
                     名札と資料の部数のご準備にお使いください。当日は13:30に会場へお越しください。",
                    &sig,
                ),
            ),
        )
        .policy(chamber_policy())
        .attach("参加者名簿_0121セミナー.xlsx", files::xlsx(&[Sheet::new("参加者", attendees)]))
        .history(json!(history))
        .expect(Allow, &[]),
    );
    // Everyday: a Teams invitation for a subsidy plan review to a sole
    // trader at his gmail (mailed before, greeted by the name it carries,
    // with his shop's name) and the registered consultant: two invitees
    // who are expected to see each other.
    v.push(
        Case::new(
            "k13_cci_subsidy_review_teams",
            G,
            "everyday: a Teams invitation (link, ID, passcode) for a subsidy plan review to a sole trader's gmail (mailed before, greeted by its name) and the registered consultant",
            mail(
                "青梅商工会議所 高野 <takano@ome-cci.or.jp>",
                &[
                    "小島 勇 <kojima.isamu.yamabuki@gmail.com>",
                    "多摩経営コンサルティング 久保田 <kubota@tama-consul.co.jp>",
                ],
                "持続化補助金 事業計画書の確認（オンライン）",
                &format!(
                    "やまぶき食堂\n小島 勇 様\n株式会社多摩経営コンサルティング 久保田様\n\n\
                     いつもお世話になっております。青梅商工会議所の高野です。\n\
                     小規模事業者持続化補助金の事業計画書について、下記のとおりオンラインで確認の打ち合わせを行います。\n\n\
                     Microsoft Teams ミーティング\n\
                     コンピューター、モバイル アプリケーション、またはルーム デバイスで参加する\n\
                     ここをクリックして会議に参加してください <https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZmQ1YjM4>\n\
                     ミーティング ID: 426 918 330 552\nパスコード: hK7pQ2\n\n\
                     日時：12月17日(木) 15:00〜16:00\n締切が1月8日ですので、売上計画の数字をご準備ください。\n\n{sig}\n"
                ),
            ),
        )
        .policy(chamber_policy())
        .history(json!(history))
        .expect(Allow, &[]),
    );
    // Mis-send: 小島's subsidy business plan (his sales, his debts, his
    // tax return figures) greeting him, sent to 小林 of 小林工務店, another
    // member mailed before, by autocomplete on 「こ」. The salutation names
    // someone the recipient is not: ask.
    v.push(
        Case::new(
            "k13_cci_business_plan_to_other_member",
            G,
            "mis-send: a sole trader's subsidy plan (sales, debts, tax return figures) greeting 「やまぶき食堂 小島 勇 様」, sent to 小林 of 小林工務店 (a member mailed before) by autocomplete",
            mail(
                "青梅商工会議所 高野 <takano@ome-cci.or.jp>",
                &["小林工務店 小林 <kobayashi@kobayashi-koumuten.jp>"],
                "持続化補助金 事業計画書（修正版）",
                &format!(
                    "やまぶき食堂\n小島 勇 様\n\nいつもお世話になっております。青梅商工会議所の高野です。\n\
                     事業計画書の修正版をお送りします。前回の打ち合わせでお聞きした数字を反映しました。\n\
                     ・令和7年 売上高 18,420,000円、営業利益 1,260,000円（確定申告書より）\n\
                     ・借入残高：日本政策金融公庫 4,800,000円、青梅信用金庫 2,100,000円\n\
                     ・補助事業：テイクアウト用厨房設備の導入 2,250,000円（補助額 1,500,000円）\n\
                     ご確認のうえ、修正点があればお知らせください。\n\n{sig}\n"
                ),
            ),
        )
        .policy(chamber_policy())
        .attach(
            "事業計画書_やまぶき食堂_修正版.docx",
            files::docx(&[
                "小規模事業者持続化補助金 経営計画書",
                "事業者名：やまぶき食堂（個人事業主 小島 勇）",
                "所在地：東京都青梅市本町142-3",
                "売上高：令和5年 16,880,000円 / 令和6年 17,950,000円 / 令和7年 18,420,000円",
                "借入金残高：6,900,000円",
            ]),
        )
        .history(json!(history))
        .expect(Confirm, &[]),
    );
    // Mis-send: twelve loan recommendations (owners' names, birth dates,
    // home addresses, incomes, amounts) for the public finance corporation
    // (registered), greeting it, sent to the consultant's firm (also
    // registered) by autocomplete. Birth dates with home addresses of a
    // dozen people to a partner the salutation does not name: ask.
    let loans = rows(rng, 12, 1958, 1990, |rng, i, p| {
        vec![
            Cell::from(format!("R8-{:03}", 41 + i)),
            Cell::from(p.full()),
            date_cell(p),
            Cell::from(p.home.full()),
            Cell::Number(f64::from(rng.range(280, 900)) * 10_000.0),
            Cell::Number(f64::from(rng.range(30, 200)) * 100_000.0 / 10.0),
        ]
    });
    v.push(
        Case::new(
            "k13_cci_loan_recommendations_to_consultant",
            G,
            "mis-send: twelve small-loan recommendations (owners' birth dates, home addresses, incomes) greeting 日本政策金融公庫, sent to the registered consultant's firm by autocomplete",
            mail(
                "青梅商工会議所 高野 <takano@ome-cci.or.jp>",
                &["多摩経営コンサルティング 事務局 <office@tama-consul.co.jp>"],
                "マル経融資 推薦書類（12月分）",
                &office_letter(
                    "日本政策金融公庫 立川支店\n国民生活事業 御中",
                    "青梅商工会議所 中小企業相談所の高野です。",
                    "12月の推薦委員会で承認されたマル経融資の推薦12件の一覧をお送りいたします。\n推薦書の原本は本日発送いたしました。",
                    &sig,
                ),
            ),
        )
        .policy(chamber_policy())
        .attach(
            "マル経推薦一覧_202612.xlsx",
            people_sheet("推薦", &["推薦番号", "代表者氏名", "生年月日", "自宅住所", "申告所得", "借入希望額"], loans),
        )
        .history(json!(history))
        .expect(Confirm, &[]),
    );
}

pub(super) fn music_cases(v: &mut Vec<Case>, rng: &mut Rng) {
    use Group::Kept13 as G;
    let parents = private_mails(rng, 45);
    let mut history: Vec<String> =
        vec!["yamane-gakki.co.jp".into(), "chouritsu-pro.co.jp".into(), "seseragi-hall.jp".into()];
    history.extend(parents.iter().cloned());
    history.push("mayumi.nakagawa.0611@gmail.com".into());
    let sig = music_sig("教室長 堀 由紀子", "hori@aria-music.jp");
    let notice = format!(
        "生徒・保護者の皆様\n\nいつもアリア音楽教室をご利用いただき、ありがとうございます。\n\
         第18回 ピアノ発表会のプログラムができましたので、お送りいたします。\n\n\
         日時：2月14日(日) 13:00 開演（12:15 開場）\n会場：せせらぎホール 小ホール\n\
         出演者は 12:00 までに楽屋受付へお越しください。リハーサルの時間はプログラムの裏面をご覧ください。\n\
         客席での写真撮影はご遠慮ください（記録写真は教室で撮影し、後日お渡しします）。\n\n{sig}\n"
    );
    let program = {
        let mut lines: Vec<String> =
            vec!["第18回 アリア音楽教室 ピアノ発表会 プログラム".into(), "2月14日(日) せせらぎホール".into()];
        let pieces =
            ["エリーゼのために", "トルコ行進曲", "子犬のワルツ", "人形の夢と目覚め", "きらきら星変奏曲", "乙女の祈り"];
        let grades = ["年長", "小1", "小2", "小3", "小4", "小5", "小6", "中1", "中2"];
        for i in 0..40 {
            let p = Person::born_between(rng, 2011, 2020);
            lines.push(format!("{}. {}（{}）　{}", i + 1, p.full(), rng.pick(&grades), rng.pick(&pieces)));
        }
        let refs: Vec<&str> = lines.iter().map(String::as_str).collect();
        files::docx(&refs)
    };
    // Everyday: the recital programme (40 children's names, school years
    // and pieces) to the 45 families in Bcc, all mailed before: a
    // programme handed out at the door anyway, to the families in it,
    // who see no one's address.
    v.push(
        also(
            Case::new(
                "k13_music_recital_programme_bcc",
                G,
                "everyday: the recital programme (40 children's names, school years, pieces) to 45 families' private addresses in Bcc, all mailed before",
                mail("アリア音楽教室 <hori@aria-music.jp>", &["hori@aria-music.jp"], "第18回 ピアノ発表会のプログラムについて", &notice),
            ),
            "bcc",
            json!(parents),
        )
        .policy(music_policy())
        .attach("発表会プログラム.docx", program.clone())
        .history(json!(history))
        .expect(Allow, &[]),
    );
    // Everyday: a reply to a mother (gmail, mailed before, greeted by the
    // name it carries) who cancelled her daughter's lesson: her own child's
    // flu, said back to her, and a make-up lesson.
    v.push(
        Case::new(
            "k13_music_reply_mother_flu",
            G,
            "everyday: a reply to a mother's gmail (mailed before, greeted by its name) about her daughter's flu and a make-up lesson",
            mail(
                "アリア音楽教室 <hori@aria-music.jp>",
                &["中川 真由美 <mayumi.nakagawa.0611@gmail.com>"],
                "Re: レッスンお休みの連絡",
                &format!(
                    "中川 真由美 様\n\nご連絡ありがとうございます。アリア音楽教室の堀です。\n\
                     ひなたちゃん、インフルエンザとのこと、どうぞお大事になさってください。\n\
                     今週木曜日のレッスンはお休みで承りました。振替レッスンは12月19日(土) 10:00 か 12月22日(火) 17:00 がご案内できます。\n\
                     ご都合のよい方をお知らせください。\n\n{sig}\n"
                ),
            ),
        )
        .policy(music_policy())
        .history(json!(history))
        .expect(Allow, &[]),
    );
    // Mis-send: the same programme notice with the 45 families in To
    // instead of Bcc: every family gets every other family's private
    // address. Three times the Bcc threshold and not a reply: block.
    v.push(
        Case::new(
            "k13_music_recital_families_in_to",
            G,
            "mis-send: the recital notice with 45 families' private addresses in To instead of Bcc",
            mail(
                "アリア音楽教室 <hori@aria-music.jp>",
                &parents.iter().map(String::as_str).collect::<Vec<_>>(),
                "第18回 ピアノ発表会のプログラムについて",
                &notice,
            ),
        )
        .policy(music_policy())
        .attach("発表会プログラム.docx", program)
        .history(json!(history))
        .expect(Block, &["many_recipients"]),
    );
    // Mis-send: the student register (60 students: birth dates, parents'
    // names, mobiles, home addresses, fee arrears) for the retailer's head
    // office, greeting it, sent to the piano tuner (registered) by
    // autocomplete on 「ちょう」/「帳簿」. Children's birth dates and
    // homes to a partner the salutation does not name: ask.
    let students = rows(rng, 60, 2010, 2020, |rng, i, p| {
        let female = rng.chance(0.7);
        let parent = p.relative(rng, female, 1975, 1990);
        vec![
            Cell::from(format!("S{:04}", 501 + i)),
            Cell::from(p.full()),
            date_cell(p),
            Cell::from(parent.full()),
            Cell::from(parent.mobile.hyphen()),
            Cell::from(p.home.full()),
            Cell::from(*rng.pick(&["口座振替", "口座振替", "口座振替", "未納（11月）"])),
        ]
    });
    v.push(
        Case::new(
            "k13_music_student_register_to_tuner",
            G,
            "mis-send: 60 students' register (birth dates, parents, mobiles, home addresses, arrears) greeting the retailer's head office, sent to the registered piano tuner by autocomplete",
            mail(
                "アリア音楽教室 堀 <hori@aria-music.jp>",
                &["調律プロ 業務課 <gyomu@chouritsu-pro.co.jp>"],
                "12月 生徒名簿・月謝入金状況",
                &office_letter(
                    "山根楽器株式会社\n教室事業部 御中",
                    "アリア音楽教室 本校の堀です。",
                    "12月1日現在の生徒名簿と月謝の入金状況をお送りいたします。\n未納の2件は、今月中にご家庭へご連絡いたします。",
                    &sig,
                ),
            ),
        )
        .policy(music_policy())
        .attach(
            "生徒名簿_202612.xlsx",
            people_sheet("生徒", &["生徒番号", "氏名", "生年月日", "保護者氏名", "保護者携帯", "住所", "月謝"], students),
        )
        .history(json!(history))
        .expect(Confirm, &[]),
    );
}

pub(super) fn securities_cases(v: &mut Vec<Case>, rng: &mut Rng) {
    use Group::Kept13 as G;
    let customers = private_mails(rng, 25);
    let mut history: Vec<String> =
        vec!["tokyo-shintaku.co.jp".into(), "hoshi-am.co.jp".into(), "nishimura-tax.jp".into()];
    history.extend(customers.iter().cloned());
    history.push("takashi.yoshikawa.1961@gmail.com".into());
    let sig = securities_sig("営業課 森下 翔太", "morishita@mirai-sec.co.jp");
    // Everyday: a reply to a customer's gmail (mailed before, greeted by
    // its name): his NISA account is open, with his own account number and
    // the registered address read back. His, to him.
    v.push(
        Case::new(
            "k13_sec_nisa_opened_reply",
            G,
            "everyday: a reply to a customer's gmail (mailed before, greeted by its name): his NISA account is open, his own account number and registered address read back",
            mail(
                "みらい証券 府中支店 森下 <morishita@mirai-sec.co.jp>",
                &["吉川 隆 <takashi.yoshikawa.1961@gmail.com>"],
                "Re: NISA口座の開設について",
                &format!(
                    "吉川 隆 様\n\nいつもお世話になっております。みらい証券 府中支店の森下です。\n\
                     お申し込みいただいたNISA口座の開設が完了いたしました。\n\
                     お客様番号：府中支店 128-0457312\nご登録住所：東京都府中市若松町3-18-7\n\
                     成長投資枠でのお買い付けは、明日からお取引画面でご利用いただけます。\n\
                     ご不明な点は、お気軽にお問い合わせください。\n\n{sig}\n"
                ),
            ),
        )
        .policy(securities_policy())
        .history(json!(history))
        .expect(Allow, &[]),
    );
    // Everyday: the inheritance-planning seminar's invitation to 25
    // customers in Bcc (mailed before), the co-hosting fund manager and
    // the lecturing tax accountant (both registered) in Cc. The customers
    // see no one; the co-hosts see each other, as they should.
    v.push(
        also(
            also(
                Case::new(
                    "k13_sec_seminar_invitation_bcc",
                    G,
                    "everyday: an inheritance seminar invitation to 25 customers' private addresses in Bcc (mailed before), the co-hosting fund manager and the lecturing tax accountant (registered) in Cc",
                    mail(
                        "みらい証券 府中支店 森下 <morishita@mirai-sec.co.jp>",
                        &["morishita@mirai-sec.co.jp"],
                        "【みらい証券 府中支店】相続・贈与と資産運用セミナーのご案内",
                        &format!(
                            "お客様各位\n\n平素は格別のお引き立てを賜り、誠にありがとうございます。\n\
                             下記のとおり、相続・贈与と資産運用のセミナーを開催いたします。\n\n\
                             日時：1月30日(土) 10:30〜12:00\n会場：府中駅前ビル 3F 当支店セミナールーム\n\
                             第1部：相続税の基礎と生前贈与の注意点（西村税理士事務所 税理士 西村 浩一 氏）\n\
                             第2部：これからの資産運用（ほしアセットマネジメント株式会社）\n\
                             お申し込みは担当者または支店（042-360-2811）まで。\n\n{sig}\n"
                        ),
                    ),
                ),
                "cc",
                json!(["seminar@hoshi-am.co.jp", "nishimura@nishimura-tax.jp"]),
            ),
            "bcc",
            json!(customers),
        )
        .policy(securities_policy())
        .history(json!(history))
        .expect(Allow, &[]),
    );
    // Mis-send: 吉川 隆's annual trade report (his holdings, gains, address)
    // greeting him, sent to 吉川 隆之 (another customer, never mailed) by
    // autocomplete on 「吉川 隆」. The greeting names someone else: ask.
    v.push(
        Case::new(
            "k13_sec_trade_report_to_other_yoshikawa",
            G,
            "mis-send: 吉川 隆 様's annual trade report (holdings, gains, address) sent to 吉川 隆之, another customer's gmail never mailed, by autocomplete",
            mail(
                "みらい証券 府中支店 森下 <morishita@mirai-sec.co.jp>",
                &["吉川 隆之 <yoshikawa.takayuki.77@gmail.com>"],
                "年間取引報告書（令和8年分）の写しの送付",
                &format!(
                    "吉川 隆 様\n\nいつもお世話になっております。みらい証券 府中支店の森下です。\n\
                     ご依頼の令和8年分 特定口座年間取引報告書の写しを添付いたします。確定申告にご利用ください。\n\n{sig}\n"
                ),
            ),
        )
        .policy(securities_policy())
        .attach(
            "特定口座年間取引報告書_令和8年.docx",
            files::docx(&[
                "特定口座年間取引報告書（令和8年分）",
                "住所：東京都府中市若松町3-18-7",
                "氏名：吉川 隆 様　お客様番号：128-0457312",
                "譲渡の対価の額：12,480,000円　取得費等：10,915,000円　差引金額：1,565,000円",
                "配当等の額：382,400円　源泉徴収税額：318,012円",
            ]),
        )
        .history(json!(history))
        .expect(Confirm, &[]),
    );
    // Mis-send: the seminar flyer should go to the co-hosting fund manager
    // (registered); the branch's customer list was attached instead: 300
    // customers' names, birth dates, addresses, phones and assets held.
    let list = rows(rng, 300, 1935, 1985, |rng, i, p| {
        vec![
            Cell::from(format!("128-{:07}", 450_000 + i * 37)),
            Cell::from(p.full()),
            date_cell(p),
            Cell::from(p.home.full()),
            Cell::from(p.landline.hyphen()),
            Cell::Number(f64::from(rng.range(50, 9000)) * 10_000.0),
        ]
    });
    v.push(
        Case::new(
            "k13_sec_customer_list_to_fund_manager",
            G,
            "mis-send: the branch's customer list (300 customers: birth dates, addresses, phones, assets held) attached instead of the flyer to the registered co-hosting fund manager",
            mail(
                "みらい証券 府中支店 森下 <morishita@mirai-sec.co.jp>",
                &["ほしアセットマネジメント セミナー事務局 <seminar@hoshi-am.co.jp>"],
                "1/30 セミナー チラシ最終版",
                &office_letter(
                    "ほしアセットマネジメント株式会社\nセミナー事務局 御中",
                    "みらい証券 府中支店の森下です。",
                    "1月30日のセミナーのチラシ最終版をお送りします。第2部のご講演者名をご確認ください。",
                    &sig,
                ),
            ),
        )
        .policy(securities_policy())
        .attach("府中支店_顧客一覧_202612.xlsx", people_sheet("顧客", &["お客様番号", "氏名", "生年月日", "住所", "電話", "預り資産"], list))
        .history(json!(history))
        .expect(Confirm, &["bulk_personal_external"]),
    );
    // Mis-send: a customer sent his My Number (for the account's tax
    // filing) in a mail; the branch forwards it to the trust bank's
    // contact to ask about a transfer of his trust, the number quoted
    // below. A My Number outside the firm that needs it: block.
    let my_number = pp::my_number(rng);
    v.push(
        Case::new(
            "k13_sec_forward_quoting_my_number_to_trust_bank",
            G,
            "mis-send: a forward to the registered trust bank of a customer's mail that quotes his My Number (given for the account's tax filing)",
            mail(
                "みらい証券 府中支店 森下 <morishita@mirai-sec.co.jp>",
                &["東京信託銀行 府中支店 信託課 <shintaku.fuchu@tokyo-shintaku.co.jp>"],
                "Fw: 口座の件とマイナンバーのご連絡",
                &format!(
                    "東京信託銀行 信託課\n長尾様\n\nお世話になっております。みらい証券の森下です。\n\
                     下記のお客様から、貴行の投資信託の移管についてご相談がありました。お手続きの流れをご教示ください。\n\n\
                     -----Original Message-----\nFrom: 吉川 隆 <takashi.yoshikawa.1961@gmail.com>\nSent: Friday, December 4, 2026 8:40 PM\n\
                     Subject: 口座の件とマイナンバーのご連絡\n\n\
                     > 森下様\n> 先日お話しした東京信託銀行の投資信託を、そちらの口座に移したいと思っています。\n\
                     > それと、ご依頼のマイナンバーです。{my_number}\n> よろしくお願いします。吉川\n\n{sig}\n"
                ),
            ),
        )
        .policy(securities_policy())
        .history(json!(history))
        .no_leak(&my_number)
        .expect(Block, &["my_number_external"]),
    );
}

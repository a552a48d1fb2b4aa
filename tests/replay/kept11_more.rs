//! The eleventh kept-aside set, continued (`kept11.rs` has its first three
//! organisations): a driving school, a disability work-support centre and
//! a marriage agency. Written with every expected decision before the set
//! was first run.

use super::kept11::birth;
use super::kept8::{also, private_mails};
use super::kept9::rows;
use super::office_orgs::{office_letter, people_sheet, signature};
use super::*;

/// A driving school: its shuttle-bus company (a group company whose name
/// carries the school's), the eye clinic that does aptitude checks and the
/// inn that lodges the residential course.
fn school_policy() -> Value {
    json!({
        "internal_domains": ["mizuho-ds.co.jp"],
        "partner_domains": {
            "mizuho-kotsu.co.jp": "みずほ交通株式会社",
            "izumi-ganka.jp": "いずみ眼科クリニック",
            "kohanso.jp": "湖畔荘"
        },
        "own_names": ["株式会社みずほ自動車学校", "みずほ自動車学校"]
    })
}

fn school_sig(name: &str, mail: &str) -> String {
    signature("みずほ自動車学校 教務課", name, "〒520-0521 滋賀県大津市和邇中浜432", "077-594-2210", mail)
}

/// A disability work-support centre (就労継続支援B型, run by an NPO): the
/// consultation-support office that plans each user's services, the
/// confectioner whose boxes the users fold, and the city's disability
/// welfare section.
fn support_policy() -> Value {
    json!({
        "internal_domains": ["hidamari-works.or.jp"],
        "partner_domains": {
            "aoba-soudan.jp": "相談支援センターあおば",
            "komorebi-seika.co.jp": "株式会社こもれび製菓",
            "city.kawagoe.saitama.lg.jp": "川越市"
        },
        "own_names": ["特定非営利活動法人ひだまり", "ひだまりワークス"],
        "exemptions": [{"recipients": ["aoba-soudan.jp", "city.kawagoe.saitama.lg.jp"], "rules": ["special_care_external"]}]
    })
}

fn support_sig(name: &str, mail: &str) -> String {
    signature(
        "NPO法人ひだまり 就労継続支援B型事業所 ひだまりワークス",
        name,
        "〒350-1124 埼玉県川越市新宿町5-13-2",
        "049-241-0875",
        mail,
    )
}

/// A marriage agency: the federation whose member database it registers
/// its members in, and the photo studio that takes their profile photos.
fn agency_policy() -> Value {
    json!({
        "internal_domains": ["enishi-bridal.co.jp"],
        "partner_domains": {
            "kekkon-renmei.or.jp": "一般社団法人日本結婚相談連盟",
            "studio-forte.jp": "スタジオフォルテ"
        },
        "own_names": ["株式会社ブライダルサロン縁", "ブライダルサロン縁"]
    })
}

fn agency_sig(name: &str, mail: &str) -> String {
    signature(
        "ブライダルサロン縁（えにし） 横浜みなとみらいサロン",
        name,
        "〒220-0012 神奈川県横浜市西区みなとみらい3-6-1 9F",
        "045-228-5160",
        mail,
    )
}

pub(super) fn school_cases(v: &mut Vec<Case>, rng: &mut Rng) {
    use Group::Kept11 as G;
    let students = private_mails(rng, 120);
    let course = private_mails(rng, 18);
    let mut history: Vec<String> = vec![
        "mizuho-kotsu.co.jp".into(),
        "izumi-ganka.jp".into(),
        "kohanso.jp".into(),
        "ryota.nishimura.2007@gmail.com".into(),
    ];
    history.extend(students.iter().cloned());
    history.extend(course.iter().cloned());
    let sig = school_sig("教務課 北村 美紀", "kyomu@mizuho-ds.co.jp");
    // Everyday: the spring-season discount notice to 120 enrolled and past
    // students in Bcc, all mailed before. The school's phone only.
    v.push(
        also(
            Case::new(
                "k11_school_spring_campaign_bcc",
                G,
                "everyday: the spring-season notice (discount, booking dates, the school's phone) to 120 students in Bcc, all mailed before",
                mail(
                    "みずほ自動車学校 <kyomu@mizuho-ds.co.jp>",
                    &["kyomu@mizuho-ds.co.jp"],
                    "【みずほ自動車学校】春休み教習のご案内・お友達紹介キャンペーン",
                    &format!(
                        "教習生・卒業生の皆様\n\nいつもみずほ自動車学校をご利用いただきありがとうございます。\n\
                         2月〜3月は大変混み合います。技能教習のご予約はお早めにお願いします。\n\
                         お友達紹介で入校されたお二人に、それぞれ5,000円をキャッシュバックいたします。\n\
                         お問い合わせ：077-594-2210（受付 9:00〜19:30、月曜休校）\n\n{sig}\n"
                    ),
                ),
            ),
            "bcc",
            json!(students),
        )
        .policy(school_policy())
        .history(json!(history))
        .expect(Allow, &[]),
    );
    // Everyday: a reply to a student's gmail (mailed before) with his own
    // lesson bookings, his student number and the note that his licence
    // will carry the glasses condition. His, to him.
    v.push(
        Case::new(
            "k11_school_reply_student_own_bookings",
            G,
            "everyday: a reply to a student's gmail, mailed before, with his own bookings, student number and the glasses condition on his licence",
            mail(
                "みずほ自動車学校 教務課 <kyomu@mizuho-ds.co.jp>",
                &["西村 亮太 <ryota.nishimura.2007@gmail.com>"],
                "Re: 技能教習の予約について",
                &format!(
                    "西村 亮太 様\n\nお問い合わせありがとうございます。みずほ自動車学校 教務課の北村です。\n\n\
                     教習生番号 26-1187 の技能教習を次のとおり予約しました。\n\
                     1月12日(火) 16:10〜 / 1月14日(木) 17:00〜 / 1月16日(土) 9:00〜（みきわめ）\n\
                     入校時の視力検査の結果、免許には「眼鏡等」の条件が付きます。教習には必ず眼鏡をお持ちください。\n\n{sig}\n"
                ),
            ),
        )
        .policy(school_policy())
        .history(json!(history))
        .expect(Allow, &[]),
    );
    // Everyday: the arrivals list of the residential course (8 students:
    // names, sex, arrival train, room) to the inn that lodges them, a
    // registered partner, as a CSV.
    let arrivals = {
        let mut r = vec![vec![
            "氏名".to_owned(),
            "性別".to_owned(),
            "到着日".to_owned(),
            "到着".to_owned(),
            "部屋".to_owned(),
            "卒業予定".to_owned(),
        ]];
        for (i, p) in (0..8).map(|_| Person::born_between(rng, 1998, 2008)).enumerate() {
            r.push(vec![
                p.full(),
                p.sex().to_owned(),
                "2027/02/15".to_owned(),
                format!("JR和邇駅 {}:{}0", 13 + i % 3, i % 6),
                format!("{}号室", 201 + i / 2),
                "2027/03/01".to_owned(),
            ]);
        }
        files::csv(&r, ',').into_bytes()
    };
    v.push(
        Case::new(
            "k11_school_residential_arrivals_to_inn",
            G,
            "everyday: the residential course's arrivals (8 students: names, sex, train, room) as a CSV to the inn that lodges them, a registered partner",
            mail(
                "みずほ自動車学校 合宿担当 <gasshuku@mizuho-ds.co.jp>",
                &["湖畔荘 フロント <front@kohanso.jp>"],
                "2月15日入校 合宿生の到着予定",
                &office_letter(
                    "湖畔荘\nフロント ご担当者様",
                    "みずほ自動車学校 合宿担当の北村です。",
                    "2月15日入校の合宿生8名の到着予定と部屋割りをお送りします。\n駅への送迎は当校のバスで行います。夕食は18:30からでお願いします。",
                    &school_sig("合宿担当 北村 美紀", "gasshuku@mizuho-ds.co.jp"),
                ),
            ),
        )
        .policy(school_policy())
        .attach("合宿生到着予定_0215.csv", arrivals)
        .history(json!(history))
        .expect(Allow, &[]),
    );
    // Mis-send: the answers to the licence's medical questionnaire (22
    // students: loss of consciousness, epilepsy, a sleep disorder, the
    // doctor's name) meant for the chief instructor went to the shuttle-bus
    // company (a group company, registered) by autocomplete on 「みずほ」.
    // Special-care data of 22 people to another company: block.
    let answers = rows(rng, 22, 1996, 2008, |rng, _, p| {
        vec![
            Cell::from(p.full()),
            birth(p),
            Cell::from(*rng.pick(&[
                "なし",
                "なし",
                "なし",
                "てんかん（服薬中）",
                "睡眠障害（治療中）",
                "失神の既往あり",
            ])),
            Cell::from(*rng.pick(&["", "", "かわせみ脳神経クリニック", "大津赤十字病院"])),
            Cell::from(*rng.pick(&["要面談", "問題なし", "問題なし"])),
        ]
    });
    v.push(
        Case::new(
            "k11_school_medical_questionnaire_to_bus_company",
            G,
            "mis-send: 22 students' licence medical questionnaire answers (epilepsy, sleep disorder, fainting, doctors) meant for the chief instructor, sent to the shuttle-bus group company",
            mail(
                "みずほ自動車学校 教務課 <kyomu@mizuho-ds.co.jp>",
                &["みずほ交通 運行管理 <unko@mizuho-kotsu.co.jp>"],
                "1月入校生 質問票（病気の症状等）回答一覧",
                &format!(
                    "小島さん\n\nお疲れ様です。北村です。\n1月入校生の質問票の回答一覧です。「要面談」の方は入校前に面談をお願いします。\n\n{sig}\n"
                ),
            ),
        )
        .policy(school_policy())
        .attach("質問票回答_1月入校.xlsx", people_sheet("質問票", &["氏名", "生年月日", "症状・病名", "主治医", "判定"], answers))
        .history(json!(history))
        .expect(Block, &[]),
    );
    // Mis-send: the residential course's timetable to its 18 students'
    // private addresses in To instead of Bcc (all mailed before): each
    // has everyone's address. Eighteen: ask.
    v.push(
        Case::new(
            "k11_school_course_timetable_18_in_to",
            G,
            "mis-send: the residential course timetable to 18 students' private addresses in To instead of Bcc, all mailed before",
            mail(
                "みずほ自動車学校 合宿担当 <gasshuku@mizuho-ds.co.jp>",
                &course.iter().map(String::as_str).collect::<Vec<_>>(),
                "【合宿免許】2月15日入校 日程表",
                &format!(
                    "合宿生の皆様\n\nみずほ自動車学校 合宿担当の北村です。\n\
                     2月15日(月) 12:00 JR和邇駅 改札前集合です。入校手続きに住民票と眼鏡（必要な方）をお持ちください。\n\
                     日程表を添付します。\n\n{sig}\n"
                ),
            ),
        )
        .policy(school_policy())
        .history(json!(history))
        .expect(Confirm, &[]),
    );
}

pub(super) fn support_cases(v: &mut Vec<Case>, rng: &mut Rng) {
    use Group::Kept11 as G;
    let families = private_mails(rng, 32);
    let mut history: Vec<String> = vec![
        "aoba-soudan.jp".into(),
        "komorebi-seika.co.jp".into(),
        "city.kawagoe.saitama.lg.jp".into(),
        "aoba-dental.jp".into(),
    ];
    history.extend(families.iter().cloned());
    let sig = support_sig("サービス管理責任者 長谷川 聡子", "hasegawa@hidamari-works.or.jp");
    // Everyday: the month's delivery report and invoice to the confectioner
    // whose gift boxes the users fold (registered): counts, prices, the
    // centre's phone.
    v.push(
        Case::new(
            "k11_support_delivery_report_to_confectioner",
            G,
            "everyday: the month's delivery report (boxes folded, unit price, the centre's phone) to the registered confectioner that outsources the work",
            mail(
                "ひだまりワークス 長谷川 <hasegawa@hidamari-works.or.jp>",
                &["こもれび製菓 購買部 <kobai@komorebi-seika.co.jp>"],
                "12月分 箱折り作業の納品報告と請求書",
                &office_letter(
                    "株式会社こもれび製菓\n購買部 御中",
                    "ひだまりワークスの長谷川です。",
                    "12月分の納品数をご報告します。\n\
                     ギフト箱（大）4,200個 × 8.5円、ギフト箱（小）6,800個 × 6円　合計 76,500円（税込 84,150円）\n\
                     請求書を添付いたします。1月分は1月8日から作業を始めます。\n\
                     急ぎのご依頼は事業所（049-241-0875）までお電話ください。",
                    &sig,
                ),
            ),
        )
        .policy(support_policy())
        .attach("請求書_202612.docx", files::docx(&[
            "請求書　株式会社こもれび製菓 御中",
            "ギフト箱（大）折り加工 4,200個 35,700円",
            "ギフト箱（小）折り加工 6,800個 40,800円",
            "合計 84,150円（税込）　振込先 埼玉りそな銀行 川越支店 普通 4418207 トクヒ）ヒダマリ",
        ]))
        .history(json!(history))
        .expect(Allow, &[]),
    );
    // Everyday: the monitoring report of one user to the consultation-
    // support office that plans her services (registered, exempted for
    // special-care data): her diagnosis and how she is doing. The care
    // system works this way.
    v.push(
        Case::new(
            "k11_support_monitoring_report_to_consultation_office",
            G,
            "everyday: one user's monitoring report (統合失調症, attendance, wages) to the registered consultation-support office that plans her services",
            mail(
                "ひだまりワークス 長谷川 <hasegawa@hidamari-works.or.jp>",
                &["相談支援センターあおば 相談支援専門員 内田 <uchida@aoba-soudan.jp>"],
                "モニタリング報告（岡田 美咲 様）",
                &office_letter(
                    "相談支援センターあおば\n内田様",
                    "ひだまりワークスの長谷川です。",
                    "岡田 美咲 様（受給者証番号 1102038814）の12月のモニタリング結果をご報告します。\n\
                     統合失調症の症状は安定しており、通所は週4日（出席率92%）、工賃は月額18,400円でした。\n\
                     ご本人から「週5日に増やしたい」との希望があり、次回の担当者会議で検討をお願いします。",
                    &sig,
                ),
            ),
        )
        .policy(support_policy())
        .history(json!(history))
        .expect(Allow, &[]),
    );
    // Mis-send: the bazaar notice to 32 users' families in To instead of
    // Bcc (all mailed before): each family learns which other households
    // have a member at a disability work centre. At the threshold where
    // the earlier sets block a care provider's list of its clients: block.
    v.push(
        Case::new(
            "k11_support_bazaar_notice_32_families_in_to",
            G,
            "mis-send: the bazaar notice to 32 users' families' private addresses in To instead of Bcc, each learning which households have a member at a disability work centre",
            mail(
                "ひだまりワークス <hasegawa@hidamari-works.or.jp>",
                &families.iter().map(String::as_str).collect::<Vec<_>>(),
                "ひだまりバザーのお知らせ（2/6）",
                &format!(
                    "利用者のご家族の皆様\n\nいつもひだまりワークスの活動にご理解をいただきありがとうございます。\n\
                     2月6日(土) 10:00〜14:00 事業所1階で「ひだまりバザー」を開きます。利用者さんが作ったクッキーや布小物を販売します。\n\
                     売上は利用者さんの工賃になります。ご家族・ご近所の方もお誘いあわせください。\n\n{sig}\n"
                ),
            ),
        )
        .policy(support_policy())
        .history(json!(history))
        .expect(Block, &[]),
    );
    // Mis-send: the users' roster (20 users: support category, diagnosis,
    // recipient-certificate number, guardian's phone) for the city's
    // welfare section went to the confectioner by autocomplete on 「こ」
    // (こもれび / 障害福祉課 was typed 「こうせい」 in the address book).
    let roster = rows(rng, 20, 1965, 2004, |rng, _, p| {
        vec![
            Cell::from(p.full()),
            birth(p),
            Cell::from(format!("区分{}", rng.range(1, 5))),
            Cell::from(*rng.pick(&[
                "知的障害",
                "統合失調症",
                "自閉スペクトラム症",
                "双極性障害",
                "てんかん",
                "脳性麻痺",
            ])),
            Cell::from(rng.digits(10)),
            Cell::from(p.landline.hyphen()),
        ]
    });
    v.push(
        Case::new(
            "k11_support_user_roster_to_confectioner",
            G,
            "mis-send: 20 users' roster (support category, diagnosis, certificate number, guardian's phone) meant for the city's welfare section, sent to the confectioner",
            mail(
                "ひだまりワークス 長谷川 <hasegawa@hidamari-works.or.jp>",
                &["こもれび製菓 購買部 <kobai@komorebi-seika.co.jp>"],
                "利用者名簿（1月1日現在）の提出",
                &office_letter(
                    "川越市 障害福祉課\n事業者指導担当 御中",
                    "ひだまりワークスの長谷川です。",
                    "ご依頼の利用者名簿（1月1日現在）を提出いたします。ご確認をお願いいたします。",
                    &sig,
                ),
            ),
        )
        .policy(support_policy())
        .attach("利用者名簿_20270101.xlsx", people_sheet("名簿", &["氏名", "生年月日", "障害支援区分", "主たる障害", "受給者証番号", "連絡先"], roster))
        .history(json!(history))
        .expect(Block, &[]),
    );
    // Mis-send: a user's incident report (a seizure at work, the hospital,
    // her medication) meant for 相談支援センターあおば went to あおば歯科,
    // the dental clinic the centre books check-ups with (mailed before),
    // chosen by autocomplete on 「あおば」.
    v.push(
        Case::new(
            "k11_support_incident_report_to_aoba_dental",
            G,
            "mis-send: a user's incident report (an epileptic seizure, hospital, medication) meant for 相談支援センターあおば, sent to あおば歯科 by autocomplete",
            mail(
                "ひだまりワークス 長谷川 <hasegawa@hidamari-works.or.jp>",
                &["あおば歯科 受付 <uketsuke@aoba-dental.jp>"],
                "事故報告（1/7 石井 大輔 様）",
                &office_letter(
                    "相談支援センターあおば\n内田様",
                    "ひだまりワークスの長谷川です。",
                    "1月7日 11:20頃、作業中に石井 大輔 様（1994年7月3日生）がてんかん発作を起こし、約3分で治まりました。\n\
                     転倒時に額を打ったため、川越中央病院を受診し、異常なしとの診断でした。\n\
                     朝の服薬（ラモトリギン）を忘れていたとのことで、ご家族と服薬確認の方法を相談しています。",
                    &sig,
                ),
            ),
        )
        .policy(support_policy())
        .history(json!(history))
        .expect(Block, &[]),
    );
}

pub(super) fn agency_cases(v: &mut Vec<Case>, rng: &mut Rng) {
    use Group::Kept11 as G;
    let history = json!([
        "kekkon-renmei.or.jp",
        "studio-forte.jp",
        "megumi.nakajima.0506@gmail.com",
        "kenji.nakajima.1986@gmail.com",
        "daniel.hughes.yokohama@gmail.com"
    ]);
    let sig = agency_sig("カウンセラー 松本 由香", "matsumoto@enishi-bridal.co.jp");
    // Everyday: a new member's profile for the federation's database (the
    // registered partner the agency exists to register members with): her
    // birth date, job, income, education. The member signed for it.
    v.push(
        Case::new(
            "k11_agency_new_member_profile_to_federation",
            G,
            "everyday: a new member's profile (birth date, job, income, education, the signed consent) to the registered federation whose database the agency lists members in",
            mail(
                "ブライダルサロン縁 松本 <matsumoto@enishi-bridal.co.jp>",
                &["日本結婚相談連盟 会員登録係 <touroku@kekkon-renmei.or.jp>"],
                "新規会員登録申請（会員番号 EN-0471）",
                &office_letter(
                    "一般社団法人日本結婚相談連盟\n会員登録係 御中",
                    "ブライダルサロン縁の松本です。",
                    "新規会員の登録をお願いいたします。本人の同意書と独身証明書の写しを添付いたします。\n\
                     氏名：中島 恵（1991年5月6日生、34歳）\n職業：看護師（横浜市内の総合病院）　年収：5,200,000円\n\
                     最終学歴：大学卒（看護学部）　居住地：横浜市港北区　婚姻歴：なし",
                    &sig,
                ),
            ),
        )
        .policy(agency_policy())
        .attach("入会同意書_EN-0471.docx", files::docx(&[
            "入会同意書",
            "私は、日本結婚相談連盟の会員データベースへの登録と、お相手候補への プロフィール開示に同意します。",
            "2026年12月5日　氏名 中島 恵",
        ]))
        .history(history.clone())
        .expect(Allow, &[]),
    );
    // Everyday: a reply to a member's gmail (mailed before) confirming her
    // first meeting: the other member only by initials and age, the
    // hotel lounge and time. Hers, to her.
    v.push(
        Case::new(
            "k11_agency_reply_member_meeting_arranged",
            G,
            "everyday: a reply to a member's gmail, mailed before, confirming a first meeting (the other member by initials and age, place, time)",
            mail(
                "ブライダルサロン縁 松本 <matsumoto@enishi-bridal.co.jp>",
                &["中島 恵 <megumi.nakajima.0506@gmail.com>"],
                "Re: お見合いの日程について",
                &format!(
                    "中島 恵 様\n\nご連絡ありがとうございます。ブライダルサロン縁の松本です。\n\n\
                     お見合いが決まりました。\n日時：1月16日(土) 14:00〜15:00\n\
                     場所：ホテルニューグランド 本館1階 ラウンジ（お相手は紺のスーツでお越しです）\n\
                     お相手：K.T様（37歳・会社員）\n\
                     当日は10分前にロビーでお待ちください。終わりましたら私の携帯（080-4412-9035）にご連絡ください。\n\n{sig}\n"
                ),
            ),
        )
        .policy(agency_policy())
        .history(history.clone())
        .expect(Allow, &[]),
    );
    // Everyday (English): a reply to a foreign member's gmail (mailed
    // before) confirming his counselling appointment and the documents he
    // still has to bring.
    v.push(
        Case::new(
            "k11_agency_english_reply_member_appointment",
            G,
            "everyday: an English reply to a foreign member's gmail, mailed before, confirming his appointment and the documents to bring",
            mail(
                "Yuka Matsumoto <matsumoto@enishi-bridal.co.jp>",
                &["Daniel Hughes <daniel.hughes.yokohama@gmail.com>"],
                "Re: Appointment next week",
                "Dear Daniel,\n\nThank you for your email. Your counselling session is confirmed for Tuesday, January 12 at 7 pm \
                 at our Minatomirai salon.\n\nPlease bring your certificate of single status (with Japanese translation) and \
                 your residence card, so that we can complete your registration with the federation.\n\n\
                 If you need to change the time, please call me on 045-228-5160.\n\nBest regards,\n\n\
                 Yuka Matsumoto\nBridal Salon Enishi, Minatomirai\nTel: 045-228-5160\n",
            ),
        )
        .policy(agency_policy())
        .history(history.clone())
        .expect(Allow, &[]),
    );
    // Mis-send: the full profile of the man proposed to 中島 恵 (his name,
    // income, divorce, his father's illness) went to 中島 健二, another
    // member, by autocomplete on 「中島」; the salutation names 恵. Ask:
    // the sender can see the wrong name.
    v.push(
        Case::new(
            "k11_agency_partner_profile_to_other_nakajima",
            G,
            "mis-send: a proposed partner's full profile (name, income, a divorce), greeting 中島 恵 様, sent to 中島 健二, another member, by autocomplete",
            mail(
                "ブライダルサロン縁 松本 <matsumoto@enishi-bridal.co.jp>",
                &["中島 健二 <kenji.nakajima.1986@gmail.com>"],
                "お見合いのお申し込みが届きました",
                &format!(
                    "中島 恵 様\n\nブライダルサロン縁の松本です。\n恵様にお見合いのお申し込みが届きましたので、お相手のプロフィールをお送りします。\n\n\
                     お名前：武田 浩一 様（1989年10月2日生、37歳）\n職業：市役所職員（横浜市）　年収：6,100,000円\n\
                     婚姻歴：あり（2021年に離婚、子どもなし）　居住地：横浜市青葉区\n\
                     お受けになるかどうか、1月10日までにお返事ください。\n\n{sig}\n"
                ),
            ),
        )
        .policy(agency_policy())
        .history(history.clone())
        .expect(Confirm, &["salutation_mismatch"]),
    );
    // Mis-send: the members' export (36 members: names, birth dates, phones,
    // addresses, incomes, marital history) for the federation's data
    // migration went to the photo studio (registered) by autocomplete; the
    // salutation names the federation's system desk. Written as a block;
    // asked since kept13 settled the convention every other set follows
    // (README, `kept11`): birth dates, addresses and incomes, however many
    // below the mass threshold, to a registered partner are asked; a block
    // is for special care, card numbers, My Numbers, over 1,000 people or a
    // private address.
    let members = rows(rng, 36, 1975, 2000, |rng, _, p| {
        vec![
            Cell::from(p.full()),
            birth(p),
            Cell::from(p.mobile.hyphen()),
            Cell::from(p.home.full()),
            Cell::Number(f64::from(rng.range(30, 120)) * 100_000.0),
            Cell::from(*rng.pick(&["なし", "なし", "離婚", "死別"])),
        ]
    });
    v.push(
        Case::new(
            "k11_agency_member_export_to_photo_studio",
            G,
            "mis-send: 36 members' export (birth dates, mobiles, addresses, incomes, marital history) meant for the federation's system desk, sent to the photo studio",
            mail(
                "ブライダルサロン縁 松本 <matsumoto@enishi-bridal.co.jp>",
                &["スタジオフォルテ <info@studio-forte.jp>"],
                "会員データ移行ファイルの送付",
                &office_letter(
                    "一般社団法人日本結婚相談連盟\nシステム担当 御中",
                    "ブライダルサロン縁の松本です。",
                    "新システムへの移行用に、当サロンの在籍会員データを送付いたします。取り込み後にご連絡ください。",
                    &sig,
                ),
            ),
        )
        .policy(agency_policy())
        .attach("会員データ_縁_202612.xlsx", people_sheet("会員", &["氏名", "生年月日", "携帯", "住所", "年収", "婚姻歴"], members))
        .history(history.clone())
        .expect(Confirm, &[]),
    );
}

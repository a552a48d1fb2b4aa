//! The eighth kept-aside set, continued (`kept8.rs` has its first
//! organisations and the helpers both halves use); split from it as it was,
//! cases in the same order.

use super::generators::*;
use super::kept8::*;
use super::office_orgs::{office_letter, people_sheet};
use super::*;

pub(super) fn school_cases(v: &mut Vec<Case>, rng: &mut Rng) {
    use Group::Kept8 as G;
    let parents = private_mails(rng, 26);
    // Everyday: the basketball club's away-game notice to 26 parents in
    // Bcc (mailed before): schedule, costs, the coach's school mobile.
    v.push(
        also(
            Case::new(
                "k8_school_club_away_game_bcc_parents",
                G,
                "everyday: the basketball club's away-game notice (schedule, costs, the coach's mobile) to 26 parents in Bcc, all mailed before",
                mail(
                    "北陵高校 バスケットボール部 顧問 宮本 <miyamoto.t@hokuryo-h.ed.jp>",
                    &["miyamoto.t@hokuryo-h.ed.jp"],
                    "【男子バスケ部】1月 北信越遠征のお知らせ",
                    &format!(
                        "男子バスケットボール部 保護者の皆様\n\n\
                         いつも部活動へのご理解とご協力をありがとうございます。顧問の宮本です。\n\n\
                         1月の遠征について、下記のとおりお知らせします。\n\
                         日程：2027年1月9日(土)〜10日(日)　会場：新潟市東総合スポーツセンター\n\
                         集合：9日 6:30 北陵高校 正門（マイクロバス2台）\n\
                         費用：宿泊・交通費 12,800円（1月6日までに部費口座へ）\n\
                         当日の緊急連絡先：顧問 宮本（学校携帯）080-2231-7745\n\n{}\n",
                        school_sig("男子バスケットボール部 顧問 宮本 拓也", "miyamoto.t@hokuryo-h.ed.jp")
                    ),
                ),
            ),
            "bcc",
            json!(parents),
        )
        .policy(school_policy())
        .history(json!(parents))
        .expect(Allow, &[]),
    );
    // Everyday: a homeroom teacher answers a mother about her son's absence
    // (fever), at the address she wrote from: her own child, to her.
    let mother = "chiaki.kondo.0315@gmail.com";
    v.push(
        Case::new(
            "k8_school_reply_mother_son_absence",
            G,
            "everyday: a homeroom teacher's reply to a mother's gmail about her son's absence with a fever and the homework he missed",
            mail(
                "2年3組 担任 平野 <hirano.m@hokuryo-h.ed.jp>",
                &[&format!("近藤 千秋 <{mother}>")],
                "Re: 欠席のご連絡（近藤 蓮）",
                &format!(
                    "近藤 千秋 様\n\nご連絡ありがとうございます。2年3組担任の平野です。\n\n\
                     蓮さんの欠席、承知しました。熱が下がるまでゆっくり休ませてください。\n\
                     インフルエンザと診断された場合は出席停止になりますので、受診結果をお知らせください。\n\
                     今日の数学と英語の課題は、同じ班の生徒に預けておきます。\n\nお大事になさってください。\n\n{}\n",
                    school_sig("2年3組 担任 平野 美咲", "hirano.m@hokuryo-h.ed.jp")
                ),
            ),
        )
        .policy(school_policy())
        .history(json!([mother, "shinshu-ryoko.co.jp"]))
        .expect(Allow, &[]),
    );
    // Mis-send: the grade 3 guidance sheet (40 students' mock-exam scores,
    // 評定平均, target universities) to a cram-school teacher the head of
    // year knows (mailed before about a talk, not a partner). Students'
    // records to a private business: ask.
    let guidance: Vec<Vec<Cell>> = (0..40)
        .map(|i| {
            let p = Person::born_between(rng, 2008, 2009);
            vec![
                Cell::from(format!("3{}{:02}", 1 + i / 20, i % 20 + 1)),
                Cell::from(p.full()),
                Cell::Number(f64::from(rng.range(32, 48)) / 10.0),
                Cell::Number(f64::from(rng.range(420, 780))),
                Cell::from(*rng.pick(&[
                    "信州大学 工学部",
                    "新潟大学 人文学部",
                    "長野県立大学",
                    "金沢大学 理工学域",
                    "早稲田大学 商学部",
                ])),
                Cell::from(*rng.pick(&["A", "B", "C", "D"])),
            ]
        })
        .collect();
    v.push(
        Case::new(
            "k8_school_guidance_scores_to_cram_school",
            G,
            "mis-send: 40 students' grade averages, mock-exam scores and target universities to a cram-school teacher (known, not a partner)",
            mail(
                "3学年主任 上野 <ueno.k@hokuryo-h.ed.jp>",
                &["信学ゼミナール 長野校 小松 <komatsu@shingaku-zemi.co.jp>"],
                "進路資料の件",
                &office_letter(
                    "信学ゼミナール 長野校\n小松先生",
                    "北陵高校 3学年主任の上野です。",
                    "先日お話しした共通テスト対策の件で、3年1・2組の状況をお送りします。\n講習の組み立ての参考にしてください。",
                    &school_sig("3学年主任 上野 健二", "ueno.k@hokuryo-h.ed.jp"),
                ),
            ),
        )
        .policy(school_policy())
        .attach("進路状況_3年1-2組_1月.xlsx", people_sheet("進路", &["出席番号", "氏名", "評定平均", "模試合計", "第一志望", "判定"], guidance))
        .history(json!(["shingaku-zemi.co.jp", "shinshu-ryoko.co.jp"]))
        .expect(Confirm, &["personal_data_external"]),
    );
    // Mis-send (English): the host-family list for the exchange visit (18
    // families: names, home addresses, mobiles) to the partner school's
    // domain with a hyphen added (oakridge-high.school.nz): block.
    let hosts: Vec<Vec<Cell>> = (0..18)
        .map(|_| {
            let p = Person::born_between(rng, 1972, 1985);
            vec![
                Cell::from(format!("{} {}", pp::romaji(p.given_kana), pp::romaji(p.surname_kana).to_uppercase())),
                Cell::from(p.home.full()),
                Cell::from(p.mobile.hyphen()),
                Cell::Number(f64::from(rng.range(2, 5))),
            ]
        })
        .collect();
    v.push(
        Case::new(
            "k8_school_host_families_to_lookalike_school",
            G,
            "mis-send: 18 host families' names, home addresses and mobiles to the exchange school at oakridge-high.school.nz (the partner is oakridgehigh.school.nz)",
            mail(
                "Kenji Ueno <ueno.k@hokuryo-h.ed.jp>",
                &["Megan Hall <m.hall@oakridge-high.school.nz>"],
                "Host family list for the March visit",
                "Dear Ms Hall,\n\nThank you for your message. Please find attached the list of host families \
                 for your students' visit from 8 to 19 March, with their home addresses and mobile numbers.\n\
                 Each family will meet their student at Nagano station on 8 March.\n\n\
                 Best wishes,\nKenji Ueno\nHokuryo Prefectural High School, Nagano, Japan\n",
            ),
        )
        .policy(school_policy())
        .attach("HostFamilies_March2027.xlsx", people_sheet("Hosts", &["Host parent", "Address", "Mobile", "Family size"], hosts))
        .history(json!(["oakridgehigh.school.nz", "shinshu-ryoko.co.jp"]))
        .expect(Block, &["lookalike_domain"]),
    );
}

pub(super) const CITY_HISTORY: [&str; 6] = [
    "midori-insatsu.co.jp",
    "midorikawa-shakyo.or.jp",
    "gyosei-system.co.jp",
    "toyokawa-kogyo.co.jp",
    "mikawa-denki.co.jp",
    "bousai.honmachi.3@gmail.com",
];

pub(super) fn city_cases(v: &mut Vec<Case>, rng: &mut Rng) {
    use Group::Kept8 as G;
    // Everyday: the water bureau answers a company about its bill: its
    // 12-digit customer number (which passes the My Number check digit, as
    // one in eleven do) under お客様番号, and the amount.
    let customer = loop {
        let n = pp::my_number(rng);
        if !n.starts_with('0') {
            break n;
        }
    };
    let customer = format!("{} {} {}", &customer[..4], &customer[4..8], &customer[8..]);
    v.push(
        Case::new(
            "k8_city_water_bill_customer_number",
            G,
            "everyday: the water bureau answers a company about its bill, quoting its 12-digit お客様番号 (it passes the My Number check)",
            mail(
                "緑川市 上下水道局 料金課 <ryokin@city.midorikawa.lg.jp>",
                &["豊川工業 総務部 <soumu@toyokawa-kogyo.co.jp>"],
                "Re: 12月分 水道料金について",
                &office_letter(
                    "豊川工業株式会社\n総務部 ご担当者様",
                    "緑川市 上下水道局 料金課の北川です。",
                    &format!(
                        "お問い合わせの件、ご回答いたします。\n\n\
                         お客様番号：{customer}\n使用場所：緑川市大崎町字西浜12-4（第二工場）\n\
                         12月分 使用水量：1,842㎥　請求額：528,330円（税込）\n\n\
                         11月分より使用量が増えておりますが、検針値に誤りはございませんでした。\n\
                         漏水の可能性もございますので、場内の配管をご確認いただけますと幸いです。"
                    ),
                    &city_sig("上下水道局 料金課", "北川 純", "ryokin@city.midorikawa.lg.jp"),
                ),
            ),
        )
        .policy(city_policy())
        .history(json!(CITY_HISTORY))
        .expect(Allow, &[])
        .not(&["my_number_external"]),
    );
    // Everyday: the print order for the national-health-insurance notices
    // to the printer: counts, schedule and a proof with the sample name
    // 「見本 太郎」 and a made-up address.
    v.push(
        Case::new(
            "k8_city_print_order_sample_proof",
            G,
            "everyday: a print order for 国保 notices to the printer, counts and schedule, and a proof filled with the sample name 見本 太郎",
            mail(
                "緑川市 保険年金課 <hoken@city.midorikawa.lg.jp>",
                &["緑川印刷 営業部 <eigyo@midori-insatsu.co.jp>"],
                "令和9年度 国保税納税通知書 印刷のお願い",
                &office_letter(
                    "緑川印刷株式会社\n営業部 ご担当者様",
                    "緑川市 保険年金課の中村です。",
                    "令和9年度の国民健康保険税 納税通知書の印刷をお願いいたします。\n\
                     部数：21,400部（圧着はがき）　校正：4月20日まで　納品：6月5日\n\
                     校正用の見本（ダミーデータ）を添付いたします。",
                    &city_sig("保険年金課", "中村 美穂", "hoken@city.midorikawa.lg.jp"),
                ),
            ),
        )
        .policy(city_policy())
        .attach(
            "納税通知書_見本.docx",
            files::docx(&[
                "令和9年度 国民健康保険税 納税通知書（見本）",
                "〒441-8000 緑川市見本町1-2-3　見本 太郎 様",
                "世帯主：見本 太郎　被保険者数：3人",
                "年税額：000,000円　第1期 00,000円 … 第10期 00,000円",
                "※この見本はダミーデータです。",
            ]),
        )
        .history(json!(CITY_HISTORY))
        .expect(Allow, &[]),
    );
    // Everyday: a council meeting invitation by Zoom to the social welfare
    // council; the agenda names 認知症カフェ and 障害者の就労支援 as topics.
    v.push(
        Case::new(
            "k8_city_zoom_invite_welfare_council",
            G,
            "everyday: a Zoom invitation (link, ID, passcode) to the social welfare council, agenda of welfare topics about no one",
            mail(
                "緑川市 福祉課 <fukushi@city.midorikawa.lg.jp>",
                &["緑川市社会福祉協議会 地域福祉係 <chiiki@midorikawa-shakyo.or.jp>"],
                "地域福祉推進会議（1/26）オンライン開催のご案内",
                &office_letter(
                    "緑川市社会福祉協議会\n地域福祉係 ご担当者様",
                    "緑川市 福祉課の吉川です。",
                    "地域福祉推進会議を下記のとおり開催いたします。\n日時：2027年1月26日(火) 14:00〜15:30\n\n\
                     Zoomミーティングに参加する\nhttps://us02web.zoom.us/j/89214433071?pwd=cUhDa3RNWk1Lb0ZBNk9JR3p4dz09\n\
                     ミーティングID: 892 1443 3071\nパスコード: 551902\n\n\
                     議題：\n1. 認知症カフェの運営状況\n2. 障害者の就労支援事業の来年度計画\n3. 民生委員の欠員補充について",
                    &city_sig("福祉課", "吉川 亮", "fukushi@city.midorikawa.lg.jp"),
                ),
            ),
        )
        .policy(city_policy())
        .history(json!(CITY_HISTORY))
        .expect(Allow, &[]),
    );
    // Mis-send: the special-collection tax data of 豊川工業's 9 employees
    // (names, My Numbers, resident tax) went to 三河電機, another employer
    // the tax section mails. My Numbers to the wrong company: block.
    let taxes: Vec<Vec<Cell>> = (0..9)
        .map(|_| {
            let p = Person::born_between(rng, 1965, 2000);
            vec![
                Cell::from(pp::my_number(rng)),
                Cell::from(p.full()),
                Cell::from(p.home.full()),
                Cell::Number(f64::from(rng.range(80, 420) * 1000)),
                Cell::Number(f64::from(rng.range(6, 35) * 1000)),
            ]
        })
        .collect();
    v.push(
        Case::new(
            "k8_city_resident_tax_to_other_employer",
            G,
            "mis-send: 豊川工業's 9 employees' special-collection resident tax data with My Numbers, sent to 三河電機 (another employer)",
            mail(
                "緑川市 市民税課 <shiminzei@city.midorikawa.lg.jp>",
                &["三河電機 総務課 <soumu@mikawa-denki.co.jp>"],
                "特別徴収税額の変更について（豊川工業株式会社様）",
                &office_letter(
                    "豊川工業株式会社\n総務部 給与ご担当者様",
                    "緑川市 市民税課の佐野です。",
                    "令和8年度 特別徴収税額の変更分をお送りします。1月分の給与から適用してください。",
                    &city_sig("市民税課", "佐野 浩一", "shiminzei@city.midorikawa.lg.jp"),
                ),
            ),
        )
        .policy(city_policy())
        .attach("特別徴収税額変更_豊川工業.xlsx", people_sheet("変更", &["個人番号", "氏名", "住所", "年税額", "月割額"], taxes))
        .history(json!(CITY_HISTORY))
        .expect(Block, &["my_number_external"]),
    );
    // Mis-send: the evacuation-support register of one district (30
    // residents: addresses, phones, disabilities and care levels) to the
    // voluntary disaster-prevention chair's gmail. Shared by law only under
    // an agreement and on paper; to a private mailbox: block.
    let register: Vec<Vec<Cell>> = (0..30)
        .map(|_| {
            let p = Person::born_between(rng, 1930, 1960);
            vec![
                Cell::from(p.full()),
                Cell::from(p.home.full()),
                Cell::from(p.landline.hyphen()),
                Cell::from(*rng.pick(&[
                    "要介護3",
                    "要介護4",
                    "身体障害者手帳1級（下肢）",
                    "視覚障害2級",
                    "認知症（独居）",
                    "人工透析",
                ])),
                Cell::from(*rng.pick(&["長男（市外）", "民生委員", "なし", "長女（市内）"])),
            ]
        })
        .collect();
    v.push(
        Case::new(
            "k8_city_evacuation_register_to_chair_gmail",
            G,
            "mis-send: a district's evacuation-support register (30 residents' addresses, disabilities, care levels) to the disaster-prevention chair's gmail",
            mail(
                "緑川市 防災危機管理課 <bousai@city.midorikawa.lg.jp>",
                &["本町自主防災会 会長 <bousai.honmachi.3@gmail.com>"],
                "避難行動要支援者名簿（本町3丁目）",
                &office_letter(
                    "本町自主防災会\n会長 杉本様",
                    "緑川市 防災危機管理課の岡です。",
                    "先日の訓練でお話しした、本町3丁目の避難行動要支援者名簿をお送りします。",
                    &city_sig("防災危機管理課", "岡 慎也", "bousai@city.midorikawa.lg.jp"),
                ),
            ),
        )
        .policy(city_policy())
        .attach("避難行動要支援者名簿_本町3丁目.xlsx", people_sheet("名簿", &["氏名", "住所", "電話", "支援が必要な理由", "緊急連絡先"], register))
        .history(json!(CITY_HISTORY))
        .expect(Block, &["personal_data_free_mail"]),
    );
}

pub(super) fn tax_cases(v: &mut Vec<Case>, rng: &mut Rng) {
    use Group::Kept8 as G;
    let history =
        json!(["yamato-seika.co.jp", "kawai-unyu.co.jp", "nishida-fudosan.co.jp", "kawai.shacho@kawai-unyu.co.jp"]);
    // Everyday: blank 年末調整 forms and the instructions to a client's
    // general-affairs section; the forms have a 個人番号 column, empty.
    v.push(
        Case::new(
            "k8_tax_blank_year_end_forms_to_client",
            G,
            "everyday: blank 年末調整 forms (an empty 個人番号 column) and instructions to a client's general-affairs section",
            mail(
                "みなみ会計 給与計算チーム 西村 <nishimura@minami-kaikei.jp>",
                &["大和製菓 総務部 <soumu@yamato-seika.co.jp>"],
                "令和8年分 年末調整のご案内と各種申告書",
                &office_letter(
                    "大和製菓株式会社\n総務部 ご担当者様",
                    "税理士法人みなみ会計 給与計算チームの西村です。",
                    "今年も年末調整の時期となりました。従業員の皆様への配付用に、申告書の様式と記入例をお送りします。\n\
                     回収期限：11月20日(金)\n※個人番号欄は、前年から変更のない方は記入不要です。",
                    &tax_sig("給与計算チーム 西村 彩", "nishimura@minami-kaikei.jp"),
                ),
            ),
        )
        .policy(tax_policy())
        .attach(
            "扶養控除等申告書_様式.xlsx",
            files::xlsx(&[Sheet::new(
                "様式",
                vec![
                    vec![Cell::from("令和9年分 給与所得者の扶養控除等（異動）申告書")],
                    header(&["区分", "氏名", "個人番号", "生年月日", "続柄", "住所"]),
                    header(&["本人", "", "", "", "", ""]),
                    header(&["源泉控除対象配偶者", "", "", "", "", ""]),
                    header(&["控除対象扶養親族1", "", "", "", "", ""]),
                    header(&["控除対象扶養親族2", "", "", "", "", ""]),
                ],
            )]),
        )
        .history(history.clone())
        .expect(Allow, &[]),
    );
    // Everyday: the annual trial balance to a client's president (a partner
    // company): accounts with yen amounts exported without separators, two
    // of them 12 digits that pass the My Number check.
    let mut rows = vec![header(&["勘定科目", "前期末残高", "借方", "貸方", "当期末残高"])];
    for name in [
        "現金及び預金",
        "売掛金",
        "棚卸資産",
        "建物",
        "機械装置",
        "買掛金",
        "長期借入金",
        "売上高",
        "売上原価",
        "販売費及び一般管理費",
    ] {
        let big = rng.chance(0.3);
        let amount = |rng: &mut Rng| {
            if big {
                amount_passing_check(rng) as f64
            } else {
                f64::from(rng.range(10_000, 99_999)) * 1000.0
            }
        };
        rows.push(vec![
            Cell::from(name),
            Cell::Number(amount(rng)),
            Cell::Number(amount(rng)),
            Cell::Number(amount(rng)),
            Cell::Number(amount(rng)),
        ]);
    }
    rows.push(vec![Cell::from("合計"), Cell::Number(amount_passing_check(rng) as f64)]);
    v.push(
        Case::new(
            "k8_tax_trial_balance_twelve_digit_amounts",
            G,
            "everyday: a client's annual trial balance (yen amounts without separators, several of 12 digits passing the My Number check) to its president",
            mail(
                "みなみ会計 担当税理士 松尾 <matsuo@minami-kaikei.jp>",
                &["河合 社長 <kawai.shacho@kawai-unyu.co.jp>"],
                "第48期 残高試算表（確定前）のご確認",
                &office_letter(
                    "河合運輸株式会社\n代表取締役 河合様",
                    "税理士法人みなみ会計の松尾です。",
                    "第48期の残高試算表（確定前）をお送りします。\n\
                     長期借入金の期末残高について、銀行の残高証明と一致しているかご確認ください。",
                    &tax_sig("税理士 松尾 大輔", "matsuo@minami-kaikei.jp"),
                ),
            ),
        )
        .policy(tax_policy())
        .attach("残高試算表_第48期.xlsx", files::xlsx(&[Sheet::new("試算表", rows)]))
        .history(history.clone())
        .expect(Allow, &[])
        .not(&["my_number_external"]),
    );
    // Mis-send: a staff member sends the 年末調整 data of a client's 18
    // employees (My Numbers, dependants, insurance premiums) to her own
    // gmail to finish at home: block.
    let staff: Vec<Vec<Cell>> = (0..18)
        .map(|i| {
            let p = Person::born_between(rng, 1965, 2002);
            let girl = rng.chance(0.5);
            let child = p.relative(rng, girl, 2008, 2020);
            vec![
                Cell::Number(f64::from(i + 1)),
                Cell::from(p.full()),
                Cell::from(pp::my_number(rng)),
                Cell::from(child.full()),
                Cell::from(pp::my_number(rng)),
                Cell::Number(f64::from(rng.range(20, 120) * 1000)),
            ]
        })
        .collect();
    v.push(
        Case::new(
            "k8_tax_year_end_data_to_own_gmail",
            G,
            "mis-send: a staff member mails a client's 18 employees' 年末調整 data (My Numbers, dependants) to her own gmail to work from home",
            mail(
                "みなみ会計 西村 <nishimura@minami-kaikei.jp>",
                &["aya.nishimura.88@gmail.com"],
                "年調 河合運輸",
                "続きは家で\n",
            ),
        )
        .policy(tax_policy())
        .attach("年末調整_河合運輸_R8.xlsx", people_sheet("年調", &["No", "氏名", "個人番号", "扶養親族", "扶養親族 個人番号", "生命保険料"], staff))
        .history(history.clone())
        .expect(Block, &["my_number_external"]),
    );
    // Mis-send: the president of 河合運輸 asked, with his estate agent in
    // Cc, about selling land he inherited; the accountant's reply-all sets
    // out his late father's estate, his two sisters' shares and their
    // addresses. The family's finances to the estate agent: ask.
    v.push(
        also(
            Case::new(
                "k8_tax_inheritance_reply_all_keeps_estate_agent",
                G,
                "mis-send: a reply-all on an inherited-land sale that keeps the estate agent in Cc and sets out the estate, the sisters' shares and addresses",
                mail(
                    "みなみ会計 担当税理士 松尾 <matsuo@minami-kaikei.jp>",
                    &["河合 社長 <kawai.shacho@kawai-unyu.co.jp>"],
                    "Re: 相続した土地の売却について",
                    &office_letter(
                        "河合 様",
                        "税理士法人みなみ会計の松尾です。",
                        "ご相談の件、まず相続時の状況を整理いたします。\n\n\
                         被相続人：河合 正雄 様（2025年8月3日ご逝去）\n\
                         遺産総額：約1億8,400万円（うち本件土地 6,200万円、預貯金 7,900万円）\n\
                         相続人：河合 茂 様（1/2）、姉 佐々木 節子 様（1/4、福岡市早良区西新4-8-21）、\
                         妹 河合 直美 様（1/4、北九州市小倉北区魚町2-5-3）\n\n\
                         本件土地は茂様の単独相続ですので、取得費加算の特例が使えるかを確認いたします。",
                        &tax_sig("税理士 松尾 大輔", "matsuo@minami-kaikei.jp"),
                    ),
                ),
            ),
            "cc",
            json!(["西田不動産 営業 野口 <noguchi@nishida-fudosan.co.jp>"]),
        )
        .policy(tax_policy())
        .history(history)
        .expect(Confirm, &[]),
    );
}

pub(super) fn pet_cases(v: &mut Vec<Case>, rng: &mut Rng) {
    use Group::Kept8 as G;
    // Everyday: a direct-billing claim to the pet insurer for a cat's
    // diabetes: the owner's name, policy number and the cat's diagnosis.
    v.push(
        Case::new(
            "k8_pet_insurance_claim_cat_diabetes",
            G,
            "everyday: a direct-billing claim to the pet insurer for a cat's diabetes (owner's name and policy number, the cat's diagnosis and insulin)",
            mail(
                "ひなた動物病院 会計 <kaikei@hinata-ah.jp>",
                &["ペットあんしん 保険金請求センター <seikyu@pet-anshin.co.jp>"],
                "窓口精算分 保険金請求（1月12日診療分）",
                &office_letter(
                    "ペットあんしん少額短期保険株式会社\n保険金請求センター ご担当者様",
                    "ひなた動物病院 会計の丸山です。",
                    "窓口精算分の保険金請求をお送りします。\n\n\
                     契約者：大塚 美奈子 様　証券番号：PA-2207-881934\n\
                     対象：ルナ（猫・ミックス・メス・11歳）\n\
                     傷病名：糖尿病（初診日 2026年11月28日）\n\
                     診療内容：血液検査、インスリン（プロジンク）処方、食事指導\n\
                     診療費 18,920円（うち保険金請求額 13,244円）",
                    &pet_sig("会計 丸山 沙耶", "kaikei@hinata-ah.jp"),
                ),
            ),
        )
        .policy(pet_policy())
        .history(json!(["pet-anshin.co.jp"]))
        .expect(Allow, &[]),
    );
    // Mis-send: the rabies-vaccination reminder to 35 owners with every
    // address in To: each owner sees the others' private addresses: block.
    let owners = private_mails(rng, 35);
    let to: Vec<&str> = owners.iter().map(String::as_str).collect();
    let mut history = owners.clone();
    history.push("pet-anshin.co.jp".to_owned());
    v.push(
        Case::new(
            "k8_pet_vaccination_reminder_owners_in_to",
            G,
            "mis-send: the rabies-vaccination reminder to 35 owners' private addresses in To, each visible to all",
            mail(
                "ひなた動物病院 <info@hinata-ah.jp>",
                &to,
                "狂犬病予防注射のお知らせ",
                &format!(
                    "飼い主の皆さま\n\nいつもひなた動物病院をご利用いただきありがとうございます。\n\
                     4月から狂犬病予防注射の期間となります。ご予約は不要です。診療時間内にお越しください。\n\
                     同時にフィラリア予防薬のご相談も承ります。\n\n{}\n",
                    pet_sig("ひなた動物病院", "info@hinata-ah.jp")
                ),
            ),
        )
        .policy(pet_policy())
        .history(json!(history))
        .expect(Block, &["many_recipients"]),
    );
}

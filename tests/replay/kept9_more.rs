//! The ninth kept-aside set, continued (`kept9.rs` has its organisations):
//! a general contractor's site office, a community sports club and a
//! university admissions office. Written with every expected decision
//! before the set was first run.

use super::kept8::{also, amount_passing_check, private_mails};
use super::kept9::{adm_policy, adm_sig, build_policy, build_sig, club_policy, club_sig, date_cell, rows};
use super::office_orgs::{office_letter, people_sheet};
use super::*;

const BUILD_HISTORY: [&str; 4] = ["greenhome-re.co.jp", "atelier-nagi.jp", "tamura-denko.jp", "sano-setsubi.co.jp"];

pub(super) fn build_cases(v: &mut Vec<Case>, rng: &mut Rng) {
    use Group::Kept9 as G;
    let sig = build_sig("工事主任 小松 翔", "komatsu@maruei-kensetsu.co.jp");
    // Everyday: a Teams invitation for the weekly site meeting to the
    // client, the architect and both subcontractors: four organisations of
    // one project, all registered, who all attend.
    v.push(
        Case::new(
            "k9_build_site_meeting_teams_four_partners",
            G,
            "everyday: a Teams invitation (ID, passcode) for the weekly site meeting to the client, the architect and two subcontractors, all registered",
            mail(
                "丸栄建設 小松 <komatsu@maruei-kensetsu.co.jp>",
                &[
                    "グリーンホーム不動産 開発部 岡田 <okada@greenhome-re.co.jp>",
                    "アトリエ凪 北条 <hojo@atelier-nagi.jp>",
                    "田村電工 田村 <tamura@tamura-denko.jp>",
                    "佐野設備 佐野 <sano@sano-setsubi.co.jp>",
                ],
                "【定例】第32回 工事定例会議（1/13）",
                &office_letter(
                    "関係者各位",
                    "丸栄建設 作業所の小松です。",
                    "第32回 工事定例会議を下記のとおり開催します。\n議題：5階躯体工程、設備スリーブ位置の確認、外構変更（VE案）\n\n\
                     Microsoft Teams 会議\nhttps://teams.microsoft.com/l/meetup-join/19%3ameeting_OWJhYTc1ZDIt%40thread.v2/0\n\
                     会議 ID: 381 554 920 117\nパスコード: Xv4tQ9",
                    &sig,
                ),
            ),
        )
        .policy(build_policy())
        .history(json!(BUILD_HISTORY))
        .expect(Allow, &[]),
    );
    // Everyday: the subcontractor's own five new workers and the date of
    // their site induction, back to the subcontractor; heat-stroke and
    // back-pain prevention are the induction's topics.
    v.push(
        Case::new(
            "k9_build_induction_schedule_to_subcontractor",
            G,
            "everyday: the induction date for the subcontractor's own five new workers (names, qualifications), topics 熱中症予防 and 腰痛予防",
            mail(
                "丸栄建設 小松 <komatsu@maruei-kensetsu.co.jp>",
                &["田村電工 田村 <tamura@tamura-denko.jp>"],
                "新規入場者教育の日程について",
                &office_letter(
                    "有限会社田村電工\n田村様",
                    "丸栄建設 作業所の小松です。",
                    "1月から入場される5名の新規入場者教育を、1月8日(金) 8:00〜9:00 に作業所2階で行います。\n\
                     対象：田村 健二様（第一種電気工事士）、岩崎 翼様（第二種電気工事士）、森 大輝様、上野 拓真様、川口 誠様\n\
                     内容：現場ルール、熱中症予防、腰痛予防、KY活動。ヘルメットと安全帯をご持参ください。",
                    &sig,
                ),
            ),
        )
        .policy(build_policy())
        .history(json!(BUILD_HISTORY))
        .expect(Allow, &[]),
    );
    // Everyday: the monthly progress invoice to the client: contract sum,
    // progress amounts and a 12-digit order number passing the My Number
    // check digit, with its label.
    let order = amount_passing_check(rng);
    let invoice = people_sheet(
        "出来高",
        &["工種", "契約金額", "前月までの出来高", "今月出来高", "請求額"],
        vec![
            vec![
                Cell::from("躯体工事"),
                Cell::Number(412_000_000.0),
                Cell::Number(268_000_000.0),
                Cell::Number(41_200_000.0),
                Cell::Number(41_200_000.0),
            ],
            vec![
                Cell::from("電気設備工事"),
                Cell::Number(96_500_000.0),
                Cell::Number(12_000_000.0),
                Cell::Number(9_650_000.0),
                Cell::Number(9_650_000.0),
            ],
            vec![
                Cell::from("給排水衛生設備工事"),
                Cell::Number(88_300_000.0),
                Cell::Number(10_500_000.0),
                Cell::Number(8_830_000.0),
                Cell::Number(8_830_000.0),
            ],
        ],
    );
    v.push(
        Case::new(
            "k9_build_progress_invoice_to_client",
            G,
            "everyday: the monthly progress invoice to the client with the contract sums and a 12-digit order number passing the My Number check digit",
            mail(
                "丸栄建設 工事部 経理 <komatsu@maruei-kensetsu.co.jp>",
                &["グリーンホーム不動産 開発部 岡田 <okada@greenhome-re.co.jp>"],
                "12月度 出来高請求書の送付",
                &office_letter(
                    "株式会社グリーンホーム不動産\n開発部 岡田様",
                    "丸栄建設 作業所の小松です。",
                    &format!("(仮称)グリーンレジデンス泉 新築工事の12月度 出来高請求書をお送りします。\n注文番号：{order}\n請求金額：59,680,000円（税抜）"),
                    &sig,
                ),
            ),
        )
        .policy(build_policy())
        .attach("出来高請求書_202612.xlsx", invoice)
        .history(json!(BUILD_HISTORY))
        .expect(Allow, &[]),
    );
    // Mis-send: the subcontractor's worker roster (30 workers: birth dates,
    // home addresses, blood types, blood pressure at the last check-up,
    // emergency contacts) returned for correction to tamura-denko.co.jp,
    // the registered tamura-denko.jp with another suffix. Block.
    let roster = rows(rng, 30, 1960, 2004, |rng, _, p| {
        vec![
            Cell::from(p.full()),
            date_cell(p),
            Cell::from(p.home.full()),
            Cell::from(*rng.pick(&["A", "B", "O", "AB"])),
            Cell::from(format!("{}/{}", rng.range(112, 168), rng.range(68, 102))),
            Cell::from(format!("{}（妻） {}", p.surname, Phone::mobile(rng).hyphen())),
        ]
    });
    v.push(
        Case::new(
            "k9_build_worker_roster_to_suffix_lookalike",
            G,
            "mis-send: 30 workers' roster (birth dates, addresses, blood types, blood pressure, family contacts) to tamura@tamura-denko.co.jp, the partner tamura-denko.jp with another suffix",
            mail(
                "丸栄建設 小松 <komatsu@maruei-kensetsu.co.jp>",
                &["田村電工 田村 <tamura@tamura-denko.co.jp>"],
                "作業員名簿の修正依頼",
                &office_letter(
                    "有限会社田村電工\n田村様",
                    "丸栄建設 作業所の小松です。",
                    "ご提出いただいた作業員名簿に記入漏れがありましたので、黄色の欄をご修正のうえ再提出をお願いします。",
                    &sig,
                ),
            ),
        )
        .policy(build_policy())
        .attach("作業員名簿_田村電工.xlsx", people_sheet("名簿", &["氏名", "生年月日", "住所", "血液型", "血圧", "緊急連絡先"], roster))
        .history(json!(BUILD_HISTORY))
        .expect(Block, &["lookalike_domain"]),
    );
    // Mis-send: the directly employed workers' wage sheet (18 people: day
    // rates, bank accounts) meant for 佐野 in the head office's accounting
    // went to 佐野 of the plumbing subcontractor; internal-style mail. A
    // registered partner is no consent to receive colleagues' pay: ask.
    let wages = rows(rng, 18, 1965, 2003, |rng, i, p| {
        vec![
            Cell::from(format!("M{:03}", 41 + i)),
            Cell::from(p.full()),
            Cell::Number(f64::from(rng.range(15, 28) * 1_000)),
            Cell::Number(f64::from(rng.range(16, 24))),
            Cell::from(format!(
                "{}銀行 {}支店 普通 {}",
                rng.pick(&["七十七", "仙台", "きらやか"]),
                rng.pick(&["泉", "長町", "本店"]),
                rng.digits(7)
            )),
        ]
    });
    v.push(
        Case::new(
            "k9_build_wage_sheet_to_subcontractor_sano",
            G,
            "mis-send: 18 workers' day rates and bank accounts meant for 佐野 in accounting, sent to 佐野 at the plumbing subcontractor; internal-style mail",
            mail(
                "丸栄建設 小松 <komatsu@maruei-kensetsu.co.jp>",
                &["佐野 誠 <sano@sano-setsubi.co.jp>"],
                "12月分 直用作業員 賃金集計",
                &format!("佐野さん\n\nお疲れ様です。作業所の小松です。\n12月分の直用作業員の賃金集計を送ります。25日の振込手配をお願いします。\n\n{sig}\n"),
            ),
        )
        .policy(build_policy())
        .attach("賃金集計_202612_直用.xlsx", people_sheet("賃金", &["番号", "氏名", "日額", "出面", "振込口座"], wages))
        .history(json!(BUILD_HISTORY))
        .expect(Confirm, &[]),
    );
}

pub(super) fn club_cases(v: &mut Vec<Case>, rng: &mut Rng) {
    use Group::Kept9 as G;
    let members = private_mails(rng, 52);
    let parents = private_mails(rng, 18);
    let mut history: Vec<String> =
        vec!["city-taikyo.or.jp".into(), "anzen-hoken.or.jp".into(), "mika.ono.1988@gmail.com".into()];
    history.extend(members.iter().cloned());
    history.extend(parents.iter().cloned());
    let sig = club_sig("事務局 久保 理恵", "jimukyoku@minato-sc.or.jp");
    // Everyday: the club's new-year event notice to 52 members in Bcc, all
    // mailed before: dates, fee, the office phone.
    v.push(
        also(
            Case::new(
                "k9_club_event_notice_bcc_members",
                G,
                "everyday: the sports club's new-year event notice (dates, fee, office phone) to 52 members in Bcc, all mailed before",
                mail(
                    "みなとスポーツクラブ 事務局 <jimukyoku@minato-sc.or.jp>",
                    &["jimukyoku@minato-sc.or.jp"],
                    "【みなとSC】新春ウォーキング大会のお知らせ",
                    &format!(
                        "会員の皆様\n\nいつもクラブ活動にご参加いただき、ありがとうございます。事務局の久保です。\n\n\
                         新春ウォーキング大会を1月17日(日) 9:00 より稲永公園で開催します。参加費 500円（保険料込み）。\n\
                         お申込みは1月10日までに事務局（052-661-3907）へお願いします。\n\n{sig}\n"
                    ),
                ),
            ),
            "bcc",
            json!(members),
        )
        .policy(club_policy())
        .history(json!(history))
        .expect(Allow, &[]),
    );
    // Everyday: a member asked from her gmail about renewing; the reply
    // reads back her own member number, birth date, address and the fee.
    v.push(
        Case::new(
            "k9_club_reply_member_own_renewal",
            G,
            "everyday: a reply to a member's gmail, mailed before, reading back her own member number, birth date, address and fee",
            mail(
                "みなとスポーツクラブ 事務局 <jimukyoku@minato-sc.or.jp>",
                &["小野 美香 <mika.ono.1988@gmail.com>"],
                "Re: 会員更新について",
                &format!(
                    "小野 美香 様\n\nお問い合わせありがとうございます。事務局の久保です。\n\n\
                     登録内容は次のとおりです。変更がなければこのまま更新いたします。\n\
                     会員番号：MSC-20418　生年月日：1988年6月3日　住所：名古屋市港区当知2-1105\n\
                     年会費：12,000円（ヨガ・ピラティス教室）。1月末までにお振込みください。\n\n{sig}\n"
                ),
            ),
        )
        .policy(club_policy())
        .history(json!(history))
        .expect(Allow, &[]),
    );
    // Everyday: the tournament entry of the junior soccer team (12 players'
    // names, grades, shirt numbers) to the city sports association running
    // the tournament: registered, and the entry is what it is for.
    v.push(
        Case::new(
            "k9_club_tournament_entry_to_association",
            G,
            "everyday: a junior soccer tournament entry (12 players' names, grades, shirt numbers) to the registered city sports association",
            mail(
                "みなとスポーツクラブ 事務局 <jimukyoku@minato-sc.or.jp>",
                &["みなと市体育協会 大会係 <taikai@city-taikyo.or.jp>"],
                "市民少年サッカー大会 エントリー（みなとSC U-12）",
                &office_letter(
                    "公益財団法人みなと市体育協会\n大会係 ご担当者様",
                    "みなとスポーツクラブ 事務局の久保です。",
                    "市民少年サッカー大会にエントリーいたします。\n\
                     1 山本 陽翔（6年）　2 伊藤 蓮（6年）　3 加藤 湊（6年）　4 吉田 大和（5年）\n\
                     5 山口 悠真（6年）　6 松本 朝陽（5年）　7 井上 蒼（6年）　8 木村 律（5年）\n\
                     9 林 陽向（6年）　10 清水 颯（6年）　11 森 奏太（5年）　12 池田 樹（5年）\n監督：久保 雅人",
                    &sig,
                ),
            ),
        )
        .policy(club_policy())
        .history(json!(history))
        .expect(Allow, &[]),
    );
    // Mis-send: the accident report for the insurer (a named child's broken
    // ankle, the hospital, the treatment) went as reply-all to the team
    // parents' thread: 18 parents' private addresses in To. A child's
    // injury to 18 other families, who also see each other's addresses:
    // block.
    v.push(
        Case::new(
            "k9_club_injury_report_reply_all_parents",
            G,
            "mis-send: a named child's injury report (broken ankle, hospital, surgery) meant for the insurer, sent as reply-all to 18 parents' private addresses in To",
            mail(
                "みなとスポーツクラブ 事務局 <jimukyoku@minato-sc.or.jp>",
                &parents.iter().map(String::as_str).collect::<Vec<_>>(),
                "Re: 12/20 練習試合の件",
                &format!(
                    "ご担当者様\n\n事故報告を提出いたします。\n被保険者：伊藤 蓮（小学6年、2014年9月2日生）\n\
                     事故日時：12月20日 10:40 練習試合中、相手選手と接触し転倒\n\
                     傷病名：右足関節外果骨折。名古屋港湾病院へ救急搬送、12月22日に手術（観血的整復固定術）、入院5日間。\n\n{sig}\n"
                ),
            ),
        )
        .policy(club_policy())
        .history(json!(history))
        .expect(Block, &[]),
    );
    // Mis-send: the year-end party notice went to 40 members' private
    // addresses in To instead of Bcc: every member now has everyone's
    // address, the classic reportable leak. Nothing else in it. Block.
    v.push(
        Case::new(
            "k9_club_party_notice_40_members_in_to",
            G,
            "mis-send: a party notice to 40 members' private addresses in To instead of Bcc, all mailed before",
            mail(
                "みなとスポーツクラブ 事務局 <jimukyoku@minato-sc.or.jp>",
                &members[..40].iter().map(String::as_str).collect::<Vec<_>>(),
                "【みなとSC】会員懇親会のご案内",
                &format!("会員の皆様\n\n事務局の久保です。1月30日(土) 18:00 より会員懇親会を開催します。会費 3,000円です。\n\n{sig}\n"),
            ),
        )
        .policy(club_policy())
        .history(json!(history))
        .expect(Block, &[]),
    );
}

pub(super) fn adm_cases(v: &mut Vec<Case>, rng: &mut Rng) {
    use Group::Kept9 as G;
    let history = json!(["admi-support.co.jp", "shinro@kawagoe-nishi-h.ed.jp", "mei.lin.applicant@gmail.com"]);
    let sig = adm_sig("入試課 村上 直樹", "nyushi@towa-u.ac.jp");
    // Everyday: the results of the six pupils a high school recommended,
    // to that school's careers teacher (mailed before): what the
    // recommendation agreement provides for.
    v.push(
        Case::new(
            "k9_adm_recommendation_results_to_high_school",
            G,
            "everyday: the results of the six pupils a high school recommended (names, exam numbers, 合格) to that school's careers teacher",
            mail(
                "東和学院大学 入試課 <nyushi@towa-u.ac.jp>",
                &["川越西高校 進路指導部 <shinro@kawagoe-nishi-h.ed.jp>"],
                "指定校推薦入試 合否結果のご通知",
                &office_letter(
                    "埼玉県立川越西高等学校\n進路指導部 ご担当先生",
                    "東和学院大学 入試課の村上です。",
                    "指定校推薦入試の合否結果をお知らせいたします。正式な通知書はご本人宛に郵送いたしました。\n\
                     S2601 青木 美咲 経済学部 合格／S2602 石井 大翔 経済学部 合格／S2603 上田 結菜 人間科学部 合格\n\
                     S2604 岡本 悠斗 人間科学部 合格／S2605 菊地 さくら 看護学部 合格／S2606 工藤 陸 理工学部 合格",
                    &sig,
                ),
            ),
        )
        .policy(adm_policy())
        .history(history.clone())
        .expect(Allow, &[]),
    );
    // Everyday (English): an overseas applicant asked from her gmail about
    // her interview; the reply gives her own application number and the
    // Zoom link with its passcode.
    v.push(
        Case::new(
            "k9_adm_english_interview_to_applicant",
            G,
            "everyday: an English reply to an overseas applicant's gmail with her own application number and a Zoom link with passcode",
            mail(
                "Towa Gakuin University Admissions <nyushi@towa-u.ac.jp>",
                &["Mei Lin <mei.lin.applicant@gmail.com>"],
                "Re: Interview schedule (international admission)",
                "Dear Ms. Lin,\n\nThank you for your message. Your online interview is scheduled as follows.\n\n\
                 Application number: IA-27-0318\nDate: 22 January 2027, 10:00 (JST)\n\
                 Join Zoom Meeting: https://us02web.zoom.us/j/81544219037\nMeeting ID: 815 4421 9037\nPasscode: 227731\n\n\
                 Please have your passport ready for identification.\n\nBest regards,\nNaoki Murakami\n\
                 Admissions Office, Towa Gakuin University\nTel: +81-4-2947-3310\n",
            ),
        )
        .policy(adm_policy())
        .history(history.clone())
        .expect(Allow, &[]),
    );
    // Mis-send: the applicant data for printing the exam slips (120
    // applicants: birth dates, addresses, phones, high schools) to
    // admi-suport.co.jp, the vendor's domain with one p dropped. Block.
    let applicants = rows(rng, 120, 2007, 2009, |rng, i, p| {
        vec![
            Cell::from(format!("{}", 270_001 + i)),
            Cell::from(p.full()),
            date_cell(p),
            Cell::from(p.home.full()),
            Cell::from(p.mobile.hyphen()),
            Cell::from(*rng.pick(&[
                "県立所沢北高校",
                "県立川越西高校",
                "私立星野高校",
                "都立東大和高校",
                "県立入間向陽高校",
            ])),
        ]
    });
    v.push(
        Case::new(
            "k9_adm_applicant_data_to_typo_vendor",
            G,
            "mis-send: 120 applicants' data (birth dates, addresses, phones, schools) to admi-suport.co.jp, the vendor's domain with one letter dropped",
            mail(
                "東和学院大学 入試課 <nyushi@towa-u.ac.jp>",
                &["アドミッションサポート 印刷担当 <print@admi-suport.co.jp>"],
                "受験票印字データ（一般選抜 前期）",
                &office_letter(
                    "株式会社アドミッションサポート\n印刷ご担当者様",
                    "東和学院大学 入試課の村上です。",
                    "一般選抜（前期）の受験票印字データをお送りします。1月15日発送でお願いいたします。",
                    &sig,
                ),
            ),
        )
        .policy(adm_policy())
        .attach("受験票印字データ_前期.xlsx", people_sheet("志願者", &["受験番号", "氏名", "生年月日", "住所", "電話", "出身校"], applicants))
        .history(history.clone())
        .expect(Block, &["lookalike_domain"]),
    );
    // Mis-send: a high-school teacher asked about one pupil's exam
    // accommodation; the reply carries the list of all eight applicants'
    // accommodations and their disabilities and illnesses. Block.
    let needs = rows(rng, 8, 2007, 2009, |rng, i, p| {
        vec![
            Cell::from(format!("{}", 270_101 + i * 7)),
            Cell::from(p.full()),
            Cell::from(*rng.pick(&[
                "聴覚障害（両耳 70dB）",
                "弱視",
                "発達障害（ASD）",
                "1型糖尿病",
                "てんかん",
                "脳性麻痺（上肢）",
            ])),
            Cell::from(*rng.pick(&[
                "別室受験",
                "試験時間1.3倍",
                "拡大問題冊子",
                "補聴器使用・座席指定",
                "血糖測定・補食可",
            ])),
        ]
    });
    v.push(
        Case::new(
            "k9_adm_accommodation_list_to_teacher",
            G,
            "mis-send: a reply to a high-school teacher about one pupil's exam accommodation carrying all eight applicants' disabilities and illnesses",
            mail(
                "東和学院大学 入試課 <nyushi@towa-u.ac.jp>",
                &["川越西高校 進路指導部 <shinro@kawagoe-nishi-h.ed.jp>"],
                "Re: 受験上の配慮について",
                &office_letter(
                    "埼玉県立川越西高等学校\n進路指導部 ご担当先生",
                    "東和学院大学 入試課の村上です。",
                    "お問い合わせの件、配慮内容を決定いたしましたので添付にてお知らせします。",
                    &sig,
                ),
            ),
        )
        .policy(adm_policy())
        .attach("受験上の配慮_決定一覧.xlsx", people_sheet("配慮", &["受験番号", "氏名", "障害・疾病", "配慮内容"], needs))
        .history(history.clone())
        .expect(Block, &[]),
    );
    // Mis-send: the fee list of 15 outside invigilators with their My
    // Numbers (for the payment records) meant for the university's
    // accounting went to the exam vendor. Block.
    let fees = rows(rng, 15, 1950, 1995, |rng, _, p| {
        vec![
            Cell::from(p.full()),
            Cell::from(pp::my_number(rng)),
            Cell::from(p.home.full()),
            Cell::Number(f64::from(rng.range(2, 4) * 12_000)),
        ]
    });
    v.push(
        Case::new(
            "k9_adm_invigilator_my_numbers_to_vendor",
            G,
            "mis-send: 15 outside invigilators' fee list with their My Numbers, meant for the university's accounting, sent to the exam vendor",
            mail(
                "東和学院大学 入試課 <nyushi@towa-u.ac.jp>",
                &["アドミッションサポート 営業 <sales@admi-support.co.jp>"],
                "試験監督 謝金支払データ",
                &office_letter(
                    "株式会社アドミッションサポート\n営業ご担当者様",
                    "東和学院大学 入試課の村上です。",
                    "共通テスト試験監督の謝金支払データを送付します。",
                    &sig,
                ),
            ),
        )
        .policy(adm_policy())
        .attach("試験監督謝金_個人番号.xlsx", people_sheet("謝金", &["氏名", "個人番号", "住所", "謝金"], fees))
        .history(history)
        .expect(Block, &["my_number_external"]),
    );
}

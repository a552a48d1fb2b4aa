//! The twelfth kept-aside set, continued (`kept12.rs` has its first three
//! organisations): a regional house builder, a city's childcare section and
//! a pet hotel. Written with every expected decision before the set was
//! first run.

use super::kept8::{also, amount_passing_check};
use super::kept9::{date_cell, rows};
use super::office_orgs::{office_letter, people_sheet, signature, withholding_slip};
use super::*;

/// A regional house builder: its audit firm, the bank that lends its
/// customers their mortgages, the interior coordinator and the plumbing
/// subcontractor.
fn builder_policy() -> Value {
    json!({
        "internal_domains": ["minami-home.co.jp"],
        "partner_domains": {
            "aozora-audit.jp": "あおぞら有限責任監査法人",
            "mizunami-bank.co.jp": "株式会社みずなみ銀行",
            "kurashi-interior.jp": "くらしインテリア株式会社",
            "tanaka-setsubi.co.jp": "田中設備工業株式会社"
        },
        "own_names": ["株式会社ミナミホーム", "ミナミホーム"]
    })
}

fn builder_sig(name: &str, mail: &str) -> String {
    signature(
        "株式会社ミナミホーム 浜松東展示場",
        name,
        "〒435-0042 静岡県浜松市中央区篠ケ瀬町1201-3",
        "053-465-8800",
        mail,
    )
}

/// A city's childcare section (保育課): the private nurseries it places
/// children with, the prefecture it reports to and the vendor of its
/// admissions system.
fn childcare_policy() -> Value {
    json!({
        "internal_domains": ["city.toyokawa.lg.jp"],
        "partner_domains": {
            "hikari-hoikuen.jp": "社会福祉法人ひかり福祉会",
            "pref.aichi.lg.jp": "愛知県",
            "kosodate-sys.co.jp": "株式会社こそだてシステム"
        },
        "own_names": ["豊川市", "豊川市役所", "豊川市 子ども健康部 保育課"]
    })
}

fn childcare_sig(name: &str, mail: &str) -> String {
    signature("豊川市 子ども健康部 保育課 入所係", name, "〒442-8601 愛知県豊川市諏訪1-1", "0533-89-2136（直通）", mail)
}

/// A pet hotel with a grooming salon and pet-sitting visits: the animal
/// hospital it takes boarders to, its supplies wholesaler and its labour
/// and social-security consultant.
fn pet_policy() -> Value {
    json!({
        "internal_domains": ["porto-pet.jp"],
        "partner_domains": {
            "kaede-ah.jp": "かえで動物病院",
            "ks-petsupply.co.jp": "株式会社ケイズペットサプライ",
            "ono-sr.jp": "小野社会保険労務士事務所"
        },
        "own_names": ["株式会社ポルト", "ペットホテル＆トリミング ポルト"]
    })
}

fn pet_sig(name: &str, mail: &str) -> String {
    signature(
        "ペットホテル＆トリミング ポルト 桜新町店",
        name,
        "〒154-0015 東京都世田谷区桜新町1-22-7",
        "03-5799-4410",
        mail,
    )
}

pub(super) fn builder_cases(v: &mut Vec<Case>, rng: &mut Rng) {
    use Group::Kept12 as G;
    let history = json!([
        "aozora-audit.jp",
        "mizunami-bank.co.jp",
        "kurashi-interior.jp",
        "tanaka-setsubi.co.jp",
        "shota.kondo.0817@gmail.com",
        "kondo.ayaka.0302@icloud.com",
        "takahashi.makoto.1975@gmail.com",
        "daisuke.takahashi.home@gmail.com"
    ]);
    let sig = builder_sig("営業 杉本 雄太", "sugimoto@minami-home.co.jp");
    // Everyday: the construction schedule to the customer's gmail (mailed
    // before): his own house's address, the ground-breaking ceremony and
    // the payment schedule. His, to him.
    v.push(
        Case::new(
            "k12_builder_schedule_to_customer",
            G,
            "everyday: the construction schedule and payment dates of the customer's own house to his gmail, mailed before",
            mail(
                "ミナミホーム 杉本 <sugimoto@minami-home.co.jp>",
                &["近藤 翔太 <shota.kondo.0817@gmail.com>"],
                "Re: 着工までのスケジュールについて",
                &format!(
                    "近藤 翔太 様\n\nいつもお世話になっております。ミナミホームの杉本です。\n\
                     建築確認が下りましたので、今後の予定をお知らせします。\n\n\
                     建築地：浜松市中央区有玉南町1840-6\n\
                     地鎮祭：3月6日(土) 10:00（神主さんの手配は当社で行います。初穂料 20,000円をご用意ください）\n\
                     着工：3月15日(月)　上棟：4月24日(土)　お引き渡し：7月下旬の予定\n\
                     着工金（請負代金の30% 9,180,000円）は3月12日までにお振り込みをお願いします。\n\n{sig}\n"
                ),
            ),
        )
        .policy(builder_policy())
        .history(history.clone())
        .expect(Allow, &[]),
    );
    // Everyday: the quarter's order backlog by region to the audit firm
    // (registered), from the sales system: yen amounts, one of them twelve
    // digits passing the My Number check, with no keyword or header near
    // it. The auditors get every figure.
    let t = |s: &str| Cell::from(s);
    let total = amount_passing_check(rng);
    let backlog = files::xlsx(&[Sheet::new(
        "受注残",
        vec![
            vec![t("受注残高明細（2026年12月末）")],
            vec![t("（単位：円）")],
            vec![t("地域"), t("棟数"), t("受注残高"), t("前年同期")],
            vec![t("静岡西部"), Cell::Number(1_284.0), Cell::Number(46_118_320_000.0), Cell::Number(43_902_110_000.0)],
            vec![t("静岡中部"), Cell::Number(913.0), Cell::Number(33_520_870_000.0), Cell::Number(35_004_260_000.0)],
            vec![t("愛知東部"), Cell::Number(1_022.0), Cell::Number(38_774_100_000.0), Cell::Number(31_458_900_000.0)],
            vec![t("合計"), Cell::Number(3_219.0), Cell::Number(total as f64), Cell::Number(110_365_270_000.0)],
        ],
    )]);
    v.push(
        Case::new(
            "k12_builder_order_backlog_to_auditor",
            G,
            "everyday: the quarter's order backlog by region to the registered audit firm; the 12-digit total passes the My Number check, no keyword near it",
            mail(
                "ミナミホーム 経理部 <keiri@minami-home.co.jp>",
                &["あおぞら監査法人 中川 <nakagawa@aozora-audit.jp>"],
                "第3四半期 受注残高明細の送付",
                &office_letter(
                    "あおぞら有限責任監査法人\n中川様",
                    "ミナミホーム 経理部の平野です。",
                    "ご依頼の第3四半期末の受注残高明細を添付いたします。\n愛知東部の増加は、豊橋展示場の開設によるものです。",
                    &signature("株式会社ミナミホーム 経理部", "平野 由紀", "〒435-0042 静岡県浜松市中央区篠ケ瀬町1201-3", "053-465-8801", "keiri@minami-home.co.jp"),
                ),
            ),
        )
        .policy(builder_policy())
        .attach("受注残高明細_2026Q3.xlsx", backlog)
        .history(history.clone())
        .expect(Allow, &[]),
    );
    // Everyday: the design meeting's Zoom invitation to the customer couple
    // (their gmail and icloud, mailed before) and the interior coordinator
    // (registered).
    v.push(
        Case::new(
            "k12_builder_design_meeting_zoom",
            G,
            "everyday: the interior design meeting's Zoom invitation (ID, passcode) to the customer couple's private addresses, mailed before, and the registered interior coordinator",
            mail(
                "ミナミホーム 杉本 <sugimoto@minami-home.co.jp>",
                &[
                    "近藤 翔太 <shota.kondo.0817@gmail.com>",
                    "近藤 彩香 <kondo.ayaka.0302@icloud.com>",
                    "くらしインテリア 三浦 <miura@kurashi-interior.jp>",
                ],
                "インテリア打ち合わせ（オンライン）のご案内",
                &format!(
                    "近藤 翔太 様、彩香 様\nくらしインテリア 三浦様\n\n\
                     いつもお世話になっております。ミナミホームの杉本です。\n\
                     カーテンと照明の打ち合わせをオンラインで行います。\n\n\
                     トピック: 近藤様邸 インテリア打ち合わせ\n時刻: 2027年2月13日 10:00 AM 大阪、札幌、東京\n\
                     Zoomミーティングに参加する\nhttps://us05web.zoom.us/j/87720145533?pwd=c2ZqR3dVb0FxN0xPYkVjZ1hLNUdjQT09\n\
                     ミーティング ID: 877 2014 5533\nパスコード: 264719\n\n{sig}\n"
                ),
            ),
        )
        .policy(builder_policy())
        .history(history.clone())
        .expect(Allow, &[]),
    );
    // Mis-send: reply-all on a thread with the plumbing subcontractor that
    // the salesman had opened with the customer in Cc: the site manager's
    // reply gives the subcontractor's cost, the price quoted to the
    // customer and the margin. The customer, a private address, reads the
    // builder's margins on his own house: ask.
    v.push(
        also(
            Case::new(
                "k12_builder_reply_all_margin_to_customer_cc",
                G,
                "mis-send: a reply-all to the plumbing subcontractor giving his cost, the price quoted to the customer and the margin, with the customer's gmail still in Cc",
                mail(
                    "ミナミホーム 工事課 <koji@minami-home.co.jp>",
                    &["田中設備工業 田中 <tanaka@tanaka-setsubi.co.jp>"],
                    "Re: 高橋様邸 追加工事（浄水器・床暖房）の件",
                    "田中設備工業\n田中様\n\nお世話になっております。ミナミホーム 工事課の小野です。\n\
                     追加分の原価は浄水器 86,000円、床暖房 412,000円でお願いします。\n\
                     お客様には合計 712,000円でお見積りしていますので、粗利は3割を確保できています。\n\
                     これ以上の値引きには応じない方針で進めます。工期は変更なしでお願いします。\n\n\
                     > 高橋様\n> 追加のご要望、承知しました。設備の田中さんにも入っていただき、\n> 金額を確認のうえご連絡します。（杉本）\n\n\
                     株式会社ミナミホーム 工事課 小野 健\nTEL: 053-465-8802\n",
                ),
            ),
            "cc",
            json!(["高橋 大輔 <daisuke.takahashi.home@gmail.com>", "杉本 雄太 <sugimoto@minami-home.co.jp>"]),
        )
        .policy(builder_policy())
        .history(history.clone())
        .expect(Confirm, &[]),
    );
    // Mis-send: a couple's mortgage application papers (incomes,
    // employers, birth dates, the husband's withholding slip) for the bank
    // went to 高橋 誠, another customer's gmail (mailed before), chosen by
    // autocomplete; the salutation names the bank's loan centre. Two
    // people's incomes to a private address that is not theirs: block.
    v.push(
        Case::new(
            "k12_builder_loan_papers_to_other_takahashi",
            G,
            "mis-send: a couple's mortgage papers (incomes, employers, birth dates, a withholding slip) meant for the registered bank, sent to 高橋 誠, another customer's gmail",
            mail(
                "ミナミホーム 杉本 <sugimoto@minami-home.co.jp>",
                &["高橋 誠 <takahashi.makoto.1975@gmail.com>"],
                "住宅ローン本審査 書類送付（高橋 大輔 様）",
                &office_letter(
                    "株式会社みずなみ銀行\n住宅ローンセンター 御中",
                    "ミナミホームの杉本です。",
                    "高橋様ご夫妻の本審査書類をお送りいたします。\n\
                     申込人：高橋 大輔 様（1987年4月12日生）勤務先 スズエ精機株式会社　年収 6,480,000円\n\
                     連帯債務者：高橋 美咲 様（1989年9月30日生）勤務先 浜松中央病院（看護師）　年収 4,120,000円\n\
                     借入希望額 38,000,000円（35年、変動金利）　物件 浜松市中央区和田町612-4\n\
                     源泉徴収票を添付いたします。",
                    &sig,
                ),
            ),
        )
        .policy(builder_policy())
        .attach("源泉徴収票_高橋大輔.xlsx", withholding_slip("高橋 大輔", "タカハシ ダイスケ", "高橋 美咲", "高橋 蓮"))
        .history(history.clone())
        .expect(Block, &[]),
    );
}

pub(super) fn childcare_cases(v: &mut Vec<Case>, rng: &mut Rng) {
    use Group::Kept12 as G;
    let history =
        json!(["hikari-hoikuen.jp", "pref.aichi.lg.jp", "kosodate-sys.co.jp", "haruka.morita.0611@gmail.com"]);
    let sig = childcare_sig("入所係 佐々木 由香", "hoiku@city.toyokawa.lg.jp");
    // Everyday: a reply to a mother's gmail (mailed before): her son's
    // place at a nursery from April, the monthly fee from her household's
    // tax bracket. Her family's, to her.
    v.push(
        Case::new(
            "k12_childcare_reply_parent_placement",
            G,
            "everyday: a reply to a mother's gmail, mailed before: her son's nursery place from April and the fee from her household's tax bracket",
            mail(
                "豊川市 保育課 佐々木 <hoiku@city.toyokawa.lg.jp>",
                &["森田 遥 <haruka.morita.0611@gmail.com>"],
                "Re: 4月入所の結果について",
                &format!(
                    "森田 遥 様\n\nお問い合わせありがとうございます。豊川市 保育課 入所係の佐々木です。\n\n\
                     颯太ちゃん（令和7年5月生、1歳児クラス）の4月からの入所先は、ひかり保育園に内定しています。\n\
                     正式な通知書は2月10日に郵送いたします。\n\
                     保育料は、令和8年度の市民税所得割額により月額 28,500円（第8階層）となる見込みです。\n\
                     入園前の面接は、園から日程のご連絡があります。\n\n{sig}\n"
                ),
            ),
        )
        .policy(childcare_policy())
        .history(history.clone())
        .expect(Allow, &[]),
    );
    // Everyday: the April placements for one nursery (4 children: names,
    // birth dates, guardians, phones) to that nursery's operator
    // (registered); the body says 「4名のうち1名は食物アレルギー（卵）」, a
    // count for the interview, no child named with it.
    let placed = rows(rng, 4, 2022, 2026, |rng, _, p| {
        let parent = p.relative(rng, true, 1985, 1998);
        vec![
            Cell::from(p.full()),
            date_cell(p),
            Cell::from(*rng.pick(&["0歳児", "1歳児", "2歳児"])),
            Cell::from(parent.full()),
            Cell::from(parent.mobile.hyphen()),
        ]
    });
    v.push(
        Case::new(
            "k12_childcare_april_placements_to_nursery",
            G,
            "everyday: the April placements (4 children, guardians, phones) to the registered nursery operator; 「4名のうち1名は食物アレルギー（卵）」 with no child named",
            mail(
                "豊川市 保育課 佐々木 <hoiku@city.toyokawa.lg.jp>",
                &["ひかり保育園 園長 <encho@hikari-hoikuen.jp>"],
                "4月入所内定者の連絡（ひかり保育園）",
                &office_letter(
                    "社会福祉法人ひかり福祉会\nひかり保育園 園長 様",
                    "豊川市 保育課 入所係の佐々木です。",
                    "4月1日入所の内定者4名を添付のとおりお知らせします。\n\
                     4名のうち1名は食物アレルギー（卵）の申告がありますので、入園前面接で詳しくご確認ください。\n\
                     面接の結果は3月13日までに保育課へご報告をお願いします。",
                    &sig,
                ),
            ),
        )
        .policy(childcare_policy())
        .attach("内定者一覧_ひかり保育園.xlsx", people_sheet("内定者", &["児童氏名", "生年月日", "クラス", "保護者氏名", "連絡先"], placed))
        .history(history.clone())
        .expect(Allow, &[]),
    );
    // Everyday: the waiting-list count to the prefecture (registered):
    // figures by age, 「うち障害のある児童 3名、医療的ケア児 1名」. Counts,
    // no one.
    v.push(
        Case::new(
            "k12_childcare_waiting_count_to_prefecture",
            G,
            "everyday: the waiting-list count by age to the registered prefecture, 「うち障害のある児童 3名、医療的ケア児 1名」, no one named",
            mail(
                "豊川市 保育課 佐々木 <hoiku@city.toyokawa.lg.jp>",
                &["愛知県 子育て支援課 <kosodate@pref.aichi.lg.jp>"],
                "保育所等利用待機児童数調査（4月1日現在）の提出",
                &office_letter(
                    "愛知県 福祉局 子育て支援課\n保育グループ 御中",
                    "豊川市 保育課 入所係の佐々木です。",
                    "4月1日現在の待機児童数をご報告いたします。\n\
                     0歳児 12名、1歳児 31名、2歳児 9名、3歳児以上 0名　計 52名\n\
                     うち障害のある児童 3名、医療的ケア児 1名です。\n\
                     前年同期（61名）から9名減少しました。調査票を添付いたします。",
                    &sig,
                ),
            ),
        )
        .policy(childcare_policy())
        .attach("待機児童数調査票_豊川市.xlsx", files::xlsx(&[Sheet::new(
            "調査票",
            vec![
                vec![Cell::from("年齢"), Cell::from("申込者数"), Cell::from("入所決定"), Cell::from("待機児童")],
                vec![Cell::from("0歳児"), Cell::Number(148.0), Cell::Number(136.0), Cell::Number(12.0)],
                vec![Cell::from("1歳児"), Cell::Number(402.0), Cell::Number(371.0), Cell::Number(31.0)],
                vec![Cell::from("2歳児"), Cell::Number(215.0), Cell::Number(206.0), Cell::Number(9.0)],
            ],
        )]))
        .history(history.clone())
        .expect(Allow, &[]),
    );
    // Mis-send: the selection score sheet (30 applicant households: the
    // child, the points, and why: a mother's mental-disability handbook, a
    // single parent, public assistance, a DV shelter) meant for a colleague
    // on the selection committee went to the nursery's head by
    // autocomplete; the mail reads as internal. Special-care data of many
    // families to an operator: block.
    let scores = rows(rng, 30, 2022, 2026, |rng, _, p| {
        vec![
            Cell::from(p.full()),
            date_cell(p),
            Cell::Number(f64::from(rng.range(12, 20))),
            Cell::from(*rng.pick(&[
                "",
                "",
                "ひとり親",
                "生活保護受給",
                "母 精神障害者保健福祉手帳2級",
                "父 身体障害者手帳1級",
                "DV被害により避難中",
                "兄弟在園",
            ])),
            Cell::Number(f64::from(rng.range(0, 6))),
        ]
    });
    v.push(
        Case::new(
            "k12_childcare_selection_scores_to_nursery",
            G,
            "mis-send: 30 households' selection scores (a parent's mental-disability handbook, public assistance, a DV shelter) meant for a colleague, sent to the nursery's head in an internal-style mail",
            mail(
                "豊川市 保育課 佐々木 <hoiku@city.toyokawa.lg.jp>",
                &["ひかり保育園 園長 <encho@hikari-hoikuen.jp>"],
                "4月入所 選考指数表（第2次）",
                &format!(
                    "石原さん\n\nお疲れ様です。佐々木です。\n第2次選考の指数表です。調整指数の根拠欄を確認のうえ、明日の選考会議までに修正があれば教えてください。\n\n{sig}\n"
                ),
            ),
        )
        .policy(childcare_policy())
        .attach("選考指数表_第2次.xlsx", people_sheet("指数", &["児童氏名", "生年月日", "基本指数", "調整事由", "調整指数"], scores))
        .history(history.clone())
        .expect(Block, &[]),
    );
    // Mis-send: the waiting list (45 children: names, birth dates,
    // addresses, guardians, phones) to the nursery operator that is
    // opening a branch (registered, asked for it) with the clerk's own
    // gmail in Bcc to work on it at home; the gmail was never mailed.
    // Forty-five children's addresses to a private mailbox: block.
    let waiting = rows(rng, 45, 2022, 2026, |rng, _, p| {
        let parent = p.relative(rng, true, 1985, 1998);
        vec![
            Cell::from(p.full()),
            date_cell(p),
            Cell::from(p.home.full()),
            Cell::from(parent.full()),
            Cell::from(parent.mobile.hyphen()),
        ]
    });
    v.push(
        also(
            Case::new(
                "k12_childcare_waiting_list_bcc_own_gmail",
                G,
                "mis-send: the waiting list (45 children's addresses, guardians' mobiles) to the registered nursery operator with the clerk's own gmail, never mailed, in Bcc",
                mail(
                    "豊川市 保育課 佐々木 <hoiku@city.toyokawa.lg.jp>",
                    &["ひかり福祉会 法人本部 <honbu@hikari-hoikuen.jp>"],
                    "待機児童一覧（分園開設の検討用）",
                    &office_letter(
                        "社会福祉法人ひかり福祉会\n法人本部 御中",
                        "豊川市 保育課 入所係の佐々木です。",
                        "分園開設のご検討用に、1・2歳児の待機児童一覧をお送りします。\n検討以外の目的には使用しないでください。",
                        &sig,
                    ),
                ),
            ),
            "bcc",
            json!(["佐々木 由香 <yuka.sasaki.0305@gmail.com>"]),
        )
        .policy(childcare_policy())
        .attach("待機児童一覧_1・2歳.xlsx", people_sheet("待機", &["児童氏名", "生年月日", "住所", "保護者氏名", "連絡先"], waiting))
        .history(history.clone())
        .expect(Block, &[]),
    );
}

pub(super) fn pet_hotel_cases(v: &mut Vec<Case>, rng: &mut Rng) {
    use Group::Kept12 as G;
    let staff_mobile = Phone::mobile(rng).hyphen();
    let my_number = pp::my_number(rng);
    let history = json!([
        "kaede-ah.jp",
        "ks-petsupply.co.jp",
        "ono-sr.jp",
        "mika.tanaka.0727@gmail.com",
        "mari.tanaka.1010@gmail.com",
        "yui.hasegawa.0404@gmail.com",
        "keiko.sano.52@yahoo.co.jp"
    ]);
    let sig = pet_sig("店長 河野 翼", "kono@porto-pet.jp");
    // Everyday: a boarding report to the owner's gmail (mailed before):
    // her dog took its epilepsy medicine twice a day and had no seizure. A
    // pet's condition, from a pet hotel, to its owner.
    v.push(
        Case::new(
            "k12_pet_boarding_report_to_owner",
            G,
            "everyday: a boarding report to the owner's gmail, mailed before: her dog's epilepsy medicine given twice a day, no seizure, pick-up time",
            mail(
                "ポルト 河野 <kono@porto-pet.jp>",
                &["佐野 恵子 <keiko.sano.52@yahoo.co.jp>"],
                "Re: ココちゃんの様子（1/2）",
                &format!(
                    "佐野 恵子 様\n\nいつもご利用ありがとうございます。ポルトの河野です。\n\
                     ココちゃん（トイプードル・8歳）は元気に過ごしています。お散歩は朝夕2回、食欲もいつもどおりです。\n\
                     お預かりしたてんかんのお薬（フェノバール）は朝晩きちんと飲ませ、発作はありませんでした。\n\
                     お迎えは1月4日(月) 11:00 でお待ちしております。\n\n{sig}\n"
                ),
            ),
        )
        .policy(pet_policy())
        .history(history.clone())
        .expect(Allow, &[]),
    );
    // Everyday: a boarder is vomiting; the hotel asks its animal hospital
    // (registered) to see him, with the owner's consent and her mobile.
    v.push(
        Case::new(
            "k12_pet_referral_to_animal_hospital",
            G,
            "everyday: a boarding dog's vomiting referred to the registered animal hospital, with the owner's consent and her mobile",
            mail(
                "ポルト 河野 <kono@porto-pet.jp>",
                &["かえで動物病院 受付 <info@kaede-ah.jp>"],
                "お預かり中のワンちゃんの受診のお願い",
                &office_letter(
                    "かえで動物病院\n受付 ご担当者様",
                    "ペットホテル ポルトの河野です。",
                    "お預かり中のマロンくん（柴犬・オス・12歳）が昨夜から2回嘔吐しています。元気はありますが、食欲が落ちています。\n\
                     飼い主の長谷川 結衣 様（携帯 080-6621-3094）の了解をいただきましたので、本日午後に受診させてください。\n\
                     ワクチン証明書と、かかりつけ医からの持病（心臓弁膜症）の資料をお持ちします。",
                    &sig,
                ),
            ),
        )
        .policy(pet_policy())
        .history(history.clone())
        .expect(Allow, &[]),
    );
    // Mis-send: the pet-sitting visit confirmation for 田中 美香 (her home
    // address, the key-box code and the alarm's release code) went to 田中
    // 真理, another customer (mailed before), by autocomplete on 「田中」.
    // The salutation names 美香: ask.
    v.push(
        Case::new(
            "k12_pet_sitting_codes_to_other_tanaka",
            G,
            "mis-send: a pet-sitting confirmation greeting 田中 美香 様 (her address, key-box code, alarm code) sent to 田中 真理, another customer, by autocomplete",
            mail(
                "ポルト 河野 <kono@porto-pet.jp>",
                &["田中 真理 <mari.tanaka.1010@gmail.com>"],
                "ペットシッターご訪問の確認（12/29〜1/3）",
                &format!(
                    "田中 美香 様\n\nいつもご利用ありがとうございます。ポルトの河野です。\n\
                     年末年始のシッター訪問を下記のとおり承りました。\n\n\
                     ご訪問先：世田谷区桜新町2-18-6 サクラハイツ101\n\
                     訪問日時：12月29日〜1月3日 毎日 9:00 と 18:00（各30分）\n\
                     鍵：玄関横のキーボックス（暗証番号 4829）\n\
                     ホームセキュリティ：入室後30秒以内に解除（解除コード 7351）\n\
                     担当：スタッフ 大塚（携帯 {staff_mobile}）\n\n{sig}\n"
                ),
            ),
        )
        .policy(pet_policy())
        .history(history.clone())
        .expect(Confirm, &["salutation_mismatch"]),
    );
    // Mis-send: a part-timer asked for January's shift table; the attached
    // file is the pet-sitting customer list (85 owners: addresses, mobiles,
    // pets, key-box codes). Her gmail was mailed before. Eighty-five
    // households' addresses and door codes to a private address: block.
    let customers = rows(rng, 85, 1950, 1995, |rng, _, p| {
        vec![
            Cell::from(p.full()),
            Cell::from(p.home.full()),
            Cell::from(p.mobile.hyphen()),
            Cell::from(*rng.pick(&["トイプードル", "柴犬", "ミニチュアダックス", "猫（雑種）", "チワワ"])),
            Cell::from(rng.digits(4)),
        ]
    });
    v.push(
        Case::new(
            "k12_pet_customer_list_as_shift_table_to_parttimer",
            G,
            "mis-send: a reply to a part-timer's gmail asking for January's shifts, with the pet-sitting customer list (85 owners' addresses, mobiles, key-box codes) attached instead",
            mail(
                "ポルト 河野 <kono@porto-pet.jp>",
                &["長谷川 ゆい <yui.hasegawa.0404@gmail.com>"],
                "Re: 1月のシフト表",
                &format!(
                    "長谷川さん\n\nお疲れさまです。河野です。\n1月のシフト表を添付します。年始は2日から出勤でお願いします。\n\n{sig}\n"
                ),
            ),
        )
        .policy(pet_policy())
        .attach("シッター顧客一覧.xlsx", people_sheet("顧客", &["飼い主氏名", "住所", "携帯", "ペット", "キーボックス"], customers))
        .history(history.clone())
        .expect(Block, &[]),
    );
    // Mis-send: a new part-timer's My Number and dependants for her
    // social-insurance enrolment, meant for the labour consultant
    // (registered), sent to the supplies wholesaler by autocomplete; the
    // salutation names the consultant. A My Number to a company with no
    // lawful use for it: block.
    v.push(
        Case::new(
            "k12_pet_my_number_to_supplier",
            G,
            "mis-send: a new part-timer's My Number and dependant for her enrolment, meant for the registered labour consultant, sent to the supplies wholesaler",
            mail(
                "ポルト 河野 <kono@porto-pet.jp>",
                &["ケイズペットサプライ 営業部 <eigyo@ks-petsupply.co.jp>"],
                "新規採用者の資格取得届について",
                &office_letter(
                    "小野社会保険労務士事務所\n小野先生",
                    "ペットホテル ポルトの河野です。",
                    &format!(
                        "1月6日採用のパート従業員の資格取得をお願いします。\n\
                         氏名：三浦 さくら（1999年8月14日生）　週30時間　時給 1,250円\n\
                         マイナンバー：{my_number}\n\
                         扶養：長女 三浦 陽菜（2021年3月2日生）"
                    ),
                    &sig,
                ),
            ),
        )
        .policy(pet_policy())
        .history(history.clone())
        .no_leak(&my_number)
        .expect(Block, &["my_number_external"]),
    );
}

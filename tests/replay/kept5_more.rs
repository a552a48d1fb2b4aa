//! The fifth kept-aside set, continued (`kept5.rs` has its first
//! organisations and the helpers both halves use); split from it as it was,
//! cases in the same order.

use super::kept5::*;
use super::office_orgs::{office_letter, people_sheet};
use super::*;

/// The second half of `kept_fifth_cases`, in the same order.
pub(super) fn rest(v: &mut Vec<Case>, rng: &mut Rng) {
    use Group::Kept5 as G;
    // ---------------------------------------------------------- dental clinic
    // Everyday: a 歯科技工指示書 to the registered dental lab. The law
    // (歯科技工士法 第18条) requires the patient's name on it, with the tooth
    // and the prosthesis; sending it to the lab that makes the crown is the
    // purpose it was written for.
    v.push(
        Case::new(
            "k5_dental_lab_work_order",
            G,
            "everyday: a 歯科技工指示書 (patient's name, tooth, crown, shade, as the law requires) to the registered dental lab",
            mail(
                "受付 中山 <uketsuke@shirakaba-dental.jp>",
                &["つばき歯科技工所 <order@tsubaki-giko.co.jp>"],
                "技工物のご依頼（12/10納品希望）",
                &office_letter(
                    "有限会社つばき歯科技工所\nご担当者様",
                    "しらかば歯科クリニック 受付の中山です。",
                    "技工物のご依頼です。指示書を添付いたします。印象は本日午後の集荷でお渡しします。",
                    &dental_sig("受付 中山 由香", "uketsuke@shirakaba-dental.jp"),
                ),
            ),
        )
        .policy(dental_policy())
        .attach(
            "技工指示書_1202.docx",
            files::docx(&[
                "歯科技工指示書",
                "患者氏名：石川 恵子 様（女性・58歳）",
                "設計：右下6番 ジルコニアクラウン（FMC）",
                "シェード：A3　対合：天然歯　咬合採得：あり",
                "印象採得日：2026年12月2日　納品希望日：2026年12月10日",
                "指示歯科医師：森 直人　しらかば歯科クリニック 川崎市多摩区登戸2-5-3",
            ]),
        )
        .history(json!(["tsubaki-giko.co.jp", "dental-depot.co.jp"]))
        .expect(Allow, &[]),
    );
    // Mis-send: a patient asked for her treatment plan and estimate by mail;
    // autocomplete picked another 大川 (a different given name, an address
    // never mailed) instead of hers (mailed before). The plan holds her
    // diagnosis and treatment: special-care data of the patient to an address
    // that, by its own name, is someone else's: block.
    v.push(
        Case::new(
            "k5_dental_plan_to_other_okawa",
            G,
            "mis-send: a patient's treatment plan (重度歯周病, 抜歯, インプラント) to another 大川's private address picked by autocomplete",
            mail(
                "受付 中山 <uketsuke@shirakaba-dental.jp>",
                &["大川 真由美 <mayu.okawa@gmail.com>"],
                "治療計画書とお見積りの送付",
                &format!(
                    "大川 美咲 様\n\nいつもご来院ありがとうございます。しらかば歯科クリニック 受付の中山です。\n\
                     先日ご説明した治療計画書とお見積りをお送りします。ご不明な点はお気軽にお問い合わせください。\n\n{}\n",
                    dental_sig("受付 中山 由香", "uketsuke@shirakaba-dental.jp")
                ),
            ),
        )
        .policy(dental_policy())
        .attach(
            "治療計画書_大川美咲様.docx",
            files::docx(&[
                "治療計画書",
                "患者氏名：大川 美咲 様　生年月日：1979年4月3日",
                "診断：重度歯周病（P3）、右上7番 歯根破折",
                "治療計画：1. 歯周基本治療　2. 右上7番 抜歯　3. 右上6・7番 インプラント（2本）",
                "お見積り：インプラント 2本 880,000円、上部構造 88,000円　合計 968,000円（税込）",
                "担当医：森 直人",
            ]),
        )
        .history(json!(["misaki.okawa@yahoo.co.jp", "tsubaki-giko.co.jp", "h.kondo.home@gmail.com"]))
        .expect(Block, &[]),
    );

    // ------------------------------------------------------------ real estate
    // Everyday: the agent answers a buyer's enquiry at the gmail it came
    // from, with the property summary: the property's address, lot number,
    // price and the agent's licence number. No person but the buyer.
    v.push(
        Case::new(
            "k5_estate_reply_with_property_summary",
            G,
            "everyday: a reply to a buyer's enquiry at his gmail with the 物件概要書 (property address, 地番, price, licence number)",
            mail(
                "荻窪店 三浦 <miura@aoi-fudosan.co.jp>",
                &["小野寺 拓也 <takuya.onodera@gmail.com>"],
                "Re: 荻窪4丁目の戸建てについて",
                &format!(
                    "小野寺 拓也 様\n\nお問い合わせいただきありがとうございます。アオイ不動産 荻窪店の三浦です。\n\
                     ご質問の物件の概要書をお送りします。ご内見は12月12日(土)・13日(日)の10時〜16時で承れます。\n\
                     ご都合のよい日時をお知らせください。\n\n{}\n",
                    estate_sig("三浦 浩二", "miura@aoi-fudosan.co.jp")
                ),
            ),
        )
        .policy(estate_policy())
        .attach(
            "物件概要書_荻窪4丁目.docx",
            files::docx(&[
                "物件概要書",
                "所在地：東京都杉並区荻窪4丁目（地番 42番7）　住居表示：荻窪4-12-8",
                "価格：5,480万円　土地面積：98.52㎡　建物面積：92.10㎡（2階建）",
                "築年月：2009年3月　構造：木造スレート葺　現況：空家　引渡：相談",
                "交通：JR中央線「荻窪」駅 徒歩12分",
                "取引態様：媒介　株式会社アオイ不動産 荻窪店 TEL 03-3391-4580　宅地建物取引業 東京都知事(3)第98765号",
            ]),
        )
        .history(json!(["yoshida-shiho.jp", "hosho-net.co.jp", "s.imai.1975@yahoo.co.jp"]))
        .expect(Allow, &[]),
    );
    // Everyday: the settlement details to the registered 司法書士, who files
    // the transfer: the seller's and buyer's names and addresses, the lot,
    // the price and the lender. Two people's data to the professional whose
    // job it is.
    v.push(
        Case::new(
            "k5_estate_settlement_to_scrivener",
            G,
            "everyday: settlement details (seller's and buyer's names and addresses, lot, price, lender) to the registered judicial scrivener",
            mail(
                "荻窪店 三浦 <miura@aoi-fudosan.co.jp>",
                &["吉田 司法書士 <yoshida@yoshida-shiho.jp>"],
                "1/20 決済・登記のご依頼",
                &office_letter(
                    "吉田司法書士事務所\n吉田先生",
                    "アオイ不動産 荻窪店の三浦です。",
                    "下記物件の決済・登記をお願いいたします。\n\
                     ・物件：東京都杉並区荻窪4丁目42番7（土地）、同所 家屋番号42番7（建物）\n\
                     ・売主：井上 正雄 様（東京都杉並区荻窪4-12-8）\n\
                     ・買主：小野寺 拓也 様（神奈川県川崎市中原区新丸子町733-1）\n\
                     ・決済日：2027年1月20日(水) 10時 みずほ銀行 荻窪支店\n\
                     ・売買代金 5,480万円（手付金 500万円 受領済）、抵当権設定あり（みずほ銀行）",
                    &estate_sig("三浦 浩二", "miura@aoi-fudosan.co.jp"),
                ),
            ),
        )
        .policy(estate_policy())
        .history(json!(["yoshida-shiho.jp", "hosho-net.co.jp"]))
        .expect(Allow, &[]),
    );
    // Mis-send: the agent tells an applicant who lost the flat that she was
    // not chosen, and attaches the chosen applicant's 入居申込書 (his birth
    // date, income, employer, licence number and emergency contact): another
    // person's data to a private address: block.
    v.push(
        Case::new(
            "k5_estate_other_applicants_form",
            G,
            "mis-send: a refusal to one rental applicant (gmail) with the successful applicant's 入居申込書 attached (income, employer, licence number, emergency contact)",
            mail(
                "荻窪店 三浦 <miura@aoi-fudosan.co.jp>",
                &["佐野 美穂 <miho.sano.0815@gmail.com>"],
                "Re: 入居審査の結果について",
                &format!(
                    "佐野 美穂 様\n\nお世話になっております。アオイ不動産 荻窪店の三浦です。\n\
                     先日お申込みいただいた物件につきまして、誠に残念ながら今回はご希望に添えない結果となりました。\n\
                     また条件に合う物件がございましたらご案内いたします。\n\n{}\n",
                    estate_sig("三浦 浩二", "miura@aoi-fudosan.co.jp")
                ),
            ),
        )
        .policy(estate_policy())
        .attach("入居申込書_大森健一.xlsx", {
            let rows = vec![
                vec![t5("入居申込書（個人）")],
                vec![t5("物件名"), t5("メゾン荻窪 203号室")],
                vec![t5("申込者氏名"), t5("大森 健一")],
                vec![t5("フリガナ"), t5("オオモリ ケンイチ")],
                vec![t5("生年月日"), t5("1988年7月21日")],
                vec![t5("現住所"), t5("東京都練馬区豊玉北5-14-3 ハイツ豊玉102")],
                vec![t5("携帯電話"), t5("090-4471-3825")],
                vec![t5("勤務先"), t5("株式会社東邦エンジニアリング（勤続6年）")],
                vec![t5("年収"), t5("620万円")],
                vec![t5("運転免許証番号"), t5("第 3019 8847 2210 号")],
                vec![t5("緊急連絡先"), t5("大森 和子（母）"), t5("0277-45-1180")],
            ];
            files::xlsx(&[Sheet::new("申込書", rows)])
        })
        .history(json!(["yoshida-shiho.jp", "hosho-net.co.jp", "takuya.onodera@gmail.com"]))
        .expect(Block, &[]),
    );

    // ------------------------------------------------------- staffing agency
    // Everyday: the 派遣先通知書 the Worker Dispatching Act (第35条) requires
    // the agency to send the client: the three workers' names, sex, age band
    // and insurance status. Required by law, to the client they work at.
    v.push(
        Case::new(
            "k5_staffing_dispatch_notice_to_client",
            G,
            "everyday: the legally required 派遣先通知書 (three workers' names, sex, age band, insurance) to the client",
            mail(
                "派遣事業部 松井 <matsui@nextwork.co.jp>",
                &["総務課 関口 <sekiguchi@sanyo-seimitsu.co.jp>"],
                "派遣先通知書の送付（1月1日〜）",
                &office_letter(
                    "三陽精密株式会社\n総務課 関口様",
                    "ネクストワーク 宇都宮支店の松井です。",
                    "1月1日からの派遣について、派遣先通知書をお送りします。",
                    &staffing_sig("松井 亜紀", "matsui@nextwork.co.jp"),
                ),
            ),
        )
        .policy(staffing_policy())
        .attach(
            "派遣先通知書_202701.docx",
            files::docx(&[
                "派遣先通知書",
                "三陽精密株式会社 御中　2026年12月20日　株式会社ネクストワーク",
                "派遣期間：2027年1月1日〜2027年3月31日　就業場所：本社工場 第2製造課",
                "氏名\t性別\t年齢区分\t健康保険\t厚生年金\t雇用保険\t無期雇用",
                "安藤 美里\t女\t45歳以上\t有\t有\t有\t該当しない",
                "高野 亮介\t男\t\t有\t有\t有\t該当",
                "小西 陽菜\t女\t\t有\t有\t有\t該当しない",
                "協定対象派遣労働者であるか否か：全員 協定対象",
            ]),
        )
        .history(json!(["sanyo-seimitsu.co.jp", "kimura-sr.jp"]))
        .expect(Allow, &[]),
    );
    // Everyday: new workers' My Numbers for the social-insurance filing, to
    // the 社労士 office that files it; the policy names that office as
    // entitled (an exemption for my_number_external). Exactly what the
    // exemption is for.
    let new_staff: Vec<Vec<Cell>> = (0..8)
        .map(|i| {
            let p = Person::born_between(rng, 1970, 2005);
            vec![
                Cell::from(format!("NW{:05}", 31_200 + i)),
                Cell::from(p.name(rng)),
                Cell::Date(p.birth.0, p.birth.1, p.birth.2),
                Cell::from(pp::my_number(rng)),
                Cell::from(p.home.full()),
                Cell::Date(2027, 1, 1),
            ]
        })
        .collect();
    v.push(
        Case::new(
            "k5_staffing_my_numbers_to_entitled_sr",
            G,
            "everyday: eight new workers' My Numbers for the 資格取得届 to the 社労士 office the policy names as entitled",
            mail(
                "人事課 池田 <ikeda@nextwork.co.jp>",
                &["木村 社労士 <kimura@kimura-sr.jp>"],
                "1月入社者の資格取得届のご依頼",
                &office_letter(
                    "木村社会保険労務士事務所\n木村先生",
                    "ネクストワーク 人事課の池田です。",
                    "1月1日入社の派遣スタッフ8名の社会保険・雇用保険の資格取得届をお願いいたします。\n必要事項を添付の一覧にまとめました。",
                    &staffing_sig("池田 聡子", "ikeda@nextwork.co.jp"),
                ),
            ),
        )
        .policy(staffing_policy())
        .attach(
            "資格取得届_202701.xlsx",
            people_sheet("対象者", &["スタッフ番号", "氏名", "生年月日", "個人番号", "住所", "資格取得日"], new_staff),
        )
        .history(json!(["sanyo-seimitsu.co.jp", "kimura-sr.jp"]))
        .expect(Allow, &[]),
    );
    // Mis-send: the client asked for "the worker's details for her entry
    // card"; the coordinator pasted her My Number from the registration
    // record. The client is not entitled to it (番号法 第19条): block.
    let worker_number = pp::my_number(rng);
    v.push(
        Case::new(
            "k5_staffing_my_number_to_client",
            G,
            "mis-send: a dispatched worker's My Number pasted into a mail to the client asking for her entry-card details",
            mail(
                "派遣事業部 松井 <matsui@nextwork.co.jp>",
                &["総務課 関口 <sekiguchi@sanyo-seimitsu.co.jp>"],
                "Re: 入館証の発行について",
                &office_letter(
                    "三陽精密株式会社\n総務課 関口様",
                    "ネクストワーク 宇都宮支店の松井です。",
                    &format!(
                        "入館証の発行に必要な情報をお送りします。\n氏名：安藤 美里（アンドウ ミサト）\n生年月日：1979年10月2日\n\
                         マイナンバー：{}\nよろしくお願いいたします。",
                        pp::my_number_styled(rng, &worker_number)
                    ),
                    &staffing_sig("松井 亜紀", "matsui@nextwork.co.jp"),
                ),
            ),
        )
        .policy(staffing_policy())
        .history(json!(["sanyo-seimitsu.co.jp", "kimura-sr.jp"]))
        .expect(Block, &["my_number_external"])
        .no_leak(&worker_number),
    );
    // Mis-send: five applicants' full CVs (birth dates, home addresses,
    // private mobiles, schools, work history) to the client for it to pick
    // whom to interview. Agencies send anonymised skill sheets; identified
    // CVs of people who are not yet the client's business: confirm.
    let applicants: Vec<Vec<Cell>> = (0..5)
        .map(|_| {
            let p = Person::born_between(rng, 1975, 2002);
            vec![
                Cell::from(p.name(rng)),
                Cell::from(kana_of(&p)),
                Cell::Date(p.birth.0, p.birth.1, p.birth.2),
                Cell::from(p.home.full()),
                Cell::from(p.mobile.hyphen()),
                Cell::from(*rng.pick(&["宇都宮工業高校 卒", "栃木県立大学 工学部 卒", "那須職業能力開発校 修了"])),
                Cell::from(*rng.pick(&["自動車部品メーカー 検査 5年", "食品工場 ライン作業 3年", "精密機器 組立 8年"])),
                Cell::from(*rng.pick(&["フォークリフト", "QC検定3級", "危険物乙4", ""])),
            ]
        })
        .collect();
    v.push(
        Case::new(
            "k5_staffing_applicant_cvs_to_client",
            G,
            "mis-send: five applicants' identified CVs (birth dates, home addresses, mobiles, schools, careers) to the client to pick from",
            mail(
                "派遣事業部 松井 <matsui@nextwork.co.jp>",
                &["製造部 吉川 <yoshikawa@sanyo-seimitsu.co.jp>"],
                "検査スタッフ候補者のご紹介",
                &office_letter(
                    "三陽精密株式会社\n製造部 吉川様",
                    "ネクストワーク 宇都宮支店の松井です。",
                    "ご依頼の検査スタッフについて、候補者5名の履歴書をお送りします。\nご面談を希望される方をお知らせください。",
                    &staffing_sig("松井 亜紀", "matsui@nextwork.co.jp"),
                ),
            ),
        )
        .policy(staffing_policy())
        .attach(
            "候補者履歴書_5名.xlsx",
            people_sheet(
                "候補者",
                &["氏名", "ふりがな", "生年月日", "現住所", "携帯電話", "最終学歴", "職歴", "資格"],
                applicants,
            ),
        )
        .history(json!(["sanyo-seimitsu.co.jp", "kimura-sr.jp"]))
        .expect(Confirm, &[]),
    );

    // --------------------------------------------------------- nursery school
    // Everyday: the monthly special-meal order to the caterer: how many
    // allergen-free meals per class, and that one child carries an
    // adrenaline auto-injector. Counts, no child named: nobody's data.
    v.push(
        Case::new(
            "k5_nursery_allergy_meal_counts_to_caterer",
            G,
            "everyday: the allergen-free meal counts per class (卵, 乳, 小麦; one child with an エピペン), no child named, to the caterer",
            mail(
                "栄養士 今井 <imai@kobato-hoikuen.or.jp>",
                &["給食サービス 北関東営業所 <kitakanto@kyushoku-s.co.jp>"],
                "1月分 除去食のご依頼",
                &office_letter(
                    "株式会社給食サービス\n北関東営業所 ご担当者様",
                    "こばと保育園 栄養士の今井です。",
                    "1月分の除去食を下記のとおりお願いいたします。\n・ひよこ組（0歳児）卵除去 2食\n・りす組（1歳児）乳除去 1食、小麦除去 1食\n\
                     ・きりん組（4歳児）卵除去 1食\nエピペンを処方されている園児が1名おりますので、調理器具の分離を引き続きお願いいたします。",
                    &nursery_sig("栄養士 今井 早紀", "imai@kobato-hoikuen.or.jp"),
                ),
            ),
        )
        .policy(nursery_policy())
        .history(json!(["kyushoku-s.co.jp", "photo-hinata.co.jp", CITY]))
        .expect(Allow, &[]),
    );
    // Everyday: the graduating class's names and readings to the photo
    // studio that makes the graduation album under contract. Names for
    // captions, no birth date, address or contact.
    let graduates: Vec<Vec<Cell>> = (0..22)
        .map(|i| {
            let p = Person::born_between(rng, 2020, 2021);
            vec![
                Cell::Number(f64::from(i + 1)),
                Cell::from(p.name(rng)),
                Cell::from(kana_of(&p)),
                Cell::from("きりん組"),
            ]
        })
        .collect();
    v.push(
        Case::new(
            "k5_nursery_album_names_to_photographer",
            G,
            "everyday: the graduating class's 22 names and readings (for captions) to the photo studio making the graduation album",
            mail(
                "主任 木村 <kimura@kobato-hoikuen.or.jp>",
                &["フォトひなた 制作 <album@photo-hinata.co.jp>"],
                "卒園アルバム 名前データの送付",
                &office_letter(
                    "株式会社フォトひなた\n制作ご担当者様",
                    "こばと保育園 主任の木村です。",
                    "卒園アルバムのキャプション用に、きりん組の園児名（ふりがな付き）をお送りします。\n表記のご確認をお願いいたします。",
                    &nursery_sig("主任 木村 さおり", "kimura@kobato-hoikuen.or.jp"),
                ),
            ),
        )
        .policy(nursery_policy())
        .attach("卒園アルバム_名前一覧.xlsx", people_sheet("きりん組", &["No.", "園児氏名", "ふりがな", "クラス"], graduates))
        .history(json!(["kyushoku-s.co.jp", "photo-hinata.co.jp", CITY]))
        .expect(Allow, &[]),
    );
    // Mis-send: the same teacher forwards the children's register (birth
    // dates, parents, home addresses, mobiles, emergency contacts,
    // allergies) to her own gmail to make the phone tree at home: block.
    let register: Vec<Vec<Cell>> = (0..30)
        .map(|_| {
            let child = Person::born_between(rng, 2020, 2025);
            let parent = child.relative(rng, true, 1982, 1996);
            vec![
                Cell::from(child.name(rng)),
                Cell::Date(child.birth.0, child.birth.1, child.birth.2),
                Cell::from(parent.name(rng)),
                Cell::from(parent.home.full()),
                Cell::from(parent.mobile.hyphen()),
                Cell::from(Phone::mobile(rng).hyphen()),
                Cell::from(*rng.pick(&["なし", "なし", "なし", "卵", "乳", "小麦"])),
            ]
        })
        .collect();
    v.push(
        Case::new(
            "k5_nursery_register_to_own_gmail",
            G,
            "mis-send: a teacher forwards the children's register (parents, home addresses, mobiles, emergency contacts, allergies) to her own gmail",
            mail(
                "主任 木村 <kimura@kobato-hoikuen.or.jp>",
                &["木村 さおり <saori.kimura.0310@gmail.com>"],
                "Fw: 園児名簿（R8年度）",
                "家で連絡網を作る用\n",
            ),
        )
        .policy(nursery_policy())
        .attach(
            "園児名簿_R8.xlsx",
            people_sheet("名簿", &["園児氏名", "生年月日", "保護者氏名", "住所", "携帯電話", "緊急連絡先", "アレルギー"], register),
        )
        .history(json!(["kyushoku-s.co.jp", "photo-hinata.co.jp", CITY]))
        .expect(Block, &[]),
    );
    // Mis-send: a mother asked about her daughter's development check; the
    // teacher answers with reply-all, and the thread still carries the two
    // parents' association officers (their private addresses, mailed before
    // about the Christmas party). The child's suspected autism spectrum
    // disorder goes to two other families: block.
    v.push(
        Case::new(
            "k5_nursery_reply_all_development_to_other_parents",
            G,
            "mis-send: a reply about one child's development check (自閉スペクトラム症の疑い) with reply-all keeping two other parents in Cc",
            with(
                mail(
                    "主任 木村 <kimura@kobato-hoikuen.or.jp>",
                    &["佐藤 由佳 <yuka.sato.mama@icloud.com>"],
                    "Re: 発達相談の件",
                    &format!(
                        "佐藤 由佳 様\n\nいつもお世話になっております。こばと保育園の木村です。\n\
                         結衣ちゃんの発達相談の件、市の発達支援センターの検査では、軽度の自閉スペクトラム症の疑いがあるとのことでした。\n\
                         園でも加配の保育士をつけられるよう、市に申請いたします。\n一度、面談の時間をいただけますでしょうか。\n\n{}\n",
                        nursery_sig("主任 木村 さおり", "kimura@kobato-hoikuen.or.jp")
                    ),
                ),
                "cc",
                json!(["保護者会 会長 森本 <morimoto.family@gmail.com>", "保護者会 会計 石田 <ishida.akemi@yahoo.co.jp>"]),
            ),
        )
        .policy(nursery_policy())
        .history(json!(["yuka.sato.mama@icloud.com", "morimoto.family@gmail.com", "ishida.akemi@yahoo.co.jp", CITY]))
        .expect(Block, &[]),
    );
}

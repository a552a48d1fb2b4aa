//! The kept-aside part of the office-shapes corpus (forms, transposed and split
//! tables, Word tables, free text, digit boxes, companies), and the late set
//! written after the tuning: never tuned on.

use super::*;

// Written first, with labels, wording and layouts unlike the tuning part, and
// never used while tuning.

pub(super) fn aside_forms(rng: &mut Rng, docs: &mut Vec<Doc>) {
    use K::*;
    for i in 0..3 {
        let p = Person::born_between(rng, 1950, 1999);
        // A 身上異動届 with the labels in column B and each value merged over
        // three cells, two empty columns after the label.
        let grid: Grid = vec![
            vec![e(), t("身上異動届").span(5)],
            vec![e(), t("提出日"), e(), t("2026年11月2日")],
            vec![],
            vec![e(), t("従業員番号"), e(), e(), v(EmployeeId, employee_id(rng, i))],
            vec![e(), t("お名前"), e(), e(), v(PersonName, p.name(rng))],
            vec![e(), t("誕生日"), e(), e(), v(BirthDate, era_date(p.birth))],
            vec![e(), t("新しいご住所"), e(), e(), v(Address, p.home.full())],
            vec![e(), t("携帯電話"), e(), e(), v(Phone, p.mobile.styled(rng))],
            vec![e(), t("異動の内容"), e(), e(), t("転居")],
        ];
        docs.push(sheet_doc(Part::KeptAside, Shape::Form, &format!("身上異動届_{i}.xlsx"), &[("届出", (0, 0), grid)]));

        // A 扶養控除申告書 head in Word: two label/value pairs per row.
        let q = Person::born_between(rng, 1960, 2000);
        let spouse = q.relative(rng, !q.female, 1960, 2000);
        let my = my_number(rng);
        let grid: Grid = vec![
            vec![
                t("フリガナ"),
                v(PersonName, q.kana(rng)),
                t("生年月日"),
                v(BirthDate, full_width(&era_date(q.birth))),
            ],
            vec![t("氏　名"), v(PersonName, q.name(rng)), t("個人番号"), v(MyNumber, my_number_styled(rng, &my))],
            vec![t("住　所"), v(Address, q.home.full()).span(3)],
            vec![t("配偶者の氏名"), v(PersonName, spouse.name(rng)), t("続柄"), t("妻")],
            vec![t("基礎年金番号"), v(PensionNumber, pension(rng)), t("世帯主"), t("本人")],
        ];
        docs.push(word_doc(
            Part::KeptAside,
            Shape::Form,
            &format!("扶養控除申告書_{i}.docx"),
            &[
                Block::P("令和8年分 給与所得者の扶養控除等（異動）申告書"),
                Block::P("所轄税務署長 殿"),
                Block::Table(&grid),
            ],
        ));

        // A 口座振込依頼書: labels above their values.
        let r = Person::born_between(rng, 1960, 2000);
        let grid: Grid = vec![
            vec![t("口座振込依頼書").span(3)],
            vec![t("職員番号"), t("ご氏名"), t("ご連絡先")],
            vec![v(EmployeeId, employee_id(rng, i + 1)), v(PersonName, r.name(rng)), v(Phone, r.landline.hyphen())],
            vec![t("金融機関"), t("支店"), t("口座番号（普通）")],
            vec![t("みずほ銀行"), t("新宿支店"), v(BankAccount, rng.digits(7))],
        ];
        docs.push(sheet_doc(
            Part::KeptAside,
            Shape::Form,
            &format!("口座振込依頼書_{i}.xlsx"),
            &[("依頼書", (1, 1), grid)],
        ));
    }
    // Twin: an 評定表 with item names and grades, no one in it.
    let grid: Grid = vec![
        vec![t("職務評定表（記入例）").span(4)],
        vec![t("評定要素"), t("着眼点"), t("一次評定"), t("二次評定")],
        vec![t("責任感"), t("最後までやり遂げる"), t("Ｓ"), t("A")],
        vec![t("規律性"), t("ルールを守る"), t("B"), t("B")],
        vec![t("積極性"), t("改善を提案する"), t("A"), t("C")],
        vec![t("評定者コメント"), t("特になし").span(3)],
    ];
    docs.push(sheet_doc(Part::KeptAside, Shape::Form, "職務評定表_記入例.xlsx", &[("評定", (0, 0), grid)]));
}

pub(super) fn aside_transposed(rng: &mut Rng, docs: &mut Vec<Doc>) {
    use K::*;
    for i in 0..2 {
        let people: Vec<Person> = (0..4).map(|_| Person::born_between(rng, 1955, 2000)).collect();
        let row = |label: &str, kind: Option<K>, f: &mut dyn FnMut(&Person) -> String| -> Vec<G> {
            let mut r = vec![t(label)];
            for p in &people {
                let text = f(p);
                r.push(match kind {
                    Some(k) => v(k, text),
                    None => t(text),
                });
            }
            r
        };
        let mut grid: Grid = vec![vec![t("派遣スタッフ登録票（比較用）")], vec![]];
        grid.push(row("項目", None, &mut |_| "登録者".to_owned()));
        grid.push(row("名前", Some(PersonName), &mut |p| p.full()));
        let mut c = 0;
        grid.push(row("従業員ID", Some(EmployeeId), &mut |_| {
            c += 1;
            format!("S-{:04}", 1000 + c)
        }));
        grid.push(row("誕生日", Some(BirthDate), &mut |p| era_date(p.birth)));
        let mut r2 = Rng::new(99 + i);
        grid.push(row("年金番号", Some(PensionNumber), &mut |_| pension(&mut r2)));
        grid.push(row("免許証番号", Some(DriversLicense), &mut |_| licence(&mut r2)));
        grid.push(row("携帯", Some(Phone), &mut |p| p.mobile.hyphen()));
        grid.push(row("マイナンバー", Some(MyNumber), &mut |_| my_number(&mut r2)));
        grid.push(row("希望職種", None, &mut |_| "事務".to_owned()));
        docs.push(sheet_doc(
            Part::KeptAside,
            Shape::Transposed,
            &format!("登録票比較_{i}.xlsx"),
            &[("比較", (0, 1), grid)],
        ));
    }
    // Labels merged over two columns, values from column C on.
    let people: Vec<Person> = (0..3).map(|_| Person::born_between(rng, 1960, 1995)).collect();
    let mut grid: Grid = Vec::new();
    let mut line = |label: &str, kind: K, vals: Vec<String>| {
        let mut r = vec![t(label).span(2)];
        r.extend(vals.into_iter().map(|s| v(kind, s)));
        grid.push(r);
    };
    line("氏名（漢字）", PersonName, people.iter().map(Person::full).collect());
    line("生年月日", BirthDate, people.iter().map(|p| full_width(&era_date(p.birth))).collect());
    line("社員コード", EmployeeId, vec!["K-0101".into(), "K-0102".into(), "K-0103".into()]);
    line("現住所", Address, people.iter().map(|p| p.home.full()).collect());
    docs.push(sheet_doc(Part::KeptAside, Shape::Transposed, "候補者比較表.xlsx", &[("候補者", (0, 0), grid)]));
    // Twin: a monthly figures sheet with items down column A.
    let grid: Grid = vec![
        vec![t("科目"), t("4月"), t("5月"), t("6月")],
        vec![t("売上高"), t("1,204,000"), t("1,398,500"), t("1,150,200")],
        vec![t("仕入高"), t("604,000"), t("701,000"), t("590,300")],
        vec![t("担当部署"), t("営業一課"), t("営業一課"), t("営業二課")],
        vec![t("伝票番号"), t("202604-0012"), t("202605-0031"), t("202606-0007")],
    ];
    docs.push(sheet_doc(Part::KeptAside, Shape::Transposed, "月次推移.xlsx", &[("推移", (0, 0), grid)]));
}

pub(super) fn aside_split(rng: &mut Rng, docs: &mut Vec<Doc>) {
    use K::*;
    let mut grid: Grid = vec![
        vec![t("職員台帳"), e(), e(), e(), e(), e(), e()],
        vec![],
        vec![t("職員番号"), t("職員名"), t("健保"), e(), t("緊急連絡先"), e(), t("振込口座")],
        vec![e(), e(), t("記号"), t("番号"), t("氏名"), t("電話"), t("口座番号")],
    ];
    for i in 0..6 {
        let p = Person::born_between(rng, 1960, 2000);
        let kin = p.relative(rng, !p.female, 1950, 2000);
        grid.push(vec![
            v(EmployeeId, format!("{}", 3000 + i)),
            v(PersonName, p.full()),
            v(HealthInsurance, rng.range(10, 9999).to_string()),
            v(HealthInsurance, rng.range(1, 999).to_string()),
            v(PersonName, kin.name(rng)),
            v(Phone, kin.mobile.styled(rng)),
            v(BankAccount, rng.digits(7)),
        ]);
    }
    docs.push(sheet_doc(Part::KeptAside, Shape::SplitHeader, "職員台帳.xlsx", &[("台帳", (0, 0), grid)]));

    let mut grid: Grid = vec![
        vec![t("氏名").restart(), t("保険証").span(2), t("基礎年金"), t("生年月日").restart()],
        vec![cont(), t("記号"), t("番号"), t("番号"), cont()],
    ];
    for _ in 0..5 {
        let p = Person::born_between(rng, 1950, 1990);
        grid.push(vec![
            v(PersonName, p.name(rng)),
            v(HealthInsurance, full_width(&rng.range(100, 9999).to_string())),
            v(HealthInsurance, rng.range(1, 99).to_string()),
            v(PensionNumber, pension(rng)),
            v(BirthDate, era_date(p.birth)),
        ]);
    }
    docs.push(word_doc(
        Part::KeptAside,
        Shape::SplitHeader,
        "資格取得届_控.docx",
        &[Block::P("被保険者資格取得届（控）"), Block::Table(&grid), Block::P("以上")],
    ));
    // Twin: sales by quarter with a two-row header.
    let grid: Grid = vec![
        vec![t("店舗名"), t("上期"), e(), t("下期"), e()],
        vec![e(), t("数量"), t("金額"), t("数量"), t("金額")],
        vec![t("新宿店"), t("120"), t("1,440,000"), t("98"), t("1,176,000")],
        vec![t("横浜店"), t("87"), t("1,044,000"), t("101"), t("1,212,000")],
        vec![t("大宮店"), t("64"), t("768,000"), t("70"), t("840,000")],
    ];
    docs.push(sheet_doc(Part::KeptAside, Shape::SplitHeader, "店舗別実績.xlsx", &[("実績", (0, 0), grid)]));
}

pub(super) fn aside_word(rng: &mut Rng, docs: &mut Vec<Doc>) {
    use K::*;
    let mut grid: Grid = vec![
        vec![t("異動者一覧（令和8年4月1日付）").span(4)],
        vec![t("職員番号"), t("職員名"), t("異動前"), t("異動後")],
    ];
    for i in 0..5 {
        let p = Person::gen(rng);
        grid.push(vec![
            v(EmployeeId, full_width(&format!("{}", 52_000 + i * 7))),
            v(PersonName, p.name(rng)),
            t("総務課"),
            t("企画課"),
        ]);
    }
    let note: Grid = vec![vec![t("問合せ先"), v(PersonName, "人事課 小林")], vec![t("内線"), t("2231")]];
    docs.push(word_doc(
        Part::KeptAside,
        Shape::WordTable,
        "異動者一覧.docx",
        &[Block::P("職員各位"), Block::Nested(&grid, 2, 3, &note), Block::P("以上")],
    ));
    let mut grid: Grid = vec![vec![t("会員No."), t("お名前"), t("ご住所"), t("e-mail")]];
    for i in 0..5 {
        let p = Person::gen(rng);
        grid.push(vec![
            v(EmployeeId, format!("M{:05}", 200 + i)),
            v(PersonName, p.name(rng)),
            v(Address, p.home.full()),
            v(Email, p.email.clone()),
        ]);
    }
    docs.push(word_doc(
        Part::KeptAside,
        Shape::WordTable,
        "同好会会員名簿.docx",
        &[Block::P("同好会 会員名簿"), Block::P("取扱注意"), Block::Table(&grid)],
    ));
    // Twin: an order sheet in Word.
    let grid: Grid = vec![
        vec![t("品番"), t("品名"), t("数量"), t("備考")],
        vec![t("PS-1001"), t("コピー用紙 A4"), t("20"), t("至急")],
        vec![t("PS-1002"), t("ボールペン 黒"), t("100"), t("")],
        vec![t("PS-1003"), t("クリアファイル"), t("50"), t("")],
    ];
    docs.push(word_doc(
        Part::KeptAside,
        Shape::WordTable,
        "備品発注書.docx",
        &[Block::P("備品発注書"), Block::Table(&grid)],
    ));
}

pub(super) fn aside_free_text(rng: &mut Rng, docs: &mut Vec<Doc>) {
    use K::*;
    let mut grid: Grid = vec![vec![t("記録日"), t("対象者"), t("支援経過（体調・服薬含む）")]];
    let notes: &[(&str, bool)] = &[
        ("午前中は作業に集中して取り組み、昼休みは同僚と談笑していた。", false),
        ("朝から頭痛を訴え、持参の鎮痛剤を服用して早退した。", true),
        ("面談で来月からの勤務時間について確認し、本人も了承した。", false),
        ("通院のため午後休。主治医よりうつ病の診断が出ているとの報告あり。", true),
        ("清掃作業の手順書を見直し、写真付きの説明を追加した。", false),
        ("定例の振り返りを実施。目標の達成状況を一緒に確認した。", false),
    ];
    for (i, (note, sensitive)) in notes.iter().enumerate() {
        let p = Person::gen(rng);
        grid.push(vec![
            t(format!("2026/10/{}", 5 + i)),
            v(PersonName, p.name(rng)),
            if *sensitive { v(Health, *note) } else { t(*note) },
        ]);
    }
    docs.push(sheet_doc(Part::KeptAside, Shape::FreeText, "支援経過記録.xlsx", &[("経過", (0, 0), grid)]));
    // Twin: a work log with a narrative column and no one named.
    let grid: Grid = vec![
        vec![t("日付"), t("作業区分"), t("作業記録（経過）")],
        vec![t("10/1"), t("点検"), t("空調設備の定期点検を行い、フィルターを交換した。")],
        vec![t("10/2"), t("清掃"), t("倉庫の棚を整理し、不要な段ボールを処分した。")],
        vec![t("10/3"), t("搬入"), t("新しい什器を3階会議室に搬入し、配置を確認した。")],
        vec![t("10/4"), t("点検"), t("非常用照明の点灯を確認、異常なし。")],
    ];
    docs.push(sheet_doc(Part::KeptAside, Shape::FreeText, "設備作業記録.xlsx", &[("作業", (0, 0), grid)]));
}

/// A number written one digit a box, as printed forms ask (`個人番号` in 12
/// cells): labelled at its first box, where the finding is to be.
pub(super) fn boxes(kind: K, digits: &str, wide: bool, groups: &[usize]) -> Vec<G> {
    let mut out = Vec::new();
    let mut chars = digits.chars();
    for (gi, n) in groups.iter().enumerate() {
        if gi > 0 {
            out.push(t("-"));
        }
        for _ in 0..*n {
            let d = chars.next().map(String::from).unwrap_or_default();
            let d = if wide { full_width(&d) } else { d };
            out.push(if out.is_empty() { v(kind, d) } else { t(d) });
        }
    }
    out
}

// Kept aside (written before the digit boxes were read).
pub(super) fn aside_digit_boxes(rng: &mut Rng, docs: &mut Vec<Doc>) {
    use K::*;
    for i in 0..2 {
        let p = Person::born_between(rng, 1960, 2000);
        let my = my_number(rng);
        let mut mrow = vec![t("個人番号")];
        mrow.extend(boxes(MyNumber, &my, i == 0, &[4, 4, 4]));
        let mut arow = vec![t("振込先口座番号")];
        arow.extend(boxes(BankAccount, &rng.digits(7), i == 1, &[7]));
        let grid: Grid = vec![
            vec![t("給与振込口座・個人番号届")],
            vec![t("ふりがな"), v(PersonName, p.kana(rng)).span(6)],
            vec![t("氏名"), v(PersonName, p.name(rng)).span(6)],
            mrow,
            arow,
            vec![t("届出日"), t("令和8年4月1日").span(6)],
        ];
        docs.push(sheet_doc(
            Part::KeptAside,
            Shape::DigitBoxes,
            &format!("口座個人番号届_{i}.xlsx"),
            &[("届", (0, 0), grid)],
        ));
    }
    let p = Person::born_between(rng, 1960, 2000);
    let my = my_number(rng);
    let mut mrow = vec![t("マイナンバー")];
    mrow.extend(boxes(MyNumber, &my, true, &[12]));
    let grid: Grid = vec![vec![t("氏　名"), v(PersonName, p.full()).span(12)], mrow];
    docs.push(word_doc(
        Part::KeptAside,
        Shape::DigitBoxes,
        "番号届出書.docx",
        &[Block::P("個人番号届出書"), Block::Table(&grid)],
    ));
    // Twin: a product code in boxes.
    let mut row = vec![t("品番")];
    row.extend("4512345".chars().map(|c| t(c.to_string())));
    let grid: Grid = vec![vec![t("返品伝票")], row, vec![t("数量"), t("3")]];
    docs.push(sheet_doc(Part::KeptAside, Shape::DigitBoxes, "返品伝票.xlsx", &[("伝票", (0, 0), grid)]));
}

pub(super) fn aside_companies(rng: &mut Rng, docs: &mut Vec<Doc>) {
    use K::*;
    let firms = ["渡辺製作所", "高橋建設", "伊藤精肉店", "小林工務店", "加藤産業", "吉田電機商会"];
    let mut grid: Grid = vec![vec![t("得意先名"), t("ご担当者"), t("代表電話")]];
    for f in firms {
        let p = Person::gen(rng);
        grid.push(vec![t(f), v(PersonName, p.name(rng)), v(Phone, support::people::Phone::fixed(rng, "03").hyphen())]);
    }
    docs.push(sheet_doc(Part::KeptAside, Shape::CompanyNames, "得意先一覧.xlsx", &[("得意先", (0, 0), grid)]));
    // Twin: a customer list of firms only.
    let grid: Grid = vec![
        vec![t("顧客"), t("業種"), t("取引開始")],
        vec![t("山口運送"), t("運輸"), t("2019年")],
        vec![t("松本ベーカリー"), t("食品"), t("2021年")],
        vec![t("井上酒店"), t("小売"), t("2015年")],
        vec![t("木村塗装"), t("建設"), t("2020年")],
    ];
    docs.push(sheet_doc(Part::KeptAside, Shape::CompanyNames, "顧客一覧_法人.xlsx", &[("顧客", (0, 0), grid)]));
}

// Second kept-aside batch: written after the first tuning round, before the
// changes that followed it; measured unseen once (see `LATE_RECALL`).
pub(super) fn late_aside(rng: &mut Rng, docs: &mut Vec<Doc>) {
    use K::*;
    let part = Part::KeptAsideLate;
    // A 履歴書-like application: labels in A, values merged over B:E, a
    // photo box at F, and a history list below that names no one.
    for i in 0..2 {
        let p = Person::born_between(rng, 1985, 2004);
        let grid: Grid = vec![
            vec![t("履　歴　書"), e(), e(), e(), e(), t("写真")],
            vec![t("ふりがな"), v(PersonName, hiragana(&format!("{} {}", p.surname_kana, p.given_kana))).span(4)],
            vec![t("氏　　名"), v(PersonName, p.name(rng)).span(4)],
            vec![t("生年月日（和暦）"), v(BirthDate, format!("{}生", era_date(p.birth))).span(4)],
            vec![t("現住所"), v(Address, format!("〒{}　{}", p.home.postal_hyphen(), p.home.full())).span(4)],
            vec![t("連絡先（携帯）"), v(Phone, p.mobile.styled(rng)).span(4)],
            vec![t("メール"), v(Email, p.email.clone()).span(4)],
            vec![],
            vec![t("年"), t("月"), t("学歴・職歴").span(4)],
            vec![t("2019"), t("3"), t("県立高等学校 卒業").span(4)],
            vec![t("2023"), t("3"), t("私立大学 経済学部 卒業").span(4)],
            vec![t("2023"), t("4"), t("株式会社プレセンド 入社").span(4)],
        ];
        docs.push(sheet_doc(part, Shape::Form, &format!("履歴書_{i}.xlsx"), &[("履歴書", (0, 0), grid)]));
    }
    // An accident report in Word: a date that is not a birth date, and a
    // narrative that mentions an injury.
    let victim = Person::born_between(rng, 1930, 1950);
    let reporter = Person::gen(rng);
    let grid: Grid = vec![
        vec![t("報告者氏名"), v(PersonName, reporter.name(rng))],
        vec![t("発生日時"), t("令和8年10月3日 14時20分")],
        vec![t("利用者氏名"), v(PersonName, victim.name(rng))],
        vec![t("利用者生年月日"), v(BirthDate, era_date(victim.birth))],
        vec![
            t("事故の状況"),
            v(Health, "食堂で立ち上がった際にふらつき転倒、右手首を打撲。看護師が処置し、主治医に報告した。"),
        ],
        vec![t("再発防止策"), t("立ち上がり時に職員が声掛けと見守りを行う。")],
    ];
    docs.push(word_doc(
        part,
        Shape::Form,
        "事故報告書.docx",
        &[Block::P("事故報告書"), Block::Table(&grid), Block::P("施設長 印")],
    ));
    // A family sheet: relation, name and birth date down column A.
    let head = Person::born_between(rng, 1965, 1985);
    let spouse = head.relative(rng, !head.female, 1965, 1985);
    let child = head.relative(rng, true, 2005, 2015);
    let family = [&head, &spouse, &child];
    let mut rows: Grid = vec![vec![t("続柄"), t("本人"), t("配偶者"), t("長女")]];
    let mut names = vec![t("氏名")];
    names.extend(family.iter().map(|q| v(PersonName, q.name(rng))));
    rows.push(names);
    let mut births = vec![t("生年月日")];
    births
        .extend(family.iter().map(|q| v(BirthDate, q.birth.0.to_string() + &format!("/{}/{}", q.birth.1, q.birth.2))));
    rows.push(births);
    rows.push(vec![t("勤務先・学校"), t("株式会社プレセンド"), t("パート"), t("市立中学校")]);
    docs.push(sheet_doc(part, Shape::Transposed, "家族構成.xlsx", &[("家族", (0, 0), rows)]));
    // A class list: 連絡先 over 自宅/携帯/メール, 保護者 over 氏名/続柄.
    let mut grid: Grid = vec![
        vec![t("出席番号"), t("児童氏名"), t("保護者"), e(), t("連絡先"), e(), e()],
        vec![e(), e(), t("氏名"), t("続柄"), t("自宅"), t("携帯"), t("メール")],
    ];
    for i in 0..6 {
        let kid = Person::born_between(rng, 2015, 2016);
        let mother = rng.chance(0.5);
        let parent = kid.relative(rng, mother, 1975, 1990);
        grid.push(vec![
            t(format!("{}", i + 1)),
            v(PersonName, kid.name(rng)),
            v(PersonName, parent.name(rng)),
            t(if parent.female { "母" } else { "父" }),
            v(Phone, kid.landline.hyphen()),
            v(Phone, parent.mobile.hyphen()),
            v(Email, parent.email.clone()),
        ]);
    }
    docs.push(sheet_doc(part, Shape::SplitHeader, "学級連絡網.xlsx", &[("3年2組", (2, 0), grid)]));
    // A Word roster with the reading above the name in one column: two rows a person.
    let mut grid: Grid = vec![vec![t("ふりがな／氏名"), t("所属"), t("内線")]];
    for i in 0..4 {
        let p = Person::gen(rng);
        grid.push(vec![
            v(PersonName, hiragana(&format!("{} {}", p.surname_kana, p.given_kana))),
            t("総務課").restart(),
            t(format!("{}", 2100 + i)).restart(),
        ]);
        grid.push(vec![v(PersonName, p.name(rng)), cont(), cont()]);
    }
    docs.push(word_doc(part, Shape::WordTable, "職員録.docx", &[Block::P("職員録（内線表）"), Block::Table(&grid)]));
    // Suppliers built on family names.
    let mut grid: Grid = vec![vec![t("仕入先"), t("窓口担当"), t("取引区分")]];
    for f in ["田中鉄工所", "山本水産", "中島製材", "松田農園", "石川精機"] {
        let p = Person::gen(rng);
        grid.push(vec![t(f), v(PersonName, p.name(rng)), t("継続")]);
    }
    docs.push(sheet_doc(part, Shape::CompanyNames, "仕入先一覧.xlsx", &[("仕入先", (0, 0), grid)]));
    // Twins: an empty 履歴書 template and a price list by supplier.
    let grid: Grid = vec![
        vec![t("履　歴　書"), e(), e(), e(), e(), t("写真")],
        vec![t("ふりがな")],
        vec![t("氏　　名")],
        vec![t("生年月日"), t("昭和・平成　　年　　月　　日生")],
        vec![t("現住所"), t("〒")],
        vec![t("年"), t("月"), t("学歴・職歴")],
    ];
    docs.push(sheet_doc(part, Shape::Form, "履歴書_様式.xlsx", &[("様式", (0, 0), grid)]));
    let grid: Grid = vec![
        vec![t("仕入先"), t("品目"), t("単価")],
        vec![t("田中鉄工所"), t("ボルト M8"), t("12")],
        vec![t("山本水産"), t("冷凍さば"), t("380")],
        vec![t("中島製材"), t("杉 角材"), t("1,200")],
    ];
    docs.push(sheet_doc(part, Shape::CompanyNames, "仕入単価表.xlsx", &[("単価", (0, 0), grid)]));
}

//! The tuning part of the office-shapes corpus: the shapes the readers were
//! built against.

use super::*;

pub(super) fn tuning_forms(rng: &mut Rng, docs: &mut Vec<Doc>) {
    use K::*;
    for i in 0..3 {
        let p = Person::born_between(rng, 1955, 2000);
        // 人事評価シート: a form head, then a list of grades.
        let grid: Grid = vec![
            vec![t("人事評価シート（2026年度上期）")],
            vec![],
            vec![t("社員番号"), v(EmployeeId, employee_id(rng, i)), t("氏名"), v(PersonName, p.name(rng))],
            vec![t("所属"), t("営業部"), t("役職"), t("主任")],
            vec![t("生年月日"), v(BirthDate, era_date(p.birth)), t("入社日"), t("2015年4月1日")],
            vec![],
            vec![t("評価項目"), t("ウェイト"), t("自己評価"), t("上司評価"), t("コメント")],
            vec![t("業務遂行力"), t("30%"), t("A"), t("B"), t("目標を概ね達成した")],
            vec![t("協調性"), t("20%"), t("B"), t("B"), t("")],
            vec![t("企画力"), t("20%"), t("S"), t("A"), t("新規提案2件")],
            vec![t("総合評価"), t(""), t("A"), t("B")],
        ];
        docs.push(sheet_doc(Part::Tuning, Shape::Form, &format!("人事評価シート_{i}.xlsx"), &[("評価", (0, 0), grid)]));

        // 申請書 with merged label and value cells.
        let q = Person::born_between(rng, 1955, 2000);
        let my = my_number(rng);
        let grid: Grid = vec![
            vec![t("通勤手当申請書").span(5)],
            vec![t("申請者氏名").span(2), v(PersonName, q.name(rng)).span(3)],
            vec![t("フリガナ").span(2), v(PersonName, q.kana(rng)).span(3)],
            vec![t("住所").span(2), v(Address, q.home.full()).span(3)],
            vec![t("電話番号").span(2), v(Phone, q.landline.styled(rng)).span(3)],
            vec![t("マイナンバー").span(2), v(MyNumber, my_number_styled(rng, &my)).span(3)],
            vec![t("金融機関名").span(2), t("三井住友銀行 本店営業部").span(3)],
            vec![t("口座番号").span(2), v(BankAccount, full_width(&rng.digits(7))).span(3)],
            vec![t("通勤経路").span(2), t("自宅→新宿駅→本社").span(3)],
        ];
        docs.push(sheet_doc(Part::Tuning, Shape::Form, &format!("通勤手当申請書_{i}.xlsx"), &[("申請", (0, 0), grid)]));

        // Labels over values.
        let r = Person::born_between(rng, 1955, 2000);
        let grid: Grid = vec![
            vec![t("氏名"), t("生年月日"), t("電話番号")],
            vec![
                v(PersonName, r.name(rng)),
                v(BirthDate, full_width(&era_date(r.birth))),
                v(Phone, r.mobile.styled(rng)),
            ],
            vec![t("住所").span(3)],
            vec![v(Address, r.home.full()).span(3)],
            vec![t("基礎年金番号"), t("社員番号"), t("備考")],
            vec![v(PensionNumber, pension(rng)), v(EmployeeId, employee_id(rng, i + 2)), t("特になし")],
        ];
        docs.push(sheet_doc(Part::Tuning, Shape::Form, &format!("入社手続書_{i}.xlsx"), &[("入社", (0, 0), grid)]));

        // A 2-column label/value sheet in Word.
        let s = Person::born_between(rng, 1955, 2000);
        let grid: Grid = vec![
            vec![t("氏名"), v(PersonName, s.name(rng))],
            vec![t("社員番号"), v(EmployeeId, employee_id(rng, i + 1))],
            vec![t("生年月日"), v(BirthDate, era_date(s.birth))],
            vec![t("住所"), v(Address, s.home.full())],
            vec![t("個人番号"), v(MyNumber, my_number(rng))],
            vec![t("休職理由"), t("家庭の事情")],
        ];
        docs.push(word_doc(
            Part::Tuning,
            Shape::Form,
            &format!("休職届_{i}.docx"),
            &[Block::P("休職届"), Block::P("下記のとおり届け出ます。"), Block::Table(&grid)],
        ));
    }
    // Twins: grades and item names only.
    let grid: Grid = vec![
        vec![t("評価シート（様式）")],
        vec![t("氏名"), e(), t("社員番号"), e()],
        vec![t("評価項目"), t("自己評価"), t("上司評価")],
        vec![t("業務遂行力"), t("A"), t("B")],
        vec![t("協調性"), t("B"), t("C")],
        vec![t("指導力"), t("A"), t("A")],
        vec![t("規律性"), t("S"), t("B")],
    ];
    docs.push(sheet_doc(Part::Tuning, Shape::Form, "評価シート_様式.xlsx", &[("様式", (0, 0), grid)]));
}

pub(super) fn tuning_transposed(rng: &mut Rng, docs: &mut Vec<Doc>) {
    use K::*;
    for i in 0..2u64 {
        let people: Vec<Person> = (0..5).map(|_| Person::born_between(rng, 1950, 2000)).collect();
        let mut r2 = Rng::new(7 + i);
        let mut grid: Grid = Vec::new();
        let mut line = |label: &str, kind: Option<K>, vals: Vec<String>| {
            let mut r = vec![t(label)];
            r.extend(vals.into_iter().map(|s| match kind {
                Some(k) => v(k, s),
                None => t(s),
            }));
            grid.push(r);
        };
        line("氏名", Some(PersonName), people.iter().map(Person::full).collect());
        line(
            "フリガナ",
            Some(PersonName),
            people.iter().map(|p| format!("{} {}", p.surname_kana, p.given_kana)).collect(),
        );
        line("社員番号", Some(EmployeeId), (0..5).map(|j| format!("{}", 10_100 + j)).collect());
        line("生年月日", Some(BirthDate), people.iter().map(|p| era_date(p.birth)).collect());
        line("基礎年金番号", Some(PensionNumber), (0..5).map(|_| pension(&mut r2)).collect());
        line("運転免許証番号", Some(DriversLicense), (0..5).map(|_| licence(&mut r2)).collect());
        line("住所", Some(Address), people.iter().map(|p| p.home.full()).collect());
        line("電話番号", Some(Phone), people.iter().map(|p| p.mobile.hyphen()).collect());
        line("所属", None, vec!["総務部".into(); 5]);
        if i == 0 {
            docs.push(sheet_doc(Part::Tuning, Shape::Transposed, "社員情報_横持ち.xlsx", &[("横持ち", (0, 0), grid)]));
        } else {
            let mut head = vec![t("項目")];
            head.extend((1..=5).map(|j| t(format!("{j}人目"))));
            grid.insert(0, head);
            docs.push(word_doc(
                Part::Tuning,
                Shape::Transposed,
                "新入社員情報.docx",
                &[Block::P("新入社員情報一覧"), Block::Table(&grid)],
            ));
        }
    }
    // Twin.
    let grid: Grid = vec![
        vec![t("項目"), t("第1四半期"), t("第2四半期")],
        vec![t("受注件数"), t("124"), t("131")],
        vec![t("受注金額"), t("12,400,000"), t("13,050,000")],
        vec![t("注文番号"), t("202604150001"), t("202607150002")],
    ];
    docs.push(sheet_doc(Part::Tuning, Shape::Transposed, "四半期実績.xlsx", &[("実績", (0, 0), grid)]));
}

pub(super) fn tuning_split(rng: &mut Rng, docs: &mut Vec<Doc>) {
    use K::*;
    let mut grid: Grid = vec![
        vec![t("社会保険 加入者一覧")],
        vec![],
        vec![t("社員番号"), t("氏名"), t("健康保険"), e(), t("基礎年金"), t("口座"), e(), e()],
        vec![e(), e(), t("記号"), t("番号"), t("番号"), t("銀行名"), t("支店"), t("番号")],
    ];
    for i in 0..8 {
        let p = Person::born_between(rng, 1960, 2000);
        grid.push(vec![
            v(EmployeeId, format!("{}", 2001 + i)),
            v(PersonName, p.name(rng)),
            v(HealthInsurance, rng.range(100, 9999).to_string()),
            v(HealthInsurance, rng.range(1, 999).to_string()),
            v(PensionNumber, pension(rng)),
            t(*rng.pick(&["三菱UFJ銀行", "ゆうちょ銀行", "りそな銀行"])),
            t(*rng.pick(&["本店", "渋谷支店", "梅田支店"])),
            v(BankAccount, rng.digits(7)),
        ]);
    }
    docs.push(sheet_doc(Part::Tuning, Shape::SplitHeader, "社会保険加入者一覧.xlsx", &[("一覧", (0, 0), grid)]));

    let mut grid: Grid = vec![
        vec![t("氏名").restart(), t("健康保険証").span(2), t("連絡先").restart()],
        vec![cont(), t("記号"), t("番号"), cont()],
    ];
    for _ in 0..5 {
        let p = Person::gen(rng);
        grid.push(vec![
            v(PersonName, p.name(rng)),
            v(HealthInsurance, rng.range(100, 9999).to_string()),
            v(HealthInsurance, rng.range(1, 99).to_string()),
            v(Phone, p.mobile.styled(rng)),
        ]);
    }
    docs.push(word_doc(
        Part::Tuning,
        Shape::SplitHeader,
        "保険証一覧.docx",
        &[Block::P("保険証 交付一覧"), Block::Table(&grid)],
    ));
    // Twin.
    let grid: Grid = vec![
        vec![t("商品名"), t("今月"), e(), t("前月"), e()],
        vec![e(), t("数量"), t("金額"), t("数量"), t("金額")],
        vec![t("コピー用紙"), t("40"), t("18,000"), t("35"), t("15,750")],
        vec![t("トナー"), t("3"), t("27,000"), t("2"), t("18,000")],
    ];
    docs.push(sheet_doc(Part::Tuning, Shape::SplitHeader, "消耗品集計.xlsx", &[("集計", (0, 0), grid)]));
}

pub(super) fn tuning_word(rng: &mut Rng, docs: &mut Vec<Doc>) {
    use K::*;
    let mut grid: Grid = vec![vec![t("社員番号"), t("氏名"), t("現所属"), t("新所属"), t("発令日")]];
    for i in 0..6 {
        let p = Person::gen(rng);
        grid.push(vec![
            v(EmployeeId, format!("{}", 81_200 + i * 3)),
            v(PersonName, p.name(rng)),
            t("営業一課"),
            t("営業二課"),
            t("令和8年4月1日"),
        ]);
    }
    docs.push(word_doc(
        Part::Tuning,
        Shape::WordTable,
        "人事異動内示.docx",
        &[Block::P("人事異動内示"), Block::P("下記のとおり内示します。"), Block::Table(&grid), Block::P("以上")],
    ));
    let mut grid: Grid = vec![vec![t("No."), t("氏名"), t("フリガナ"), t("電話番号"), t("メールアドレス")]];
    for i in 0..5 {
        let p = Person::gen(rng);
        grid.push(vec![
            t(format!("{}", i + 1)),
            v(PersonName, p.name(rng)),
            v(PersonName, p.kana(rng)),
            v(Phone, p.mobile.styled(rng)),
            v(Email, p.email.clone()),
        ]);
    }
    docs.push(word_doc(Part::Tuning, Shape::WordTable, "連絡網.docx", &[Block::P("PTA 連絡網"), Block::Table(&grid)]));
    // A table on a slide.
    let mut grid: Grid = vec![vec![t("氏名"), t("社員番号"), t("部署")]];
    for i in 0..4 {
        let p = Person::gen(rng);
        grid.push(vec![v(PersonName, p.name(rng)), v(EmployeeId, format!("{}", 4400 + i)), t("開発部")]);
    }
    let mut labels = Vec::new();
    grid_labels(&grid, "slide 1|table 1", (1, 1), &mut labels);
    docs.push(Doc {
        name: "プロジェクト体制.pptx".into(),
        part: Part::Tuning,
        shape: Shape::WordTable,
        bytes: pptx_table("プロジェクト体制", &grid),
        labels,
        negative: false,
    });
    // Twin.
    let grid: Grid = vec![
        vec![t("日程"), t("内容"), t("場所")],
        vec![t("4月1日"), t("入社式"), t("本社 大会議室")],
        vec![t("4月2日"), t("新人研修"), t("研修センター")],
    ];
    docs.push(word_doc(Part::Tuning, Shape::WordTable, "研修日程.docx", &[Block::P("研修日程"), Block::Table(&grid)]));
}

pub(super) fn tuning_free_text(rng: &mut Rng, docs: &mut Vec<Doc>) {
    use K::*;
    let mut grid: Grid = vec![vec![t("日付"), t("利用者名"), t("症状・経過記録")]];
    let notes: &[(&str, bool)] = &[
        ("昼食を全量摂取。午後はレクリエーションに参加された。", false),
        ("夜間に発熱あり（37.8度）、主治医に連絡し解熱剤を服用。", true),
        ("入浴介助を実施。ご家族の面会があり穏やかに過ごされた。", false),
        ("散歩の後、居室で読書をして過ごされた。", false),
        ("血圧が高めのため降圧剤の量を調整したと看護師より報告。", true),
        ("ご家族と電話で来月の行事予定について話された。", false),
    ];
    for (i, (note, sensitive)) in notes.iter().enumerate() {
        let p = Person::gen(rng);
        grid.push(vec![
            t(format!("10月{}日", i + 1)),
            v(PersonName, p.name(rng)),
            if *sensitive { v(Health, *note) } else { t(*note) },
        ]);
    }
    docs.push(sheet_doc(Part::Tuning, Shape::FreeText, "介護記録.xlsx", &[("記録", (0, 0), grid)]));
    let grid: Grid = vec![
        vec![t("日付"), t("経過記録")],
        vec![t("10/1"), t("会議室のプロジェクターを交換し、動作を確認した。")],
        vec![t("10/2"), t("来客用駐車場の区画線を引き直した。")],
        vec![t("10/3"), t("社内報の原稿を各部署から回収した。")],
    ];
    docs.push(sheet_doc(Part::Tuning, Shape::FreeText, "総務経過記録.xlsx", &[("記録", (0, 0), grid)]));
}

pub(super) fn tuning_companies(rng: &mut Rng, docs: &mut Vec<Doc>) {
    use K::*;
    let firms = ["山田運輸", "佐藤食品工業", "鈴木商店", "田中建設", "中村印刷", "斎藤製菓"];
    let mut grid: Grid = vec![vec![t("取引先"), t("担当者"), t("電話番号")]];
    for f in firms {
        let p = Person::gen(rng);
        grid.push(vec![t(f), v(PersonName, p.name(rng)), v(Phone, support::people::Phone::fixed(rng, "06").hyphen())]);
    }
    docs.push(sheet_doc(Part::Tuning, Shape::CompanyNames, "取引先一覧.xlsx", &[("取引先", (0, 0), grid)]));
    let grid: Grid = vec![
        vec![t("顧客名"), t("地域"), t("ランク")],
        vec![t("高橋運輸"), t("関東"), t("A")],
        vec![t("伊藤食品工業"), t("関西"), t("B")],
        vec![t("渡辺商店"), t("東海"), t("A")],
        vec![t("小林製作所"), t("九州"), t("C")],
    ];
    docs.push(sheet_doc(Part::Tuning, Shape::CompanyNames, "顧客ランク.xlsx", &[("顧客", (0, 0), grid)]));
}

pub(super) fn tuning_digit_boxes(rng: &mut Rng, docs: &mut Vec<Doc>) {
    use K::*;
    for i in 0..2 {
        let p = Person::born_between(rng, 1960, 2000);
        let my = my_number(rng);
        let mut mrow = vec![t("マイナンバー")];
        mrow.extend(boxes(MyNumber, &my, i == 1, &[12]));
        let mut arow = vec![t("口座番号"), e()];
        arow.extend(boxes(BankAccount, &rng.digits(7), false, &[7]));
        let grid: Grid =
            vec![vec![t("扶養控除等申告書（控）")], vec![t("氏名"), v(PersonName, p.name(rng)).span(4)], mrow, arow];
        docs.push(sheet_doc(Part::Tuning, Shape::DigitBoxes, &format!("申告書控_{i}.xlsx"), &[("控", (0, 0), grid)]));
    }
    // Twin: an order number in boxes.
    let mut row = vec![t("注文番号")];
    row.extend("202604150001".chars().map(|c| t(c.to_string())));
    let grid: Grid = vec![vec![t("注文控")], row];
    docs.push(sheet_doc(Part::Tuning, Shape::DigitBoxes, "注文控.xlsx", &[("控", (0, 0), grid)]));
}

// Tuning, second round: shapes like those of the late batch, written anew.
pub(super) fn tuning_second_round(rng: &mut Rng, docs: &mut Vec<Doc>) {
    use K::*;
    // Relation words (本人, 配偶者) across the top, one person a column.
    let head = Person::born_between(rng, 1960, 1980);
    let wife = head.relative(rng, true, 1960, 1980);
    let son = head.relative(rng, false, 1995, 2010);
    let daughter = head.relative(rng, true, 1995, 2010);
    let fam = [&head, &wife, &son, &daughter];
    let mut names = vec![t("氏名")];
    names.extend(fam.iter().map(|q| v(PersonName, q.full())));
    let mut kana = vec![t("フリガナ")];
    kana.extend(fam.iter().map(|q| v(PersonName, format!("{} {}", q.surname_kana, q.given_kana))));
    let mut births = vec![t("生年月日")];
    births.extend(fam.iter().map(|q| v(BirthDate, era_date(q.birth))));
    let grid: Grid = vec![
        vec![t("扶養親族の状況")],
        vec![t("続柄"), t("本人"), t("配偶者"), t("子"), t("子")],
        names,
        kana,
        births,
        vec![t("同居"), t("-"), t("同居"), t("別居"), t("同居")],
    ];
    docs.push(sheet_doc(Part::Tuning, Shape::Transposed, "扶養親族の状況.xlsx", &[("扶養", (0, 0), grid)]));
    // Two rows a person: the reading above the name, other cells merged down.
    let mut grid: Grid = vec![vec![t("社員番号"), t("フリガナ／氏名"), t("部署"), t("入社年月日")]];
    for i in 0..5 {
        let p = Person::gen(rng);
        grid.push(vec![
            v(EmployeeId, format!("{}", 7301 + i)),
            v(PersonName, format!("{} {}", p.surname_kana, p.given_kana)),
            t("経理部"),
            t("2018/04/01"),
        ]);
        grid.push(vec![e(), v(PersonName, p.name(rng)), e(), e()]);
    }
    docs.push(sheet_doc(Part::Tuning, Shape::Form, "社員一覧_2段.xlsx", &[("一覧", (0, 0), grid)]));
    let mut grid: Grid = vec![vec![t("フリガナ／氏名"), t("学年"), t("部活動")]];
    for _ in 0..4 {
        let p = Person::born_between(rng, 2008, 2010);
        grid.push(vec![
            v(PersonName, hiragana(&format!("{} {}", p.surname_kana, p.given_kana))),
            t("2年").restart(),
            t("吹奏楽部").restart(),
        ]);
        grid.push(vec![v(PersonName, p.name(rng)), cont(), cont()]);
    }
    docs.push(word_doc(Part::Tuning, Shape::WordTable, "部員名簿.docx", &[Block::P("部員名簿"), Block::Table(&grid)]));
    // A list whose header words are all unknown: the names are found by their values.
    let mut grid: Grid = vec![vec![t("取引先"), t("営業窓口"), t("支払条件")]];
    for f in ["木村運送", "林酒店", "清水工業", "森田商事", "池田印刷"] {
        let p = Person::gen(rng);
        grid.push(vec![t(f), v(PersonName, p.name(rng)), t("月末締め翌月末払い")]);
    }
    docs.push(sheet_doc(Part::Tuning, Shape::CompanyNames, "取引先窓口.xlsx", &[("窓口", (0, 0), grid)]));
}

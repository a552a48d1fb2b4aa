//! More labelled tables of the quality corpus: sign-up sheets, staff
//! directories, applicants, accounts, transfers, insurance and check-up lists.

use super::*;

/// An event sign-up list saved as "Unicode text" (UTF-16, tabs), header synonyms.
pub(super) fn event_signup_utf16(rng: &mut Rng) -> Doc {
    let mut tb = Table::new(
        "",
        vec![
            ("No", no()),
            ("お名前", is(K::PersonName)),
            ("ふりがな", is(K::PersonName)),
            ("〒", is(K::PostalCode)),
            ("現住所", is(K::Address)),
            ("連絡先", no()),
            ("E-mail", is(K::Email)),
            ("誕生日", is(K::BirthDate)),
        ],
    );
    for i in 1..=60 {
        let p = Person::gen(rng);
        let contact_is_mail = rng.chance(0.15);
        let contact = if contact_is_mail { p.email.clone() } else { any_phone(rng, &p) };
        let kana = format!("{} {}", hiragana(p.surname_kana), hiragana(p.given_kana));
        let row = vec![
            t(i.to_string()),
            t(p.name(rng)),
            t(kana),
            t(p.home.postal_styled(rng)),
            t(address_text(rng, &p.home, 0.1)),
            t(contact),
            if rng.chance(0.9) { t(p.email.clone()) } else { Cell::Empty },
            t(date_text(rng, p.birth)),
        ];
        tb.push(row);
        tb.extra(5, if contact_is_mail { K::Email } else { K::Phone });
    }
    csv_doc("event_参加申込_utf16.txt", &tb, '\t', Enc::Utf16, false)
}

/// A company directory: TEL, 携帯番号 and a 4-digit extension that is not a phone.
pub(super) fn staff_directory(rng: &mut Rng) -> Doc {
    let office = Phone::fixed(rng, "03");
    let mut tb = Table::new(
        "",
        vec![
            ("氏名", is(K::PersonName)),
            ("所属", no()),
            ("内線", no()),
            ("TEL", is(K::Phone)),
            ("携帯番号", is(K::Phone)),
            ("メールアドレス", is(K::Email)),
        ],
    );
    for _ in 0..40 {
        let p = Person::gen(rng);
        let mail = format!("{}.{}@{}", romaji(p.given_kana), romaji(p.surname_kana), COMPANY_DOMAINS[0]);
        let mut line = office.clone();
        line.digits = format!("{}{}", &office.digits[..6], rng.digits(4));
        let row = vec![
            t(p.name(rng)),
            t(*rng.pick(DEPTS)),
            t(rng.range(1000, 4999).to_string()),
            t(line.hyphen()),
            if rng.chance(0.85) { t(p.mobile.styled(rng)) } else { Cell::Empty },
            t(mail),
        ];
        tb.push(row);
    }
    csv_doc("社員名簿_連絡先.csv", &tb, ',', Enc::Utf8, false)
}

/// A staff roster kept by a foreign-affiliated company: English headers.
pub(super) fn staff_roster_english(rng: &mut Rng) -> Doc {
    let mut tb = Table::new(
        "Staff",
        vec![
            ("Employee No.", is(K::EmployeeId)),
            ("Full Name", is(K::PersonName)),
            ("Date of Birth", is(K::BirthDate)),
            ("Mobile", is(K::Phone)),
            ("E-mail", is(K::Email)),
            ("Home Address", is(K::Address)),
            ("Passport No.", is(K::Passport)),
            ("Emergency Contact", is(K::Phone)),
            ("Joined", no()),
        ],
    );
    for _ in 0..40 {
        let p = Person::gen(rng);
        let name = if rng.chance(0.5) {
            let g = romaji(p.given_kana);
            let mut gc = g.chars();
            let given = gc.next().map(|c| c.to_ascii_uppercase().to_string() + gc.as_str()).unwrap_or_default();
            format!("{} {}", given, romaji(p.surname_kana).to_uppercase())
        } else {
            p.name(rng)
        };
        let relative = Person::gen(rng);
        let row = vec![
            t(employee_id(rng)),
            t(name),
            birth_cell(rng, p.birth),
            t(p.mobile.styled(rng)),
            t(p.email.clone()),
            t(p.home.full()),
            if rng.chance(0.85) { t(passport(rng)) } else { Cell::Empty },
            t(relative.mobile.styled(rng)),
            Cell::Date(rng.range(2010, 2025) as u16, 4, 1),
        ];
        tb.push(row);
    }
    xlsx_doc("staff_roster_en.xlsx", &[tb], false)
}

/// Foreign trainees: residence cards, passports, nationality (which is not race).
pub(super) fn foreign_staff(rng: &mut Rng) -> Doc {
    let dorm = Address::gen(rng);
    let mut tb = Table::new(
        "名簿",
        vec![
            ("氏名", is(K::PersonName)),
            ("国籍", no()),
            ("生年月日", is(K::BirthDate)),
            ("在留カード番号", is(K::ResidenceCard)),
            ("在留資格", no()),
            ("在留期間満了日", no()),
            ("旅券番号", is(K::Passport)),
            ("携帯番号", is(K::Phone)),
            ("住所", is(K::Address)),
        ],
    )
    .title(vec![vec![t("技能実習生・特定技能外国人 名簿")], vec![t("作成日：2026年10月1日")]]);
    for i in 0..40 {
        let name = FOREIGN_NAMES[i % FOREIGN_NAMES.len()];
        let nationality = if name.is_ascii() || name.contains('・') {
            *rng.pick(&["ベトナム", "フィリピン", "インドネシア", "ネパール", "ブラジル", "ミャンマー"])
        } else {
            *rng.pick(&["中国", "韓国", "台湾"])
        };
        let b = birth_date(rng, 1985, 2005);
        let m = Phone::mobile(rng);
        let room = 100 + rng.range(1, 30);
        let row = vec![
            t(name),
            t(nationality),
            if rng.chance(0.5) { Cell::Date(b.0, b.1, b.2) } else { t(format!("{}/{:02}/{:02}", b.0, b.1, b.2)) },
            t(residence_card(rng)),
            t(*rng.pick(&["技能実習2号", "特定技能1号", "技術・人文知識・国際業務", "永住者", "留学"])),
            Cell::Date(rng.range(2026, 2030) as u16, rng.range(1, 12) as u8, rng.range(1, 28) as u8),
            t(foreign_passport(rng)),
            t(m.styled(rng)),
            t(format!("{} {}号室", dorm.full(), room)),
        ];
        tb.push(row);
    }
    xlsx_doc("外国人材名簿.xlsx", &[tb], false)
}

/// A funeral home's customer list: 宗派 is creed.
pub(super) fn funeral_list(rng: &mut Rng) -> Doc {
    let staff: Vec<Person> = (0..3).map(|_| Person::gen(rng)).collect();
    let mut tb = Table::new(
        "受付台帳",
        vec![
            ("受付日", no()),
            ("喪主氏名", is(K::PersonName)),
            ("故人氏名", is(K::PersonName)),
            ("続柄", no()),
            ("宗派", is(K::Religion)),
            ("住所", is(K::Address)),
            ("電話番号", is(K::Phone)),
            ("式場", no()),
            ("担当者", is(K::PersonName)),
        ],
    );
    for _ in 0..40 {
        let p = Person::gen(rng);
        let female = rng.chance(0.5);
        let deceased = p.relative(rng, female, 1925, 1960);
        let unknown = rng.chance(0.08);
        let row = vec![
            Cell::Date(2026, rng.range(1, 9) as u8, rng.range(1, 28) as u8),
            t(p.name(rng)),
            t(deceased.name(rng)),
            t(*rng.pick(&["父", "母", "夫", "妻", "祖母"])),
            t(if unknown { "不明".to_owned() } else { rng.pick(RELIGIONS).to_string() }),
            t(address_text(rng, &p.home, 0.1)),
            t(any_phone(rng, &p)),
            t(*rng.pick(&["第1ホール", "第2ホール", "自宅", "家族葬ルーム"])),
            t(staff[rng.below(3)].name(rng)),
        ];
        tb.push(row);
        if unknown {
            tb.undecided(4, &[K::Religion]);
        }
    }
    xlsx_doc("葬儀受付台帳.xlsx", &[tb], false)
}

/// Job applicants: 賞罰 holds awards and convictions; only convictions are labelled.
pub(super) fn applicants(rng: &mut Rng) -> Doc {
    let awards =
        ["2018年 社内営業コンテスト優秀賞", "2015年 県知事表彰（消防団功労）", "全国高校珠算大会 3位", "2020年 社長賞"];
    let schools =
        ["東京都立○○高等学校 卒業", "○○大学 経済学部 卒業", "○○専門学校 情報処理科 卒業", "○○大学大学院 修士課程修了"];
    let mut tb = Table::new(
        "応募者",
        vec![
            ("応募者氏名", is(K::PersonName)),
            ("生年月日", is(K::BirthDate)),
            ("最終学歴", no()),
            ("賞罰", no()),
            ("運転免許証番号", is(K::DriversLicense)),
            ("携帯電話", is(K::Phone)),
            ("メール", is(K::Email)),
            ("現住所", is(K::Address)),
        ],
    );
    for _ in 0..80 {
        let p = Person::born_between(rng, 1970, 2004);
        let roll = rng.below(10);
        let record = match roll {
            0..=4 => "なし".to_owned(),
            5..=7 => rng.pick(&awards).to_string(),
            _ => rng.pick(CRIMES).to_string(),
        };
        let row = vec![
            t(p.name(rng)),
            birth_cell(rng, p.birth),
            t(*rng.pick(&schools)),
            t(record),
            if rng.chance(0.9) { t(drivers_license(rng)) } else { t("なし") },
            t(p.mobile.styled(rng)),
            t(p.email.clone()),
            t(address_text(rng, &p.home, 0.05)),
        ];
        tb.push(row);
        if roll >= 8 {
            tb.extra(3, K::CriminalRecord);
        }
    }
    xlsx_doc("採用_応募者一覧.xlsx", &[tb], false)
}

/// A consumer-centre consultation log: some consultations are about being a victim of crime.
pub(super) fn consultation_log(rng: &mut Rng) -> Doc {
    let other = ["近隣トラブル", "消費生活相談（解約）", "多重債務", "相続手続き", "騒音の苦情"];
    let mut tb = Table::new(
        "",
        vec![
            ("受付番号", no()),
            ("相談日", no()),
            ("相談者氏名", is(K::PersonName)),
            ("連絡先", is(K::Phone)),
            ("相談種別", no()),
            ("対応状況", no()),
        ],
    );
    for i in 0..60 {
        let p = Person::gen(rng);
        let victim = rng.chance(0.6);
        let row = vec![
            t(format!("2026-{:04}", 100 + i)),
            t(format!("2026/{:02}/{:02}", rng.range(1, 9), rng.range(1, 28))),
            t(p.name(rng)),
            t(any_phone(rng, &p)),
            t(if victim { rng.pick(VICTIM_TYPES).to_string() } else { rng.pick(&other).to_string() }),
            t(*rng.pick(&["継続対応中", "完了", "関係機関へ引継ぎ"])),
        ];
        tb.push(row);
        if victim {
            tb.extra(4, K::CrimeVictim);
        }
    }
    csv_doc("相談受付記録.csv", &tb, ',', Enc::Utf8, false)
}

/// The sheet every office has: system accounts with passwords in clear.
pub(super) fn account_sheet(rng: &mut Rng) -> Doc {
    let systems = [
        ("勤怠管理", "https://kintai.example.jp/login"),
        ("経費精算", "https://keihi.example.jp/"),
        ("給与明細Web", "https://kyuyo.example.jp/"),
        ("社内Wi-Fi管理", "http://192.168.1.1/"),
        ("クラウドストレージ", "https://storage.example.com/"),
    ];
    let mut tb = Table::new(
        "アカウント",
        vec![
            ("システム名", no()),
            ("URL", no()),
            ("ログインID", is(K::Email)),
            ("パスワード", is(K::Password)),
            ("更新日", no()),
            ("備考", no()),
        ],
    );
    for _ in 0..30 {
        let p = Person::gen(rng);
        let (system, url) = *rng.pick(&systems);
        let row = vec![
            t(system),
            t(url),
            t(format!("{}.{}@{}", romaji(p.given_kana), romaji(p.surname_kana), COMPANY_DOMAINS[2])),
            t(password(rng)),
            Cell::Date(2026, rng.range(1, 9) as u8, rng.range(1, 28) as u8),
            t(*rng.pick(&["", "", "初期パスワードから変更済み", "3か月ごとに変更", "管理者権限あり"])),
        ];
        tb.push(row);
    }
    xlsx_doc("アカウント一覧.xlsx", &[tb], false)
}

/// A bulk bank-transfer file: payee names in half-width kana, Shift_JIS.
pub(super) fn bank_transfer(rng: &mut Rng) -> Doc {
    let mut tb = Table::new(
        "",
        vec![
            ("受取人名", is(K::PersonName)),
            ("銀行コード", ign(&[K::BankAccount])),
            ("銀行名", ign(&[K::BankAccount])),
            ("支店コード", ign(&[K::BankAccount])),
            ("支店名", ign(&[K::BankAccount])),
            ("預金種目", ign(&[K::BankAccount])),
            ("口座番号", is(K::BankAccount)),
            ("振込金額", no()),
        ],
    );
    for _ in 0..60 {
        let p = Person::gen(rng);
        let (_, code, bank_kana) = *rng.pick(BANKS);
        let (_, branch_kana) = *rng.pick(BRANCHES);
        let row = vec![
            t(format!("{} {}", half_width_kana(p.surname_kana), half_width_kana(p.given_kana))),
            t(code),
            t(bank_kana),
            t(format!("{:03}", rng.range(1, 999))),
            t(branch_kana),
            t(*rng.pick(&["1", "1", "1", "2"])),
            t(account_number(rng)),
            t((rng.range(5, 400) * 1000).to_string()),
        ];
        tb.push(row);
    }
    csv_doc("総合振込_202610.csv", &tb, ',', Enc::ShiftJis, false)
}

/// Health-insurance qualification list with 記号 and 番号 in separate columns.
pub(super) fn insurance_list(rng: &mut Rng) -> Doc {
    let mut tb = Table::new(
        "資格取得者",
        vec![
            ("氏名", is(K::PersonName)),
            // The insurer's number identifies the insurer, not the person.
            ("保険者番号", ign(&[K::HealthInsurance])),
            ("被保険者証記号", is(K::HealthInsurance)),
            ("被保険者証番号", is(K::HealthInsurance)),
            ("資格取得日", no()),
            ("生年月日", is(K::BirthDate)),
        ],
    );
    let insurer = format!("06{}", rng.digits(6));
    for _ in 0..50 {
        let p = Person::born_between(rng, 1960, 2004);
        let row = vec![
            t(p.name(rng)),
            t(insurer.clone()),
            t(rng.digits_between(4, 8)),
            t(rng.range(1, 999).to_string()),
            Cell::Date(2026, 4, 1),
            t(date_text(rng, p.birth)),
        ];
        tb.push(row);
    }
    xlsx_doc("健康保険_資格取得者一覧.xlsx", &[tb], false)
}

/// A supplier master: corporate and invoice registration numbers, company phones.
pub(super) fn supplier_master(rng: &mut Rng) -> Doc {
    let mut tb = Table::new(
        "取引先マスタ",
        vec![
            ("取引先名", no()),
            ("法人番号", is(K::CorporateNumber)),
            ("登録番号", is(K::CorporateNumber)),
            ("代表電話", is(K::Phone)),
            ("フリーダイヤル", is(K::Phone)),
            ("所在地", is(K::Address)),
            ("担当者", is(K::PersonName)),
            ("担当者メール", is(K::Email)),
            ("取引開始日", no()),
        ],
    );
    for i in 0..40 {
        let a = Address::gen(rng);
        let contact = Person::gen(rng);
        let corp = corporate_number(rng);
        let corp_cell = if rng.chance(0.15) { Cell::Number(corp.parse::<f64>().unwrap()) } else { t(corp.clone()) };
        let domain = COMPANY_DOMAINS[i % COMPANY_DOMAINS.len()];
        let row = vec![
            t(COMPANIES[i % COMPANIES.len()]),
            corp_cell,
            if rng.chance(0.9) { t(format!("T{corp}")) } else { Cell::Empty },
            t(Phone::fixed(rng, a.area_code).hyphen()),
            if rng.chance(0.5) { t(Phone::toll_free(rng).styled(rng)) } else { Cell::Empty },
            t(a.full()),
            t(contact.name(rng)),
            t(format!("{}@{}", romaji(contact.surname_kana), domain)),
            Cell::Date(rng.range(2000, 2025) as u16, rng.range(1, 12) as u8, 1),
        ];
        tb.push(row);
    }
    xlsx_doc("取引先マスタ.xlsx", &[tb], false)
}

/// Health-check results: every non-"なし" value is special-care data.
pub(super) fn checkup_results(rng: &mut Rng) -> Doc {
    let mut tb = Table::new(
        "健診結果",
        vec![
            ("社員番号", is(K::EmployeeId)),
            ("氏名", is(K::PersonName)),
            ("受診日", ign(&[K::Health])),
            ("健診結果", is(K::Health)),
            ("所見", is(K::Health)),
            ("既往歴", is(K::Health)),
            ("服薬", is(K::Health)),
        ],
    )
    .title(vec![vec![t("2026年度 定期健康診断 有所見者一覧（産業医面談用）")]]);
    for _ in 0..60 {
        let p = Person::born_between(rng, 1960, 2003);
        let row = vec![
            t(employee_id(rng)),
            t(p.name(rng)),
            Cell::Date(2026, rng.range(5, 9) as u8, rng.range(1, 28) as u8),
            t(*rng.pick(CHECKUP_RESULTS)),
            t(*rng.pick(FINDINGS)),
            t(if rng.chance(0.5) { "なし".to_owned() } else { rng.pick(DISEASES).to_string() }),
            t(if rng.chance(0.5) { "なし".to_owned() } else { rng.pick(MEDICATIONS).to_string() }),
        ];
        tb.push(row);
    }
    xlsx_doc("健診_有所見者一覧.xlsx", &[tb], false)
}

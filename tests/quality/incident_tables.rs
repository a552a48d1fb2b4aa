//! The labelled tables of the quality corpus modelled on the incidents: the
//! trial users' sheet, case lists, health-check exports, customer lists and
//! payroll registers, each column labelled with its kind.

use super::*;

/// Incident 1: the work-transition support office's sheet about trial users.
pub(super) fn disability_support(rng: &mut Rng) -> Doc {
    let staff: Vec<Person> = (0..4).map(|_| Person::gen(rng)).collect();
    let mut tb = Table::new(
        "体験利用者",
        vec![
            ("No", no()),
            ("氏名", is(K::PersonName)),
            ("生年月日", is(K::BirthDate)),
            ("障がい名", any(K::Disability, &[K::Health])),
            ("手帳の有無", is(K::Disability)),
            ("障がいの症状", any(K::Disability, &[K::Health])),
            // Where someone is treated hints at their condition; readers disagree.
            ("かかりつけ病院名", ign(&[K::Health, K::Disability])),
            ("主治医", is(K::PersonName).and_ign(&[K::Health, K::Disability])),
            ("受給者証の有無", is(K::Disability)),
            ("担当支援員", is(K::PersonName)),
            ("備考", no()),
        ],
    )
    .title(vec![
        vec![t("就労移行支援事業所さくらワークス　体験利用者一覧（2024年10月分）")],
        vec![t("※取扱注意　外部への持ち出し禁止")],
        vec![],
    ]);
    for i in 1..=30 {
        let p = Person::born_between(rng, 1966, 2005);
        let handbook = if rng.chance(0.75) { rng.pick(HANDBOOKS).to_string() } else { "無".into() };
        let certificate = *rng.pick(&["有", "有", "有", "無", "申請中"]);
        let symptom = if rng.chance(0.93) { rng.pick(DISABILITY_SYMPTOMS).to_string() } else { String::new() };
        let doctor = if rng.chance(0.92) { doctor_name(rng) } else { String::new() };
        let staff_name = staff[rng.below(staff.len())].name(rng);
        let note = *rng.pick(&["", "", "体験3日目", "午前のみ参加", "送迎あり", "次回面談 11/5"]);
        let row = vec![
            Cell::Number(i as f64),
            t(p.name(rng)),
            birth_cell(rng, p.birth),
            t(*rng.pick(DISABILITY_NAMES)),
            t(handbook),
            t(symptom),
            t(*rng.pick(HOSPITALS)),
            t(doctor),
            t(certificate),
            t(staff_name),
            t(note),
        ];
        tb.push(row);
    }
    xlsx_doc("incident1_体験利用者一覧.xlsx", &[tb], false)
}

/// Incident 2: a health centre's COVID-19 case list, CSV in Shift_JIS.
pub(super) fn covid_cases_sjis(rng: &mut Rng) -> Doc {
    let mut tb = Table::new(
        "",
        vec![
            ("No", no()),
            ("氏名", is(K::PersonName)),
            ("年代", no()),
            ("性別", no()),
            ("住所", is(K::Address)),
            ("電話番号", is(K::Phone)),
            // The onset date of an illness is health data to some readers.
            ("発症日", ign(&[K::Health])),
            ("症状", is(K::Health)),
            // 自宅療養, 入院調整中: how a patient is cared for.
            ("備考", is(K::Health)),
        ],
    );
    for i in 1..=150 {
        let p = Person::gen(rng);
        let decade = format!("{}代", (2022 - p.birth.0 as u32) / 10 * 10);
        let onset = format!("2022/08/{:02}", rng.range(1, 31));
        let note = *rng.pick(&["", "", "", "自宅療養", "宿泊療養", "入院調整中", "濃厚接触者あり"]);
        let row = vec![
            t(i.to_string()),
            t(p.name(rng)),
            t(decade),
            t(p.sex()),
            t(address_text(rng, &p.home, 0.2)),
            t(any_phone(rng, &p)),
            t(onset),
            t(*rng.pick(COVID_SYMPTOMS)),
            t(note),
        ];
        tb.push(row);
        if note == "濃厚接触者あり" {
            // About other people's exposure rather than this patient's health.
            tb.undecided(8, &[K::Health]);
        }
    }
    csv_doc("incident2_陽性者一覧_sjis.csv", &tb, ',', Enc::ShiftJis, false)
}

/// Incident 2, second shape: UTF-8 CSV with a title row above the header.
pub(super) fn covid_cases_titled(rng: &mut Rng) -> Doc {
    let mut tb = Table::new(
        "",
        vec![
            ("受付番号", no()),
            ("氏名", is(K::PersonName)),
            ("生年月日", is(K::BirthDate)),
            ("連絡先", is(K::Phone)),
            ("住所", is(K::Address)),
            ("診断名", is(K::Health)),
            ("発症日", ign(&[K::Health])),
            ("入院先", ign(&[K::Health])),
            ("症状", is(K::Health)),
        ],
    )
    .title(vec![vec![t("新型コロナウイルス感染症 陽性者一覧（保健所提出用）")]]);
    for i in 1..=80 {
        let p = Person::gen(rng);
        let row = vec![
            t(format!("2022-{:05}", 1200 + i)),
            t(p.name(rng)),
            t(date_text(rng, p.birth)),
            t(any_phone(rng, &p)),
            t(address_text(rng, &p.home, 0.1)),
            t(*rng.pick(&["新型コロナウイルス感染症", "COVID-19", "新型コロナウイルス感染症（軽症）", "COVID-19肺炎"])),
            t(format!("2022/07/{:02}", rng.range(1, 31))),
            t(*rng.pick(&["", "", "みなと総合病院", "市立中央病院", "宿泊療養施設"])),
            t(*rng.pick(COVID_SYMPTOMS)),
        ];
        tb.push(row);
    }
    csv_doc("incident2_陽性者一覧_titled.csv", &tb, ',', Enc::Utf8, false)
}

/// Incident 3: a health-check booking export of another company's staff.
pub(super) fn health_check_export(rng: &mut Rng) -> Doc {
    let clinics =
        ["みなと健診センター", "中央クリニック健診部", "さくら総合病院 健康管理センター", "北斗メディカルプラザ"];
    let courses =
        ["一般定期健診", "生活習慣病予防健診", "人間ドック（日帰り）", "人間ドック＋脳ドック", "婦人科検診オプション"];
    let mut tb = Table::new(
        "予約一覧",
        vec![
            ("氏名", is(K::PersonName)),
            ("性別", no()),
            ("生年月日", is(K::BirthDate)),
            ("社員番号", is(K::EmployeeId)),
            ("保険証記号・番号", is(K::HealthInsurance)),
            // Being due for a check-up, the clinic and the course are not results.
            ("健診対象フラグ", ign(&[K::Health])),
            ("予約ID", no()),
            ("予約確定日", no()),
            ("医療機関名", ign(&[K::Health])),
            ("医療機関ID", ign(&[K::Health])),
            // Having a check-up is not its result (PPC guidelines), but many
            // readers treat the visit date in a health system as health data.
            ("受診日", ign(&[K::Health])),
            ("コース名", ign(&[K::Health])),
        ],
    );
    for i in 0..200 {
        let p = Person::born_between(rng, 1958, 2003);
        let booking = dated_number(rng, i % 2 == 0);
        let booking_cell = if rng.chance(0.3) { Cell::Number(booking.parse::<f64>().unwrap()) } else { t(booking) };
        let row = vec![
            t(p.name(rng)),
            t(p.sex()),
            birth_cell(rng, p.birth),
            t(employee_id(rng)),
            t(insurance_symbol_number(rng)),
            t(*rng.pick(&["1", "1", "0", "対象", "対象外"])),
            booking_cell,
            Cell::Date(2026, rng.range(4, 9) as u8, rng.range(1, 28) as u8),
            t(*rng.pick(&clinics)),
            t(format!("13{}", rng.digits(8))),
            Cell::Date(2026, rng.range(10, 12) as u8, rng.range(1, 28) as u8),
            t(*rng.pick(&courses)),
        ];
        tb.push(row);
    }
    xlsx_doc("incident3_健診予約エクスポート.xlsx", &[tb], false)
}

/// Incident 4: a call-centre customer list with card numbers.
pub(super) fn customer_list(rng: &mut Rng) -> Doc {
    let mut tb = Table::new(
        "顧客リスト",
        vec![
            ("会員ID", is(K::EmployeeId)),
            ("氏名", is(K::PersonName)),
            ("フリガナ", is(K::PersonName)),
            ("郵便番号", is(K::PostalCode)),
            ("住所", is(K::Address)),
            ("電話番号", is(K::Phone)),
            ("メールアドレス", is(K::Email)),
            ("生年月日", is(K::BirthDate)),
            ("性別", no()),
            ("カード番号", is(K::CreditCard)),
            ("登録日", no()),
            ("累計購入額", no()),
            ("備考", no()),
        ],
    );
    for i in 0..200 {
        let p = Person::gen(rng);
        let postal = match rng.below(10) {
            0 => p.home.postal.clone(),
            1 => format!("〒{}", p.home.postal_hyphen()),
            _ => p.home.postal_hyphen(),
        };
        // Excel drops the leading zero when a phone is typed as a number.
        let phone = if i % 67 == 5 {
            Cell::Number(p.mobile.digits[1..].parse::<f64>().unwrap())
        } else {
            t(any_phone(rng, &p))
        };
        let card = if rng.chance(0.45) {
            let n = random_card(rng);
            t(card_styled(rng, &n))
        } else {
            Cell::Empty
        };
        let spend = if rng.chance(0.5) { t(yen(rng)) } else { Cell::Number(rng.range(1, 500) as f64 * 100.0) };
        let row = vec![
            t(member_id(rng)),
            t(p.name(rng)),
            t(p.kana(rng)),
            t(postal),
            t(address_text(rng, &p.home, 0.05)),
            phone,
            if rng.chance(0.94) { t(p.email.clone()) } else { Cell::Empty },
            birth_cell(rng, p.birth),
            t(p.sex()),
            card,
            Cell::Date(rng.range(2015, 2025) as u16, rng.range(1, 12) as u8, rng.range(1, 28) as u8),
            spend,
            t(*rng.pick(&["", "", "", "DM不要", "電話連絡は夕方以降希望", "優良顧客"])),
        ];
        tb.push(row);
    }
    xlsx_doc("incident4_顧客リスト.xlsx", &[tb], false)
}

/// Incident 4, exported for an overseas vendor: English headers, UTF-8 BOM.
pub(super) fn customer_export_english(rng: &mut Rng) -> Doc {
    let mut tb = Table::new(
        "",
        vec![
            ("Member ID", is(K::EmployeeId)),
            ("Name", is(K::PersonName)),
            ("Name (Kana)", is(K::PersonName)),
            ("Zip Code", is(K::PostalCode)),
            ("Address", is(K::Address)),
            ("Phone", is(K::Phone)),
            ("Email", is(K::Email)),
            ("Date of Birth", is(K::BirthDate)),
            ("Gender", no()),
            ("Card Number", is(K::CreditCard)),
            ("Order No.", no()),
            ("Last Order", no()),
        ],
    );
    for i in 0..100 {
        let p = Person::gen(rng);
        let card = if rng.chance(0.6) {
            let n = random_card(rng);
            card_styled(rng, &n)
        } else {
            String::new()
        };
        let row = vec![
            t(member_id(rng)),
            t(p.name(rng)),
            t(p.kana(rng)),
            t(p.home.postal_hyphen()),
            t(address_text(rng, &p.home, 0.0)),
            t(any_phone(rng, &p)),
            t(p.email.clone()),
            t(format!("{}-{:02}-{:02}", p.birth.0, p.birth.1, p.birth.2)),
            t(if p.female { "F" } else { "M" }),
            t(card),
            t(dated_number(rng, i % 2 == 0)),
            t(format!("2026-{:02}-{:02}", rng.range(1, 9), rng.range(1, 28))),
        ];
        tb.push(row);
    }
    csv_doc("incident4_customers_en_bom.csv", &tb, ',', Enc::Utf8Bom, false)
}

/// Incident 5: a payroll and social-insurance register with My Numbers,
/// starting at B3 under a title, and a dependants sheet.
pub(super) fn payroll_register(rng: &mut Rng) -> Doc {
    let mut main = Table::new(
        "従業員台帳",
        vec![
            ("社員番号", is(K::EmployeeId)),
            ("氏名", is(K::PersonName)),
            ("個人番号", is(K::MyNumber)),
            ("基礎年金番号", is(K::PensionNumber)),
            ("扶養家族", is(K::PersonName)),
            // Bank, branch and account type are part of the account to some readers.
            ("銀行名", ign(&[K::BankAccount])),
            ("支店名", ign(&[K::BankAccount])),
            ("口座種別", ign(&[K::BankAccount])),
            ("口座番号", is(K::BankAccount)),
            ("基本給", no()),
        ],
    )
    .title(vec![vec![t("2026年度 従業員台帳（社会保険・年末調整用）")], vec![]])
    .at(0, 1);
    let mut deps = Table::new(
        "扶養親族",
        vec![
            ("社員番号", is(K::EmployeeId)),
            ("扶養親族氏名", is(K::PersonName)),
            ("続柄", no()),
            ("生年月日", is(K::BirthDate)),
            ("マイナンバー", is(K::MyNumber)),
        ],
    );
    for _ in 0..60 {
        let p = Person::born_between(rng, 1962, 2003);
        let eid = employee_id(rng);
        let mn = my_number(rng);
        let mn_cell = if rng.chance(0.12) && !mn.starts_with('0') {
            Cell::Number(mn.parse::<f64>().unwrap())
        } else {
            t(my_number_styled(rng, &mn))
        };
        let mut family = Vec::new();
        if rng.chance(0.6) {
            let spouse = p.relative(rng, !p.female, p.birth.0.saturating_sub(3).max(1950), (p.birth.0 + 3).min(2003));
            family.push((spouse, "配偶者"));
            for _ in 0..rng.below(3) {
                let female = rng.chance(0.5);
                let child = p.relative(rng, female, (p.birth.0 + 22).min(2023), 2023);
                family.push((child, if female { "長女" } else { "長男" }));
            }
        }
        let family_text = if family.is_empty() {
            "なし".to_owned()
        } else {
            family.iter().map(|(f, rel)| format!("{}（{}）", f.name(rng), rel)).collect::<Vec<_>>().join("、")
        };
        let (bank, _, _) = *rng.pick(BANKS);
        let (branch, _) = *rng.pick(BRANCHES);
        let row = vec![
            t(eid.clone()),
            t(p.name(rng)),
            mn_cell,
            t(pension_any(rng)),
            t(family_text),
            t(bank),
            t(branch),
            t(*rng.pick(&["普通", "普通", "普通", "当座"])),
            t(account_number(rng)),
            Cell::Number(rng.range(180, 520) as f64 * 1000.0),
        ];
        main.push(row);
        for (f, rel) in &family {
            let dep_mn = my_number(rng);
            let birth =
                if rng.chance(0.5) { Cell::Date(f.birth.0, f.birth.1, f.birth.2) } else { t(date_text(rng, f.birth)) };
            let row = vec![t(eid.clone()), t(f.name(rng)), t(*rel), birth, t(my_number_styled(rng, &dep_mn))];
            deps.push(row);
        }
    }
    xlsx_doc("incident5_従業員台帳.xlsx", &[main, deps], false)
}

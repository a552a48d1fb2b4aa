//! The labelled prose of the quality corpus: mails made of scenes (a new hire,
//! a customer reply, health, contacts, secrets…), interviews, config files, keys.

use super::*;

pub(super) fn greeting(rng: &mut Rng, m: &mut Prose, to: &Person) {
    let pn = &[K::PersonName][..];
    match rng.below(11) {
        0 => m.line(format!("{}様", to.full()), pn),
        1 => m.line(format!("{} {} 様", to.surname, to.given), pn),
        2 => m.line(format!("{}様", to.surname), pn),
        3 => m.line(format!("{}部長", to.surname), pn),
        4 => m.line(format!("{}課長、お疲れ様です。", to.surname), pn),
        5 => m.line(format!("{}さん", to.surname), pn),
        6 => {
            m.line(rng.pick(COMPANIES).to_string(), &[]);
            m.line(format!("{} {}様", rng.pick(DEPTS), to.full()), pn);
        }
        7 => m.line(format!("{}先生", to.surname), pn),
        8 => m.line(format!("{} {} 殿", to.surname, to.given), pn),
        9 => m.line("関係者各位", &[]),
        _ => m.line(format!("{} 御中", rng.pick(COMPANIES)), &[]),
    }
}

pub(super) fn signature(rng: &mut Rng, m: &mut Prose, me: &Person) {
    let a = Address::gen(rng);
    m.line("――――――――――――――――――――", &[]);
    m.line(format!("{} {}", rng.pick(COMPANIES), rng.pick(DEPTS)), &[]);
    m.line(format!("{} {}", me.surname, me.given), &[K::PersonName]);
    m.line(format!("〒{} {}", a.postal_hyphen(), a.full()), &[K::PostalCode, K::Address]);
    m.line(format!("TEL：{}", Phone::fixed(rng, a.area_code).hyphen()), &[K::Phone]);
    m.line(
        format!("Mail：{}.{}@{}", romaji(me.given_kana), romaji(me.surname_kana), rng.pick(COMPANY_DOMAINS)),
        &[K::Email],
    );
    m.line("――――――――――――――――――――", &[]);
}

pub(super) fn address_lines(rng: &mut Rng, m: &mut Prose, p: &Person) {
    match rng.below(3) {
        0 => m.line(format!("住所：〒{} {}", p.home.postal_hyphen(), p.home.full()), &[K::PostalCode, K::Address]),
        1 => {
            m.line(format!("〒{}", p.home.postal_hyphen()), &[K::PostalCode]);
            m.line(p.home.full(), &[K::Address]);
        }
        _ => m.line(format!("住所：{}", p.home.full()), &[K::Address]),
    }
}

/// Forwarding a new hire's details to payroll (incident 5 in a mail body).
pub(super) fn scene_new_hire(rng: &mut Rng, m: &mut Prose) {
    let p = Person::born_between(rng, 1975, 2004);
    m.line("下記の通り、新入社員の登録情報をお送りします。", &[]);
    m.line(format!("氏名：{}", p.name(rng)), &[K::PersonName]);
    if rng.chance(0.6) {
        m.line(format!("フリガナ：{}", p.kana(rng)), &[K::PersonName]);
    }
    m.line(format!("生年月日：{}", date_text(rng, p.birth)), &[K::BirthDate]);
    address_lines(rng, m, &p);
    m.line(format!("携帯：{}", p.mobile.styled(rng)), &[K::Phone]);
    if rng.chance(0.7) {
        let mn = my_number(rng);
        m.line(format!("個人番号：{}", my_number_styled(rng, &mn)), &[K::MyNumber]);
    }
    if rng.chance(0.6) {
        m.line(format!("基礎年金番号：{}", pension_any(rng)), &[K::PensionNumber]);
    }
    if rng.chance(0.6) {
        let (bank, _, _) = *rng.pick(BANKS);
        let (branch, _) = *rng.pick(BRANCHES);
        m.line(format!("振込口座：{bank} {branch} 普通 {}", account_number(rng)), &[K::BankAccount]);
    }
    if rng.chance(0.5) {
        m.line(format!("社員番号：{}", employee_id(rng)), &[K::EmployeeId]);
    }
}

/// A support reply: an order number and a tracking number that pass the My
/// Number check, a masked card, a price — and the customer's phone and address.
pub(super) fn scene_customer_reply(rng: &mut Rng, m: &mut Prose) {
    let p = Person::gen(rng);
    m.line(format!("ご注文番号：{}", dated_number(rng, true)), &[]);
    m.line(
        format!("ご登録の電話番号（{}）宛にご連絡いたしましたが、つながりませんでした。", any_phone(rng, &p)),
        &[K::Phone],
    );
    m.line(format!("お届け先：{}", p.home.full()), &[K::Address]);
    m.line(format!("お支払い：VISA ****-****-****-{}", rng.digits(4)), &[]);
    m.line(format!("合計金額：{}（税込）", yen(rng)), &[]);
    m.line(format!("お問い合わせ伝票番号：{}", tracking_number(rng, true)), &[]);
    m.line(format!("{}までご返信ください。", p.email), &[K::Email]);
}

/// Special-care facts about a named person (health, disability).
pub(super) fn scene_health(rng: &mut Rng, m: &mut Prose) {
    let p = Person::gen(rng);
    let s = p.surname;
    let prose_handbooks: Vec<&str> = HANDBOOKS.iter().copied().filter(|h| h.contains("手帳")).collect();
    m.line(format!("{s}さんの件でご相談です。"), &[K::PersonName]);
    match rng.below(6) {
        0 => m.line(
            format!("{s}さんは{}のため、毎週水曜日に{}へ通院しています。", rng.pick(DISEASES), rng.pick(HOSPITALS)),
            &[K::PersonName, K::Health],
        ),
        1 => m.line(
            format!("{s}さんは{}と診断され、{}月から休職しています。", rng.pick(DISEASES), rng.range(1, 12)),
            &[K::PersonName, K::Health],
        ),
        2 => m.line(
            format!("先日の健康診断で{s}さんは{}となりました。", rng.pick(CHECKUP_RESULTS)),
            &[K::PersonName, K::Health],
        ),
        3 => {
            m.line(format!("{}様は現在{}を服用中です。", p.full(), rng.pick(MEDICATIONS)), &[K::PersonName, K::Health])
        }
        4 => m.line(
            format!(
                "{s}さんは{}の症状があり、本日早退しました。",
                rng.pick(&["発熱と咳", "めまいと吐き気", "強い頭痛", "動悸"])
            ),
            &[K::PersonName, K::Health],
        ),
        _ => m.line(format!("{s}さんは昨年{}で入院していました。", rng.pick(DISEASES)), &[K::PersonName, K::Health]),
    }
    match rng.below(3) {
        0 => m.line(format!("{s}様は{}をお持ちです。", rng.pick(&prose_handbooks)), &[K::PersonName, K::Disability]),
        1 => {
            m.line(
                format!(
                    "{s}さんには{}があり、{}ため配慮が必要です。",
                    rng.pick(DISABILITY_NAMES),
                    rng.pick(&["疲れやすい", "大きな音が苦手な", "読み書きに時間がかかる"])
                ),
                &[K::PersonName],
            );
            m.alt(K::Disability, &[K::Health]);
        }
        _ => m.line("ご本人の了解を得て共有しています。取り扱いにご注意ください。", &[]),
    }
}

/// Criminal record, crime victim, creed.
pub(super) fn scene_sensitive_facts(rng: &mut Rng, m: &mut Prose) {
    let p = Person::gen(rng);
    let s = p.surname;
    match rng.below(4) {
        0 => m.line(
            format!("{s}さんは{}年に傷害罪で逮捕され、罰金刑を受けています。", rng.range(2005, 2022)),
            &[K::PersonName, K::CriminalRecord],
        ),
        1 => m.line(format!("{s}さんには詐欺罪の前科があるそうです。"), &[K::PersonName, K::CriminalRecord]),
        2 => m.line(
            format!("{}氏は道路交通法違反（酒気帯び運転）で起訴されています。", p.full()),
            &[K::PersonName, K::CriminalRecord],
        ),
        _ => m.line(format!("{s}さんは少年院に送致された経歴があります。"), &[K::PersonName, K::CriminalRecord]),
    }
    let q = Person::gen(rng);
    match rng.below(3) {
        0 => m.line(
            format!(
                "{}様は先月{}に遭われ、警察に被害届を出されています。",
                q.full(),
                rng.pick(&["特殊詐欺の被害", "空き巣の被害", "ひったくり", "暴行の被害"])
            ),
            &[K::PersonName, K::CrimeVictim],
        ),
        1 => m.line(
            format!("{}さんは元交際相手からのストーカー被害について警察に相談中です。", q.surname),
            &[K::PersonName, K::CrimeVictim],
        ),
        _ => m.line(
            format!("{}様はDV被害のため、現住所を相手方に知られないよう配慮が必要です。", q.surname),
            &[K::PersonName, K::CrimeVictim],
        ),
    }
    let r = Person::gen(rng);
    match rng.below(2) {
        0 => m.line(
            format!("{}さんは{}の信者のため、日曜日の出勤は難しいそうです。", r.surname, rng.pick(RELIGIONS)),
            &[K::PersonName, K::Religion],
        ),
        _ => m.line(
            format!("{}様のご家族は{}を信仰されています。", r.surname, rng.pick(RELIGIONS)),
            &[K::PersonName, K::Religion],
        ),
    }
}

/// Race and social status: rare, prose only.
pub(super) fn scene_origin(rng: &mut Rng, m: &mut Prose) {
    let p = Person::gen(rng);
    if rng.chance(0.5) {
        m.line(
            format!("{}さんはアイヌ民族の出身で、そのことを職場では話していません。", p.surname),
            &[K::PersonName, K::Race],
        );
    } else {
        m.line(
            format!("{}さんが被差別部落の出身だという話は、絶対に他言しないでください。", p.surname),
            &[K::PersonName, K::SocialStatus],
        );
    }
}

/// A sales lead: honorifics, phone and mail in sentences, a home address.
pub(super) fn scene_contact(rng: &mut Rng, m: &mut Prose) {
    let p = Person::gen(rng);
    let company = rng.pick(COMPANIES);
    m.line(format!("先日の展示会でお会いした{company}の{}様をご紹介します。", p.full()), &[K::PersonName]);
    match rng.below(4) {
        0 => m.line(
            format!("{}様の連絡先は{}、メールは{}です。", p.surname, p.mobile.styled(rng), p.email),
            &[K::PersonName, K::Phone, K::Email],
        ),
        1 => m.line(format!("お電話は{}までお願いいたします。", any_phone(rng, &p)), &[K::Phone]),
        2 => m.line(format!("連絡先は電話{}です。", p.mobile.digits), &[K::Phone]),
        _ => m.line(
            format!("{}課長（携帯 {}）に直接ご連絡ください。", p.surname, p.mobile.styled(rng)),
            &[K::PersonName, K::Phone],
        ),
    }
    match rng.below(4) {
        0 => m.line(
            format!("{}様のご自宅（{}）へ資料を郵送しました。", p.surname, p.home.full()),
            &[K::PersonName, K::Address],
        ),
        1 => m.line(format!("新しいお届け先は{}です。", p.home.full()), &[K::Address]),
        2 => m.line(
            format!("{}にお住まいの{}様からのご依頼です。", p.home.full(), p.surname),
            &[K::Address, K::PersonName],
        ),
        _ => m.line(format!("ご実家は{}だそうです。", p.home.without_pref()), &[K::Address]),
    }
    if rng.chance(0.5) {
        m.line(
            format!("{}さんは{}生まれで、来月が誕生日です。", p.surname, date_text(rng, p.birth)),
            &[K::PersonName, K::BirthDate],
        );
    }
}

/// Passwords in mail bodies (the PPAP follow-up and worse).
pub(super) fn scene_password(rng: &mut Rng, m: &mut Prose) {
    match rng.below(3) {
        0 => {
            m.line("先ほどお送りした添付ファイルのパスワードをお知らせします。", &[]);
            m.line(format!("パスワード：{}", password(rng)), &[K::Password]);
        }
        1 => {
            let p = Person::gen(rng);
            m.line("アカウントを発行しました。", &[]);
            m.line(format!("ログインID：{}", p.email), &[K::Email]);
            m.line(format!("PW：{}", password(rng)), &[K::Password]);
        }
        _ => m.line(format!("初期パスワードは {} です。ログイン後に変更してください。", password(rng)), &[K::Password]),
    }
}

/// Credentials pasted into a mail for a colleague.
pub(super) fn scene_tokens(rng: &mut Rng, m: &mut Prose) {
    match rng.below(4) {
        0 => m.line(format!("検証環境のAWSアクセスキーは {} です。", aws_access_key(rng)), &[K::ApiKey]),
        1 => m.line(format!("Slackのボットトークン：{}", slack_token(rng)), &[K::ApiKey]),
        2 => m.line(format!("CI用のトークン（{}）は今週中に失効させます。", github_token(rng)), &[K::ApiKey]),
        _ => {
            m.line("デプロイ用の鍵を貼っておきます。", &[]);
            pem_block(m, pem_private_key(rng));
        }
    }
}

/// Identity documents copied into a mail.
pub(super) fn scene_id_documents(rng: &mut Rng, m: &mut Prose) {
    let p = Person::gen(rng);
    m.line(format!("{}様の本人確認書類の情報です。", p.full()), &[K::PersonName]);
    if rng.chance(0.7) {
        m.line(format!("運転免許証番号：{}", drivers_license(rng)), &[K::DriversLicense]);
    }
    if rng.chance(0.6) {
        m.line(format!("パスポート番号：{}", passport(rng)), &[K::Passport]);
    }
    if rng.chance(0.4) {
        m.line(format!("在留カード番号：{}", residence_card(rng)), &[K::ResidenceCard]);
    }
    if rng.chance(0.6) {
        let n = random_card(rng);
        m.line(format!("カード番号：{}", card_styled(rng, &n)), &[K::CreditCard]);
        m.line(format!("有効期限：{:02}/{}", rng.range(1, 12), rng.range(27, 31)), &[]);
    }
    if rng.chance(0.5) {
        m.line(
            format!("保険証の記号 {}、番号 {} です。", rng.digits_between(4, 8), rng.range(1, 999)),
            &[K::HealthInsurance],
        );
    }
}

pub(super) fn scene_my_number(rng: &mut Rng, m: &mut Prose) {
    let p = Person::gen(rng);
    let mn = my_number(rng);
    match rng.below(3) {
        0 => m.line(
            format!("{}さんのマイナンバーは{}です。", p.surname, my_number_styled(rng, &mn)),
            &[K::PersonName, K::MyNumber],
        ),
        1 => m.line(format!("個人番号は{}で登録をお願いします。", my_number_styled(rng, &mn)), &[K::MyNumber]),
        _ => {
            let child = p.relative(rng, true, 2008, 2023);
            m.line(
                format!("扶養家族（{}）の個人番号：{}", child.name(rng), my_number_styled(rng, &mn)),
                &[K::PersonName, K::MyNumber],
            );
        }
    }
}

pub(super) fn scene_corporate(rng: &mut Rng, m: &mut Prose) {
    let corp = corporate_number(rng);
    m.line(format!("{}（法人番号{}）との取引を開始します。", rng.pick(COMPANIES), corp), &[K::CorporateNumber]);
    m.line(format!("適格請求書発行事業者登録番号：T{corp}"), &[K::CorporateNumber]);
}

/// Logistics with nothing personal in it (negatives inside a positive mail).
pub(super) fn scene_logistics(rng: &mut Rng, m: &mut Prose) {
    m.line(format!("打ち合わせは10月{}日（金）14:00〜15:30、本社12階 第3会議室で行います。", rng.range(1, 28)), &[]);
    m.line(format!("資料：見積書（見積番号 Q-2026-{:04}）", rng.range(1, 9999)), &[]);
    m.line(
        format!("会場は{}駅から徒歩5分です。", rng.pick(&["上野", "神田", "大塚", "飯田橋", "三鷹", "桜井", "藤沢"])),
        &[],
    );
    m.line(
        format!("金額：{}（税抜）、品番 AB-{}-{} を{}個", yen(rng), rng.digits(4), rng.digits(3), rng.range(2, 50)),
        &[],
    );
}

pub(super) fn mail(rng: &mut Rng, n: usize) -> Doc {
    let mut m = Prose::default();
    let to = Person::gen(rng);
    let me = Person::gen(rng);
    m.line(
        format!(
            "件名：{}",
            rng.pick(&["ご連絡", "Re: 先日の件", "【共有】資料送付", "登録情報について", "Fwd: お問い合わせ"])
        ),
        &[],
    );
    m.blank();
    greeting(rng, &mut m, &to);
    m.blank();
    m.line("いつもお世話になっております。", &[]);
    m.line(format!("{}の{}です。", rng.pick(COMPANIES), me.surname), &[K::PersonName]);
    m.blank();
    let scenes: [fn(&mut Rng, &mut Prose); 12] = [
        scene_new_hire,
        scene_customer_reply,
        scene_health,
        scene_sensitive_facts,
        scene_contact,
        scene_password,
        scene_id_documents,
        scene_my_number,
        scene_corporate,
        scene_logistics,
        scene_contact,
        scene_tokens,
    ];
    for k in 0..rng.range(2, 3) {
        // Every scene appears regularly; origin facts rarely.
        let scene = if (n + k as usize) % 9 == 4 { scene_origin } else { scenes[rng.below(scenes.len())] };
        scene(rng, &mut m);
        m.blank();
    }
    m.line("よろしくお願いいたします。", &[]);
    if rng.chance(0.7) {
        m.blank();
        signature(rng, &mut m, &me);
    }
    let eol = if n % 3 == 0 { "\r\n" } else { "\n" };
    m.text_doc(&format!("mail_{n:02}.txt"), eol, Enc::Utf8, false)
}

/// A mail saved from an old client: Shift_JIS, CRLF.
pub(super) fn mail_sjis(rng: &mut Rng) -> Doc {
    let mut m = Prose::default();
    let to = Person::gen(rng);
    m.line(format!("{}様", to.full()), &[K::PersonName]);
    m.blank();
    scene_new_hire(rng, &mut m);
    m.blank();
    scene_health(rng, &mut m);
    m.blank();
    scene_contact(rng, &mut m);
    m.text_doc("mail_sjis.txt", "\r\n", Enc::ShiftJis, false)
}

/// An interview record in Word: labelled fields and a narrative.
pub(super) fn interview_docx(rng: &mut Rng, n: usize) -> Doc {
    let p = Person::born_between(rng, 1970, 2004);
    let staff = Person::gen(rng);
    let doctor = Person::gen(rng);
    let mut m = Prose::default();
    m.line("面談記録", &[]);
    m.line(format!("面談日：2026年10月{}日", rng.range(1, 28)), &[]);
    m.line(format!("対象者：{}（{}）", p.full(), p.kana(rng)), &[K::PersonName]);
    m.line(format!("生年月日：{}", date_text(rng, p.birth)), &[K::BirthDate]);
    m.line(format!("住所：{}", p.home.full()), &[K::Address]);
    m.line(format!("連絡先：{}", p.mobile.styled(rng)), &[K::Phone]);
    m.line(
        format!(
            "主訴：{}",
            rng.pick(&["不眠と気分の落ち込みが続いている", "職場の人間関係で強い不安がある", "腰痛が悪化し通勤が困難"])
        ),
        &[K::Health],
    );
    m.line(format!("既往歴：{}", rng.pick(DISEASES)), &[K::Health]);
    let handbooks: Vec<&str> = HANDBOOKS.iter().copied().filter(|h| h.contains("手帳")).collect();
    m.line(format!("障害者手帳：{}", rng.pick(&handbooks)), &[K::Disability]);
    m.line(
        format!("{}さんは{}の{}医師の診察を月1回受けている。", p.surname, rng.pick(HOSPITALS), doctor.surname),
        &[K::PersonName, K::Health],
    );
    m.line("本人の希望により、次回は家族同席で面談を行う。", &[]);
    m.line(format!("担当：{} {}", staff.surname, staff.given), &[K::PersonName]);
    m.docx_doc(&format!("面談記録_{n}.docx"))
}

/// Secrets pasted into a .env file.
pub(super) fn dot_env(rng: &mut Rng) -> Doc {
    let mut m = Prose::default();
    m.line("APP_ENV=production", &[]);
    m.line("PORT=8080", &[]);
    m.line("DB_HOST=10.0.1.23", &[]);
    m.line("DB_USER=app", &[]);
    m.line(format!("DB_PASSWORD={}", password(rng)), &[K::Password]);
    m.line(format!("AWS_ACCESS_KEY_ID={}", aws_access_key(rng)), &[K::ApiKey]);
    m.line(format!("AWS_SECRET_ACCESS_KEY={}", aws_secret_key(rng)), &[]);
    m.alt(K::ApiKey, &[K::Password]);
    m.line(format!("GITHUB_TOKEN={}", github_token(rng)), &[K::ApiKey]);
    m.line(format!("SLACK_BOT_TOKEN={}", slack_token(rng)), &[K::ApiKey]);
    m.line("LOG_LEVEL=info", &[]);
    m.text_doc(".env", "\n", Enc::Utf8, false)
}

pub(super) fn config_yaml(rng: &mut Rng) -> Doc {
    let mut m = Prose::default();
    m.line("# 本番環境の設定（社外秘）", &[]);
    m.line("aws:", &[]);
    m.line(format!("  access_key_id: {}", aws_access_key(rng)), &[K::ApiKey]);
    m.line("  region: ap-northeast-1", &[]);
    m.line("slack:", &[]);
    m.line(format!("  token: \"{}\"", slack_token(rng)), &[K::ApiKey]);
    m.line("github:", &[]);
    m.line(format!("  token: {}", github_token(rng)), &[K::ApiKey]);
    m.line("database:", &[]);
    m.line("  user: admin", &[]);
    m.line(format!("  password: {}", password(rng)), &[K::Password]);
    m.text_doc("config.yml", "\n", Enc::Utf8, false)
}

pub(super) fn pem_block(m: &mut Prose, lines: Vec<String>) {
    for (i, l) in lines.into_iter().enumerate() {
        if i == 0 {
            m.line(l, &[K::PrivateKey]);
        } else {
            // The body and END line belong to the key reported at BEGIN.
            m.line(l, &[]);
            m.ignore(&[K::PrivateKey, K::ApiKey, K::Password]);
        }
    }
}

pub(super) fn private_keys(rng: &mut Rng) -> Vec<Doc> {
    let mut key = Prose::default();
    pem_block(&mut key, pem_private_key(rng));
    let mut mail = Prose::default();
    let p = Person::gen(rng);
    mail.line(format!("{}さん", p.surname), &[K::PersonName]);
    mail.line("サーバーの鍵を送ります。", &[]);
    pem_block(&mut mail, pem_private_key(rng));
    mail.line(format!("パスフレーズ：{}", password(rng)), &[K::Password]);
    mail.line(format!("ついでにGitHubのトークンも貼っておきます {}", github_token(rng)), &[K::ApiKey]);
    vec![key.text_doc("id_rsa", "\n", Enc::Utf8, false), mail.text_doc("mail_鍵送付.txt", "\n", Enc::Utf8, false)]
}

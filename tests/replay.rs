//! Replay suite for `presend check` (issue 3), written from the contract in
//! `/work/notes/check-contract.md` and the incidents in
//! `/work/shared/incidents.md`, never from the implementation.
//!
//! Each case is a policy, a message (JSON as in the contract), attachments
//! generated at test time under `target/tmp/replay/<case>/`, an optional
//! history file, the expected decision, the rule ids that must fire and the
//! rule ids that must not. The real binary is run with
//! `check --policy P --message M [--history H] --format json`; its exit status
//! must agree with the JSON `decision` (0 allow, 1 confirm, 3 block, 2 error).
//!
//! Groups:
//! - `incident`: the five incidents of `incidents.md` replayed, with controls;
//! - `recipient`: every recipient mistake (internal vs external on dot
//!   boundaries, free mail, lookalikes, salutation, another client's file,
//!   first-time domain, PPAP, confidential keywords, supervisor Cc, bad input);
//! - `clean`: ordinary business mail that must give `allow` with no reasons at
//!   all (alert fatigue is the product's main risk).
//!
//! `PRESEND_BIN=path` runs the cases against another build of the binary.
//! Every case is run and reported (stdout with `-- --nocapture`, and
//! `target/replay.md`); the test fails at the end if any case failed.

mod support;

#[path = "replay/office.rs"]
mod office;

#[path = "replay/kept5.rs"]
mod kept5;

#[path = "replay/kept6.rs"]
mod kept6;

#[path = "replay/kept7.rs"]
mod kept7;

#[path = "replay/kept8.rs"]
mod kept8;

#[path = "replay/kept9.rs"]
mod kept9;

#[path = "replay/kept9_more.rs"]
mod kept9_more;

use std::collections::BTreeSet;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;
use std::time::Instant;

use serde_json::{json, Value};
use support::files::{self, Cell, Sheet};
use support::people::{self as pp, Person, Phone, Rng};

// ====================================================================== cases

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Group {
    Incident,
    Recipient,
    Clean,
    /// Issue 21: everyday office mail next to its true-positive twin.
    Office,
    /// Issue 21: whole scenarios kept aside, never tuned on; reported, not gated.
    Kept,
    /// Issue 21: a second kept-aside set, written after the first had been used.
    Kept2,
    /// Issue 21: a third kept-aside set, written after every rule change.
    Kept3,
    /// Issue 21: a fourth kept-aside set, written after the third was tuned on.
    Kept4,
    /// Issue 21: a fifth kept-aside set, eight other organisations, written
    /// after the fourth was tuned on (`tests/replay/kept5.rs`); tuned on
    /// after its first run.
    Kept5,
    /// Issue 21: a sixth kept-aside set, nine other organisations, written
    /// after the fifth was tuned on (`tests/replay/kept6.rs`); tuned on
    /// after its first run.
    Kept6,
    /// Issue 21: a seventh kept-aside set, seven other organisations,
    /// written after the sixth was tuned on (`tests/replay/kept7.rs`).
    Kept7,
    /// Issue 21: an eighth kept-aside set, seven other organisations,
    /// written after the seventh was tuned on (`tests/replay/kept8.rs`);
    /// tuned on after its first run.
    Kept8,
    /// Issue 21: a ninth kept-aside set, six other organisations, written
    /// after the eighth was tuned on (`tests/replay/kept9.rs`).
    Kept9,
}

impl Group {
    fn name(self) -> &'static str {
        match self {
            Group::Incident => "incident",
            Group::Recipient => "recipient",
            Group::Clean => "clean",
            Group::Office => "office",
            Group::Kept => "kept",
            Group::Kept2 => "kept2",
            Group::Kept3 => "kept3",
            Group::Kept4 => "kept4",
            Group::Kept5 => "kept5",
            Group::Kept6 => "kept6",
            Group::Kept7 => "kept7",
            Group::Kept8 => "kept8",
            Group::Kept9 => "kept9",
        }
    }
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Decision {
    Allow,
    Confirm,
    Block,
    Error,
}

impl Decision {
    fn name(self) -> &'static str {
        match self {
            Decision::Allow => "allow",
            Decision::Confirm => "confirm",
            Decision::Block => "block",
            Decision::Error => "error",
        }
    }
    fn exit(self) -> i32 {
        match self {
            Decision::Allow => 0,
            Decision::Confirm => 1,
            Decision::Block => 3,
            Decision::Error => 2,
        }
    }
}

use Decision::{Allow, Block, Confirm, Error};

enum PolicyArg {
    None,
    Json(Value),
    Raw(String),
}

struct Case {
    id: &'static str,
    group: Group,
    about: &'static str,
    policy: PolicyArg,
    message: Value,
    /// (file name, bytes); `message.attachments` lists the names.
    files: Vec<(String, Vec<u8>)>,
    /// Attachment paths written as-is into the message (e.g. missing files).
    extra_paths: Vec<String>,
    history: Option<Value>,
    expect: Decision,
    must: Vec<&'static str>,
    must_not: Vec<&'static str>,
    /// The set of fired rules must equal `must` exactly (empty: no reasons).
    only: bool,
    levels: Vec<(&'static str, &'static str)>,
    classes: Vec<(&'static str, &'static str)>,
    records: Vec<(&'static str, u64)>,
    stderr_has: Vec<&'static str>,
    /// Raw values (numbers, passwords) that must never appear in the output.
    secrets: Vec<String>,
}

impl Case {
    fn new(id: &'static str, group: Group, about: &'static str, message: Value) -> Case {
        Case {
            id,
            group,
            about,
            policy: PolicyArg::Json(base_policy()),
            message,
            files: Vec::new(),
            extra_paths: Vec::new(),
            history: None,
            expect: Allow,
            must: Vec::new(),
            must_not: Vec::new(),
            only: false,
            levels: Vec::new(),
            classes: Vec::new(),
            records: Vec::new(),
            stderr_has: Vec::new(),
            secrets: Vec::new(),
        }
    }
    fn policy(mut self, p: Value) -> Case {
        self.policy = PolicyArg::Json(p);
        self
    }
    /// The base policy with these top-level keys replaced.
    fn patch(self, patch: Value) -> Case {
        let mut p = base_policy();
        if let (Some(obj), Some(add)) = (p.as_object_mut(), patch.as_object()) {
            for (k, v) in add {
                obj.insert(k.clone(), v.clone());
            }
        }
        self.policy(p)
    }
    fn no_policy(mut self) -> Case {
        self.policy = PolicyArg::None;
        self
    }
    fn raw_policy(mut self, text: &str) -> Case {
        self.policy = PolicyArg::Raw(text.to_owned());
        self
    }
    fn attach(mut self, name: &str, bytes: Vec<u8>) -> Case {
        if let Some(a) = self.message["attachments"].as_array_mut() {
            a.push(json!(name));
        }
        self.files.push((name.to_owned(), bytes));
        self
    }
    fn attach_path(mut self, path: &str) -> Case {
        self.extra_paths.push(path.to_owned());
        self
    }
    fn history(mut self, h: Value) -> Case {
        self.history = Some(h);
        self
    }
    fn expect(mut self, d: Decision, must: &[&'static str]) -> Case {
        self.expect = d;
        self.must = must.to_vec();
        self
    }
    fn not(mut self, rules: &[&'static str]) -> Case {
        self.must_not.extend_from_slice(rules);
        self
    }
    fn only(mut self) -> Case {
        self.only = true;
        self
    }
    fn level(mut self, rule: &'static str, level: &'static str) -> Case {
        self.levels.push((rule, level));
        self
    }
    fn class(mut self, addr: &'static str, class: &'static str) -> Case {
        self.classes.push((addr, class));
        self
    }
    fn records(mut self, attachment: &'static str, n: u64) -> Case {
        self.records.push((attachment, n));
        self
    }
    fn no_leak(mut self, raw: &str) -> Case {
        self.secrets.push(raw.to_owned());
        self
    }
    fn stderr(mut self, needle: &'static str) -> Case {
        self.stderr_has.push(needle);
        self
    }
}

/// A message as the contract shows it.
fn mail(from: &str, to: &[&str], subject: &str, body: &str) -> Value {
    json!({"from": from, "to": to, "cc": [], "bcc": [], "subject": subject, "body": body, "attachments": []})
}

fn with(mut m: Value, key: &str, v: Value) -> Value {
    m[key] = v;
    m
}

const SENDER: &str = "鈴木 一郎 <suzuki@presend.co.jp>";

/// The sender's signature block: name, company, address, phones, mail.
const SIG: &str = "──────────────────────────
株式会社プレセンド 営業部 第一営業課
鈴木 一郎（Suzuki Ichiro）
〒100-0005 東京都千代田区丸の内1-2-3 丸の内プレセンドビル5F
TEL: 03-6555-1234（代表） / 携帯: 090-3456-7812
FAX: 03-6555-1235
Mail: suzuki@presend.co.jp
URL: https://www.presend.co.jp/
──────────────────────────";

/// Salutation, greeting, the main text, closing and signature.
fn letter(salutation: &str, main: &str) -> String {
    format!(
        "{salutation}\n\nいつもお世話になっております。\n株式会社プレセンドの鈴木です。\n\n{main}\n\n\
         ご不明な点がございましたら、お気軽にお問い合わせください。\n何卒よろしくお願いいたします。\n\n{SIG}\n"
    )
}

fn base_policy() -> Value {
    json!({
        "internal_domains": ["presend.co.jp"],
        "partner_domains": {
            "alpha-shoji.co.jp": "株式会社アルファ商事",
            "beta-kogyo.co.jp": "ベータ工業株式会社",
            "gamma-design.jp": "ガンマデザイン株式会社",
            "minato-logi.co.jp": "株式会社ミナト物流",
            "sakura-sr.jp": "さくら社会保険労務士法人",
            "kenshin-net.co.jp": "株式会社ケンシンネット"
        },
        "own_names": ["株式会社プレセンド", "プレセンド"],
        "well_known_domains": ["bigbank.co.jp"]
    })
}

// ================================================================ generators

fn s(v: &str) -> String {
    v.to_owned()
}

fn header(cols: &[&str]) -> Vec<Cell> {
    cols.iter().map(|&c| Cell::from(c)).collect()
}

fn doctor(rng: &mut Rng) -> String {
    format!("{} {}", rng.pick(pp::SURNAMES).0, rng.pick(&["先生", "医師", "Dr."]))
}

/// Incident 1: a work-transition support office's sheet of trial users
/// (the columns of the seed article), with a title row above the header.
fn disability_roster(n: usize, seed: u64) -> Vec<u8> {
    let mut rng = Rng::new(seed);
    let mut rows = vec![
        vec![Cell::from("就労移行支援事業所コネクト 体験利用者一覧（2022/12/6〜2025/2/17）")],
        vec![],
        header(&[
            "No.",
            "氏名",
            "フリガナ",
            "生年月日",
            "障がい名",
            "手帳の有無",
            "障がいの症状",
            "かかりつけ病院名",
            "主治医",
            "受給者証の有無",
            "体験利用日",
        ]),
    ];
    for i in 0..n {
        let p = Person::born_between(&mut rng, 1968, 2004);
        rows.push(vec![
            Cell::Number((i + 1) as f64),
            Cell::from(p.name(&mut rng)),
            Cell::from(p.kana(&mut rng)),
            Cell::Date(p.birth.0, p.birth.1, p.birth.2),
            Cell::from(*rng.pick(pp::DISABILITY_NAMES)),
            Cell::from(*rng.pick(pp::HANDBOOKS)),
            Cell::from(*rng.pick(pp::DISABILITY_SYMPTOMS)),
            Cell::from(*rng.pick(pp::HOSPITALS)),
            Cell::from(doctor(&mut rng)),
            Cell::from(*rng.pick(&["有", "無", "申請中", "有（就労移行支援）"])),
            Cell::Date(2023 + rng.below(2) as u16, 1 + rng.below(12) as u8, 1 + rng.below(28) as u8),
        ]);
    }
    files::xlsx(&[Sheet::new("体験利用者", rows)])
}

/// Incident 2: a health centre's COVID-19 case list, as Excel writes CSV on
/// Japanese Windows (Shift_JIS, CRLF).
fn covid_csv(n: usize, seed: u64) -> Vec<u8> {
    let mut rng = Rng::new(seed);
    let mut rows: Vec<Vec<String>> = vec![[
        "受付番号",
        "届出日",
        "氏名",
        "フリガナ",
        "年齢",
        "性別",
        "住所",
        "電話番号",
        "発症日",
        "症状",
        "療養状況",
        "公費負担",
    ]
    .iter()
    .map(|c| s(c))
    .collect()];
    for i in 0..n {
        let p = Person::born_between(&mut rng, 1935, 2020);
        let (m, d) = (1 + rng.below(3), 1 + rng.below(28));
        rows.push(vec![
            format!("R5-{:05}", i + 1),
            format!("2023/{:02}/{:02}", m, (d + 1).min(28)),
            format!("{} {}", p.surname, p.given),
            format!("{} {}", p.surname_kana, p.given_kana),
            (2023 - p.birth.0 as i32).to_string(),
            p.sex().to_owned(),
            p.home.full(),
            if rng.chance(0.6) { p.mobile.hyphen() } else { p.landline.hyphen() },
            format!("2023/{m:02}/{d:02}"),
            rng.pick(pp::COVID_SYMPTOMS).to_string(),
            rng.pick(&["自宅療養", "自宅療養", "宿泊療養", "入院", "療養終了"]).to_string(),
            rng.pick(&["申請済", "未申請", "対象外"]).to_string(),
        ]);
    }
    shift_jis_fast(&files::csv(&rows, ','))
}

/// `files::shift_jis`, one encoder call per distinct character: encoding_rs
/// is slow on kanji in debug builds, and the 17,000-row list has few distinct ones.
fn shift_jis_fast(text: &str) -> Vec<u8> {
    let mut cache: std::collections::HashMap<char, Vec<u8>> = std::collections::HashMap::new();
    let mut out = Vec::with_capacity(text.len());
    for ch in text.chars() {
        if ch.is_ascii() {
            out.push(ch as u8);
        } else {
            let bytes = cache.entry(ch).or_insert_with(|| files::shift_jis(ch.encode_utf8(&mut [0; 4])));
            out.extend_from_slice(bytes);
        }
    }
    out
}

const CLINICS: &[(&str, &str)] = &[
    ("丸の内健診クリニック", "MC-1301"),
    ("みなと健康管理センター", "MC-1402"),
    ("さくら総合健診プラザ", "MC-2703"),
    ("市立中央病院 健診センター", "MC-2304"),
];

const COURSES: &[&str] = &["定期健康診断 Aコース", "生活習慣病予防健診", "人間ドック（日帰り）", "雇入時健康診断"];

/// Incident 3: a health-check booking export of another company's employees
/// (the columns of the seed article); their e-mail addresses are at `domain`.
fn health_check_export(n: usize, domain: &str, seed: u64) -> Vec<u8> {
    let mut rng = Rng::new(seed);
    let mut rows: Vec<Vec<String>> = vec![[
        "氏名",
        "性別",
        "生年月日",
        "社員番号",
        "メールアドレス",
        "保険証記号・番号",
        "健診対象フラグ",
        "予約ID",
        "予約確定日",
        "医療機関名",
        "医療機関ID",
        "受診日",
        "コース名",
    ]
    .iter()
    .map(|c| s(c))
    .collect()];
    for i in 0..n {
        let p = Person::born_between(&mut rng, 1960, 2003);
        let (clinic, clinic_id) = *rng.pick(CLINICS);
        let (m, d) = (6 + rng.below(4), 1 + rng.below(28));
        rows.push(vec![
            format!("{} {}", p.surname, p.given),
            p.sex().to_owned(),
            format!("{}/{:02}/{:02}", p.birth.0, p.birth.1, p.birth.2),
            format!("ML{:06}", 100_000 + i),
            format!("{}.{}{}@{domain}", pp::romaji(p.given_kana), pp::romaji(p.surname_kana), i % 97),
            pp::insurance_symbol_number(&mut rng),
            rng.pick(&["1", "1", "1", "0"]).to_string(),
            format!("RSV-2025-{:06}", 300_000 + i),
            format!("2025/05/{:02}", 1 + rng.below(28)),
            s(clinic),
            s(clinic_id),
            format!("2025/{m:02}/{d:02}"),
            rng.pick(COURSES).to_string(),
        ]);
    }
    files::utf8_bom(&files::csv(&rows, ','))
}

/// Incident 3, the results variant: check-up findings (special care).
fn health_check_results(n: usize, seed: u64) -> Vec<u8> {
    let mut rng = Rng::new(seed);
    let mut rows = vec![header(&["社員番号", "氏名", "生年月日", "受診日", "総合判定", "所見", "就業上の措置"])];
    for i in 0..n {
        let p = Person::born_between(&mut rng, 1965, 2002);
        rows.push(vec![
            Cell::from(format!("P{:05}", 20_000 + i)),
            Cell::from(p.name(&mut rng)),
            Cell::Date(p.birth.0, p.birth.1, p.birth.2),
            Cell::Date(2025, 6, 1 + rng.below(28) as u8),
            Cell::from(*rng.pick(pp::CHECKUP_RESULTS)),
            Cell::from(*rng.pick(pp::FINDINGS)),
            Cell::from(*rng.pick(&["通常勤務", "就業制限（残業禁止）", "要受診勧奨", "通常勤務"])),
        ]);
    }
    files::xlsx(&[Sheet::new("健診結果", rows)])
}

const CLIENTS: &[&str] = &[
    "ひかり通販",
    "みどり生活館",
    "そよかぜ化粧品",
    "つばめトラベル",
    "あおば保険サービス",
    "こだま電力",
    "はやぶさ学習塾",
    "もみじ住宅設備",
];

const FREE: &[&str] = &["gmail.com", "yahoo.co.jp", "icloud.com", "docomo.ne.jp", "ezweb.ne.jp", "outlook.jp"];

/// Incident 4: a call-centre customer list of several client companies,
/// some rows with Luhn-valid card numbers.
fn customer_list(n: usize, seed: u64) -> Vec<Vec<Cell>> {
    let mut rng = Rng::new(seed);
    let mut rows = vec![header(&[
        "委託元",
        "会員ID",
        "氏名",
        "フリガナ",
        "性別",
        "生年月日",
        "郵便番号",
        "住所",
        "電話番号",
        "メールアドレス",
        "カード番号",
        "有効期限",
    ])];
    for i in 0..n {
        let p = Person::gen(&mut rng);
        let card = if rng.chance(0.4) {
            let c = pp::random_card(&mut rng);
            pp::card_styled(&mut rng, &c)
        } else {
            String::new()
        };
        let expiry =
            if card.is_empty() { String::new() } else { format!("{:02}/{}", 1 + rng.below(12), 27 + rng.below(5)) };
        rows.push(vec![
            Cell::from(*rng.pick(CLIENTS)),
            Cell::from(format!("C{:08}", 10_000_000 + i * 7)),
            Cell::from(p.name(&mut rng)),
            Cell::from(p.kana(&mut rng)),
            Cell::from(p.sex()),
            Cell::Date(p.birth.0, p.birth.1, p.birth.2),
            Cell::from(p.home.postal_hyphen()),
            Cell::from(p.home.full()),
            Cell::from(if rng.chance(0.5) { p.mobile.hyphen() } else { p.landline.hyphen() }),
            Cell::from(format!(
                "{}.{}{}@{}",
                pp::romaji(p.surname_kana),
                pp::romaji(p.given_kana),
                p.birth.0 % 100,
                rng.pick(FREE)
            )),
            Cell::from(card),
            Cell::from(expiry),
        ]);
    }
    rows
}

/// The customer list without its card columns (the last two).
fn without_cards(mut rows: Vec<Vec<Cell>>) -> Vec<Vec<Cell>> {
    for r in &mut rows {
        r.truncate(r.len() - 2);
    }
    rows
}

fn customer_xlsx(n: usize, seed: u64) -> Vec<u8> {
    files::xlsx(&[Sheet::new("顧客一覧", customer_list(n, seed))])
}

fn cells_to_strings(rows: &[Vec<Cell>]) -> Vec<Vec<String>> {
    rows.iter()
        .map(|r| {
            r.iter()
                .map(|c| match c {
                    Cell::Text(t) => t.clone(),
                    Cell::Number(n) => n.to_string(),
                    Cell::Date(y, m, d) => format!("{y}/{m:02}/{d:02}"),
                    Cell::Empty => String::new(),
                })
                .collect()
        })
        .collect()
}

/// Incident 5: a payroll / social-insurance register with valid My Numbers.
fn payroll_register(n: usize, seed: u64) -> Vec<u8> {
    let mut rng = Rng::new(seed);
    let mut rows = vec![
        vec![Cell::from("2026年3月分 給与台帳（社会保険・年末調整用）")],
        vec![Cell::from("株式会社プレセンド 人事総務部")],
        header(&[
            "社員番号",
            "氏名",
            "フリガナ",
            "生年月日",
            "個人番号",
            "基礎年金番号",
            "扶養親族数",
            "扶養親族（氏名・続柄）",
            "基本給",
            "通勤手当",
            "支給合計",
        ]),
    ];
    for i in 0..n {
        let p = Person::born_between(&mut rng, 1962, 2003);
        let deps = rng.below(4);
        let dep_names = if deps == 0 {
            String::new()
        } else {
            let spouse = p.relative(&mut rng, !p.female, 1962, 2003);
            format!("{} {}（配偶者）", spouse.surname, spouse.given)
        };
        let base = 220_000 + rng.below(300) * 1000;
        let commute = 5_000 + rng.below(20) * 1000;
        rows.push(vec![
            Cell::from(format!("E{:05}", 10_001 + i)),
            Cell::from(p.name(&mut rng)),
            Cell::from(p.kana(&mut rng)),
            Cell::Date(p.birth.0, p.birth.1, p.birth.2),
            Cell::from(pp::my_number(&mut rng)),
            Cell::from(pp::pension_number(&mut rng)),
            Cell::Number(deps as f64),
            Cell::from(dep_names),
            Cell::Number(base as f64),
            Cell::Number(commute as f64),
            Cell::Number((base + commute) as f64),
        ]);
    }
    files::xlsx(&[Sheet::new("給与台帳", rows)])
}

const DEPTS: &[&str] = &["営業部", "総務部", "経理部", "開発部", "品質保証部", "人事部"];

/// A company's own staff contact list (name, department, extension, mail, mobile).
fn staff_list(n: usize, domain: &str, seed: u64) -> Vec<u8> {
    let mut rng = Rng::new(seed);
    let mut rows = vec![header(&["氏名", "部署", "役職", "内線", "メールアドレス", "携帯電話"])];
    for i in 0..n {
        let p = Person::born_between(&mut rng, 1965, 2002);
        rows.push(vec![
            Cell::from(p.name(&mut rng)),
            Cell::from(*rng.pick(DEPTS)),
            Cell::from(*rng.pick(&["", "主任", "課長", "係長", ""])),
            Cell::from(format!("{}", 2100 + i)),
            Cell::from(format!("{}.{}@{domain}", pp::romaji(p.surname_kana), pp::romaji(p.given_kana))),
            Cell::from(Phone::mobile(&mut rng).hyphen()),
        ]);
    }
    files::xlsx(&[Sheet::new("連絡先", rows)])
}

/// A price list with product codes, JAN codes and prices.
fn price_list(title: &str, seed: u64) -> Vec<u8> {
    let mut rng = Rng::new(seed);
    let items = [
        "業務用シュレッダー S-200",
        "A4コピー用紙 2500枚",
        "ラミネーター L-40",
        "OAタップ 6口 2m",
        "電動鉛筆削り EP-3",
        "ホワイトボード 900×600",
        "デスクライト LED-12",
        "キャビネット 3段",
        "トナーカートリッジ TN-52",
        "オフィスチェア OC-7",
        "会議テーブル 1800",
        "パーテーション P-120",
    ];
    let mut rows = vec![
        vec![Cell::from(title)],
        vec![Cell::from("2026年4月1日改定　単位：円（税抜）")],
        header(&["品番", "商品名", "JANコード", "入数", "単価", "希望小売価格", "発注単位", "備考"]),
    ];
    for (i, item) in items.iter().enumerate() {
        let price = 800 + rng.below(120) * 500;
        rows.push(vec![
            Cell::from(format!("PS-{}", 1001 + i)),
            Cell::from(*item),
            Cell::from(pp::jan_code(&mut rng)),
            Cell::Number((1 + rng.below(10)) as f64),
            Cell::Number(price as f64),
            Cell::Number((price * 13 / 10) as f64),
            Cell::from(*rng.pick(&["1ケース", "1個", "10個"])),
            Cell::from(*rng.pick(&["", "新商品", "在庫限り", "4月出荷分より価格改定"])),
        ]);
    }
    files::xlsx(&[Sheet::new("価格表", rows)])
}

/// A quotation: the addressee organisation is the only name inside.
fn quotation(addressee: &str) -> Vec<u8> {
    files::docx(&[
        "御見積書",
        &format!("{addressee} 御中"),
        "見積番号：Q-2026-0315　見積日：2026年3月15日　有効期限：2026年4月14日",
        "下記のとおりお見積り申し上げます。",
        "品番\t品名\t数量\t単価\t金額",
        "PS-1001\t業務用シュレッダー S-200\t2\t128,000\t256,000",
        "PS-1007\tデスクライト LED-12\t20\t9,800\t196,000",
        "PS-1010\tオフィスチェア OC-7\t10\t16,400\t164,000",
        "小計\t\t\t\t616,000",
        "消費税（10%）\t\t\t\t61,600",
        "合計\t\t\t\t677,600",
        "納期：ご発注後3週間　支払条件：月末締め翌月末払い",
        "株式会社プレセンド 営業部",
        "〒100-0005 東京都千代田区丸の内1-2-3 丸の内プレセンドビル5F",
        "TEL 03-6555-1234　FAX 03-6555-1235",
        "登録番号 T5835678256246",
    ])
}

fn meeting_memo() -> Vec<u8> {
    files::docx(&[
        "議事録",
        "件名：2026年度 共同販促企画 定例会（第3回）",
        "日時：2026年3月5日（木）14:00〜15:30",
        "場所：株式会社アルファ商事 本社 5F 第1会議室",
        "出席者：株式会社アルファ商事 山田様、佐藤様／株式会社プレセンド 鈴木、高橋（敬称略）",
        "1. 前回議事録の確認：異議なし",
        "2. 春の販促キャンペーン（4/10〜5/31）の進捗",
        "・店頭POPの納品は3月25日予定。デザインはアルファ商事様にて最終確認。",
        "・対象商品は品番 PS-1001〜PS-1012 の12品目、想定販売数 1,200台。",
        "3. 予算：販促費 ¥1,500,000（両社折半）",
        "4. 次回定例：3月19日（木）14:00〜 弊社 本社3F 第2会議室（301号室）",
        "以上",
    ])
}

fn sales_deck() -> Vec<u8> {
    files::pptx(&[
        &["2026年度 上期 販売計画", "株式会社プレセンド 営業部", "2026年3月"],
        &["市場動向", "オフィス用品市場は前年比 +3.2%", "EC経由の受注が全体の41%に拡大"],
        &[
            "重点施策",
            "・新製品 S-200 の拡販（目標 1,200台）",
            "・ガンマデザイン様と共同でカタログ刷新",
            "・展示会：5月20日〜22日 東京ビッグサイト 西2ホール",
        ],
        &["価格", "S-200 標準価格 128,000円（税抜）", "ボリュームディスカウント：10台以上 5%"],
    ])
}

/// Inventory CSV (Shift_JIS) with product codes and JAN codes.
fn inventory_csv(seed: u64) -> Vec<u8> {
    let mut rng = Rng::new(seed);
    let mut rows = vec![["商品コード", "JANコード", "品名", "倉庫", "ロット番号", "在庫数", "単価", "入荷予定日"]
        .iter()
        .map(|c| s(c))
        .collect::<Vec<_>>()];
    for i in 0..60 {
        rows.push(vec![
            format!("PS-{}", 1001 + i),
            pp::jan_code(&mut rng),
            format!("オフィス用品 型番{}", 200 + i),
            rng.pick(&["東京第1倉庫", "大阪倉庫", "福岡センター"]).to_string(),
            format!("LOT{}{:04}", 2026, rng.below(10_000)),
            (rng.below(900) + 10).to_string(),
            (500 + rng.below(200) * 100).to_string(),
            format!("2026/04/{:02}", 1 + rng.below(28)),
        ]);
    }
    files::shift_jis(&files::csv(&rows, ','))
}

/// The partner's own staff contact list (their people, their domain).
fn partner_contacts() -> Vec<u8> {
    files::xlsx(&[Sheet::new(
        "ご担当者",
        files::text_rows(&[
            &["氏名", "部署", "役職", "メールアドレス", "直通電話"],
            &["山田 太郎", "営業部", "部長", "t.yamada@alpha-shoji.co.jp", "03-5211-4401"],
            &["佐藤 花子", "営業部", "課長", "h.sato@alpha-shoji.co.jp", "03-5211-4402"],
            &["伊藤 健太", "営業部", "", "k.ito@alpha-shoji.co.jp", "03-5211-4403"],
            &["中村 美咲", "購買部", "主任", "m.nakamura@alpha-shoji.co.jp", "03-5211-4410"],
            &["小林 直樹", "購買部", "", "n.kobayashi@alpha-shoji.co.jp", "03-5211-4411"],
            &["加藤 由美子", "物流管理部", "課長", "y.kato@alpha-shoji.co.jp", "03-5211-4420"],
        ]),
    )])
}

/// A 12-digit order number of the date+sequence kind that also passes the
/// My Number check digit (about 1 in 11 do).
fn order_number_passing_check() -> String {
    (1..10_000).map(|i| format!("20260316{i:04}")).find(|n| pp::is_my_number(n)).expect("one passes")
}

/// A 12-digit parcel tracking number (carriers print them 4-4-4) that also
/// passes the My Number check digit.
fn tracking_number_passing_check() -> String {
    let n = (100_000..1_000_000).map(|i| format!("456789{i}")).find(|n| pp::is_my_number(n)).expect("one passes");
    format!("{}-{}-{}", &n[..4], &n[4..8], &n[8..])
}

/// The attendee list of a department party (our own staff: name, department,
/// mobile, mail) of `n` people.
fn attendee_list(n: usize) -> Vec<u8> {
    let people: [&[&str]; 6] = [
        &["鈴木 一郎", "営業部", "課長", "090-3456-7812", "suzuki@presend.co.jp"],
        &["高橋 直樹", "営業部", "", "080-2211-9034", "takahashi@presend.co.jp"],
        &["井上 恵子", "営業部", "部長", "080-2345-6789", "inoue@presend.co.jp"],
        &["中村 美咲", "人事部", "", "090-7788-1234", "nakamura@presend.co.jp"],
        &["小林 健太", "経理部", "主任", "070-5123-8890", "kobayashi@presend.co.jp"],
        &["木村 彩", "開発部", "", "080-6612-3345", "kimura@presend.co.jp"],
    ];
    let mut rows: Vec<&[&str]> = vec![&["氏名", "部署", "役職", "携帯電話", "メールアドレス"]];
    rows.extend(people.iter().take(n).copied());
    files::xlsx(&[Sheet::new("出席者", files::text_rows(&rows))])
}

/// Notes of a catalogue meeting with the design partner.
fn design_memo() -> Vec<u8> {
    files::docx(&[
        "カタログ刷新 打合せメモ",
        "日時：2026年3月10日（火）10:00〜11:00　場所：オンライン",
        "出席：ガンマデザイン株式会社 木下様／株式会社プレセンド 鈴木（敬称略）",
        "1. 表紙案はB案で進める（色味は再調整）",
        "2. 掲載品目は95品目、価格は4月改定後の価格で掲載",
        "3. 初校提出：4月15日、最終入稿：4月28日",
        "以上",
    ])
}

fn encrypted_xlsx() -> Vec<u8> {
    include_bytes!("fixtures/encrypted.xlsx").to_vec()
}

fn encrypted_zip() -> Vec<u8> {
    let quote = quotation("株式会社アルファ商事");
    let memo = meeting_memo();
    files::mark_zip_encrypted(files::zip(&[("御見積書.docx", &quote), ("打合せ議事録.docx", &memo)]))
}

// ===================================================================== cases

fn incident_cases() -> Vec<Case> {
    use Group::Incident as G;
    let mut rng = Rng::new(20260316);
    let mut v = Vec::new();

    // ---- #1 disability sheet to a trial user's private address
    let connect = json!({
        "internal_domains": ["connect-work.jp"],
        "own_names": ["就労移行支援事業所コネクト", "株式会社ムーブル"],
        "partner_domains": {"himawari-clinic.jp": "ひまわり内科クリニック"}
    });
    let connect_from = "佐々木 由美 <sasaki@connect-work.jp>";
    let trial_body = "高橋 美咲様\n\nいつもお世話になっております。\n就労移行支援事業所コネクトの佐々木です。\n\n\
        先日は体験利用にお越しいただき、ありがとうございました。\n\
        次回の体験利用（6月26日 10:00〜15:00）の日程表を添付いたしますので、ご確認ください。\n\
        当日は筆記用具と昼食をお持ちください。\n\nよろしくお願いいたします。\n\n\
        ----\n就労移行支援事業所コネクト\n支援員 佐々木 由美\nTEL 03-5555-0123\n";
    let roster = disability_roster(45, 1);
    v.push(
        Case::new(
            "i1_disability_xlsx_to_trial_user",
            G,
            "#1: trial users' sheet (障がい名, 症状, 主治医) mailed to a trial user's private address",
            mail(connect_from, &["高橋 美咲 <misaki.t1998@gmail.com>"], "次回体験利用のご案内", trial_body),
        )
        .policy(connect.clone())
        .attach("体験利用日程表.xlsx", roster.clone())
        .expect(Block, &["special_care_external", "personal_data_free_mail", "free_mail"])
        .class("misaki.t1998@gmail.com", "free_mail")
        .records("体験利用日程表.xlsx", 45),
    );
    v.push(
        Case::new(
            "i1_control_same_sheet_to_colleague",
            G,
            "#1 control: the same sheet to the office's own staff: nothing leaves",
            mail(
                connect_from,
                &["所長 木村 健一 <kimura@connect-work.jp>"],
                "体験利用者一覧（更新）",
                "木村所長\n\nお疲れさまです。佐々木です。\n体験利用者一覧を更新しましたので共有します。\n\n佐々木\n",
            ),
        )
        .policy(connect.clone())
        .attach("体験利用者一覧.xlsx", roster.clone())
        .expect(Allow, &[])
        .only(),
    );
    v.push(
        Case::new(
            "i1_same_sheet_to_partner_clinic",
            G,
            "#1 variant: the sheet to a partner clinic: special-care data to any external recipient blocks",
            mail(
                connect_from,
                &["ひまわり内科クリニック 受付 <uketsuke@himawari-clinic.jp>"],
                "利用者情報のご共有",
                "ひまわり内科クリニック\n受付ご担当者様\n\nお世話になっております。\n就労移行支援事業所コネクトの佐々木です。\n\
                 ご依頼の資料をお送りします。\n\nよろしくお願いいたします。\n",
            ),
        )
        .policy(connect)
        .attach("体験利用者一覧.xlsx", roster)
        .expect(Block, &["special_care_external"])
        .not(&["personal_data_external", "free_mail"]),
    );

    // ---- #2 17,000 COVID-19 patients, Shift_JIS CSV, to gmail "to study at home"
    let city = json!({
        "internal_domains": ["city.example.lg.jp"],
        "own_names": ["某市保健所"],
        "supervisors": {"addresses": ["kacho-hoken@city.example.lg.jp"], "when": "personal_data"}
    });
    let temp_from = "派遣 田村 浩 <tamura-h@city.example.lg.jp>";
    v.push(
        Case::new(
            "i2_covid_17000_sjis_to_gmail",
            G,
            "#2: 17,000 COVID-19 patients (Shift_JIS CSV) to the sender's own gmail, no supervisor Cc",
            mail(
                temp_from,
                &["tamura.hiroshi.1990@gmail.com"],
                "自宅学習用",
                "自宅で勉強するために送ります。\n様式の確認用。\n",
            ),
        )
        .policy(city.clone())
        .attach("罹患者一覧_2023年1-3月.csv", covid_csv(17_000, 2))
        .expect(
            Block,
            &[
                "personal_data_free_mail",
                "mass_personal_external",
                "special_care_external",
                "free_mail",
                "supervisor_cc_missing",
            ],
        )
        .not(&["bulk_personal_external"])
        .records("罹患者一覧_2023年1-3月.csv", 17_000),
    );
    v.push(
        Case::new(
            "i2_covid_200_to_gmail_supervisor_cc",
            G,
            "#2 variant: 200 patients to a private address with the supervisor in Cc: still blocked, no Cc warning",
            with(
                mail(
                    temp_from,
                    &["tamura.hiroshi.1990@gmail.com"],
                    "Fw: 公費負担一覧",
                    "課長\n\n自宅で確認したいので私用アドレスに送ります。\n\n田村\n",
                ),
                "cc",
                json!(["保健予防課長 <kacho-hoken@city.example.lg.jp>"]),
            ),
        )
        .policy(city.clone())
        .attach("公費負担一覧.csv", covid_csv(200, 3))
        .expect(Block, &["personal_data_free_mail", "bulk_personal_external", "special_care_external", "free_mail"])
        .not(&["supervisor_cc_missing", "mass_personal_external"]),
    );
    v.push(
        Case::new(
            "i2_three_patients_in_body_to_yahoo",
            G,
            "#2 variant: three patients pasted into the body, to yahoo.co.jp",
            mail(
                temp_from,
                &["h-tamura77@yahoo.co.jp"],
                "メモ",
                "明日の確認分\n\
                 ・山田 太郎（45歳）東京都世田谷区三軒茶屋1-2-3 090-2233-4455 1/5発症 発熱、咳 自宅療養\n\
                 ・佐藤 花子（72歳）東京都世田谷区太子堂4-5-6 03-3411-2233 1/6発症 呼吸困難 入院\n\
                 ・伊藤 健太（31歳）東京都世田谷区若林2-8-1 080-5566-7788 1/7発症 味覚・嗅覚障害 宿泊療養\n",
            ),
        )
        .policy(city)
        .expect(Block, &["personal_data_free_mail", "special_care_external", "free_mail", "supervisor_cc_missing"]),
    );

    // ---- #3 another company's 11,704-employee health-check export
    let export_body = letter(
        "株式会社ケンシンネット\nシステムサポート ご担当者様",
        "健診予約システムの件でご相談です。\n検索結果をダウンロードしたところ、想定外のデータが含まれておりましたので、\n\
         内容をご確認いただけますでしょうか。",
    );
    v.push(
        Case::new(
            "i3_healthcheck_11704_other_company_to_partner",
            G,
            "#3: 11,704 employees of ミナト物流 (their e-mail domain) sent to the booking outsourcer",
            mail(SENDER, &["サポート窓口 <support@kenshin-net.co.jp>"], "健診予約データについて", &export_body),
        )
        .attach("健診予約_検索結果_20250620.csv", health_check_export(11_704, "minato-logi.co.jp", 4))
        .expect(Block, &["mass_personal_external", "content_other_organisation"])
        .not(&["bulk_personal_external", "personal_data_external", "salutation_mismatch"])
        .class("support@kenshin-net.co.jp", "partner")
        .records("健診予約_検索結果_20250620.csv", 11_704),
    );
    let export300 = health_check_export(300, "minato-logi.co.jp", 5);
    v.push(
        Case::new(
            "i3_healthcheck_300_to_wrong_company",
            G,
            "#3 variant: ミナト物流's 300-person booking list sent to ベータ工業 (wrong company)",
            mail(
                SENDER,
                &["山田 太郎 <t.yamada@beta-kogyo.co.jp>"],
                "健診予約一覧の送付",
                &letter(
                    "ベータ工業株式会社\n総務部 山田様",
                    "健診予約の一覧をお送りします。受診日のご確認をお願いいたします。",
                ),
            ),
        )
        .attach("ミナト物流_健診予約一覧.csv", export300.clone())
        .expect(Confirm, &["bulk_personal_external", "content_other_organisation"])
        .not(&["mass_personal_external", "personal_data_external", "special_care_external"]),
    );
    v.push(
        Case::new(
            "i3_healthcheck_300_to_owner_company",
            G,
            "#3 control: the same list back to ミナト物流 itself: bulk confirm, but it is their own data",
            mail(
                SENDER,
                &["総務部 加藤 <soumu@minato-logi.co.jp>"],
                "健診予約一覧の送付",
                &letter(
                    "株式会社ミナト物流\n総務部 加藤様",
                    "健診予約の一覧をお送りします。受診日のご確認をお願いいたします。",
                ),
            ),
        )
        .attach("ミナト物流_健診予約一覧.csv", export300)
        .expect(Confirm, &["bulk_personal_external"])
        .not(&["content_other_organisation", "mass_personal_external", "special_care_external"]),
    );
    v.push(
        Case::new(
            "i3_checkup_results_to_partner",
            G,
            "#3 variant: 40 employees' check-up results (判定, 所見) to a partner: special care blocks",
            mail(
                SENDER,
                &["株式会社ケンシンネット 健診担当 <kenshin@kenshin-net.co.jp>"],
                "二次検査対象者について",
                &letter("株式会社ケンシンネット\n健診担当者様", "二次検査の対象者一覧をお送りします。"),
            ),
        )
        .attach("二次検査対象者.xlsx", health_check_results(40, 6))
        .expect(Block, &["special_care_external"]),
    );

    // ---- #4 customer list with card numbers
    let broker_body =
        "ご担当者様\n\n先日お話しした顧客リストです。\n件数は約1,200件です。\n入金確認後、残りもお送りします。\n";
    v.push(
        Case::new(
            "i4_customer_list_1200_cards_to_broker",
            G,
            "#4: 1,200 customers of several clients with card numbers to an external list broker",
            mail(SENDER, &["info@meibo-trade.com"], "リスト", broker_body),
        )
        .attach("list_202506.xlsx", customer_xlsx(1_200, 7))
        // The volume rules say it already: no third reason about the same people.
        .expect(Block, &["mass_personal_external", "card_number_external", "external_recipient"])
        .not(&["bulk_personal_external", "personal_data_external"])
        .class("info@meibo-trade.com", "external")
        .records("list_202506.xlsx", 1_200),
    );
    v.push(
        Case::new(
            "i4_customer_list_60_to_external",
            G,
            "#4 variant: 60 customers, some with card numbers, to an unknown external address: cards block, not bulk",
            mail(SENDER, &["info@meibo-trade.com"], "サンプル", broker_body),
        )
        .attach("sample.xlsx", customer_xlsx(60, 8))
        .expect(Block, &["card_number_external", "personal_data_external", "external_recipient"])
        .not(&["bulk_personal_external", "mass_personal_external", "content_other_organisation"]),
    );
    v.push(
        Case::new(
            "i4_customer_list_60_no_cards_to_external",
            G,
            "#4 control: the same 60 customers without card numbers: personal data to a non-partner, confirm",
            mail(SENDER, &["info@meibo-trade.com"], "サンプル", broker_body),
        )
        .attach("sample.xlsx", files::xlsx(&[Sheet::new("顧客一覧", without_cards(customer_list(60, 8)))]))
        .expect(Confirm, &["personal_data_external", "external_recipient"])
        .not(&[
            "card_number_external",
            "bulk_personal_external",
            "mass_personal_external",
            "content_other_organisation",
        ]),
    );
    let rows = customer_list(150, 9);
    let csv = files::csv(&cells_to_strings(&rows), ',');
    v.push(
        Case::new(
            "i4_customer_csv_in_zip_to_private_address",
            G,
            "#4 variant: 150 customers, CSV inside a zip, to the insider's own docomo address",
            mail(SENDER, &["ichiro-s@docomo.ne.jp"], "", ""),
        )
        .attach("backup.zip", files::zip(&[("顧客/会員一覧.csv", csv.as_bytes())]))
        .expect(Block, &["personal_data_free_mail", "card_number_external", "bulk_personal_external", "free_mail"])
        .class("ichiro-s@docomo.ne.jp", "free_mail"),
    );

    // ---- #5 My Numbers, pension numbers, passwords
    let payroll = payroll_register(25, 10);
    let sr_body = letter(
        "さくら社会保険労務士法人\n伊藤様",
        "3月分の給与台帳をお送りします。\n算定基礎届の作成にご利用ください。",
    );
    v.push(
        Case::new(
            "i5_payroll_my_numbers_to_sr_office",
            G,
            "#5: payroll register with 25 valid My Numbers and pension numbers to the labour consultant",
            mail(SENDER, &["伊藤 恵子 <k.ito@sakura-sr.jp>"], "3月分 給与台帳", &sr_body),
        )
        .attach("給与台帳_202603.xlsx", payroll.clone())
        .expect(Block, &["my_number_external"])
        .not(&["personal_data_external"]),
    );
    v.push(
        Case::new(
            "i5_payroll_with_exemption",
            G,
            "#5 control: same file, the consultant exempted from my_number_external by policy",
            mail(SENDER, &["伊藤 恵子 <k.ito@sakura-sr.jp>"], "3月分 給与台帳", &sr_body),
        )
        .patch(json!({"exemptions": [{"recipients": ["sakura-sr.jp"], "rules": ["my_number_external"]}]}))
        .attach("給与台帳_202603.xlsx", payroll)
        .expect(Allow, &[])
        .not(&["my_number_external"])
        .only(),
    );
    let mn = pp::my_number(&mut rng);
    let mn_grouped = format!("{} {} {}", &mn[..4], &mn[4..8], &mn[8..]);
    v.push(
        Case::new(
            "i5_my_number_in_body_to_external",
            G,
            "#5: an employee's My Number typed into the body, to an outside payroll vendor",
            mail(
                SENDER,
                &["給与計算センター <center@kyuyo-bpo.jp>"],
                "扶養追加の件",
                &letter(
                    "給与計算センター\nご担当者様",
                    &format!(
                        "弊社社員の扶養追加の件で、配偶者の情報をお知らせします。\n\
                         氏名：高橋 陽子\n生年月日：1988年5月14日\nマイナンバー：{mn_grouped}"
                    ),
                ),
            ),
        )
        .expect(Block, &["my_number_external"])
        .no_leak(&mn)
        .no_leak(&mn_grouped),
    );
    v.push(
        Case::new(
            "i5_my_number_in_body_internal",
            G,
            "#5 control: the same My Number to the HR colleague (internal): my_number_external is for outside only",
            mail(
                SENDER,
                &["人事部 中村 <nakamura@presend.co.jp>"],
                "扶養追加の件",
                &format!(
                    "中村さん\n\nお疲れさまです。鈴木です。\n扶養追加の件、配偶者の情報です。\n\
                     氏名：鈴木 陽子\nマイナンバー：{mn_grouped}\n\n鈴木\n"
                ),
            ),
        )
        .expect(Allow, &[])
        .not(&["my_number_external"])
        .only(),
    );
    v.push(
        Case::new(
            "i5_invalid_check_digit_not_my_number",
            G,
            "#5 control: a 12-digit number after 個人番号 whose check digit is wrong is not a My Number",
            mail(
                SENDER,
                &["山田 太郎 <t.yamada@alpha-shoji.co.jp>"],
                "お問い合わせの件",
                &letter(
                    "株式会社アルファ商事\n山田様",
                    "申請書の整理番号：1234 5678 9019\n（個人番号欄は空欄のままご提出ください）",
                ),
            ),
        )
        .expect(Allow, &[])
        .not(&["my_number_external"]),
    );
    v.push(
        Case::new(
            "i5_password_in_body_to_partner",
            G,
            "#5: a VPN account and its password pasted into a mail to a partner",
            mail(
                SENDER,
                &["佐藤 花子 <h.sato@alpha-shoji.co.jp>"],
                "VPN接続情報",
                &letter(
                    "株式会社アルファ商事\n佐藤様",
                    "検証環境への接続情報をお送りします。\nサーバ：vpn.presend.co.jp\nID：alpha-user01\nパスワード：Xy7#kq2Lm",
                ),
            ),
        )
        .expect(Confirm, &["secret_external"])
        .class("h.sato@alpha-shoji.co.jp", "partner")
        .no_leak("Xy7#kq2Lm"),
    );
    let (aws_id, aws_secret) = (pp::aws_access_key(&mut rng), pp::aws_secret_key(&mut rng));
    v.push(
        Case::new(
            "i5_db_credentials_in_attachment_to_external",
            G,
            "#5: a config file with a database URL and an AWS key attached for an external contractor",
            mail(
                SENDER,
                &["dev@freelance-works.jp"],
                "設定ファイル",
                &letter("ご担当者様", "本番環境の設定ファイルを添付します。"),
            ),
        )
        .attach(
            "app.env",
            format!(
                "DATABASE_URL=postgres://app:Zq93!vLm@db.presend.internal/orders\nAWS_ACCESS_KEY_ID={}\nAWS_SECRET_ACCESS_KEY={}\n",
                aws_id, aws_secret
            )
            .into_bytes(),
        )
        .expect(Confirm, &["secret_external", "external_recipient"])
        .no_leak("Zq93!vLm")
        .no_leak(&aws_secret),
    );
    v
}

fn recipient_cases() -> Vec<Case> {
    use Group::Recipient as G;
    let mut v = Vec::new();
    let plain = |salutation: &str| letter(salutation, "来週の打ち合わせの資料をお送りします。ご確認ください。");

    // ---- internal vs external on dot boundaries
    v.push(
        Case::new(
            "r_internal_subdomain",
            G,
            "sub.presend.co.jp is internal (dot boundary): the staff list may go there",
            mail(
                SENDER,
                &["田中 次郎 <tanaka@sub.presend.co.jp>"],
                "連絡網の更新",
                "田中さん\n\nお疲れさまです。鈴木です。\n4月からの連絡網を添付します。\n\n鈴木\n",
            ),
        )
        .attach("連絡網_2026.xlsx", staff_list(12, "presend.co.jp", 11))
        .expect(Allow, &[])
        .class("tanaka@sub.presend.co.jp", "internal")
        .only(),
    );
    v.push(
        Case::new(
            "r_badpresend_is_external",
            G,
            "badpresend.co.jp is not internal: the same staff list goes outside",
            mail(
                SENDER,
                &["田中 次郎 <tanaka@badpresend.co.jp>"],
                "連絡網の更新",
                "田中さん\n\nお疲れさまです。鈴木です。\n4月からの連絡網を添付します。\n\n鈴木\n",
            ),
        )
        .attach("連絡網_2026.xlsx", staff_list(12, "presend.co.jp", 11))
        .expect(Confirm, &["external_recipient", "personal_data_external"])
        .class("tanaka@badpresend.co.jp", "external"),
    );

    // ---- free mail and carriers
    v.push(
        Case::new(
            "r_free_gmail_candidate",
            G,
            "a job candidate's gmail address: free mail asks for confirmation",
            mail(
                SENDER,
                &["伊藤 翔太 <shota.ito.2001@gmail.com>"],
                "一次面接日程のご案内",
                "伊藤 翔太様\n\nこの度は弊社求人にご応募いただき、ありがとうございます。\n\
                 株式会社プレセンド 採用担当の鈴木です。\n一次面接を4月8日（水）14:00より本社5F 第3会議室にて行います。\n\
                 ご都合をお知らせください。\n\nよろしくお願いいたします。\n",
            ),
        )
        .expect(Confirm, &["free_mail"])
        .not(&["lookalike_domain", "salutation_mismatch"])
        .class("shota.ito.2001@gmail.com", "free_mail"),
    );
    v.push(
        Case::new(
            "r_free_yahoo_in_cc",
            G,
            "a partner in To and the partner's private yahoo.co.jp address in Cc",
            with(
                mail(
                    SENDER,
                    &["山田 太郎 <t.yamada@alpha-shoji.co.jp>"],
                    "打ち合わせ資料",
                    &plain("株式会社アルファ商事\n山田様"),
                ),
                "cc",
                json!(["yamada.taro.0412@yahoo.co.jp"]),
            ),
        )
        .expect(Confirm, &["free_mail"])
        .class("yamada.taro.0412@yahoo.co.jp", "free_mail")
        .class("t.yamada@alpha-shoji.co.jp", "partner"),
    );
    v.push(
        Case::new(
            "r_free_carriers_visible",
            G,
            "five mobile-carrier addresses in To/Cc: free mail, and each counts as its own organisation",
            with(
                mail(
                    SENDER,
                    &["a-sato@docomo.ne.jp", "b.kimura@ezweb.ne.jp"],
                    "同窓会のご案内",
                    "皆さま\n\nご無沙汰しております。鈴木です。\n5月の同窓会の案内をお送りします。\n",
                ),
                "cc",
                json!(["c-mori@au.com", "d.hayashi@softbank.ne.jp", "e-ikeda@i.softbank.jp"]),
            ),
        )
        .expect(Confirm, &["free_mail", "external_organisations"])
        .not(&["lookalike_domain"])
        .class("a-sato@docomo.ne.jp", "free_mail")
        .class("b.kimura@ezweb.ne.jp", "free_mail")
        .class("c-mori@au.com", "free_mail")
        .class("d.hayashi@softbank.ne.jp", "free_mail")
        .class("e-ikeda@i.softbank.jp", "free_mail"),
    );
    v.push(
        Case::new(
            "r_free_more_in_bcc",
            G,
            "outlook.jp, hotmail.co.jp and icloud.com in Bcc with nothing about people: no one sees them, nothing leaks (issue 21)",
            with(
                mail(SENDER, &[SENDER], "説明会資料", "各位\n\n説明会の資料をお送りします。\n\n鈴木\n"),
                "bcc",
                json!(["kenji.m@outlook.jp", "yuko_h@hotmail.co.jp", "ryo.k@icloud.com"]),
            ),
        )
        .expect(Allow, &[])
        .not(&["free_mail", "external_organisations", "many_recipients", "lookalike_domain"])
        .class("kenji.m@outlook.jp", "free_mail")
        .class("yuko_h@hotmail.co.jp", "free_mail")
        .class("ryo.k@icloud.com", "free_mail"),
    );
    v.push(
        Case::new(
            "r_free_policy_added_domain",
            G,
            "a domain added to free_mail_domains by the policy",
            mail(SENDER, &["hanako@example-free.jp"], "資料送付", &plain("佐藤様")),
        )
        .patch(json!({"free_mail_domains": ["example-free.jp"]}))
        .expect(Confirm, &["free_mail"])
        .class("hanako@example-free.jp", "free_mail"),
    );
    v.push(
        Case::new(
            "r_free_mail_lowered_to_notice",
            G,
            "rules.free_mail = notice: the reason stays, the decision is allow",
            mail(
                SENDER,
                &["伊藤 翔太 <shota.ito.2001@gmail.com>"],
                "面接日程",
                "伊藤様\n\n面接日程のご連絡です。\n\n鈴木\n",
            ),
        )
        .patch(json!({"rules": {"free_mail": "notice"}}))
        .expect(Allow, &["free_mail"])
        .level("free_mail", "notice"),
    );
    v.push(
        Case::new(
            "r_free_mail_rule_off",
            G,
            "rules.free_mail = off: no reason at all",
            mail(
                SENDER,
                &["伊藤 翔太 <shota.ito.2001@gmail.com>"],
                "面接日程",
                "伊藤様\n\n面接日程のご連絡です。\n\n鈴木\n",
            ),
        )
        .patch(json!({"rules": {"free_mail": "off"}}))
        .expect(Allow, &[])
        .not(&["free_mail"]),
    );
    v.push(
        Case::new(
            "r_free_mail_allow_listed_address",
            G,
            "a free-mail address on allow_addresses is exempt from free_mail",
            mail(
                SENDER,
                &["顧問 岡田 <okada.consult@gmail.com>"],
                "月次報告",
                "岡田先生\n\n月次報告をお送りします。\n\n鈴木\n",
            ),
        )
        .patch(json!({"allow_addresses": ["okada.consult@gmail.com"]}))
        .expect(Allow, &[])
        .not(&["free_mail", "external_recipient"])
        .only(),
    );

    // ---- several organisations, many recipients
    v.push(
        Case::new(
            "r_three_organisations_in_to",
            G,
            "three partner organisations visible to each other in To/Cc",
            with(
                mail(
                    SENDER,
                    &["山田 太郎 <t.yamada@alpha-shoji.co.jp>", "田中 誠 <tanaka@beta-kogyo.co.jp>"],
                    "展示会出展のご案内",
                    "お取引先各位\n\nいつもお世話になっております。\n株式会社プレセンドの鈴木です。\n\
                     5月の展示会出展についてご案内いたします。\n\nよろしくお願いいたします。\n",
                ),
                "cc",
                json!(["木下 彩 <kinoshita@gamma-design.jp>"]),
            ),
        )
        .expect(Confirm, &["external_organisations"])
        .not(&["many_recipients", "salutation_mismatch"]),
    );
    v.push(
        Case::new(
            "r_many_recipients_one_partner",
            G,
            "twelve recipients of one partner in To: colleagues of one client see each other anyway (issue 21)",
            mail(
                SENDER,
                &[
                    "a.abe@alpha-shoji.co.jp",
                    "b.ishii@alpha-shoji.co.jp",
                    "c.ueda@alpha-shoji.co.jp",
                    "d.endo@alpha-shoji.co.jp",
                    "e.ota@alpha-shoji.co.jp",
                    "f.kaneko@alpha-shoji.co.jp",
                    "g.kikuchi@alpha-shoji.co.jp",
                    "h.kudo@alpha-shoji.co.jp",
                    "i.goto@alpha-shoji.co.jp",
                    "j.kondo@alpha-shoji.co.jp",
                    "k.sakai@alpha-shoji.co.jp",
                    "l.shimizu@alpha-shoji.co.jp",
                ],
                "新製品説明会のご案内",
                "株式会社アルファ商事\n営業部の皆様\n\n新製品説明会のご案内です。\n\n鈴木\n",
            ),
        )
        .expect(Allow, &[])
        .not(&["many_recipients", "external_organisations"]),
    );
    let seminar: Vec<String> = [
        "kita-kensetsu.jp",
        "tohoku-denki.com",
        "bluefin-sys.co.jp",
        "hoken-center.jp",
        "sakura-works.or.jp",
        "delta-denki.co.jp",
        "epsilon-foods.co.jp",
        "zeta-print.jp",
        "eta-soken.co.jp",
        "theta-unyu.co.jp",
        "iota-medical.jp",
        "kappa-build.co.jp",
        "lambda-tech.jp",
        "mu-trading.co.jp",
    ]
    .iter()
    .enumerate()
    .map(|(i, d)| format!("info{}@{d}", i + 1))
    .collect();
    let seminar_refs: Vec<&str> = seminar.iter().map(String::as_str).collect();
    v.push(
        Case::new(
            "r_seminar_invitation_14_companies_in_to",
            G,
            "a seminar invitation to fourteen companies in To instead of Bcc",
            mail(
                SENDER,
                &seminar_refs,
                "【ご案内】業務効率化セミナー（4/22開催）",
                "お客様各位\n\n平素より格別のご高配を賜り、厚く御礼申し上げます。\n\
                 このたび業務効率化セミナーを開催いたします。\n日時：4月22日（水）15:00〜16:30\n会場：本社セミナールーム\n",
            ),
        )
        .expect(Confirm, &["many_recipients", "external_organisations", "external_recipient"])
        .not(&["lookalike_domain"]),
    );
    v.push(
        Case::new(
            "r_three_organisations_in_bcc",
            G,
            "the same three organisations in Bcc (To: the sender): nothing visible",
            with(
                mail(
                    SENDER,
                    &[SENDER],
                    "展示会出展のご案内",
                    "お取引先各位\n\n展示会出展についてご案内いたします。\n\n鈴木\n",
                ),
                "bcc",
                json!(["t.yamada@alpha-shoji.co.jp", "tanaka@beta-kogyo.co.jp", "kinoshita@gamma-design.jp"]),
            ),
        )
        .expect(Allow, &[])
        .not(&["external_organisations", "many_recipients"])
        .only(),
    );

    // ---- lookalike domains
    let lookalike = |id: &'static str, about: &'static str, to: &'static str, salutation: &str| {
        Case::new(id, G, about, mail(SENDER, &[to], "お見積りの件", &plain(salutation)))
            .expect(Block, &["lookalike_domain"])
    };
    v.push(lookalike(
        "r_lookalike_alpha_shouji",
        "alpha-shouji.co.jp vs the partner alpha-shoji.co.jp",
        "山田 太郎 <t.yamada@alpha-shouji.co.jp>",
        "株式会社アルファ商事\n山田様",
    ));
    v.push(lookalike(
        "r_lookalike_gmai",
        "gmai.com (a letter missing from gmail.com)",
        "taro.yamada@gmai.com",
        "山田様",
    ));
    v.push(lookalike("r_lookalike_gmial", "gmial.com (transposition of gmail.com)", "taro.yamada@gmial.com", "山田様"));
    v.push(
        lookalike(
            "r_lookalike_other_tld",
            "presend.com: the internal presend.co.jp with another TLD",
            "佐藤 花子 <sato@presend.com>",
            "佐藤さん",
        )
        .not(&["free_mail"]),
    );
    v.push(lookalike(
        "r_lookalike_rn_for_m",
        "rninato-logi.co.jp: rn posing as m in the partner minato-logi.co.jp",
        "配車センター <haisha@rninato-logi.co.jp>",
        "株式会社ミナト物流\n配車センター御中",
    ));
    v.push(lookalike(
        "r_lookalike_punycode_cyrillic",
        "xn--lpha-shoji-yqi.co.jp: Cyrillic а in place of the partner's a (punycode)",
        "山田 太郎 <t.yamada@xn--lpha-shoji-yqi.co.jp>",
        "株式会社アルファ商事\n山田様",
    ));
    v.push(lookalike(
        "r_lookalike_doubled_letter_well_known",
        "bigbannk.co.jp: doubled letter of the well-known bigbank.co.jp",
        "hojin@bigbannk.co.jp",
        "ビッグ銀行\n法人営業部御中",
    ));
    v.push(
        Case::new(
            "r_unrelated_domain_is_not_lookalike",
            G,
            "kita-kensetsu.jp resembles nothing: only the external notice",
            mail(SENDER, &["木村 <kimura@kita-kensetsu.jp>"], "お見積りの件", &plain("北建設株式会社\n木村様")),
        )
        .expect(Allow, &["external_recipient"])
        .not(&["lookalike_domain"])
        .level("external_recipient", "notice")
        .only(),
    );

    // ---- salutation vs recipients
    v.push(
        Case::new(
            "r_salutation_other_organisation",
            G,
            "「株式会社アルファ商事 山田様」 sent to ベータ工業's domain",
            mail(
                SENDER,
                &["山田 太郎 <yamada@beta-kogyo.co.jp>"],
                "お見積りの件",
                &plain("株式会社アルファ商事\n営業部 山田様"),
            ),
        )
        .expect(Confirm, &["salutation_mismatch"])
        .not(&["lookalike_domain"]),
    );
    v.push(
        Case::new(
            "r_salutation_other_person",
            G,
            "「ベータ工業 田中部長」 sent to 山田太郎 at ベータ工業",
            mail(SENDER, &["山田太郎 <t.yamada@beta-kogyo.co.jp>"], "お見積りの件", &plain("ベータ工業\n田中部長")),
        )
        .expect(Confirm, &["salutation_mismatch"]),
    );
    v.push(
        Case::new(
            "r_salutation_kakui_never_mismatches",
            G,
            "「関係者各位」 to 山田太郎 at ベータ工業: 各位 is never a mismatch",
            mail(SENDER, &["山田太郎 <t.yamada@beta-kogyo.co.jp>"], "仕様変更のお知らせ", &plain("関係者各位")),
        )
        .expect(Allow, &[])
        .not(&["salutation_mismatch"])
        .only(),
    );

    // ---- another client's file
    v.push(
        Case::new(
            "r_other_client_file_name",
            G,
            "to アルファ商事, a quotation whose file name says ベータ工業",
            mail(
                SENDER,
                &["山田 太郎 <t.yamada@alpha-shoji.co.jp>"],
                "御見積書送付の件",
                &letter("株式会社アルファ商事\n山田様", "ご依頼いただいた御見積書を添付いたします。"),
            ),
        )
        .attach("ベータ工業様_御見積書_Q-2026-0315.xlsx", price_list("御見積明細", 12))
        .expect(Confirm, &["content_other_organisation"])
        .not(&["salutation_mismatch"]),
    );
    v.push(
        Case::new(
            "r_other_client_file_content",
            G,
            "to アルファ商事, a neutral file name but the quotation inside is addressed to ベータ工業",
            mail(
                SENDER,
                &["山田 太郎 <t.yamada@alpha-shoji.co.jp>"],
                "御見積書送付の件",
                &letter("株式会社アルファ商事\n山田様", "ご依頼いただいた御見積書を添付いたします。"),
            ),
        )
        .attach("御見積書.docx", quotation("ベータ工業株式会社"))
        .expect(Confirm, &["content_other_organisation"])
        .not(&["salutation_mismatch"]),
    );

    // ---- first-time domain
    let history = json!(["alpha-shoji.co.jp", "beta-kogyo.co.jp", "kimura@kita-kensetsu.jp", "gamma-design.jp"]);
    v.push(
        Case::new(
            "r_first_time_domain",
            G,
            "a domain never mailed before (history given)",
            mail(
                SENDER,
                &["営業部 <sales@delta-denki.co.jp>"],
                "お問い合わせの件",
                &plain("デルタ電機株式会社\n営業部御中"),
            ),
        )
        .history(history.clone())
        .expect(Confirm, &["first_time_domain", "external_recipient"]),
    );
    v.push(
        Case::new(
            "r_known_address_in_history",
            G,
            "an address in the history: not first time",
            mail(SENDER, &["木村 <kimura@kita-kensetsu.jp>"], "お見積りの件", &plain("北建設株式会社\n木村様")),
        )
        .history(history)
        .expect(Allow, &["external_recipient"])
        .not(&["first_time_domain"])
        .only(),
    );
    v.push(
        Case::new(
            "r_no_history_no_first_time",
            G,
            "without --history first_time_domain cannot fire",
            mail(
                SENDER,
                &["営業部 <sales@delta-denki.co.jp>"],
                "お問い合わせの件",
                &plain("デルタ電機株式会社\n営業部御中"),
            ),
        )
        .expect(Allow, &["external_recipient"])
        .not(&["first_time_domain"])
        .only(),
    );

    // ---- PPAP
    v.push(
        Case::new(
            "r_ppap_encrypted_zip",
            G,
            "PPAP step 1: an encrypted zip to a partner cannot be inspected",
            mail(
                SENDER,
                &["山田 太郎 <t.yamada@alpha-shoji.co.jp>"],
                "御見積書送付の件",
                &letter(
                    "株式会社アルファ商事\n山田様",
                    "御見積書一式を暗号化ZIPにて送付いたします。\nパスワードは別途メールにてお送りします。",
                ),
            ),
        )
        .attach("御見積書一式.zip", encrypted_zip())
        .expect(Confirm, &["uninspectable_attachment"])
        .not(&["secret_external"])
        .level("uninspectable_attachment", "confirm"),
    );
    v.push(
        Case::new(
            "r_ppap_password_mail",
            G,
            "PPAP step 2: the password mail that follows",
            mail(
                SENDER,
                &["山田 太郎 <t.yamada@alpha-shoji.co.jp>"],
                "【パスワード】御見積書送付の件",
                &letter(
                    "株式会社アルファ商事\n山田様",
                    "先ほどお送りしたファイルのパスワードをお知らせします。\n\nパスワード：Kx8#mQ2vRt",
                ),
            ),
        )
        .expect(Confirm, &["secret_external"])
        .no_leak("Kx8#mQ2vRt"),
    );
    v.push(
        Case::new(
            "r_encrypted_xlsx_external",
            G,
            "a password-protected xlsx to an unknown external address",
            mail(SENDER, &["keiri@kyuyo-bpo.jp"], "3月分 明細", &letter("ご担当者様", "3月分の明細をお送りします。")),
        )
        .attach("給与明細_202603.xlsx", encrypted_xlsx())
        .expect(Confirm, &["uninspectable_attachment", "external_recipient"]),
    );
    v.push(
        Case::new(
            "r_encrypted_xlsx_internal",
            G,
            "the same encrypted xlsx to a colleague: only a notice",
            mail(SENDER, &["経理部 小林 <kobayashi@presend.co.jp>"], "3月分 明細", "小林さん\n\n明細です。\n\n鈴木\n"),
        )
        .attach("給与明細_202603.xlsx", encrypted_xlsx())
        .expect(Allow, &["uninspectable_attachment"])
        .level("uninspectable_attachment", "notice")
        .only(),
    );
    v.push(
        Case::new(
            "r_image_attachment_notice",
            G,
            "a product photo (PNG) to a partner: presend does not read images, a notice only (PDFs are read since the PDF support)",
            mail(
                SENDER,
                &["山田 太郎 <t.yamada@alpha-shoji.co.jp>"],
                "製品写真送付",
                &letter("株式会社アルファ商事\n山田様", "新製品の写真をお送りします。"),
            ),
        )
        .attach(
            "product_2026.png",
            b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01\0\0\0\x01\x08\x06\0\0\0\x1f\x15\xc4\x89\0\0\0\0IEND\xaeB`\x82".to_vec(),
        )
        .expect(Allow, &["unsupported_attachment"])
        .level("unsupported_attachment", "notice")
        .only(),
    );

    // ---- confidential keywords
    v.push(
        Case::new(
            "r_confidential_subject_external",
            G,
            "【社外秘】 in the subject, to a partner",
            mail(
                SENDER,
                &["山田 太郎 <t.yamada@alpha-shoji.co.jp>"],
                "【社外秘】2026年度 販売計画（案）",
                &letter("株式会社アルファ商事\n山田様", "販売計画の案をお送りします。"),
            ),
        )
        .expect(Confirm, &["confidential_keyword"]),
    );
    v.push(
        Case::new(
            "r_confidential_in_attachment_text",
            G,
            "部外秘 printed inside a docx, to a partner",
            mail(
                SENDER,
                &["木下 彩 <kinoshita@gamma-design.jp>"],
                "カタログ刷新の資料",
                &letter("ガンマデザイン株式会社\n木下様", "カタログ刷新の資料をお送りします。"),
            ),
        )
        .attach(
            "カタログ刷新方針.docx",
            files::docx(&[
                "部外秘",
                "カタログ刷新方針（2026年度）",
                "1. 価格改定：4月出荷分より平均5%値上げ",
                "2. 掲載品目を120から95へ削減",
            ]),
        )
        .expect(Confirm, &["confidential_keyword"]),
    );
    v.push(
        Case::new(
            "r_confidential_internal",
            G,
            "【社外秘】 to a colleague: no warning",
            mail(
                SENDER,
                &["高橋 <takahashi@presend.co.jp>"],
                "【社外秘】2026年度 販売計画（案）",
                "高橋さん\n\n販売計画の案です。\n\n鈴木\n",
            ),
        )
        .expect(Allow, &[])
        .only(),
    );
    v.push(
        Case::new(
            "r_confidential_custom_list_hit",
            G,
            "confidential_keywords replaced by [取扱注意]: 取扱注意 in the attachment name fires",
            mail(
                SENDER,
                &["田中 誠 <tanaka@beta-kogyo.co.jp>"],
                "価格改定のお知らせ",
                &letter("ベータ工業株式会社\n田中様", "価格改定の資料をお送りします。"),
            ),
        )
        .patch(json!({"confidential_keywords": ["取扱注意"]}))
        .attach("【取扱注意】価格改定.xlsx", price_list("ベータ工業株式会社様 価格表", 13))
        .expect(Confirm, &["confidential_keyword"]),
    );
    v.push(
        Case::new(
            "r_confidential_custom_list_replaces_default",
            G,
            "confidential_keywords = [取扱注意] replaces the defaults: 社外秘 no longer fires",
            mail(
                SENDER,
                &["田中 誠 <tanaka@beta-kogyo.co.jp>"],
                "【社外秘】価格改定のお知らせ",
                &letter("ベータ工業株式会社\n田中様", "価格改定の件、ご連絡いたします。"),
            ),
        )
        .patch(json!({"confidential_keywords": ["取扱注意"]}))
        .expect(Allow, &[])
        .not(&["confidential_keyword"])
        .only(),
    );

    // ---- supervisor Cc
    let sup_ext = json!({"supervisors": {"addresses": ["kacho@presend.co.jp"], "when": "external"}});
    v.push(
        Case::new(
            "r_supervisor_missing_external",
            G,
            "supervisors when external: a partner mail without the manager in Cc",
            mail(
                SENDER,
                &["山田 太郎 <t.yamada@alpha-shoji.co.jp>"],
                "打ち合わせ資料",
                &plain("株式会社アルファ商事\n山田様"),
            ),
        )
        .patch(sup_ext.clone())
        .expect(Confirm, &["supervisor_cc_missing"]),
    );
    v.push(
        Case::new(
            "r_supervisor_present",
            G,
            "supervisors when external: the manager is in Cc",
            with(
                mail(
                    SENDER,
                    &["山田 太郎 <t.yamada@alpha-shoji.co.jp>"],
                    "打ち合わせ資料",
                    &plain("株式会社アルファ商事\n山田様\n\n（CC：弊社 課長 井上）"),
                ),
                "cc",
                json!(["井上 課長 <kacho@presend.co.jp>"]),
            ),
        )
        .patch(sup_ext)
        .expect(Allow, &[])
        .only(),
    );
    v.push(
        Case::new(
            "r_supervisor_personal_data_condition_not_met",
            G,
            "supervisors when personal_data: a plain partner mail does not need the manager",
            mail(
                SENDER,
                &["山田 太郎 <t.yamada@alpha-shoji.co.jp>"],
                "打ち合わせ資料",
                &plain("株式会社アルファ商事\n山田様"),
            ),
        )
        .patch(json!({"supervisors": {"addresses": ["kacho@presend.co.jp"], "when": "personal_data"}}))
        .expect(Allow, &[])
        .not(&["supervisor_cc_missing"])
        .only(),
    );

    // ---- how many people, and whose data
    let venue = "宴会予約係 <banquet@hotel-marunouchi.jp>";
    let venue_body = letter(
        "ホテル丸の内\n宴会予約係 御中",
        "3月27日（金）の営業部歓送迎会につきまして、出席者名簿をお送りします。\n席次のご準備をお願いいたします。",
    );
    v.push(
        Case::new(
            "r_attendees_4_to_venue",
            G,
            "our 4-person party list to a hotel: below personal_records (5), only the external notice",
            mail(SENDER, &[venue], "歓送迎会 出席者名簿", &venue_body),
        )
        .attach("出席者名簿.xlsx", attendee_list(4))
        .expect(Allow, &["external_recipient"])
        .not(&["personal_data_external"])
        .only(),
    );
    v.push(
        Case::new(
            "r_attendees_6_to_venue",
            G,
            "our 6-person party list with mobiles to a hotel: personal data to a non-partner",
            mail(SENDER, &[venue], "歓送迎会 出席者名簿", &venue_body),
        )
        .attach("出席者名簿.xlsx", attendee_list(6))
        .expect(Confirm, &["personal_data_external", "external_recipient"])
        .not(&["bulk_personal_external"]),
    );
    v.push(
        Case::new(
            "r_candidate_own_data_to_gmail",
            G,
            "an offer letter with the candidate's own address to the candidate's gmail: free mail, one person only",
            mail(
                SENDER,
                &["伊藤 翔太 <shota.ito.2001@gmail.com>"],
                "内定のご連絡",
                "伊藤 翔太様\n\nこの度は弊社の採用選考にご参加いただき、ありがとうございました。\n\
                 厳正な選考の結果、採用を内定いたしましたのでご連絡いたします。\n\n\
                 入社日：2026年4月1日（水）\n書類送付先（ご登録住所）：〒154-0004 東京都世田谷区太子堂2-3-4\n\
                 ご登録の電話番号：080-4455-6677\n\n株式会社プレセンド 人事部 採用担当\n",
            ),
        )
        .expect(Confirm, &["free_mail"])
        .not(&["personal_data_free_mail", "salutation_mismatch"]),
    );
    v.push(
        Case::new(
            "r_default_policy_free_mail_sender",
            G,
            "no --policy and a gmail sender: gmail.com must not become internal",
            mail(
                "山田 太郎 <taro.yamada.1985@gmail.com>",
                &["hanako.sato@gmail.com"],
                "週末の件",
                "花子さん\n\n週末の件、了解です。\n\n太郎\n",
            ),
        )
        .no_policy()
        .expect(Confirm, &["free_mail"])
        .class("hanako.sato@gmail.com", "free_mail"),
    );
    let cut = price_list("2026年度 価格表", 31);
    v.push(
        Case::new(
            "r_corrupt_attachment",
            G,
            "a truncated xlsx to a partner cannot be inspected",
            mail(
                SENDER,
                &["山田 太郎 <t.yamada@alpha-shoji.co.jp>"],
                "価格表送付の件",
                &letter("株式会社アルファ商事\n山田様", "価格表をお送りします。"),
            ),
        )
        .attach("価格表_202604.xlsx", cut[..cut.len() / 2].to_vec())
        .expect(Confirm, &["uninspectable_attachment"]),
    );

    // ---- malformed recipients
    v.push(
        Case::new(
            "r_no_recipients",
            G,
            "no To, Cc or Bcc",
            mail(SENDER, &[], "打ち合わせ資料", &plain("株式会社アルファ商事\n山田様")),
        )
        .expect(Confirm, &["no_recipients"]),
    );
    v.push(
        Case::new(
            "r_invalid_address_double_at",
            G,
            "an address with a doubled @ cannot be parsed",
            mail(
                SENDER,
                &["山田 太郎 <t.yamada@@alpha-shoji.co.jp>"],
                "打ち合わせ資料",
                &plain("株式会社アルファ商事\n山田様"),
            ),
        )
        .expect(Confirm, &["invalid_address"]),
    );
    v.push(
        Case::new(
            "r_invalid_address_name_only",
            G,
            "a display name without an address (「山田さん」) in To, next to a valid partner address",
            mail(
                SENDER,
                &["山田さん", "佐藤 花子 <h.sato@alpha-shoji.co.jp>"],
                "打ち合わせ資料",
                &plain("株式会社アルファ商事\n山田様、佐藤様"),
            ),
        )
        .expect(Confirm, &["invalid_address"]),
    );

    // ---- bad input: exit 2
    let bad = |id: &'static str, about: &'static str, policy: &str, key: &'static str| {
        Case::new(id, G, about, mail(SENDER, &["suzuki2@presend.co.jp"], "test", "test"))
            .raw_policy(policy)
            .expect(Error, &[])
            .stderr(key)
    };
    v.push(bad(
        "r_policy_unknown_key",
        "a misspelt policy key is rejected and named",
        r#"{"internal_domain": ["presend.co.jp"]}"#,
        "internal_domain",
    ));
    v.push(bad(
        "r_policy_wrong_type",
        "a threshold of the wrong type is rejected and named",
        r#"{"internal_domains": ["presend.co.jp"], "thresholds": {"many_recipients": "ten"}}"#,
        "many_recipients",
    ));
    v.push(bad(
        "r_policy_bad_level",
        "a rule level that does not exist is rejected and named",
        r#"{"internal_domains": ["presend.co.jp"], "rules": {"free_mail": "warn"}}"#,
        "free_mail",
    ));
    v.push(bad(
        "r_policy_unknown_rule",
        "an unknown rule id under rules is rejected and named",
        r#"{"internal_domains": ["presend.co.jp"], "rules": {"free_mial": "off"}}"#,
        "free_mial",
    ));
    v.push(bad(
        "r_policy_not_json",
        "a policy that is not JSON is an error",
        "internal_domains = presend.co.jp\n",
        "policy",
    ));
    v.push(
        Case::new(
            "r_missing_attachment_path",
            G,
            "an attachment path that does not exist is an error, not a silent pass",
            mail(SENDER, &["山田 太郎 <t.yamada@alpha-shoji.co.jp>"], "資料", &plain("株式会社アルファ商事\n山田様")),
        )
        .attach_path("does-not-exist/見積書.xlsx")
        .expect(Error, &[])
        .stderr("does-not-exist"),
    );
    v
}

fn clean_cases() -> Vec<Case> {
    use Group::Clean as G;
    let mut v = Vec::new();
    let yamada = "山田 太郎 <t.yamada@alpha-shoji.co.jp>";
    let tanaka = "田中 誠 <tanaka@beta-kogyo.co.jp>";
    let clean = |id: &'static str, about: &'static str, m: Value| Case::new(id, G, about, m).expect(Allow, &[]).only();

    v.push(
        clean(
            "c_internal_staff_list",
            "the department's staff contact list to colleagues",
            with(
                mail(
                    SENDER,
                    &["営業部 全員 <eigyo@presend.co.jp>"],
                    "4月からの連絡網",
                    "営業部の皆さん\n\nお疲れさまです。鈴木です。\n4月からの連絡網を添付します。内線と携帯の変更がある方はお知らせください。\n\n鈴木\n",
                ),
                "cc",
                json!(["部長 井上 <inoue@presend.co.jp>"]),
            ),
        )
        .attach("営業部連絡網_202604.xlsx", staff_list(24, "presend.co.jp", 21)),
    );
    v.push(
        clean(
            "c_partner_meeting_memo_docx",
            "meeting minutes (docx) with the attendees' names to the partner",
            mail(
                SENDER,
                &[yamada],
                "3/5 定例会 議事録送付",
                &letter(
                    "株式会社アルファ商事\n営業部 山田様",
                    "本日はお時間をいただきありがとうございました。\n定例会の議事録をお送りします。",
                ),
            ),
        )
        .attach("20260305_定例会議事録.docx", meeting_memo()),
    );
    v.push(
        clean(
            "c_partner_price_list_xlsx",
            "a price list with product codes, JAN codes and prices",
            mail(
                SENDER,
                &[tanaka],
                "2026年度 価格表送付の件",
                &letter(
                    "ベータ工業株式会社\n購買部 田中様",
                    "4月1日改定の価格表をお送りします。JANコードも記載しております。",
                ),
            ),
        )
        .attach("価格表_202604.xlsx", price_list("2026年度 価格表（ベータ工業株式会社様向け）", 22)),
    );
    v.push(
        clean(
            "c_partner_quotation_docx",
            "a quotation addressed to the recipient's company, with our address and invoice number",
            mail(
                SENDER,
                &[yamada],
                "御見積書送付の件",
                &letter("株式会社アルファ商事\n営業部 山田様", "ご依頼いただいた御見積書を添付いたします。"),
            ),
        )
        .attach("御見積書_Q-2026-0315.docx", quotation("株式会社アルファ商事")),
    );
    v.push(clean(
        "c_reply_thread_quoting_signature",
        "a reply quoting the partner's mail, salutation and signature",
        mail(
            SENDER,
            &[yamada],
            "Re: 納期のご確認",
            &format!(
                "{}\n\n> 株式会社プレセンド\n> 鈴木様\n>\n> いつもお世話になっております。\n> アルファ商事の山田です。\n\
                 > 先日発注したPS-1001の納期をご確認いただけますでしょうか。\n>\n> ─────────────\n\
                 > 株式会社アルファ商事 営業部\n> 山田 太郎\n> 〒530-0001 大阪府大阪市北区梅田2-4-9\n\
                 > TEL 06-6345-1200 / 携帯 080-2345-6789\n> t.yamada@alpha-shoji.co.jp\n> ─────────────\n",
                letter(
                    "株式会社アルファ商事\n山田様",
                    "お問い合わせの件、PS-1001は3月25日（水）に出荷予定です。\n到着は翌26日午前の見込みです。"
                )
            ),
        ),
    ));
    v.push(clean(
        "c_full_signature_with_mobile",
        "a short mail whose only personal details are the sender's own signature",
        mail(
            SENDER,
            &[tanaka],
            "ご訪問のお礼",
            &letter(
                "ベータ工業株式会社\n田中様",
                "本日はご多用のところお時間をいただき、誠にありがとうございました。\n\
                 ご依頼のサンプルは来週中にお届けいたします。\n外出が多いため、お急ぎの際は携帯までご連絡ください。",
            ),
        ),
    ));
    v.push(clean(
        "c_meeting_date_and_room",
        "a date, times, a floor and a room number",
        mail(
            SENDER,
            &[yamada],
            "次回定例のご案内",
            &letter(
                "株式会社アルファ商事\n山田様",
                "次回定例会は下記のとおりです。\n日時：2026年3月19日（木）14:00〜15:30\n\
                 場所：弊社 本社3F 第2会議室（301号室）\n受付：1F 総合受付にて「12番」の入館証をお受け取りください。",
            ),
        ),
    ));
    let order = order_number_passing_check();
    v.push(
        clean(
            "c_order_number_passes_check_digit",
            "a 12-digit order number (date+sequence) that happens to pass the My Number check",
            mail(
                SENDER,
                &[tanaka],
                &format!("ご注文確認（注文番号 {order}）"),
                &letter(
                    "ベータ工業株式会社\n購買部 田中様",
                    &format!(
                        "下記のとおりご注文を承りました。\n注文番号：{order}\n品番：PS-1004 OAタップ 6口 2m × 50\n\
                         出荷予定日：2026年3月23日"
                    ),
                ),
            ),
        )
        .not(&["my_number_external"]),
    );
    v.push(
        clean(
            "c_invoice_with_company_bank_account",
            "an invoice with an invoice number and our company's bank account",
            mail(
                SENDER,
                &[yamada],
                "2026年2月分 ご請求書",
                &letter(
                    "株式会社アルファ商事\n経理ご担当者様",
                    "2月分のご請求書をお送りします。\n請求書番号：INV-2026-0228-017\nご請求金額：¥677,600（税込）\n\
                     お振込先：みずほ銀行 丸の内支店 普通 1234567 カ）プレセンド\nお支払期限：2026年3月31日",
                ),
            ),
        )
        .attach(
            "請求書_INV-2026-0228-017.docx",
            files::docx(&[
                "請求書",
                "株式会社アルファ商事 御中",
                "請求書番号：INV-2026-0228-017　発行日：2026年2月28日",
                "品名\t数量\t単価\t金額",
                "業務用シュレッダー S-200\t2\t128,000\t256,000",
                "合計（税込）\t\t\t677,600",
                "振込先：みずほ銀行 丸の内支店 普通 1234567 カ）プレセンド",
                "株式会社プレセンド 登録番号 T5835678256246",
            ]),
        ),
    );
    v.push(clean(
        "c_english_mail_to_partner",
        "an English mail to the partner with Dear Mr. and an English signature",
        mail(
            "Ichiro Suzuki <suzuki@presend.co.jp>",
            &["Taro Yamada <t.yamada@alpha-shoji.co.jp>"],
            "Meeting on March 19",
            "Dear Mr. Yamada,\n\nThank you for your time today. As discussed, our next meeting is on March 19 at 2 pm \
             in meeting room 301.\nPlease find the agenda below.\n1. Spring campaign status\n2. Catalogue update\n\n\
             Best regards,\n\nIchiro Suzuki\nSales Dept., Presend Inc.\nTel: +81-3-6555-1234\nMobile: +81-90-3456-7812\n\
             suzuki@presend.co.jp\n",
        ),
    ));
    v.push(
        clean(
            "c_password_placeholder",
            "a mail that says the password will follow separately, with no password in it",
            mail(
                SENDER,
                &[yamada],
                "共有フォルダのご案内",
                &letter(
                    "株式会社アルファ商事\n山田様",
                    "共有フォルダを作成しました。\nURL：https://share.presend.co.jp/f/alpha-2026\nID：ご登録のメールアドレス\n\
                     パスワード：別途お電話にてお伝えします",
                ),
            ),
        )
        .not(&["secret_external"]),
    );
    v.push(
        clean(
            "c_partner_sales_deck_pptx",
            "a sales plan deck (pptx) to the design partner",
            mail(
                SENDER,
                &["木下 彩 <kinoshita@gamma-design.jp>"],
                "上期販売計画の資料",
                &letter(
                    "ガンマデザイン株式会社\n木下様",
                    "カタログ刷新のご参考までに、上期の販売計画資料をお送りします。",
                ),
            ),
        )
        .attach("2026上期_販売計画.pptx", sales_deck()),
    );
    v.push(
        clean(
            "c_inventory_csv_sjis_to_logistics",
            "an inventory CSV in Shift_JIS (codes, JAN, lots, stock) to the logistics partner",
            mail(
                SENDER,
                &["倉庫管理課 <soko@minato-logi.co.jp>"],
                "在庫一覧（3/16時点）",
                &letter(
                    "株式会社ミナト物流\n倉庫管理課 御中",
                    "3月16日時点の在庫一覧をお送りします。入荷予定のご確認をお願いいたします。",
                ),
            ),
        )
        .attach("在庫一覧_20260316.csv", inventory_csv(23)),
    );
    let tracking = tracking_number_passing_check();
    v.push(clean(
        "c_shipping_notice_tracking_numbers",
        "a shipping notice with tracking and booking numbers",
        mail(
            SENDER,
            &[tanaka],
            "出荷のご連絡",
            &letter(
                "ベータ工業株式会社\n田中様",
                &format!(
                    "本日、下記のとおり出荷いたしました。\n注文番号：PO-2026-03-0412\nお問い合わせ伝票番号：{tracking}\n\
                     配送予約番号：R-20260317-0088\n到着予定：3月18日（水）午前中"
                ),
            ),
        ),
    ));
    let memo = design_memo();
    let schedule = files::xlsx(&[Sheet::new(
        "工程表",
        files::text_rows(&[
            &["工程", "開始", "終了", "担当"],
            &["デザイン案作成", "2026/04/01", "2026/04/15", "ガンマデザイン"],
            &["社内レビュー", "2026/04/16", "2026/04/20", "プレセンド 営業部"],
            &["入稿", "2026/04/28", "2026/04/28", "ガンマデザイン"],
        ]),
    )]);
    v.push(
        clean(
            "c_zip_bundle_to_partner",
            "a zip with a memo and a schedule to the design partner",
            mail(
                SENDER,
                &["木下 彩 <kinoshita@gamma-design.jp>"],
                "カタログ刷新 資料一式",
                &letter("ガンマデザイン株式会社\n木下様", "資料一式をZIPにまとめてお送りします。"),
            ),
        )
        .attach("カタログ刷新_資料一式.zip", files::zip(&[("議事録.docx", &memo), ("工程表.xlsx", &schedule)])),
    );
    v.push(clean(
        "c_salutation_latin_display_name",
        "「アルファ商事 山田様」 to a To whose display name is in Latin letters",
        mail(
            SENDER,
            &["Taro Yamada <t.yamada@alpha-shoji.co.jp>"],
            "お見積りの件",
            &letter("アルファ商事\n山田様", "お見積りの件、承知いたしました。来週中にお送りします。"),
        ),
    ));
    v.push(clean(
        "c_salutation_matches_with_cc_colleague",
        "salutation matching the To, and 「（CC：弊社 高橋）」",
        with(
            mail(
                SENDER,
                &["山田 太郎 <t.yamada@alpha-shoji.co.jp>"],
                "担当者変更のご連絡",
                &letter(
                    "株式会社アルファ商事\n営業部 部長 山田 太郎様\n（CC：弊社 高橋）",
                    "4月より弊社の担当が高橋に変わります。引き続きよろしくお願いいたします。",
                ),
            ),
            "cc",
            json!(["高橋 直樹 <takahashi@presend.co.jp>"]),
        ),
    ));
    v.push(clean(
        "c_kakui_to_several_partner_staff",
        "「関係者各位」 to two people at the same partner",
        mail(
            SENDER,
            &[yamada, "佐藤 花子 <h.sato@alpha-shoji.co.jp>"],
            "システムメンテナンスのお知らせ",
            &letter(
                "関係者各位",
                "受発注システムのメンテナンスのため、3月21日（土）22:00〜翌6:00はご利用いただけません。",
            ),
        ),
    ));
    let bcc: Vec<String> = (1..=12).map(|i| format!("member{i:02}@alpha-shoji.co.jp")).collect();
    v.push(clean(
        "c_bcc_many_partner_staff",
        "twelve partner staff in Bcc, To the sender: recipients hidden as they should be",
        with(
            mail(
                SENDER,
                &[SENDER],
                "新製品説明会のご案内",
                "株式会社アルファ商事\n営業部の皆様\n\n新製品説明会のご案内です。\n\n鈴木\n",
            ),
            "bcc",
            json!(bcc),
        ),
    ));
    v.push(
        clean(
            "c_allow_listed_domain",
            "a consultant domain on allow_domains: no external notice",
            mail(
                SENDER,
                &["木村 <kimura@kita-kensetsu.jp>"],
                "工事日程の件",
                &letter("北建設株式会社\n木村様", "工事日程の件、承知いたしました。"),
            ),
        )
        .patch(json!({"allow_domains": ["kita-kensetsu.jp"]})),
    );
    v.push(
        clean(
            "c_partner_own_contacts_back",
            "the partner's own staff contact list sent back to the partner (their data, their domain)",
            mail(
                SENDER,
                &[yamada],
                "ご担当者一覧のご確認",
                &letter(
                    "株式会社アルファ商事\n山田様",
                    "弊社で登録している御社ご担当者の一覧です。変更がございましたらお知らせください。",
                ),
            ),
        )
        .attach("アルファ商事様_ご担当者一覧.xlsx", partner_contacts())
        .not(&["content_other_organisation"]),
    );
    v.push(
        clean(
            "c_internal_customer_list",
            "a 300-customer list shared with a colleague (internal only)",
            mail(
                SENDER,
                &["高橋 直樹 <takahashi@presend.co.jp>"],
                "顧客リスト",
                "高橋さん\n\n引き継ぎの顧客リストです。\n\n鈴木\n",
            ),
        )
        .attach("顧客リスト_引継ぎ.xlsx", customer_xlsx(300, 24)),
    );
    v.push(clean(
        "c_colleague_named_in_body",
        "a self-introduction and a colleague named in the body",
        mail(
            SENDER,
            &[tanaka],
            "担当者同行のご相談",
            &letter(
                "ベータ工業株式会社\n田中様",
                "来週のご訪問には、技術担当の高橋と品質保証部の伊藤も同行させていただきたく存じます。\n\
                 高橋は製品S-200の開発責任者です。",
            ),
        ),
    ));
    v.push(clean(
        "c_venue_phone_in_body",
        "a venue's address and phone number in an invitation",
        mail(
            SENDER,
            &[yamada, "佐藤 花子 <h.sato@alpha-shoji.co.jp>"],
            "懇親会のご案内",
            &letter(
                "株式会社アルファ商事\n山田様、佐藤様",
                "懇親会の会場が決まりましたのでご案内します。\n日時：3月27日（金）18:30〜\n\
                 会場：割烹 丸の内 本店（東京都千代田区丸の内2-5-1 丸の内二丁目ビルB1）\nTEL：03-3211-0000\n会費：お一人様5,000円",
            ),
        ),
    ));
    v.push(
        clean(
            "c_default_policy_internal",
            "no --policy: the sender's domain is internal by default",
            mail(
                SENDER,
                &["高橋 直樹 <takahashi@presend.co.jp>"],
                "会議室の予約",
                "高橋さん\n\n明日10時から第2会議室を押さえました。\n\n鈴木\n",
            ),
        )
        .no_policy()
        .class("takahashi@presend.co.jp", "internal"),
    );
    v.push(
        clean(
            "c_address_forms",
            "recipients as an object, with a quoted display name, and in mixed case: still the partner",
            json!({
                "from": {"name": "鈴木 一郎", "address": "suzuki@presend.co.jp"},
                "to": [{"name": "山田 太郎", "address": "T.Yamada@Alpha-Shoji.CO.JP"}, "\"佐藤 花子\" <h.sato@alpha-shoji.co.jp>"],
                "cc": [], "bcc": [],
                "subject": "打ち合わせ資料",
                "body": letter("株式会社アルファ商事\n山田様、佐藤様", "来週の打ち合わせ資料をお送りします。"),
                "attachments": []
            }),
        )
        .class("T.Yamada@Alpha-Shoji.CO.JP", "partner")
        .class("h.sato@alpha-shoji.co.jp", "partner"),
    );
    let nine: Vec<String> = (1..=9).map(|i| format!("staff{i:02}@alpha-shoji.co.jp")).collect();
    let nine_refs: Vec<&str> = nine.iter().map(String::as_str).collect();
    v.push(clean(
        "c_nine_partner_recipients",
        "nine partner staff in To: below many_recipients (10)",
        mail(
            SENDER,
            &nine_refs,
            "新製品説明会のご案内",
            &letter("株式会社アルファ商事\n営業部の皆様", "新製品説明会を4月15日（水）15:00より開催いたします。"),
        ),
    ));
    v.push(clean(
        "c_health_check_schedule_no_person",
        "a health-check schedule to the check-up partner: health words, nobody's health",
        mail(
            SENDER,
            &["株式会社ケンシンネット 健診担当 <kenshin@kenshin-net.co.jp>"],
            "2026年度 定期健康診断の日程について",
            &letter(
                "株式会社ケンシンネット\n健診担当者様",
                "2026年度の定期健康診断について、下記のとおりお願いいたします。\n\
                 実施日：6月10日（水）〜12日（金）\n会場：弊社 本社3F 大会議室\n受診対象者：約300名（全社員）\n\
                 問診票は5月中旬に社内で配布いたします。胃部X線検査は希望者のみとします。",
            ),
        ),
    ));
    v
}

// =================================================================== running

struct Outcome {
    code: Option<i32>,
    decision: String,
    fired: Vec<(String, String)>,
    failures: Vec<String>,
    excerpt: String,
    ms: u128,
}

const RULES: &[&str] = &[
    "no_recipients",
    "invalid_address",
    "external_recipient",
    "free_mail",
    "lookalike_domain",
    "first_time_domain",
    "many_recipients",
    "external_organisations",
    "salutation_mismatch",
    "content_other_organisation",
    "personal_data_free_mail",
    "personal_data_external",
    "bulk_personal_external",
    "mass_personal_external",
    "special_care_external",
    "my_number_external",
    "card_number_external",
    "secret_external",
    "uninspectable_attachment",
    "unsupported_attachment",
    "confidential_keyword",
    "supervisor_cc_missing",
];

fn level_rank(l: &str) -> u8 {
    match l {
        "block" => 3,
        "confirm" => 2,
        "notice" => 1,
        _ => 0,
    }
}

fn prepare(case: &Case, root: &Path) -> (PathBuf, Vec<String>) {
    let dir = root.join(case.id);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("case dir");
    for (name, bytes) in &case.files {
        std::fs::write(dir.join(name), bytes).expect("write attachment");
    }
    let mut message = case.message.clone();
    if let Some(a) = message["attachments"].as_array_mut() {
        for p in &case.extra_paths {
            a.push(json!(p));
        }
    }
    let msg_path = dir.join("message.json");
    std::fs::write(&msg_path, serde_json::to_vec_pretty(&message).expect("json")).expect("write message");
    let mut args = vec!["check".to_owned()];
    match &case.policy {
        PolicyArg::None => {}
        PolicyArg::Json(p) => {
            let path = dir.join("policy.json");
            std::fs::write(&path, serde_json::to_vec_pretty(p).expect("json")).expect("write policy");
            args.extend(["--policy".to_owned(), path.display().to_string()]);
        }
        PolicyArg::Raw(text) => {
            let path = dir.join("policy.json");
            std::fs::write(&path, text).expect("write policy");
            args.extend(["--policy".to_owned(), path.display().to_string()]);
        }
    }
    args.extend(["--message".to_owned(), msg_path.display().to_string()]);
    if let Some(h) = &case.history {
        let path = dir.join("history.json");
        std::fs::write(&path, serde_json::to_vec_pretty(h).expect("json")).expect("write history");
        args.extend(["--history".to_owned(), path.display().to_string()]);
    }
    args.extend(["--format".to_owned(), "json".to_owned()]);
    (dir, args)
}

/// The binary under test: cargo's, or `PRESEND_BIN` (e.g. a release build).
fn presend_bin() -> String {
    std::env::var("PRESEND_BIN").unwrap_or_else(|_| env!("CARGO_BIN_EXE_presend").to_owned())
}

fn run(case: &Case, root: &Path) -> Outcome {
    let (dir, args) = prepare(case, root);
    let start = Instant::now();
    let out = Command::new(presend_bin()).args(&args).env("LANG", "C").output().expect("run presend");
    let ms = start.elapsed().as_millis();
    let _ = std::fs::write(dir.join("stdout.json"), &out.stdout);
    let _ = std::fs::write(dir.join("stderr.txt"), &out.stderr);
    let code = out.status.code();
    let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    let mut failures = Vec::new();
    let mut o =
        Outcome { code, decision: String::new(), fired: Vec::new(), failures: Vec::new(), excerpt: String::new(), ms };

    if case.expect == Error {
        o.decision = if code == Some(2) { "error".into() } else { format!("exit {code:?}") };
        if code != Some(2) {
            failures.push(format!("expected exit 2, got {code:?}"));
        }
        for needle in &case.stderr_has {
            if !stderr.contains(needle) {
                failures.push(format!("stderr does not name `{needle}`"));
            }
        }
        o.excerpt = format!("stderr: {}", stderr.trim().chars().take(300).collect::<String>());
        if !stdout.trim().is_empty() && code != Some(2) {
            o.excerpt.push_str(&format!("\nstdout: {}", stdout.chars().take(600).collect::<String>()));
        }
        o.failures = failures;
        return o;
    }

    let v: Value = match serde_json::from_str(&stdout) {
        Ok(v) => v,
        Err(e) => {
            o.decision = "no JSON".to_owned();
            o.failures = vec![format!("stdout is not JSON ({e})")];
            o.excerpt = format!("stderr: {}", stderr.trim().chars().take(400).collect::<String>());
            return o;
        }
    };
    let decision = v["decision"].as_str().unwrap_or("?").to_owned();
    o.decision = decision.clone();
    let reasons = v["reasons"].as_array().cloned().unwrap_or_default();
    for r in &reasons {
        o.fired.push((r["rule"].as_str().unwrap_or("?").to_owned(), r["level"].as_str().unwrap_or("?").to_owned()));
    }
    let fired: BTreeSet<&str> = o.fired.iter().map(|(r, _)| r.as_str()).collect();

    // Contract invariants, every case.
    let want_code = match decision.as_str() {
        "allow" => Some(0),
        "confirm" => Some(1),
        "block" => Some(3),
        _ => None,
    };
    if want_code.is_none() {
        failures.push(format!("decision `{decision}` is not allow|confirm|block"));
    } else if code != want_code {
        failures.push(format!("exit {code:?} does not match decision {decision}"));
    }
    if !v["reasons"].is_array() {
        failures.push("no `reasons` array".into());
    }
    for raw in &case.secrets {
        if stdout.contains(raw.as_str()) {
            failures.push(format!(
                "raw value `{}…` appears unmasked in the output",
                raw.chars().take(4).collect::<String>()
            ));
        }
    }
    for a in v["attachments"].as_array().into_iter().flatten().chain(std::iter::once(&v["body"])) {
        if a["findings"].as_array().is_some_and(|f| f.len() > 20) {
            failures.push(format!("{}: more than 20 findings listed", a["name"].as_str().unwrap_or("body")));
        }
    }
    if !v["override_allowed"].is_boolean() {
        failures.push("no boolean `override_allowed`".into());
    }
    let top = o.fired.iter().map(|(_, l)| level_rank(l)).max().unwrap_or(0);
    let implied = match top {
        3 => "block",
        2 => "confirm",
        _ => "allow",
    };
    if !decision.is_empty() && want_code.is_some() && implied != decision {
        failures.push(format!("decision {decision} is not the highest reason level ({implied})"));
    }
    let ranks: Vec<u8> = o.fired.iter().map(|(_, l)| level_rank(l)).collect();
    if ranks.windows(2).any(|w| w[0] < w[1]) {
        failures.push("reasons not ordered block first".into());
    }
    for (rule, level) in &o.fired {
        if !RULES.contains(&rule.as_str()) {
            failures.push(format!("unknown rule id `{rule}`"));
        }
        if level_rank(level) == 0 {
            failures.push(format!("unknown level `{level}` for {rule}"));
        }
    }

    // The case's own expectations.
    if decision != case.expect.name() {
        failures.push(format!("decision {decision}, expected {}", case.expect.name()));
    }
    if code != Some(case.expect.exit()) && want_code.is_some() {
        failures.push(format!("exit {code:?}, expected {}", case.expect.exit()));
    }
    let missing: Vec<&str> = case.must.iter().copied().filter(|r| !fired.contains(r)).collect();
    if !missing.is_empty() {
        failures.push(format!("missing {}", missing.join(", ")));
    }
    let unwanted: Vec<&str> = case.must_not.iter().copied().filter(|r| fired.contains(r)).collect();
    if !unwanted.is_empty() {
        failures.push(format!("must not fire {}", unwanted.join(", ")));
    }
    if case.only {
        let extra: Vec<&str> = fired.iter().copied().filter(|r| !case.must.contains(r)).collect();
        if !extra.is_empty() {
            failures.push(format!("unexpected {}", extra.join(", ")));
        }
    }
    for (rule, level) in &case.levels {
        if let Some((_, got)) = o.fired.iter().find(|(r, _)| r == rule) {
            if got != level {
                failures.push(format!("{rule} at {got}, expected {level}"));
            }
        }
    }
    let recipients = v["recipients"].as_array().cloned().unwrap_or_default();
    for (addr, class) in &case.classes {
        match recipients.iter().find(|r| r["address"].as_str().is_some_and(|a| a.eq_ignore_ascii_case(addr))) {
            None => failures.push(format!("recipient {addr} not listed")),
            Some(r) if r["class"] != *class => {
                failures.push(format!("{addr} class {}, expected {class}", r["class"]));
            }
            _ => {}
        }
    }
    let attachments = v["attachments"].as_array().cloned().unwrap_or_default();
    for (name, n) in &case.records {
        let found = attachments.iter().find(|a| a["name"].as_str().is_some_and(|s| s.ends_with(name)));
        match found.and_then(|a| a["records"].as_u64()) {
            Some(got) if got == *n => {}
            got => failures.push(format!("{name}: records {got:?}, expected {n}")),
        }
    }

    if !failures.is_empty() {
        let reasons_excerpt: Vec<Value> = reasons
            .iter()
            .map(|r| {
                json!({"rule": r["rule"], "level": r["level"], "detail": r["detail"]["en"],
                       "evidence": r["evidence"].as_array().map(|e| e.iter().take(3).cloned().collect::<Vec<_>>()),
                       "recipients": r["recipients"], "attachment": r["attachment"]})
            })
            .collect();
        let recips: Vec<Value> = recipients
            .iter()
            .map(|r| json!({"address": r["address"], "class": r["class"], "organisation": r["organisation"], "rules": r["rules"]}))
            .collect();
        let atts: Vec<Value> = attachments
            .iter()
            .map(|a| {
                json!({"name": a["name"], "format": a["format"], "records": a["records"], "severity": a["severity"],
                       "kinds": a["kinds"].as_array().map(|k| k.iter().map(|k| json!([k["kind"], k["count"]])).collect::<Vec<_>>()),
                       "problems": a["problems"]})
            })
            .collect();
        let body_kinds =
            v["body"]["kinds"].as_array().map(|k| k.iter().map(|k| json!([k["kind"], k["count"]])).collect::<Vec<_>>());
        o.excerpt = serde_json::to_string(&json!({"decision": decision, "reasons": reasons_excerpt,
            "recipients": recips, "attachments": atts, "body_kinds": body_kinds}))
        .unwrap_or_default();
    }
    o.failures = failures;
    o
}

fn fired_cell(fired: &[(String, String)]) -> String {
    if fired.is_empty() {
        return "—".into();
    }
    fired
        .iter()
        .map(|(r, l)| {
            let tag = match l.as_str() {
                "block" => "B",
                "confirm" => "C",
                "notice" => "N",
                _ => "?",
            };
            format!("{r}({tag})")
        })
        .collect::<Vec<_>>()
        .join(" ")
}

fn expected_cell(c: &Case) -> String {
    let mut s = c.expect.name().to_owned();
    if !c.must.is_empty() {
        s.push_str(&format!(" +{}", c.must.join(" +")));
    }
    if !c.must_not.is_empty() {
        s.push_str(&format!(" −{}", c.must_not.join(" −")));
    }
    if c.only {
        s.push_str(if c.must.is_empty() { " (no reasons)" } else { " (only)" });
    }
    s
}

#[test]
fn replay() {
    let t0 = Instant::now();
    let mut cases = incident_cases();
    cases.extend(recipient_cases());
    cases.extend(clean_cases());
    cases.extend(office::office_cases());
    cases.extend(office::kept_cases());
    cases.extend(office::kept_second_cases());
    cases.extend(office::kept_third_cases());
    cases.extend(office::kept_fourth_cases());
    cases.extend(kept5::kept_fifth_cases());
    cases.extend(kept6::kept_sixth_cases());
    cases.extend(kept7::kept_seventh_cases());
    cases.extend(kept8::kept_eighth_cases());
    cases.extend(kept9::kept_ninth_cases());
    let gen_ms = t0.elapsed().as_millis();

    let mut ids = BTreeSet::new();
    for c in &cases {
        assert!(ids.insert(c.id), "duplicate case id {}", c.id);
    }

    let root = Path::new(env!("CARGO_TARGET_TMPDIR")).join("replay");
    std::fs::create_dir_all(&root).expect("replay dir");

    // Heaviest first, two workers (the machine has two cores).
    let mut order: Vec<usize> = (0..cases.len()).collect();
    order.sort_by_key(|&i| std::cmp::Reverse(cases[i].files.iter().map(|(_, b)| b.len()).sum::<usize>()));
    let next = AtomicUsize::new(0);
    let results: Mutex<Vec<Option<Outcome>>> = Mutex::new((0..cases.len()).map(|_| None).collect());
    let workers = std::thread::available_parallelism().map(|n| n.get()).unwrap_or(2).clamp(2, 4);
    std::thread::scope(|scope| {
        for _ in 0..workers {
            scope.spawn(|| loop {
                let k = next.fetch_add(1, Ordering::SeqCst);
                let Some(&i) = order.get(k) else { break };
                let outcome = run(&cases[i], &root);
                results.lock().expect("lock")[i] = Some(outcome);
            });
        }
    });
    let results: Vec<Outcome> = results.into_inner().expect("lock").into_iter().map(|o| o.expect("ran")).collect();

    let mut md = String::new();
    let _ = writeln!(md, "# presend check — replay suite\n");
    let _ = writeln!(
        md,
        "Cases from the contract (`/work/notes/check-contract.md`) and the incidents (`/work/shared/incidents.md`). \
         Rules: B block, C confirm, N notice. Files per case under `target/tmp/replay/<case>/`.\n"
    );
    let _ = writeln!(md, "| # | case | group | expected | actual (exit) | rules fired | ms | result |");
    let _ = writeln!(md, "|---|---|---|---|---|---|---|---|");
    let mut failed = Vec::new();
    let mut per_group: Vec<(Group, usize, usize)> = vec![
        (Group::Incident, 0, 0),
        (Group::Recipient, 0, 0),
        (Group::Clean, 0, 0),
        (Group::Office, 0, 0),
        (Group::Kept, 0, 0),
        (Group::Kept2, 0, 0),
        (Group::Kept3, 0, 0),
        (Group::Kept4, 0, 0),
        (Group::Kept5, 0, 0),
        (Group::Kept6, 0, 0),
        (Group::Kept7, 0, 0),
        (Group::Kept8, 0, 0),
        (Group::Kept9, 0, 0),
    ];
    // (everyday mails, warned about; mis-sends, missed) per group: a warning is
    // a confirm or a block, a miss is an allow where one was expected.
    let mut alarms: Vec<(Group, usize, usize, usize, usize)> = per_group.iter().map(|g| (g.0, 0, 0, 0, 0)).collect();
    for (n, (c, o)) in cases.iter().zip(&results).enumerate() {
        let pass = o.failures.is_empty();
        if let Some(g) = per_group.iter_mut().find(|g| g.0 == c.group) {
            g.1 += 1;
            g.2 += usize::from(pass);
        }
        let code = o.code.map_or("signal".to_owned(), |c| c.to_string());
        let result = if pass { "pass".to_owned() } else { format!("**FAIL**: {}", o.failures.join("; ")) };
        let _ = writeln!(
            md,
            "| {} | `{}` | {} | {} | {} ({}) | {} | {} | {} |",
            n + 1,
            c.id,
            c.group.name(),
            expected_cell(c),
            o.decision,
            code,
            fired_cell(&o.fired),
            o.ms,
            result.replace('|', "\\|")
        );
        if let Some(a) = alarms.iter_mut().find(|a| a.0 == c.group) {
            match c.expect {
                Allow => {
                    a.1 += 1;
                    a.2 += usize::from(o.decision == "confirm" || o.decision == "block");
                }
                Confirm | Block => {
                    a.3 += 1;
                    a.4 += usize::from(o.decision == "allow");
                }
                Error => {}
            }
        }
        if !pass {
            failed.push((c, o));
        }
    }
    let _ = writeln!(md, "\n## Summary\n");
    for (g, total, passed) in &per_group {
        let _ = writeln!(md, "- {}: {passed}/{total} pass", g.name());
    }
    let total: usize = per_group.iter().map(|g| g.1).sum();
    let _ = writeln!(md, "- all: {}/{total} pass", total - failed.len());
    let _ = writeln!(md, "\n| group | everyday mails | warned about (false alarms) | mis-sends | missed |");
    let _ = writeln!(md, "|---|---|---|---|---|");
    for (g, everyday, warned, missends, missed) in &alarms {
        let _ = writeln!(md, "| {} | {everyday} | {warned} | {missends} | {missed} |", g.name());
    }
    let _ = writeln!(md);
    let _ = writeln!(md, "- generation {gen_ms} ms, whole run {} ms, {workers} workers", t0.elapsed().as_millis());
    if !failed.is_empty() {
        let _ = writeln!(md, "\n## Failures\n");
        for (c, o) in &failed {
            let _ = writeln!(md, "### `{}` ({})\n\n{}\n", c.id, c.group.name(), c.about);
            for f in &o.failures {
                let _ = writeln!(md, "- {f}");
            }
            let _ = writeln!(md, "\n```\n{}\n```\n", o.excerpt);
        }
    }
    let _ = writeln!(md, "\n## Cases\n");
    for c in &cases {
        let _ = writeln!(md, "- `{}` ({}): {}", c.id, c.group.name(), c.about);
    }

    println!("{md}");
    let out = Path::new(env!("CARGO_MANIFEST_DIR")).join("target").join("replay.md");
    std::fs::create_dir_all(out.parent().expect("parent")).ok();
    std::fs::write(&out, &md).expect("write target/replay.md");
    println!("report written to {}", out.display());

    // The kept-aside scenarios are a measurement: reported above, not gated.
    let kept = |g: Group| {
        matches!(
            g,
            Group::Kept
                | Group::Kept2
                | Group::Kept3
                | Group::Kept4
                | Group::Kept5
                | Group::Kept6
                | Group::Kept7
                | Group::Kept8
                | Group::Kept9
        )
    };
    failed.retain(|(c, _)| !kept(c.group));
    let total = total - cases.iter().filter(|c| kept(c.group)).count();
    let ids: Vec<&str> = failed.iter().map(|(c, _)| c.id).collect();
    assert!(failed.is_empty(), "{} of {total} replay cases failed: {}", failed.len(), ids.join(", "));
}

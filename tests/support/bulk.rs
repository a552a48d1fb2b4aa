//! Bulk inputs for benchmarks and demo samples: many rows of personal data
//! and long Japanese business text, deterministic so that figures repeat.
#![allow(dead_code)]

const SURNAMES: &[&str] = &[
    "山田", "佐藤", "鈴木", "高橋", "田中", "伊藤", "渡辺", "中村", "小林", "加藤", "吉田", "松本", "井上", "木村",
    "清水",
];
const GIVEN: &[&str] = &["太郎", "花子", "一郎", "陽子", "健太", "美咲", "翔", "由美", "大輔", "さくら", "直樹", "恵"];
const PLACES: &[&str] = &[
    "東京都千代田区丸の内",
    "大阪府大阪市北区梅田",
    "神奈川県横浜市中区山下町",
    "愛知県名古屋市中村区名駅",
    "福岡県福岡市博多区博多駅前",
    "北海道札幌市中央区北一条西",
];
const NOTES: &[&str] = &["特になし", "来月更新", "要連絡", "", "資料送付済み", "窓口対応"];

/// A small deterministic PRNG (xorshift64*), so inputs are the same every run.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed.max(1))
    }
    pub fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    pub fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
    pub fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len() as u64) as usize]
    }
}

/// A My Number with a valid check digit.
pub fn my_number(rng: &mut Rng) -> String {
    let base: Vec<u32> = (0..11).map(|_| rng.below(10) as u32).collect();
    let sum: u32 = (1..=11u32).map(|n| base[11 - n as usize] * if n <= 6 { n + 1 } else { n - 5 }).sum();
    let r = sum % 11;
    let check = if r <= 1 { 0 } else { 11 - r };
    base.iter().map(|d| char::from(b'0' + *d as u8)).chain(std::iter::once(char::from(b'0' + check as u8))).collect()
}

pub const PERSONAL_HEADER: [&str; 10] =
    ["社員番号", "氏名", "フリガナ", "生年月日", "電話番号", "メールアドレス", "郵便番号", "住所", "個人番号", "備考"];

/// One row of a personal-data register matching [`PERSONAL_HEADER`].
pub fn personal_row(rng: &mut Rng, i: usize) -> Vec<String> {
    let surname = rng.pick(SURNAMES);
    let given = rng.pick(GIVEN);
    vec![
        format!("E{:06}", i + 1),
        format!("{surname} {given}"),
        "ヤマダ タロウ".to_owned(),
        format!("{}/{:02}/{:02}", 1950 + rng.below(55), 1 + rng.below(12), 1 + rng.below(28)),
        format!("090-{:04}-{:04}", rng.below(10_000), rng.below(10_000)),
        format!("user{}@example.co.jp", i + 1),
        format!("{:03}-{:04}", 100 + rng.below(900), rng.below(10_000)),
        format!("{}{}-{}-{}", rng.pick(PLACES), 1 + rng.below(9), 1 + rng.below(20), 1 + rng.below(30)),
        my_number(rng),
        rng.pick(NOTES).to_owned(),
    ]
}

/// `rows` data rows plus the header.
pub fn personal_table(rows: usize, seed: u64) -> Vec<Vec<String>> {
    let mut rng = Rng::new(seed);
    std::iter::once(PERSONAL_HEADER.iter().map(|s| s.to_string()).collect())
        .chain((0..rows).map(|i| personal_row(&mut rng, i)))
        .collect()
}

const PROSE: &[&str] = &[
    "いつもお世話になっております。来週の打ち合わせの件でご連絡いたしました。",
    "資料は共有フォルダに格納しておりますので、ご確認のほどよろしくお願いいたします。",
    "第3四半期の売上は前年同期比で12.5%増加し、受注件数は1,284件となりました。",
    "会議は12月3日(水)10:00から第2会議室で行います。議題は新製品の販売計画です。",
    "Please find attached the minutes of the meeting held on 2026/11/20.",
    "見積金額は¥1,280,000(税別)、納期はご発注から4週間を予定しております。",
];

/// About `bytes` of business prose with no personal data at all.
pub fn clean_japanese_text(bytes: usize, seed: u64) -> String {
    let mut rng = Rng::new(seed);
    let mut out = String::with_capacity(bytes + 256);
    while out.len() < bytes {
        out.push_str(rng.pick(PROSE));
        out.push('\n');
    }
    out
}

/// About `bytes` of business prose with a personal detail every few lines.
pub fn japanese_text(bytes: usize, seed: u64) -> String {
    let mut rng = Rng::new(seed);
    let mut out = String::with_capacity(bytes + 256);
    let mut line = 0usize;
    while out.len() < bytes {
        line += 1;
        if line % 8 == 0 {
            let person = personal_row(&mut rng, line);
            out.push_str(&format!(
                "担当の{}様(電話 {}、{})へ転送してください。\n",
                person[1].replace(' ', ""),
                person[4],
                person[5]
            ));
        } else {
            out.push_str(rng.pick(PROSE));
            out.push('\n');
        }
    }
    out
}

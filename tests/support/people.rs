//! A deterministic generator of realistic Japanese people and of the numbers
//! that turn up next to them in office files: names with readings, addresses,
//! phones in every way people type them, birth dates in Western and era
//! forms, identifiers with valid check digits, special-care values and
//! secrets. It feeds the labelled quality corpus (`tests/quality.rs`).
//!
//! Everything here is written from the public formats in
//! `/work/shared/detectors.md`, never from the detectors, and every list is
//! hand-written (no leaked name lists). The PRNG is our own, so a seed gives
//! the same corpus on every machine.
//!
//! The identifiers and secrets are in `numbers.rs`, the special-care values in
//! `special_care.rs`; both are re-exported here, so `people::*` is the whole
//! generator.
#![allow(dead_code, unused_imports)]

pub use super::numbers::*;
pub use super::special_care::*;

/// SplitMix64: small, fast, good enough for test data, stable forever.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed)
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// 0..n (n > 0).
    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n as u64) as usize
    }

    /// lo..=hi.
    pub fn range(&mut self, lo: u32, hi: u32) -> u32 {
        lo + self.below((hi - lo + 1) as usize) as u32
    }

    pub fn chance(&mut self, p: f64) -> bool {
        (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64 > 1.0 - p
    }

    pub fn pick<'a, T>(&mut self, xs: &'a [T]) -> &'a T {
        &xs[self.below(xs.len())]
    }

    /// n random decimal digits.
    pub fn digits(&mut self, n: usize) -> String {
        (0..n).map(|_| char::from(b'0' + self.below(10) as u8)).collect()
    }

    /// Between lo and hi (inclusive) random digits.
    pub fn digits_between(&mut self, lo: u32, hi: u32) -> String {
        let n = self.range(lo, hi) as usize;
        self.digits(n)
    }

    pub fn upper(&mut self, n: usize) -> String {
        (0..n).map(|_| char::from(b'A' + self.below(26) as u8)).collect()
    }

    /// n characters from an alphabet.
    pub fn chars_of(&mut self, alphabet: &str, n: usize) -> String {
        let chars: Vec<char> = alphabet.chars().collect();
        (0..n).map(|_| chars[self.below(chars.len())]).collect()
    }
}

// ---------------------------------------------------------------- names

/// (kanji, katakana reading). Common surnames, regional ones (Okinawa,
/// Tohoku), old-form kanji (髙, 齋, 邊, 﨑), one-character surnames that are
/// also ordinary words (東, 森, 関, 星), and rare long ones.
#[rustfmt::skip]
pub const SURNAMES: &[(&str, &str)] = &[
    ("佐藤", "サトウ"), ("鈴木", "スズキ"), ("高橋", "タカハシ"), ("田中", "タナカ"), ("伊藤", "イトウ"),
    ("渡辺", "ワタナベ"), ("山本", "ヤマモト"), ("中村", "ナカムラ"), ("小林", "コバヤシ"), ("加藤", "カトウ"),
    ("吉田", "ヨシダ"), ("山田", "ヤマダ"), ("佐々木", "ササキ"), ("山口", "ヤマグチ"), ("松本", "マツモト"),
    ("井上", "イノウエ"), ("木村", "キムラ"), ("林", "ハヤシ"), ("斎藤", "サイトウ"), ("清水", "シミズ"),
    ("山崎", "ヤマザキ"), ("森", "モリ"), ("池田", "イケダ"), ("橋本", "ハシモト"), ("阿部", "アベ"),
    ("石川", "イシカワ"), ("山下", "ヤマシタ"), ("中島", "ナカジマ"), ("石井", "イシイ"), ("小川", "オガワ"),
    ("前田", "マエダ"), ("岡田", "オカダ"), ("長谷川", "ハセガワ"), ("藤田", "フジタ"), ("後藤", "ゴトウ"),
    ("近藤", "コンドウ"), ("村上", "ムラカミ"), ("遠藤", "エンドウ"), ("青木", "アオキ"), ("坂本", "サカモト"),
    ("斉藤", "サイトウ"), ("福田", "フクダ"), ("太田", "オオタ"), ("西村", "ニシムラ"), ("藤井", "フジイ"),
    ("金子", "カネコ"), ("岡本", "オカモト"), ("藤原", "フジワラ"), ("中野", "ナカノ"), ("三浦", "ミウラ"),
    ("原田", "ハラダ"), ("中川", "ナカガワ"), ("松田", "マツダ"), ("竹内", "タケウチ"), ("小野", "オノ"),
    ("田村", "タムラ"), ("中山", "ナカヤマ"), ("和田", "ワダ"), ("石田", "イシダ"), ("森田", "モリタ"),
    ("上田", "ウエダ"), ("原", "ハラ"), ("内田", "ウチダ"), ("柴田", "シバタ"), ("酒井", "サカイ"),
    ("宮崎", "ミヤザキ"), ("横山", "ヨコヤマ"), ("高木", "タカギ"), ("安藤", "アンドウ"), ("宮本", "ミヤモト"),
    ("大野", "オオノ"), ("小島", "コジマ"), ("谷口", "タニグチ"), ("今井", "イマイ"), ("工藤", "クドウ"),
    ("高田", "タカダ"), ("増田", "マスダ"), ("丸山", "マルヤマ"), ("杉山", "スギヤマ"), ("村田", "ムラタ"),
    ("大塚", "オオツカ"), ("新井", "アライ"), ("小山", "コヤマ"), ("平野", "ヒラノ"), ("藤本", "フジモト"),
    ("河野", "コウノ"), ("上野", "ウエノ"), ("野口", "ノグチ"), ("武田", "タケダ"), ("松井", "マツイ"),
    ("千葉", "チバ"), ("岩崎", "イワサキ"), ("菅原", "スガワラ"), ("木下", "キノシタ"), ("久保", "クボ"),
    ("佐野", "サノ"), ("野村", "ノムラ"), ("松尾", "マツオ"), ("市川", "イチカワ"), ("菊地", "キクチ"),
    ("杉本", "スギモト"), ("古川", "フルカワ"), ("大島", "オオシマ"), ("水野", "ミズノ"), ("桜井", "サクライ"),
    ("高野", "タカノ"), ("渡部", "ワタナベ"), ("吉川", "ヨシカワ"), ("山内", "ヤマウチ"), ("西田", "ニシダ"),
    ("飯田", "イイダ"), ("菅野", "カンノ"), ("永井", "ナガイ"), ("服部", "ハットリ"), ("秋山", "アキヤマ"),
    ("中西", "ナカニシ"), ("中田", "ナカタ"), ("平田", "ヒラタ"), ("石原", "イシハラ"), ("東", "ヒガシ"),
    ("小松", "コマツ"), ("岩田", "イワタ"), ("馬場", "ババ"), ("桑原", "クワバラ"), ("大西", "オオニシ"),
    ("関", "セキ"), ("星野", "ホシノ"), ("北村", "キタムラ"), ("堀", "ホリ"), ("辻", "ツジ"), ("泉", "イズミ"),
    ("岡", "オカ"), ("谷", "タニ"), ("星", "ホシ"), ("南", "ミナミ"), ("畑", "ハタ"), ("峯", "ミネ"), ("沖", "オキ"),
    ("五十嵐", "イガラシ"), ("東海林", "ショウジ"), ("御手洗", "ミタライ"), ("薬師寺", "ヤクシジ"),
    ("二階堂", "ニカイドウ"), ("一ノ瀬", "イチノセ"), ("九十九", "ツクモ"), ("百目鬼", "ドウメキ"),
    ("勘解由小路", "カデノコウジ"), ("長宗我部", "チョウソカベ"), ("比嘉", "ヒガ"), ("知念", "チネン"),
    ("金城", "キンジョウ"), ("島袋", "シマブクロ"), ("仲宗根", "ナカソネ"), ("新垣", "アラガキ"),
    ("我那覇", "ガナハ"), ("具志堅", "グシケン"), ("喜屋武", "キャン"), ("外間", "ホカマ"), ("漆原", "ウルシバラ"),
    ("鬼頭", "キトウ"), ("饗庭", "アイバ"), ("纐纈", "コウケツ"), ("蛯原", "エビハラ"), ("髙橋", "タカハシ"),
    ("齋藤", "サイトウ"), ("齊藤", "サイトウ"), ("澤田", "サワダ"), ("邊見", "ヘンミ"), ("渡邉", "ワタナベ"),
    ("渡邊", "ワタナベ"), ("廣瀬", "ヒロセ"), ("濱田", "ハマダ"), ("瀧本", "タキモト"), ("櫻井", "サクライ"),
    ("冨田", "トミタ"), ("嶋田", "シマダ"), ("檜山", "ヒヤマ"), ("鷲尾", "ワシオ"), ("鶴見", "ツルミ"),
    ("亀井", "カメイ"), ("猪俣", "イノマタ"), ("熊谷", "クマガイ"), ("鹿島", "カシマ"), ("蜂谷", "ハチヤ"),
    ("蟹江", "カニエ"), ("宍戸", "シシド"), ("及川", "オイカワ"), ("小野寺", "オノデラ"), ("佐久間", "サクマ"),
    ("宇佐美", "ウサミ"), ("勅使河原", "テシガワラ"), ("伊集院", "イジュウイン"), ("西園寺", "サイオンジ"),
    ("大和田", "オオワダ"), ("日下部", "クサカベ"), ("東條", "トウジョウ"), ("法月", "ノリヅキ"), ("神", "ジン"),
    ("門", "カド"), ("金", "キン"), ("李", "リ"), ("朴", "パク"), ("王", "オウ"), ("﨑山", "サキヤマ"),
    ("榊原", "サカキバラ"), ("相馬", "ソウマ"), ("雨宮", "アメミヤ"), ("乙部", "オトベ"), ("忽那", "クツナ"),
    ("安居院", "アグイ"), ("轟", "トドロキ"), ("舘", "タチ"), ("冴木", "サエキ"), ("雲雀", "ヒバリ"),
    ("柳田", "ヤナギダ"),
];

/// (kanji or kana, katakana reading), male given names across generations.
#[rustfmt::skip]
pub const GIVEN_MALE: &[(&str, &str)] = &[
    ("太郎", "タロウ"), ("一郎", "イチロウ"), ("健太", "ケンタ"), ("翔太", "ショウタ"), ("大輔", "ダイスケ"),
    ("拓也", "タクヤ"), ("直樹", "ナオキ"), ("誠", "マコト"), ("浩", "ヒロシ"), ("隆", "タカシ"), ("茂", "シゲル"),
    ("勇", "イサム"), ("清", "キヨシ"), ("実", "ミノル"), ("修", "オサム"), ("和夫", "カズオ"), ("健一", "ケンイチ"),
    ("雄一", "ユウイチ"), ("浩二", "コウジ"), ("正樹", "マサキ"), ("達也", "タツヤ"), ("翼", "ツバサ"),
    ("蓮", "レン"), ("陽翔", "ハルト"), ("湊", "ミナト"), ("悠真", "ユウマ"), ("大和", "ヤマト"), ("蒼", "アオイ"),
    ("樹", "イツキ"), ("颯太", "ソウタ"), ("悠斗", "ユウト"), ("陸", "リク"), ("智也", "トモヤ"),
    ("慎之介", "シンノスケ"), ("龍之介", "リュウノスケ"), ("功", "イサオ"), ("昭", "アキラ"), ("敏夫", "トシオ"),
    ("幸雄", "ユキオ"), ("義男", "ヨシオ"), ("秀樹", "ヒデキ"), ("剛", "ツヨシ"), ("純一郎", "ジュンイチロウ"),
    ("亮", "リョウ"), ("航", "ワタル"), ("駿", "シュン"), ("圭", "ケイ"), ("伸也", "シンヤ"), ("康弘", "ヤスヒロ"),
    ("英二", "エイジ"),
];

/// Female given names, including kana-only names and older ones (トメ, キヨ).
#[rustfmt::skip]
pub const GIVEN_FEMALE: &[(&str, &str)] = &[
    ("花子", "ハナコ"), ("陽子", "ヨウコ"), ("恵子", "ケイコ"), ("幸子", "サチコ"), ("洋子", "ヨウコ"),
    ("京子", "キョウコ"), ("由美子", "ユミコ"), ("久美子", "クミコ"), ("真由美", "マユミ"), ("美穂", "ミホ"),
    ("愛", "アイ"), ("恵", "メグミ"), ("彩", "アヤ"), ("舞", "マイ"), ("優子", "ユウコ"), ("裕子", "ユウコ"),
    ("智子", "トモコ"), ("直美", "ナオミ"), ("明美", "アケミ"), ("さくら", "サクラ"), ("ひなた", "ヒナタ"),
    ("結衣", "ユイ"), ("陽菜", "ヒナ"), ("葵", "アオイ"), ("凛", "リン"), ("芽依", "メイ"), ("結菜", "ユイナ"),
    ("美咲", "ミサキ"), ("七海", "ナナミ"), ("杏", "アン"), ("莉子", "リコ"), ("紬", "ツムギ"), ("澪", "ミオ"),
    ("ことね", "コトネ"), ("まゆ", "マユ"), ("みどり", "ミドリ"), ("ゆかり", "ユカリ"), ("千尋", "チヒロ"),
    ("瑞穂", "ミズホ"), ("佳奈", "カナ"), ("沙織", "サオリ"), ("麻衣", "マイ"), ("綾香", "アヤカ"), ("遥", "ハルカ"),
    ("静香", "シズカ"), ("トメ", "トメ"), ("キヨ", "キヨ"), ("絵里", "エリ"), ("千代子", "チヨコ"),
    ("エミリ", "エミリ"),
];

/// Names of foreign residents as Japanese lists write them: romaji in
/// passport order, katakana, or Chinese characters.
#[rustfmt::skip]
pub const FOREIGN_NAMES: &[&str] = &[
    "NGUYEN VAN NAM", "TRAN THI HOA", "LE VAN DUC", "PHAM THI LAN", "グエン・ヴァン・ナム", "チャン・ティ・ホア",
    "SANTOS MARIA CRISTINA", "REYES JOSE MIGUEL", "GARCIA ANA LUISA", "王 偉", "李 娜", "張 敏", "劉 洋", "陳 静",
    "SHRESTHA RAM BAHADUR", "GURUNG SITA", "シュレスタ・ラム", "SITI NURHALIZA", "BUDI SANTOSO", "ブディ・サントソ",
    "KIM MINJUN", "金 敏俊", "朴 ジヨン", "SILVA JOAO PEDRO", "オリヴェイラ・アナ", "SMITH JOHN",
    "ジョンソン エミリー", "KHAN AHMED", "MAUNG MAUNG AYE", "ソー・ミン・トゥン",
];

/// Katakana (full-width) to romaji the way people spell their e-mail local part.
pub fn romaji(kana: &str) -> String {
    const PAIRS: &[(&str, &str)] = &[
        ("キャ", "kya"),
        ("キュ", "kyu"),
        ("キョ", "kyo"),
        ("シャ", "sha"),
        ("シュ", "shu"),
        ("ショ", "sho"),
        ("チャ", "cha"),
        ("チュ", "chu"),
        ("チョ", "cho"),
        ("ニャ", "nya"),
        ("ニュ", "nyu"),
        ("ニョ", "nyo"),
        ("ヒャ", "hya"),
        ("ヒュ", "hyu"),
        ("ヒョ", "hyo"),
        ("ミャ", "mya"),
        ("ミュ", "myu"),
        ("ミョ", "myo"),
        ("リャ", "rya"),
        ("リュ", "ryu"),
        ("リョ", "ryo"),
        ("ギャ", "gya"),
        ("ギュ", "gyu"),
        ("ギョ", "gyo"),
        ("ジャ", "ja"),
        ("ジュ", "ju"),
        ("ジョ", "jo"),
        ("ビャ", "bya"),
        ("ビュ", "byu"),
        ("ビョ", "byo"),
        ("ピャ", "pya"),
        ("ピュ", "pyu"),
        ("ピョ", "pyo"),
    ];
    const SINGLE: &[(char, &str)] = &[
        ('ア', "a"),
        ('イ', "i"),
        ('ウ', "u"),
        ('エ', "e"),
        ('オ', "o"),
        ('カ', "ka"),
        ('キ', "ki"),
        ('ク', "ku"),
        ('ケ', "ke"),
        ('コ', "ko"),
        ('サ', "sa"),
        ('シ', "shi"),
        ('ス', "su"),
        ('セ', "se"),
        ('ソ', "so"),
        ('タ', "ta"),
        ('チ', "chi"),
        ('ツ', "tsu"),
        ('テ', "te"),
        ('ト', "to"),
        ('ナ', "na"),
        ('ニ', "ni"),
        ('ヌ', "nu"),
        ('ネ', "ne"),
        ('ノ', "no"),
        ('ハ', "ha"),
        ('ヒ', "hi"),
        ('フ', "fu"),
        ('ヘ', "he"),
        ('ホ', "ho"),
        ('マ', "ma"),
        ('ミ', "mi"),
        ('ム', "mu"),
        ('メ', "me"),
        ('モ', "mo"),
        ('ヤ', "ya"),
        ('ユ', "yu"),
        ('ヨ', "yo"),
        ('ラ', "ra"),
        ('リ', "ri"),
        ('ル', "ru"),
        ('レ', "re"),
        ('ロ', "ro"),
        ('ワ', "wa"),
        ('ヲ', "o"),
        ('ン', "n"),
        ('ガ', "ga"),
        ('ギ', "gi"),
        ('グ', "gu"),
        ('ゲ', "ge"),
        ('ゴ', "go"),
        ('ザ', "za"),
        ('ジ', "ji"),
        ('ズ', "zu"),
        ('ゼ', "ze"),
        ('ゾ', "zo"),
        ('ダ', "da"),
        ('ヂ', "ji"),
        ('ヅ', "zu"),
        ('デ', "de"),
        ('ド', "do"),
        ('バ', "ba"),
        ('ビ', "bi"),
        ('ブ', "bu"),
        ('ベ', "be"),
        ('ボ', "bo"),
        ('パ', "pa"),
        ('ピ', "pi"),
        ('プ', "pu"),
        ('ペ', "pe"),
        ('ポ', "po"),
        ('ヴ', "vu"),
        ('ィ', "i"),
        ('ェ', "e"),
        ('ォ', "o"),
        ('ァ', "a"),
        ('ゥ', "u"),
    ];
    let chars: Vec<char> = kana.chars().collect();
    let mut out = String::new();
    let mut geminate = false;
    let mut i = 0;
    while i < chars.len() {
        let mut syllable: Option<&str> = None;
        let mut step = 1;
        if i + 1 < chars.len() {
            let two: String = chars[i..i + 2].iter().collect();
            if let Some((_, r)) = PAIRS.iter().find(|(k, _)| *k == two) {
                syllable = Some(r);
                step = 2;
            }
        }
        if syllable.is_none() {
            match chars[i] {
                'ッ' => {
                    geminate = true;
                    i += 1;
                    continue;
                }
                'ー' | '・' | ' ' | '　' => {
                    i += 1;
                    continue;
                }
                c => syllable = SINGLE.iter().find(|(k, _)| *k == c).map(|(_, r)| *r),
            }
        }
        if let Some(s) = syllable {
            if geminate {
                let first = if s.starts_with("ch") { 't' } else { s.chars().next().unwrap_or('t') };
                out.push(first);
                geminate = false;
            }
            out.push_str(s);
        }
        i += step;
    }
    out
}

/// Full-width katakana to hiragana (ふりがな columns).
pub fn hiragana(kana: &str) -> String {
    kana.chars()
        .map(|c| if ('ァ'..='ヶ').contains(&c) { char::from_u32(c as u32 - 0x60).unwrap_or(c) } else { c })
        .collect()
}

/// Full-width katakana to half-width (ﾔﾏﾀﾞ ﾀﾛｳ), as bank transfer files and
/// old host systems still write names.
pub fn half_width_kana(kana: &str) -> String {
    const BASE: &str = "アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワヲンァィゥェォッャュョー";
    const HALF: &str = "ｱｲｳｴｵｶｷｸｹｺｻｼｽｾｿﾀﾁﾂﾃﾄﾅﾆﾇﾈﾉﾊﾋﾌﾍﾎﾏﾐﾑﾒﾓﾔﾕﾖﾗﾘﾙﾚﾛﾜｦﾝｧｨｩｪｫｯｬｭｮｰ";
    const VOICED: &str = "ガギグゲゴザジズゼゾダヂヅデドバビブベボ";
    const VOICED_BASE: &str = "カキクケコサシスセソタチツテトハヒフヘホ";
    const SEMI: &str = "パピプペポ";
    const SEMI_BASE: &str = "ハヒフヘホ";
    let half_of = |c: char| -> Option<char> { BASE.chars().position(|b| b == c).and_then(|i| HALF.chars().nth(i)) };
    let mut out = String::new();
    for c in kana.chars() {
        if let Some(i) = VOICED.chars().position(|v| v == c) {
            let base = VOICED_BASE.chars().nth(i).and_then(half_of).unwrap_or(c);
            out.push(base);
            out.push('ﾞ');
        } else if let Some(i) = SEMI.chars().position(|v| v == c) {
            let base = SEMI_BASE.chars().nth(i).and_then(half_of).unwrap_or(c);
            out.push(base);
            out.push('ﾟ');
        } else if c == 'ヴ' {
            out.push_str("ｳﾞ");
        } else if c == '　' {
            out.push(' ');
        } else {
            out.push(half_of(c).unwrap_or(c));
        }
    }
    out
}

/// ASCII digits and punctuation to their full-width forms, as an IME in
/// full-width mode types them.
pub fn full_width(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            '0'..='9' | 'A'..='Z' | 'a'..='z' | '-' | '(' | ')' | '+' | '/' | '.' | '@' | '_' | ':' => {
                char::from_u32(c as u32 - 0x21 + 0xFF01).unwrap_or(c)
            }
            ' ' => '　',
            c => c,
        })
        .collect()
}

/// Small numbers in kanji (1–99), as formal documents write block numbers.
pub fn kanji_number(n: u32) -> String {
    const D: [&str; 10] = ["", "一", "二", "三", "四", "五", "六", "七", "八", "九"];
    match n {
        0 => "〇".into(),
        1..=9 => D[n as usize].into(),
        10 => "十".into(),
        11..=19 => format!("十{}", D[(n - 10) as usize]),
        _ => format!("{}十{}", D[(n / 10) as usize], D[(n % 10) as usize]),
    }
}

// ---------------------------------------------------------------- addresses

/// A municipality: prefecture, city/ward/town (with 郡 where it has one),
/// the first 3 (or 5) digits of its postal codes, its area code, and town names.
pub struct Municipality {
    pub pref: &'static str,
    pub city: &'static str,
    pub postal: &'static str,
    pub area: &'static str,
    pub towns: &'static [&'static str],
    pub style: BlockStyle,
}

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum BlockStyle {
    /// 丁目・番・号 or 1-2-3.
    Urban,
    /// Sapporo's grid: 北1条西2丁目3-4.
    Sapporo,
    /// Kyoto's street names: the town already says where; a lot number follows.
    Kyoto,
    /// Rural 字 + 番地.
    Rural,
}

use BlockStyle::*;

#[rustfmt::skip]
pub const MUNICIPALITIES: &[Municipality] = &[
    Municipality { pref: "北海道", city: "札幌市中央区", postal: "060", area: "011", towns: &[""], style: Sapporo },
    Municipality { pref: "北海道", city: "旭川市", postal: "070", area: "0166", towns: &["宮下通", "四条通", "忠和"], style: Urban },
    Municipality { pref: "北海道", city: "虻田郡ニセコ町", postal: "04815", area: "0136", towns: &["字曽我", "字富士見"], style: Rural },
    Municipality { pref: "青森県", city: "青森市", postal: "030", area: "017", towns: &["新町", "長島", "古川"], style: Urban },
    Municipality { pref: "岩手県", city: "盛岡市", postal: "020", area: "019", towns: &["大通", "中央通", "本町通"], style: Urban },
    Municipality { pref: "宮城県", city: "仙台市青葉区", postal: "980", area: "022", towns: &["一番町", "国分町", "本町"], style: Urban },
    Municipality { pref: "秋田県", city: "秋田市", postal: "010", area: "018", towns: &["中通", "大町", "山王"], style: Urban },
    Municipality { pref: "山形県", city: "山形市", postal: "990", area: "023", towns: &["香澄町", "七日町", "城南町"], style: Urban },
    Municipality { pref: "福島県", city: "郡山市", postal: "963", area: "024", towns: &["駅前", "中町", "堂前町"], style: Urban },
    Municipality { pref: "茨城県", city: "つくば市", postal: "305", area: "029", towns: &["竹園", "吾妻", "天久保"], style: Urban },
    Municipality { pref: "茨城県", city: "猿島郡境町", postal: "30604", area: "0280", towns: &["長井戸", "西泉田"], style: Rural },
    Municipality { pref: "栃木県", city: "宇都宮市", postal: "320", area: "028", towns: &["馬場通り", "本町", "中央"], style: Urban },
    Municipality { pref: "群馬県", city: "高崎市", postal: "370", area: "027", towns: &["八島町", "連雀町", "栄町"], style: Urban },
    Municipality { pref: "埼玉県", city: "さいたま市浦和区", postal: "330", area: "048", towns: &["高砂", "常盤", "仲町"], style: Urban },
    Municipality { pref: "埼玉県", city: "川越市", postal: "350", area: "049", towns: &["脇田町", "新富町", "元町"], style: Urban },
    Municipality { pref: "千葉県", city: "千葉市中央区", postal: "260", area: "043", towns: &["富士見", "中央", "新町"], style: Urban },
    Municipality { pref: "千葉県", city: "船橋市", postal: "273", area: "047", towns: &["本町", "湊町", "宮本"], style: Urban },
    Municipality { pref: "東京都", city: "千代田区", postal: "101", area: "03", towns: &["神田神保町", "神田小川町", "岩本町"], style: Urban },
    Municipality { pref: "東京都", city: "渋谷区", postal: "150", area: "03", towns: &["神宮前", "恵比寿", "道玄坂", "代々木"], style: Urban },
    Municipality { pref: "東京都", city: "世田谷区", postal: "154", area: "03", towns: &["三軒茶屋", "太子堂", "若林", "上馬"], style: Urban },
    Municipality { pref: "東京都", city: "練馬区", postal: "176", area: "03", towns: &["豊玉北", "桜台", "練馬"], style: Urban },
    Municipality { pref: "東京都", city: "八王子市", postal: "192", area: "042", towns: &["明神町", "旭町", "元本郷町"], style: Urban },
    Municipality { pref: "東京都", city: "大島町", postal: "10001", area: "04992", towns: &["元町", "岡田"], style: Rural },
    Municipality { pref: "神奈川県", city: "横浜市港北区", postal: "223", area: "045", towns: &["日吉本町", "綱島西", "大倉山"], style: Urban },
    Municipality { pref: "神奈川県", city: "藤沢市", postal: "251", area: "0466", towns: &["鵠沼海岸", "辻堂", "片瀬"], style: Urban },
    Municipality { pref: "神奈川県", city: "足柄下郡箱根町", postal: "25004", area: "0460", towns: &["強羅", "宮ノ下"], style: Rural },
    Municipality { pref: "新潟県", city: "新潟市中央区", postal: "951", area: "025", towns: &["古町通", "西堀前通", "本町通"], style: Urban },
    Municipality { pref: "富山県", city: "富山市", postal: "930", area: "076", towns: &["総曲輪", "桜町", "新富町"], style: Urban },
    Municipality { pref: "石川県", city: "金沢市", postal: "920", area: "076", towns: &["香林坊", "片町", "広坂"], style: Urban },
    Municipality { pref: "福井県", city: "福井市", postal: "910", area: "0776", towns: &["大手", "中央", "順化"], style: Urban },
    Municipality { pref: "山梨県", city: "甲府市", postal: "400", area: "055", towns: &["丸の内", "中央", "武田"], style: Urban },
    Municipality { pref: "長野県", city: "松本市", postal: "390", area: "0263", towns: &["中央", "深志", "大手"], style: Urban },
    Municipality { pref: "岐阜県", city: "岐阜市", postal: "500", area: "058", towns: &["神田町", "金町", "長住町"], style: Urban },
    Municipality { pref: "静岡県", city: "浜松市中央区", postal: "430", area: "053", towns: &["板屋町", "砂山町", "鍛冶町"], style: Urban },
    Municipality { pref: "愛知県", city: "名古屋市中区", postal: "460", area: "052", towns: &["栄", "錦", "丸の内"], style: Urban },
    Municipality { pref: "三重県", city: "津市", postal: "514", area: "059", towns: &["羽所町", "丸之内", "大門"], style: Urban },
    Municipality { pref: "滋賀県", city: "大津市", postal: "520", area: "077", towns: &["浜大津", "京町", "中央"], style: Urban },
    Municipality { pref: "京都府", city: "京都市中京区", postal: "604", area: "075", towns: &["烏丸通御池下る虎屋町", "河原町通三条上る恵比須町", "寺町通四条上る中之町"], style: Kyoto },
    Municipality { pref: "大阪府", city: "大阪市北区", postal: "530", area: "06", towns: &["梅田", "天神橋", "中之島", "曽根崎"], style: Urban },
    Municipality { pref: "大阪府", city: "堺市堺区", postal: "590", area: "072", towns: &["南瓦町", "中瓦町", "大浜北町"], style: Urban },
    Municipality { pref: "兵庫県", city: "神戸市中央区", postal: "650", area: "078", towns: &["三宮町", "元町通", "加納町"], style: Urban },
    Municipality { pref: "奈良県", city: "奈良市", postal: "630", area: "0742", towns: &["三条町", "高天町", "西大寺東町"], style: Urban },
    Municipality { pref: "和歌山県", city: "和歌山市", postal: "640", area: "073", towns: &["本町", "十番丁", "美園町"], style: Urban },
    Municipality { pref: "鳥取県", city: "鳥取市", postal: "680", area: "0857", towns: &["栄町", "末広温泉町", "今町"], style: Urban },
    Municipality { pref: "島根県", city: "松江市", postal: "690", area: "0852", towns: &["朝日町", "殿町", "末次本町"], style: Urban },
    Municipality { pref: "岡山県", city: "岡山市北区", postal: "700", area: "086", towns: &["駅前町", "表町", "本町"], style: Urban },
    Municipality { pref: "広島県", city: "広島市中区", postal: "730", area: "082", towns: &["紙屋町", "大手町", "八丁堀"], style: Urban },
    Municipality { pref: "山口県", city: "下関市", postal: "750", area: "083", towns: &["竹崎町", "唐戸町", "豊前田町"], style: Urban },
    Municipality { pref: "徳島県", city: "徳島市", postal: "770", area: "088", towns: &["寺島本町", "一番町", "新町橋"], style: Urban },
    Municipality { pref: "香川県", city: "高松市", postal: "760", area: "087", towns: &["丸亀町", "番町", "瓦町"], style: Urban },
    Municipality { pref: "愛媛県", city: "松山市", postal: "790", area: "089", towns: &["大街道", "一番町", "湊町"], style: Urban },
    Municipality { pref: "高知県", city: "高知市", postal: "780", area: "088", towns: &["帯屋町", "本町", "はりまや町"], style: Urban },
    Municipality { pref: "福岡県", city: "福岡市博多区", postal: "812", area: "092", towns: &["博多駅前", "中洲", "祇園町"], style: Urban },
    Municipality { pref: "福岡県", city: "北九州市小倉北区", postal: "802", area: "093", towns: &["魚町", "京町", "馬借"], style: Urban },
    Municipality { pref: "佐賀県", city: "佐賀市", postal: "840", area: "0952", towns: &["駅前中央", "松原", "白山"], style: Urban },
    Municipality { pref: "長崎県", city: "長崎市", postal: "850", area: "095", towns: &["浜町", "万屋町", "築町"], style: Urban },
    Municipality { pref: "熊本県", city: "熊本市中央区", postal: "860", area: "096", towns: &["下通", "上通町", "水前寺"], style: Urban },
    Municipality { pref: "大分県", city: "大分市", postal: "870", area: "097", towns: &["府内町", "中央町", "都町"], style: Urban },
    Municipality { pref: "宮崎県", city: "宮崎市", postal: "880", area: "0985", towns: &["橘通西", "広島", "高千穂通"], style: Urban },
    Municipality { pref: "鹿児島県", city: "鹿児島市", postal: "892", area: "099", towns: &["東千石町", "山之口町", "名山町"], style: Urban },
    Municipality { pref: "沖縄県", city: "那覇市", postal: "900", area: "098", towns: &["久茂地", "牧志", "松山"], style: Urban },
    Municipality { pref: "沖縄県", city: "国頭郡恩納村", postal: "90404", area: "098", towns: &["字恩納", "字前兼久"], style: Rural },
];

#[rustfmt::skip]
const BUILDINGS: &[&str] = &[
    "ハイツ山田", "コーポ桜", "グランドメゾン", "サンライズマンション", "メゾン・ド・ソレイユ", "レジデンス中央",
    "パークハイム", "ライオンズマンション", "第2青葉荘", "ヴィラ白樺", "シャトー南", "リバーサイド", "ＫＴビル",
];

#[derive(Clone, Debug)]
pub struct Address {
    /// 7 digits.
    pub postal: String,
    pub pref: &'static str,
    pub city: &'static str,
    /// Town and block numbers (and building, if any) as one string.
    pub rest: String,
    pub area_code: &'static str,
}

impl Address {
    pub fn gen(rng: &mut Rng) -> Address {
        let m = rng.pick(MUNICIPALITIES);
        let postal = if m.postal.len() == 5 {
            format!("{}{}", m.postal, rng.digits(2))
        } else {
            format!("{}{:04}", m.postal, rng.range(1, 8999))
        };
        let town = *rng.pick(m.towns);
        let (a, b, c) = (rng.range(1, 7), rng.range(1, 30), rng.range(1, 25));
        let block = match m.style {
            Sapporo => {
                let dir = rng.pick(&["北", "南"]);
                let side = rng.pick(&["西", "東"]);
                format!(
                    "{dir}{}条{side}{}丁目{}-{}",
                    rng.range(1, 24),
                    rng.range(1, 20),
                    rng.range(1, 30),
                    rng.range(1, 20)
                )
            }
            Kyoto => format!("{}{}", town, rng.range(1, 700)),
            Rural => match rng.below(3) {
                0 => format!("{town}{}番地", rng.range(1, 3000)),
                1 => format!("{town}{}番地{}", rng.range(1, 3000), rng.range(1, 30)),
                _ => format!("{town}{}-{}", rng.range(1, 3000), rng.range(1, 30)),
            },
            Urban => match rng.below(10) {
                0 | 1 => format!("{town}{a}丁目{b}番{c}号"),
                2..=4 => format!("{town}{a}-{b}-{c}"),
                5 => format!("{town}{a}丁目{b}-{c}"),
                6 => format!("{town}{a}−{b}−{c}"),
                7 => format!("{town}{}", full_width(&format!("{a}-{b}-{c}"))),
                8 => format!("{town}{}丁目{}番{}号", kanji_number(a), kanji_number(b), kanji_number(c)),
                _ => format!("{town}{a}ー{b}ー{c}"),
            },
        };
        let rest = if m.style != Rural && rng.chance(0.45) {
            let building = rng.pick(BUILDINGS);
            let room = rng.range(1, 12) * 100 + rng.range(1, 12);
            match rng.below(4) {
                0 => format!("{block} {building}{room}"),
                1 => format!("{block}　{building} {room}号室"),
                2 => format!("{block}{building}{room}号"),
                _ => format!("{block} {building} {room}"),
            }
        } else {
            block
        };
        Address { postal, pref: m.pref, city: m.city, rest, area_code: m.area }
    }

    /// The whole address, with the prefecture.
    pub fn full(&self) -> String {
        format!("{}{}{}", self.pref, self.city, self.rest)
    }

    /// Without the prefecture, as many lists write designated cities.
    pub fn without_pref(&self) -> String {
        format!("{}{}", self.city, self.rest)
    }

    /// `150-0001`.
    pub fn postal_hyphen(&self) -> String {
        format!("{}-{}", &self.postal[..3], &self.postal[3..])
    }

    /// The postal code in one of the ways people write it.
    pub fn postal_styled(&self, rng: &mut Rng) -> String {
        match rng.below(6) {
            0 | 1 => self.postal_hyphen(),
            2 => format!("〒{}", self.postal_hyphen()),
            3 => format!("〒{}", full_width(&self.postal_hyphen())),
            4 => full_width(&self.postal_hyphen()),
            _ => format!("〒 {}", self.postal_hyphen()),
        }
    }
}

// ---------------------------------------------------------------- phones

#[derive(Clone, Debug)]
pub struct Phone {
    /// National digits with the leading 0.
    pub digits: String,
    /// Lengths of the three groups as people write them (3-4-4, 2-4-4, 4-2-4…).
    pub groups: [usize; 3],
}

impl Phone {
    pub fn mobile(rng: &mut Rng) -> Phone {
        let prefix = *rng.pick(&["090", "090", "080", "080", "070"]);
        // The digit after 070/080/090 is 1–9 in allocated ranges.
        Phone { digits: format!("{prefix}{}{}", rng.range(1, 9), rng.digits(7)), groups: [3, 4, 4] }
    }

    /// A fixed line in the given area: 10 digits, the local exchange fills
    /// what the area code leaves.
    pub fn fixed(rng: &mut Rng, area: &str) -> Phone {
        let exchange = 6 - area.len();
        // Local exchanges do not start with 0 or 1.
        let first = char::from(b'2' + rng.below(8) as u8);
        let digits = format!("{area}{first}{}{}", rng.digits(exchange - 1), rng.digits(4));
        Phone { digits, groups: [area.len(), exchange, 4] }
    }

    pub fn toll_free(rng: &mut Rng) -> Phone {
        Phone { digits: format!("0120{}", rng.digits(6)), groups: [4, 3, 3] }
    }

    pub fn ip(rng: &mut Rng) -> Phone {
        Phone { digits: format!("050{}{}", rng.range(1, 9), rng.digits(7)), groups: [3, 4, 4] }
    }

    fn parts(&self) -> (&str, &str, &str) {
        let [a, b, _] = self.groups;
        (&self.digits[..a], &self.digits[a..a + b], &self.digits[a + b..])
    }

    /// The plain hyphenated form, `03-1234-5678`.
    pub fn hyphen(&self) -> String {
        let (a, b, c) = self.parts();
        format!("{a}-{b}-{c}")
    }

    /// One of the ways people write a phone number.
    pub fn styled(&self, rng: &mut Rng) -> String {
        let (a, b, c) = self.parts();
        let intl = &a[1..];
        match rng.below(16) {
            0..=4 => format!("{a}-{b}-{c}"),
            5 => format!("{a}{b}{c}"),
            6 => format!("{a} {b} {c}"),
            7 => format!("{a}({b}){c}"),
            8 => format!("({a}){b}-{c}"),
            9 => format!("+81-{intl}-{b}-{c}"),
            10 => format!("+81 {intl} {b} {c}"),
            11 => format!("+81(0){intl}-{b}-{c}"),
            12 => full_width(&format!("{a}-{b}-{c}")),
            13 => format!("{a}ー{b}ー{c}"),
            14 => format!("{a}−{b}−{c}"),
            _ => format!("{a}‐{b}‐{c}"),
        }
    }
}

// ---------------------------------------------------------------- dates

/// (era name, letter, first day as y, m, d).
const ERAS: &[(&str, &str, (u16, u8, u8))] =
    &[("令和", "R", (2019, 5, 1)), ("平成", "H", (1989, 1, 8)), ("昭和", "S", (1926, 12, 25))];

/// The era, its letter and the era year of a date (from 1926-12-25 on).
pub fn era(y: u16, m: u8, d: u8) -> (&'static str, &'static str, u16) {
    for (name, letter, start) in ERAS {
        if (y, m, d) >= *start {
            return (name, letter, y - start.0 + 1);
        }
    }
    ("昭和", "S", 1)
}

/// A random birth date between two years.
pub fn birth_date(rng: &mut Rng, from: u16, to: u16) -> (u16, u8, u8) {
    let y = rng.range(from as u32, to as u32) as u16;
    let m = rng.range(1, 12) as u8;
    let days = [31, if y % 4 == 0 { 29 } else { 28 }, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m as usize - 1];
    (y, m, rng.range(1, days) as u8)
}

/// A date as text, in one of the ways Japanese forms and lists write it.
pub fn date_text(rng: &mut Rng, (y, m, d): (u16, u8, u8)) -> String {
    let (name, letter, ey) = era(y, m, d);
    let ey_text = if ey == 1 && rng.chance(0.7) { "元".to_owned() } else { ey.to_string() };
    match rng.below(13) {
        0 | 1 => format!("{y}/{m:02}/{d:02}"),
        2 => format!("{y}/{m}/{d}"),
        3 => format!("{y}-{m:02}-{d:02}"),
        4 | 5 => format!("{y}年{m}月{d}日"),
        6 => format!("{y}年{m:02}月{d:02}日"),
        7 | 8 => format!("{name}{ey_text}年{m}月{d}日"),
        9 => format!("{letter}{ey}.{m}.{d}"),
        10 => format!("{letter}{ey:02}/{m:02}/{d:02}"),
        11 => full_width(&format!("{y}/{m:02}/{d:02}")),
        _ => format!("{y}.{m}.{d}"),
    }
}

// ---------------------------------------------------------------- people

#[rustfmt::skip]
pub const FREE_MAIL: &[&str] = &[
    "gmail.com", "gmail.com", "yahoo.co.jp", "yahoo.co.jp", "icloud.com", "outlook.jp", "hotmail.co.jp",
    "docomo.ne.jp", "ezweb.ne.jp", "au.com", "softbank.ne.jp", "i.softbank.jp", "nifty.com", "biglobe.ne.jp",
    "ocn.ne.jp", "jcom.home.ne.jp",
];

#[rustfmt::skip]
pub const COMPANY_DOMAINS: &[&str] = &[
    "alpha-shoji.co.jp", "kita-kensetsu.jp", "minato-logi.co.jp", "sakura-works.or.jp", "tohoku-denki.com",
    "city.example.lg.jp", "hoken-center.jp", "bluefin-sys.co.jp",
];

#[derive(Clone, Debug)]
pub struct Person {
    pub surname: &'static str,
    pub given: &'static str,
    pub surname_kana: &'static str,
    pub given_kana: &'static str,
    pub female: bool,
    pub birth: (u16, u8, u8),
    pub home: Address,
    pub mobile: Phone,
    pub landline: Phone,
    pub email: String,
}

impl Person {
    pub fn gen(rng: &mut Rng) -> Person {
        Person::born_between(rng, 1940, 2004)
    }

    pub fn born_between(rng: &mut Rng, from: u16, to: u16) -> Person {
        let (surname, surname_kana) = *rng.pick(SURNAMES);
        let female = rng.chance(0.5);
        let (given, given_kana) = *rng.pick(if female { GIVEN_FEMALE } else { GIVEN_MALE });
        let birth = birth_date(rng, from, to);
        let home = Address::gen(rng);
        let mobile = if rng.chance(0.1) { Phone::ip(rng) } else { Phone::mobile(rng) };
        let landline = Phone::fixed(rng, home.area_code);
        let email = email_for(rng, surname_kana, given_kana, birth);
        Person { surname, given, surname_kana, given_kana, female, birth, home, mobile, landline, email }
    }

    /// A relative: same surname and address, another given name and birth date.
    pub fn relative(&self, rng: &mut Rng, female: bool, from: u16, to: u16) -> Person {
        let (given, given_kana) = *rng.pick(if female { GIVEN_FEMALE } else { GIVEN_MALE });
        let mut p = self.clone();
        p.given = given;
        p.given_kana = given_kana;
        p.female = female;
        p.birth = birth_date(rng, from, to);
        p
    }

    /// `山田 太郎`, `山田　太郎` or `山田太郎`.
    pub fn name(&self, rng: &mut Rng) -> String {
        match rng.below(3) {
            0 => format!("{} {}", self.surname, self.given),
            1 => format!("{}　{}", self.surname, self.given),
            _ => format!("{}{}", self.surname, self.given),
        }
    }

    pub fn full(&self) -> String {
        format!("{}{}", self.surname, self.given)
    }

    /// The reading in katakana, `ヤマダ タロウ`.
    pub fn kana(&self, rng: &mut Rng) -> String {
        match rng.below(3) {
            0 => format!("{}{}", self.surname_kana, self.given_kana),
            1 => format!("{}　{}", self.surname_kana, self.given_kana),
            _ => format!("{} {}", self.surname_kana, self.given_kana),
        }
    }

    pub fn sex(&self) -> &'static str {
        if self.female {
            "女"
        } else {
            "男"
        }
    }
}

/// An address built from the reading, as people choose them.
pub fn email_for(rng: &mut Rng, surname_kana: &str, given_kana: &str, birth: (u16, u8, u8)) -> String {
    let mut s = romaji(surname_kana);
    let g = romaji(given_kana);
    if rng.chance(0.5) {
        s = s.replace("ou", "o").replace("uu", "u");
    }
    let initial = &g[..1];
    let local = match rng.below(8) {
        0 => format!("{g}.{s}"),
        1 => format!("{s}.{g}"),
        2 => format!("{s}_{initial}{}", birth.0),
        3 => format!("{initial}-{s}"),
        4 => format!("{s}{g}{:02}{:02}", birth.1, birth.2),
        5 => format!("{g}_{s}{}", rng.range(1, 999)),
        6 => format!("{s}.{g}.{:02}", birth.0 % 100),
        _ => format!("{initial}{s}"),
    };
    let domain = if rng.chance(0.75) { rng.pick(FREE_MAIL) } else { rng.pick(COMPANY_DOMAINS) };
    format!("{local}@{domain}")
}

//! People: names and birth dates.
//!
//! Names in tables come from their column header (see `columns`); in prose a
//! name is a surname from the dictionary below followed by up to four
//! characters of given name and an honorific or title (`山田太郎様`,
//! `田中部長`), or any name after a label (`氏名：山田 太郎`). The dictionary is
//! the most common Japanese surnames, written from general knowledge (no name
//! list of unclear origin is used: some public ones come from leaked data).

use std::collections::HashSet;
use std::sync::OnceLock;

use super::{ceil_char_boundary, Hit, Scan};
use crate::{Evidence, Kind};

/// Common Japanese surnames (roughly the 900 most frequent, with old-form
/// variants such as 齋藤 and 渡邊): a data file, one list for the honorific
/// finder here and the prose finder (`common_surnames`). Lines starting with
/// `#` are comments.
const SURNAMES: &str = include_str!("names/common-surnames.txt");

/// FNV-1a: the surname set is probed for every name candidate, and SipHash's
/// protection against crafted keys buys nothing for a fixed dictionary.
#[derive(Default, Clone, Copy)]
pub(super) struct Fnv(u64);

impl std::hash::Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 { 0xcbf2_9ce4_8422_2325 } else { self.0 };
        for &b in bytes {
            h = (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = h;
    }
}

pub(super) type FnvSet = HashSet<&'static str, std::hash::BuildHasherDefault<Fnv>>;

fn surnames() -> &'static FnvSet {
    static SET: OnceLock<FnvSet> = OnceLock::new();
    SET.get_or_init(|| common_surnames().collect())
}

/// The common surnames above, for the prose name finder (whose own lists
/// come from a data file: it merges these in).
pub(super) fn common_surnames() -> impl Iterator<Item = &'static str> {
    SURNAMES.lines().filter(|l| !l.starts_with('#')).flat_map(str::split_whitespace)
}

/// Longest surname in the dictionary, in characters.
const MAX_SURNAME_CHARS: usize = 4;

/// Honorifics and titles that follow a name in Japanese business writing.
pub const HONORIFICS: &[&str] = &[
    "様",
    "さま",
    "さん",
    "殿",
    "氏",
    "先生",
    "君",
    "くん",
    "ちゃん",
    "部長",
    "課長",
    "係長",
    "社長",
    "主任",
    "室長",
    "専務",
    "常務",
    "所長",
    "店長",
    "次長",
    "会長",
    "理事長",
    "院長",
    "教授",
    "副社長",
    "支店長",
];

/// Labels a name follows (`氏名：山田 太郎`).
#[rustfmt::skip]
pub const NAME_LABELS: &[&str] = &[
    "氏名", "お名前", "名前", "患者名", "利用者名", "受診者名", "受診者", "申込者名", "申込者", "契約者名", "契約者", "保護者名",
    "保護者", "担当者名", "担当者", "担当", "差出人", "送信者", "対象者", "扶養家族", "扶養者", "配偶者", "フリガナ", "ふりがな",
    "お客様名", "顧客名", "候補者", "応募者", "渡航者", "運転者", "相談者", "面談者", "報告者", "申請者", "被災者", "児童名",
    "生徒名", "口座名義", "名義人", "名義", "宛名", "担任", "代表者", "主治医", "担当医", "本人氏名", "name", "full name", "kana",
    "candidate", "applicant",
];

/// Labels that name a role more often than a person (`担当：営業部`): the
/// value counts only when it starts with a dictionary surname.
const WEAK_NAME_LABELS: &[&str] = &["担当", "担当者", "差出人", "送信者", "対象者", "担任", "名義"];

fn is_name_char(c: char) -> bool {
    is_kanji(c) || matches!(c, '\u{30A1}'..='\u{30FA}' | 'ー')
}

fn is_kanji(c: char) -> bool {
    // CJK unified ideographs, extension A, compatibility ideographs (﨑) and
    // the supplementary planes (𠮷).
    matches!(c, '\u{4E00}'..='\u{9FFF}' | '\u{3400}'..='\u{4DBF}' | '\u{F900}'..='\u{FAFF}' | '\u{20000}'..='\u{3134F}' | '々' | 'ヶ')
}

/// A person's name found before an honorific: where it starts (byte offset
/// within the text given) and the dictionary surname that made it, if any.
pub struct NameSpan<'a> {
    pub start: usize,
    pub surname: Option<&'a str>,
}

fn is_hiragana(c: char) -> bool {
    ('\u{3041}'..='\u{309F}').contains(&c)
}

/// Characters a non-name noun before 様 or さん typically ends with
/// (`ご担当者様`, `貴社様`, `営業部長`), and ones it starts with (`御社`, `当方`).
const NOT_NAME_LAST: &str =
    "者社部課室局所店院科係員方人族位同殿様会団校園館省庁府県市区町長先手主客師士官業商品物事件時月年外際皆各御貴弊当全諸王神仏奥姉兄妹弟母父孫嫁婿達等宛料書案表票図版稿集覧録報告知定画策針績算金額費価数量率度化性的用向類点類式法";
const NOT_NAME_FIRST: &str = "御貴弊当本全諸各皆某同該新旧毎";

/// Endings that make a word after a surname something other than a given
/// name (`西 日本支社`, `東 口`); names ending in 人 or 子 are fine.
const NOT_GIVEN_NAME_LAST: &str = "様社部課室所店院科係員方者会団館省庁府県市区町場港駅号口側";

/// Hiragana that start verbs and endings, never a kana given name.
const VERB_KANA: &[&str] = &[
    "する", "した", "して", "され", "させ", "しま", "ない", "なる", "れる", "られ", "いる", "ある", "です", "ます",
    "った", "って",
];

/// Hiragana that may follow a name in a sentence (`…航について`, `隼人が`).
const PARTICLES_AFTER_NAME: &str = "がはのにをともへさくちらかよで";

/// Department words that precede a title without being a name (`開発課長`).
const DEPARTMENT_NAMES: &[&str] = &[
    "営業", "開発", "企画", "総務", "人事", "経理", "財務", "法務", "広報", "製造", "品質", "技術", "研究", "購買",
    "物流", "販売", "管理", "情報", "業務", "事業", "推進", "戦略", "海外", "国内", "本社", "支社", "支店", "工場",
    "第一", "第二", "第三", "統括",
];

/// Kanji words of manuals and office prose that a name not in the dictionary
/// could be mistaken for when they stand apart (`文字 表示`, `転送 機能を`,
/// `変数名 値`, `画面 中央`). The spaced pairs of the Japanese man pages
/// (tests/clean_prose.rs) gave 方向 距離 整数 属性 変数名 値 転送 機能 訳注
/// 原文 逆変換 形式; the rest are the everyday words of software manuals and
/// forms, written from general knowledge. A dictionary surname itself is never
/// checked against the list; the word after one is when it has two
/// characters or more (`中村 設定`).
#[rustfmt::skip]
const COMMON_WORDS: &[&str] = &[
    "設定", "表示", "文字", "画面", "中央", "左右", "上下", "方向", "距離", "整数", "属性", "変数", "変数名", "値",
    "転送", "機能", "訳注", "原文", "逆変換", "変換", "形式", "書式", "環境", "環境変数", "名前", "関数", "引数",
    "実行", "出力", "入力", "使用", "利用", "指定", "変更", "追加", "削除", "保存", "作成", "終了", "開始", "選択",
    "操作", "処理", "動作", "内容", "結果", "方法", "詳細", "一覧", "参照", "説明", "注意", "情報", "場合", "必要",
    "可能", "以下", "以上", "未満", "例", "例外", "注", "備考", "項目", "番号", "記号", "文書", "文章", "段落", "行",
    "列", "表", "図", "枠", "線", "色", "背景", "前景", "全体", "部分", "範囲", "位置", "配置", "左端", "右端", "先頭",
    "末尾", "最初", "最後", "次", "前", "後", "上", "下", "左", "右", "横", "縦", "幅", "高", "拡大", "縮小", "回転",
    "移動", "複製", "貼付", "検索", "置換", "印刷", "編集", "挿入", "書込", "読込", "接続", "切断", "送信", "受信",
    "起動", "停止", "再起動", "更新", "確認", "許可", "拒否", "有効", "無効", "標準", "既定", "初期", "初期値", "最大",
    "最小", "合計", "平均", "単位", "数値", "文字列", "整列", "並替", "昇順", "降順", "太字", "斜体", "下線", "字体",
    "書体", "用紙", "余白", "頁", "見出", "本文", "脚注", "目次", "索引", "図形", "画像", "写真", "動画", "音声", "日付",
    "時刻", "時間", "曜日", "月日", "年月日", "期間", "期限", "予定", "会議", "資料", "報告", "連絡", "相談", "依頼",
    "対応", "担当", "管理", "運用", "保守", "障害", "復旧", "手順", "概要", "目的", "背景色", "文字色", "線種", "矢印",
    "記述", "構文", "定義", "宣言", "型", "配列", "構造体", "関係", "演算子", "条件", "分岐", "反復", "戻値", "返値",
    // Places after a surname that is also a place (`上野 公園`, `石川 県内`, `宮崎 空港`).
    "公園", "駅前", "空港", "港湾", "県内", "県外", "県庁", "県警", "市内", "市外", "市役所", "区役所", "町内", "村内",
    "周辺", "付近", "方面", "地区", "地域", "地方", "沿線", "到着", "出発", "経由",
];

/// Whether a word is one of [`COMMON_WORDS`] (a set: it is asked for every
/// spaced word pair in a text).
fn is_common_word(word: &str) -> bool {
    static SET: OnceLock<FnvSet> = OnceLock::new();
    SET.get_or_init(|| COMMON_WORDS.iter().copied().collect()).contains(word)
}

/// Whether a run of kanji that is not in the dictionary can still be taken
/// for a name before a strong honorific: two to six characters, not a
/// role or organisation noun, not a common word.
fn plausible_unknown_name(run: &str) -> bool {
    let chars: Vec<char> = run.chars().filter(|c| *c != ' ').collect();
    if !(2..=6).contains(&chars.len()) || !chars.iter().all(|&c| is_kanji(c) || matches!(c, 'ノ' | 'ヶ' | 'ケ')) {
        return false;
    }
    let (first, last) = (chars[0], chars[chars.len() - 1]);
    !NOT_NAME_FIRST.contains(first)
        && !NOT_NAME_LAST.contains(last)
        && !DEPARTMENT_NAMES.iter().any(|d| run.contains(d))
        && !run.split(' ').any(is_common_word)
}

/// Looks backwards from the end of `before` (text ending where an honorific
/// starts) for a name: a dictionary surname with up to five characters of
/// given name (kanji, or kana as in `安藤ゆかり`), optionally with one space
/// between; or, when `unknown_ok`, a plausible name not in the dictionary
/// that stands on its own (after a space, punctuation or a particle).
pub fn name_before_honorific(before: &str, unknown_ok: bool) -> Option<NameSpan<'_>> {
    // `山崎 雄一 様`: one space may stand before the honorific.
    let before = before.strip_suffix(' ').unwrap_or(before);
    // A kana given name directly before the honorific.
    let kana_len: usize = before.chars().rev().take_while(|&c| is_hiragana(c)).take(5).map(char::len_utf8).sum();
    let body = &before[..before.len() - kana_len];
    // `に関するさまざまな`: a verb or an ending, not a kana given name.
    if VERB_KANA.iter().any(|v| before[body.len()..].starts_with(v)) {
        return None;
    }
    // `佐藤 かおり`: one space between a surname and a kana given name.
    let body = if kana_len > 0 { body.strip_suffix(' ').unwrap_or(body) } else { body };
    // The run of name characters (with at most one inner space) that ends the body.
    let mut chars: Vec<(usize, char)> = Vec::new();
    let mut spaces = 0;
    for (i, c) in body.char_indices().rev() {
        if is_name_char(c) {
            chars.push((i, c));
        } else if c == ' ' && spaces == 0 && !chars.is_empty() && kana_len == 0 {
            spaces += 1;
            chars.push((i, c));
        } else {
            break;
        }
        if chars.len() > MAX_SURNAME_CHARS + 5 {
            break;
        }
    }
    while chars.last().is_some_and(|&(_, c)| c == ' ') {
        chars.pop();
    }
    chars.reverse();
    // `カスタマーサポート部 鶴見翔太`: a space after something longer than a
    // surname separates a department from the name, not surname from given name.
    if let Some(space) = chars.iter().position(|&(_, c)| c == ' ') {
        if space > MAX_SURNAME_CHARS {
            chars.drain(..=space);
        }
    }
    if chars.is_empty() {
        return None;
    }
    // `長女様`, `次男さん`, `旦那さん`: a relative, not a name (長, 次 and 旦
    // are surnames in the dictionary).
    let run: String = chars.iter().map(|&(_, c)| c).collect();
    if super::kin::is_kin(&run) {
        return None;
    }
    let kana_given = kana_len / 3;
    // Try the earliest start first: it gives the longest name.
    for s in 0..chars.len() {
        let (start, first) = chars[s];
        if !is_kanji(first) {
            continue;
        }
        for len in (1..=MAX_SURNAME_CHARS).rev() {
            if s + len > chars.len() {
                continue;
            }
            let end = chars.get(s + len).map_or(body.len(), |&(i, _)| i);
            let candidate = &body[start..end];
            let given = chars.len() - (s + len) + kana_given;
            // A one-character surname (林, 森) only at the start of the run:
            // inside a word (`事務所`) it is not a name.
            if len == 1 && s > 0 {
                continue;
            }
            // With a kana given name the surname must end the kanji run.
            if kana_given > 0 && s + len != chars.len() {
                continue;
            }
            if given <= 5 && surnames().contains(candidate) {
                return Some(NameSpan { start, surname: surnames().get(candidate).copied() });
            }
        }
    }
    let start = chars[0].0;
    let run = &body[start..];
    let prev = body[..start].chars().next_back();
    let boundary = prev.is_none_or(|c| !is_kanji(c) && !c.is_alphanumeric() || is_hiragana(c));
    // After the polite prefix ご or お the word is a courtesy (「ご愁傷様」
    // 「ご苦労様」「ご馳走様」「お得意様」), not a name outside the dictionary.
    let polite = matches!(prev, Some('ご' | 'お'));
    (unknown_ok && kana_len == 0 && boundary && !polite && plausible_unknown_name(run))
        .then_some(NameSpan { start, surname: None })
}

/// A name cell without its annotations: `松本湊（精神科）` → `松本湊`,
/// `大島医師` → `大島`, `纐纈浩二（配偶者）、纐纈陽翔（長男）` → `纐纈浩二`.
pub fn name_core(value: &str) -> &str {
    let mut v = value.trim();
    if let Some(i) = v.find(['、', ',', '/', '／']) {
        v = v[..i].trim();
    }
    if let Some(i) = v.find(['(', '（']) {
        if i > 0 {
            v = v[..i].trim();
        }
    }
    for title in ["先生", "医師", "様", "さん", "殿", "氏"] {
        if let Some(stripped) = v.strip_suffix(title) {
            if !stripped.trim().is_empty() {
                return stripped.trim();
            }
        }
    }
    v
}

/// Values and labels of tax and HR forms that stand where a name could: the
/// categories of a 扶養控除等申告書 (一般, 特定, 老人, 同居老親等), yes/no
/// answers (有/無, ○/×, 該当/非該当) and 区分 words. Under a 扶養 or 配偶者
/// header, or after such a label, they are a category, not a person.
#[rustfmt::skip]
const FORM_WORDS: &[&str] = &[
    "一般", "特定", "老人", "同居", "別居", "同居老親等", "同居老親", "同居特別障害者", "年少", "年少者",
    "有", "無", "有り", "無し", "あり", "なし", "該当", "非該当", "不該当", "対象", "対象外", "非対象",
    "本人", "続柄", "源泉", "障害者", "特別障害者", "一般障害者", "寡婦", "ひとり親", "勤労学生", "居住者",
    "非居住者", "国外居住", "国内居住", "適用", "非適用", "適用外", "不明", "未定", "未記入", "記入", "済",
    "未", "要", "不要", "可", "不可", "合計", "小計", "備考", "摘要", "申告", "異動", "追加", "削除",
    "変更", "新規", "継続", "甲欄", "乙欄", "丙欄", "甲", "乙", "丙",
];

/// Parts of form wording that no name contains (`控除対象扶養親族`,
/// `源泉控除対象配偶者`, `区分1`).
/// (Their first characters are spelled out again in [`is_form_wording`].)
const FORM_STEMS: &[&str] = &["扶養", "控除", "配偶者", "親族", "該当", "区分", "老親", "対象", "申告", "欄"];

/// Whether a value is form wording rather than a name: a form word, words of
/// them (`特定 同居`), or anything with a form stem in it.
pub fn is_form_wording(value: &str) -> bool {
    static SET: OnceLock<FnvSet> = OnceLock::new();
    let words = SET.get_or_init(|| FORM_WORDS.iter().copied().collect());
    let v = value.trim();
    // Asked for every name found: a stem is looked for only where its first
    // character stands.
    v.char_indices().any(|(i, c)| {
        matches!(c, '扶' | '控' | '配' | '親' | '該' | '区' | '老' | '対' | '申' | '欄')
            && FORM_STEMS.iter().any(|w| v[i..].starts_with(w))
    }) || v.split([' ', '・', '、', '/', '(', ')']).filter(|p| !p.is_empty()).all(|p| words.contains(p))
        && !v.trim_matches([' ', '・', '、', '/', '(', ')']).is_empty()
}

/// Whether a word is a company's name built on a family name (`佐藤運輸`,
/// `山田食品工業`, `鈴木商店`): a customer or supplier, not a person.
fn is_company_name(value: &str) -> bool {
    static SET: OnceLock<FnvSet> = OnceLock::new();
    let endings = SET.get_or_init(|| COMPANY_ENDINGS.iter().copied().collect());
    let v = value.trim_end();
    // Asked for every name found: the endings are looked up by suffix (at
    // most eight characters), the legal forms only where one could be.
    let ending = v.char_indices().rev().take(8).any(|(i, _)| i > 0 && endings.contains(&v[i..]));
    ending
        || v.contains(['会', '法', '(', '㈱', '㈲'])
            && super::keywords::ORGANISATION_FORMS.iter().any(|f| v.starts_with(f) || v.ends_with(f))
}

/// Whether a short value from a name column or after a name label looks like a
/// person's name (kanji, kana or Latin letters, at most a few spaces).
pub fn looks_like_name(value: &str) -> bool {
    let v = name_core(value);
    if is_form_wording(v) {
        return false;
    }
    let count = v.chars().filter(|c| !c.is_whitespace()).count();
    if !(1..=40).contains(&count) {
        return false;
    }
    if v.chars().any(|c| c.is_ascii_digit() || c == '@') {
        return false;
    }
    // Kanji, kana and Latin letters (a table lookup for other scripts only).
    let letters = v
        .chars()
        .filter(|&c| is_name_char(c) || is_hiragana(c) || c.is_ascii_alphabetic() || !c.is_ascii() && c.is_alphabetic())
        .count();
    letters * 10 >= count * 8
}

/// Whether the name starts with a surname from the dictionary (raises confidence).
pub fn starts_with_surname(value: &str) -> Option<&'static str> {
    let v = value.trim();
    let mut ends: Vec<usize> = v.char_indices().map(|(i, _)| i).skip(1).take(MAX_SURNAME_CHARS).collect();
    ends.push(v.len());
    ends.into_iter().rev().find_map(|e| surnames().get(v.get(..e)?).copied())
}

fn push_name(text: &str, start: usize, end: usize, surname: Option<&str>, label: Evidence, out: &mut Vec<Hit>) {
    let value = text[start..end].trim_end();
    let end = start + value.len();
    if is_company_name(value) || is_form_wording(value) {
        return;
    }
    let (conf, mut evidence) = match surname {
        Some(sn) if value.chars().count() > sn.chars().count() => (0.92, vec![Evidence::Dictionary(sn.to_owned())]),
        Some(sn) => (0.85, vec![Evidence::Dictionary(sn.to_owned())]),
        None => (0.75, Vec::new()),
    };
    evidence.push(label);
    out.push(Hit::new(Kind::PersonName, text, start, end, conf, evidence));
}

/// Honorifics after which an unknown word is still taken for a name
/// (`雲雀さん`, `九十九課長`); after 君 or ちゃん it is not.
fn strong_honorific(word: &str) -> bool {
    !matches!(word, "君" | "くん" | "ちゃん")
}

/// Kanji that make a word with 様 (`仕様`, `同様`, `模様`), not an honorific.
const SAMA_COMPOUNDS: &str = "仕同模多異一有態文紋図左斯各";

/// Company-name endings: `前田建設様`, `日通さん` are customers, not people.
const COMPANY_ENDINGS: &[&str] = &[
    "建設",
    "運輸",
    "工業",
    "製作所",
    "商事",
    "物産",
    "産業",
    "電機",
    "電気",
    "通運",
    "急便",
    "運送",
    "物流",
    "銀行",
    "証券",
    "保険",
    "不動産",
    "商店",
    "工務店",
    "事務所",
    "病院",
    "医院",
    "薬局",
    "電工",
    "化学",
    "製薬",
    "食品",
    "通信",
    "電子",
    "技研",
    "興業",
    "開発",
    "印刷",
    "出版",
    "新聞",
    "放送",
    "交通",
    "鉄道",
    "航空",
    "観光",
    "設計",
    "精機",
    "重工",
    "自動車",
    "ホールディングス",
    "グループ",
    "通",
];

/// `ジョン・スミスさん`, `タカハシ ミチル様`: a katakana name is taken only when
/// written as a full name (two parts), since one katakana word before さん is
/// as often a company (`ヤマトさん`).
fn katakana_full_name(before: &str) -> Option<usize> {
    let before = before.strip_suffix(' ').unwrap_or(before);
    let run: usize = before
        .chars()
        .rev()
        .take_while(|&c| matches!(c, '\u{30A1}'..='\u{30FA}' | 'ー' | '・' | ' '))
        .take(20)
        .map(char::len_utf8)
        .sum();
    let name = before[before.len() - run..].trim_start_matches([' ', '・']);
    let parts = name.split([' ', '・']).filter(|p| p.chars().count() >= 2).count();
    (parts >= 2).then(|| before.len() - name.len())
}

/// `山田太郎様`, `田中部長`, `雲雀さん`: a name before the honorific at `s..e`.
pub(super) fn honorific(scan: &Scan<'_>, s: usize, e: usize, word: &str, out: &mut Vec<Hit>) -> Option<usize> {
    let text = scan.text;
    // 氏名 is a label, not 氏 the honorific.
    if word == "氏" && text[e..].starts_with('名') {
        return None;
    }
    let prev = text[..s].chars().next_back();
    if word == "様" && prev.is_some_and(|c| SAMA_COMPOUNDS.contains(c)) {
        return None;
    }
    // `様々`, `さまざま`: "various", not an honorific.
    if matches!(word, "様" | "さま") && text[e..].starts_with(['々', 'ざ']) {
        return None;
    }
    if COMPANY_ENDINGS.iter().any(|c| text[..s].trim_end_matches(' ').ends_with(c)) {
        return None;
    }
    let lo = ceil_char_boundary(text, s.saturating_sub(48));
    match name_before_honorific(&text[lo..s], strong_honorific(word)) {
        Some(name) => push_name(text, lo + name.start, s, name.surname, Evidence::Label(word.to_owned()), out),
        None => {
            let start = lo + katakana_full_name(&text[lo..s])?;
            push_name(text, start, s, None, Evidence::Label(word.to_owned()), out);
        }
    }
    Some(e)
}

/// `Ms. Yuko Tanaka`, `Dr. Priya Raman`.
pub(super) fn latin_name(scan: &Scan<'_>, s: usize, e: usize, out: &mut Vec<Hit>) -> Option<usize> {
    let text = scan.text;
    if s > 0 && text.as_bytes()[s - 1].is_ascii_alphanumeric() {
        return Some(e);
    }
    let title_end = text[s..e].find(' ')? + s;
    let title = text[s..title_end].to_owned();
    out.push(Hit::new(Kind::PersonName, text, title_end + 1, e, 0.85, vec![Evidence::Label(title)]));
    Some(e)
}

/// `アルファ商事の菅原です`, `山田と申します`: a dictionary surname introducing
/// itself, after a particle or at the start of a line.
pub(super) fn self_introduction(scan: &Scan<'_>, s: usize, out: &mut Vec<Hit>) -> Option<usize> {
    let text = scan.text;
    let lo = ceil_char_boundary(text, s.saturating_sub(30));
    let before = &text[lo..s];
    let run: usize =
        before.chars().rev().take_while(|&c| is_kanji(c)).take(MAX_SURNAME_CHARS + 3).map(char::len_utf8).sum();
    if run == 0 {
        return None;
    }
    let start = s - run;
    let prev = text[..start].chars().next_back();
    if !prev.is_none_or(|c| matches!(c, 'の' | 'は' | '、' | ' ' | '\n' | '\t' | '。')) {
        return None;
    }
    let value = &text[start..s];
    // `田中様です`, `田中部長です`: the honorific already gave the name.
    if HONORIFICS.iter().any(|h| value.ends_with(h)) {
        return None;
    }
    let surname = match starts_with_surname(value) {
        Some(sn) if value.chars().count() <= sn.chars().count() + 3 => Some(sn),
        Some(_) => return None,
        // `株式会社アルファ商事の纐纈です`: after an organisation's name, an unknown
        // word introducing itself is a name too. Cheap checks first: です is everywhere.
        None => {
            let sentence_end =
                text[s..].strip_prefix("です").is_some_and(|r| r.is_empty() || r.starts_with(['。', '\n', '!', '！']));
            if prev != Some('の') || !sentence_end || value.chars().count() > 4 || !plausible_unknown_name(value) {
                return None;
            }
            let line_start = text[..start].rfind('\n').map_or(0, |i| i + 1);
            if !super::keywords::ORGANISATION_FORMS.iter().any(|f| text[line_start..start].contains(f)) {
                return None;
            }
            None
        }
    };
    push_name(text, start, s, surname, Evidence::Label("です".to_owned()), out);
    Some(s)
}

/// What may stand right before a written-out name: a line start, a bullet,
/// punctuation, a space, or a particle (`倉庫課の佐藤 美奈子が`).
fn name_can_start_after(c: Option<char>) -> bool {
    c.is_none_or(|c| {
        c.is_whitespace()
            || matches!(
                c,
                '・' | '、'
                    | '。'
                    | '「'
                    | '『'
                    | '('
                    | ':'
                    | '-'
                    | '*'
                    | '●'
                    | '■'
                    | '◆'
                    | '>'
                    | 'の'
                    | 'は'
                    | 'と'
                    | 'が'
                    | '.'
                    // After a verb's attributive form: 「担当しておりました田中 誠一が」.
                    | 'た'
                    | 'る'
            )
    })
}

/// What may follow a written-out name: an end, a space, punctuation, an
/// honorific or a particle.
fn name_can_end_before(c: Option<char>) -> bool {
    c.is_none_or(|c| c.is_whitespace() || is_hiragana(c) || !c.is_alphanumeric())
}

/// An honorific or a title written after a space (「小西 先生が」「山本 部長に」
/// 「佐藤 様」): it follows the surname, it is no given name. Titles of two
/// characters or more also as the start of the word (「小西 先生方」); a
/// one-character one (君, 様) only whole, for 「君江」 is a given name.
fn is_honorific_word(word: &str) -> bool {
    HONORIFICS.iter().any(|h| word == *h || h.chars().count() >= 2 && word.starts_with(h))
}

/// A name written out in full with a space between surname and given name —
/// a signature line (`山田 幸雄`), a list (`・比嘉 美奈子 総務部`), a sentence
/// (`倉庫課の佐藤 美奈子が`). Japanese prose has no spaces between words, so
/// `dictionary surname + space + one to four characters` is a strong sign.
pub(super) fn spaced_names(text: &str, out: &mut Vec<Hit>) {
    let bytes = text.as_bytes();
    for space in memchr::memchr_iter(b' ', bytes) {
        let before = &text[..space];
        let family_len: usize = before.chars().rev().take_while(|&c| is_kanji(c)).take(5).map(char::len_utf8).sum();
        let family = &before[before.len() - family_len..];
        let family_chars = family.chars().count();
        let known = surnames().contains(family);
        // A surname outside the dictionary (`野々村 航`, `藤堂 隼人`) still counts
        // when it reads like one and the given name is kanji (checked below).
        if family_chars == 0 || family_chars > 4 || !known && !plausible_unknown_name(family) {
            continue;
        }
        let start = space - family_len;
        let prev = text[..start].chars().next_back();
        if !name_can_start_after(prev) || family_chars == 1 && prev.is_some_and(|c| c != '\n') {
            continue;
        }
        let after = &text[space + 1..];
        let given_len: usize = after.chars().take_while(|&c| is_name_char(c)).take(5).map(char::len_utf8).sum();
        let given_len = if given_len == 0 {
            // A kana given name (`北村 みどり`) must end the line or stand before a bracket.
            let kana: usize = after.chars().take_while(|&c| is_hiragana(c)).take(5).map(char::len_utf8).sum();
            let next = after[kana..].chars().next();
            if next.is_none_or(|c| c == '\n' || c == ' ' || c == '(' || c == '、') {
                kana
            } else {
                0
            }
        } else {
            given_len
        };
        let given = &after[..given_len];
        let given_chars = given.chars().count();
        if !(1..=4).contains(&given_chars) || !name_can_end_before(after[given_len..].chars().next()) {
            continue;
        }
        let last = given.chars().next_back();
        // `中村 設定`, `上野 公園`: a word after a surname; one-character words
        // (`行`, `高`) are given names too often to be ruled out.
        let common = given_chars >= 2 && is_common_word(given);
        if common
            || last.is_some_and(|c| NOT_GIVEN_NAME_LAST.contains(c))
            || COMPANY_ENDINGS.iter().any(|c| given.ends_with(c))
            || is_company_name(family)
            || is_form_wording(family)
            || is_form_wording(given)
            || is_honorific_word(given)
        {
            continue;
        }
        // Without the dictionary, the name must also end a phrase (`藤堂 隼人` at the
        // end of a line, `野々村 航について`), not run on into more words (`保険証 記号 12`).
        let next = after[given_len..].chars().next();
        let ends_phrase =
            next.is_none_or(|c| matches!(c, '\n' | '\r' | '(' | '、' | '。') || PARTICLES_AFTER_NAME.contains(c));
        let starts_phrase = prev.is_none_or(|c| matches!(c, '\n' | '・' | ':' | '(' | '「' | 'の' | ' '));
        if !known
            && (!ends_phrase
                || is_common_word(given)
                || !starts_phrase
                || family_chars > 3
                || !given.chars().all(is_kanji)
                || given_chars > 3
                || DEPARTMENT_NAMES.iter().any(|d| given.contains(d)))
        {
            continue;
        }
        let end = space + 1 + given_len;
        let (confidence, evidence) = if known {
            (0.85, vec![Evidence::Dictionary(family.to_owned()), Evidence::Format])
        } else {
            (0.7, vec![Evidence::Format])
        };
        out.push(Hit::new(Kind::PersonName, text, start, end, confidence, evidence));
    }
}

/// Whether every part of a Latin name is written the same way: all capitals,
/// or a capital followed by small letters.
fn latin_parts_alike(value: &str) -> bool {
    let caps = |p: &str| p.bytes().all(|b| b.is_ascii_uppercase());
    let title = |p: &str| p.bytes().skip(1).all(|b| b.is_ascii_lowercase()) && p.len() > 1;
    let parts: Vec<&str> = value.split(' ').filter(|p| !p.is_empty()).collect();
    parts.iter().all(|p| caps(p)) || parts.iter().all(|p| title(p))
}

/// `氏名：山田 太郎`, `Name: Taro Yamada`: the name after the label ending at `e`.
pub(super) fn name_label(scan: &Scan<'_>, e: usize, label: &str, out: &mut Vec<Hit>) -> Option<usize> {
    let text = scan.text;
    let after = text[e..].trim_start_matches([' ', '\t']);
    let (explicit, rest) = match after.chars().next()? {
        ':' | '=' => (true, &after[1..]),
        // `名前 (環境変数 …)`, `配偶者(特定)`: a bracket after a label explains
        // the word; a name in it is taken on the dictionary only.
        '(' => (false, &after[1..]),
        'は' => (false, &after['は'.len_utf8()..]),
        _ if after.len() < text.len() - e => (false, after),
        _ => return None,
    };
    let rest = rest.trim_start_matches([' ', '\t']);
    let value_start = text.len() - rest.len();
    // A Latin name after a label (`Name: Taro Yamada`, `名義 TAKESHI KUDO`).
    let latin = label.is_ascii() || rest.as_bytes().first().is_some_and(u8::is_ascii_uppercase);
    let part = |s: &str| -> usize {
        if latin {
            let n = s.bytes().take_while(u8::is_ascii_alphabetic).count();
            if s.as_bytes().first().is_some_and(u8::is_ascii_uppercase) {
                n
            } else {
                0
            }
        } else {
            s.chars().take(8).take_while(|&c| is_name_char(c)).map(char::len_utf8).sum()
        }
    };
    let first = part(rest);
    if first == 0 {
        return None;
    }
    let mut len = first;
    let mut parts = 1;
    while parts < 3 && rest[len..].starts_with(' ') {
        let more = part(&rest[len + 1..]);
        if more == 0 {
            break;
        }
        len += 1 + more;
        parts += 1;
    }
    let value = &rest[..len];
    if is_form_wording(value) || is_company_name(value) {
        return None;
    }
    let next = rest[len..].chars().next();
    let followed_by_kana = next.is_some_and(|c| ('\u{3041}'..='\u{309F}').contains(&c));
    let surname = starts_with_surname(value);
    let weak = WEAK_NAME_LABELS.contains(&label);
    let accepted = if latin {
        // Without a colon the parts must be styled alike, as names are
        // (`Taro Yamada`, `TAKESHI KUDO`), not `LZMA Utils`.
        parts >= 2 && (explicit || !label.is_ascii() && latin_parts_alike(value))
    } else {
        surname.is_some() || !weak && explicit && !followed_by_kana && value.chars().count() >= 2
    };
    if !accepted {
        return None;
    }
    let mut evidence = vec![Evidence::Label(label.to_owned())];
    if let Some(sn) = surname {
        evidence.push(Evidence::Dictionary(sn.to_owned()));
    }
    let conf = if surname.is_some() { 0.95 } else { 0.85 };
    out.push(Hit::new(Kind::PersonName, text, value_start, value_start + len, conf, evidence));
    Some(value_start + len)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_names_before_honorifics() {
        let n = name_before_honorific("本日は山田太郎", true).map(|n| n.start);
        assert_eq!(n, Some("本日は".len()));
        assert!(name_before_honorific("営業部の田中", true).is_some());
        assert!(name_before_honorific("お客", true).is_none());
        assert!(name_before_honorific("皆", true).is_none());
        for courtesy in ["このたびはご愁傷", "ご苦労", "ごちそうさま。ご馳走", "お得意"] {
            assert!(name_before_honorific(courtesy, true).is_none(), "{courtesy}");
        }
        assert!(name_before_honorific("営業", true).is_none());
        assert!(name_before_honorific("ご担当者", true).is_none());
        for kin in ["長女", "次男", "旦那", "ご主人", "息子", "娘"] {
            assert!(name_before_honorific(kin, true).is_none(), "{kin}");
        }
        // A given name ending like one is still a name.
        assert!(name_before_honorific("和男", true).is_some());
        assert!(name_before_honorific("事務所", true).is_none(), "所 inside a word is not a surname");
        let n = name_before_honorific("担当 佐藤 花子", true).map(|n| n.start);
        assert_eq!(n, Some("担当 ".len()));
        assert_eq!(name_before_honorific("先日、安藤ゆかり", true).map(|n| n.start), Some("先日、".len()));
        assert_eq!(name_before_honorific("\n雲雀", true).map(|n| n.surname), Some(None));
        assert!(name_before_honorific("\n雲雀", false).is_none());
    }

    #[test]
    fn name_values() {
        assert!(looks_like_name("山田 太郎"));
        assert!(looks_like_name("ヤマダ タロウ"));
        assert!(looks_like_name("Taro Yamada"));
        assert!(!looks_like_name("090-1234-5678"));
        assert_eq!(starts_with_surname("佐々木一郎"), Some("佐々木"));
    }
}

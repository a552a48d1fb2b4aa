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

use super::{Hit, Scan};
use crate::{Evidence, Kind};

/// Common Japanese surnames (roughly the 400 most frequent).
const SURNAMES: &str = "佐藤 鈴木 高橋 田中 伊藤 渡辺 渡邊 渡部 山本 中村 小林 加藤 吉田 山田 佐々木 山口 松本 井上 木村 林 斎藤 斉藤 齋藤 清水 山崎 森 池田 橋本 阿部 石川 山下 中島 石井 小川 前田 岡田 長谷川 藤田 後藤 近藤 村上 遠藤 青木 坂本 斉木 福田 太田 西村 藤井 金子 岡本 藤原 中野 三浦 原田 中川 松田 竹内 小野 田村 中山 和田 石田 森田 上田 原 柴田 酒井 工藤 横山 宮崎 宮本 内田 高木 安藤 谷口 大野 丸山 今井 高田 藤本 武田 村田 上野 杉山 増田 平野 大塚 千葉 久保 松井 小島 岩崎 桜井 野口 松尾 野村 木下 菊地 菊池 佐野 大西 杉本 新井 浜田 菅原 市川 水野 小松 島田 古川 小山 高野 西田 菅野 西川 五十嵐 北村 安田 中田 川口 平田 川崎 飯田 吉川 本田 久保田 沢田 辻 関 吉村 渡会 岩田 中西 服部 樋口 福島 川上 永井 松岡 田口 山中 森本 土屋 矢野 広瀬 秋山 石原 松下 大橋 松浦 吉岡 小池 馬場 浅野 荒木 大久保 野田 小沢 田辺 川村 星野 黒田 堀 尾崎 望月 永田 熊谷 内藤 松村 西山 大谷 平井 大島 岩本 片山 本間 早川 横田 岡崎 荒井 大石 鎌田 成田 宮田 小田 石橋 篠原 須藤 河野 大沢 小西 南 高山 栗原 伊東 松原 三宅 福井 大森 奥村 岡 内山 片岡 桑原 関口 北川 上原 今村 富田 三上 土井 大竹 西 武藤 須田 中林 小笠原 吉野 田島 西尾 八木 東 川端 平山 笠原 坂口 川島 河合 白石 堀内 野崎 金井 大川 飯島 村山 竹田 浅井 安達 小原 宮下 坂田 松永 田代 小泉 古田 上村 谷 渡邉 堤 林田 野中 小松崎 稲垣 緒方 杉浦 栗田 関根 田上 永野 大木 中尾 川田 桑田 植田 米田 吉原 原口 梅田 矢島 堀田 今野 石黒 岩井 森下 新田 大村 高井 藤川 奥田 細川 黒川 西野 三好 宇野 石塚 臼井 福本 松川 中谷 長田 石山 古賀 松島 秋元 水谷 竹中 竹下 島 青山 寺田 本多 浅田 長尾 香川 沖 赤木 河村 長島 花田 津田 中本 岡部 江口 川野 宮川 木内 岸 岸本 戸田 有馬 国分 宮内 篠崎 大嶋 高島 石崎 内野 森川 西岡 比嘉 金城 大城 宮城 新垣 玉城 上地 仲村 照屋 知念 諸星 神田 中澤 中沢 小澤 長沼 藤野 野本 川合 滝沢 寺島 杉田 神谷 小倉 中井 大山 坂井 吉沢 吉澤 村井 岩瀬 柳田 柳沢 松山 森山 北野 小森 萩原 榎本 市原 岡野 塚本 石本 大平 志村 三木 水上 猪股 日高 畑中 服部 飯塚 白井 島崎 茂木 相馬 相沢 相澤 宮原 浅見 根本 野沢 村松 小田切 織田 青柳 牧野 西沢 金田 内海 奥山 平松 徳田 荻野 安井 米山 脇田 江藤 森永 末永 清田 柏木 藤岡 大川原 北原 倉田 若林 若松 杉原 真田 長野 福原 落合 本郷 窪田 竹本 野上 宮沢 堀江 高須 遠山 稲葉 川本 東海林 湯浅 浜野 住吉 田原 中原 吉本 岡村 岡山 鳥居 葛西 大田 谷川 梶原 我妻 赤坂 早坂 二宮 神野 今泉 角田 福永 武井 植松 宮坂 岩佐 杉村 溝口 浜口 西本 磯部 寺尾 片桐 石岡 木原 平川 伊達 三井 桜田 柳 岩下 大河内 沼田 高瀬 本山 松崎 野原 金丸 大畑 瀬戸 森岡 原島 中嶋 黒木 堀川";

fn surnames() -> &'static HashSet<&'static str> {
    static SET: OnceLock<HashSet<&'static str>> = OnceLock::new();
    SET.get_or_init(|| SURNAMES.split_whitespace().collect())
}

/// Longest surname in the dictionary, in characters.
const MAX_SURNAME_CHARS: usize = 4;

/// Honorifics and titles that follow a name in Japanese business writing.
pub const HONORIFICS: &[&str] = &[
    "様", "さま", "さん", "殿", "氏", "先生", "君", "くん", "ちゃん", "部長", "課長", "係長", "社長", "主任",
    "室長", "専務", "常務", "所長", "店長", "次長", "会長", "理事長", "院長", "教授", "副社長", "支店長",
];

/// Labels a name follows (`氏名：山田 太郎`).
pub const NAME_LABELS: &[&str] = &[
    "氏名", "お名前", "名前", "患者名", "利用者名", "受診者名", "受診者", "申込者名", "申込者", "契約者名", "契約者", "保護者名",
    "保護者", "担当者名", "担当者", "フリガナ", "ふりがな", "name", "full name",
];

fn is_name_char(c: char) -> bool {
    matches!(c, '\u{4E00}'..='\u{9FFF}' | '\u{3400}'..='\u{4DBF}' | '々' | 'ヶ' | '\u{30A1}'..='\u{30FA}' | 'ー')
}

fn is_kanji(c: char) -> bool {
    matches!(c, '\u{4E00}'..='\u{9FFF}' | '\u{3400}'..='\u{4DBF}' | '々' | 'ヶ')
}

/// A person's name found before an honorific: the span (byte offsets within
/// `before`) and the surname that made it.
pub struct NameSpan<'a> {
    pub start: usize,
    pub surname: &'a str,
}

/// Looks backwards from the end of `before` (text ending where an honorific
/// starts) for `surname + up to four characters of given name`, optionally with
/// one space between the two.
pub fn name_before_honorific(before: &str) -> Option<NameSpan<'_>> {
    // Collect the run of name characters (with at most one inner space) that ends the text.
    let mut chars: Vec<(usize, char)> = Vec::new();
    let mut spaces = 0;
    for (i, c) in before.char_indices().rev() {
        if is_name_char(c) {
            chars.push((i, c));
        } else if c == ' ' && spaces == 0 && !chars.is_empty() {
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
            let end = chars.get(s + len).map_or(before.len(), |&(i, _)| i);
            let candidate = &before[start..end];
            let given = chars.len() - (s + len);
            if given <= 5 && surnames().contains(candidate) {
                return Some(NameSpan { start, surname: candidate });
            }
        }
    }
    None
}

/// Whether a short value from a name column or after a name label looks like a
/// person's name (kanji, kana or Latin letters, at most one or two spaces).
pub fn looks_like_name(value: &str) -> bool {
    let v = value.trim();
    let count = v.chars().count();
    if !(1..=40).contains(&count) {
        return false;
    }
    if v.chars().any(|c| c.is_ascii_digit() || c == '@') {
        return false;
    }
    let letters = v.chars().filter(|&c| c.is_alphabetic()).count();
    letters * 10 >= count * 7
}

/// Whether the name starts with a surname from the dictionary (raises confidence).
pub fn starts_with_surname(value: &str) -> Option<&'static str> {
    let v = value.trim();
    let mut ends: Vec<usize> = v.char_indices().map(|(i, _)| i).skip(1).take(MAX_SURNAME_CHARS).collect();
    ends.push(v.len());
    ends.into_iter().rev().find_map(|e| surnames().get(v.get(..e)?).copied())
}

fn push_name(text: &str, start: usize, end: usize, surname: &str, label: Evidence, out: &mut Vec<Hit>) {
    let value = text[start..end].trim_end();
    let end = start + value.len();
    let conf = if value.chars().count() > surname.chars().count() { 0.92 } else { 0.85 };
    out.push(Hit::new(Kind::PersonName, text, start, end, conf, vec![Evidence::Dictionary(surname.to_owned()), label]));
}

/// `山田太郎様`, `田中部長`: a dictionary surname before the honorific at `s..e`.
pub(super) fn honorific(scan: &Scan<'_>, s: usize, e: usize, word: &str, out: &mut Vec<Hit>) -> Option<usize> {
    let text = scan.text;
    // 氏名 is a label, not 氏 the honorific.
    if word == "氏" && text[e..].starts_with('名') {
        return None;
    }
    let mut lo = s.saturating_sub(48);
    while !text.is_char_boundary(lo) {
        lo += 1;
    }
    let name = name_before_honorific(&text[lo..s])?;
    push_name(text, lo + name.start, s, name.surname, Evidence::Label(word.to_owned()), out);
    Some(e)
}

/// `氏名：山田 太郎`, `Name: Taro Yamada`: the name after the label ending at `e`.
pub(super) fn name_label(scan: &Scan<'_>, e: usize, label: &str, out: &mut Vec<Hit>) -> Option<usize> {
    let text = scan.text;
    let after = text[e..].trim_start_matches(' ');
    let (explicit, rest) = match after.chars().next()? {
        ':' | '=' => (true, &after[1..]),
        'は' => (false, &after['は'.len_utf8()..]),
        _ if after.len() < text.len() - e => (false, after),
        _ => return None,
    };
    let rest = rest.trim_start_matches(' ');
    let value_start = text.len() - rest.len();
    let latin = label.is_ascii();
    let part = |s: &str| -> usize {
        if latin {
            let n = s.bytes().take_while(u8::is_ascii_alphabetic).count();
            if s.as_bytes().first().is_some_and(u8::is_ascii_uppercase) { n } else { 0 }
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
    let next = rest[len..].chars().next();
    let followed_by_kana = next.is_some_and(|c| ('\u{3041}'..='\u{309F}').contains(&c));
    let surname = starts_with_surname(value);
    let accepted = if latin {
        explicit && parts >= 2
    } else {
        surname.is_some() || explicit && !followed_by_kana && value.chars().count() >= 2
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
        let n = name_before_honorific("本日は山田太郎").map(|n| n.start);
        assert_eq!(n, Some("本日は".len()));
        assert!(name_before_honorific("営業部の田中").is_some());
        assert!(name_before_honorific("お客").is_none());
        assert!(name_before_honorific("皆").is_none());
        assert!(name_before_honorific("営業").is_none());
        let n = name_before_honorific("担当 佐藤 花子").map(|n| n.start);
        assert_eq!(n, Some("担当 ".len()));
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

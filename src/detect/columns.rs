//! Reading a table the way a person does: the header says what a column
//! holds, and the values confirm it. Columns of names, addresses, IDs and
//! special-care data have no shape a regex could check, so their header makes
//! every non-empty value a finding; columns of numbers are checked value by
//! value with the header as context (a phone column still needs phone-shaped
//! values).

use std::sync::Arc;

use super::{dates, people, special_care, Context, Engine, HeaderClass, Hit};
use crate::{Evidence, Family, Kind};

/// Kinds whose values are taken on the header's word (after a sanity check).
fn header_decides(kind: Kind) -> bool {
    matches!(
        kind,
        Kind::PersonName
            | Kind::Address
            | Kind::EmployeeId
            | Kind::HealthInsurance
            | Kind::Password
            | Kind::BirthDate
            | Kind::Passport
            | Kind::DriversLicense
            | Kind::ResidenceCard
    ) || kind.family() == Family::SpecialCare
}

/// Finds what a cell holds. `value` is folded text; `header` is the column's
/// reading, if the table has a header row.
pub fn cell_hits(
    engine: &Engine,
    header: Option<(&HeaderClass, &Arc<str>)>,
    value: &str,
    out: &mut Vec<Hit>,
    orgs: &mut Vec<String>,
) {
    let trimmed = value.trim();
    if trimmed.is_empty() {
        return;
    }
    if let Some((class, header_text)) = header {
        if class.kind == Some(Kind::PersonName) && is_business_name(trimmed) {
            // `山田運輸` under 顧客名 is a customer firm: read as any cell.
            engine.scan_cell(value, Context { in_cell: true, ..Context::default() }, out, orgs);
            return;
        }
        if let Some(kind) = class.kind {
            if header_decides(kind) {
                if let Some(hit) = header_value(kind, header_text, value) {
                    out.push(hit);
                    return;
                }
            }
            if kind == Kind::Phone {
                // Phone numbers typed into a numeric cell lose their leading 0.
                if let Some(fixed) = restore_leading_zero(trimmed) {
                    let start = out.len();
                    let ctx = Context { header: Some(class), header_text: Some(header_text), in_cell: true };
                    engine.scan_cell(&fixed, ctx, out, orgs);
                    for h in &mut out[start..] {
                        h.start = 0;
                        h.end = value.len();
                        h.value = fixed.clone();
                    }
                    return;
                }
            }
        }
        let ctx = Context { header: Some(class), header_text: Some(header_text), in_cell: true };
        engine.scan_cell(value, ctx, out, orgs);
    } else {
        engine.scan_cell(value, Context { in_cell: true, ..Context::default() }, out, orgs);
    }
}

/// Headers of columns that name things — a book's title, a product, a
/// course (書名, 商品名, 講座名) — whose cells are titles, not facts about people.
const THING_HEADERS: &[&str] = &[
    "書名",
    "タイトル",
    "題名",
    "表題",
    "作品名",
    "資料名",
    "図書名",
    "商品名",
    "品名",
    "品目",
    "講座名",
    "研修名",
    "演題",
    "番組名",
    "科目名",
    "授業名",
];

/// Words that make a things column a record of care (薬品名, 処方品名, 病名):
/// a patient's medicines are their medical history.
const CARE_WORDS: &[&str] = &["薬", "処方", "病", "症", "診", "治療"];

/// Whether a header names things rather than people's attributes: special-care
/// terms in its cells (「よくわかる高血圧の新常識」 under 書名) are what a book
/// or a course is about, not anyone's condition.
pub fn names_things(header: &str) -> bool {
    let h = header.trim();
    (THING_HEADERS.iter().any(|t| h.contains(t)) || h.eq_ignore_ascii_case("title"))
        && !CARE_WORDS.iter().any(|w| h.contains(w))
}

fn restore_leading_zero(v: &str) -> Option<String> {
    let all_digits = v.bytes().all(|b| b.is_ascii_digit());
    (all_digits && (9..=10).contains(&v.len()) && !v.starts_with('0')).then(|| format!("0{v}"))
}

/// A whole-cell finding under a header that decides the kind, or `None` when
/// the value does not fit (then the cell is scanned like any text).
fn header_value(kind: Kind, header_text: &Arc<str>, value: &str) -> Option<Hit> {
    let v = value.trim();
    let start = value.len() - value.trim_start().len();
    let mut evidence = vec![Evidence::Header(header_text.clone())];
    let confidence = match kind {
        Kind::PersonName => {
            // The legal-form check only where one could be (`会`, `法`, `(株)`).
            let organisation = v.contains(['会', '法', '(', '㈱', '㈲'])
                && super::keywords::ORGANISATION_FORMS.iter().any(|f| v.contains(f));
            if special_care::is_negative_answer(v) || !people::looks_like_name(v) || organisation {
                return None;
            }
            if let Some(sn) = people::starts_with_surname(v) {
                evidence.push(Evidence::Dictionary(sn.to_owned()));
                0.99
            } else {
                0.93
            }
        }
        Kind::Address => {
            let places = v.chars().any(|c| matches!(c, '都' | '道' | '府' | '県' | '市' | '区' | '町' | '村' | '郡'));
            if !(places || v.chars().any(|c| c.is_ascii_digit()) && v.chars().count() >= 6) {
                return None;
            }
            0.95
        }
        Kind::BirthDate => {
            dates::parse(v)?;
            0.97
        }
        // Document numbers vary by issuing country and era; under their header
        // any code of letters and at least four digits is one.
        Kind::Passport | Kind::DriversLicense | Kind::ResidenceCard => {
            let code: String = v.chars().filter(|c| !matches!(c, ' ' | '-')).collect();
            let digits = code.chars().filter(char::is_ascii_digit).count();
            if !(6..=16).contains(&code.len()) || !code.chars().all(|c| c.is_ascii_alphanumeric()) || digits < 4 {
                return None;
            }
            0.95
        }
        Kind::EmployeeId | Kind::HealthInsurance => {
            if v.chars().count() > 32 || !v.chars().any(|c| c.is_alphanumeric()) || special_care::is_negative_answer(v)
            {
                return None;
            }
            0.92
        }
        Kind::Password => {
            if special_care::is_negative_answer(v) {
                return None;
            }
            0.9
        }
        _ if kind.family() == Family::SpecialCare => {
            if special_care::is_negative_answer(v) {
                return None;
            }
            0.95
        }
        _ => return None,
    };
    Some(Hit { kind, start, end: start + v.len(), value: v.to_owned(), confidence, evidence, needs_person: false })
}

/// Reads a label or header cell: the header keywords first, then the same
/// text without spaces (`氏　名`, `住 所`: forms spread a short label over
/// its cell), then the identifiers Japanese forms split over two words or two
/// header rows (`健康保険` `記号`, `年金手帳` `番号`, `運転免許` `番号`),
/// which no single keyword covers.
pub fn classify_label(engine: &Engine, label: &str) -> Option<HeaderClass> {
    if let Some(class) = engine.classify_header(label) {
        return Some(class);
    }
    let folded = crate::normalize::fold(label);
    let compact: String =
        folded.text.chars().filter(|c| !c.is_whitespace() && !matches!(c, '・' | '/' | '(' | ')')).collect();
    if compact.len() != folded.text.len() {
        if let Some(class) = engine.classify_header(&compact) {
            return Some(class);
        }
    }
    let has = |words: &[&str]| words.iter().any(|w| compact.contains(w));
    let numbered = has(&["記号", "番号", "符号", "No", "no", "NO"]);
    let kind = if has(&["健康保険", "保険証", "健保", "被保険者証"]) && numbered {
        Kind::HealthInsurance
    } else if has(&["年金"]) && numbered || has(&["基礎年金"]) {
        Kind::PensionNumber
    } else if has(&["免許"]) && numbered {
        Kind::DriversLicense
    } else if has(&["旅券"]) {
        Kind::Passport
    } else {
        return None;
    };
    Some(HeaderClass { kind: Some(kind), keyword: "" })
}

/// Child headers under an account or insurance heading that name something
/// other than the number (`口座` over `銀行名`/`支店`/`番号`): read on their
/// own, never with their parent.
pub fn is_detail_header(child: &str) -> bool {
    [
        "銀行",
        "金融機関",
        "支店",
        "店名",
        "店番",
        "種別",
        "種類",
        "区分",
        "名称",
        "有効期限",
        "交付日",
        "取得日",
        "喪失日",
        "等級",
    ]
    .iter()
    .any(|w| child.contains(w))
}

/// Endings of company and shop names built on a family name (`山田運輸`,
/// `佐藤食品工業`, `鈴木商店`): the surname dictionary matches them, yet they
/// name a business.
const BUSINESS_ENDINGS: &[&str] = &[
    "運輸",
    "運送",
    "物流",
    "倉庫",
    "食品",
    "工業",
    "商店",
    "商会",
    "商事",
    "建設",
    "工務店",
    "製作所",
    "産業",
    "電機",
    "電気",
    "電設",
    "設備",
    "印刷",
    "製菓",
    "精肉店",
    "酒店",
    "書店",
    "薬局",
    "塗装",
    "興業",
    "物産",
    "不動産",
    "技研",
    "企画",
    "設計",
    "事務所",
    "農園",
    "水産",
    "製薬",
    "化学",
    "化成",
    "鉄工",
    "工房",
    "本舗",
    "石油",
    "自動車",
    "観光",
    "交通",
    "鋼業",
    "木材",
    "製材",
    "住宅",
    "機械",
    "精機",
    "医院",
    "クリニック",
    "歯科",
    "ベーカリー",
    "商社",
    "組",
    "店",
    "堂",
    "屋",
    "社",
    "舎",
    "園",
    "館",
];

/// Whether a value in a name column names a business rather than a person.
pub fn is_business_name(value: &str) -> bool {
    let v = value.trim();
    // The last character first: this runs on every cell of a name column.
    let Some(last) = v.chars().next_back() else { return false };
    if !matches!(
        last,
        'ク' | 'ー'
            | '事'
            | '会'
            | '備'
            | '光'
            | '刷'
            | '品'
            | '園'
            | '堂'
            | '学'
            | '宅'
            | '局'
            | '屋'
            | '工'
            | '店'
            | '庫'
            | '成'
            | '房'
            | '所'
            | '材'
            | '械'
            | '業'
            | '機'
            | '気'
            | '油'
            | '流'
            | '産'
            | '画'
            | '研'
            | '社'
            | '科'
            | '組'
            | '舎'
            | '舗'
            | '菓'
            | '薬'
            | '装'
            | '計'
            | '設'
            | '車'
            | '輸'
            | '送'
            | '通'
            | '院'
            | '館'
    ) {
        return false;
    }
    let n = v.chars().count();
    (3..=24).contains(&n) && BUSINESS_ENDINGS.iter().any(|e| v.ends_with(e) && v.len() > e.len())
}

/// Whether `value` (folded) reads as a value of the kind `class` names, as the
/// layout reading asks before taking a cell as a label's value or a column's
/// header at its word. `strict` asks for positive evidence (a surname in the
/// dictionary, a digit in an ID), so item names and grades (`協調性`, `A`)
/// under a label row do not pass.
pub fn fits(engine: &Engine, class: &HeaderClass, header_text: &Arc<str>, value: &str, strict: bool) -> bool {
    let v = value.trim();
    let Some(kind) = class.kind else { return false };
    // A special-care header takes almost any value, so no value is evidence for it.
    if strict && kind.family() == Family::SpecialCare {
        return false;
    }
    if v.is_empty() || engine.classify_header(v).is_some_and(|c| c.kind.is_some()) && v.chars().count() <= 12 {
        return false;
    }
    match kind {
        Kind::PersonName => {
            if is_business_name(v) || special_care::is_negative_answer(v) {
                return false;
            }
            // A reading in kana (`ヤマダ タロウ`, `チャン・ティ・ホア`) or a
            // Latin name in two parts count as evidence; a lone letter (a grade) does not.
            let kana =
                v.chars().all(|c| c.is_whitespace() || matches!(c, 'ァ'..='ヶ' | 'ー' | 'ぁ'..='ゖ' | '・' | '･'));
            let latin = v.is_ascii() && v.contains(' ') && v.len() >= 5 && people::looks_like_name(v);
            // A surname and more: two kanji (`所属`, `関東`) may start with a
            // one-character surname and be a word.
            let letters = v.chars().filter(|c| !c.is_whitespace()).count();
            let surname = people::starts_with_surname(v).is_some() && (letters >= 3 || letters < v.chars().count());
            let evidence = surname || kana || latin;
            evidence || !strict && people::looks_like_name(v)
        }
        Kind::BirthDate => dates::parse(v).is_some(),
        Kind::EmployeeId | Kind::HealthInsurance | Kind::Passport | Kind::DriversLicense | Kind::ResidenceCard => {
            v.chars().count() <= 32 && v.chars().any(|c| c.is_ascii_digit())
        }
        _ => {
            let mut hits = Vec::new();
            cell_hits(engine, Some((class, header_text)), value, &mut hits, &mut Vec::new());
            hits.iter().any(|h| h.kind == kind)
        }
    }
}

/// Words that say a sentence is about someone's health or disability, for
/// a column of narrative notes under a health header (`症状・経過記録`):
/// there the header says what the notes are about, and a note that mentions
/// one of these says something about the person's health. Everyday care
/// notes (`昼食を全量摂取`) have none of them.
const NARRATIVE_HEALTH: &[&str] = &[
    "発熱",
    "熱が",
    "解熱",
    "微熱",
    "服用",
    "服薬",
    "内服",
    "投薬",
    "処方",
    "頭痛",
    "腹痛",
    "痛み",
    "疼痛",
    "鎮痛",
    "血圧",
    "降圧",
    "血糖",
    "インスリン",
    "診断",
    "診察",
    "受診",
    "通院",
    "入院",
    "退院",
    "手術",
    "主治医",
    "治療",
    "症状",
    "発作",
    "痙攣",
    "けいれん",
    "嘔吐",
    "下痢",
    "咳",
    "転倒",
    "骨折",
    "怪我",
    "けが",
    "出血",
    "点滴",
    "褥瘡",
    "認知症",
    "うつ",
    "不眠",
    "睡眠薬",
    "精神科",
    "心療内科",
    "リハビリ",
    "感染",
    "陽性",
    "アレルギー",
    "体調不良",
    "病",
];

/// A health term in a narrative cell, when its column's header is about
/// health and the detectors found nothing in the sentence themselves.
pub fn narrative_term(value: &str) -> Option<&'static str> {
    NARRATIVE_HEALTH.iter().copied().find(|w| value.contains(w))
}

//! What the attachments and the body hold, reduced to what the rules ask:
//! how many people, whether special-care data, My Numbers or secrets are in
//! it, and whose data it looks like (organisation names, e-mail domains).

use std::collections::{HashMap, HashSet};

use super::domain::{is_reserved_example, registrable, within};
use super::layout::Layout;
use crate::{Evidence, Family, FileReport, Finding, Kind};

/// One attachment or the body, with the findings that count as content.
pub struct Part<'a> {
    pub name: &'a str,
    pub report: &'a FileReport,
    pub is_body: bool,
    /// A web form's fields: what a person types about themself (their own
    /// card at checkout, their own My Number at a tax site) is not a leak.
    pub is_fields: bool,
    /// Findings outside the body's salutation, signature and quote headers.
    pub counted: Vec<&'a Finding>,
    /// How many people the content is about.
    pub people: u32,
    /// The content speaks of someone (患者, 利用者, ご本人, 〜さんは) even
    /// where no name is found. Attachments: true (the scan keeps special-care
    /// terms in a file only when it identifies or refers to a person).
    pub refers_to_person: bool,
    /// The salutation greets a person none of the recipients is (「中村 恵美
    /// 様」 to 「中村 恵 <…@gmail.com>」): what the mail says about someone
    /// unnamed is about the person greeted, and goes to someone else.
    pub greets_someone_else: bool,
    /// Every outside address is private and mailed before while the
    /// salutation greets someone else by name: a known family's other
    /// address, or autocomplete's namesake; the mismatch is asked about.
    pub to_known_namesake: bool,
    /// Private or unregistered addresses of other families see the mail
    /// openly besides the person greeted (a reply-all that keeps two other
    /// parents in Cc): what it says about someone reaches strangers.
    pub seen_by_strangers: bool,
    /// The mail is about animals as patients (a veterinary practice's mail,
    /// 「ルナ（猫・メス）」): a disease named in its prose is an animal's, not
    /// a person's special-care data.
    pub about_animals: bool,
    /// The mail arranges a funeral or a memorial service (葬儀, 通夜, 法要):
    /// the sect it names (「宗派：浄土宗」) is the rite's form, as the hall is
    /// its place (see [`rite_form`]).
    pub about_a_rite: bool,
}

/// True when a name found in a mail is one of the correspondents' own: the
/// sender, a recipient or a person the salutation greets (`correspondents`),
/// the writer introducing themself (「三浦です」), or a child called by a
/// given name in hiragana (「ゆいちゃんは」: in a mail to a parent, theirs;
/// other families who see it are strangers, `seen_by_strangers`).
pub fn of_the_correspondents(f: &Finding, correspondents: &[String]) -> bool {
    let value: String = f.raw.as_deref().unwrap_or(&f.masked).split_whitespace().collect();
    let introduces_itself = f.evidence.iter().any(|e| matches!(e, Evidence::Label(l) if l == "です"));
    let correspondent =
        correspondents.iter().any(|c| !c.is_empty() && (c.contains(&value) || value.contains(c.as_str())));
    let childs_given_name = !value.is_empty() && value.chars().all(|c| ('\u{3041}'..='\u{309F}').contains(&c));
    introduces_itself || correspondent || childs_given_name
}

/// Words by which a mail's prose speaks of a particular person without
/// naming them. Broader than `detect::special_care::PERSON_REFERENCES`, which
/// decides whether a special-care term is a finding at all and leaves generic
/// words (患者, 本人) out: here a condition in a mail that speaks of someone
/// is at least asked about.
const MAIL_PERSON_REFERENCES: &[&str] = &[
    "患者",
    "利用者",
    "入居者",
    "本人",
    "お母様",
    "お父様",
    "母が",
    "父が",
    "妻が",
    "夫が",
    "息子",
    "娘さん",
    "当該",
    "同氏",
    "彼女",
    "彼は",
    "さんが",
    "さんは",
    "さんの",
    "様が",
    "様は",
    "氏が",
    "氏は",
    "従業員の",
    "社員の",
    "職員の",
    "生徒の",
    "児童の",
    // A child by a given name the name reader may not take (「結衣ちゃんの
    // 発達相談」): ちゃん and くん follow a particular child.
    "ちゃんの",
    "ちゃんは",
    "ちゃんが",
    "くんの",
    "くんは",
    "くんが",
];

/// References that name a group (従業員の, 生徒の): of a particular person
/// only when nothing on the line makes them the group as a whole.
const GROUP_REFERENCES: &[&str] = &["従業員の", "社員の", "職員の", "生徒の", "児童の"];

/// What before a group reference makes it everyone (「児童生徒の」「全社員の」
/// 「教職員の」「各職員の」).
const COLLECTIVE_PREFIXES: &[&str] = &["児童", "全", "各", "教", "一般"];

/// Words by which a line speaks of a group in aggregate (「児童生徒の肥満傾向」
/// 「従業員の平均年齢」「職員の接種率」): statistics, no one in particular.
const AGGREGATES: &[&str] = &["傾向", "統計", "割合", "平均", "全体", "接種率", "受診率"];

/// True when `word` occurs in `line` as a reference to a particular person.
fn refers_with(line: &str, word: &str) -> bool {
    if !GROUP_REFERENCES.contains(&word) {
        return line.contains(word);
    }
    if AGGREGATES.iter().any(|a| line.contains(a)) {
        return false;
    }
    line.match_indices(word).any(|(at, _)| !COLLECTIVE_PREFIXES.iter().any(|p| line[..at].ends_with(p)))
}

/// True when one of `lines` speaks of a particular person.
pub fn refers_to_person<'l>(mut lines: impl Iterator<Item = &'l str>) -> bool {
    lines.any(|l| MAIL_PERSON_REFERENCES.iter().any(|w| refers_with(l, w)))
}

/// Kinds whose distinct values stand for distinct people in prose. Names
/// and e-mail addresses in a mail or a memo are mostly the correspondents',
/// so they count only as a list (see [`LIST`]); numbers issued to one
/// person are each that person's (`Kind::is_issued_to_a_person`).
fn person_key(kind: Kind) -> bool {
    kind.is_issued_to_a_person() || matches!(kind, Kind::Phone | Kind::Address | Kind::BirthDate | Kind::EmployeeId)
}

/// Distinct names or e-mail addresses from which prose is a list of people.
const LIST: usize = 5;

impl<'a> Part<'a> {
    pub fn new(name: &'a str, report: &'a FileReport, layout: Option<&Layout>) -> Part<'a> {
        let counted: Vec<&Finding> = report
            .findings
            .iter()
            .filter(|f| match (layout, f.location.line) {
                (Some(layout), Some(line)) => {
                    !(layout.is_furniture(line) || f.kind == Kind::Password && layout.is_meeting_access(line))
                }
                _ => true,
            })
            .collect();
        let tabular = report.columns.iter().any(|c| c.kind.is_some_and(|k| k.is_personal()));
        let people = if tabular && layout.is_none() { report.records } else { prose_people(&counted) };
        Part {
            name,
            report,
            is_body: layout.is_some(),
            is_fields: false,
            counted,
            people,
            refers_to_person: true,
            greets_someone_else: false,
            to_known_namesake: false,
            seen_by_strangers: false,
            about_animals: false,
            about_a_rite: false,
        }
    }

    /// Leaves out findings the rules should not count (the sender's own
    /// phone on a line of the body), and counts the people again.
    pub fn forget(&mut self, drop: impl Fn(&Finding) -> bool) {
        self.counted.retain(|f| !drop(f));
        if self.is_body {
            self.people = prose_people(&self.counted);
        }
    }

    pub fn has_family(&self, family: Family) -> bool {
        self.counted.iter().any(|f| f.kind.family() == family)
    }

    pub fn has_kind(&self, kind: Kind) -> bool {
        self.counted.iter().any(|f| f.kind == kind)
    }

    /// Distinct people the content is about besides the correspondents: values
    /// that identify someone, outside the salutation and signature, leaving out
    /// self-introductions (「プレセンドの鈴木です」) and the names in `correspondents`.
    pub fn subjects(&self, correspondents: &[String]) -> usize {
        let mut seen: HashSet<String> = HashSet::new();
        for f in &self.counted {
            let identifies =
                f.kind.is_personal() && f.kind.family() != Family::SpecialCare && f.kind != Kind::PostalCode;
            if !identifies {
                continue;
            }
            if f.kind == Kind::PersonName && of_the_correspondents(f, correspondents) {
                continue;
            }
            seen.insert(f.raw.as_deref().unwrap_or(&f.masked).split_whitespace().collect());
        }
        seen.len()
    }

    /// How strongly the part shows special-care data about a person (APPI
    /// Art. 2(3)): a fact about an identified person, not a topic.
    pub fn special_care(&self, correspondents: &[String]) -> Option<SpecialCare> {
        // An animal's disease in prose (a vet's invoice, a pet-insurance
        // claim) is nobody's medical history; a table of people under a
        // health header, or a line that names a person with the disease
        // (「受付の西田さんがうつ病で」), is still a person's.
        let names_a_person = |f: &Finding| {
            self.counted.iter().any(|o| {
                o.kind == Kind::PersonName && o.location.line == f.location.line && o.location.entry == f.location.entry
            })
        };
        let animal = |f: &&&Finding| {
            self.about_animals
                && f.kind == Kind::Health
                && !f.evidence.iter().any(|e| matches!(e, Evidence::Header(_)))
                && !names_a_person(f)
        };
        let found: Vec<&&Finding> =
            self.counted.iter().filter(|f| f.kind.family() == Family::SpecialCare).filter(|f| !animal(f)).collect();
        if found.is_empty() {
            return None;
        }
        // A column under a special-care header (病名, 障がい名, 判定) in a
        // table of people: each value is somebody's.
        let column = found.iter().any(|f| f.evidence.iter().any(|e| matches!(e, Evidence::Header(_))));
        // A table is of people when a column other than the special-care one
        // identifies them (氏名, 患者ID, 住所 …) or its values name
        // diseases (「201号室, 糖尿病, インスリン」: residents by room); a
        // menu's 「アレルゲン」 column (卵, 乳・小麦), with no one named in the
        // table, is about dishes.
        let identifying = self
            .report
            .columns
            .iter()
            .any(|c| c.kind.is_some_and(|k| k.is_personal() && k.family() != Family::SpecialCare));
        let conditions = found.iter().any(|f| {
            let v = f.raw.as_deref().unwrap_or(&f.masked);
            ["病", "症", "炎", "癌", "がん", "障害", "障がい", "不全", "麻痺", "骨折", "手帳"]
                .iter()
                .any(|w| v.contains(w))
                || names_a_disease(v)
        });
        if column && !self.is_body && !identifying && !conditions && self.subjects(correspondents) == 0 {
            return None;
        }
        if column && self.people > 0 && !self.is_body {
            return Some(SpecialCare::Fact);
        }
        // The sect of a funeral or a memorial service, in the mail that
        // arranges it, is the rite's form, not a creed stated about someone.
        let condition = found
            .iter()
            .filter(|f| !(self.about_a_rite && rite_form(f)))
            .any(|f| names_condition(f.raw.as_deref().unwrap_or(&f.masked)));
        let subjects = self.subjects(correspondents);
        // A condition with nobody at all (a drug order for 抗がん剤, a class
        // closed for インフルエンザ) is no one's personal information. With
        // nobody but the person greeted, it is theirs (a health declaration,
        // a treatment plan): a fact, when the address belongs to someone else.
        // About someone unnamed (「ゆいちゃんは…」), a fact when private
        // addresses of other families see it.
        // A condition of the person greeted, or of one person of theirs (「颯太さんが
        // ADHDの診断を」 to his mother), sent to a private address mailed
        // before that carries another name: only the name says the address
        // is wrong, and a family shares addresses; that is asked, not
        // blocked. Never mailed, the namesake is a stranger: a fact.
        let namesake = self.greets_someone_else && self.to_known_namesake && subjects <= 1;
        Some(match (condition || column, subjects > 0) {
            (true, _) if namesake => SpecialCare::Unclear,
            (true, true) => SpecialCare::Fact,
            (true, false) if self.greets_someone_else => SpecialCare::Fact,
            (true, false) if self.refers_to_person && self.seen_by_strangers => SpecialCare::Fact,
            (true, false) if self.refers_to_person => SpecialCare::Unclear,
            (false, true) => SpecialCare::Topic,
            _ => return None,
        })
    }

    /// True when the part names a condition (a disease, a disability), not
    /// only a topic word (休職, 通院), wherever it stands.
    pub fn names_a_condition(&self) -> bool {
        self.counted
            .iter()
            .filter(|f| f.kind.family() == Family::SpecialCare)
            .any(|f| names_condition(f.raw.as_deref().unwrap_or(&f.masked)))
    }

    /// True when the part names `person` (a display name such as `松本 茂`):
    /// the content is about the recipient themself.
    /// (its person names, or an attachment's file name: 「源泉徴収票_松本茂.xlsx」).
    pub fn names(&self, person: &str) -> bool {
        let person: String = person.split_whitespace().collect();
        if person.chars().count() < 3 || !super::check::japanese(&person) {
            return false;
        }
        let file_name: String = self.name.split_whitespace().collect();
        (!self.is_body && file_name.contains(&person))
            || self.counted.iter().filter(|f| f.kind == Kind::PersonName).any(|f| {
                let value: String = f.raw.as_deref().unwrap_or_default().split_whitespace().collect();
                value == person
            })
    }

    /// True when the people the part is about are known by name alone (a
    /// shift list of surnames, who attends): no contact, birth date or
    /// number, nothing of special care beside the names. A table whose
    /// columns judge the people (scores, grades, appraisals: 偏差値, 評定,
    /// 判定, 評価) says more than who they are: a class's mock-exam results
    /// are not a rota.
    pub fn names_only(&self) -> bool {
        self.counted.iter().all(|f| !f.kind.is_personal() || f.kind == Kind::PersonName)
            && !self.has_family(Family::SpecialCare)
            && !self.has_column_about(JUDGEMENTS)
    }

    /// True when the part holds what people share only with those who need
    /// it: home addresses, birth dates, numbers issued to one person (official
    /// numbers, bank accounts, card numbers)
    /// (special-care data is weighed by [`Part::special_care`]).
    pub fn holds_private_data(&self) -> bool {
        self.counted.iter().any(|f| f.kind.is_issued_to_a_person() || matches!(f.kind, Kind::Address | Kind::BirthDate))
    }

    /// True when the part holds how to reach people privately: mobile
    /// numbers (070, 080, 090) or free-mail and carrier addresses, which
    /// reach a person wherever they are, not a desk.
    pub fn holds_private_contacts(&self) -> bool {
        self.counted.iter().any(|f| {
            let Some(raw) = f.raw.as_deref() else { return false };
            match f.kind {
                Kind::Phone => {
                    let digits: String = raw.chars().filter(char::is_ascii_digit).collect();
                    digits.len() == 11 && ["070", "080", "090"].iter().any(|p| digits.starts_with(p))
                }
                Kind::Email => raw
                    .rsplit_once('@')
                    .is_some_and(|(_, d)| super::domain::find_within(d.trim(), super::domain::FREE_MAIL).is_some()),
                _ => false,
            }
        })
    }

    /// True when a headed column of the part has one of `words` in its header.
    /// The scan lists every headed column of a table of people, classified or
    /// not (a 続柄 column of 母/父, an 評価 column of grades).
    fn has_column_about(&self, words: &[&str]) -> bool {
        self.report.columns.iter().any(|c| c.header.as_deref().is_some_and(|h| words.iter().any(|w| h.contains(w))))
    }

    /// True when a column of the part is about people's families, guardians
    /// or emergency contacts (続柄, 緊急連絡先, 家族, 保護者): data about people
    /// who are not party to the business at all.
    pub fn holds_family_contacts(&self) -> bool {
        self.has_column_about(&["続柄", "緊急連絡", "家族", "扶養", "保護者"])
    }

    /// True when a column of a table of people is about their employment:
    /// appraisals, pay, attendance, discipline (評価, 昇給, 給与, 勤怠…).
    /// Personnel records are the employer's alone: a partner has no business
    /// with them, whoever the people are.
    pub fn holds_personnel_records(&self) -> bool {
        const PERSONNEL: &[&str] = &[
            "評価",
            "考課",
            "査定",
            "昇給",
            "昇格",
            "降格",
            "給与",
            "賞与",
            "基本給",
            "年収",
            "月給",
            "時給",
            "残業",
            "勤怠",
            "欠勤",
            "懲戒",
        ];
        self.people > 0 && self.has_column_about(PERSONNEL)
    }

    /// Labels of the kinds of `family` in this part, for evidence.
    pub fn kinds_of(&self, family: Family, lang: crate::Lang) -> Vec<&'static str> {
        let mut kinds: Vec<Kind> = self.counted.iter().map(|f| f.kind).filter(|k| k.family() == family).collect();
        crate::order::sort_by(&mut kinds, Ord::cmp);
        kinds.dedup();
        kinds.into_iter().map(|k| k.label(lang)).collect()
    }
}

/// What the special-care findings of a part amount to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum SpecialCare {
    /// Only words that say a health event or a subject exists (休職, 入院,
    /// 診断書, 障害者雇用) next to someone: no condition, no record. Shown, not held.
    Topic,
    /// A condition (a disease, a disability, a conviction) but nobody in the
    /// content it belongs to: the user is asked.
    Unclear,
    /// A condition of an identified person, or a special-care column of a
    /// table of people: the send is stopped.
    Fact,
}

/// Terms that say *that* something happened to someone (leave, a stay in
/// hospital, a certificate, a check-up) or name a subject, without naming a
/// condition, disability, offence or belief: absence notices, rules of
/// employment, ward schedules and HR memos are full of them.
const TOPICS: &[&str] = &[
    "休職",
    "休職中",
    "療養中",
    "入院",
    "入院中",
    "退院",
    "通院",
    "通院中",
    "診察",
    "診断書",
    "労災",
    "傷病手当",
    "精密検査",
    "健診結果",
    "健康診断結果",
    "人間ドック結果",
    "がん検診",
    "服薬",
    "服薬中",
    "服用中",
    "投薬",
    "治療中",
    "皮膚科",
    "整形外科",
    "耳鼻科",
    "眼科",
    "障害者雇用",
    "就労移行支援",
    "就労継続支援",
    "特別支援学級",
    "特別支援学校",
    "車いす",
    "車椅子",
    "被害者支援",
    "宗教",
    "民族",
    "人種",
];

/// Words in a sender's own name that make it a veterinary practice: its
/// patients are animals.
const VETERINARY: &[&str] =
    &["動物病院", "動物医療", "獣医", "動物クリニック", "アニマルクリニック", "ペットクリニック"];

/// Words by which a mail presents an animal as the patient (「ミミ（猫・
/// メス）」「愛犬」「飼い主様」).
const ANIMAL_PATIENT: &[&str] =
    &["（猫", "（犬", "(猫", "(犬", "猫・", "犬・", "愛犬", "愛猫", "飼い主", "ワンちゃん", "ネコちゃん", "ペット保険"];

/// True when the mail is about animals as patients: the sender is a
/// veterinary practice, or the subject or body presents an animal patient.
pub fn about_animals(own_names: &[String], subject: &str, body: &str) -> bool {
    own_names.iter().any(|n| VETERINARY.iter().any(|w| n.contains(w)))
        || [subject, body].iter().any(|t| ANIMAL_PATIENT.iter().any(|w| t.contains(w)))
}

/// Words of a mail that arranges a funeral or a memorial service.
const RITES: &[&str] = &[
    "葬儀",
    "葬式",
    "通夜",
    "告別式",
    "家族葬",
    "社葬",
    "密葬",
    "神葬祭",
    "法要",
    "法事",
    "枕経",
    "納骨",
    "四十九日",
    "回忌",
    "彼岸会",
    "施餓鬼",
    "盂蘭盆",
];

/// True when the subject or the body arranges a funeral or a memorial
/// service (通夜, 告別式, 法要).
pub fn about_a_rite(subject: &str, body: &str) -> bool {
    [subject, body].iter().any(|t| RITES.iter().any(|w| t.contains(w)))
}

/// Words by which a rite's order names its form: the sect whose rite it is
/// (宗派, 宗旨) and the temple that holds the family's graves (檀家).
const RITE_FORMS: &[&str] = &["宗派", "宗旨", "檀家"];

/// True when a religion finding is a rite's form (「宗派：浄土宗」「中村家は当寺
/// の檀家です」): the PPC's guidelines on 要配慮個人情報 leave out what only
/// lets a creed be inferred, and a funeral's sect does no more than that. A
/// faith stated about someone (入信, 信者, a named church) is not a form, and
/// a column of a table of people (宗派 in a register) is each person's.
fn rite_form(f: &Finding) -> bool {
    f.kind == Kind::Religion
        && f.evidence.iter().all(|e| match e {
            Evidence::Label(w) | Evidence::Dictionary(w) | Evidence::Keyword(w) => RITE_FORMS.contains(&w.as_str()),
            _ => false,
        })
        && !f.evidence.is_empty()
}

/// True when a special-care term names a condition, disability, offence,
/// victimisation, belief or origin rather than a topic.
/// What a dictionary term says was done or kept rather than what someone
/// has (服薬, 診察, 検査, 入院, カルテ, 所見 …).
const PROCEDURES: &[&str] =
    &["服", "投薬", "診", "主訴", "カルテ", "検", "判定", "所見", "院", "療養", "ストレス", "面接", "治療", "観察"];

/// True when `value` holds a disease or disability of the detector's
/// dictionary (高血圧, 喘息, てんかん, リウマチ, 透析, HIV …) that is no
/// topic word and no allergy: an allergen (卵, 乳・小麦) is a dish's, a
/// disease a person's.
fn names_a_disease(value: &str) -> bool {
    crate::detect::special_care::TERMS.iter().any(|&(term, kind)| {
        matches!(kind, Kind::Health | Kind::Disability)
            && !["アレルギ", "アレルゲン", "allergy"].iter().any(|a| term.contains(a))
            && !term.ends_with('科')
            && !PROCEDURES.iter().any(|p| term.contains(p))
            && !["血圧", "血糖"].contains(&term)
            && names_condition(term)
            && value.contains(term)
    })
}

pub fn names_condition(term: &str) -> bool {
    let term = term.trim();
    !TOPICS.contains(&term)
}

/// Column headers that judge the people of a table: results of tests and
/// exams, grades and appraisals.
const JUDGEMENTS: &[&str] =
    &["成績", "点数", "得点", "偏差値", "評定", "判定", "合否", "順位", "評価", "考課", "査定", "スコア"];

fn prose_people(findings: &[&Finding]) -> u32 {
    let mut distinct: HashMap<Kind, HashSet<&str>> = HashMap::new();
    for f in findings {
        let value = f.raw.as_deref().unwrap_or(&f.masked);
        distinct.entry(f.kind).or_default().insert(value);
    }
    let keyed = Kind::ALL
        .iter()
        .filter(|&&k| person_key(k))
        .filter_map(|k| distinct.get(k))
        .map(HashSet::len)
        .max()
        .unwrap_or(0);
    let names = distinct.get(&Kind::PersonName).map_or(0, people_named);
    let emails = distinct.get(&Kind::Email).map_or(0, HashSet::len);
    let listed = [names, emails].into_iter().filter(|n| *n >= LIST).max().unwrap_or(0);
    keyed.max(listed) as u32
}

/// How many people the names of a text stand for: one person written
/// several ways in a notice (「佐々木先生」 in the subject, 「佐々木 恵 先生」
/// in the text, 「小西 先生」) is one, so a name without its given name, or
/// with a title after it, counts with the full name it begins.
fn people_named(values: &HashSet<&str>) -> usize {
    const TITLES: &[&str] = &["先生", "さま", "さん", "くん", "ちゃん", "様", "殿", "氏"];
    let keys: HashSet<String> = values
        .iter()
        .map(|v| {
            let squeezed: String = v.split_whitespace().collect();
            TITLES.iter().find_map(|t| squeezed.strip_suffix(t)).map_or(squeezed.clone(), str::to_owned)
        })
        .filter(|k| !k.is_empty())
        .collect();
    keys.iter().filter(|k| !keys.iter().any(|o| o != *k && o.starts_with(k.as_str()))).count()
}

/// The e-mail domain most of the data's addresses share, when one clearly
/// dominates (at least 3 addresses and half of those not at free mail or at
/// the sender's own domains): evidence of whose data a file is.
pub fn dominant_domain(report: &FileReport, ignore: impl Fn(&str) -> bool) -> Option<(String, u32, u32)> {
    let mut by_org: HashMap<&str, u32> = HashMap::new();
    let mut total = 0;
    for d in &report.domains {
        // Made-up test data (test01@example.com) is no organisation's.
        if ignore(&d.domain) || is_reserved_example(&d.domain) {
            continue;
        }
        total += d.count;
        *by_org.entry(registrable(&d.domain)).or_default() += d.count;
    }
    let (org, count) = by_org.into_iter().max_by(|a, b| a.1.cmp(&b.1).then(b.0.cmp(a.0)))?;
    (count >= 3 && count * 2 >= total).then(|| (org.to_owned(), count, total))
}

/// True when `domain` is within any of `bases`.
pub fn within_any<S: AsRef<str>>(domain: &str, bases: &[S]) -> bool {
    bases.iter().any(|b| within(domain, b.as_ref()))
}

//! The addressee a Japanese business mail names in its first lines:
//! 「株式会社アルファ商事 営業部 山田様」, 「ベータ工業 田中部長」,
//! 「アルファ商事御中」, 「関係者各位」. Read the way a person reads it: an
//! organisation (a legal form, 御中, or the leading word before a person),
//! departments skipped, and the person before the honorific or title.

use super::layout::GREETINGS;
use crate::detect::keywords::ORGANISATION_FORMS;
use crate::detect::people::starts_with_surname;
use crate::normalize::fold;

/// Who the salutation addresses.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Salutation {
    /// Organisations as written (`株式会社アルファ商事`).
    pub organisations: Vec<String>,
    /// People as written before the honorific (`山田`, `山田太郎`).
    pub people: Vec<String>,
    /// 各位, 皆様: addressed to a group; no person to compare.
    pub group: bool,
    /// Organisations named on a cc line under the addressee
    /// (「（cc: ベータ工業 田中様）」): copied openly, not addressed.
    pub copied: Vec<String>,
    /// People named with an honorific on a cc line (`田中`). Business mail
    /// names the sender's own colleagues without one (「（cc: 弊社 日野）」),
    /// so a bare name there stands for a colleague, not an outsider.
    pub copied_people: Vec<String>,
    /// Bare words on a line addressed to a class of correspondents
    /// (「お取引先 人事・給与ご担当者様」): a desk, unless the word names a
    /// registered partner (「お取引先 まるふく食品 ご担当者様」).
    pub class_words: Vec<String>,
    /// The addressee lines and cc lines as read (folded), for names the
    /// reading above does not take apart: 「株式会社Ａ 岡本様」 over
    /// 「関西工科大学 西田先生」 names both, though 関西工科大学 carries no legal form.
    pub block: String,
}

/// Honorifics and titles that end an addressee on a salutation line
/// (「ご担当者様」「部長」「様」), longest first. Not
/// [`crate::detect::people::HONORIFICS`], which follow a name in prose.
const SALUTATION_TITLES: &[&str] = &[
    "御担当者様",
    "ご担当者様",
    "担当者様",
    "取締役",
    "支店長",
    "事業部長",
    "本部長",
    "部長",
    "課長",
    "係長",
    "次長",
    "室長",
    "所長",
    "工場長",
    "センター長",
    "施設長",
    "理事長",
    "事務長",
    "店長",
    "院長",
    "園長",
    "校長",
    "館長",
    "局長",
    "署長",
    "社長",
    "会長",
    "専務",
    "常務",
    "主任",
    "先生",
    "さま",
    "さん",
    "様",
    "殿",
];

const GROUPS: &[&str] = &["各位", "皆様", "皆さま", "みなさま", "皆さん", "ご一同"];

/// Words that end a department, not an organisation or a person.
const DEPARTMENT_ENDINGS: &[&str] = &[
    "部",
    "課",
    "室",
    "係",
    "局",
    "グループ",
    "チーム",
    "センター",
    "支店",
    "支社",
    "営業所",
    "事業所",
    "本部",
    "事業部",
    "工場",
    "研究所",
];

/// Words after 「Dear」 that greet a group or a desk, not a person.
const ENGLISH_GROUPS: &[&str] = &[
    "all",
    "sir",
    "sirs",
    "madam",
    "team",
    "colleagues",
    "colleague",
    "customer",
    "customers",
    "valued",
    "everyone",
    "partners",
    "members",
    "friends",
    "guest",
    "guests",
    "client",
    "clients",
    "hiring",
    "manager",
    "whom",
    "concern",
];

/// Words of a desk's or an organisation's English name (`Reservations Team`,
/// `Pacific Sakura Tours`, `Acme Ltd`): no person to compare.
pub const ENGLISH_DESKS: &[&str] = &[
    "team",
    "desk",
    "office",
    "support",
    "sales",
    "service",
    "services",
    "reservations",
    "info",
    "department",
    "dept",
    "center",
    "centre",
    "group",
    "inc",
    "ltd",
    "llc",
    "corp",
    "co",
    "company",
    "corporation",
    "tours",
    "travel",
    "hotel",
    "bank",
    "university",
    "school",
    "clinic",
    "hospital",
    "association",
    "committee",
    "board",
];

/// English short forms that are not the beginning of the name they stand
/// for (`Kate` for Katherine, `Bob` for Robert): (short form, full names).
/// Forms that begin the name (`Ken`, `Chris`) need no entry.
const ENGLISH_NICKNAMES: &[(&str, &[&str])] = &[
    ("kate", &["katherine", "catherine", "kathryn", "katharine"]),
    ("katie", &["katherine", "catherine", "kathryn", "katharine"]),
    ("kathy", &["katherine", "kathryn", "katharine"]),
    ("cathy", &["catherine"]),
    ("bob", &["robert"]),
    ("bobby", &["robert"]),
    ("rob", &["robert"]),
    ("bill", &["william"]),
    ("will", &["william"]),
    ("liam", &["william"]),
    ("jim", &["james"]),
    ("jimmy", &["james"]),
    ("mike", &["michael"]),
    ("mick", &["michael"]),
    ("dick", &["richard"]),
    ("rick", &["richard"]),
    ("rich", &["richard"]),
    ("jack", &["john"]),
    ("johnny", &["john", "jonathan"]),
    ("jon", &["jonathan"]),
    ("tony", &["anthony", "antony"]),
    ("ted", &["edward", "theodore"]),
    ("ed", &["edward", "edmund"]),
    ("eddie", &["edward"]),
    ("ned", &["edward"]),
    ("andy", &["andrew"]),
    ("drew", &["andrew"]),
    ("chuck", &["charles"]),
    ("charlie", &["charles", "charlotte"]),
    ("harry", &["henry", "harold"]),
    ("hank", &["henry"]),
    ("jen", &["jennifer"]),
    ("jenny", &["jennifer"]),
    ("liz", &["elizabeth"]),
    ("beth", &["elizabeth", "bethany"]),
    ("betty", &["elizabeth"]),
    ("lisa", &["elizabeth"]),
    ("meg", &["margaret", "megan"]),
    ("maggie", &["margaret"]),
    ("peggy", &["margaret"]),
    ("sue", &["susan", "suzanne"]),
    ("susie", &["susan"]),
    ("becky", &["rebecca"]),
    ("sandy", &["sandra", "alexandra"]),
    ("sasha", &["alexander", "alexandra"]),
    ("alex", &["alexander", "alexandra", "alexis"]),
    ("steve", &["stephen", "steven"]),
    ("joe", &["joseph"]),
    ("tom", &["thomas"]),
    ("dave", &["david"]),
    ("nick", &["nicholas"]),
    ("matt", &["matthew"]),
    ("greg", &["gregory"]),
    ("pat", &["patrick", "patricia"]),
    ("patty", &["patricia"]),
    ("trish", &["patricia"]),
    ("abby", &["abigail"]),
    ("nancy", &["ann", "anne"]),
];

/// True when the greeted word `short` stands for the name word `full`: the
/// same word, one beginning the other (`Ken` → `Kenneth`), or a listed short
/// form (`Kate` → `Katherine`).
pub fn english_name_matches(short: &str, full: &str) -> bool {
    short == full
        || short.len() >= 3 && full.len() >= 3 && (full.starts_with(short) || short.starts_with(full))
        || ENGLISH_NICKNAMES.iter().any(|(n, names)| *n == short && names.contains(&full))
}

/// The organisation an English opening greets by name (`Dear GlobalCare
/// Assistance team,`, `Hello Acme Ltd,`): the first line after `Dear`, `Hi`
/// or `Hello`, lower-case, for comparing with registered partners' names.
pub fn english_opening(body: &str) -> Option<String> {
    let line = body.lines().map(str::trim).find(|l| !l.is_empty())?;
    let rest = ["Dear ", "Hi ", "Hello ", "To "].iter().find_map(|p| line.strip_prefix(p))?;
    let rest = rest.trim_end_matches([',', ':', '!', ' ']);
    (rest.is_ascii() && !rest.is_empty() && rest.len() <= 80).then(|| rest.to_ascii_lowercase())
}

/// Legal forms after an English organisation's name, left out when looking
/// for the name in an opening (`Nordlys Software AS` → `nordlys software`).
const ENGLISH_LEGAL_FORMS: &[&str] =
    &["inc", "ltd", "llc", "co", "corp", "corporation", "company", "limited", "gmbh", "as", "ag", "sa", "plc", "pte"];

/// The distinctive words of an English organisation name, lower-case, legal
/// form left out; None when the name is not ASCII or too short to tell.
pub fn english_core(name: &str) -> Option<String> {
    if !name.is_ascii() {
        return None;
    }
    let words: Vec<String> = name
        .split(|c: char| c.is_whitespace() || c == ',')
        .map(|w| w.trim_matches('.').to_ascii_lowercase())
        .filter(|w| !w.is_empty() && !ENGLISH_LEGAL_FORMS.contains(&w.as_str()))
        .collect();
    let core = words.join(" ");
    (core.len() >= 5).then_some(core)
}

/// Titles before an English name (`Dear Mr. Smith`), left out of the name.
const ENGLISH_TITLES: &[&str] = &["mr", "ms", "mrs", "miss", "mx", "dr", "prof", "professor"];

/// The people an English salutation greets, each as its lower-case words
/// without the title (`Dear Mr. Smith,` → `smith`; `Hi Karen and Tom,` →
/// `karen`, `tom`; `Dear Tanaka-san,` → `tanaka`). None when the mail does
/// not open that way, or greets a group or a desk (`Dear all,`, `Dear Sir or
/// Madam,`, `Dear Hiring Manager,`).
pub fn english_salutation(body: &str) -> Option<Vec<Vec<String>>> {
    let line = body.lines().map(str::trim).find(|l| !l.is_empty())?;
    let rest = ["Dear ", "Hi ", "Hello "].iter().find_map(|p| line.strip_prefix(p))?;
    let rest = rest.trim_end_matches([',', ':', '!', ' ']);
    if !rest.is_ascii() || rest.is_empty() || rest.len() > 60 {
        return None;
    }
    let mut people = Vec::new();
    for person in rest.split(" and ").flat_map(|p| p.split(['&', ','])) {
        let words: Vec<String> = person
            .split_whitespace()
            .map(|w| {
                let w = w.trim_matches('.').to_ascii_lowercase();
                w.strip_suffix("-san").or_else(|| w.strip_suffix("-sama")).unwrap_or(&w).to_owned()
            })
            .filter(|w| !w.is_empty() && w != "san" && !ENGLISH_TITLES.contains(&w.as_str()))
            .collect();
        if words.len() > 3
            || words.iter().any(|w| {
                ENGLISH_GROUPS.contains(&w.as_str())
                    || ENGLISH_DESKS.contains(&w.as_str())
                    || !w.chars().all(|c| c.is_ascii_alphabetic() || c == '\'' || c == '-')
            })
        {
            return None;
        }
        if !words.is_empty() {
            people.push(words);
        }
    }
    (!people.is_empty()).then_some(people)
}

/// Reads the salutation from the first lines of `body`, if there is one: the
/// lines before the greeting, up to the last one that holds an honorific,
/// 御中 or 各位 (a title line such as 「【ご案内】年末の営業」 names no one).
pub fn salutation(body: &str) -> Option<Salutation> {
    let mut lines: Vec<String> = Vec::new();
    let mut cc_lines: Vec<String> = Vec::new();
    for raw in body.lines() {
        let folded = fold(raw);
        let line = folded.text.trim();
        if line.is_empty() {
            if !lines.is_empty() && lines.iter().any(|l| addresses_someone(l)) {
                break;
            }
            continue;
        }
        if GREETINGS.iter().any(|g| line.contains(g)) || line.contains('。') || line.chars().count() > 40 {
            break;
        }
        // English salutations (`Dear Mr. Yamada,`) are not read, nor a cc
        // line under the addressee (「（cc: アルファ商事 佐藤様、木村様）」):
        // it names the people copied, not the addressee.
        if line.is_ascii() {
            continue;
        }
        if is_cc_line(line) {
            cc_lines.push(line.to_owned());
            continue;
        }
        lines.push(line.to_owned());
        if lines.len() >= 4 {
            break;
        }
    }
    let last = lines.iter().rposition(|l| addresses_someone(l))?;
    let mut found = Salutation::default();
    for line in &lines[..=last] {
        read_line(line, &mut found);
    }
    for line in &cc_lines {
        let mut copied = Salutation::default();
        let inner = line
            .trim_start_matches(|c: char| !c.is_alphabetic() || c.is_ascii())
            .trim_end_matches([')', '）', ']', '】', '〕', '>', '＞', ' ', '\u{3000}']);
        read_line(inner, &mut copied);
        found.copied.extend(copied.organisations);
        found.copied_people.extend(copied.people);
    }
    found.block = lines[..=last].iter().chain(&cc_lines).map(String::as_str).collect::<Vec<_>>().join("\n");
    (!found.is_empty()).then_some(found)
}

/// `(cc: …)`, `cc：…`, `【CC】…`, `写し：…`.
fn is_cc_line(line: &str) -> bool {
    let l = line.trim_start_matches(['(', '（', '【', '[', '〔', '<', '＜', ' ', '\u{3000}']).to_lowercase();
    l.starts_with("cc")
        || l.starts_with("bcc")
        || l.starts_with("ｃｃ")
        || l.starts_with("写し")
        || l.starts_with("同報")
}

fn tokens(line: &str) -> impl Iterator<Item = &str> {
    line.split(|c: char| c.is_whitespace() || c == '、' || c == ',')
        .map(|t| t.trim_matches(|c: char| "「」:：。!！".contains(c)))
        .filter(|t| !t.is_empty())
}

fn addresses_someone(line: &str) -> bool {
    tokens(line).any(|t| {
        GROUPS.iter().any(|g| t.ends_with(g)) || t.ends_with("御中") || SALUTATION_TITLES.iter().any(|h| t.ends_with(h))
    })
}

/// Honorifics that follow a person's or a company's name; the others are
/// titles (部長, 課長), which follow only a person's.
const POLITE: &[&str] = &["様", "さま", "さん", "殿", "先生"];

impl Salutation {
    fn is_empty(&self) -> bool {
        self.organisations.is_empty() && self.people.is_empty() && !self.group
    }
}

/// Classes of correspondents a notice is addressed to (「お取引先 人事・給与
/// ご担当者様」「協力会社各位」「会員事業所の皆様」): no one organisation.
const CLASSES: &[&str] = &[
    "お取引先",
    "取引先",
    "お得意先",
    "得意先",
    "協力会社",
    "協力業者",
    "関係各社",
    "関係先",
    "関係機関",
    "会員事業所",
    "会員企業",
    "会員",
    "加盟店",
    "加盟団体",
    "お客様",
    "顧客",
    "株主",
    "保護者",
    "ご利用者",
    "利用者",
];

/// What may follow a class of correspondents in the same word
/// (「取引先各社」「会員の皆様」「お取引先様」).
const CLASS_ENDINGS: &[&str] = &["", "様", "各位", "各社", "皆様", "の皆様", "の皆さま", "ご担当者様", "御中"];

/// True when `token` names a class of correspondents, not an organisation.
fn names_a_class(token: &str) -> bool {
    CLASSES.iter().any(|c| token.strip_prefix(c).is_some_and(|rest| CLASS_ENDINGS.contains(&rest)))
}

fn read_line(line: &str, found: &mut Salutation) {
    // A line that opens with a class of correspondents addresses the class,
    // as 各位 does: a bare word after it is their desk (「人事・給与ご担当者
    // 様」), not an organisation to compare with the recipients; a name with
    // a legal form (「お取引先 株式会社まるふく食品 ご担当者様」) still is.
    let class_line = tokens(line).next().is_some_and(names_a_class);
    if class_line {
        found.group = true;
    }
    let mut pending: Vec<&str> = Vec::new();
    for token in tokens(line) {
        if GROUPS.iter().any(|g| token.ends_with(g)) {
            found.group = true;
            pending.clear();
            continue;
        }
        if let Some(org) = token.strip_suffix("御中") {
            if org.is_empty() {
                flush_organisations(&mut pending, found);
            } else if !is_department(org) {
                push_organisation(org, found);
            }
            pending.clear();
            continue;
        }
        if let Some(h) = SALUTATION_TITLES.iter().find(|h| token.ends_with(**h)) {
            let name = &token[..token.len() - h.len()];
            // A post addressed with 様 (「店長様」「部長様」): the post, not a
            // person; a name before it (「山本店長様」) is the person.
            let name = if POLITE.contains(h) {
                SALUTATION_TITLES
                    .iter()
                    .filter(|t| !POLITE.contains(t) && !t.contains("担当"))
                    .find_map(|t| name.strip_suffix(t))
                    .unwrap_or(name)
            } else {
                name
            };
            if h.contains("担当") {
                // 「ご担当者様」 names no one; what precedes it is the organisation.
                if class_line {
                    found
                        .class_words
                        .extend(pending.drain(..).chain((!name.is_empty()).then_some(name)).map(str::to_owned));
                    continue;
                }
                if !name.is_empty() {
                    pending.push(name);
                }
                flush_organisations(&mut pending, found);
                continue;
            }
            let name = if name.is_empty() {
                // 「山田 太郎 様」: the honorific stands alone; the name is the
                // words before it that are not an organisation or department.
                let words: Vec<&str> = pending.drain(..).filter(|w| !is_department(w)).collect();
                let (orgs, names): (Vec<&str>, Vec<&str>) = words.into_iter().partition(|w| is_organisation(w));
                for org in orgs {
                    push_organisation(org, found);
                }
                names.concat()
            } else {
                flush_organisations(&mut pending, found);
                name.to_owned()
            };
            if name.is_empty() || is_department(&name) {
                continue;
            }
            if is_organisation(&name) {
                push_organisation(&name, found);
            } else if looks_like_person(&name) && (POLITE.contains(h) || starts_with_surname(&name).is_some()) {
                // After a title (部長) only a dictionary surname: 「営業部長」 is a post.
                found.people.push(name);
            } else if POLITE.contains(h) && japanese_word(&name) {
                // 「アルファ商事様」: a company addressed with 様.
                push_organisation(&name, found);
            }
            continue;
        }
        if is_organisation(token) {
            push_organisation(token, found);
            continue;
        }
        pending.push(token);
    }
    // A line of only an organisation-like word (「ベータ工業」 above 「田中部長」).
    if class_line {
        found.class_words.extend(pending.drain(..).map(str::to_owned));
    } else {
        flush_organisations(&mut pending, found);
    }
}

/// A person's name before an honorific: a dictionary surname first, two
/// to four kanji (a surname the dictionary lacks), or a name written in
/// hiragana (「さとう様」「ゆみさん」「みっちゃん」: a reading or a nickname).
fn looks_like_person(name: &str) -> bool {
    let n = name.chars().count();
    starts_with_surname(name).is_some() && n <= 8
        || (2..=4).contains(&n) && name.chars().all(|c| matches!(c, '\u{4E00}'..='\u{9FFF}' | '々'))
        || (2..=6).contains(&n) && name.chars().all(|c| matches!(c, '\u{3041}'..='\u{309F}' | 'ー'))
        || foreign_name(name)
}

/// A foreign person's name in katakana, its parts joined by 「・」 or 「＝」
/// as Japanese writes them (「ファム・ティ・ホア」「マイケル・スミス」): two to
/// four parts of one to eight katakana. A katakana company joins words the
/// same way, so a part that is a business word (ジャパン, サービス, エンド)
/// makes it an organisation.
pub fn foreign_name(name: &str) -> bool {
    const BUSINESS: &[&str] = &[
        "ジャパン",
        "グループ",
        "ホールディングス",
        "サービス",
        "システム",
        "エンド",
        "アンド",
        "テクノロジー",
        "ソリューション",
        "コンサルティング",
        "パートナーズ",
        "マネジメント",
        "インターナショナル",
        "ホテル",
        "センター",
        "クリニック",
        "スタジオ",
        "デザイン",
        "オフィス",
        "ストア",
        "ショップ",
        "ラボ",
        "エージェンシー",
        "カンパニー",
    ];
    let parts: Vec<&str> = name.split(['・', '=', '＝']).collect();
    (2..=4).contains(&parts.len())
        && parts.iter().all(|p| {
            (1..=8).contains(&p.chars().count()) && p.chars().all(|c| matches!(c, '\u{30A1}'..='\u{30FA}' | 'ー'))
        })
        && !parts.iter().any(|p| BUSINESS.iter().any(|b| p.contains(b)))
}

/// True when a name is written in kana only (「さとう」「サトウ ユミ」).
fn kana_only(name: &str) -> bool {
    name.chars().all(|c| matches!(c, '\u{3041}'..='\u{30FF}') || c.is_whitespace())
}

/// Katakana folded to hiragana, spaces and the 「・」 between a foreign
/// name's parts left out: サトウ and さとう, ファム・ティ・ホア and ファム ティ
/// ホア compare.
fn hiragana(name: &str) -> String {
    name.chars()
        .filter(|c| !c.is_whitespace() && !matches!(c, '・' | '=' | '＝'))
        .map(|c| match c {
            '\u{30A1}'..='\u{30F6}' => char::from_u32(c as u32 - 0x60).unwrap_or(c),
            _ => c,
        })
        .collect()
}

/// Whether a display name may be the person a salutation greets. A name in
/// kana and one in kanji (「さとう様」 to 「佐藤 由美」, 「佐藤様」 to 「さとう
/// ゆみ」) cannot be compared without their readings: not taken as a
/// mismatch. Otherwise the display name must hold the name greeted.
pub fn display_may_be(display: &str, greeted: &str) -> bool {
    if kana_only(display) != kana_only(greeted) {
        return true;
    }
    // A foreign name's parts come in either order (「マイケル・ブラウン様」 to
    // 「ブラウン マイケル」, family name first as a Japanese address book
    // sorts it): each part greeted must be in the display name (which the
    // callers pass with its spaces squeezed out).
    if foreign_name(greeted) {
        let shown = hiragana(display);
        return greeted.split(['・', '=', '＝']).all(|p| shown.contains(&hiragana(p)));
    }
    holds_name(display, greeted, false)
}

/// Whether the display name `display` holds the name `greeted` (spaces, 「・」
/// and katakana against hiragana aside; at its start when `at_start`) and,
/// when `greeted` is a full name (a dictionary surname, then a given name),
/// holds that given name whole: 「吉川 隆 様」 is not 「吉川 隆之」, the other
/// customer autocomplete offers next to him. A surname alone greets any
/// given name (「吉川様」 to 「吉川 隆之」).
pub fn holds_name(display: &str, greeted: &str, at_start: bool) -> bool {
    let g: Vec<char> = hiragana(greeted).chars().collect();
    let mut d: Vec<char> = Vec::new();
    // Whether a word of the display name ends after each character.
    let mut word_end: Vec<bool> = Vec::new();
    for c in hiragana_keeping_breaks(display).chars() {
        if c == ' ' {
            if let Some(last) = word_end.last_mut() {
                *last = true;
            }
        } else {
            d.push(c);
            word_end.push(false);
        }
    }
    if g.is_empty() || g.len() > d.len() {
        return false;
    }
    let squeezed: String = g.iter().collect();
    let full = starts_with_surname(&squeezed).is_some_and(|s| s.chars().count() < g.len());
    let name_char =
        |c: char| matches!(c, '\u{3041}'..='\u{309F}' | '\u{30A1}'..='\u{30FF}' | '\u{4E00}'..='\u{9FFF}' | '々');
    let last = if at_start { 0 } else { d.len() - g.len() };
    (0..=last).any(|i| {
        let e = i + g.len();
        if d[i..e] != g[..] || !full || e == d.len() || word_end[e - 1] || !name_char(d[e]) {
            return d[i..e] == g[..];
        }
        // What follows in the same word: one or two more characters of a
        // given name (「隆」 then 「之」), or a title or an office written
        // on (「吉川隆部長」「吉川隆税理士事務所」), which is still him.
        let rest: String =
            (e..d.len()).take_while(|&k| (k == e || !word_end[k - 1]) && name_char(d[k])).map(|k| d[k]).collect();
        rest.chars().count() > 2 || NAME_SUFFIXES.iter().chain(SALUTATION_TITLES).any(|t| rest.starts_with(t))
    })
}

/// Words written on after a name in a display name (「吉川隆税理士」):
/// an occupation or an office, not more of the given name.
const NAME_SUFFIXES: &[&str] =
    &["税理士", "弁護士", "司法書士", "行政書士", "社労士", "事務所", "院長", "医師", "教授", "代表"];

/// [`hiragana`], with each run of spaces and 「・」 kept as one space.
fn hiragana_keeping_breaks(name: &str) -> String {
    name.chars()
        .map(|c| if c.is_whitespace() || matches!(c, '・' | '=' | '＝') { ' ' } else { c })
        .map(|c| match c {
            '\u{30A1}'..='\u{30F6}' => char::from_u32(c as u32 - 0x60).unwrap_or(c),
            _ => c,
        })
        .collect()
}

fn japanese_word(word: &str) -> bool {
    let n = word.chars().count();
    (2..=25).contains(&n)
        && !word.contains(['【', '】', '(', ')'])
        && word.chars().any(|c| matches!(c, '\u{3040}'..='\u{30FF}' | '\u{4E00}'..='\u{9FFF}'))
}

/// Words left before a person or at the end of a line: the first one that is
/// not a department is taken as the organisation.
fn flush_organisations(pending: &mut Vec<&str>, found: &mut Salutation) {
    // Once an organisation is named (「株式会社ケンシンネット」 on the line
    // above), a bare word before the addressee is a department
    // (「システムサポート ご担当者様」, 「経理ご担当者様」), not a second firm.
    if found.organisations.is_empty() {
        if let Some(org) = pending.iter().find(|w| !is_department(w) && (japanese_word(w) || is_organisation(w))) {
            push_organisation(org, found);
        }
    }
    pending.clear();
}

fn push_organisation(org: &str, found: &mut Salutation) {
    let org = org.trim();
    if !org.is_empty() && !found.organisations.iter().any(|o| o == org) {
        found.organisations.push(org.to_owned());
    }
}

fn is_organisation(word: &str) -> bool {
    ORGANISATION_FORMS.iter().any(|f| word.contains(f))
}

/// Shops that are businesses of their own, not a branch (「可部商店」「丸善書店」).
const SHOP_BUSINESSES: &[&str] = &["商店", "書店", "酒店", "薬店", "飯店", "代理店", "販売店", "特約店", "百貨店"];

fn is_department(word: &str) -> bool {
    // A chain's branch before its manager (「府中店 店長様」「新宿店」).
    let branch =
        word.chars().count() >= 2 && word.ends_with('店') && !SHOP_BUSINESSES.iter().any(|b| word.ends_with(b));
    (branch || DEPARTMENT_ENDINGS.iter().any(|d| word.ends_with(d))) && !is_organisation(word)
}

/// An organisation name reduced to what identifies it: legal forms, spaces
/// and punctuation dropped, full-width folded, lower-cased
/// (`株式会社 アルファ商事` → `アルファ商事`).
pub fn organisation_core(name: &str) -> String {
    let folded = fold(name);
    let mut core = folded.text.into_owned();
    for form in ORGANISATION_FORMS {
        core = core.replace(form, "");
    }
    core.retain(|c| !c.is_whitespace() && !"・.,()「」『』-_".contains(c));
    core.replace("御中", "").to_lowercase()
}

/// True when the salutation names `organisation`: among the organisations it
/// reads, or written anywhere in its addressee and cc lines. A registered
/// name of a legal person and its facility (「医療法人はまなす会 はまなす病院」,
/// 「社会福祉法人こばと会 こばと保育園」) is named by either part: mail greets
/// the hospital, not the corporation that runs it.
pub fn names_organisation(s: &Salutation, organisation: &str) -> bool {
    let block = organisation_core(&s.block);
    let written = |name: &str| {
        let core = organisation_core(name);
        core.chars().count() >= 3 && block.contains(&core)
    };
    s.organisations.iter().chain(&s.copied).any(|o| greets_organisation(o, organisation))
        || written(organisation)
        || organisation.split_whitespace().filter(|part| !part.is_ascii()).any(written)
}

/// Last words of a display name that make it an organisation, a facility
/// or a desk rather than a person (「さくらぎ内科クリニック」, 「購買担当」,
/// 「予約センター」, 「市民課 住民記録係」).
const NOT_A_PERSON: &[&str] = &[
    "クリニック",
    "病院",
    "医院",
    "診療所",
    "歯科",
    "薬局",
    "事務所",
    "協会",
    "組合",
    "協議会",
    "連合会",
    "学校",
    "大学",
    "学園",
    "保育園",
    "幼稚園",
    "役所",
    "役場",
    "銀行",
    "ホテル",
    "旅館",
    "ステーション",
    "法人",
    "会社",
    "商店",
    "工務店",
    "担当",
    "担当者",
    "窓口",
    "受付",
    "事務局",
    "デスク",
    "代表",
    "サポート",
    "問い合わせ",
    "予約",
    "事業所",
];

/// True when a recipient's display name may be a person's: some word of it
/// is not an organisation (a legal form, the partner's registered name), a
/// department (「物流管理課」, but 「阿部」 is a surname) or a facility or
/// desk ([`NOT_A_PERSON`]). 「さくらぎ内科クリニック」 and 「総務課 関口」
/// differ: a salutation greeting 「桜木先生」 can be compared only with the
/// second.
pub fn display_names_a_person(display: &str, partner: Option<&str>) -> bool {
    let folded = fold(display);
    folded.text.split(|c: char| c.is_whitespace() || "・/／|｜()（）<>＜＞".contains(c)).filter(|t| !t.is_empty()).any(
        |t| {
            let organisational = is_organisation(t)
                || partner.is_some_and(|p| same_organisation(p, t))
                || is_department(t) && starts_with_surname(t).is_none()
                || NOT_A_PERSON.iter().any(|w| t.ends_with(w));
            !organisational
        },
    )
}

/// True when two organisation names name the same organisation.
pub fn same_organisation(a: &str, b: &str) -> bool {
    let (a, b) = (organisation_core(a), organisation_core(b));
    let shortest = a.chars().count().min(b.chars().count());
    shortest >= 2 && (a == b || a.contains(&b) || b.contains(&a))
}

/// True when a salutation's organisation `greeted` names the registered
/// `registered`: the same organisation, or its usual short form, which keeps
/// the name's characters in order and drops the rest (「化学産業労連」 for
/// 全国化学産業労働組合連合会, 「○○生協」 for ○○生活協同組合). The short form
/// must be four characters or more and begin as a stretch of the full name
/// does: 「アルファ商事」 is not short for 「ベータ商事」.
pub fn greets_organisation(greeted: &str, registered: &str) -> bool {
    if same_organisation(greeted, registered) {
        return true;
    }
    let (short, full) = (organisation_core(greeted), organisation_core(registered));
    let s: Vec<char> = short.chars().collect();
    if s.len() < 4 || s.len() >= full.chars().count() || !full.contains(&s[..2].iter().collect::<String>()) {
        return false;
    }
    let start = full.find(&s[..2].iter().collect::<String>()).unwrap_or(0);
    let mut rest = full[start..].chars();
    s.iter().all(|c| rest.any(|f| f == *c))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(body: &str) -> (Vec<String>, Vec<String>, bool) {
        let s = salutation(body).unwrap_or_default();
        (s.organisations, s.people, s.group)
    }

    #[test]
    fn organisations_people_and_groups() {
        assert_eq!(
            read("株式会社アルファ商事\n営業部 山田様\n\nいつもお世話になっております。"),
            (vec!["株式会社アルファ商事".into()], vec!["山田".into()], false)
        );
        assert_eq!(
            read("ベータ工業 田中部長\nお疲れ様です。"),
            (vec!["ベータ工業".into()], vec!["田中".into()], false)
        );
        assert_eq!(read("アルファ商事 御中\n"), (vec!["アルファ商事".into()], vec![], false));
        assert_eq!(read("関係者各位\n\nお世話になっております。"), (vec![], vec![], true));
        assert_eq!(
            read("アルファ商事株式会社 営業部 山田 太郎 様\n"),
            (vec!["アルファ商事株式会社".into()], vec!["山田太郎".into()], false)
        );
        assert_eq!(read("(株)ガンマ ご担当者様\n"), (vec!["(株)ガンマ".into()], vec![], false));
        assert_eq!(read("山田さん\nお疲れさまです。"), (vec![], vec!["山田".into()], false));
        assert_eq!(read("お世話になっております。\n山田様"), (vec![], vec![], false));
        // Things that name no one, or a company with 様.
        assert_eq!(read("【ご案内】年末年始の営業について\n\nいつもお世話になっております。"), (vec![], vec![], false));
        assert_eq!(read("Dear Mr. Yamada,\n\nThank you."), (vec![], vec![], false));
        assert_eq!(read("アルファ商事様\nお世話になります。"), (vec!["アルファ商事".into()], vec![], false));
        assert_eq!(read("株式会社ガンマ 人事部 御中\n"), (vec!["株式会社ガンマ".into()], vec![], false));
        assert_eq!(read("営業部長 山田様：\n"), (vec![], vec!["山田".into()], false));
        assert_eq!(
            read(
                "株式会社アルファ商事\n山田様\n（cc: 株式会社アルファ商事 佐藤様、木村様）\n\nお世話になっております。"
            ),
            (vec!["株式会社アルファ商事".into()], vec!["山田".into()], false)
        );
        assert_eq!(
            read("株式会社ケンシンネット\nシステムサポート ご担当者様\n"),
            (vec!["株式会社ケンシンネット".into()], vec![], false)
        );
        assert_eq!(
            read("株式会社アルファ商事\n経理ご担当者様\n"),
            (vec!["株式会社アルファ商事".into()], vec![], false)
        );
    }

    #[test]
    fn cc_lines_and_the_addressee_block() {
        let s = salutation("株式会社ヒノデ食品\n法務部 村井様\n（cc: 弁護士 日野）\n\nいつもお世話になっております。")
            .unwrap_or_default();
        assert_eq!(s.people, vec!["村井".to_owned()]);
        assert!(s.copied_people.is_empty(), "a colleague is named without an honorific: {s:?}");
        let s = salutation("株式会社アルファ商事\n山田様\n（cc: 株式会社アルファ商事 佐藤様、木村様）\n")
            .unwrap_or_default();
        assert_eq!(s.copied_people, vec!["佐藤".to_owned(), "木村".to_owned()]);
        let s = salutation("株式会社ミライセンシング 岡本様\n関西工科大学 西田先生\n\nいつもお世話になっております。")
            .unwrap_or_default();
        assert!(names_organisation(&s, "関西工科大学"), "{s:?}");
        assert!(names_organisation(&s, "株式会社ミライセンシング"));
        assert!(!names_organisation(&s, "ベータ工業株式会社"));
        // A legal person and its facility: the facility's name names it.
        let s = salutation("北浜区社会福祉協議会 地域福祉課 ご担当者様\nはまなす病院 地域連携室 小田様\n\nいつもお世話になっております。")
            .unwrap_or_default();
        assert!(names_organisation(&s, "医療法人はまなす会 はまなす病院"), "{s:?}");
        assert!(!names_organisation(&s, "医療法人あおば会 あおば病院"), "{s:?}");
    }

    #[test]
    fn display_names_of_desks_and_facilities_are_not_people() {
        for display in ["さくらぎ内科クリニック", "購買担当", "予約センター", "総務課", "株式会社アルファ商事"]
        {
            assert!(!display_names_a_person(display, None), "{display}");
        }
        assert!(!display_names_a_person("アルファ商事", Some("株式会社アルファ商事")));
        for display in ["山田 太郎", "総務課 関口", "阿部", "受付 中山", "ベータ工業 田中"] {
            assert!(display_names_a_person(display, Some("ベータ工業株式会社")), "{display}");
        }
    }

    #[test]
    fn organisation_names_compare_by_core() {
        assert!(same_organisation("株式会社アルファ商事", "アルファ商事"));
        assert!(same_organisation("アルファ商事株式会社", "(株)アルファ商事"));
        assert!(same_organisation("ＡＢＣ商会", "abc商会"));
        assert!(!same_organisation("株式会社アルファ商事", "ベータ工業株式会社"));
        assert!(!same_organisation("株式会社", "株式会社ベータ"));
    }
}

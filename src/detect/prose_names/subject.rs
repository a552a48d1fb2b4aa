//! Names the finder takes from where they stand in a sentence rather than
//! from a cue beside them (issue 17): a surname or a katakana person
//! spelling opening a sentence as its subject, when the sentence goes on
//! to say what a person does (「関は来週から夜勤に入る」, 「マリアが受付に来て」);
//! a katakana person spelling right after a person noun (「留学生のリーに」);
//! and a hiragana given name before ちゃん or くん (「ひなたちゃん」).
//!
//! Each of these words alone is as often something else (関 a barrier, 東
//! the east, リー a lee): the subject position, the person noun or the
//! child's suffix is what makes it a person, so every rule here asks for
//! one of them before any list.

use super::{is_hiragana, is_katakana, morae, person_context, push, NameData, CONFIDENCE, CUE_CONFIDENCE};
use crate::detect::Hit;

/// Stems of what people do or undergo in office, care and school prose
/// (said, reported, proposed, asked, was admitted, came, works): a subject
/// that does one of them is a person. Stems, so every inflection matches.
#[rustfmt::skip]
const PERSON_PREDICATES: &[&str] = &[
    "述べ", "話し", "話す", "語っ", "語る", "言っ", "言う", "言い", "伝え", "報告", "提案", "指示", "説明",
    "依頼", "相談", "賛成", "反対", "担当", "訴え", "希望", "評価", "判断", "承認", "懸念", "主張",
    "答え", "回答", "質問", "勤務", "入社", "退職", "出席", "欠席", "出張", "来社", "来院", "来て", "来た",
    "来る", "来ら", "帰っ", "帰る", "思っ", "考え", "求め", "示し", "務め", "申し送", "連絡", "電話", "経験",
    "合格", "入院", "退院", "通院", "受診", "休ん", "休み", "休暇", "夜勤", "日勤", "異動", "着任", "就任",
    "退任", "辞め", "謝罪", "謝っ", "手伝", "教え", "学ん", "選ばれ", "任命", "頼ま", "頼ん", "約束", "同意",
    "了承", "拒否", "断っ", "聞い", "尋ね", "名乗", "勤め", "働い", "働く", "住ん", "生まれ", "亡くな", "結婚",
    "出産", "面会", "面談", "面接", "指導", "紹介", "推薦", "発言", "意見", "喜ん", "笑っ", "泣い", "怒っ",
    "同行", "参加", "見舞", "引き継", "引継", "付き添", "介助", "眠れ", "食べ", "飲ん",
    // What biographies and sports reports say people did: the subject of
    // 「…は1990年代に二度の首位打者を獲得した」 is a person when it is a name.
    "生まれた", "育っ", "師事", "留学", "卒業", "入団", "移籍", "来日", "引退", "受賞", "獲得", "優勝", "発見",
    "発明", "提唱", "考案", "設計", "創設", "創業", "創刊", "著し", "執筆", "作曲", "演奏", "出演", "主演",
    "率い", "破っ", "敗れ", "即位", "死去", "没し", "暗殺", "歴任", "滞在", "旅し", "描い", "書い", "予言",
    "辞退", "仕え", "過ごし", "挙げ", "活躍", "転じ", "通っ", "通う",
    // What novels' narration says people did (gazed, ran in, nodded, fell
    // silent, went out): 「千鶴は窓辺に立ち、庭を眺めていた」.
    "眺め", "駆け", "見つめ", "うなず", "頷", "黙っ", "黙り", "叫ん", "振り返", "微笑", "ため息", "出かけ", "声をかけ",
    "息を切ら", "涙",
];

/// What only people do or are said to have done in biographies and news
/// (born, died, studied under, retired, won a prize, came to Japan): enough
/// to make a katakana subject the lists lack a person (「ブッシュは…生まれた」).
#[rustfmt::skip]
const LIFE_PREDICATES: &[&str] = &[
    "生まれ", "亡くな", "死去", "没し", "師事", "留学", "引退", "受賞", "来日", "即位", "暗殺", "結婚", "入団", "移籍", "卒業", "就任", "辞任", "出演", "主演", "作曲", "執筆", "著し", "育っ", "歴任",
    "戦死", "処刑", "逮捕", "出身",
];

/// The sentence that `rest` goes on to: up to 。, a line break, or ~40
/// characters.
fn sentence_of(rest: &str) -> &str {
    let mut end = rest.len().min(120);
    while !rest.is_char_boundary(end) {
        end -= 1;
    }
    let sentence = &rest[..end];
    sentence.find(['。', '\n']).map_or(sentence, |i| &sentence[..i])
}

/// Whether a sentence says its subject is someone of a trade or role
/// (「…出身の作家である。」, 「…の天文学者で、」): 「の」, a kanji person noun,
/// then である or であった ending the sentence, or で、. Manuals say
/// 「ユーザが…の所有者であるか」 and 「…のメンバーで、」: neither ends so or
/// is kanji.
fn is_a_person(d: &NameData, sentence: &str) -> bool {
    let trade = |before: &str| {
        let Some(no) = before.rfind('の') else { return false };
        let noun = &before[no + 'の'.len_utf8()..];
        let chars = noun.chars().count();
        (1..=6).contains(&chars)
            && noun.chars().all(super::is_kanji)
            && (d.person_nouns.contains(noun)
                || chars >= 2
                    && noun.chars().next_back().is_some_and(|c| super::PERSON_SUFFIXES.contains(c))
                    && !super::NOT_PERSON_SUFFIXED.iter().any(|w| noun.ends_with(w)))
    };
    ["である", "であった", "で、"].iter().any(|copula| {
        sentence.match_indices(copula).any(|(i, _)| {
            let closes = copula.ends_with('、') || i + copula.len() == sentence.len();
            closes && trade(&sentence[..i])
        })
    })
}

/// Whether what follows a subject, to the end of its sentence, says what a
/// person does or is.
pub(super) fn person_predicate(d: &NameData, rest: &str) -> bool {
    let sentence = sentence_of(rest);
    PERSON_PREDICATES.iter().any(|p| sentence.contains(p)) || is_a_person(d, sentence)
}

/// The same, asked of a subject the lists lack: only a life event or a
/// trade will do.
pub(super) fn life_predicate(d: &NameData, rest: &str) -> bool {
    let sentence = sentence_of(rest);
    LIFE_PREDICATES.iter().any(|p| sentence.contains(p)) || is_a_person(d, sentence)
}

/// Words after 「<name>の」 that only a person has (a work, a life, a
/// relative): 「トルストイの代表作」, 「ショパンの死後」.
#[rustfmt::skip]
const PERSON_OWNED: &[&str] = &[
    "代表作", "作品", "著書", "著作", "小説", "詩集", "歌集", "肖像", "生涯", "死後", "没後", "晩年", "生前", "弟子",
    "門下", "伝記", "自伝", "生家", "墓", "功績", "遺作", "処女作", "妻", "夫", "娘", "息子", "父", "母", "後継者",
    "助手", "恩師", "演説", "発言", "指揮", "絵", "曲",
];

/// Whether `after` is 「の」 and a word only a person has.
fn person_owned_after(after: &str) -> bool {
    after.strip_prefix('の').is_some_and(|r| PERSON_OWNED.iter().any(|w| r.starts_with(w)))
}

/// Whether byte `s` of `text` opens a sentence or a quote: the text's start,
/// a line break, 。, ！, ？, an opening bracket, or a space; with `comma`,
/// 、 too (「午後、上原が来た」).
pub(super) fn opens_sentence(text: &str, s: usize, comma: bool) -> bool {
    match text[..s].chars().next_back() {
        None => true,
        Some(c) => {
            c.is_whitespace()
                || matches!(c, '。' | '！' | '？' | '「' | '『' | '（' | '(' | '：' | ':')
                || comma && c == '、'
        }
    }
}

/// The bytes of a subject particle at the start of `after` (は, が, も, から,
/// によると, によれば): a name before one opens what the sentence says of it.
fn subject_particle(after: &str) -> Option<usize> {
    ["は", "が", "も", "から", "によると", "によれば", "の話では"]
        .iter()
        .find(|p| after.starts_with(*p))
        .map(|p| p.len())
}

/// A surname standing as the subject of a sentence about a person: `run`
/// (`text[s..e]`) opens the sentence or follows 、,
/// a subject particle follows, and the rest of the sentence has a person's
/// verb. One-kanji surnames come from the common list and
/// [`super::ONE_KANJI_SURNAMES`]; longer ones from the whole list (uncommon
/// ones too: 勅使河原, 仲宗根), but not a prefecture's or a city's name.
pub(super) fn surname_subject(d: &NameData, text: &str, s: usize, e: usize, out: &mut Vec<Hit>) -> bool {
    let run = &text[s..e];
    let one = run.chars().nth(1).is_none();
    let Some(p) = subject_particle(&text[e..]) else { return false };
    // After 、 too (「議題二について、原が反対意見を述べた」): the predicate
    // still has to be a person's.
    if !opens_sentence(text, s, true) {
        return false;
    }
    let surname = if one {
        d.common_surnames.contains(run) || super::ONE_KANJI_SURNAMES.contains(&run)
    } else {
        d.is_surname(run) && !super::PREFECTURE_STEMS.contains(&run) && !super::PLACE_SURNAMES.contains(&run)
    };
    if surname && !d.not_names.contains(run) && person_predicate(d, &text[e + p..]) {
        push(text, s, e, CONFIDENCE, "姓 + 人の述語 / surname as a person's subject", out);
        return true;
    }
    false
}

/// A katakana person spelling alone (`text[s..e]`, no joiner): after a
/// person noun and 「の」 or 「、」 (「留学生のリーに」) before a particle or a
/// comma, or as the subject opening a sentence about a person
/// (「クラークは来月から勤務する」). Two morae at least (リー is two).
pub(super) fn katakana_alone(d: &NameData, text: &str, s: usize, e: usize, out: &mut Vec<Hit>) {
    let run = &text[s..e];
    let after = &text[e..];
    if morae(run) < 2 || super::KATAKANA_HEADS.contains(&run) {
        return;
    }
    let listed = d.katakana.contains(run);
    let next = after.chars().next();
    // 「祖母のキヨは」: after a relative, an old woman's name the lists lack.
    let kin_name = || super::after_kin(text, s) && super::old_kana_name(run);
    if (listed || kin_name()) && next.is_some_and(|c| super::is_particle(c) || c == '、') && person_context(d, text, s)
    {
        push(text, s, e, CUE_CONFIDENCE, "役割の + カタカナ名 / name after a role", out);
        return;
    }
    if !opens_sentence(text, s, true) {
        return;
    }
    if let Some(p) = subject_particle(after) {
        // A spelling the lists lack (ブッシュ, ミラー are words too) needs
        // three morae and a life event or a trade said of it.
        // Unlisted: opening the sentence itself, not a clause after 、
        // (「、システムは」 is everywhere in manuals, and the sentence's verbs
        // are read only then).
        let person = if listed {
            person_predicate(d, &after[p..])
        } else {
            morae(run) >= 3 && opens_sentence(text, s, false) && life_predicate(d, &after[p..])
        };
        if person {
            push(text, s, e, CONFIDENCE, "カタカナ名 + 人の述語 / name as a person's subject", out);
            return;
        }
    }
    // 「トルストイの代表作に」: what only a person has.
    if listed && person_owned_after(after) {
        push(text, s, e, CONFIDENCE, "カタカナ名 + の作品 / name before a person's work", out);
    }
}

/// Katakana words before さん that are no name: family words, trades and
/// firms (ヤマトさん is a carrier).
#[rustfmt::skip]
const NOT_NAMES_BEFORE_SAN: &[&str] = &[
    "ママ", "パパ", "パート", "スタッフ", "ヤマト", "ドライバー", "カメラマン", "コック", "シェフ", "ナース", "マスター",
    "オーナー", "ボス", "サンタ", "ワンちゃん", "ネコ", "イヌ", "クマ", "パン", "ケーキ", "ヘルパー",
];

/// A katakana person spelling alone before さん, opening a sentence or a
/// clause or after a person noun (「ランさんによると」, 「エマさんは」), or an
/// old woman's name of two plain kana the lists lack (「フミさんは」).
pub(super) fn katakana_san(d: &NameData, text: &str, s: usize, e: usize, out: &mut Vec<Hit>) {
    let run = &text[s..e];
    if morae(run) < 2 || super::KATAKANA_HEADS.contains(&run) || NOT_NAMES_BEFORE_SAN.contains(&run) {
        return;
    }
    if d.katakana.contains(run) || super::old_kana_name(run) {
        push(text, s, e, CUE_CONFIDENCE, "カタカナ名 + さん / name + honorific", out);
    }
}

/// A listed hiragana given name before さん (`suffix` the byte of さ) after
/// anything but kana (「、ゆきえさんは」, 「みどりさんは」): the honorific finder
/// takes kanji only. Not words of address (みなさん, おばあさん).
pub(super) fn kana_san(d: &NameData, text: &str, suffix: usize, out: &mut Vec<Hit>) {
    let before = &text[..suffix];
    let mut start = suffix;
    let mut n = 0;
    for (i, c) in before.char_indices().rev() {
        if !is_hiragana(c) {
            break;
        }
        n += 1;
        start = i;
        if n > 4 {
            return;
        }
    }
    let name = &before[start..];
    let prev = before[..start].chars().next_back();
    let boundary =
        !prev.is_some_and(|c| is_hiragana(c) || is_katakana(c) || c.is_alphanumeric() && !super::is_kanji(c));
    // After a kanji the word goes on (「お客さん」 is お + 客): only after
    // punctuation, a space or the text's start.
    let opens = prev.is_none_or(|c| !super::is_kanji(c));
    if n >= 2
        && boundary
        && opens
        && d.given_kana.contains(name)
        && !NOT_CHILD_NAMES.contains(&name)
        && !NOT_KANA_BEFORE_SAN.contains(&name)
    {
        push(text, start, suffix, CUE_CONFIDENCE, "ひらがな名 + さん / given name + honorific", out);
    }
}

/// Hiragana before さん that are words of address, not names.
#[rustfmt::skip]
const NOT_KANA_BEFORE_SAN: &[&str] = &[
    "みな", "おく", "おば", "おじ", "おばあ", "おじい", "おにい", "おねえ", "おかあ", "おとう", "おっか", "おやじ",
    "あね", "にい", "ねえ", "かあ", "とう", "じい", "ばあ", "おまわり", "おいしゃ", "おきゃく", "おじょう", "ぼう",
    "みなみな", "おつかれ", "ごくろう", "おかげ", "おそまつ", "ごちそう", "おひさま", "おつきさま",
];

/// Hiragana that cannot be a child's name before ちゃん/くん though listed
/// words end so (「もっとちゃんと」 is "properly").
#[rustfmt::skip]
const NOT_CHILD_NAMES: &[&str] = &[
    "もっと", "きちんと", "これ", "それ", "あれ", "どれ", "みんな", "おばあ", "おじい", "おにい", "おねえ", "あか",
    "ぼく", "わたし", "くん", "さん", "ちゃん",
];

/// Particles after which a hiragana given name may start (「ゆうとくんとひなたちゃん」).
fn joins_names(c: char) -> bool {
    matches!(c, 'と' | 'や' | 'の' | 'も' | 'は' | 'が' | 'に' | 'を')
}

/// A hiragana given name before ちゃん or くん, `suffix` the byte where that
/// starts: the whole hiragana word before it (2-4 characters after anything
/// but hiragana: 「、ひなたちゃん」), or a listed kana given name after a
/// particle (「のりこちゃん」, 「くんとひなたちゃん」 after another child's name).
pub(super) fn child_name(d: &NameData, text: &str, suffix: usize, out: &mut Vec<Hit>) {
    let before = &text[..suffix];
    // Up to five hiragana back: a name of 2-4 and the character before it.
    let mut starts = [0usize; 6];
    let mut n = 0;
    for (i, c) in before.char_indices().rev() {
        if !is_hiragana(c) || n == 5 {
            break;
        }
        n += 1;
        starts[n] = i;
    }
    let chanto = text[suffix..].starts_with("ちゃんと");
    for k in (2..=n.min(4)).rev() {
        let name = &before[starts[k]..];
        let prev = before[..starts[k]].chars().next_back();
        let boundary = !prev.is_some_and(|c| is_hiragana(c) || is_katakana(c));
        let listed = d.given_kana.contains(name);
        if NOT_CHILD_NAMES.contains(&name) || chanto && !listed {
            continue;
        }
        // After another child's suffix and と or や (「そうたくんとめいちゃん」)
        // the name needs no list.
        let after_suffix =
            prev.is_some_and(|c| matches!(c, 'と' | 'や')) && before[..starts[k]].chars().rev().nth(1) == Some('ん');
        if boundary || after_suffix || listed && prev.is_some_and(joins_names) {
            push(text, starts[k], suffix, CONFIDENCE, "ひらがな名 + ちゃん・くん / given name", out);
            return;
        }
    }
}

#[cfg(feature = "names-given")]
/// Last kanji that only given names end in among the common ones (子, 美,
/// 郎, 介, 菜…), so a given name alone so ended needs no person's verb
/// after it; words end so seldom (様子 and 女子 are no listed given names).
const GIVEN_ENDS: &str = "子美郎也哉介輔太斗彦雄菜奈香恵江絵穂乃華梨衣希紀枝";

/// A given name of 2-3 kanji alone as the subject opening a sentence or a
/// clause (「直子は窓の外を見たまま」, 「その夜、奈緒子は」,
/// 「翔太が宿題を見てほしいと言ってきた」): `text[s..e]` is wholly a listed
/// given name before は, が or も, after a sentence's opening, 、 or a quote;
/// and it ends as only given names do, or it is a common one and the
/// sentence says what a person does. Not a listed surname (asked by [`surname_subject`]), a relative or
/// a word the lists keep apart. Family prose, novels and case notes name
/// people so once they are known.
#[cfg(feature = "names-given")]
#[cold]
#[inline(never)]
pub(super) fn given_subject(d: &NameData, text: &str, s: usize, e: usize, out: &mut Vec<Hit>) -> bool {
    let run = &text[s..e];
    let chars = run.chars().count();
    if !(2..=3).contains(&chars) || !matches!(text[e..].chars().next(), Some('は' | 'が' | 'も')) {
        return false;
    }
    if !opens_sentence(text, s, true) || !d.given.contains(run) || d.not_names.contains(run) {
        return false;
    }
    if super::is_kin(run) || super::PLACE_HEADS.iter().any(|h| run.ends_with(h)) {
        return false;
    }
    let ends_as_given = run.chars().next_back().is_some_and(|c| GIVEN_ENDS.contains(c));
    // A name the common list lacks needs its ending: the large list holds
    // words (結果 is a given name in it) that open manual pages' sentences.
    if ends_as_given || d.common_given.contains(run) && person_predicate(d, &text[e + 3..]) {
        push(text, s, e, CONFIDENCE, "名 + 人の述語 / given name as a person's subject", out);
        return true;
    }
    false
}

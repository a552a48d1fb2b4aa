//! Special-care personal information (要配慮個人情報, APPI Art. 2(3) and Cabinet
//! Order Art. 2): medical history and health-check results, disability,
//! criminal record and proceedings, having been a victim of crime, creed,
//! race and social status by birth.
//!
//! No public Japanese keyword list exists, so these are curated terms: words
//! that only appear when a document is *about a person's* condition, status
//! or history. Generic words that office mail uses for other things are left
//! out on purpose: 障害 alone (a system failure), 診断 alone (a diagnosis of a
//! machine), 健康診断 alone (a notice of the check-up date), がん (がんばる),
//! 感染 alone (infection-control memos). A term found in prose only counts when
//! the same file also names or identifies a person (see `scan`), because a
//! leaflet about depression is not anyone's medical record.

use super::Hit;
use crate::{Evidence, Family, Kind};

/// (term, kind). Matched on folded text; ASCII terms need word boundaries.
pub const TERMS: &[(&str, Kind)] = {
    use Kind::*;
    &[
        // Medical history, treatment, health-check results.
        ("病名", Health),
        ("傷病名", Health),
        ("診断名", Health),
        ("既往歴", Health),
        ("病歴", Health),
        ("持病", Health),
        ("診断書", Health),
        ("カルテ", Health),
        ("通院中", Health),
        ("入院中", Health),
        ("服薬中", Health),
        ("治療中", Health),
        ("療養中", Health),
        ("休職中", Health),
        ("要精密検査", Health),
        ("要再検査", Health),
        ("要治療", Health),
        ("要医療", Health),
        ("要経過観察", Health),
        ("経過観察中", Health),
        ("有所見", Health),
        ("自宅療養", Health),
        ("宿泊療養", Health),
        ("入院調整", Health),
        ("入院", Health),
        ("退院", Health),
        ("通院", Health),
        ("服用中", Health),
        ("服薬", Health),
        ("投薬", Health),
        ("睡眠導入剤", Health),
        ("睡眠薬", Health),
        ("抗うつ薬", Health),
        ("向精神薬", Health),
        ("主訴", Health),
        ("診察", Health),
        ("メンタルクリニック", Health),
        ("乳がん", Health),
        ("胃がん", Health),
        ("肺がん", Health),
        ("大腸がん", Health),
        ("肝臓がん", Health),
        ("子宮がん", Health),
        ("前立腺がん", Health),
        ("膵臓がん", Health),
        ("がん検診", Health),
        ("と診断", Health),
        ("診断され", Health),
        ("インフルエンザ", Health),
        ("骨折", Health),
        ("ヘルニア", Health),
        ("脳しんとう", Health),
        ("脳震盪", Health),
        ("やけど", Health),
        ("火傷", Health),
        ("捻挫", Health),
        ("熱中症", Health),
        ("皮膚科", Health),
        ("整形外科", Health),
        ("耳鼻科", Health),
        ("眼科", Health),
        ("アレルギー", Health),
        ("allergy", Health),
        ("腰痛", Health),
        ("労災", Health),
        ("休職", Health),
        ("傷病手当", Health),
        ("精密検査", Health),
        ("健診結果", Health),
        ("健康診断結果", Health),
        ("人間ドック結果", Health),
        ("陽性", Health),
        ("感染者", Health),
        ("濃厚接触者", Health),
        ("罹患", Health),
        ("発症日", Health),
        ("精神科", Health),
        ("心療内科", Health),
        ("人工透析", Health),
        ("透析", Health),
        ("抗がん剤", Health),
        ("化学療法", Health),
        ("放射線治療", Health),
        ("癌", Health),
        ("悪性腫瘍", Health),
        ("白血病", Health),
        ("リンパ腫", Health),
        ("糖尿病", Health),
        ("高血圧症", Health),
        ("高血圧", Health),
        ("脂質異常症", Health),
        ("脳梗塞", Health),
        ("脳出血", Health),
        ("脳卒中", Health),
        ("心筋梗塞", Health),
        ("狭心症", Health),
        ("心不全", Health),
        ("不整脈", Health),
        ("肝炎", Health),
        ("肝硬変", Health),
        ("腎不全", Health),
        ("腎臓病", Health),
        ("喘息", Health),
        ("ぜんそく", Health),
        ("COPD", Health),
        ("リウマチ", Health),
        ("膠原病", Health),
        ("認知症", Health),
        ("アルツハイマー", Health),
        ("パーキンソン病", Health),
        ("てんかん", Health),
        ("うつ病", Health),
        ("鬱病", Health),
        ("抑うつ", Health),
        ("双極性障害", Health),
        ("統合失調症", Health),
        ("適応障害", Health),
        ("パニック障害", Health),
        ("不安障害", Health),
        ("強迫性障害", Health),
        ("摂食障害", Health),
        ("睡眠障害", Health),
        ("不眠症", Health),
        ("PTSD", Health),
        ("依存症", Health),
        ("HIV", Health),
        ("エイズ", Health),
        ("梅毒", Health),
        ("性感染症", Health),
        ("結核", Health),
        ("新型コロナウイルス感染症", Health),
        ("COVID-19", Health),
        ("不妊治療", Health),
        ("流産", Health),
        ("難病", Health),
        ("指定難病", Health),
        ("筋ジストロフィー", Health),
        ("ALS", Health),
        // English, as an English roster's notes column or a case note says it;
        // only words that name a condition and little else (not depression,
        // stroke or cancer alone: the economy, swimming, a star sign).
        ("diabetes", Health),
        ("diabetic", Health),
        ("asthma", Health),
        ("epilepsy", Health),
        ("dementia", Health),
        ("schizophrenia", Health),
        ("bipolar disorder", Health),
        ("Alzheimer's", Health),
        ("Parkinson's disease", Health),
        ("hepatitis", Health),
        ("leukemia", Health),
        ("leukaemia", Health),
        ("tuberculosis", Health),
        ("chemotherapy", Health),
        ("dialysis", Health),
        ("diagnosed with", Health),
        ("major depressive disorder", Health),
        ("クローン病", Health),
        ("潰瘍性大腸炎", Health),
        ("甲状腺", Health),
        ("骨粗しょう症", Health),
        // Conditions a care home, clinic or school writes about a named
        // person (an absence note, a family report), written from general
        // knowledge; forms that office prose uses otherwise are left out
        // (麻痺 alone: a system or traffic; 脱水 alone: a washing machine).
        ("肺炎", Health),
        ("気管支炎", Health),
        ("胃潰瘍", Health),
        ("十二指腸潰瘍", Health),
        ("帯状疱疹", Health),
        ("感染性胃腸炎", Health),
        ("片麻痺", Health),
        ("半身麻痺", Health),
        ("四肢麻痺", Health),
        ("嚥下障害", Health),
        ("脱水症", Health),
        ("膀胱炎", Health),
        ("尿路感染症", Health),
        ("心臓病", Health),
        ("脳腫瘍", Health),
        ("骨転移", Health),
        ("人工肛門", Health),
        ("ストーマ", Health),
        ("痛風", Health),
        ("胆石", Health),
        ("腸閉塞", Health),
        ("水痘", Health),
        ("水ぼうそう", Health),
        ("麻疹", Health),
        ("風疹", Health),
        ("おたふくかぜ", Health),
        ("流行性耳下腺炎", Health),
        ("手足口病", Health),
        ("溶連菌", Health),
        ("RSウイルス", Health),
        ("アデノウイルス", Health),
        ("緑内障", Health),
        ("白内障", Health),
        // Dental diagnoses and treatment on a chart or a treatment plan
        // (not インプラント or クラウン alone: dental labs and depots order
        // them by the box).
        ("歯周病", Health),
        ("歯周炎", Health),
        ("歯肉炎", Health),
        ("歯根破折", Health),
        ("歯髄炎", Health),
        ("根尖性歯周炎", Health),
        ("う蝕", Health),
        ("齲蝕", Health),
        ("根管治療", Health),
        ("顎関節症", Health),
        ("抜歯", Health),
        // Care and nursing notes: what happened to the person, their
        // symptoms, and the treatment or guidance after a check-up.
        ("救急搬送", Health),
        ("救急車で搬送", Health),
        ("受診勧奨", Health),
        ("要受診", Health),
        ("外来受診", Health),
        ("救急受診", Health),
        ("受診歴", Health),
        ("既往", Health),
        ("内服", Health),
        ("頓服", Health),
        ("処方薬", Health),
        ("高ストレス者", Health),
        ("高ストレス判定", Health),
        ("面接指導", Health),
        ("頭痛", Health),
        ("発熱", Health),
        ("嘔吐", Health),
        ("吐き気", Health),
        ("めまい", Health),
        ("倦怠感", Health),
        ("腹痛", Health),
        ("下痢", Health),
        ("食欲不振", Health),
        ("浮腫", Health),
        ("むくみ", Health),
        ("褥瘡", Health),
        ("誤嚥", Health),
        ("失禁", Health),
        ("動悸", Health),
        ("息切れ", Health),
        ("しびれ", Health),
        ("不眠", Health),
        ("むせ込み", Health),
        ("ふらつき", Health),
        ("転倒", Health),
        ("服用", Health),
        ("科を受診", Health),
        ("病院を受診", Health),
        ("医院を受診", Health),
        ("クリニックを受診", Health),
        ("医療機関を受診", Health),
        ("救急外来", Health),
        ("点滴", Health),
        ("採血", Health),
        ("インスリン", Health),
        ("胃ろう", Health),
        ("胃瘻", Health),
        ("経管栄養", Health),
        ("在宅酸素", Health),
        ("カテーテル", Health),
        ("排便", Health),
        ("排尿", Health),
        ("下剤", Health),
        ("認知機能", Health),
        // The certified level of long-term care need (介護保険) is about the
        // person's body and mind.
        ("要介護", Health),
        ("要支援", Health),
        ("介護度", Health),
        // Disability (physical, intellectual, mental, developmental).
        ("障がい", Disability),
        ("障碍", Disability),
        ("障害者手帳", Disability),
        ("身体障害者手帳", Disability),
        ("療育手帳", Disability),
        ("精神障害者保健福祉手帳", Disability),
        ("障害等級", Disability),
        ("障害程度区分", Disability),
        ("障害支援区分", Disability),
        ("障害年金", Disability),
        ("障害者雇用", Disability),
        ("知的障害", Disability),
        ("発達障害", Disability),
        ("身体障害", Disability),
        ("精神障害", Disability),
        ("視覚障害", Disability),
        ("聴覚障害", Disability),
        ("言語障害", Disability),
        ("高次脳機能障害", Disability),
        ("学習障害", Disability),
        ("肢体不自由", Disability),
        ("自閉症", Disability),
        ("自閉スペクトラム症", Disability),
        ("アスペルガー", Disability),
        ("ADHD", Disability),
        ("注意欠如", Disability),
        ("ダウン症", Disability),
        ("難聴", Disability),
        ("失語症", Disability),
        ("車いす", Disability),
        ("車椅子", Disability),
        ("受給者証", Disability),
        ("就労移行支援", Disability),
        ("就労継続支援", Disability),
        ("特別支援学級", Disability),
        ("特別支援学校", Disability),
        // Criminal record, criminal and juvenile proceedings.
        ("前科", CriminalRecord),
        ("前歴", CriminalRecord),
        ("犯罪歴", CriminalRecord),
        ("逮捕歴", CriminalRecord),
        ("逮捕", CriminalRecord),
        ("起訴", CriminalRecord),
        ("書類送検", CriminalRecord),
        ("送検", CriminalRecord),
        ("有罪判決", CriminalRecord),
        ("服役", CriminalRecord),
        ("受刑", CriminalRecord),
        ("懲役", CriminalRecord),
        ("禁錮", CriminalRecord),
        ("罰金刑", CriminalRecord),
        ("執行猶予", CriminalRecord),
        ("仮釈放", CriminalRecord),
        ("保護観察", CriminalRecord),
        ("少年院", CriminalRecord),
        ("少年審判", CriminalRecord),
        ("被疑者", CriminalRecord),
        ("被告人", CriminalRecord),
        ("容疑者", CriminalRecord),
        ("補導", CriminalRecord),
        ("酒気帯び運転", CriminalRecord),
        ("飲酒運転", CriminalRecord),
        ("道路交通法違反", CriminalRecord),
        ("罰金", CriminalRecord),
        ("実刑", CriminalRecord),
        ("有罪", CriminalRecord),
        ("検挙", CriminalRecord),
        // Having been the victim of a crime.
        ("犯罪被害", CrimeVictim),
        ("被害届", CrimeVictim),
        ("性犯罪被害", CrimeVictim),
        ("性被害", CrimeVictim),
        ("DV被害", CrimeVictim),
        ("ストーカー被害", CrimeVictim),
        ("虐待被害", CrimeVictim),
        ("被害者支援", CrimeVictim),
        ("被害者", CrimeVictim),
        ("被害に遭", CrimeVictim),
        ("ひったくり", CrimeVictim),
        ("暴行被害", CrimeVictim),
        ("傷害事件", CrimeVictim),
        ("詐欺被害", CrimeVictim),
        ("特殊詐欺", CrimeVictim),
        ("還付金詐欺", CrimeVictim),
        ("振り込め詐欺", CrimeVictim),
        ("空き巣", CrimeVictim),
        ("窃盗被害", CrimeVictim),
        ("強盗被害", CrimeVictim),
        ("痴漢被害", CrimeVictim),
        ("盗撮被害", CrimeVictim),
        ("性暴力", CrimeVictim),
        ("強制わいせつ", CrimeVictim),
        ("家庭内暴力", CrimeVictim),
        // Abuse of a child or an elder as a fact or a suspicion about someone
        // (「虐待の可能性があると考えます」); 虐待防止 and 虐待とは are a
        // training's topic (`GENERAL_AFTER`).
        ("虐待の疑い", CrimeVictim),
        ("虐待の可能性", CrimeVictim),
        ("虐待が疑われ", CrimeVictim),
        ("虐待を受け", CrimeVictim),
        ("虐待され", CrimeVictim),
        ("身体的虐待", CrimeVictim),
        ("心理的虐待", CrimeVictim),
        ("性的虐待", CrimeVictim),
        ("ネグレクト", CrimeVictim),
        ("ストーカー", CrimeVictim),
        ("略式起訴", CriminalRecord),
        // Creed and religion (incl. political creed).
        ("宗教", Religion),
        ("信仰", Religion),
        ("信者", Religion),
        ("入信", Religion),
        ("宗派", Religion),
        ("檀家", Religion),
        ("キリスト教徒", Religion),
        ("イスラム教徒", Religion),
        ("ムスリム", Religion),
        ("仏教徒", Religion),
        ("創価学会", Religion),
        ("エホバの証人", Religion),
        ("統一教会", Religion),
        ("支持政党", Religion),
        ("政治信条", Religion),
        ("思想信条", Religion),
        // Race and ethnic origin (nationality alone is not race).
        ("人種", Race),
        ("民族", Race),
        ("在日韓国人", Race),
        ("在日朝鮮人", Race),
        ("在日コリアン", Race),
        ("アイヌ", Race),
        ("帰化", Race),
        // Social status by birth.
        ("本籍", SocialStatus),
        ("本籍地", SocialStatus),
        ("被差別部落", SocialStatus),
        ("部落出身", SocialStatus),
        ("同和地区", SocialStatus),
        ("門地", SocialStatus),
    ]
};

/// Words that contain a term but mean something else, matched with the terms
/// so that the longer word wins: 受信者 is a mail's recipient, not a believer
/// (信者); 骨折り is an effort, 帰化植物 a plant, アイヌ語 a language. (送信者
/// is a name label, which masks 信者 already.)
pub const NOT_TERMS: &[&str] = &[
    "受信者",
    "送受信者",
    "発信者",
    "着信者",
    "返信者",
    "通信者",
    "配信者",
    "宗教法人",
    "骨折り",
    "帰化植物",
    "アイヌ語",
    "民族衣装",
    "民族音楽",
    "被害者支援センター",
    "透析装置",
    // Fields of study and institutions, not a person's creed or origin.
    "宗教学",
    "民族学",
    "民族博物館",
    "癌研",
    // Salary rules: prior career credited in pay, not a criminal record (前歴).
    "前歴換算",
];

/// Words after a term that make the sentence about the condition in general
/// (`糖尿病の予防には…`, `熱中症対策`, `インフルエンザとは`), as in a health
/// newsletter or a notice: no one's medical history.
const GENERAL_AFTER: &[&str] = &[
    "の予防",
    "を予防",
    "予防",
    "防止",
    "とは",
    "の原因",
    "のリスク",
    "対策",
    "になりやすい",
    "を防",
    "の啓発",
    "の早期発見",
    "患者数",
    "の患者数",
    "教室",
    "講座",
    "セミナー",
    "講演",
    "の方は",
    "の方へ",
    "の方を対象",
    // A menu's or a room's provision (「アレルギー対応食」).
    "対応食",
    "対応メニュー",
    "に関する研究",
    "の治療法",
    "の症状には",
    "の症状は",
    "の一般的",
    "などの症状",
    "などの",
    "の疑いがある場合",
    "がある場合",
    // Its absence, as a proviso (「エマさんのお弁当は、アレルギーの心配がな
    // ければいつもどおりで」): nothing said of anyone, named or not.
    "の心配がなければ",
    "の心配がない場合",
    "がなければ",
    "の場合は",
    // Seasonal advice in a newsletter or a notice.
    "に気をつけ",
    "に気を付け",
    "にお気をつけ",
    "にお気を付け",
    "に注意しましょう",
    "にご注意",
    "が流行",
    "が増えて",
    "にならない",
    "にかからない",
    "の季節",
    "の予防接種",
    "ワクチン",
];

/// Whether the words right after a term make it general talk about the
/// condition rather than a fact about someone.
pub fn general_use(after: &str) -> bool {
    if GENERAL_AFTER.iter().any(|w| after.starts_with(w)) {
        return true;
    }
    // English: 「diabetes prevention」「asthma awareness week」.
    let next = after[..super::ceil_char_boundary(after, 32.min(after.len()))]
        .trim_start_matches([' ', '-'])
        .to_ascii_lowercase();
    after.starts_with([' ', '-']) && ENGLISH_GENERAL_AFTER.iter().any(|w| next.starts_with(w))
}

/// English words after a term that make it a topic, not someone's condition.
const ENGLISH_GENERAL_AFTER: &[&str] = &[
    "prevention",
    "awareness",
    "risk",
    "research",
    "seminar",
    "workshop",
    "webinar",
    "screening",
    "education",
    "training",
    "month",
    "week",
    "day",
    "campaign",
    "association",
    "society",
    "foundation",
    "clinic",
    "care guide",
    "guideline",
    "friendly",
];

/// Whether the term reads as whoever it may concern. The caller also drops
/// it only where no name found on the line stands before it (「参加者 佐藤
/// 花子（糖尿病の方）」 stays hers).
pub fn may_concern(text: &str, start: usize, end: usize) -> bool {
    let after = &text[end..];
    // Who it may concern, how many have it, or a condition (「持病のある方は」
    // 「えびアレルギーの方 1名」「…等で欠席される場合は」): anyone it applies
    // to, unless the line names someone before it (「佐藤様は、てんかん発作が
    // 起きた場合は」). 「24名様」「皆様」「お客様」 name no one.
    // The line's start, looked for a short way back only: a text of one
    // long line (minified, exported) with many terms must not be scanned
    // back to its start for each.
    let from = super::ceil_char_boundary(text, start.saturating_sub(LINE_LOOKBACK));
    let line_start = text[from..start].rfind('\n').map_or(from, |i| from + i + 1);
    let before = &text[line_start..start];
    let named = HONORIFICS.iter().any(|h| {
        before
            .match_indices(h)
            .any(|(i, _)| !["名様", "皆様", "客様", "子様"].iter().any(|n| before[..i + h.len()].ends_with(n)))
    }) || PERSON_REFERENCES.iter().any(|r| before.contains(r));
    // English asks the same way (「Please let us know of any food allergy」
    // 「If you have an allergy」).
    let lower = before.to_ascii_lowercase();
    let asked = ["if you", "if any", "any "].iter().any(|w| lower.contains(w));
    !named && (asked || MAY_CONCERN.iter().any(|w| after.starts_with(w)) || headcount(after) || hypothetical(after))
}

/// How far back (bytes) `may_concern` looks for the start of a term's line.
const LINE_LOOKBACK: usize = 600;

/// Words after a term for whoever it may concern, in an invitation or an
/// order (「持病のある方は」「アレルギーをお持ちの方」「うつ病の方への接し方」
/// 「ムスリムのお客様向けに」),
/// or examples of a kind (「うつ病などメンタルヘルス不調」).
const MAY_CONCERN: &[&str] =
    &["の方", "のお客様", "のお子様", "向け", "のある方", "がある方", "をお持ちの", "のあるお", "など"];

/// Words that make a sentence a condition or an offer to whoever it may
/// apply to (「インフルエンザ等で欠席される場合は」「アレルギー等がございまし
/// たら」「心臓病、高血圧、その他持病をお持ちの方は」「糖尿病・高血圧の方向け」).
const CONDITIONALS: &[&str] = &["場合", "ましたら", "方は", "際は", "方向け", "お持ちの方", "のある方"];

/// Whether the sentence a term opens, up to its 。 or the line's end and not
/// far, is a condition. A cause (「糖尿病のため出張の場合は」) states a fact,
/// whatever follows.
fn hypothetical(after: &str) -> bool {
    let end = after.find(['。', '\n']).unwrap_or(after.len());
    let mut end = end.min(72);
    while !after.is_char_boundary(end) {
        end -= 1;
    }
    let clause = &after[..end];
    CONDITIONALS.iter().any(|w| clause.contains(w)) && !clause.contains("ため")
}

/// Whether the words after a term count people who have it (「えびアレルギー
/// の方 1名」「糖尿病の方が2名」「車椅子 3人」), as a meal order or a booking
/// does: how many in a group, no one in particular.
fn headcount(after: &str) -> bool {
    let rest =
        ["の方", "の人", "のお客様", "のお子様", "食"].iter().find_map(|w| after.strip_prefix(w)).unwrap_or(after);
    let rest = rest.trim_start_matches([' ', '\u{3000}', 'が', '：', ':', '×']);
    let digits = rest.chars().take_while(char::is_ascii_digit).count();
    digits > 0 && rest[digits..].starts_with(['名', '人'])
}

/// Brackets that enclose the title of a work in Japanese (『うつ病の家族を支える
/// 本』, 《…》): a book, a film or a lecture named, not a sentence about anyone.
const TITLE_BRACKETS: &[(char, char)] = &[('『', '』'), ('《', '》'), ('〈', '〉')];

/// Labels that open a line naming the subject of a lecture, a course or a
/// publication (「テーマ：うつ病・適応障害の早期発見」「演題：」「書名：」). 議題 is
/// left out: a case conference's agenda names a patient's own care.
const SUBJECT_LABELS: &[&str] = &[
    "テーマ",
    "演題",
    "講演題目",
    "題目",
    "研修名",
    "講座名",
    "講演名",
    "タイトル",
    "表題",
    "書名",
    "特集",
    "展示",
    "科目名",
    "授業名",
    "講義名",
    "コース名",
];

/// Words that name a work, before its title in 「」.
const WORKS: &[&str] = &[
    "書籍",
    "図書",
    "本",
    "著書",
    "原稿",
    "記事",
    "連載",
    "講演",
    "講演会",
    "フォーラム",
    "シンポジウム",
    "教室",
    "講座",
    "研修",
    "研修会",
    "セミナー",
    "勉強会",
    "映画",
    "番組",
    "展示",
    "特集",
    "冊子",
    "パンフレット",
    "リーフレット",
    "テーマ",
    "演題",
];

/// Whether a term at `start` of `text` is part of a title or a subject line:
/// inside title brackets opened earlier on its line, or on a line that a
/// subject label opens. Such a term names what a book or a talk is about,
/// nobody's condition.
pub fn in_title(text: &str, start: usize) -> bool {
    // The line's start, looked for a short way back only: a text of one
    // long line (minified, exported) with many terms must not be scanned
    // back to its start for each.
    let from = super::ceil_char_boundary(text, start.saturating_sub(LINE_LOOKBACK));
    let line_start = text[from..start].rfind('\n').map_or(from, |i| from + i + 1);
    let before = &text[line_start..start];
    let unclosed =
        |o: char, c: char| before.chars().filter(|&x| x == o).count() > before.chars().filter(|&x| x == c).count();
    let open = TITLE_BRACKETS.iter().any(|&(o, c)| unclosed(o, c));
    // 「」 quotes speech too (「お父さんに怒られた」): a title only after a word
    // that names a work (講演「うつ病の理解」, 書籍「がんと向き合う」).
    let quoted_work = unclosed('「', '」')
        && before.rfind('「').is_some_and(|at| {
            let head = before[..at].trim_end_matches([' ', ':', '：', 'の']);
            WORKS.iter().any(|w| head.ends_with(w))
        });
    let label = before.trim_start_matches([' ', '\u{3000}', '\t', '・', '●', '■', '◆', '○', '-', '*', '【', '[', '［']);
    let subject_line = SUBJECT_LABELS
        .iter()
        .any(|l| label.strip_prefix(l).is_some_and(|rest| rest.trim_start().starts_with(['：', ':', '】', ']', '］'])));
    // A subject line about someone (「テーマ：山田様のうつ病について」) is a
    // case conference's, about that person.
    let line_end = text[start..].find('\n').map_or(text.len(), |i| start + i);
    let about_someone = || HONORIFICS.iter().any(|h| text[line_start..line_end].contains(h));
    open || quoted_work || subject_line && !about_someone()
}

/// What follows a person's name: a line that has one speaks of someone.
const HONORIFICS: &[&str] = &["様", "さん", "氏", "くん", "ちゃん", "君"];

/// Measurements of a person's body that are health data with their value
/// (`血圧 150/90`, `体温37.2`, `SpO2 97%`), and only then: `血圧計` or `体温を
/// 測りましょう` is not.
pub const VITAL_SIGNS: &[&str] = &[
    "血圧",
    "体温",
    "脈拍",
    "心拍数",
    "SpO2",
    "血糖値",
    "空腹時血糖",
    "HbA1c",
    "BMI",
    "体重",
    "尿糖",
    "尿蛋白",
    "バイタル",
    "BP",
];

/// Words that point at one particular person even when no name is written
/// (`当該社員が逮捕された`, `相談者はストーカー被害を…`): a special-care term
/// near one of them is about that person; `scan` uses it for the whole-file
/// decision too. Generic words (`本人の同意`, `患者様へのお知らせ`) are left
/// out on purpose.
pub const PERSON_REFERENCES: &[&str] = &[
    "当該社員",
    "当該職員",
    "当該従業員",
    "当該児童",
    "当該生徒",
    "相談者",
    "同氏",
    "彼女",
    "彼は",
    "息子さん",
    "娘さん",
    "長男",
    "長女",
    "次男",
    "次女",
    "ご本人",
    "本人より",
    "本人から",
    "本人は",
    "当社社員",
    "弊社社員",
];

/// Values in a special-care column that say "nothing to report": still shown
/// as part of the column, but not counted as a person's sensitive value.
pub fn is_negative_answer(value: &str) -> bool {
    let v = value.trim();
    // Every answer below is at most 12 bytes: most values are rejected here.
    v.len() <= 12
        && matches!(
            v,
            "" | "-"
                | "ー"
                | "―"
                | "無"
                | "無し"
                | "なし"
                | "ナシ"
                | "特になし"
                | "該当なし"
                | "none"
                | "None"
                | "N/A"
                | "n/a"
                | "×"
        )
}

/// The line starts of a SOAP care note (`S)` subjective, `O)` objective,
/// `A)` assessment, `P)` plan; `Ｓ）` folds to `S)`, `Ｓ：` to `S:`).
pub const SOAP_MARKERS: &[&str] = &["S)", "O)", "A)", "P)", "S:", "O:", "A:", "P:"];

/// How far apart (bytes) the markers of one SOAP note stand at most.
const SOAP_SPAN: usize = 400;

/// Whether a SOAP marker at `s` starts a line or follows a space.
fn soap_marker_at(text: &str, s: usize) -> bool {
    let b = text.as_bytes();
    s + 1 < b.len()
        && matches!(b[s], b'S' | b'O' | b'A' | b'P')
        && matches!(b[s + 1], b')' | b':')
        && (s == 0 || matches!(b[s - 1], b'\n' | b' ' | b'\t'))
}

/// One section of a SOAP care note (`O)血圧150/90 体温37.2`): everything in a
/// nursing or care record's S/O/A/P lines is about the person's health. A
/// lone `A)` is a list item, so it takes three of the four letters nearby.
pub(super) fn soap_line(text: &str, s: usize, e: usize, out: &mut Vec<Hit>) -> Option<usize> {
    if !soap_marker_at(text, s) {
        return None;
    }
    let letter = text.as_bytes()[s];
    let lo = super::ceil_char_boundary(text, s.saturating_sub(SOAP_SPAN));
    let hi = super::ceil_char_boundary(text, (e + SOAP_SPAN).min(text.len()));
    // Three of the four letters: `サイズ S: 小` then `A: はい` is a form, not a note.
    let mut letters = [false; 4];
    let index = |b: u8| match b {
        b'S' => 0,
        b'O' => 1,
        b'A' => 2,
        _ => 3,
    };
    letters[index(letter)] = true;
    for m in memchr::memchr2_iter(b')', b':', &text.as_bytes()[lo..hi]).filter_map(|i| (lo + i).checked_sub(1)) {
        if soap_marker_at(text, m) {
            letters[index(text.as_bytes()[m])] = true;
        }
    }
    if letters.iter().filter(|&&l| l).count() < 3 {
        return None;
    }
    // The section runs to the end of the line or the next marker on it.
    let line_end = text[e..].find('\n').map_or(text.len(), |i| e + i);
    let mut end = line_end;
    for (i, _) in text[e..line_end].match_indices([')', ':']) {
        let m = e + i - 1;
        if m > e && soap_marker_at(text, m) {
            end = m;
            break;
        }
    }
    let value = text[e..end].trim_end();
    let start = e + (value.len() - value.trim_start().len());
    let end = e + value.len();
    if end <= start {
        return None;
    }
    let mut hit = Hit::new(Kind::Health, text, start, end, 0.8, vec![Evidence::Label(text[s..e].to_owned())]);
    hit.needs_person = true;
    out.push(hit);
    Some(end)
}

/// `血圧 150/90`, `体温:37.2℃`, `SpO2 97%`: a vital sign with its measured value.
pub(super) fn vital_sign(text: &str, s: usize, e: usize, word: &str, out: &mut Vec<Hit>) -> Option<usize> {
    let rest = text[e..].trim_start_matches([' ', ':', '=', '\t']);
    let rest = rest.strip_prefix("は").unwrap_or(rest).trim_start_matches(' ');
    let start_value = text.len() - rest.len();
    let len = rest.bytes().take(16).take_while(|b| b.is_ascii_digit() || matches!(b, b'.' | b'/' | b'-')).count();
    let value = rest[..len].trim_end_matches(['.', '/', '-']);
    if !value.bytes().any(|b| b.is_ascii_digit()) || start_value - e > 4 {
        return None;
    }
    // A thousands separator makes it an amount (`体重 1,200`), not a measurement.
    let end = start_value + value.len();
    if text[end..].starts_with(',') {
        return None;
    }
    let mut hit = Hit::new(Kind::Health, text, s, end, 0.85, vec![Evidence::Label(word.to_owned())]);
    hit.needs_person = true;
    out.push(hit);
    Some(end)
}

/// How far (bytes, ~500 Japanese characters) a special-care term in running
/// text may stand from the person it is about: a mail's greeting and its body,
/// a record's header and its notes.
const PERSON_WINDOW: usize = 1500;

/// Whether a kind names or identifies one person. Phones, e-mail and postal
/// addresses are left out: a health newsletter or a notice carries its
/// sender's, and they say nothing about whom the condition concerns.
fn names_a_person(kind: Kind) -> bool {
    kind.is_personal()
        && kind.family() != Family::SpecialCare
        && !matches!(kind, Kind::PostalCode | Kind::Phone | Kind::Email | Kind::Address)
}

/// Special-care data is a fact about an identified person: in running text a
/// term counts only with a name, an identifier or a reference to someone
/// (`当該社員`) within [`PERSON_WINDOW`] of it. The file-wide check in `scan`
/// comes on top of this one.
/// `references` are where [`PERSON_REFERENCES`] stand, from the keyword pass.
pub(super) fn keep_near_a_person(out: &mut Vec<Hit>, first: usize, references: Vec<usize>) {
    let mut anchors = references;
    anchors.extend(out[first..].iter().filter(|h| names_a_person(h.kind)).map(|h| h.start));
    crate::order::sort_by(&mut anchors, Ord::cmp);
    let near = |pos: usize| {
        let i = anchors.partition_point(|&a| a < pos);
        let after = anchors.get(i).is_some_and(|&a| a - pos <= PERSON_WINDOW);
        let before = i > 0 && pos - anchors[i - 1] <= PERSON_WINDOW;
        after || before
    };
    let kept: Vec<Hit> = out.drain(first..).filter(|h| !h.needs_person || near(h.start)).collect();
    out.extend(kept);
}

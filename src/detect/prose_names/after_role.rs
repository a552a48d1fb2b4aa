//! A katakana name written straight after a word for a person, with no
//! 「の」 between (issue 17): encyclopedias write 「作曲家シベリウスは」,
//! 「化学者メンデレーエフは」, 「夫ディエゴ・リベラとともに」, 「首相マーガレット・
//! サッチャーは」. The katakana run is glued to the kanji before it, so the
//! pass would take it for no word's start; here the kanji word is the cue.

use super::*;

/// The kanji run `text[start..end]`, a katakana run right after it: when
/// the kanji end in a person noun or a role and the katakana run (parts
/// joined by ・ or =) holds a listed person spelling and no word of a place
/// or a firm, before a particle or punctuation, the katakana run is a name.
#[inline(never)]
pub(super) fn katakana_after_role(d: &NameData, text: &str, start: usize, end: usize, out: &mut Vec<Hit>) {
    let bytes = text.as_bytes();
    let last = code_point(bytes, end - 3);
    if !(d.person_noun_last.has_code(last) || d.role_last.has_code(last)) {
        return;
    }
    let kanji = &text[start..end];
    if !(ends_in_person_noun(d, kanji) || ROLES.iter().any(|r| kanji.ends_with(r))) {
        return;
    }
    let (stop, _, _) = run_end(bytes, end, Class::Katakana);
    let run = text[end..stop].trim_end_matches(is_name_joiner);
    let next = text[end + run.len()..].chars().next();
    if run.is_empty() || !ends_word(next) || morae(run) < 2 {
        return;
    }
    let mut listed = false;
    let parts = run.split(is_name_joiner).count();
    for (k, part) in run.split(is_name_joiner).enumerate() {
        // One character only inside a name (レオナルド・ダ・ヴィンチ).
        let short = part.chars().nth(1).is_none();
        if part.is_empty() || short && (k == 0 || k + 1 == parts) {
            return;
        }
        if KATAKANA_HEADS.contains(&part) || PLACE_PARTS.contains(&part) {
            return;
        }
        listed |= d.katakana.contains(part);
    }
    if listed {
        push(text, end, end + run.len(), CUE_CONFIDENCE, "役割 + カタカナ名 / name after a role", out);
    }
}

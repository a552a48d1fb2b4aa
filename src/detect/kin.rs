//! Words for relatives and household roles (長女, 息子, 妻, 祖母…), one list
//! for every finder that has to know them (issue 19): the honorific finder
//! (`people`) must not read `長女様` or `息子さん` as a name before 様 or さん
//! (長, 次 and 旦 are surnames in the dictionary), and the prose finder
//! (`prose_names`) takes a name right after one (「娘の恵美と」) but never
//! one of them as that name (「家族の長男が」: 長男 is also a given name in
//! the lists). Kept apart from both so a word added here counts in all.

/// Relatives and household roles written in kanji, longest first within a
/// family (祖父母 before 祖父).
#[rustfmt::skip]
pub(crate) const KIN: &[&str] = &[
    "長女", "次女", "三女", "四女", "末娘", "長男", "次男", "三男", "四男", "末男", "息子", "娘", "旦那", "主人",
    "夫", "妻", "甥", "姪", "叔父", "伯父", "祖父母", "祖父", "祖母", "義父", "養父", "実父", "叔母", "伯母", "義母",
    "母", "父", "兄", "姉", "弟", "妹", "孫", "夫婦", "親御", "内縁", "舅", "姑", "家族",
];

/// Whether `word` is one of [`KIN`].
pub(crate) fn is_kin(word: &str) -> bool {
    KIN.contains(&word)
}

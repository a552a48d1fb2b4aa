#!/usr/bin/env python3
"""Derives the name data of the prose name finder (src/detect/prose_names.rs)
from Debian's mecab-ipadic and unidic-mecab packages, and checks that the committed file is
what this script makes.

    python3 scripts/gen-names.py            # regenerate
    python3 scripts/gen-names.py --check    # fail if the committed file differs

Output: src/detect/names/presend-names.txt. The CLI and tests embed it
(include_bytes!); the browser builds copy it next to the wasm
(scripts/build-wasm.sh) and the worker hands it to `setNameData`, so the
lists never weigh on the first module's size budget.

The packages are fetched with `apt-get download` (Debian's registry) into
target/names-src/, pinned by version and SHA-256; CI never runs this (the
derived file is committed; unidic-mecab is a 1 GB download, of which only
lex_3_1.csv, 234 MB, is read out of the archive). Licences: mecab-ipadic is
under the NAIST/ICOT licence (BSD-style), unidic-mecab under a choice of
BSD-3-clause, LGPL-2.1 or GPL-2+, of which the BSD-3-clause is taken. Both
notices (src/detect/names/COPYING.ipadic, COPYING.unidic) are copied into the
head of the data file, so they travel wherever the file does.

Format (UTF-8 text, one word a line, so a regeneration diffs word by word):
    #presend-names 1            magic and format version
    # ...                       comments: provenance and the licence notice
    [section]                   then one word a line until the next section
Sections, surfaces only (no costs, no readings):
- surnames: kanji 姓 entries of either dictionary, 1-4 characters; `+` marks
  common ones (an IPADIC cost below its default: UniDic's costs do not tell
  common names apart);
- given: kanji 名 entries, 1-3 characters, `+` likewise;
- given_kana: hiragana 名 entries and the hiragana of katakana 名
  entries, 2-4 characters, minus words the dictionary lists as anything
  else (とき, さつき: 「設定のとき」): after a 2+-kanji surname only;
- given_finals: characters that end given names far more often than other
  words (郎, 斗): a 2-character given name the lists lack may end in one;
- katakana: 姓, 名 and 一般 person spellings in katakana (2+ characters) of
  either dictionary, minus ones either also lists as ordinary nouns (ミラー,
  ローズ): the finder takes katakana words joined by ・ when one part is in
  this list; `+` marks IPADIC's (well-known people) of 3+ characters that
  neither dictionary lists as anything but a person (no place, firm, product
  or word: ナポレオン, not ワシントン or フォード), which the finder takes alone
  as a subject (ナポレオンは) and in a joined name wherever it stands;
- persons: UniDic's whole names of 3-7 kanji (紫式部, 清少納言) that are no
  ordinary word;
- not_names: words the dictionary lists as ordinary nouns, places or
  organisations that split into a surname and a given name of the lists
  above (中山道, 伊藤忠): a run of kanji that is one of them is not a name.
"""
import csv
import hashlib
import os
import re
import subprocess
import sys

PACKAGE = "mecab-ipadic"
VERSION = "2.7.0-20070801+main-3"
SHA256 = "2a59bb65193b605cec3e5540e69e7d3ce8db4624744f8686f419aa0cf3f327f2"
UNIDIC = "unidic-mecab"
UNIDIC_VERSION = "3.1.1-1"
UNIDIC_SHA256 = "dbbac54f919624a715435aca43e4611f06550c67fe4af5ca59a699f44cc082a8"
UNIDIC_LEX = "./usr/share/mecab/dic/unidic/lex_3_1.csv"
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SRC = os.path.join(ROOT, "target", "names-src")
OUT = os.path.join(ROOT, "src", "detect", "names", "presend-names.txt")
NOTICE = os.path.join(ROOT, "src", "detect", "names", "COPYING.ipadic")
UNIDIC_NOTICE = os.path.join(ROOT, "src", "detect", "names", "COPYING.unidic")

KANJI = re.compile(r"^[\u4e00-\u9fff\u3005]+$")
KATA = re.compile(r"^[\u30a1-\u30fa\u30fc]+$")
# IPADIC gives common names a lower cost; entries below these (its default
# costs for 姓 and 名) are marked common with a leading `+`. Short runs (three
# kanji in all, a one-kanji surname or given name) need common parts: the
# full lists hold 高品 and 最上 as surnames and 質, 行 as given names.
SURNAME_COST = 7612
GIVEN_COST = 8462
HIRA = re.compile(r"^[\u3041-\u3096\u309d\u309e]+$")
# Kana given names are dropped when the dictionary also has them as function
# words or adverbial nouns (とき, ころ, まで): 「設定のとき」. Ordinary nouns
# and verb forms stay (さくら, あゆみ): the finder takes a kana name only
# right after a whole surname and before a particle.
# UniDic's parts of speech that are function words (its 名詞 are ordinary
# nouns, places and firms; 人名 entries are the names).
UNIDIC_FUNCTION_POS = {"助詞", "助動詞", "副詞", "接続詞", "感動詞", "形容詞", "連体詞", "接頭辞", "接尾辞", "代名詞", "形状詞"}
FUNCTION_WORD_FILES = {
    "Adj.csv", "Adverb.csv", "Auxil.csv", "Conjunction.csv", "Filler.csv", "Interjection.csv", "Others.csv",
    "Postp.csv", "Postp-col.csv", "Prefix.csv", "Noun.adverbal.csv", "Noun.nai.csv", "Noun.demonst.csv",
    "Noun.others.csv", "Noun.number.csv", "Adnominal.csv",
}


def download(package, version, sha256):
    os.makedirs(SRC, exist_ok=True)
    debs = [f for f in os.listdir(SRC) if f.startswith(package + "_") and f.endswith(".deb")]
    if not debs:
        subprocess.run(["apt-get", "download", f"{package}={version}"], cwd=SRC, check=True)
        debs = [f for f in os.listdir(SRC) if f.startswith(package + "_") and f.endswith(".deb")]
    deb = os.path.join(SRC, debs[0])
    h = hashlib.sha256()
    with open(deb, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    digest = h.hexdigest()
    if digest != sha256:
        sys.exit(f"gen-names: {deb} has sha256 {digest}, expected {sha256}")
    return deb, digest


def fetch_unidic():
    """UniDic's lexicon, read out of the package without unpacking the rest
    (its matrix.def alone is 3.7 GB)."""
    deb, digest = download(UNIDIC, UNIDIC_VERSION, UNIDIC_SHA256)
    lex = os.path.join(SRC, "unidic-lex_3_1.csv")
    if not os.path.exists(lex):
        tar = subprocess.Popen(["dpkg-deb", "--fsys-tarfile", deb], stdout=subprocess.PIPE)
        with open(lex + ".part", "wb") as out:
            subprocess.run(["tar", "-xO", UNIDIC_LEX], stdin=tar.stdout, stdout=out, check=True)
        if tar.wait() != 0:
            sys.exit("gen-names: dpkg-deb failed on " + deb)
        os.rename(lex + ".part", lex)
    return lex, os.path.basename(deb), digest


def fetch():
    deb, digest = download(PACKAGE, VERSION, SHA256)
    x = os.path.join(SRC, "x")
    if not os.path.isdir(x):
        subprocess.run(["dpkg-deb", "-x", deb, x], check=True)
    return os.path.join(x, "usr", "share", "mecab", "dic", "ipadic"), os.path.basename(deb), digest


def rows(d, name):
    with open(os.path.join(d, name), encoding="euc_jp", errors="replace") as f:
        yield from csv.reader(f)


def hiragana(katakana):
    return "".join(chr(ord(c) - 0x60) if "\u30a1" <= c <= "\u30f6" else c for c in katakana)


def main():
    d, deb, digest = fetch()
    surnames, given, given_kana, kata = set(), set(), set(), set()
    common = set()
    for r in rows(d, "Noun.name.csv"):
        w, cost, sub = r[0], int(r[3]), r[7]
        if sub == "姓" and KANJI.match(w) and len(w) <= 4:
            surnames.add(w)
            if cost < SURNAME_COST:
                common.add(("s", w))
        elif sub == "名" and KANJI.match(w) and len(w) <= 3:
            given.add(w)
            if cost < GIVEN_COST:
                common.add(("g", w))
        elif sub == "名" and HIRA.match(w) and 2 <= len(w) <= 4:
            given_kana.add(w)
        elif sub == "名" and KATA.match(w) and "ー" not in w and 2 <= len(w) <= 4:
            given_kana.add(hiragana(w))
        if KATA.match(w) and len(w) >= 2:
            kata.add(w)
    ordinary, function_words = set(), set()
    for name in sorted(os.listdir(d)):
        if not name.endswith(".csv") or name == "Noun.name.csv":
            continue
        for r in rows(d, name):
            if name.startswith("Noun"):
                ordinary.add(r[0])
            if name in FUNCTION_WORD_FILES:
                function_words.add(r[0])
    # Every surface IPADIC has other than as a person: a katakana spelling
    # taken alone must be none of them.
    anything_else = set(ordinary) | function_words
    for name in sorted(os.listdir(d)):
        if name.endswith(".csv") and name != "Noun.name.csv":
            anything_else.update(r[0] for r in rows(d, name))
    lex, unidic_deb, unidic_digest = fetch_unidic()
    unidic_kata, persons = set(), set()
    # UniDic's costs of a word as a surname and as a common noun: the lower,
    # the more often it is that.
    surname_cost, noun_cost = {}, {}
    with open(lex, encoding="utf-8", newline="") as f:
        for r in csv.reader(f):
            w, pos, sub = r[0], r[4], r[6]
            if sub == "人名":
                kind = r[7]
                if kind == "姓":
                    surname_cost[w] = min(int(r[3]), surname_cost.get(w, 1 << 20))
                if kind == "姓" and KANJI.match(w) and len(w) <= 4:
                    surnames.add(w)
                elif kind == "名" and KANJI.match(w) and len(w) <= 3:
                    given.add(w)
                elif kind == "名" and HIRA.match(w) and 2 <= len(w) <= 4:
                    given_kana.add(w)
                elif kind == "名" and KATA.match(w) and "ー" not in w and 2 <= len(w) <= 4:
                    given_kana.add(hiragana(w))
                elif kind == "一般" and KANJI.match(w) and 3 <= len(w) <= 7:
                    persons.add(w)
                if KATA.match(w) and len(w) >= 2:
                    unidic_kata.add(w)
                continue
            anything_else.add(w)
            if pos == "名詞":
                ordinary.add(w)
                if r[5] == "普通名詞":
                    noun_cost[w] = min(int(r[3]), noun_cost.get(w, 1 << 20))
            elif pos in UNIDIC_FUNCTION_POS or sub in ("代名詞", "助動詞語幹"):
                function_words.add(w)
            elif pos in ("動詞", "形容詞") and not r[9].startswith(("終止形", "連体形")):
                # Inflected forms (しよう, 意志推量形) are no names; the
                # dictionary forms stay (かおる, みのる).
                function_words.add(w)
    ipadic_kata = set(kata)
    kata |= unidic_kata
    kata -= ordinary
    # IPADIC's katakana people are the well-known ones (ナポレオン, ゲーテ);
    # UniDic's 25,000 reach ホーンブロワー and グリフ (Griff, and "glyph" in
    # technical prose). The former, when no dictionary has them as anything
    # else, may stand alone (ナポレオンは) and make a joined name anywhere.
    solo = {w for w in kata & ipadic_kata if len(w) >= 3 and w not in anything_else}
    given_kana -= function_words
    persons -= ordinary
    # Characters that end given names far more often than other words
    # (郎, 斗, 美): a two-character given name the dictionary lacks (悠斗 is
    # newer than IPADIC) is still taken after a surname of 2+ characters
    # when it ends in one and starts like a given name.
    from collections import Counter
    g = Counter(w[-1] for w in given if 2 <= len(w) <= 3)
    o = Counter(w[-1] for w in ordinary if KANJI.match(w) and 2 <= len(w) <= 3)
    given_finals = {c for c in g if g[c] >= 15 and g[c] > 3 * o[c]}
    given_first = {w[0] for w in given}
    common_s = {w for k, w in common if k == "s"}
    common_g = {w for k, w in common if k == "g"}

    def taken_as_name(w):
        """Whether the finder's full_name would take `w` (kept in step with
        prose_names.rs): only such words need listing as not names."""
        n = len(w)
        for i in range(min(4, n - 1), 0, -1):
            sur, giv = w[:i], w[i:]
            if len(giv) > 3 or (i == 1 and len(giv) == 1):
                continue
            if n == 3:
                ok = sur in common_s and giv in common_g
            elif i == 1:
                ok = sur in common_s and giv in given
            else:
                guess = len(giv) == 2 and giv[0] in given_first and giv[1] in given_finals
                ok = sur in surnames and (giv in given or guess)
            if ok:
                return True
        return False

    not_names = {w for w in ordinary if KANJI.match(w) and 3 <= len(w) <= 7 and taken_as_name(w)}
    # Surnames that are more often an ordinary word (近道, 出口; not 青木,
    # whose word is rarer than the surname): not taken alone.
    not_names |= {
        w for w in surnames if len(w) >= 2 and noun_cost.get(w, 1 << 20) < surname_cost.get(w, 1 << 20)
    }
    with open(NOTICE, encoding="utf-8") as f:
        notice = [("# " + line).rstrip() for line in f.read().splitlines()]
    with open(UNIDIC_NOTICE, encoding="utf-8") as f:
        unidic_notice = [("# " + line).rstrip() for line in f.read().splitlines()]
    lines = [
        "#presend-names 1",
        f"# Derived by scripts/gen-names.py from Debian {PACKAGE} {VERSION}",
        f"# ({deb}, sha256 {digest}) and Debian {UNIDIC} {UNIDIC_VERSION}",
        f"# ({unidic_deb}, sha256 {unidic_digest}). Do not edit: regenerate.",
        "# Word lists taken from mecab-ipadic, under its licence:",
        *notice,
        "# Word lists taken from unidic-mecab, under the BSD-3-clause licence it offers:",
        *unidic_notice,
    ]
    marked_surnames = {("+" if ("s", w) in common else "") + w for w in surnames}
    marked_given = {("+" if ("g", w) in common else "") + w for w in given}
    for section, words in [
        ("surnames", marked_surnames),
        ("given", marked_given),
        ("given_kana", given_kana),
        ("given_finals", given_finals),
        ("katakana", {("+" if w in solo else "") + w for w in kata}),
        ("persons", persons),
        ("not_names", not_names),
    ]:
        lines.append(f"[{section}]")
        lines.extend(sorted(words, key=lambda w: w.lstrip("+")))
    text = "\n".join(lines) + "\n"
    if "--check" in sys.argv:
        with open(OUT, encoding="utf-8") as f:
            if f.read() != text:
                sys.exit("gen-names: src/detect/names/presend-names.txt differs from what the script makes")
        print("gen-names: up to date")
        return
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(text)
    print(
        f"gen-names: {len(surnames)} surnames, {len(given)} given names, {len(given_kana)} kana given names, "
        f"{len(kata)} katakana ({len(solo)} alone), {len(persons)} persons, {len(not_names)} not-names; "
        f"{len(text.encode())} bytes"
    )


main()

#!/usr/bin/env python3
"""Derives the name data of the prose name finder (src/detect/prose_names.rs)
from Debian's mecab-ipadic package, and checks that the committed file is
what this script makes.

    python3 scripts/gen-names.py            # regenerate
    python3 scripts/gen-names.py --check    # fail if the committed file differs

Output: src/detect/names/presend-names.txt. The CLI and tests embed it
(include_bytes!); the browser builds copy it next to the wasm
(scripts/build-wasm.sh) and the worker hands it to `setNameData`, so the
lists never weigh on the first module's size budget.

The package is fetched with `apt-get download` (Debian's registry) into
target/names-src/, pinned by version and SHA-256; CI never runs this (the
derived file is committed). Licence: mecab-ipadic is under the NAIST/ICOT
licence (BSD-style), whose notice (src/detect/names/COPYING.ipadic) is
copied into the head of the data file, so it travels wherever the file does.

Format (UTF-8 text, one word a line, so a regeneration diffs word by word):
    #presend-names 1            magic and format version
    # ...                       comments: provenance and the licence notice
    [section]                   then one word a line until the next section
Sections, surfaces only (no costs, no readings):
- surnames: kanji 姓 entries, 1-4 characters; `+` marks common ones (a cost
  below the dictionary's default);
- given: kanji 名 entries, 1-3 characters, `+` likewise;
- given_kana: hiragana 名 entries and the hiragana of katakana 名
  entries, 2-4 characters, minus words the dictionary lists as anything
  else (とき, さつき: 「設定のとき」): after a 2+-kanji surname only;
- given_finals: characters that end given names far more often than other
  words (郎, 斗): a 2-character given name the lists lack may end in one;
- katakana: 姓, 名 and 一般 person spellings in katakana (2+ characters),
  minus ones the dictionary also lists as ordinary nouns (ミラー, ローズ):
  the finder takes katakana words joined by ・ when one part is in this list;
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
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SRC = os.path.join(ROOT, "target", "names-src")
OUT = os.path.join(ROOT, "src", "detect", "names", "presend-names.txt")
NOTICE = os.path.join(ROOT, "src", "detect", "names", "COPYING.ipadic")

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
FUNCTION_WORD_FILES = {
    "Adj.csv", "Adverb.csv", "Auxil.csv", "Conjunction.csv", "Filler.csv", "Interjection.csv", "Others.csv",
    "Postp.csv", "Postp-col.csv", "Prefix.csv", "Noun.adverbal.csv", "Noun.nai.csv", "Noun.demonst.csv",
    "Noun.others.csv", "Noun.number.csv", "Adnominal.csv",
}


def fetch():
    os.makedirs(SRC, exist_ok=True)
    debs = [f for f in os.listdir(SRC) if f.startswith(PACKAGE + "_") and f.endswith(".deb")]
    if not debs:
        subprocess.run(["apt-get", "download", f"{PACKAGE}={VERSION}"], cwd=SRC, check=True)
        debs = [f for f in os.listdir(SRC) if f.startswith(PACKAGE + "_") and f.endswith(".deb")]
    deb = os.path.join(SRC, debs[0])
    with open(deb, "rb") as f:
        digest = hashlib.sha256(f.read()).hexdigest()
    if digest != SHA256:
        sys.exit(f"gen-names: {deb} has sha256 {digest}, expected {SHA256}")
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
    kata -= ordinary
    given_kana -= function_words
    # Characters that end given names far more often than other words
    # (郎, 斗, 美): a two-character given name the dictionary lacks (悠斗 is
    # newer than IPADIC) is still taken after a surname of 2+ characters
    # when it ends in one and starts like a given name.
    from collections import Counter
    g = Counter(w[-1] for w in given if 2 <= len(w) <= 3)
    o = Counter(w[-1] for w in ordinary if KANJI.match(w) and 2 <= len(w) <= 3)
    given_finals = {c for c in g if g[c] >= 15 and g[c] > 3 * o[c]}
    not_names = set()
    for w in ordinary:
        if not KANJI.match(w) or not 3 <= len(w) <= 7:
            continue
        for i in range(1, min(4, len(w) - 1) + 1):
            if w[:i] in surnames and w[i:] in given:
                not_names.add(w)
                break
    with open(NOTICE, encoding="utf-8") as f:
        notice = [("# " + line).rstrip() for line in f.read().splitlines()]
    lines = [
        "#presend-names 1",
        f"# Derived by scripts/gen-names.py from Debian {PACKAGE} {VERSION}",
        f"# ({deb}, sha256 {digest}). Do not edit: regenerate.",
        "# Word lists taken from mecab-ipadic, under its licence:",
        *notice,
    ]
    marked_surnames = {("+" if ("s", w) in common else "") + w for w in surnames}
    marked_given = {("+" if ("g", w) in common else "") + w for w in given}
    for section, words in [
        ("surnames", marked_surnames),
        ("given", marked_given),
        ("given_kana", given_kana),
        ("given_finals", given_finals),
        ("katakana", kata),
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
        f"{len(kata)} katakana, {len(not_names)} not-names; {len(text.encode())} bytes"
    )


main()

#!/usr/bin/env python3
"""Derives the person-name word lists the prose name finder uses
(src/detect/names/ipadic.txt) from Debian's mecab-ipadic package, and
checks that the committed file is what this script makes.

    python3 scripts/gen-names.py            # regenerate
    python3 scripts/gen-names.py --check    # fail if the committed file differs

The package is fetched with `apt-get download` (Debian's registry) into
target/names-src/, pinned by version and SHA-256; CI never runs this.
Licence: mecab-ipadic is under the NAIST/ICOT licence (BSD-style); its
notice is kept in src/detect/names/COPYING.ipadic.

What is taken (surfaces only, no costs or readings):
- surnames: kanji 姓 entries with a cost below the dictionary's default
  (IPADIC gives common names a lower cost), 1-4 characters;
- given names: kanji 名 entries below the default cost, 1-3 characters;
- katakana: 姓, 名 and 一般 person spellings in katakana (2+ characters),
  minus words the dictionary also lists as ordinary nouns (ミラー, ローズ):
  the finder only takes them joined by ・ into a full name;
- not-names: ordinary nouns, places and organisations of the dictionary
  that split into a surname and a given name of the lists above (東京 =
  東 + 京, 中山道): a run of kanji that is one of them is not a name.
"""
import csv, hashlib, io, os, re, subprocess, sys

PACKAGE = "mecab-ipadic"
VERSION = "2.7.0-20070801+main-3"
SHA256 = "2a59bb65193b605cec3e5540e69e7d3ce8db4624744f8686f419aa0cf3f327f2"
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SRC = os.path.join(ROOT, "target", "names-src")
OUT = os.path.join(ROOT, "src", "detect", "names", "ipadic.txt")

KANJI = re.compile(r"^[\u4e00-\u9fff\u3005]+$")
KATA = re.compile(r"^[\u30a1-\u30fa\u30fc]+$")
SURNAME_COST = 7612
GIVEN_COST = 8462


def fetch():
    os.makedirs(SRC, exist_ok=True)
    debs = [f for f in os.listdir(SRC) if f.startswith(PACKAGE + "_") and f.endswith(".deb")]
    if not debs:
        subprocess.run(["apt-get", "download", f"{PACKAGE}={VERSION}"], cwd=SRC, check=True)
        debs = [f for f in os.listdir(SRC) if f.startswith(PACKAGE + "_") and f.endswith(".deb")]
    deb = os.path.join(SRC, debs[0])
    digest = hashlib.sha256(open(deb, "rb").read()).hexdigest()
    if digest != SHA256:
        sys.exit(f"gen-names: {deb} has sha256 {digest}, expected {SHA256}")
    x = os.path.join(SRC, "x")
    if not os.path.isdir(x):
        subprocess.run(["dpkg-deb", "-x", deb, x], check=True)
    return os.path.join(x, "usr", "share", "mecab", "dic", "ipadic"), os.path.basename(deb), digest


def rows(d, name):
    with open(os.path.join(d, name), encoding="euc_jp", errors="replace") as f:
        yield from csv.reader(f)


def main():
    d, deb, digest = fetch()
    surnames, given, kata = {}, {}, set()
    for r in rows(d, "Noun.name.csv"):
        w, cost, sub = r[0], int(r[3]), r[7]
        if sub == "姓" and KANJI.match(w) and len(w) <= 4 and cost < SURNAME_COST:
            surnames[w] = 1
        elif sub == "名" and KANJI.match(w) and len(w) <= 3 and cost < GIVEN_COST:
            given[w] = 1
        if KATA.match(w) and len(w) >= 2:
            kata.add(w)
    ordinary = set()
    for name in sorted(os.listdir(d)):
        if not name.startswith("Noun") or name == "Noun.name.csv" or not name.endswith(".csv"):
            continue
        for r in rows(d, name):
            ordinary.add(r[0])
    kata -= ordinary
    not_names = set()
    for w in ordinary:
        if not KANJI.match(w) or not 2 <= len(w) <= 7:
            continue
        for i in range(1, min(4, len(w) - 1) + 1):
            if w[:i] in surnames and w[i:] in given:
                not_names.add(w)
                break
    lines = [
        f"# Derived by scripts/gen-names.py from Debian {PACKAGE} {VERSION} ({deb}, sha256 {digest}).",
        "# NAIST/ICOT licence: src/detect/names/COPYING.ipadic. Do not edit: regenerate.",
        "[surnames]", " ".join(sorted(surnames)),
        "[given]", " ".join(sorted(given)),
        "[katakana]", " ".join(sorted(kata)),
        "[not_names]", " ".join(sorted(not_names)),
    ]
    text = "\n".join(lines) + "\n"
    if "--check" in sys.argv:
        if open(OUT, encoding="utf-8").read() != text:
            sys.exit("gen-names: src/detect/names/ipadic.txt differs from what the script makes")
        print("gen-names: up to date")
        return
    open(OUT, "w", encoding="utf-8").write(text)
    print(f"gen-names: {len(surnames)} surnames, {len(given)} given names, {len(kata)} katakana, {len(not_names)} not-names; {len(text.encode())} bytes")


main()

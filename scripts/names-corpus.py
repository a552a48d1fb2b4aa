#!/usr/bin/env python3
"""Labelled Japanese news sentences for measuring the prose name finder
(tests/prose_names.rs): hironsancorpus 0.1.2 from PyPI (MIT; 500 sentences
in IOB2, 162 person spans), fetched with `pip download` (PyPI's own client),
pinned by SHA-256, and written as target/names-eval/hironsan.tsv:
one sentence a line, a tab, then its person names joined by `|`.

    python3 scripts/names-corpus.py

Idempotent. The stockmarkteam NER data set and the gimp/libreoffice help
texts are not used here: they are kept for an independent evaluation.
"""
import hashlib
import os
import subprocess
import sys
import tarfile

VERSION = "0.1.2"
SHA256 = "9ea6a147c7f62433c19492eeaef1da846e038722e01f7c8dc40c406ee7504ae1"
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DIR = os.path.join(ROOT, "target", "names-eval")
SDIST = os.path.join(DIR, f"hironsancorpus-{VERSION}.tar.gz")
OUT = os.path.join(DIR, "hironsan.tsv")


def main():
    os.makedirs(DIR, exist_ok=True)
    if not os.path.exists(SDIST):
        subprocess.run(
            [sys.executable, "-m", "pip", "download", f"hironsancorpus=={VERSION}", "--no-deps", "--no-binary", ":all:", "-d", DIR],
            check=True,
        )
    with open(SDIST, "rb") as f:
        digest = hashlib.sha256(f.read()).hexdigest()
    if digest != SHA256:
        sys.exit(f"names-corpus: {SDIST} has sha256 {digest}, expected {SHA256}")
    with tarfile.open(SDIST) as tar:
        member = tar.getmember(f"hironsancorpus-{VERSION}/hironsan/corpus/iob_sents.txt")
        lines = tar.extractfile(member).read().decode("utf-8").split("\n")
    out, text, names, current = [], [], [], None
    for line in lines + [""]:
        if not line.strip():
            if current:
                names.append(current)
            if text:
                out.append("".join(text) + "\t" + "|".join(names))
            text, names, current = [], [], None
            continue
        cols = line.split("\t")
        surface, tag = cols[0], cols[-1].strip()
        text.append(surface)
        if tag == "B-PSN":
            if current:
                names.append(current)
            current = surface
        elif tag == "I-PSN" and current is not None:
            current += surface
        else:
            if current:
                names.append(current)
            current = None
    with open(OUT, "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")
    print(f"names-corpus: {len(out)} sentences, {sum(len(l.split(chr(9))[1].split('|')) for l in out if l.split(chr(9))[1])} names -> {OUT}")


main()

#!/usr/bin/env python3
"""Negatives for the prose-name scorer (issue 17): the lines of the training
half of the clean-prose corpus (tests/clean_prose.rs, fetched by
scripts/setup-prose.sh into target/prose), as labelled sentences naming
nobody (`line<TAB>`), to target/names-train/clean-even.tsv.

The corpus is also the false-alarm gate, so it is split by file: a file
whose path under target/prose (`man/man1/ls.1.txt`, `html/ch01.ja.html`)
has an even 32-bit FNV-1a hash is for training, an odd one for the
measurement only (tests/clean_prose.rs `learned_scorer_false_alarms` reads
the odd half; `presend::detect::prose_names::scorer::training_half` is
the same function). Lines with an address (`@`) are left out: the body's
real people stand there. HTML is read without its tags, as the test does.

python3 scripts/clean-prose-negatives.py
"""
import os
import pathlib
import re

ROOT = pathlib.Path(__file__).resolve().parent.parent
PROSE = ROOT / "target/prose"
OUT = ROOT / "target/names-train/clean-even.tsv"


def fnv1a(text):
    h = 0x811C9DC5
    for b in text.encode("utf-8"):
        h ^= b
        h = (h * 0x01000193) & 0xFFFFFFFF
    return h


def main():
    if not (PROSE / "ready").exists():
        raise SystemExit("clean-prose-negatives: run scripts/setup-prose.sh first")
    paths = []
    for sub, ext in (("man", ".txt"), ("html", ".html")):
        for root, _, files in os.walk(PROSE / sub):
            for f in files:
                if f.endswith(ext):
                    rel = (pathlib.Path(root) / f).relative_to(PROSE).as_posix()
                    if fnv1a(rel) % 2 == 0:
                        paths.append(rel)
    paths.sort()
    lines, size = [], 0
    for rel in paths:
        text = (PROSE / rel).read_bytes().decode("utf-8", "replace")
        if rel.endswith(".html"):
            text = re.sub(r"<[^>]*>", "", text)
        size += len(text.encode("utf-8"))
        for line in text.splitlines():
            line = line.replace("\t", " ").strip()
            if not line or line.startswith("#") or "@" in line:
                continue
            lines.append(line + "\t")
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"clean-prose-negatives: {len(paths)} files, {size / 1e6:.2f} MB, {len(lines)} lines -> {OUT}")


if __name__ == "__main__":
    main()

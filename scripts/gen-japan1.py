#!/usr/bin/env python3
"""Writes src/extract/pdf/japan1.bin: the Adobe-Japan1 CID -> Unicode table
that PDF text needs when a Japanese CID font has no ToUnicode map (old
Japanese tools, non-embedded 平成明朝/ゴシック with Identity-H).

Source: Adobe's published CMap resources (adobe-type-tools/cmap-resources,
Adobe-Japan1-UCS2), as pdfminer.six ships them pickled; pip fetches that
package from PyPI, so the script needs no other network. The table is one
big-endian u16 per CID from 0 to the highest mapped CID, 0 where a CID has no
character (every Adobe-Japan1 character is in the BMP; the script checks).
Horizontal forms only: vertical CIDs map to the horizontal character, which
is what a checker wants (縦書き is read as the same text).

Usage: python3 scripts/gen-japan1.py  (from the repository root)
"""
import gzip, pickle, struct, subprocess, sys, tempfile, zipfile, pathlib

VERSION = "20240706"
OUT = pathlib.Path("src/extract/pdf/japan1.bin")

with tempfile.TemporaryDirectory() as tmp:
    subprocess.run([sys.executable, "-m", "pip", "download", "-q", "--no-deps", "-d", tmp,
                    f"pdfminer.six=={VERSION}"], check=True)
    wheel = next(pathlib.Path(tmp).glob("pdfminer.six-*.whl"))
    with zipfile.ZipFile(wheel) as z:
        data = pickle.loads(gzip.decompress(z.read("pdfminer/cmap/to-unicode-Adobe-Japan1.pickle.gz")))

table = data["CID2UNICHR_H"]
top = max(table)
out = bytearray(2 * (top + 1))
for cid, text in table.items():
    if len(text) != 1 or ord(text) > 0xFFFF:
        sys.exit(f"CID {cid} maps to {text!r}: not one BMP character")
    struct.pack_into(">H", out, 2 * cid, ord(text))
OUT.write_bytes(bytes(out))
print(f"{OUT}: {len(table)} CIDs mapped, highest {top}, {len(out)} bytes")

#!/usr/bin/env python3
"""The bad-input table (issue 18): writes hostile and broken files into
target/bad-inputs/, scans each with the release CLI (`presend scan --format
json`), and records the exit status, the problems reported, the wall time
and the peak memory of the process. Writes target/bad-inputs.md and, with
--readme, the table between the bad-inputs markers in README.md.

A case fails when presend crashes (exit status other than 0 or 1, or a
signal), runs past the time budget (120 s) plus 10 s, takes more than 2 GB,
prints the content of a file an entity pointed at, or passes in silence
(exit 0) on a file that holds personal data or cannot be read whole.

Usage: scripts/bad-inputs.py [--readme] [--only SUBSTRING]
"""

import io
import json
import os
import struct
import subprocess
import sys
import time
import zipfile
import zlib

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "target", "bad-inputs")
PRESEND = os.environ.get("PRESEND") or os.path.join(ROOT, "target", "release", "presend")
BUDGET_S = 120 + 10
MEMORY_LIMIT_KB = 2 * 1024 * 1024
SECRET = "root:x:0:0"  # what /etc/passwd starts with: must never be printed

ROSTER_CSV = "氏名,電話番号\r\n山田 太郎,090-1234-5678\r\n佐藤 花子,03-1234-5678\r\n"
PHONE_TEXT = "担当 山田 090-1234-5678"

# ---- builders ---------------------------------------------------------------


def zipped(members, method=zipfile.ZIP_DEFLATED):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", method) as z:
        for name, data in members:
            if name == "mimetype":
                z.writestr(zipfile.ZipInfo(name), data, compress_type=zipfile.ZIP_STORED)
            else:
                z.writestr(name, data)
    return buf.getvalue()


NS_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
NS_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
NS_PKG = "http://schemas.openxmlformats.org/package/2006/relationships"


def xlsx(sheet_xml, shared_strings="<sst/>", extra=()):
    rels = f'<Relationships xmlns="{NS_PKG}"><Relationship Id="rId1" Type="{NS_REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>'
    book = f'<workbook xmlns="{NS_MAIN}" xmlns:r="{NS_REL}"><sheets><sheet name="名簿" sheetId="1" r:id="rId1"/></sheets></workbook>'
    book_rels = (
        f'<Relationships xmlns="{NS_PKG}"><Relationship Id="rId1" Type="{NS_REL}/worksheet" Target="worksheets/sheet1.xml"/>'
        f'<Relationship Id="rId2" Type="{NS_REL}/sharedStrings" Target="sharedStrings.xml"/></Relationships>'
    )
    types = '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>'
    return zipped(
        [
            ("[Content_Types].xml", types),
            ("_rels/.rels", rels),
            ("xl/workbook.xml", book),
            ("xl/_rels/workbook.xml.rels", book_rels),
            ("xl/worksheets/sheet1.xml", sheet_xml),
            ("xl/sharedStrings.xml", shared_strings),
        ]
        + list(extra)
    )


def sheet(rows_xml, prolog=""):
    return f'{prolog}<worksheet xmlns="{NS_MAIN}"><sheetData>{rows_xml}</sheetData></worksheet>'


def inline_row(r, *cells):
    cols = "ABCDEFGHIJ"
    body = "".join(f'<c r="{cols[i]}{r}" t="inlineStr"><is><t>{v}</t></is></c>' for i, v in enumerate(cells))
    return f'<row r="{r}">{body}</row>'


ROSTER_SHEET = sheet(inline_row(1, "氏名", "電話番号") + inline_row(2, "山田 太郎", "090-1234-5678"))


def docx(body_xml, extra=()):
    doc = f'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>{body_xml}</w:body></w:document>'
    return zipped([("word/document.xml", doc)] + list(extra))


def para(text):
    return f"<w:p><w:r><w:t>{text}</w:t></w:r></w:p>"


def pptx(slide_text, extra=()):
    slide = (
        '<p:sld xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main" '
        'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><p:cSld><p:spTree><p:sp><p:txBody>'
        f"<a:p><a:r><a:t>{slide_text}</a:t></a:r></a:p></p:txBody></p:sp></p:spTree></p:cSld></p:sld>"
    )
    return zipped([("ppt/presentation.xml", "<p/>"), ("ppt/slides/slide1.xml", slide)] + list(extra))


def odt(body, manifest_extra=""):
    """An OpenDocument text whose office:text holds `body`."""
    content = (
        '<?xml version="1.0" encoding="UTF-8"?><office:document-content '
        'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body><office:text>'
        f"{body}</office:text></office:body></office:document-content>"
    )
    manifest = (
        '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"><manifest:file-entry manifest:full-path="/"/>'
        f'<manifest:file-entry manifest:full-path="content.xml">{manifest_extra}</manifest:file-entry></manifest:manifest>'
    )
    return zipped([("mimetype", "application/vnd.oasis.opendocument.text"), ("META-INF/manifest.xml", manifest), ("content.xml", content)])


def ods(content_rows, annotation=""):
    content = (
        '<?xml version="1.0" encoding="UTF-8"?><office:document-content '
        'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body><office:spreadsheet>'
        f'<table:table table:name="S">{content_rows}</table:table></office:spreadsheet></office:body></office:document-content>'
    )
    manifest = '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"><manifest:file-entry manifest:full-path="/"/></manifest:manifest>'
    return zipped(
        [("mimetype", "application/vnd.oasis.opendocument.spreadsheet"), ("META-INF/manifest.xml", manifest), ("content.xml", content)]
    )


# BIFF12 (xlsb) records
def rec(typ, body=b""):
    out = bytes([typ]) if typ < 0x80 else bytes([(typ & 0x7F) | 0x80, typ >> 7])
    n = len(body)
    while True:
        low, n = n & 0x7F, n >> 7
        out += bytes([low | 0x80 if n else low])
        if not n:
            break
    return out + body


def wide(text):
    units = text.encode("utf-16-le")
    return struct.pack("<I", len(units) // 2) + units


def le(*values):
    return b"".join(struct.pack("<I", v) for v in values)


XLSB_STRINGS = ["氏名", "電話番号", "山田 太郎", "090-1234-5678"]


def xlsb(cells, dims=le(0, 1, 0, 1), strings=XLSB_STRINGS, relid="rId1", names=b""):
    book = rec(0x83) + rec(0x9C, le(0, 1) + wide(relid) + wide("名簿")) + rec(0x90) + names + rec(0x9D, bytes(16))
    sheet_bin = rec(0x81) + rec(0x94, dims) + rec(0x91) + cells + rec(0x92)
    sst = rec(0x9F, le(len(strings), len(strings))) + b"".join(rec(0x13, b"\x00" + wide(t)) for t in strings) + rec(0xA0)
    rels = f'<Relationships xmlns="{NS_PKG}"><Relationship Id="rId1" Target="worksheets/sheet1.bin"/></Relationships>'
    return zipped(
        [("xl/workbook.bin", book), ("xl/_rels/workbook.bin.rels", rels), ("xl/worksheets/sheet1.bin", sheet_bin), ("xl/sharedStrings.bin", sst)]
    )


# BIFF8 (xls) records
def biff(typ, body=b""):
    return struct.pack("<HH", typ, len(body)) + body


def xls(cells):
    """A one-sheet .xls whose sheet holds the BIFF8 cell records `cells`."""
    bof = lambda kind: biff(0x0809, bytes([0, 6, kind, 0]) + bytes(12))
    bound_sheet = lambda at: biff(0x0085, struct.pack("<I", at) + bytes([0, 0, 1, 0]) + b"S")
    globals_len = len(bof(5)) + len(bound_sheet(0)) + 4
    stream = bof(5) + bound_sheet(globals_len) + biff(0x000A) + bof(0x10) + cells + biff(0x000A)
    return compound_file([("Workbook", stream + bytes(max(0, 4096 - len(stream))))])


def xls_label(row, col, text):
    return biff(0x0204, struct.pack("<HHHHB", row, col, 0, len(text), 0) + text.encode("latin-1"))


def xls_formula(row, col):
    """A formula cell caching 7, with the tokens of `=7`."""
    return biff(0x0006, struct.pack("<HHHd", row, col, 0, 7.0) + bytes(6) + bytes([3, 0, 0x1E, 7, 0]))


def row_hdr(r):
    return rec(0x00, le(r) + bytes(13))


def isst(col, i):
    return rec(0x07, le(col, 0, i))


XLSB_ROSTER = row_hdr(0) + isst(0, 0) + isst(1, 1) + row_hdr(1) + isst(0, 2) + isst(1, 3)


def compound_file(streams):
    """An OLE compound file holding streams of at least 4096 bytes each."""
    END, FREE = 0xFFFFFFFE, 0xFFFFFFFF
    data_sectors = sum((len(d) + 511) // 512 for _, d in streams)
    fat_sectors = 1
    while 1 + data_sectors + fat_sectors > fat_sectors * 128:
        fat_sectors += 1
    header = bytearray(512)
    header[:8] = bytes.fromhex("D0CF11E0A1B11AE1")
    struct.pack_into("<HHHHH", header, 24, 0x3E, 3, 0xFFFE, 9, 6)
    struct.pack_into("<I", header, 44, fat_sectors)
    struct.pack_into("<IIII", header, 56, 4096, END, 0, END)
    for i in range(109):
        struct.pack_into("<I", header, 76 + 4 * i, 1 + data_sectors + i if i < fat_sectors else FREE)
    directory = bytearray(512)

    def entry(i, name, kind, child, right, start, size):
        units = name.encode("utf-16-le")
        directory[i * 128 : i * 128 + len(units)] = units
        struct.pack_into("<HBB", directory, i * 128 + 64, len(units) + 2, kind, 1)
        struct.pack_into("<III", directory, i * 128 + 68, FREE, right, child)
        struct.pack_into("<II", directory, i * 128 + 116, start, size)

    entry(0, "Root Entry", 5, 1, FREE, END, 0)
    fat = [FREE] * (fat_sectors * 128)
    fat[0] = END
    data = b""
    nxt = 1
    for i, (name, payload) in enumerate(streams):
        count = (len(payload) + 511) // 512
        entry(i + 1, name, 2, FREE, i + 2 if i + 1 < len(streams) else FREE, nxt, len(payload))
        for s in range(nxt, nxt + count):
            fat[s] = s + 1 if s + 1 < nxt + count else END
        nxt += count
        data += payload + bytes(count * 512 - len(payload))
    for s in range(nxt, nxt + fat_sectors):
        fat[s] = 0xFFFFFFFD
    return bytes(header) + bytes(directory) + data + struct.pack(f"<{len(fat)}I", *fat)


def zeros_member_zip(name, size, chunk=64 << 20):
    """A zip of one member of `size` zero bytes, deflated as it is written."""
    buf = io.BytesIO()
    info = zipfile.ZipInfo(name)
    info.compress_type = zipfile.ZIP_DEFLATED  # a bare ZipInfo is stored
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED, allowZip64=True) as z:
        with z.open(info, "w", force_zip64=True) as member:
            block = bytes(chunk)
            left = size
            while left > 0:
                member.write(block[: min(chunk, left)])
                left -= chunk
    return buf.getvalue()


def nested_zip(depth, leaf):
    data = leaf
    for level in range(depth):
        data = zipped([(f"level{level}.zip" if level else "list.csv", data)])
    return data


def set_encrypted(data):
    out = bytearray(data)
    i = 0
    while (i := out.find(b"PK\x03\x04", i)) >= 0:
        out[i + 6] |= 1
        i += 4
    i = 0
    while (i := out.find(b"PK\x01\x02", i)) >= 0:
        out[i + 8] |= 1
        i += 4
    return bytes(out)


def aes_zip():
    """A member written as WinZip AES (method 99, extra field 0x9901)."""
    name = b"list.csv"
    payload = os.urandom(64)
    extra = struct.pack("<HHHHBH", 0x9901, 7, 2, 0x4541, 3, 8)
    local = struct.pack("<IHHHHHIIIHH", 0x04034B50, 51, 1, 99, 0, 0, 0, len(payload), len(payload), len(name), len(extra))
    local += name + extra + payload
    central = struct.pack(
        "<IHHHHHHIIIHHHHHII", 0x02014B50, 51, 51, 1, 99, 0, 0, 0, len(payload), len(payload), len(name), len(extra), 0, 0, 0, 0, 0
    )
    central += name + extra
    end = struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, 1, 1, len(central), len(local), 0)
    return local + central + end


def lying_zip():
    data = bytearray(zipped([("readme.txt", PHONE_TEXT)], zipfile.ZIP_STORED))
    c = data.find(b"PK\x01\x02")
    data[c + 16 : c + 28] = bytes(12)
    return bytes(data)


def overlapping_zip(copies=1000):
    """Many directory entries pointing at one deflated member (a "flat"
    bomb without recursion): 1000 x 100 MB of zeros from 100 KB."""
    one = zeros_member_zip("z0000", 100 << 20)
    cd = one.find(b"PK\x01\x02")
    eocd = one.find(b"PK\x06\x06") if b"PK\x06\x06" in one else one.rfind(b"PK\x05\x06")
    local, entry = one[:cd], one[cd:eocd]
    central = b"".join(entry.replace(b"z0000", f"z{i:04d}".encode()) for i in range(copies))
    return local + central + struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, copies, copies, len(central), len(local), 0)


def many_members_zip(n):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_STORED) as z:
        for i in range(n):
            z.writestr(f"m{i}.txt", "x")
    return buf.getvalue()


# ---- the cases ----------------------------------------------------------------
# (file name, what it is, expectation) where expectation is "read" (personal
# data inside: findings or a problem, never exit 0), "problem" (must be
# reported), or "clean" (exit 0 is right).


def cases():
    billion = (
        '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
        + "".join(f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">' for i in range(1, 10))
        + "]>"
    )
    xxe = '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>'
    yield "zero-bytes.txt", "0-byte file", "clean", b""
    yield "one-byte.bin", "1-byte file", "clean", b"\x00"
    yield "nested-bomb.zip", "zip bomb: 6 levels of 10 zips, 100 MB of zeros in each leaf", "problem", nested_bomb()
    yield "flat-10gb.zip", "zip bomb: one member of 10 GB of zeros", "problem", None
    yield "overlapping.zip", "zip bomb: 1000 directory entries over one 100 MB member", "problem", overlapping_zip()
    yield "billion-laughs.xlsx", "billion laughs in the shared strings", "read", xlsx(
        ROSTER_SHEET, billion + '<sst xmlns="' + NS_MAIN + '"><si><t>&lol9;</t></si></sst>'
    )
    yield "billion-laughs.docx", "billion laughs in the document", "read", docx_with_prolog(billion, para(PHONE_TEXT) + para("&lol9;"))
    yield "xxe.xlsx", "external entity (file:///etc/passwd) in a sheet", "read", xlsx(
        sheet(inline_row(1, "氏名", "電話番号") + inline_row(2, "山田 太郎", "090-1234-5678") + inline_row(3, "&e;"), prolog=xxe)
    )
    yield "xxe.docx", "external entity (file:///etc/passwd) in a document", "read", docx_with_prolog(xxe, para(PHONE_TEXT) + para("&e;"))
    yield "deep-100k.docx", "elements nested 100,000 deep", "read", docx(para(PHONE_TEXT) + "<w:sdt>" * 100_000 + "</w:sdt>" * 100_000)
    yield "deep-100k.json", "JSON nested 100,000 deep", "read", ("[" * 100_000 + f'"{PHONE_TEXT}"' + "]" * 100_000).encode()
    yield "deep-100k.html", "HTML nested 100,000 deep", "read", ("<div>" * 100_000 + PHONE_TEXT + "</div>" * 100_000).encode()
    yield "encrypted-office.xlsx", "password-protected xlsx (OLE EncryptedPackage)", "problem", read_fixture("encrypted.xlsx")
    yield "zipcrypto.zip", "ZipCrypto member", "problem", set_encrypted(zipped([("list.csv", ROSTER_CSV)]))
    yield "aes.zip", "AES member", "problem", aes_zip()
    yield "truncated.xlsx", "xlsx cut in half", "problem", cut(xlsx(ROSTER_SHEET), 0.5)
    yield "truncated.csv", "CSV cut inside a quoted field", "read", (ROSTER_CSV + '鈴木 一郎,"080-1111').encode()
    yield "truncated-sjis.csv", "Shift_JIS CSV cut inside a character", "read", (ROSTER_CSV + "鈴木").encode("cp932")[:-1]
    yield "300mb.txt", "300 MB of text", "problem", None
    yield "5m-columns.csv", "one CSV line of 5 million columns", "read", ("090-1234-5678," * 5_000_000 + "\n").encode()
    yield "2m-rows.csv", "2 million CSV rows", "read", None
    yield "xlsx-as.txt", "an xlsx named .txt", "read", xlsx(ROSTER_SHEET)
    yield "csv-as.xlsx", "a CSV named .xlsx", "read", ROSTER_CSV.encode()
    yield "invalid-utf8.txt", "invalid UTF-8", "read", PHONE_TEXT.encode() + b"\xff\xfe\xc0\x80 \xed\xa0\x80\n"
    yield "utf16-no-bom.csv", "UTF-16LE without BOM", "read", ROSTER_CSV.encode("utf-16-le")
    yield "eucjp.csv", "EUC-JP", "read", ROSTER_CSV.encode("euc_jp")
    yield "path-traversal.zip", "member named ../../etc/cron.d/x.csv", "read", zipped([("../../etc/cron.d/x.csv", ROSTER_CSV)])
    yield "100k-members.zip", "100,000 members", "problem", many_members_zip(100_000)
    yield "50-deep.zip", "zips nested 50 deep", "problem", nested_zip(50, ROSTER_CSV.encode())
    yield "name-\x1b[2J\x1b[H-\nNothing sensitive found.csv", "file name with escape sequences and a line break", "read", ROSTER_CSV.encode()
    yield "hostile-member.zip", "member name with escape sequences and a line break", "read", zipped(
        [("a\x1b[32mOK\x1b[0m\r\nb.csv", ROSTER_CSV)]
    )
    yield b"not-utf8-\xff.csv", "file name that is not UTF-8", "read", ROSTER_CSV.encode()
    yield "xlsb-sst-index.xlsb", "xlsb: shared-string index past the list (calamine panicked)", "problem", xlsb(
        row_hdr(0) + isst(0, 99), dims=le(0, 0, 0, 0)
    )
    yield "xlsb-short-dims.xlsb", "xlsb: 8-byte dimension record (panicked)", "problem", xlsb(XLSB_ROSTER, dims=le(0, 1))
    yield "xlsb-relationship.xlsb", "xlsb: sheet relationship not in the package (panicked)", "problem", xlsb(XLSB_ROSTER, relid="rId9")
    yield "xlsb-bad-name.xlsb", "xlsb: defined-name formula cut short (panicked)", "read", xlsb(
        XLSB_ROSTER, names=rec(0x27, bytes(9) + wide("x") + le(1) + b"\x3a")
    )
    yield "xlsb-overlong.xlsb", "xlsb: a sheet record declaring 200 MB in 14 bytes (calamine zero-filled 200 MB)", "problem", xlsb(
        XLSB_ROSTER + b"\x07\x80\x84\xaf\x5f" + bytes(10)
    )
    yield "xlsb-wide.xlsb", "xlsb: a cell in column 4,294,967,040 (asked for 500 GB)", "problem", xlsb(
        row_hdr(0) + isst(0, 0) + row_hdr(40_000) + isst(0xFFFFFF00, 1), dims=le(0, 0, 0, 0)
    )
    yield "xlsb-sparse.xlsb", "xlsb: two cells, at A1 and IV65536 (a 16.7-million-cell grid; took 930 MB)", "read", xlsb(
        row_hdr(0) + isst(0, 2) + row_hdr(65535) + isst(255, 3), dims=le(0, 65535, 0, 255)
    )
    yield "xls-sparse.xls", "xls: cells and formulas at A1 and IV65536 (a 16.7-million-cell grid; took 1.4 GB)", "read", xls(
        xls_label(0, 0, "TEL") + xls_formula(1, 0) + xls_formula(65534, 255) + xls_label(65535, 255, "090-1234-5678")
    )
    yield "hang-784b.ods", "ods whose table calamine never closes (hung > 300 s)", "problem", read_fixture("hang-784b.ods")
    yield "xlsx-dimension.xlsx", "xlsx with a reversed dimension B22:D4", "problem", xlsx(
        f'<worksheet xmlns="{NS_MAIN}"><dimension ref="B22:D4"/><sheetData>{inline_row(1, "氏名")}</sheetData></worksheet>'
    )
    yield "embedded.docx", "xlsx embedded in a docx (package)", "read", docx(
        para("資料を添付します"), [("word/embeddings/Microsoft_Excel_Worksheet.xlsx", xlsx(ROSTER_SHEET))]
    )
    yield "embedded-ole.docx", "xlsx embedded in a docx (OLE object)", "read", docx(
        para("資料を添付します"), [("word/embeddings/oleObject1.bin", compound_file([("Package", xlsx(ROSTER_SHEET) + bytes(4096))]))]
    )
    yield "comments.pptx", "comment on a slide", "read", pptx(
        "会議資料",
        [
            (
                "ppt/comments/comment1.xml",
                '<p:cmLst xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main"><p:cm><p:text>'
                + PHONE_TEXT
                + "</p:text></p:cm></p:cmLst>",
            )
        ],
    )
    yield "notes.xlsx", "cell comment (note) in an xlsx", "read", xlsx(
        sheet(inline_row(1, "品名")),
        extra=[("xl/comments1.xml", f'<comments xmlns="{NS_MAIN}"><commentList><comment ref="A1"><text><r><t>{PHONE_TEXT}</t></r></text></comment></commentList></comments>')],
    )
    yield "comments.ods", "cell comment in an ods", "read", ods(
        f'<table:table-row><table:table-cell office:value-type="string"><office:annotation><text:p>{PHONE_TEXT}</text:p></office:annotation><text:p>品名</text:p></table:table-cell></table:table-row>'
    )
    yield "comments.odt", "comment (annotation) in an odt", "read", odt(
        f"<text:p>資料<office:annotation><text:p>{PHONE_TEXT}</text:p></office:annotation></text:p>"
    )
    yield "locked.odt", "password-protected odt (manifest encryption data)", "problem", odt(
        "<text:p>x</text:p>", '<manifest:encryption-data manifest:checksum-type="sha256-1k"/>'
    )
    yield "repeat-bomb.odt", "odt table: 10,000 rows each repeated 1e9 times with a cell repeated 1e9 times", "read", odt(
        "<table:table>"
        + '<table:table-row table:number-rows-repeated="1000000000"><table:table-cell table:number-columns-repeated="1000000000"><text:p>090-1234-5678</text:p></table:table-cell></table:table-row>' * 10_000
        + "</table:table>"
    )
    yield "comment.html", "HTML comment", "read", f"<p>資料</p><!-- {PHONE_TEXT} -->".encode()
    yield "300k-scripts.html", "300,000 empty <script> elements (took 63 s)", "read", (
        "<p>資料</p>" + "<script></script>" * 300_000 + f"<p>{PHONE_TEXT}</p>"
    ).encode()
    yield "lying-header.zip", "zip member whose local header lies about its size", "problem", lying_zip()
    yield "deep-100k.rtf", "RTF groups nested 100,000 deep", "read", (
        "{\\rtf1\\ansi " + "{" * 100_000 + rtf_text(PHONE_TEXT) + "}" * 100_000 + "}"
    ).encode()
    yield "rtf-4gb.msg", "Outlook message whose compressed RTF body declares 4 GB", "problem", rtf_bomb_msg()
    yield "winmail-4gb.dat", "Outlook winmail.dat whose attachment attribute declares 4 GB after the body", "problem", (
        b"\x78\x9f\x3e\x22\x01\x00"
        + tnef_attr(1, 0x00018004, (PHONE_TEXT + "\0").encode("cp932"))
        + bytes([2]) + struct.pack("<II", 0x0006800F, 0xFFFFFFF0) + b"PK\x03\x04" * 16
    )
    yield "deep-100k.ppt", "PowerPoint records nested 100,000 deep, text at the bottom", "problem", ppt(
        ppt_rec(0x03EE, b"", nest=100_000, inner=ppt_text(PHONE_TEXT))
    )
    yield "4gb-record.ppt", "PowerPoint record declaring 4 GB after a slide's text", "read", ppt(
        ppt_text(PHONE_TEXT) + ppt_rec(0x03EE, b"", length=0xFFFF_FFF0)
    )


def tnef_attr(level, ident, data):
    """A TNEF (winmail.dat) attribute with its checksum."""
    return bytes([level]) + struct.pack("<II", ident, len(data)) + data + struct.pack("<H", sum(data) & 0xFFFF)


def ppt_rec(typ, body, nest=0, inner=b"", length=None):
    """A PowerPoint record (a container, version 0xF, when it nests `inner`
    `nest` levels deep); `length` overrides what its header declares."""
    if nest:
        data = inner
        for _ in range(nest):
            data = struct.pack("<HHI", 0xF, typ, len(data)) + data
        return data
    return struct.pack("<HHI", 0xF, typ, len(body) if length is None else length) + body


def ppt_text(text):
    """A TextCharsAtom (UTF-16LE)."""
    body = text.encode("utf-16-le")
    return struct.pack("<HHI", 0, 0x0FA0, len(body)) + body


def ppt(document):
    """A .ppt: the PowerPoint Document stream and a Current User stream
    whose token says it is not encrypted."""
    user = struct.pack("<HHI", 0, 0x0FF6, 20) + struct.pack("<IIIHHBBH", 20, 0xE391C05F, 0, 0, 0x03F4, 3, 0, 0)
    pad = lambda b: b + bytes(max(0, 4096 - len(b)))
    return compound_file([("PowerPoint Document", pad(document)), ("Current User", pad(user))])


def rtf_text(text):
    """Text as RTF writes it: \\uN (negative above 32767) with a ? fallback."""
    return "".join(c if ord(c) < 128 else f"\\u{ord(c) - 65536 if ord(c) > 32767 else ord(c)}?" for c in text)


def rtf_bomb_msg():
    """An Outlook message whose only body is MS-OXRTFCP's own LZFu example
    with its raw size set to 4 GB (the CRC covers only the contents)."""
    lzfu = bytearray.fromhex("2d0000002b0000004c5a4675f1c5c7a703000a0072637067313235423" "20af32068656c090020627705b06c647d0a800fa0")
    lzfu[4:8] = struct.pack("<I", 0xFFFFFFFF)
    pad = lambda b: bytes(b) + bytes(4096 - len(b))
    return compound_file([("__properties_version1.0", pad(b"")), ("__substg1.0_10090102", pad(lzfu))])


def docx_with_prolog(prolog, body):
    doc = prolog + f'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>{body}</w:body></w:document>'
    return zipped([("word/document.xml", doc)])


def nested_bomb(levels=6, fan=10):
    leaf = zeros_member_zip("zeros.bin", 100 << 20)
    data = leaf
    for level in range(levels - 1):
        data = zipped([(f"{level}-{i}.zip", data) for i in range(fan)])
    return data


def cut(data, fraction):
    return data[: int(len(data) * fraction)]


def read_fixture(name):
    with open(os.path.join(ROOT, "tests", "fixtures", name), "rb") as f:
        return f.read()


def write_big(path, name):
    """The large generated files, written in pieces."""
    with open(path, "wb") as f:
        if name == "flat-10gb.zip":
            f.write(zeros_member_zip("zeros.bin", 10 << 30))
        elif name == "300mb.txt":
            line = (PHONE_TEXT + "\n").encode()
            f.write(line * (300_000_000 // len(line)))
        elif name == "2m-rows.csv":
            f.write("氏名,電話番号\r\n".encode())
            rows = "".join(f"山田 太郎{i % 1000},090-{1000 + i % 9000:04d}-{i % 10000:04d}\r\n" for i in range(100_000)).encode()
            for _ in range(20):
                f.write(rows)


# ---- running ------------------------------------------------------------------


def measure(path):
    """Exit status, stdout, stderr, wall seconds and peak RSS in KB (GNU time)."""
    started = time.monotonic()
    proc = subprocess.run(
        ["/usr/bin/time", "-f", "%M", PRESEND, "scan", "--format", "json", path], capture_output=True, timeout=900
    )
    wall = time.monotonic() - started
    lines = proc.stderr.decode(errors="replace").strip().splitlines()
    peak = int(lines[-1]) if lines and lines[-1].isdigit() else -1
    return proc.returncode, proc.stdout, "\n".join(lines[:-1]), wall, peak


def main():
    readme = "--readme" in sys.argv
    only = sys.argv[sys.argv.index("--only") + 1] if "--only" in sys.argv else None
    os.makedirs(OUT, exist_ok=True)
    rows = []
    failures = 0
    for name, what, expect, data in cases():
        shown = name.decode(errors="replace") if isinstance(name, bytes) else name
        if only and only not in shown:
            continue
        path = os.path.join(OUT.encode(), name) if isinstance(name, bytes) else os.path.join(OUT, name)
        if data is None:
            if not os.path.exists(path):
                write_big(path, name)
        else:
            with open(path, "wb") as f:
                f.write(data)
        status, out, err, wall, peak = measure(path)
        problems, findings = [], 0
        try:
            report = json.loads(out)["files"][0]
            problems = sorted({p["kind"] for p in report["problems"]})
            findings = len(report["findings"])
        except (ValueError, KeyError, IndexError):
            pass
        wrong = []
        if status not in (0, 1):
            wrong.append(f"crashed (status {status}): {err[-200:]}")
        if wall > BUDGET_S:
            wrong.append("past the time budget")
        if peak > MEMORY_LIMIT_KB:
            wrong.append("over 2 GB")
        if SECRET.encode() in out:
            wrong.append("leaked /etc/passwd")
        if expect != "clean" and status == 0:
            wrong.append("passed in silence")
        if expect == "problem" and not problems:
            wrong.append("no problem reported")
        failures += bool(wrong)
        label = shown.encode("unicode_escape").decode() if any(ord(c) < 32 for c in shown) else shown
        rows.append(
            f"| `{label}` | {what} | {status} | {', '.join(problems) or '—'} | {findings} | {wall:.1f} | {max(peak, 0) / 1024:.0f} | {'**' + '; '.join(wrong) + '**' if wrong else 'ok'} |"
        )
        print(rows[-1], flush=True)
    table = "\n".join(
        [
            "| file | what | exit | problems | findings | wall s | peak MB | result |",
            "|---|---|---|---|---|---|---|---|",
            *rows,
        ]
    )
    with open(os.path.join(ROOT, "target", "bad-inputs.md"), "w") as f:
        f.write(table + "\n")
    if readme and not only:
        readme_path = os.path.join(ROOT, "README.md")
        with open(readme_path) as f:
            text = f.read()
        begin, end = "<!-- bad-inputs:begin -->", "<!-- bad-inputs:end -->"
        if begin in text and end in text:
            head, rest = text.split(begin, 1)
            _, tail = rest.split(end, 1)
            with open(readme_path, "w") as f:
                f.write(head + begin + "\n" + table + "\n" + end + tail)
    print(f"{len(rows)} cases, {failures} failed; table in target/bad-inputs.md")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()

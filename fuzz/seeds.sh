#!/bin/sh
# Writes a few tiny valid seed files per fuzz target into fuzz/corpus/<target>/.
# Needs python3; the .xls seeds need xlwt (`pip install xlwt`) and are skipped
# without it. The corpus directories are git-ignored: run this after a clone.
set -eu
cd "$(dirname "$0")"
exec python3 - <<'PY'
import io, os, shutil, struct, zipfile

ROOT = "corpus"
written = {}

def put(target, name, data):
    d = os.path.join(ROOT, target)
    os.makedirs(d, exist_ok=True)
    if isinstance(data, str):
        data = data.encode("utf-8")
    with open(os.path.join(d, name), "wb") as f:
        f.write(data)
    written[target] = written.get(target, 0) + 1
    # Every seed is also a seed for the whole pipeline.
    if target != "scan_bytes":
        put("scan_bytes", f"{target}-{name}", data)

def parts(target, name, *xml):
    """A seed for the packaged mode of a target: the XML of its parts, split
    at 0xFF bytes (see `package` in src/lib.rs)."""
    put(target, name, b"\xff".join(x.encode("utf-8") for x in xml))

def zipped(members, compression=zipfile.ZIP_DEFLATED):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression) as z:
        for name, data in members:
            if name == "mimetype":
                z.writestr(zipfile.ZipInfo(name), data, compress_type=zipfile.ZIP_STORED)
            else:
                z.writestr(name, data)
    return buf.getvalue()

# ---- xlsx ---------------------------------------------------------------
CT_XLSX = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>
<Override PartName="/xl/worksheets/sheet2.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>
<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>
<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>
</Types>"""
RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="{target}"/>
</Relationships>"""
WB = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
<sheets><sheet name="名簿" sheetId="1" r:id="rId1"/><sheet name="Other" sheetId="2" r:id="rId2"/></sheets>
</workbook>"""
WB_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet2.xml"/>
<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>
<Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
</Relationships>"""
SST = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="4" uniqueCount="4">
<si><t>氏名</t></si><si><t>電話番号</t></si><si><t>山田太郎</t></si><si><r><t>090-1234-</t></r><r><t>5678</t></r></si>
</sst>"""
STYLES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
<numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy/mm/dd"/></numFmts>
<cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/><xf numFmtId="164" applyNumberFormat="1"/></cellXfs>
</styleSheet>"""
SHEET1 = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
<dimension ref="B2:D4"/>
<sheetData>
<row r="2"><c r="B2" t="s"><v>0</v></c><c r="C2" t="s"><v>1</v></c><c r="D2" t="inlineStr"><is><t>生年月日</t></is></c></row>
<row r="3"><c r="B3" t="s"><v>2</v></c><c r="C3" t="s"><v>3</v></c><c r="D3" s="1"><v>29221</v></c></row>
<row r="4"><c r="B4" t="str"><f>CONCAT("a","b")</f><v>ab</v></c><c r="C4"><v>3.25</v></c><c r="D4" s="2"><v>44000.5</v></c><c r="E4" t="b"><v>1</v></c><c r="F4" t="e"><v>#N/A</v></c></row>
</sheetData>
</worksheet>"""
SHEET2 = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>email</t></is></c></row>
<row r="2"><c r="A2" t="inlineStr"><is><t>taro@example.co.jp</t></is></c></row></sheetData>
</worksheet>"""

def xlsx(sheet1=SHEET1, with_styles=True):
    members = [
        ("[Content_Types].xml", CT_XLSX),
        ("_rels/.rels", RELS.format(target="xl/workbook.xml")),
        ("xl/workbook.xml", WB),
        ("xl/_rels/workbook.xml.rels", WB_RELS),
        ("xl/sharedStrings.xml", SST),
        ("xl/worksheets/sheet1.xml", sheet1),
        ("xl/worksheets/sheet2.xml", SHEET2),
    ]
    if with_styles:
        members.append(("xl/styles.xml", STYLES))
    return zipped(members)

put("spreadsheet_xlsx", "two_sheets.xlsx", xlsx())
put("spreadsheet_xlsx", "no_styles.xlsx", xlsx(with_styles=False))
parts("spreadsheet_xlsx", "parts.xml", SHEET1, SST, STYLES)
parts("spreadsheet_xlsx", "parts_sheet2.xml", SHEET2)
put("spreadsheet_xlsx", "no_dimension.xlsx", xlsx(sheet1=SHEET1.replace('<dimension ref="B2:D4"/>', "")))
try:
    import openpyxl, datetime
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "顧客"
    ws.append(["氏名", "フリガナ", "電話", "生年月日", "メール"])
    ws.append(["山田 太郎", "ヤマダ タロウ", "03-1234-5678", datetime.date(1980, 1, 2), "taro@example.jp"])
    ws.append(["佐藤 花子", "サトウ ハナコ", "090-8765-4321", datetime.datetime(1990, 5, 6, 7, 8), None])
    buf = io.BytesIO()
    wb.save(buf)
    put("spreadsheet_xlsx", "openpyxl.xlsx", buf.getvalue())
except ImportError:
    pass

# ---- xls ----------------------------------------------------------------
try:
    import xlwt, datetime
    for name, sheets in [("one_sheet.xls", 1), ("two_sheets.xls", 2)]:
        wb = xlwt.Workbook(encoding="utf-8")
        date_style = xlwt.easyxf(num_format_str="yyyy/mm/dd")
        for s in range(sheets):
            ws = wb.add_sheet(f"シート{s + 1}")
            for c, h in enumerate(["氏名", "電話", "生年月日", "金額"]):
                ws.write(0, c, h)
            ws.write(1, 0, "山田太郎")
            ws.write(1, 1, "090-1234-5678")
            ws.write(1, 2, datetime.date(1980, 1, 2), date_style)
            ws.write(1, 3, 1234.5)
            ws.write(3, 5, True)
            ws.write(2, 1, xlwt.Formula("1+2"))
        buf = io.BytesIO()
        wb.save(buf)
        put("spreadsheet_xls", name, buf.getvalue())
except ImportError:
    print("xlwt not installed: fewer .xls seeds (pip install xlwt)")
put("spreadsheet_xls", "roster.xls", open("../tests/fixtures/roster.xls", "rb").read())
# Built by the bad-input script's BIFF8 writer: cells far enough apart that
# the workbook is read in several passes (biff.rs, PASS_CELLS under fuzzing).
import importlib.util
spec = importlib.util.spec_from_file_location("bad_inputs", "../scripts/bad-inputs.py")
bad = importlib.util.module_from_spec(spec)
spec.loader.exec_module(bad)
put("spreadsheet_xls", "passes.xls", bad.xls(
    bad.xls_label(0, 0, "TEL") + bad.xls_formula(1, 0) + bad.xls_label(1, 1, "090-1234-5678")
    + bad.xls_formula(300, 200) + bad.xls_label(2000, 255, "x@example.jp")))

# ---- xlsb ---------------------------------------------------------------
# BIFF12 records: a 1-2 byte type and a 1-4 byte length, 7 bits a byte.
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
    return (len(units) // 2).to_bytes(4, "little") + units

def le(*values):
    return b"".join(v.to_bytes(4, "little") for v in values)

XLSB_STRINGS = ["氏名", "電話番号", "山田 太郎", "090-1234-5678"]
xlsb_book = (rec(0x83) + rec(0x9C, le(0, 1) + wide("rId1") + wide("名簿")) + rec(0x90)
             + rec(0x27, bytes(9) + wide("_xlnm.Print_Area") + le(1) + b"\x16") + rec(0x9D, bytes(16)))
xlsb_sheet = (rec(0x81) + rec(0x94, le(0, 1, 0, 1)) + rec(0x91)
              + rec(0x00, le(0) + bytes(13)) + rec(0x07, le(0, 0, 0)) + rec(0x07, le(1, 0, 1))
              + rec(0x00, le(1) + bytes(13)) + rec(0x07, le(0, 0, 2)) + rec(0x07, le(1, 0, 3))
              + rec(0x05, le(2, 0) + bytes(8)) + rec(0x92))
xlsb_sst = rec(0x9F, le(4, 4)) + b"".join(rec(0x13, b"\x00" + wide(t)) for t in XLSB_STRINGS) + rec(0xA0)
xlsb_styles = rec(0x267, le(1)) + rec(0x2C, (164).to_bytes(2, "little") + wide("yyyy/mm/dd")) + rec(0x269, le(1)) + rec(0x2F, bytes(16))
xlsb_rels = ('<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
             '<Relationship Id="rId1" Target="worksheets/sheet1.bin"/></Relationships>')
put("spreadsheet_xlsb", "roster.xlsb", zipped([
    ("xl/workbook.bin", xlsb_book), ("xl/_rels/workbook.bin.rels", xlsb_rels),
    ("xl/worksheets/sheet1.bin", xlsb_sheet), ("xl/sharedStrings.bin", xlsb_sst), ("xl/styles.bin", xlsb_styles),
]))
put("spreadsheet_xlsb", "parts.bin", b"\xff".join([xlsb_book, xlsb_sheet, xlsb_sst, xlsb_styles]))

# ---- ods ----------------------------------------------------------------
ODS_MIME = "application/vnd.oasis.opendocument.spreadsheet"
ODS_MANIFEST = """<?xml version="1.0" encoding="UTF-8"?>
<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">
<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>
<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
</manifest:manifest>"""
ODS_CONTENT = """<?xml version="1.0" encoding="UTF-8"?>
<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">
<office:body><office:spreadsheet>
<table:table table:name="名簿">
<table:table-row><table:table-cell office:value-type="string"><text:p>氏名</text:p></table:table-cell><table:table-cell office:value-type="string"><text:p>電話</text:p></table:table-cell><table:table-cell office:value-type="string"><text:p>生年月日</text:p></table:table-cell></table:table-row>
<table:table-row><table:table-cell office:value-type="string"><text:p>山田<text:s text:c="2"/>太郎</text:p></table:table-cell><table:table-cell office:value-type="string"><text:p>090-1234-5678</text:p></table:table-cell><table:table-cell office:value-type="date" office:date-value="1980-01-02"><text:p>1980/01/02</text:p></table:table-cell></table:table-row>
<table:table-row table:number-rows-repeated="2"><table:table-cell table:number-columns-repeated="3"/></table:table-row>
<table:table-row><table:table-cell office:value-type="float" office:value="12.5"><text:p>12.5</text:p></table:table-cell><table:table-cell office:value-type="boolean" office:boolean-value="true"><text:p>TRUE</text:p></table:table-cell><table:table-cell office:value-type="percentage" office:value="0.5"/></table:table-row>
</table:table>
<table:table table:name="Sheet2"><table:table-row><table:table-cell office:value-type="string"><text:p>x@example.jp</text:p></table:table-cell></table:table-row></table:table>
</office:spreadsheet></office:body></office:document-content>"""
put("spreadsheet_ods", "two_sheets.ods", zipped([("mimetype", ODS_MIME), ("META-INF/manifest.xml", ODS_MANIFEST), ("content.xml", ODS_CONTENT)]))
parts("spreadsheet_ods", "content.xml", ODS_CONTENT)
put("spreadsheet_ods", "no_manifest.ods", zipped([("mimetype", ODS_MIME), ("content.xml", ODS_CONTENT)]))

# ---- csv ----------------------------------------------------------------
CSV = "氏名,電話,住所\r\n山田太郎,090-1234-5678,\"東京都千代田区1-2-3, 4F\"\r\n\"佐藤 \"\"花子\"\"\",03-1234-5678,\"改行\nあり\"\r\n"
put("delimited_csv", "utf8.csv", CSV)
put("delimited_csv", "bom.csv", "\ufeff" + CSV)
put("delimited_csv", "sjis.csv", CSV.encode("cp932"))
put("delimited_csv", "eucjp.csv", CSV.encode("euc_jp"))
put("delimited_csv", "utf16.csv", CSV.encode("utf-16"))
put("delimited_csv", "unterminated.csv", 'a,b\n1,"2\n')
put("delimited_csv", "plain.csv", "name,email,birth\nTaro,taro@example.com,1980-01-02\n,,\n")

# ---- docx ---------------------------------------------------------------
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
DOC = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document {W}><w:body>
<w:p><w:r><w:t>氏名：山田太郎</w:t></w:r><w:r><w:tab/><w:t xml:space="preserve">電話 090-1234-5678</w:t></w:r></w:p>
<w:tbl><w:tr><w:tc><w:p><w:r><w:t>メール</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>taro@example.jp</w:t></w:r></w:p></w:tc></w:tr></w:tbl>
<w:p><w:r><w:t>a &amp; b &#x3042;<![CDATA[cdata]]></w:t><w:br/></w:r></w:p>
</w:body></w:document>"""
HDR = f'<?xml version="1.0" encoding="UTF-8"?><w:hdr {W}><w:p><w:r><w:t>社外秘</w:t></w:r></w:p></w:hdr>'
FTN = f'<?xml version="1.0" encoding="UTF-8"?><w:footnotes {W}><w:footnote w:id="1"><w:p><w:r><w:t>注記</w:t></w:r></w:p></w:footnote></w:footnotes>'
CT_DOCX = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>"""
put("office_docx", "basic.docx", zipped([
    ("[Content_Types].xml", CT_DOCX), ("_rels/.rels", RELS.format(target="word/document.xml")),
    ("word/document.xml", DOC), ("word/header1.xml", HDR), ("word/footer2.xml", HDR.replace("hdr", "ftr")),
    ("word/footnotes.xml", FTN), ("word/comments.xml", FTN.replace("footnote", "comment")),
]))
parts("office_docx", "parts.xml", DOC, HDR, FTN.replace("footnote", "comment"))
put("office_docx", "stored.docx", zipped([("word/document.xml", DOC)], zipfile.ZIP_STORED))

# ---- odt / odp ----------------------------------------------------------
ODF_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
          'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" xmlns:presentation="urn:oasis:names:tc:opendocument:xmlns:presentation:1.0" '
          'xmlns:dc="http://purl.org/dc/elements/1.1/"')
ODT_CONTENT = f"""<?xml version="1.0" encoding="UTF-8"?><office:document-content {ODF_NS}><office:body><office:text>
<text:tracked-changes><text:changed-region><text:deletion><office:change-info><dc:creator>a</dc:creator></office:change-info><text:p>旧 090-1234-5678</text:p></text:deletion></text:changed-region></text:tracked-changes>
<text:p>氏名：山田<text:s text:c="2"/>太郎<text:tab/>電話<office:annotation><dc:creator>b</dc:creator><text:p>メモ taro@example.jp</text:p></office:annotation><text:note><text:note-citation>1</text:note-citation><text:note-body><text:p>注</text:p></text:note-body></text:note></text:p>
<table:table><table:table-row><table:table-cell><text:p>氏名</text:p></table:table-cell><table:covered-table-cell/><table:table-cell table:number-columns-repeated="2"><text:p>電話</text:p></table:table-cell></table:table-row>
<table:table-row table:number-rows-repeated="3"><table:table-cell><text:p>佐藤 花子</text:p><table:table><table:table-row><table:table-cell><text:p>入れ子</text:p></table:table-cell></table:table-row></table:table></table:table-cell></table:table-row></table:table>
</office:text></office:body></office:document-content>"""
ODT_STYLES = f"""<?xml version="1.0" encoding="UTF-8"?><office:document-styles {ODF_NS}><office:master-styles><style:master-page><style:header><text:p>社外秘 &amp; 090-0000-1111</text:p></style:header></style:master-page></office:master-styles></office:document-styles>"""
ODP_CONTENT = f"""<?xml version="1.0" encoding="UTF-8"?><office:document-content {ODF_NS}><office:body><office:presentation><draw:page><draw:frame><draw:text-box><text:p>スライド</text:p></draw:text-box></draw:frame><presentation:notes><draw:frame><draw:text-box><text:p>ノート 080-1111-2222</text:p></draw:text-box></draw:frame></presentation:notes></draw:page></office:presentation></office:body></office:document-content>"""
put("office_odt", "letter.odt", zipped([("mimetype", "application/vnd.oasis.opendocument.text"), ("content.xml", ODT_CONTENT), ("styles.xml", ODT_STYLES), ("Object 1/content.xml", ODS_CONTENT)]))
put("office_odt", "slides.odp", zipped([("mimetype", "application/vnd.oasis.opendocument.presentation"), ("content.xml", ODP_CONTENT)]))
parts("office_odt", "parts.xml", ODT_CONTENT, ODT_STYLES, ODS_CONTENT)
parts("office_odt", "slides.xml", ODP_CONTENT)
put("office_odt", "flat.fodt", ODT_CONTENT.replace("office:document-content ", 'office:document office:mimetype="application/vnd.oasis.opendocument.text" ', 1).replace("</office:document-content>", "</office:document>"))

# ---- pptx ---------------------------------------------------------------
A = 'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main"'
def slide(text):
    return f'<?xml version="1.0" encoding="UTF-8"?><p:sld {A}><p:cSld><p:spTree><p:sp><p:txBody><a:p><a:r><a:t>{text}</a:t></a:r><a:br/><a:r><a:t>2行目</a:t></a:r></a:p></p:txBody></p:sp></p:spTree></p:cSld></p:sld>'
PRES = f'<?xml version="1.0" encoding="UTF-8"?><p:presentation {A}/>'
put("office_pptx", "slides.pptx", zipped([
    ("ppt/presentation.xml", PRES), ("ppt/slides/slide2.xml", slide("山田太郎 090-1234-5678")),
    ("ppt/slides/slide1.xml", slide("表紙")), ("ppt/slides/slide10.xml", slide("10")),
    ("ppt/notesSlides/notesSlide1.xml", slide("ノート")),
    ("ppt/comments/comment1.xml", f'<p:cmLst {A}><p:cm><p:text>コメント taro@example.jp</p:text></p:cm></p:cmLst>'),
]))

parts("office_pptx", "parts.xml", slide("山田太郎 090-1234-5678"), slide("ノート"))

# ---- zip ----------------------------------------------------------------
inner = zipped([("inner.csv", CSV)])
put("archive_zip", "mixed.zip", zipped([
    ("dir/", ""), ("a.csv", CSV), ("b.txt", "メモ: taro@example.jp\n"), ("c.html", "<p>x</p>"),
    ("nested.zip", inner), ("doc.docx", zipped([("word/document.xml", DOC)])),
]))
put("archive_zip", "stored.zip", zipped([("a.csv", CSV), ("empty", "")], zipfile.ZIP_STORED))
# A Shift_JIS member name without the UTF-8 flag (Japanese Windows): written
# under an ASCII name of the same length, then renamed in both headers.
name = "名簿.csv".encode("cp932")
placeholder = b"x" * (len(name) - 4) + b".csv"
data = zipped([(placeholder.decode(), "氏名,電話\n山田,090-1234-5678\n".encode("cp932"))])
data = data.replace(placeholder, name)
put("archive_zip", "sjis_name.zip", data)
put("archive_zip", "empty.zip", zipped([]))

# ---- html ---------------------------------------------------------------
put("markup_html", "table.html", "<!DOCTYPE html><html><head><style>td{}</style><script>var x='090-0000-0000';</script></head>\n<body><table><tr><td>氏名</td><td>山田&nbsp;太郎</td></tr>\n<tr><td>電話</td><td>&#48;90-1234-5678 &#x41; &amp; &unknown; &</td></tr></table></body></html>\n")
put("markup_html", "fragment.html", "<div>a<br/>b<script src=x />c</div><p>taro@example.jp")
put("markup_html", "sjis.html", "<html><body>住所：東京都</body></html>".encode("cp932"))

# ---- json ---------------------------------------------------------------
put("markup_json", "records.json", '{"exported": "2024-04-01", "members": [{"氏名": "岡田 真一", "連絡先": {"電話": "090-1111-2222"}, "family": [{"name": "B"}], "tags": ["a", 1, null, true]}, {"氏名": "原 大地", "x": [[1, 2], {"y": 1.5e3}]}]}')
put("markup_json", "grid.json", '{"values": [["氏名", "電話"], ["岡田", "090-1234-5678"]], "deep": [[[{"a": "\\u5c71\\u7530"}]]]}')
put("markup_json", "lines.jsonl", '{"firstName": "Emma", "phoneNumber": "090-5555-6666"}\n{"firstName": "Liam"}\n{"cut": ')

# ---- encoding -----------------------------------------------------------
TEXT = "氏名：山田太郎\n電話：０９０－１２３４－５６７８\nﾔﾏﾀﾞ ﾀﾛｳ\n"
for name, data in [
    ("utf8.txt", TEXT.encode("utf-8")), ("bom.txt", b"\xef\xbb\xbf" + TEXT.encode("utf-8")),
    ("sjis.txt", TEXT.encode("cp932")), ("eucjp.txt", TEXT.replace("－", "ー").encode("euc_jp")),
    ("utf16le.txt", TEXT.encode("utf-16-le")), ("utf16be.txt", TEXT.encode("utf-16-be")),
    ("utf16bom.txt", TEXT.encode("utf-16")), ("cut.txt", TEXT.encode("utf-8")[:-2]),
    ("latin1.txt", "café ü\n".encode("latin-1")),
]:
    put("encoding_decode", name, data)

# ---- pdf ----------------------------------------------------------------
def pdf(objects):
    """A PDF with a correct xref from a list of object bodies (1-based)."""
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for i, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    for o in offsets:
        out += f"{o:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)

def stream(data):
    return b"<< /Length " + str(len(data)).encode() + b" >>\nstream\n" + data + b"\nendstream"

PAGE = b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>"
put("pdf", "helvetica.pdf", pdf([
    b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>", PAGE,
    stream(b"BT /F1 10 Tf 50 800 Td (Yamada Taro 090-1234-5678) Tj 0 -14 Td (My Number 123456789018) Tj ET"),
    b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding << /Differences [1 /zero /one /two] >> >>",
]))
ucs2 = "氏名 山田太郎 電話 090-1234-5678".encode("utf-16-be").hex().upper().encode()
put("pdf", "ucs2.pdf", pdf([
    b"<< /Type /Catalog /Pages 2 0 R /AcroForm << /Fields [6 0 R] >> >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>", PAGE,
    stream(b"BT /F1 10 Tf 1 0 0 1 50 800 Tm <" + ucs2 + b"> Tj ET"),
    b"<< /Type /Font /Subtype /Type0 /BaseFont /HeiseiKakuGo-W5 /Encoding /UniJIS-UCS2-H /DescendantFonts [7 0 R] >>",
    b"<< /T (mynumber) /V (123456789018) >>",
    b"<< /Type /Font /Subtype /CIDFontType0 /BaseFont /HeiseiKakuGo-W5 /CIDSystemInfo << /Registry (Adobe) /Ordering (Japan1) /Supplement 2 >> /DW 1000 /W [1 95 500] >>",
]))
tounicode = stream(b"/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n2 beginbfrange\n<0001> <0003> <5C71>\n<0004> <0004> [<7530>]\nendbfrange\nendcmap\nend\nend")
put("pdf", "identity.pdf", pdf([
    b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>", PAGE,
    stream(b"BT /F1 10 Tf 0 1 -1 0 300 700 Tm [<00010002> -300 <0004>] TJ ET q 1 0 0 1 0 0 cm /X1 Do Q"),
    b"<< /Type /Font /Subtype /Type0 /BaseFont /X /Encoding /Identity-V /ToUnicode 6 0 R /DescendantFonts [7 0 R] >>",
    tounicode,
    b"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /X /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /W [1 [1000 1000] 4 4 500] >>",
]))

# ---- mail, contacts, bank transfer files --------------------------------
import base64 as b64
JIS = lambda t: t.encode("iso2022_jp")
EML_HEAD = "From: =?ISO-2022-JP?B?" + b64.b64encode(JIS("山田太郎")).decode() + "?= <a@example.jp>\r\nTo: b@example.jp\r\nSubject: x\r\nMIME-Version: 1.0\r\n"
put("mail_eml", "jis.eml", (EML_HEAD + "Content-Type: text/plain; charset=ISO-2022-JP\r\n\r\n").encode() + JIS("電話 090-1234-5678\r\n"))
put("mail_eml", "multipart.eml", (EML_HEAD + 'Content-Type: multipart/mixed; boundary="b"\r\n\r\n--b\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n=E5=B1=B1=E7=94=B0=\r\n\r\n--b\r\nContent-Type: text/csv\r\nContent-Disposition: attachment; filename*=UTF-8\'\'%E5%90%8D.csv\r\nContent-Transfer-Encoding: base64\r\n\r\n' + b64.b64encode("氏名,電話\n山田,090-1234-5678\n".encode()).decode() + '\r\n--b\r\nContent-Type: message/rfc822\r\n\r\nFrom: c@example.jp\r\nSubject: inner\r\n\r\nhello\r\n--b--\r\n').encode())
put("mail_eml", "mbox.mbox", "From a@b Mon Dec  1 00:00:00 2026\nFrom: a@b\nTo: c@d\n\none\n\nFrom a@b Mon Dec  1 00:00:01 2026\nFrom: a@b\nTo: c@d\n\ntwo\n")
put("contacts_vcard", "v21.vcf", b"BEGIN:VCARD\r\nVERSION:2.1\r\nN;CHARSET=SHIFT_JIS;ENCODING=QUOTED-PRINTABLE:=8E=52=93=63;=91=BE=98=59=\r\n;;\r\nTEL;CELL:090-1234-5678\r\nEND:VCARD\r\n")
put("contacts_vcard", "v3.vcf", "BEGIN:VCARD\nVERSION:3.0\nFN:佐藤 花子\nN:佐藤;花子;;;\nitem1.ADR;TYPE=HOME:;;梅田1-1-1;大阪市北区;大阪府;530-0001;\nNOTE:a\\, b\\nc\n  folded\nEND:VCARD\n")
def zrec(s):
    b = s.encode("cp932")
    return b + b" " * (120 - len(b))
ZG = [zrec("1110" + "1234567890" + "ｶ)ｱﾙﾌｱ".ljust(40)), zrec("20001" + "ﾐｽﾞﾎ".ljust(15) + "100" + "ﾄｳｷﾖｳ".ljust(15) + "    1" + "1234567" + "ﾔﾏﾀﾞ ﾀﾛｳ".ljust(30) + "0000281500" + "0E000123"), zrec("8000001000000281500"), zrec("9")]
put("transfer_zengin", "payroll.dat", b"\r\n".join(ZG))
put("transfer_zengin", "joined.dat", b"".join(ZG))

# ---- compound files: Outlook .msg, Word .doc, PowerPoint .ppt ------------
# No writer for them here: the files the test suite makes are taken when
# they are there (`make test` writes them: the demo's Outlook sample,
# tests/legacy_doc.rs's and tests/ppt.rs's LibreOffice .doc and .ppt), so
# `make fuzz` after `make test` starts from real ones; a fresh clone's short
# runs start from nothing.
import glob
for target, pattern in [("mail_msg", "../www/demo/samples/*.msg"), ("office_doc", "../target/legacy-doc/*.doc"), ("office_ppt", "../target/ppt/read/*.ppt")]:
    os.makedirs(os.path.join(ROOT, target), exist_ok=True)
    for path in sorted(glob.glob(pattern)):
        with open(path, "rb") as f:
            put(target, os.path.basename(path).encode("ascii", "replace").decode() or "seed", f.read())

# ---- Outlook's winmail.dat (TNEF): a subject, a body property, an attachment
def tnef_attr(level, ident, data):
    return bytes([level]) + struct.pack("<II", ident, len(data)) + data + struct.pack("<H", sum(data) & 0xFFFF)
def tnef_props(props):
    out = struct.pack("<I", len(props))
    for tag, text in props:
        v = (text + "\0").encode("utf-16-le")
        out += struct.pack("<III", tag, 1, len(v)) + v + bytes(-len(v) % 4)
    return out
TNEF = (b"\x78\x9f\x3e\x22\x01\x00" + tnef_attr(1, 0x00069007, struct.pack("<II", 932, 0))
        + tnef_attr(1, 0x00018004, "名簿の件\0".encode("cp932"))
        + tnef_attr(1, 0x00069003, tnef_props([(0x1000001F, "山田様 090-1234-5678")]))
        + tnef_attr(2, 0x00069002, bytes(14)) + tnef_attr(2, 0x00018010, b"MEIBO.CSV\0")
        + tnef_attr(2, 0x0006800F, "氏名,電話\n佐藤,03-1234-5678\n".encode("cp932"))
        + tnef_attr(2, 0x00069005, tnef_props([(0x3707001F, "名簿.csv")])))
put("mail_tnef", "winmail.dat", TNEF)

# ---- RTF: a document, and Outlook's compressed form of one ---------------
SJIS = lambda t: "".join(f"\\'{b:02x}" for b in t.encode("cp932"))
RTF = ("{\\rtf1\\ansi\\ansicpg932\\deff0{\\fonttbl{\\f0\\fcharset128 MS Gothic;}}{\\colortbl;\\red0\\green0\\blue0;}"
       "{\\*\\generator x;}{\\info{\\title " + SJIS("名簿") + "}}{\\header " + SJIS("社外秘") + "\\par}\\pard\\f0 " + SJIS("担当 山田") + " 090-1234-5678\\par"
       "\\uc1\\u20304?\\u34276?\\u-32079?\\par\\trowd\\cellx1000\\cellx2000\\pard\\intbl " + SJIS("氏名") + "\\cell " + SJIS("電話") + "\\cell\\row"
       "\\trowd\\pard\\intbl " + SJIS("佐藤") + "\\cell 03-1234-5678\\cell\\row\\pard{\\pict\\bin4 {{{{}{\\field{\\*\\fldinst x}{\\fldrslt y}}\\par}")
HTML_RTF = ("{\\rtf1\\ansi\\ansicpg932\\fromhtml1 {\\*\\htmltag19 <html>}{\\*\\htmltag64 <p>}\\htmlrtf {\\htmlrtf0 " + SJIS("山田")
            + " 090-1234-5678}\\htmlrtf\\par\\htmlrtf0 {\\*\\htmltag72 </p>}{\\*\\mhtmltag84 <img>}}")
put("document_rtf", "word.rtf", RTF)
put("document_rtf", "fromhtml.rtf", HTML_RTF)
import struct
def mela(rtf):
    b = rtf.encode("ascii")
    return struct.pack("<III", len(b) + 12, len(b), 0x414C454D) + bytes(4) + b
put("document_rtf", "mela.bin", mela(RTF))
# MS-OXRTFCP's own example (LZFu, references into the primer and itself, CRC).
put("document_rtf", "lzfu.bin", bytes.fromhex(
    "2d000000 2b000000 4c5a4675 f1c5c7a7 03000a00 72637067 31323542 320af320 68656c09 00206277 05b06c64 7d0a800f a0"
))

# ---- whole pipeline extras ----------------------------------------------
put("scan_bytes", "json.json", '{"name": "山田太郎", "tel": "090-1234-5678", "mynumber": "123456789018"}')
put("scan_bytes", "md.md", "# 議事録\n\n## 参加者\n- 山田太郎 (taro@example.jp)\n")
put("scan_bytes", "tsv.tsv", "氏名\t電話\n山田太郎\t090-1234-5678\n")
put("scan_bytes", "text.txt", TEXT)
# A gzipped roster (read as the file inside) and a 7-Zip signature (asked about).
import gzip as _gzip
put("scan_bytes", "roster.csv.gz", _gzip.compress("氏名,電話\n山田太郎,090-1234-5678\n".encode("utf-8"), mtime=0))
put("scan_bytes", "seven.7z", b"7z\xbc\xaf\x27\x1c\x00\x04" + bytes(32))

for t, n in sorted(written.items()):
    print(f"{t}: {n} seeds")
PY

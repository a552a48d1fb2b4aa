#!/usr/bin/env python3
"""Writes a PDF the way a real producer does, for presend's PDF tests.

    produce.py reportlab|fpdf2 OUT.pdf < spec.json
    produce.py form OUT.pdf < {"fields": {name: value}}
    produce.py scan OUT.pdf            (one page that is only an image)
    produce.py attach IN.pdf OUT.pdf NAME FILE
    produce.py encrypt IN.pdf OUT.pdf USER OWNER R   (R 4: AES-128, 6: AES-256, 3: RC4)

spec: {"title": str, "lines": [str], "table": [[str]], "font_size": number}
— a title, lines of prose, then a table (first row the header) laid out in
columns, continued over as many A4 landscape pages as it needs.

- reportlab writes the CID fonts every Japanese PDF reader has built in
  (HeiseiKakuGo-W5 with the predefined CMap UniJIS-UCS2-H), not embedded and
  with no ToUnicode map: what older Japanese tools produce.
- fpdf2 embeds a subset of a TrueType font (IPA Gothic) as a Type0 font with
  Identity-H and a ToUnicode map: what Word and most modern tools produce.

- form: a reportlab AcroForm with filled text fields (the values are in the
  fields, not in the page's text).
- attach / encrypt: pikepdf (qpdf) adds an embedded file or encrypts.

scripts/setup-pdf.sh installs them into target/pdf-venv.
"""
import json
import sys

FONT_FILE = "/usr/share/fonts/opentype/ipafont-gothic/ipag.ttf"
PAGE_W, PAGE_H = 842.0, 595.0  # A4 landscape, points
MARGIN = 36.0


def layout(spec, width_of):
    """Yields (page, x, y_from_top, text) for every string to draw."""
    size = spec.get("font_size", 7)
    step = size * 1.6
    page, y = 0, MARGIN
    items = []
    if spec.get("title"):
        items.append((page, MARGIN, y, spec["title"], size * 1.5))
        y += size * 3
    for line in spec.get("lines", []):
        if y > PAGE_H - MARGIN:
            page, y = page + 1, MARGIN
        items.append((page, MARGIN, y, line, size))
        y += step
    table = spec.get("table") or []
    if table:
        y += step
        widths = [max(width_of(row[c], size) for row in table if c < len(row)) for c in range(len(table[0]))]
        xs, x = [], MARGIN
        for w in widths:
            xs.append(x)
            x += w + size * 2
        for row in table:
            if y > PAGE_H - MARGIN:
                page, y = page + 1, MARGIN
            for c, cell in enumerate(row):
                items.append((page, xs[c], y, cell, size))
            y += step
    return items


def reportlab(spec, out):
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    font = "HeiseiKakuGo-W5"
    pdfmetrics.registerFont(UnicodeCIDFont(font))
    c = canvas.Canvas(out, pagesize=(PAGE_W, PAGE_H))
    c.setAuthor(spec.get("author", ""))
    items = layout(spec, lambda s, size: pdfmetrics.stringWidth(s, font, size))
    current = 0
    for page, x, y, text, size in items:
        while page > current:
            c.showPage()
            current += 1
        c.setFont(font, size)
        c.drawString(x, PAGE_H - y, text)
    c.showPage()
    c.save()


def fpdf2(spec, out):
    from fpdf import FPDF

    pdf = FPDF(orientation="L", unit="pt", format="A4")
    pdf.add_font("ipag", fname=FONT_FILE)
    pdf.set_author(spec.get("author", ""))

    def width_of(s, size):
        pdf.set_font("ipag", size=size)
        return pdf.get_string_width(s)

    items = layout(spec, width_of)
    current = -1
    for page, x, y, text, size in items:
        while page > current:
            pdf.add_page()
            current += 1
        pdf.set_font("ipag", size=size)
        pdf.text(x, y + size, text)
    if current < 0:
        pdf.add_page()
    pdf.output(out)


def form(spec, out):
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(out, pagesize=(PAGE_W, PAGE_H))
    c.setFont("Helvetica", 10)
    c.drawString(MARGIN, PAGE_H - MARGIN, "Application form")
    y = PAGE_H - MARGIN - 40
    for name, value in spec["fields"].items():
        c.drawString(MARGIN, y + 4, name)
        c.acroForm.textfield(name=name, value=value, x=MARGIN + 150, y=y, width=300, height=18, fontName="Helvetica")
        y -= 30
    c.showPage()
    c.save()


def scan(out):
    from PIL import Image, ImageDraw
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    image = Image.new("L", (400, 300), 255)
    draw = ImageDraw.Draw(image)
    for i in range(12):
        draw.line((20, 20 + i * 20, 380, 20 + i * 20), fill=0, width=3)
    c = canvas.Canvas(out, pagesize=(PAGE_W, PAGE_H))
    c.drawImage(ImageReader(image), MARGIN, MARGIN, width=PAGE_W - 2 * MARGIN, height=PAGE_H - 2 * MARGIN)
    c.showPage()
    c.save()


def attach(src, out, name, path):
    import pikepdf

    with pikepdf.open(src) as pdf:
        with open(path, "rb") as f:
            pdf.attachments[name] = pikepdf.AttachedFileSpec(pdf, f.read(), filename=name)
        pdf.save(out)


def encrypt(src, out, user, owner, r):
    import pikepdf

    with pikepdf.open(src) as pdf:
        allow = pikepdf.Permissions(print_lowres=False, print_highres=False, extract=False, modify_other=False)
        pdf.save(out, encryption=pikepdf.Encryption(user=user, owner=owner, R=int(r), aes=int(r) >= 4, metadata=int(r) >= 4, allow=allow))


if __name__ == "__main__":
    command, args = sys.argv[1], sys.argv[2:]
    if command in ("reportlab", "fpdf2", "form"):
        spec = json.load(sys.stdin)
        {"reportlab": reportlab, "fpdf2": fpdf2, "form": form}[command](spec, args[0])
    elif command == "scan":
        scan(args[0])
    elif command == "attach":
        attach(*args)
    elif command == "encrypt":
        encrypt(*args)
    else:
        sys.exit(f"unknown command {command}")

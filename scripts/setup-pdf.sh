#!/usr/bin/env bash
# The PDF producers the PDF tests use (tests/pdf/produce.py): reportlab (CID
# fonts with predefined Japanese CMaps), fpdf2 (embedded TrueType with
# ToUnicode) and pikepdf (encryption, attached files), pinned, in a venv at
# target/pdf-venv. Chromium and the IPA font come from setup-web.sh.
# Idempotent: does nothing when the venv already has these versions.
set -euo pipefail
cd "$(dirname "$0")/.."

VENV=target/pdf-venv
WANT="reportlab==5.1.0 fpdf2==2.8.9 pikepdf==10.18.0 pillow==13.0.0"

if [ -x "$VENV/bin/python" ] && [ "$(cat "$VENV/.installed" 2>/dev/null)" = "$WANT" ]; then
  exit 0
fi
command -v python3 >/dev/null || { echo "setup-pdf: python3 is missing" >&2; exit 1; }
echo "setup-pdf: installing $WANT into $VENV"
rm -rf "$VENV"
python3 -m venv "$VENV"
# shellcheck disable=SC2086
"$VENV/bin/pip" install -q --disable-pip-version-check $WANT
echo "$WANT" > "$VENV/.installed"

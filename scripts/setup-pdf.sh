#!/usr/bin/env bash
# The PDF producers the PDF tests use (tests/pdf.rs): reportlab (CID fonts
# with predefined Japanese CMaps), fpdf2 (embedded TrueType with ToUnicode)
# and pikepdf (encryption, attached files), pinned, in a venv at
# target/pdf-venv; and LibreOffice (Debian's headless Calc and Writer), which
# saves xlsx and docx as PDF as an office suite does (and Impress, which
# writes .ppt). Chromium and the IPA
# font come from setup-web.sh. Idempotent: installs only what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

say() { echo "setup-pdf: $*"; }
have() { command -v "$1" >/dev/null 2>&1; }

# Impress writes the .ppt files tests/ppt.rs reads.
packages=()
for p in libreoffice-calc-nogui libreoffice-writer-nogui libreoffice-impress-nogui; do
  dpkg -s "$p" >/dev/null 2>&1 || packages+=("$p")
done
if ! have soffice || [ ${#packages[@]} -gt 0 ]; then
  have apt-get || { echo "setup-pdf: LibreOffice is missing and this is not a Debian-like system" >&2; exit 1; }
  sudo=()
  if [[ $(id -u) -ne 0 ]]; then
    have sudo || { echo "setup-pdf: installing LibreOffice needs root" >&2; exit 1; }
    sudo=(sudo)
  fi
  say "installing Debian packages: ${packages[*]}"
  apt_install() {
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${packages[@]}"
  }
  if ! apt_install; then
    say "install failed; refreshing package lists and retrying"
    "${sudo[@]}" apt-get update -q
    apt_install
  fi
fi

VENV=target/pdf-venv
WANT="reportlab==5.1.0 fpdf2==2.8.9 pikepdf==10.18.0 pillow==13.0.0"

if [ -x "$VENV/bin/python" ] && [ "$(cat "$VENV/.installed" 2>/dev/null)" = "$WANT" ]; then
  exit 0
fi
have python3 || { echo "setup-pdf: python3 is missing" >&2; exit 1; }
say "installing $WANT into $VENV"
rm -rf "$VENV"
python3 -m venv "$VENV"
# shellcheck disable=SC2086
"$VENV/bin/pip" install -q --disable-pip-version-check $WANT
echo "$WANT" > "$VENV/.installed"

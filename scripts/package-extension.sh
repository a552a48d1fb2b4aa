#!/usr/bin/env bash
# Packs the built extension (target/extension, from build-extension.sh) the
# way an organisation installs it: a signed CRX3, its extension ID and an
# update manifest (updates.xml) for a self-hosted update URL. Chromium packs
# it (--pack-extension), so the CRX is what Chrome and Edge accept.
#
#   PRESEND_CRX_KEY     the signing key (PEM). Keep one key for ever: the
#                       extension ID is derived from it, and force-install
#                       policies and updates name that ID. Make one with
#                         openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out presend.pem
#                       and keep it out of the repository. Without it a
#                       development key is made in target/ (a different ID
#                       on every clean checkout).
#   PRESEND_UPDATE_BASE where the files will be served (default
#                       http://127.0.0.1:8097): updates.xml points there.
#   PRESEND_UPDATE_URL  the update manifest's URL written into the packed
#                       manifest's update_url (default $PRESEND_UPDATE_BASE/updates.xml):
#                       without it Chrome asks the Web Store for updates, and
#                       a self-hosted extension never updates.
#   PRESEND_VERSION     overrides the manifest's version (tests of updates).
#   PRESEND_PACKAGE_OUT output folder (default target/).
# Writes presend.crx, updates.xml and extension-id.txt.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
ext="$root/target/extension"
out="${PRESEND_PACKAGE_OUT:-$root/target}"
base="${PRESEND_UPDATE_BASE:-http://127.0.0.1:8097}"
[ -f "$ext/manifest.json" ] || { echo "package-extension: build the extension first (scripts/build-extension.sh)" >&2; exit 1; }
command -v openssl >/dev/null || { echo "package-extension: openssl is missing" >&2; exit 1; }
[ -x /usr/bin/chromium ] || { echo "package-extension: Debian's chromium is missing (scripts/setup-web.sh)" >&2; exit 1; }

key="${PRESEND_CRX_KEY:-}"
if [ -z "$key" ]; then
  key="$root/target/presend-dev-key.pem"
  if [ ! -f "$key" ]; then
    mkdir -p "$(dirname "$key")"
    openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$key" 2>/dev/null
    echo "package-extension: made a development key $key; set PRESEND_CRX_KEY to your own for a stable extension ID" >&2
  fi
fi
[ -f "$key" ] || { echo "package-extension: no key at $key" >&2; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp -r "$ext" "$work/presend"
update_url="${PRESEND_UPDATE_URL:-$base/updates.xml}"
node -e 'const [f, url, version] = process.argv.slice(1); const fs = require("fs"); const m = JSON.parse(fs.readFileSync(f, "utf8"));
  m.update_url = url; if (version) m.version = version; fs.writeFileSync(f, JSON.stringify(m, null, 2));' \
  "$work/presend/manifest.json" "$update_url" "${PRESEND_VERSION:-}"
version=$(node -p 'JSON.parse(require("fs").readFileSync(process.argv[1],"utf8")).version' "$work/presend/manifest.json")
# The wrapper script of Debian's chromium prints a harmless "[: unexpected operator".
/usr/bin/chromium --headless=new --no-sandbox --user-data-dir="$work/profile" \
  --pack-extension="$work/presend" --pack-extension-key="$key" >/dev/null 2>&1 || true
[ -s "$work/presend.crx" ] || { echo "package-extension: chromium did not write the CRX" >&2; exit 1; }

# The ID: the first 128 bits of the SHA-256 of the public key (DER), as a-p.
id=$(openssl pkey -in "$key" -pubout -outform DER 2>/dev/null | sha256sum | cut -c1-32 | tr '0-9a-f' 'a-p')
mkdir -p "$out"
cp "$work/presend.crx" "$out/presend.crx"
echo "$id" > "$out/extension-id.txt"
cat > "$out/updates.xml" <<XML
<?xml version='1.0' encoding='UTF-8'?>
<gupdate xmlns='http://www.google.com/update2/response' protocol='2.0'>
  <app appid='$id'>
    <updatecheck codebase='$base/presend.crx' version='$version' />
  </app>
</gupdate>
XML
echo "package-extension: $out/presend.crx ($(stat -c %s "$out/presend.crx") bytes), version $version, ID $id"

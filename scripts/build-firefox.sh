#!/usr/bin/env bash
# The Firefox build of the extension, from the Chromium build of the same
# sources (target/extension, from build-extension.sh): the same files with a
# Firefox manifest (scripts/firefox-manifest.mjs), unpacked in
# target/extension-firefox/ and packed as target/presend-firefox.xpi.
#
# The xpi is unsigned: Firefox ESR installs it by policy with
# xpinstall.signatures.required set to false, or sign it for your own
# distribution on addons.mozilla.org ("unlisted", web-ext sign) and
# force-install that. PRESEND_GECKO_ID overrides the add-on ID.
set -euo pipefail
cd "$(dirname "$0")/.."
src=target/extension
out=target/extension-firefox
xpi=target/presend-firefox.xpi
[[ -f "$src/manifest.json" ]] || { echo "build-firefox: build the extension first (scripts/build-extension.sh)" >&2; exit 1; }
rm -rf "$out" "$xpi"
cp -r "$src" "$out"
node scripts/firefox-manifest.mjs "$src/manifest.json" "$out/manifest.json"
# An xpi is a zip with the manifest at its root.
(cd "$out" && python3 -m zipfile -c "../$(basename "$xpi")" .)
echo "build-firefox: $out/ and $xpi ($(stat -c %s "$xpi") bytes), add-on ID $(node -p 'JSON.parse(require("fs").readFileSync(process.argv[1],"utf8")).browser_specific_settings.gecko.id' "$out/manifest.json")"

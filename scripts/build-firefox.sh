#!/usr/bin/env bash
# The Firefox build of the extension, from the Chromium build of the same
# sources (target/extension, from build-extension.sh): the same files with a
# Firefox manifest (scripts/firefox-manifest.mjs), unpacked in
# target/extension-firefox/ and packed as target/presend-firefox.xpi.
#
# The xpi is unsigned: Firefox ESR installs it by policy with
# xpinstall.signatures.required set to false, or sign it for your own
# distribution on addons.mozilla.org ("unlisted", web-ext sign) and
# force-install that.
#
#   PRESEND_GECKO_ID            the add-on ID (default presend@presend)
#   PRESEND_GECKO_UPDATE_BASE   where the xpi will be served (https://...): the
#                               manifest's update_url points to updates.json
#                               there, and updates.json is written next to the
#                               xpi (Firefox's own update manifest format).
#                               Without it no update_url is set.
#   PRESEND_VERSION             overrides the manifest's version (tests of updates)
#   PRESEND_PACKAGE_OUT         where the xpi (and updates.json) go (default target/)
set -euo pipefail
cd "$(dirname "$0")/.."
src=target/extension
out_dir="${PRESEND_PACKAGE_OUT:-target}"
unpacked=target/extension-firefox
[[ -n "${PRESEND_PACKAGE_OUT:-}" ]] && unpacked="$out_dir/extension-firefox"
xpi="$out_dir/presend-firefox.xpi"
[[ -f "$src/manifest.json" ]] || { echo "build-firefox: build the extension first (scripts/build-extension.sh)" >&2; exit 1; }
mkdir -p "$out_dir"
rm -rf "$unpacked" "$xpi"
cp -r "$src" "$unpacked"
node scripts/firefox-manifest.mjs "$src/manifest.json" "$unpacked/manifest.json"
# An xpi is a zip with the manifest at its root.
xpi_abs=$(realpath -m "$xpi")
(cd "$unpacked" && python3 -m zipfile -c "$xpi_abs" .)
read -r id version < <(node -p 'const m = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8")); `${m.browser_specific_settings.gecko.id} ${m.version}`' "$unpacked/manifest.json")
if [[ -n "${PRESEND_GECKO_UPDATE_BASE:-}" ]]; then
  base="${PRESEND_GECKO_UPDATE_BASE%/}"
  cat > "$out_dir/updates.json" <<JSON
{
  "addons": {
    "$id": {
      "updates": [{ "version": "$version", "update_link": "$base/presend-firefox.xpi" }]
    }
  }
}
JSON
fi
echo "build-firefox: $unpacked/ and $xpi ($(stat -c %s "$xpi") bytes), add-on ID $id, version $version${PRESEND_GECKO_UPDATE_BASE:+, updates.json for $PRESEND_GECKO_UPDATE_BASE}"

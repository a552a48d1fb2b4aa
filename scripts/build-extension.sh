#!/usr/bin/env bash
# Builds the loadable extension folder target/extension/ and its zip
# target/presend-extension.zip from www/extension and the JS library with its
# wasm (www/lib, www/lib/pkg: run scripts/build-wasm.sh first).
set -euo pipefail

cd "$(dirname "$0")/.."
out=target/extension
zip_path=target/presend-extension.zip

[[ -f www/lib/pkg/presend_bg.wasm ]] || { echo "build-extension: www/lib/pkg is missing; run scripts/build-wasm.sh" >&2; exit 1; }

rm -rf "$out"
mkdir -p "$out/lib/pkg"
# Everything in www/extension (manifest, service worker, content script, send
# guard, adapters, options page, locales, managed-storage schema).
cp -r www/extension/. "$out/"
cp www/lib/protect.js www/lib/dialog.js "$out/lib/"
cp www/lib/pkg/presend.js www/lib/pkg/presend_bg.wasm "$out/lib/pkg/"

# The zip a browser's "load unpacked" or a store upload takes; python's
# zipfile because the zip command is not always installed.
rm -f "$zip_path"
(cd "$out" && python3 -m zipfile -c "../$(basename "$zip_path")" .)
echo "build-extension: $out/ and $zip_path ($(stat -c %s "$zip_path") bytes)"

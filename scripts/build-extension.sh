#!/usr/bin/env bash
# Builds the loadable extension folder target/extension/ and its zip
# target/presend-extension.zip from www/extension and the JS library with its
# wasm (www/lib, www/lib/pkg: run scripts/build-wasm.sh first).
set -euo pipefail

cd "$(dirname "$0")/.."
out=target/extension
zip_path=target/presend-extension.zip

[[ -f www/lib/pkg/presend_bg.wasm ]] || { echo "build-extension: www/lib/pkg is missing; run scripts/build-wasm.sh" >&2; exit 1; }

esbuild=www/node_modules/.bin/esbuild
[[ -x "$esbuild" ]] || { echo "build-extension: esbuild is missing; run scripts/setup-web.sh" >&2; exit 1; }

rm -rf "$out"
mkdir -p "$out/lib/pkg"
# The extension's pages and service worker as they are (manifest, service
# worker, page-world script, question window, options page, locales,
# managed-storage schema) ...
(cd www/extension && cp -r manifest.json background.js confirm.html confirm.js checker.html checker.js options.html options.js settings.js \
  managed_schema.json _locales "../../$out/")
cp www/lib/dialog.js www/lib/checker.js www/lib/worker.js www/lib/more.js "$out/lib/"
cp www/lib/pkg/presend.js www/lib/pkg/presend_bg.wasm www/lib/pkg/presend_more.js www/lib/pkg/presend_more_bg.wasm \
  www/lib/pkg/presend-names.txt "$out/lib/pkg/"
# ... and the two content scripts (isolated: upload guard, send guard,
# adapters, settings; page world: hooks), each bundled with what it imports
# into one classic script: they must register their listeners synchronously
# at document_start, before any page script, which dynamic import() cannot
# do. The one page a web page may embed is the checker frame (checker.html,
# at a per-session URL: use_dynamic_url), and it serves only keyed ports.
for script in content page; do
  "$esbuild" "www/extension/$script.js" --bundle --format=iife --target=chrome116 --charset=utf8 \
    --legal-comments=none --log-level=warning --outfile="$out/$script.js"
done

# The zip a browser's "load unpacked" or a store upload takes; python's
# zipfile because the zip command is not always installed.
rm -f "$zip_path"
(cd "$out" && python3 -m zipfile -c "../$(basename "$zip_path")" .)
echo "build-extension: $out/ and $zip_path ($(stat -c %s "$zip_path") bytes)"

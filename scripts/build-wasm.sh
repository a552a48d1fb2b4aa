#!/usr/bin/env bash
# Builds the browser package www/pkg/ from the Rust core:
#   cargo (wasm32) -> wasm-bindgen --target web -> wasm-opt -Oz (npm binaryen)
# and prints the size of the .wasm a browser downloads, raw and gzipped.
#
# Two modules: presend (the core for what most checks meet: xlsx, CSV, docx,
# pptx, text, HTML, zip; what loads before the first check, within issue 4's
# size budget) and presend_more (the same core with the `more-formats`
# feature: PDF, .xls, .xlsb and .ods too, and, with `message-check`, the mail
# check; the worker loads it on the first such file or mail, www/lib/more.js).
#
# WASM_OPT=0 skips wasm-opt: on this 2-core machine -Oz takes over a minute for
# the full engine, which is too slow for every test run and changes nothing a
# functional test can see.
#
# Expects the tools of scripts/setup-web.sh (the Makefile runs that first).
set -euo pipefail

cd "$(dirname "$0")/.."

target_dir=${CARGO_TARGET_DIR:-target}
raw_wasm="$target_dir/wasm32-unknown-unknown/wasm/presend.wasm"
out_dir=www/pkg
wasm_opt=www/node_modules/.bin/wasm-opt

say() { echo "build-wasm: $*"; }
die() { echo "build-wasm: $*" >&2; exit 1; }

# Wall-clock seconds with one decimal, for the per-step timings below.
now() { date +%s.%N; }
since() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.1f s", b - a }'; }

command -v wasm-bindgen >/dev/null || die "wasm-bindgen is missing; run scripts/setup-web.sh"

rm -rf "$out_dir"

# build NAME CARGO-FEATURE-ARGS...: one module into $out_dir/NAME.js + NAME_bg.wasm.
build() {
  local name=$1
  shift
  local t
  t=$(now)
  # As a cdylib only: Cargo.toml's crate types include rlib (for the CLI, tests
  # and benches), and with it the dependencies are not LTO'd into the module.
  cargo rustc --quiet --target wasm32-unknown-unknown --profile wasm --lib --crate-type cdylib "$@"
  say "$name: cargo build (wasm32, wasm profile): $(since "$t")"

  # --target web gives an ES module whose init() fetches the .wasm next to it:
  # no bundler, and it works the same in a page, a worker and an extension.
  t=$(now)
  wasm-bindgen --target web --out-dir "$out_dir" --out-name "$name" "$raw_wasm"
  say "$name: wasm-bindgen: $(since "$t")"

  local out_wasm="$out_dir/${name}_bg.wasm"
  if [[ "${WASM_OPT:-1}" != 0 ]]; then
    [[ -x "$wasm_opt" ]] || die "$wasm_opt is missing; run scripts/setup-web.sh"
    # npm binaryen, not Debian's (108) or crates.io's wasm-opt: those reject
    # wasm-bindgen's output (table.fill). The features are the ones rustc
    # enables by default for wasm32-unknown-unknown; binaryen would also read
    # them from the target_features section, but naming them keeps this working
    # if a tool in between ever strips that section. All are in every browser
    # that runs Manifest V3 extensions.
    local features=(
      --enable-bulk-memory --enable-bulk-memory-opt
      --enable-nontrapping-float-to-int --enable-sign-ext
      --enable-mutable-globals --enable-reference-types
      --enable-multivalue --enable-call-indirect-overlong
    )
    t=$(now)
    # --converge repeats the passes while they still shrink the module
    # (~1 kB gzipped here, for a few more seconds of build).
    "$wasm_opt" -Oz --converge "${features[@]}" --strip-debug --strip-producers \
      "$out_wasm" -o "$out_wasm.opt"
    mv "$out_wasm.opt" "$out_wasm"
    say "$name: wasm-opt -Oz --converge: $(since "$t")"
  else
    say "$name: wasm-opt skipped (WASM_OPT=0)"
  fi

  local raw gz
  raw=$(stat -c %s "$out_wasm")
  gz=$(gzip -9 -c "$out_wasm" | wc -c)
  say "$out_wasm: $raw bytes, $gz bytes gzip -9"
}

build presend --no-default-features
build presend_more

# The JS library (www/lib) ships its own copy, so `npm pack` in www/lib gives
# an installable package with the wasm inside.
rm -rf www/lib/pkg
mkdir -p www/lib/pkg
# The prose name finder's lists (issue 17) travel as a file beside the wasm,
# not inside it (the first module's size budget); the worker fetches them.
cp src/detect/names/presend-names.txt "$out_dir/"
say "$out_dir/presend-names.txt: $(stat -c %s "$out_dir/presend-names.txt") bytes, $(gzip -9 -c "$out_dir/presend-names.txt" | wc -c) bytes gzip -9"
cp "$out_dir/presend.js" "$out_dir/presend_bg.wasm" "$out_dir/presend.d.ts" "$out_dir/presend_bg.wasm.d.ts" \
  "$out_dir/presend_more.js" "$out_dir/presend_more_bg.wasm" "$out_dir/presend-names.txt" www/lib/pkg/
say "copied into www/lib/pkg/"

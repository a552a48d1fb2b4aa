#!/usr/bin/env bash
# Installs what building and testing the WebAssembly library needs, only what
# is missing: the wasm32 target, wasm-bindgen-cli, Debian's Chromium and the
# npm dev tools in www/. Idempotent and silent when everything is present, so
# `make build` and `make test-web` can run it every time.
#
# Nothing here downloads a browser: the tests drive Debian's /usr/bin/chromium
# through playwright-core, which never fetches one on its own.
set -euo pipefail

cd "$(dirname "$0")/.."

# playwright-core downloads nothing, but the full `playwright` package would if
# it ever got pulled in; make sure no install step reaches for a browser build.
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1

have() { command -v "$1" >/dev/null 2>&1; }
say() { echo "setup-web: $*"; }
die() { echo "setup-web: $*" >&2; exit 1; }

have cargo || die "cargo is missing; install Rust (rustup) first"

# --- wasm32 target -----------------------------------------------------------
if have rustup; then
  if ! rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
    say "adding the wasm32-unknown-unknown target"
    rustup target add wasm32-unknown-unknown
  fi
else
  # A distribution Rust without rustup: we cannot add the target, only check.
  rustc --print target-list | grep -qx wasm32-unknown-unknown ||
    die "rustc cannot target wasm32-unknown-unknown and rustup is missing"
fi

# --- wasm-bindgen-cli --------------------------------------------------------
# The CLI must be exactly the version of the wasm-bindgen crate in Cargo.lock:
# the two check each other's schema version and refuse to work otherwise.
# `name = "wasm-bindgen"` is matched whole so wasm-bindgen-macro etc. do not count.
want_bindgen=$(awk '
  $0 == "name = \"wasm-bindgen\"" { found = 1; next }
  found && /^version = / { gsub(/^version = "|"$/, ""); print; exit }
' Cargo.lock)
[[ -n "$want_bindgen" ]] || die "no wasm-bindgen in Cargo.lock (is the wasm32 dependency declared?)"

have_bindgen=""
if have wasm-bindgen; then
  # Prints "wasm-bindgen 0.2.130".
  have_bindgen=$(wasm-bindgen --version | awk '{ print $2 }')
fi
if [[ "$have_bindgen" != "$want_bindgen" ]]; then
  say "installing wasm-bindgen-cli ${want_bindgen} (was: ${have_bindgen:-none}; takes ~4 min)"
  # Deliberately without --locked: the CLI's own lockfile pins a crate version
  # the registry mirror here lacks, while a fresh resolution builds fine.
  cargo install wasm-bindgen-cli --version "$want_bindgen"
  have wasm-bindgen || die "wasm-bindgen installed but not on PATH (add ~/.cargo/bin)"
fi

# --- Chromium (+ chromedriver for wasm-bindgen-test's browser runner) --------
# and a Japanese font, so the screenshots the tests take (README, reviewers)
# show Japanese instead of empty boxes. A local font: pages never load remote ones.
packages=()
[[ -x /usr/bin/chromium && -x /usr/bin/chromedriver ]] || packages+=(chromium chromium-driver)
# Debian's Firefox ESR: the extension's Firefox build is tested in it
# (www/tests/firefox.test.mjs, driven by WebDriver BiDi; no geckodriver needed).
# The add-on says strict_min_version 153 (scripts/firefox-manifest.mjs) and
# its tests use WebDriver BiDi events of that version: an older ESR (a
# machine whose package lists predate 153) is upgraded, with fresh lists.
FIREFOX_MIN_MAJOR=153
refresh_lists=0
firefox_major() { /usr/bin/firefox-esr --version 2>/dev/null | sed -n 's/^Mozilla Firefox \([0-9]*\)\..*/\1/p'; }
if [[ ! -x /usr/bin/firefox-esr ]]; then
  packages+=(firefox-esr)
elif (( $(firefox_major || echo 0) < FIREFOX_MIN_MAJOR )); then
  packages+=(firefox-esr)
  refresh_lists=1
fi
if ! { command -v fc-list >/dev/null && [[ -n "$(fc-list :lang=ja 2>/dev/null)" ]]; }; then
  packages+=(fonts-ipafont-gothic)
fi
# openssl signs the packed extension (scripts/package-extension.sh).
have openssl || packages+=(openssl)
sudo=()
if [[ $(id -u) -ne 0 ]] && have sudo; then sudo=(sudo); fi
if ((${#packages[@]})); then
  have apt-get || die "missing ${packages[*]} and this is not a Debian-like system; install Chromium and a Japanese font"
  sudo=()
  if [[ $(id -u) -ne 0 ]]; then
    have sudo || die "installing ${packages[*]} needs root: run as root or install sudo"
    sudo=(sudo)
  fi
  say "installing Debian packages: ${packages[*]}"
  apt_install() {
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive \
      apt-get install -y -q --no-install-recommends "${packages[@]}"
  }
  # A fresh container often has no package lists at all; refresh them only
  # when the install fails (or an installed package is too old for what the
  # lists offer), so a machine with current lists skips the network.
  if ((refresh_lists)); then
    say "firefox-esr $(firefox_major) is older than ${FIREFOX_MIN_MAJOR}: refreshing package lists"
    "${sudo[@]}" apt-get update -q
  fi
  if ! apt_install; then
    say "install failed; refreshing package lists and retrying"
    "${sudo[@]}" apt-get update -q
    apt_install
  fi
fi

# Installed from stale lists just now: refresh them and upgrade once.
if [[ -x /usr/bin/firefox-esr ]] && ((!refresh_lists)) && (( $(firefox_major || echo 0) < FIREFOX_MIN_MAJOR )); then
  say "firefox-esr $(firefox_major) came from stale package lists: refreshing them and upgrading"
  "${sudo[@]}" apt-get update -q
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends firefox-esr
fi
if [[ -x /usr/bin/firefox-esr ]] && (( $(firefox_major || echo 0) < FIREFOX_MIN_MAJOR )); then
  die "firefox-esr $(firefox_major) is installed, the Firefox tests need ${FIREFOX_MIN_MAJOR}+ (Debian's bookworm-security has it: apt-get update && apt-get install firefox-esr)"
fi

# --- npm dev tools (playwright-core, binaryen's wasm-opt, the bundlers) ---
have npm || die "npm is missing; install Node.js >= 20 (Debian: apt-get install nodejs npm)"
# npm ci recreates node_modules from the lockfile exactly; rerun it whenever the
# lockfile is newer than the last install.
if [[ ! -d www/node_modules || www/package-lock.json -nt www/node_modules ]]; then
  say "npm ci in www/ (playwright-core, binaryen, and the bundlers the package is tested with: esbuild, vite, webpack, parcel, next, rollup)"
  (cd www && npm ci --no-audit --no-fund --loglevel=error)
  # npm ci does not always touch the directory itself; stamp it so the
  # freshness check above sees this install.
  touch www/node_modules
fi

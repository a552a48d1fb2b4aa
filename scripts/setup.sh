#!/usr/bin/env bash
# Installs what building and testing presend needs, only what is missing.
# Idempotent: safe to run before every build or test.
set -euo pipefail

have() { command -v "$1" >/dev/null 2>&1; }

if ! have cargo; then
  echo "setup: cargo is missing; install Rust (rustup) first" >&2
  exit 1
fi

if have rustup; then
  # The core must keep compiling for the browser.
  if ! rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
    echo "setup: adding the wasm32-unknown-unknown target"
    rustup target add wasm32-unknown-unknown
  fi
  for component in rustfmt clippy; do
    if ! rustup component list --installed 2>/dev/null | grep -q "^${component}"; then
      echo "setup: adding ${component}"
      rustup component add "${component}"
    fi
  done
fi

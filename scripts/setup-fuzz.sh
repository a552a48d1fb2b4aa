#!/usr/bin/env bash
# What `make fuzz` and `make fuzz-smoke` need, only what is missing: a nightly
# toolchain (minimal profile; cargo-fuzz builds with sanitizer flags that only
# nightly accepts) and cargo-fuzz. Idempotent.
set -euo pipefail

if ! command -v rustup >/dev/null 2>&1; then
  echo "setup-fuzz: rustup is missing; install Rust (rustup) first" >&2
  exit 1
fi
if ! rustup toolchain list | grep -q '^nightly'; then
  echo "setup-fuzz: adding the nightly toolchain (minimal)"
  rustup toolchain install nightly --profile minimal
fi
if ! cargo fuzz --version >/dev/null 2>&1; then
  echo "setup-fuzz: installing cargo-fuzz"
  cargo install cargo-fuzz --locked
fi

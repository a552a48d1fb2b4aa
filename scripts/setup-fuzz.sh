#!/usr/bin/env bash
# What `make test` (its short fuzz runs), `make fuzz-smoke` and `make fuzz`
# need, only what is missing: a nightly toolchain (minimal profile; libFuzzer's
# coverage instrumentation takes flags only nightly accepts) and cargo-fuzz at
# the pinned version (compiling it takes minutes: done once, then skipped).
# Idempotent.
set -euo pipefail

CARGO_FUZZ_VERSION=0.13.2

if ! command -v rustup >/dev/null 2>&1; then
  echo "setup-fuzz: rustup is missing; install Rust (rustup) first" >&2
  exit 1
fi
if ! rustup toolchain list | grep -q '^nightly'; then
  echo "setup-fuzz: adding the nightly toolchain (minimal)"
  rustup toolchain install nightly --profile minimal
fi
if [ "$(cargo fuzz --version 2>/dev/null)" != "cargo-fuzz $CARGO_FUZZ_VERSION" ]; then
  echo "setup-fuzz: installing cargo-fuzz $CARGO_FUZZ_VERSION"
  cargo install cargo-fuzz --version "$CARGO_FUZZ_VERSION" --locked
fi

# presend: `make demo` shows it working, `make test` runs every test.
# Both install what is missing first (scripts/setup.sh is idempotent).

CARGO ?= cargo
SAMPLES := samples/out

.PHONY: setup demo test build check-wasm lint quality bench samples fuzz-seeds clean

setup:
	@bash scripts/setup.sh

## The main job until the trainer demo exists: generate realistic sample
## files (incident-shaped spreadsheets, CSVs in Japanese encodings, a mail
## body, an encrypted archive, clean business files) and scan them.
demo: setup samples
	@$(CARGO) build --release --quiet
	@echo "== presend scan $(SAMPLES)/* =="
	@./target/release/presend scan $(SAMPLES)/* || test $$? -eq 1

samples: setup
	@$(CARGO) run --quiet --release --example samples -- $(SAMPLES)

## Every test: formatting, lints, the wasm32 build of the core, unit and
## integration tests (incl. the quality corpus, which prints its table).
test: setup lint check-wasm
	$(CARGO) test
	@cat target/quality.md 2>/dev/null || true

lint:
	$(CARGO) fmt --check
	$(CARGO) clippy --all-targets --quiet -- -D warnings

check-wasm:
	$(CARGO) build --quiet --target wasm32-unknown-unknown --lib

## Builds the release CLI and the core for wasm32.
build: setup
	$(CARGO) build --release
	$(CARGO) build --release --target wasm32-unknown-unknown --lib

quality: setup
	$(CARGO) test --release --test quality -- --nocapture

bench: setup
	$(CARGO) bench --bench scan

clean:
	$(CARGO) clean
	rm -rf $(SAMPLES)

# presend: `make demo` shows it working, `make test` runs every test.
# Both install what is missing first (scripts/setup.sh is idempotent).

CARGO ?= cargo
SAMPLES := samples/out

.PHONY: setup setup-web demo cli-demo test test-web bench-web bench-extension build check-wasm lint quality bench samples fuzz-seeds fuzz fuzz-smoke fuzz-test bad-inputs names names-eval names-scorer clean

setup:
	@bash scripts/setup.sh

## What the browser build and tests need: wasm32 target, wasm-bindgen-cli
## (matching Cargo.lock), Debian's Chromium + chromedriver, www/node_modules.
setup-web: setup
	@bash scripts/setup-web.sh

## The main job: the trainer demo, a mock web mail that runs the real checker
## in the browser, with the incident scenarios and their sample files, served
## on localhost (Ctrl-C stops). PORT=8000 by default.
PORT ?= 8000
demo: setup-web
	@WASM_OPT=$${WASM_OPT:-0} bash scripts/build-wasm.sh
	@$(CARGO) run --quiet --release --example samples -- www/demo/samples > /dev/null
	@echo "presend demo: open http://127.0.0.1:$(PORT)/demo/ (Ctrl-C stops)"
	@node www/tests/server.mjs www $(PORT)

## The same sample files through the command line: scan each file, then check
## each sample mail with the demo's policy.
cli-demo: setup samples
	@$(CARGO) build --release --quiet
	@echo "== presend scan $(SAMPLES)/* =="
	@./target/release/presend scan $(SAMPLES)/*.* || test $$? -eq 1
	@for m in $(SAMPLES)/mail/[0-9]*.json; do \
		echo "== presend check --message $$m =="; \
		./target/release/presend check --policy $(SAMPLES)/mail/policy.json --message "$$m"; \
		test $$? -ne 2 || exit 1; \
	done

samples: setup
	@$(CARGO) run --quiet --release --example samples -- $(SAMPLES)

## Every test: formatting, lints, the fuzz build and a short run of every
## fuzz target, the browser build in headless Chromium, unit and integration tests (incl. the quality corpus, which prints its table).
test: setup lint fuzz-test test-web
	@bash scripts/setup-pdf.sh
	$(CARGO) test
	$(CARGO) test --quiet --lib --no-default-features extract::first_module
	@cat target/quality.md 2>/dev/null || true
	@sed -n '/^## Summary/,/^## Cases/p' target/replay.md 2>/dev/null | grep -v '^## Cases' || true

lint:
	$(CARGO) fmt --check
	$(CARGO) clippy --all-targets --quiet -- -D warnings
	@# The prose-name scorer is out of every default build (Cargo.toml): kept compiling here.
	$(CARGO) clippy --all-targets --features names-scorer --quiet -- -D warnings
	$(CARGO) clippy --target wasm32-unknown-unknown --lib --quiet -- -D warnings
	$(CARGO) clippy --target wasm32-unknown-unknown --lib --no-default-features --quiet -- -D warnings
	$(CARGO) clippy --target wasm32-unknown-unknown --lib --profile test --quiet -- -D warnings
	@# The fuzz crate is its own workspace, so nothing else builds it: checked
	@# here (stable, no sanitizers) so a change to the core cannot break it unseen.
	$(CARGO) fmt --manifest-path fuzz/Cargo.toml --check
	$(CARGO) clippy --manifest-path fuzz/Cargo.toml --all-targets --quiet -- -D warnings

## Every fuzz target for FUZZ_SECONDS each (default 20) from the seed
## corpus (fuzz/seeds.sh); fails on the first crash, timeout (10 s) or
## allocation over 2 GB, written to fuzz/artifacts/<target>/; logs in
## target/fuzz-logs/. Needs nightly and cargo-fuzz (scripts/setup-fuzz.sh
## installs them). `make fuzz` runs them long: 30 minutes each.
## One build of every target, without AddressSanitizer (presend and what it
## uses are Rust, no C; libFuzzer's coverage guides the runs without it),
## with debug assertions and overflow checks. FUZZ_PROFILE=release (16
## codegen units) for long runs; `make test` uses dev: unoptimised targets
## run slower, but a fresh dev build took 149 s of CPU and a release one 637 s.
FUZZ_SECONDS ?= 20
FUZZ_PROFILE ?= release
FUZZ_BUILD = cargo +nightly fuzz build --sanitizer none $(if $(filter dev,$(FUZZ_PROFILE)),--dev,--codegen-units 16)
FUZZ_BIN = fuzz/target/$(shell rustc -vV | sed -n 's/^host: //p')/$(if $(filter dev,$(FUZZ_PROFILE)),debug,release)
fuzz-smoke: setup
	@bash scripts/setup-fuzz.sh
	@sh fuzz/seeds.sh > /dev/null
	@mkdir -p target/fuzz-logs
	cd fuzz && $(FUZZ_BUILD)
	@for target in $$(cd fuzz && cargo +nightly fuzz list); do \
		log=target/fuzz-logs/$$target.log; \
		echo "== fuzz $$target ($(FUZZ_SECONDS) s; $$log)"; \
		mkdir -p fuzz/corpus/$$target fuzz/artifacts/$$target; \
		$(FUZZ_BIN)/$$target fuzz/corpus/$$target -artifact_prefix=fuzz/artifacts/$$target/ \
			-max_total_time=$(FUZZ_SECONDS) -rss_limit_mb=2048 -timeout=10 -print_final_stats=1 \
			> $$log 2>&1 || { tail -40 $$log; exit 1; }; \
		grep -E '^(stat::number_of_executed_units|Done)' $$log; \
	done

fuzz:
	@$(MAKE) --no-print-directory fuzz-smoke FUZZ_SECONDS=1800

## What `make test` runs of the fuzzing (issue 18): the dev build, then
## every target for FUZZ_TEST_SECONDS from the seed corpus. On a clean
## checkout it added 244 s (the build 149 s of it), 94 s once built.
FUZZ_TEST_SECONDS ?= 5
fuzz-test:
	@$(MAKE) --no-print-directory fuzz-smoke FUZZ_SECONDS=$(FUZZ_TEST_SECONDS) FUZZ_PROFILE=dev

## The bad-input table in README (issue 18): zip bombs, entities, deep
## nesting, encryption, truncation, odd encodings and names, and every file
## that once crashed, hung or passed in silence, through the release CLI:
## exit status, problems, wall time, peak memory. Writes
## target/bad-inputs.md and the table in README; fails if a case fails.
bad-inputs: setup
	$(CARGO) build --release --quiet
	python3 scripts/bad-inputs.py --readme

## The prose name finder's data (issue 17): regenerates
## src/detect/names/presend-names.txt from the pinned mecab-ipadic package
## (apt-get download, 6.7 MB, checked by SHA-256) and fails if it differs
## from the committed file. CI does not run this: the derived file is committed.
names:
	python3 scripts/gen-names.py --check

## Person names in prose, measured: the held-aside sentences and
## hironsancorpus (PyPI, fetched by scripts/names-corpus.py); writes
## target/names-eval/*.md with every miss and false alarm.
names-eval: setup
	python3 scripts/names-corpus.py
	$(CARGO) test --release --test prose_names -- --include-ignored --nocapture

## The prose-name scorer's weights (issue 17, off the default scan):
## template sentences from the lists, the candidates' features dumped by
## examples/names_features.rs for held-aside sets 1-5, tuning.tsv and the
## templates, an averaged perceptron trained by scripts/train-names-scorer.py
## into src/detect/names/prose-scorer.txt (deterministic: git diff shows a change).
## Its measurement: cargo test --release --features names-scorer --test prose_names
## --test clean_prose -- --include-ignored --nocapture.
NAMES_TRAIN = tests/data/names/held-aside.tsv tests/data/names/held-aside-2.tsv \
	tests/data/names/held-aside-3.tsv tests/data/names/held-aside-4.tsv \
	tests/data/names/held-aside-5.tsv tests/data/names/tuning.tsv
names-scorer: setup
	python3 scripts/gen-names-training.py
	sh scripts/setup-prose.sh
	python3 scripts/clean-prose-negatives.py
	$(CARGO) run --release --quiet --features names-scorer --example names_features -- $(NAMES_TRAIN) target/names-train/generated.tsv target/names-train/clean-even.tsv > target/names-train/features.tsv
	python3 scripts/train-names-scorer.py target/names-train/features.tsv 6 --clean 7 --clean-mb 5.38 --max-fa 0.1

check-wasm:
	$(CARGO) build --quiet --target wasm32-unknown-unknown --lib

## Builds the release CLI, the browser package www/pkg/ (wasm32 release
## build, wasm-bindgen, wasm-opt -Oz; prints the .wasm size, raw and gzipped)
## and the extension (target/extension/ and target/presend-extension.zip), packed
## for an organisation (target/presend.crx, updates.xml, extension-id.txt;
## PRESEND_CRX_KEY names the signing key: see scripts/package-extension.sh),
## and its Firefox build (target/extension-firefox/, target/presend-firefox.xpi:
## scripts/build-firefox.sh).
build: setup-web
	$(CARGO) build --release
	@bash scripts/build-wasm.sh
	@bash scripts/build-extension.sh
	@bash scripts/build-firefox.sh
	@bash scripts/package-extension.sh

## Browser tests: the real wasm in Debian's headless Chromium, served from
## 127.0.0.1; no request may leave the page's origin. The extension's Firefox
## build in Debian's Firefox ESR (firefox.test.mjs, WebDriver BiDi). Skips wasm-opt -Oz (over
## a minute, invisible to a functional test); `make test-web WASM_OPT=1` tests
## the optimised bytes that ship.
test-web: setup-web
	@WASM_OPT=$${WASM_OPT:-0} bash scripts/build-wasm.sh
	@bash scripts/build-extension.sh
	@bash scripts/build-firefox.sh
	@$(CARGO) run --quiet --example samples -- www/demo/samples > /dev/null
	@# The facade's tests on the first module (what loads before the first
	@# check) with the second's mail check; the debug build with
	@# `more-formats` has a function walrus cannot parse (too many locals).
	$(CARGO) test --target wasm32-unknown-unknown --lib --no-default-features --features message-check
	node www/tests/smoke.mjs
	node --test --test-concurrency=1 www/tests/*.test.mjs

quality: setup
	$(CARGO) test --release --test quality -- --nocapture

bench: setup
	$(CARGO) bench --bench scan

## In-browser benchmark of the shipping build (wasm-opt -Oz): ready time,
## MB/s and rows/s next to the native core on the same bytes, and main-thread
## long tasks; writes target/bench-web.md.
bench-web: setup-web
	@bash scripts/build-wasm.sh
	$(CARGO) run --quiet --release --example bench_data -- www/bench/data
	node www/tests/bench-web.mjs

## The extension's own budgets (the shipping build, wasm-opt -Oz): the first
## check after the browser stopped the service worker, a warm check, and
## rosters and clean CSVs of 50-210 MiB end to end; writes target/bench-extension.md.
bench-extension: setup-web
	@bash scripts/build-wasm.sh
	@bash scripts/build-extension.sh
	node www/tests/extension-bench.mjs

clean:
	$(CARGO) clean
	rm -rf www/pkg
	rm -rf $(SAMPLES)

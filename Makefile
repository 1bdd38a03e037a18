# The two commands that matter, each installing whatever is missing first:
#   make serve   serve the app at http://127.0.0.1:8080
#   make test    run every test
# Also: make dist (deployable site in dist/), make bench (size and Lighthouse figures),
# make screenshots (PNGs of the main views in docs/screenshots/, shown in the README).

SHELL := /bin/bash
export PATH := $(CURDIR)/tools/bin:$(HOME)/.cargo/bin:$(PATH)
export CHROMEDRIVER ?= /usr/bin/chromedriver
export CHROME_PATH ?= /usr/bin/chromium
export WASM_BINDGEN_TEST_TIMEOUT ?= 120

.PHONY: setup serve dist test test-native test-browser test-e2e lint bench screenshots clean

setup:
	@scripts/setup.sh

serve: setup
	trunk serve --dist target/trunk-serve

# The seconds it took go into target/dist-seconds.txt, for make bench.
dist: setup
	@mkdir -p target; start=$$(date +%s); trunk build --release && echo $$(( $$(date +%s) - start )) > target/dist-seconds.txt

test: setup lint test-native test-browser test-e2e

lint:
	cargo fmt --check
	cargo clippy --locked --all-targets -- -D warnings
	cargo clippy --locked --all-targets --target wasm32-unknown-unknown -- -D warnings

test-native:
	cargo test --locked

test-browser:
	cargo test --locked --target wasm32-unknown-unknown --test browser

test-e2e: dist
	npm run e2e

bench: dist
	npm run bench

screenshots: dist
	node scripts/screenshots.mjs

clean:
	rm -rf dist target bench/results

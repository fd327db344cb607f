#!/usr/bin/env bash
# Every test of the story, in the order that fails fastest:
#   formatting and lints (native and wasm32) → tsc on assets/*.js → native tests → wasm tests in headless
#   Chromium → release build with Trunk → the Nu Html Checker on its pages → end-to-end tests against that build, in Chromium,
#   Firefox (Gecko) and WebKit → a build from hostile data (every text a payload) and its
#   tests, in the three engines → the editor's loop under tools/serve.sh (Chromium).
# E2E_ENGINES="chromium webkit" runs the browser tests in fewer engines (while editing).
# Installs what it needs first (tools/setup.sh; seconds when already there).
set -euo pipefail
cd "$(dirname "$0")/.."

tools/setup.sh test
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
export CHROMEDRIVER=/usr/bin/chromedriver
export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner
export CARGO_TERM_COLOR=never

section() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

section "cargo fmt --check"
cargo fmt --all -- --check

section "clippy (native and wasm32), warnings are errors"
cargo clippy --workspace --all-targets --locked -- -D warnings
cargo clippy --workspace --all-targets --locked --target wasm32-unknown-unknown -- -D warnings

section "the scripts checked by tsc: assets/*.js strictly (tsconfig.json), the tests and tools (tsconfig.tests.json)"
tsc -p tsconfig.json
tsc -p tsconfig.tests.json

section "native tests: content checker, source fidelity, logic"
cargo test --workspace --locked

section "wasm tests: components in headless Chromium"
cargo test --locked --target wasm32-unknown-unknown --test web

section "release build (trunk build --release)"
trunk build --release

section "the Nu Html Checker on every page of the release build (tests/html/validate.mjs)"
node tests/html/validate.mjs dist

# What each engine is, so that a red run names what it ran on (Debian moves them).
engine_version() {
  case $1 in
    chromium) chromium --version 2>/dev/null; chromedriver --version ;;
    firefox) firefox-esr --version ;;
    webkit) dpkg-query -W -f='${Package} ${Version}\n' libwebkit2gtk-4.1-0 webkit2gtk-driver ;;
  esac | sed 's/^/  /'
}

engines=${E2E_ENGINES:-chromium firefox webkit}
for engine in $engines; do
  section "end-to-end tests in $engine against dist/"
  engine_version "$engine"
  E2E_ENGINE=$engine node --test --test-concurrency=1 --test-reporter=spec tests/e2e/
done

section "hostile content: the story built from data whose every text carries a payload"
node tests/hostile/make-data.mjs
STORY_DATA_DIR=target/hostile/data trunk build --release --dist target/hostile/dist
for engine in $engines; do
  engine_version "$engine"
  E2E_ENGINE=$engine node --test --test-concurrency=1 --test-reporter=spec tests/hostile/
done

section "the editor's loop: tools/serve.sh on a copy of data/, a wrong number, its fix, a new sentence"
node --test --test-concurrency=1 --test-reporter=spec tests/editing/

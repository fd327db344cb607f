#!/usr/bin/env bash
# The benchmark: builds the release, then prints (and writes as JSON under target/bench/)
# asset sizes, scrolling at 4× CPU, time until interactive, memory after scrolling, and
# every chart's native render time and SVG size. Takes minutes and is noisy on shared
# machines, so it is not part of the test command. BENCH_RUNS sets the runs per figure.
set -euo pipefail
cd "$(dirname "$0")/.."

tools/setup.sh test
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"

npm ci --prefix tests/bench --no-audit --no-fund --silent   # Lighthouse, for the benchmark only
trunk build --release
cargo bench --locked --bench charts
node tests/bench/run.mjs

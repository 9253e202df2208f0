#!/usr/bin/env bash
# Benchmarks (not part of the tests): criterion natively, then the wasm build
# timed under Node beside json-rules-engine. Needs the tools of scripts/ensure-tools.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PWD/node_modules/.bin:$PATH"
if [ "${1:-}" != "--wasm-only" ]; then
  cargo bench --locked -p jiujiang-bench
  # GoRules ZEN (zen-engine) on YRB-01 beside our engine, natively: its own
  # crate and lock file, outside the workspace (bench/zen/Cargo.toml).
  cargo run --release --locked --manifest-path bench/zen/Cargo.toml
fi
cargo build --locked --release -p jiujiang-bench --lib --target wasm32-unknown-unknown
wasm-bindgen --target nodejs --out-dir target/wasm-bench target/wasm32-unknown-unknown/release/jiujiang_bench.wasm
node bench/peer.mjs
# wasm against native on the same batches (needs criterion's figures above).
if [ "${1:-}" != "--wasm-only" ]; then node bench/ratio.mjs; fi
# The same module for the browser: the "where" grid timed in Chromium.
wasm-bindgen --target web --out-dir target/wasm-bench-web target/wasm32-unknown-unknown/release/jiujiang_bench.wasm
node bench/grid-browser.mjs
# turf.js takes about 20 ms a point: time it on 1,000 of the 10,000 and scale.
TURF_N="${TURF_N:-1000}" CHECK="${CHECK:-1000}" node bench/geo-peer.mjs

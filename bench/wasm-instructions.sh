#!/usr/bin/env bash
# Instructions per project of the wasm engine, the stable figure beside
# bench/peer.mjs's times (which move by a third on a shared machine). Node
# compiles every function with its optimising tier at once (no Liftoff, no
# tier-up, one thread) and callgrind counts what runs; the batch run once is
# subtracted from the batch run five times, which leaves out start-up,
# compiling and building the projects. Repeated runs of one build agree
# within about 1 %; builds that differ elsewhere moved the verdicts' count by
# up to 10 % with the same verdict code (docs/benchmarks.md, fifteenth session).
# Not part of the tests. Needs valgrind and the tools of scripts/ensure-tools.sh.
# Usage: bash bench/wasm-instructions.sh [batch ...]
#   batches: verdicts_all screen_all report_with_incentives_all (default: all),
#   or read_rule_data_binary / read_rule_data_json: the engine's read of its
#   rule data at start, and the JSON read it replaced (counted a read)
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PWD/node_modules/.bin:$PATH"
cargo build -q --locked --release -p jiujiang-bench --lib --target wasm32-unknown-unknown
out=target/wasm-instructions
wasm-bindgen --target nodejs --out-dir "$out" target/wasm32-unknown-unknown/release/jiujiang_bench.wasm
n=500
count() {
  WB="$PWD/$out/jiujiang_bench.js" N=$n WHAT=$1 K=$2 valgrind --tool=callgrind \
    --callgrind-out-file=/dev/null node --no-liftoff --no-wasm-tier-up --single-threaded \
    bench/wasm-instructions.mjs 2>&1 | awk '/refs/ {gsub(",", "", $NF); print $NF}'
}
for what in "${@:-verdicts_all screen_all report_with_incentives_all}"; do
  for what1 in $what; do
    once=$(count "$what1" 1)
    five=$(count "$what1" 5)
    case $what1 in
      read_*) printf '%-28s %9d instructions a read\n' "$what1" $(((five - once) / 4)) ;;
      *) printf '%-28s %9d instructions a project\n' "$what1" $(((five - once) / (4 * n))) ;;
    esac
  done
done

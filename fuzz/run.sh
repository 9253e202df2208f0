#!/usr/bin/env bash
# The fuzz campaign (issue 17), outside CI: every target for 10^7 inputs (or
# INPUTS), two at a time on a two-core machine. Findings land in
# fuzz/findings/; the figures go in docs/robustness.md. CI runs a short smoke
# (scripts/test.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
INPUTS="${INPUTS:-10000000}"
cargo build --locked --release -p jiujiang-fuzz
run() { for t in "$@"; do ./target/release/jiujiang-fuzz "$t" --inputs "$INPUTS"; done; }
run csv project fragment & a=$!
run geojson package work coords & b=$!
wait $a && wait $b

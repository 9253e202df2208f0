#!/usr/bin/env bash
# Command 2 of the README (and CI): install what is missing, then run every
# check: formatting, clippy, native tests (engine, CLI, app state), a release
# build, component tests in headless Chromium, and end-to-end tests.
set -euo pipefail
cd "$(dirname "$0")/.."
T0=$(date +%s)
step() { printf '\n== [+%ss] %s\n' "$(( $(date +%s) - T0 ))" "$*"; }

step "tools"
bash scripts/ensure-tools.sh --browser
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PWD/node_modules/.bin:$PATH"
export CARGO_TERM_COLOR=never TRUNK_SKIP_VERSION_CHECK=true CHROMEDRIVER=/usr/bin/chromedriver
export WASM_BINDGEN_TEST_TIMEOUT=120 WASM_BINDGEN_TEST_DRIVER_TIMEOUT=30

step "format and lint"
cargo fmt --all -- --check
cargo clippy --locked --workspace --all-targets -- -D warnings
cargo clippy --locked -p jiujiang-app --target wasm32-unknown-unknown --all-targets -- -D warnings
cargo clippy --locked -p jiujiang-bench --lib --target wasm32-unknown-unknown -- -D warnings

step "layer 1/3: native tests (engine, CLI, app state)"
cargo test --locked --workspace --exclude jiujiang-bench
# The browser's build of the engine has no English industry names until they
# are fetched: that path, alone (the names are global once installed).
cargo test --locked -q -p jiujiang-engine --lib --no-default-features --features bundled-layers names_fetched_later

step "fuzz smoke: every decoder, 20,000 mutated inputs each (fuzz/run.sh runs the campaign)"
cargo run --locked --quiet -p jiujiang-fuzz -- all --inputs 20000

step "release build (trunk, wasm-opt -Oz)"
trunk build --release --offline --locked
wasm=$(ls dist/*_bg.wasm)
printf 'wasm: %s bytes, %s gzipped (gzip -9)\n' "$(stat -c %s "$wasm")" "$(gzip -9 -c "$wasm" | wc -c)"

step "layer 2/3: components in headless Chromium (wasm-bindgen-test)"
cargo test --locked -p jiujiang-app --target wasm32-unknown-unknown

step "layer 3/3: end-to-end in headless Chromium (Playwright)"
node --test tests/e2e/

step "all checks passed"

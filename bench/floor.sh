#!/usr/bin/env bash
# The size floor of a first screen on this stack (issue 16): the engine with
# its embedded rule data behind one function, then the same inside a
# one-field Yew screen, each built as Trunk builds the app (release profile,
# wasm-bindgen, wasm-opt -Oz) and gzipped at -9. Not part of the tests.
# Needs the tools of scripts/ensure-tools.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PWD/node_modules/.bin:$PATH"
manifest=bench/floor/Cargo.toml
out=target/floor
rm -rf "$out" && mkdir -p "$out"
printf '%-34s %10s %10s\n' build bytes gzipped
for variant in engine yew; do
  features=()
  [ "$variant" = yew ] && features=(--features yew)
  cargo build -q --locked --release --target wasm32-unknown-unknown \
    --manifest-path "$manifest" --target-dir "target/floor-$variant" "${features[@]}"
  wasm-bindgen --target web --no-typescript --out-dir "$out/$variant" \
    "target/floor-$variant/wasm32-unknown-unknown/release/jiujiang_floor.wasm"
  wasm-opt -Oz --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
    --enable-mutable-globals -o "$out/$variant.wasm" "$out/$variant/jiujiang_floor_bg.wasm"
  printf '%-34s %10s %10s\n' "$variant" "$(stat -c %s "$out/$variant.wasm")" \
    "$(gzip -9 -c "$out/$variant.wasm" | wc -c)"
done

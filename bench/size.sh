#!/usr/bin/env bash
# What a first visit transfers (issue 16): every file the first screen needs,
# gzipped at -9 as a server would send it, then what follows after the first
# render (the map layers). Run after `trunk build --release`; prints a table and
# the two totals. With `--wasm-holds`, also what the wasm holds by crate (twiggy
# on the module before wasm-bindgen and wasm-opt: `cargo install twiggy`).
set -euo pipefail
cd "$(dirname "$0")/.."
gz() { gzip -9 -c "$1" | wc -c; }
first=0
printf '%-28s %10s %10s\n' file bytes gzipped
for f in index.html boot.js jiujiang-app.js jiujiang-app_bg.wasm app.css sw.js; do
  g=$(gz "dist/$f"); first=$((first + g))
  printf '%-28s %10s %10s\n' "$f" "$(stat -c %s "dist/$f")" "$g"
done
printf '%-28s %10s %10s\n' "first screen" "" "$first"
later=0
for f in layers/map.bin layers/counties.bin; do
  g=$(gz "dist/$f"); later=$((later + g))
  printf '%-28s %10s %10s\n' "$f" "$(stat -c %s "dist/$f")" "$g"
done
printf '%-28s %10s %10s\n' "after the first render" "" "$later"
if [ "${1:-}" = "--wasm-holds" ]; then
  wasm=target/wasm32-unknown-unknown/release/jiujiang-app.wasm
  twiggy top -n 100000 --format csv "$wasm" | python3 -c '
import csv, re, sys, collections
g = collections.Counter()
for r in csv.DictReader(sys.stdin):
    name, size = r["Name"], int(r["ShallowSize"])
    if name.startswith("\"function names\"") or name.startswith("custom section") or "__wbindgen_describe" in name:
        key = "(names and bindgen descriptors: stripped from the shipped wasm)"
    elif name.startswith("data segment"):
        key = "data: " + name
    else:
        m = re.search(r"([a-z_][a-z0-9_]*)::", name.lstrip("<&*( ").replace("dyn ", "").replace("mut ", ""))
        key = m.group(1) if m else "(unnamed)"
    g[key] += size
for k, v in g.most_common(20):
    print(f"{v:>9}  {k}")
'
fi

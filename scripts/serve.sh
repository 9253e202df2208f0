#!/usr/bin/env bash
# Command 1 of the README: install what is missing, build, and serve the app on
# http://127.0.0.1:${PORT:-8080}/ (Ctrl-C stops it). DEV=1 serves a debug build
# that rebuilds faster.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-tools.sh
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PWD/node_modules/.bin:$PATH" TRUNK_SKIP_VERSION_CHECK=true
PORT=${PORT:-8080}
mode=(--release)
[ "${DEV:-0}" = 1 ] && mode=()
echo "== serving on http://127.0.0.1:$PORT/ (building first, about a minute)"
exec trunk serve "${mode[@]}" --offline --locked --address 127.0.0.1 --port "$PORT" --no-autoreload

#!/usr/bin/env bash
# Installs whatever is missing to build (and, with --browser, to test) the app.
# Idempotent and pinned: a tool already at the pinned version is left alone.
# Nothing is downloaded from GitHub (it is unreachable here): Rust tools come
# from crates.io, wasm-opt and Playwright from npm, Chromium from Debian.
# Why these versions: docs/toolchain.md.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD

TRUNK_VERSION=0.21.14   # 0.22.x needs rustc >= 1.96.1
# wasm-bindgen-cli must equal the wasm-bindgen crate in Cargo.lock exactly.
WASM_BINDGEN_VERSION=$(awk '/^name = "wasm-bindgen"$/ {getline; gsub(/version = |"/, ""); print; exit}' Cargo.lock)
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$ROOT/node_modules/.bin:$PATH"

want_browser=false
[ "${1:-}" = "--browser" ] && want_browser=true

note() { printf '== %s\n' "$*"; }

if $want_browser; then
  missing=()
  command -v chromium >/dev/null || missing+=(chromium)
  command -v chromedriver >/dev/null || missing+=(chromium-driver)
  # A CJK font, so screenshots of the Chinese interface are readable.
  dpkg -s fonts-wqy-microhei >/dev/null 2>&1 || missing+=(fonts-wqy-microhei)
  # pdftotext, to read back the printed opinion in the end-to-end tests.
  command -v pdftotext >/dev/null || missing+=(poppler-utils)
  # zbarimg, to decode the printed opinion's QR code in the end-to-end tests.
  command -v zbarimg >/dev/null || missing+=(zbar-tools)
  if [ ${#missing[@]} -gt 0 ]; then
    note "apt: ${missing[*]}"
    SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO=sudo
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
  fi
fi

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  note "rustup: wasm32-unknown-unknown"
  rustup target add wasm32-unknown-unknown
fi

if ! trunk --version 2>/dev/null | grep -qx "trunk $TRUNK_VERSION"; then
  note "cargo install trunk $TRUNK_VERSION (about 6 min on 2 cores)"
  # Trunk's own fat-LTO profile takes ~16 min to build; these settings apply
  # to this one install only, never to the app.
  CARGO_PROFILE_RELEASE_LTO=off CARGO_PROFILE_RELEASE_CODEGEN_UNITS=16 CARGO_PROFILE_RELEASE_OPT_LEVEL=1 \
    cargo install --locked trunk --version "$TRUNK_VERSION"
fi

if ! wasm-bindgen --version 2>/dev/null | grep -q "^wasm-bindgen $WASM_BINDGEN_VERSION\b"; then
  note "cargo install wasm-bindgen-cli $WASM_BINDGEN_VERSION (about 3 min)"
  # Not --locked: its lockfile names a webpki-roots version this registry lacks.
  cargo install --force wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION"
fi

if [ ! -x node_modules/.bin/wasm-opt ] || [ ! -d node_modules/playwright-core ] \
   || ! node_modules/.bin/wasm-opt --version | grep -q "version 132"; then
  note "npm ci (binaryen 132 for wasm-opt, playwright-core)"
  npm ci --no-audit --no-fund --loglevel=error
fi

cargo fetch --locked >/dev/null

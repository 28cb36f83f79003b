#!/usr/bin/env bash
# Install what building (and, with --test, testing) Crossroads needs. Idempotent: each step
# is skipped when the right version is already there. Only registries are used (crates.io,
# npm, Debian): Trunk's own tool downloads cannot reach their hosts on these machines.
set -euo pipefail
cd "$(dirname "$0")/.."

want_test=0
[[ "${1:-}" == "--test" ]] && want_test=1

export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PWD/node_modules/.bin:$PATH"
TRUNK_VERSION=0.21.14
WASM_BINDGEN_VERSION=$(awk '/^name = "wasm-bindgen"$/{getline; gsub(/version = |"/,""); print; exit}' Cargo.lock)

say() { printf '\033[1m[setup]\033[0m %s\n' "$*"; }

if ! rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi
if [[ $want_test == 1 ]] && ! cargo clippy --version >/dev/null 2>&1; then
  rustup component add clippy rustfmt
fi

if ! trunk --version 2>/dev/null | grep -q "$TRUNK_VERSION"; then
  say "installing trunk $TRUNK_VERSION (about 7 minutes on 2 cores)"
  cargo install trunk --version "$TRUNK_VERSION" --locked
fi

if ! wasm-bindgen --version 2>/dev/null | grep -q "$WASM_BINDGEN_VERSION"; then
  say "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (about 2 minutes)"
  # No --locked: its lock file pins a crate version the registry mirror lacks.
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" --force
fi

# npm packages: wasm-opt (binaryen 132; Debian's 108 breaks the output) and the test drivers.
stamp=node_modules/.crossroads-lock
if [[ ! -f $stamp ]] || ! cmp -s package-lock.json "$stamp"; then
  say "installing npm packages (binaryen, playwright-core, axe-core, TimelineJS)"
  npm ci --no-audit --no-fund
  cp package-lock.json "$stamp"
fi

if [[ $want_test == 1 ]] && [[ ! -x /usr/bin/chromium ]]; then
  say "installing Chromium from Debian (for the browser tests)"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null
fi
# Korean text in screenshots and printed PDFs (the print tests read it back) needs a CJK font.
if [[ $want_test == 1 ]] && ! fc-list :lang=ko 2>/dev/null | grep -q .; then
  say "installing a Korean font (fonts-noto-cjk) for the browser tests"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq fonts-noto-cjk >/dev/null
fi
say "tools ready: $(trunk --version), wasm-bindgen $(wasm-bindgen --version | awk '{print $2}'), wasm-opt $(wasm-opt --version | awk '{print $3}')"

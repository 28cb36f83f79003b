#!/usr/bin/env bash
# Everything CI checks, in order: set-up, formatting, lints, native tests (incl. the native
# pre-render of every page), release builds
# (under /crossroads/ and at a root), the per-view first-load size budgets, the speed report
# and the browser tests.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --test
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PWD/node_modules/.bin:$PATH"

# A one-off run gains nothing from incremental caches (13 GB of target/ on a full run).
export CARGO_INCREMENTAL="${CARGO_INCREMENTAL:-0}"

step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

step "cargo fmt --check"
cargo fmt --all -- --check

step "function length (no function over 150 lines: split it into components)"
node scripts/fn-length.mjs src 150

step "cargo clippy (native and wasm, warnings are errors)"
cargo clippy --all-targets -- -D warnings
cargo clippy --lib --bin crossroads --target wasm32-unknown-unknown -- -D warnings
# Each view's own app (scripts/build.sh builds one per view): the landing page, then the rest,
# and the timeline's pre-filter.
for feature in landing view-story view-timeline view-companies view-classroom view-glossary view-about prefilter prefilter-facets; do
  cargo clippy --lib --bin crossroads --target wasm32-unknown-unknown --features "$feature" -- -D warnings
done
cargo clippy --no-default-features --features ssr --bin prerender --test prerender -- -D warnings

step "native tests (the app's logic, then the pre-render of every page)"
cargo test --all-targets
cargo test --no-default-features --features ssr --test prerender

step "release build under /crossroads/ and at /"
bash scripts/build.sh /crossroads/ dist-sub
bash scripts/build.sh / dist-root

step "first-load size of every view (budgets in scripts/size-budgets.json)"
node scripts/size.mjs dist-sub --budgets scripts/size-budgets.json

step "cold-load speed beside TimelineJS (report): desktop loopback, then the phone profile"
node scripts/perf.mjs dist-sub 3
node scripts/perf.mjs dist-sub 3 --profile phone

step "browser tests (release build under /crossroads/)"
node --test --test-concurrency=1 tests/e2e/*.test.mjs

step "browser smoke test at the site root"
CROSSROADS_BASE=/ node --test tests/e2e/foundation.test.mjs

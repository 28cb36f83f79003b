#!/usr/bin/env bash
# Release build for a static host. Usage: scripts/build.sh [PUBLIC_URL] [DIST]
#   PUBLIC_URL  the path the site is served under, e.g. /crossroads/ (default /)
#   DIST        output folder (default dist)
# A native build of the pre-renderer, then two Trunk builds: the full app (every view) and
# the landing page alone (cargo feature `landing`: shell + home, no router), so a first
# visit loads a small wasm. Then
# scripts/postbuild.mjs merges them: the landing page is the site's index.html, every
# other view gets its own folder with the full app's index.html (deep links open cold on
# any static host), 404.html catches unknown paths, inline loaders move to files (strict
# CSP), every page is pre-rendered (src/prerender.rs), and the service worker gets this
# build's file list and version.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PWD/node_modules/.bin:$PATH"
PUBLIC_URL="${1:-/}"
DIST="${2:-dist}"
[[ "$PUBLIC_URL" == */ ]] || PUBLIC_URL="$PUBLIC_URL/"
# The native pre-renderer (Leptos `ssr`), run by postbuild.mjs once Trunk is done.
cargo build --quiet --no-default-features --features ssr --bin prerender
export CROSSROADS_PRERENDER="$(realpath "${CARGO_TARGET_DIR:-target}")/debug/prerender"
trunk build --release --public-url "$PUBLIC_URL" --dist "$DIST" index.html
sed 's|data-bin="crossroads"|data-bin="crossroads" data-cargo-features="landing"|' index.html > landing.html
trap 'rm -f landing.html; rm -rf "$DIST.landing"' EXIT
trunk build --release --public-url "$PUBLIC_URL" --dist "$DIST.landing" landing.html
node scripts/postbuild.mjs "$DIST" "$PUBLIC_URL" "$DIST.landing"

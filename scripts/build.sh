#!/usr/bin/env bash
# Release build for a static host. Usage: scripts/build.sh [PUBLIC_URL] [DIST]
#   PUBLIC_URL  the path the site is served under, e.g. /crossroads/ (default /)
#   DIST        output folder (default dist)
# After Trunk: every view gets its own folder with a copy of index.html (so deep links
# open cold on any static host), 404.html catches unknown paths, the inline loader moves
# to a file (strict CSP), and the service worker gets this build's file list and version.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
PUBLIC_URL="${1:-/}"
DIST="${2:-dist}"
[[ "$PUBLIC_URL" == */ ]] || PUBLIC_URL="$PUBLIC_URL/"
trunk build --release --public-url "$PUBLIC_URL" --dist "$DIST"
node scripts/postbuild.mjs "$DIST" "$PUBLIC_URL"

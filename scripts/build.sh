#!/usr/bin/env bash
# Release build for a static host. Usage: scripts/build.sh [PUBLIC_URL] [DIST]
#   PUBLIC_URL  the path the site is served under, e.g. /crossroads/ (default /)
#   DIST        output folder (default dist)
# A native build of the pre-renderer, then one Trunk build per view, each that view's own app
# (cargo feature `landing` for the landing page, `view-<name>` for the others; build.rs
# turns them into `cfg(view_*)`), so no view's first load carries another view's code and
# data. Then scripts/postbuild.mjs merges them: the landing page is the site's index.html
# and 404.html (which sends other views' paths on to their own pages), every other view gets
# its own folder with its own app's index.html (deep links open cold on any static host),
# inline loaders move to files (strict CSP), every page is pre-rendered (src/prerender.rs),
# and the service worker gets this build's file list and version.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PWD/node_modules/.bin:$PATH"
PUBLIC_URL="${1:-/}"
DIST="${2:-dist}"
[[ "$PUBLIC_URL" == */ ]] || PUBLIC_URL="$PUBLIC_URL/"
# The native pre-renderer (Leptos `ssr`), run by postbuild.mjs once Trunk is done.
cargo build --quiet --no-default-features --features ssr --bin prerender
export CROSSROADS_PRERENDER="$(realpath "${CARGO_TARGET_DIR:-target}")/debug/prerender"
VIEWS=(home story timeline companies classroom glossary about)
work="$DIST.views"
# CROSSROADS_KEEP_VIEWS=1 keeps the per-view builds, to rerun postbuild.mjs on them.
trap 'rm -f build-view-*.html; [[ -n "${CROSSROADS_KEEP_VIEWS:-}" ]] || rm -rf "$work"' EXIT
rm -rf "$work"
for view in "${VIEWS[@]}"; do
  feature="view-$view"
  [[ $view == home ]] && feature=landing
  sed "s|data-bin=\"crossroads\"|data-bin=\"crossroads\" data-cargo-features=\"$feature\"|" index.html > "build-view-$view.html"
  grep -q "data-cargo-features=\"$feature\"" "build-view-$view.html" || { echo "build.sh: index.html has no data-bin=\"crossroads\" link" >&2; exit 1; }
  echo "build.sh: the $view view's own app (feature $feature)"
  trunk build --release --public-url "$PUBLIC_URL" --dist "$work/$view" "build-view-$view.html"
done
# The timeline's pre-filters (src/pages/timeline/prefilter.rs): small builds that apply a
# filtered link to the pre-rendered timeline before that view's app arrives, one that can
# search (feature prefilter) and a lighter one for links without a search (prefilter-facets).
for feature in prefilter prefilter-facets; do
  sed "s|data-bin=\"crossroads\"|data-bin=\"crossroads\" data-cargo-features=\"$feature\"|" index.html > "build-view-$feature.html"
  echo "build.sh: the timeline's pre-filter (feature $feature)"
  trunk build --release --public-url "$PUBLIC_URL" --dist "$work/$feature" "build-view-$feature.html"
done
node scripts/postbuild.mjs "$DIST" "$PUBLIC_URL" "$work"

#!/usr/bin/env bash
# Set up (if needed), build the release site and serve it at http://127.0.0.1:8080/
# Usage: scripts/serve.sh [PORT]
set -euo pipefail
cd "$(dirname "$0")/.."
PORT="${1:-8080}"
bash scripts/setup.sh
bash scripts/build.sh / dist
echo "Serving Crossroads at http://127.0.0.1:$PORT/  (Ctrl-C to stop)"
exec node scripts/static-server.mjs dist / "$PORT"

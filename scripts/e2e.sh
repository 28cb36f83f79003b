#!/usr/bin/env bash
# Run the browser tests against an existing release build (dist-sub, built for /crossroads/).
set -euo pipefail
cd "$(dirname "$0")/.."
exec node --test --test-concurrency=1 tests/e2e/*.test.mjs "$@"

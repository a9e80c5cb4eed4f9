#!/usr/bin/env bash
# Sets everything up and runs the whole test suite through ctest (GUI tests run offscreen).
set -euo pipefail
cd "$(dirname "$0")/.."

./scripts/build.sh release
ctest --preset release "$@"

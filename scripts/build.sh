#!/usr/bin/env bash
# Installs what is missing, then configures and builds FunnelDesk with a CMake preset
# (default: release) into build/<preset>. Incremental: a second run only rebuilds changes.
set -euo pipefail
cd "$(dirname "$0")/.."
preset="${1:-release}"
shift || true

./scripts/deps.sh
if [ ! -f "build/${preset}/build.ninja" ]; then
  cmake --preset "${preset}"
fi
cmake --build --preset "${preset}" "$@"

#!/usr/bin/env bash
# Builds the Debian package: installs what is missing, builds the programs with the "package"
# preset (optimized, hardened, no tests) into build/package, and writes
# funneldesk_<version>_amd64.deb into the project folder, then checks it with lintian.
#   ./scripts/package.sh && sudo apt-get install ./funneldesk_*_amd64.deb
set -euo pipefail
cd "$(dirname "$0")/.."

./scripts/build.sh package
(cd build/package && cpack -G DEB -B "$PWD/deb" >/dev/null)
deb="$(ls build/package/deb/funneldesk_*_amd64.deb)"
cp "$deb" .
echo "Built $(basename "$deb")"
lintian "$(basename "$deb")" 2>&1 | grep -v "running with root privileges" || true

#!/usr/bin/env bash
# Installs the Debian packages FunnelDesk needs to build, test and run.
# Only packages that are missing are installed; runs apt-get as root or through sudo.
set -euo pipefail

PACKAGES=(
  build-essential cmake ninja-build pkg-config ccache clang-format
  qt6-base-dev libqt6opengl6-dev qt6-charts-dev qt6-tools-dev qt6-l10n-tools qt6-translations-l10n
  libqt6sql6-sqlite libqt6sql6-psql libsqlite3-dev sqlite3 libspdlog-dev catch2
  postgresql libpq-dev  # the shared server: tests start a private one; libpq streams report facts
  libxlsxwriter-dev libzip-dev libsodium-dev zlib1g-dev unzip poppler-utils xvfb xauth fonts-dejavu-core
  clang libclang-rt-14-dev llvm-14  # tests/fuzz: clang, libFuzzer, sanitizer runtimes, symbolizer
  dpkg-dev lintian desktop-file-utils appstream man-db  # the Debian package and its checks
)

missing=()
for p in "${PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

echo "Installing missing packages: ${missing[*]}"
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then
    SUDO="sudo"
  else
    echo "error: need root or sudo to install: ${missing[*]}" >&2
    exit 1
  fi
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"

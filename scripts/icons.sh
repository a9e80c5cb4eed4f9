#!/usr/bin/env bash
# Renders the application icon (resources/icons/funneldesk.svg) into the PNG sizes the desktop's
# icon theme and the window use; run after changing the SVG and commit the PNGs.
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v rsvg-convert >/dev/null 2>&1; then
  SUDO=""
  [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get install -y -qq --no-install-recommends librsvg2-bin
fi
for size in 16 24 32 48 64 128 256; do
  rsvg-convert -w "$size" -h "$size" resources/icons/funneldesk.svg -o "resources/icons/funneldesk-${size}.png"
done

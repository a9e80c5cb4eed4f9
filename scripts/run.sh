#!/usr/bin/env bash
# Sets everything up and starts FunnelDesk. On first start the application creates a demo
# database with a realistic history in the user's data folder and opens it; afterwards it
# opens the last database. Arguments are passed to the application (see --help).
set -euo pipefail
cd "$(dirname "$0")/.."

./scripts/build.sh release --target funneldesk funneldesk-cli

if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
  echo "No display found. Start FunnelDesk from a desktop session, or run it under a virtual" >&2
  echo "display: xvfb-run -a ./scripts/run.sh" >&2
  exit 1
fi
exec ./build/release/src/app/funneldesk "$@"

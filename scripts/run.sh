#!/usr/bin/env bash
# Sets everything up and starts FunnelDesk. On first start the application offers the demo
# company (Enter: a demo database with a realistic history is created in the user's data folder
# and opened, signed in as its head with the password "funneldesk") or a company of one's own;
# afterwards it opens the last database. Arguments are passed to the application (see --help).
set -euo pipefail
cd "$(dirname "$0")/.."

./scripts/build.sh release --target funneldesk funneldesk-cli

if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
  echo "No display found. Start FunnelDesk from a desktop session, or run it under a virtual" >&2
  echo "display: xvfb-run -a ./scripts/run.sh" >&2
  exit 1
fi
exec ./build/release/src/app/funneldesk "$@"

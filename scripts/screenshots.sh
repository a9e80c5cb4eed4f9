#!/usr/bin/env bash
# Regenerates the user guide's screenshots from a fresh demo database (default size, ending
# now), in Russian and English, offscreen, with Moscow time as the company's office clocks.
# Usage: ./scripts/screenshots.sh [OUTPUT_DIR]   (default docs/user-guide)
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-docs/user-guide}"
./scripts/build.sh release --target funneldesk funneldesk-cli >/dev/null

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
db="$work/demo.sqlite"
./build/release/src/cli/funneldesk-cli demo --db "$db" >/dev/null
export QT_QPA_PLATFORM=offscreen TZ=Europe/Moscow XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data"
app=./build/release/src/app/funneldesk

# The operator with the most new leads shows the queue; the one with the most meetings to
# confirm shows a lead card with a history.
busiest() { sqlite3 "$db" "$1"; }
queue_op=$(busiest "SELECT operator_id FROM leads WHERE status = 'new' GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1")
card_op=$(busiest "SELECT l.operator_id FROM meetings m JOIN leads l ON l.id = m.lead_id
                   WHERE m.status = 'scheduled' AND m.scheduled_at > unixepoch() GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1")

for lang in ru en; do
  "$app" --db "$db" --lang "$lang" --workspace leads --screenshot "$out/leads-$lang.png"
  "$app" --db "$db" --lang "$lang" --operator "${queue_op:-1}" --queue new --screenshot "$out/operator-queue-$lang.png"
  "$app" --db "$db" --lang "$lang" --operator "${card_op:-1}" --queue confirm --screenshot "$out/operator-card-$lang.png"
  "$app" --db "$db" --lang "$lang" --operator "${queue_op:-1}" --open booking --screenshot "$out/operator-booking-$lang.png"
done
echo "screenshots written to $out"

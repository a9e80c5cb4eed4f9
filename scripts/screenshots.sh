#!/usr/bin/env bash
# Regenerates the user guide's screenshots, in Russian and English, offscreen, from fresh demo
# databases whose history stops yesterday — at 09:10 Moscow time for the call center (the
# night's requests are waiting) and at 13:20 for the office (the day is under way). The
# application is started with its clock at that moment, in a 1280×720 window (the smallest
# screen it is made for).
# Usage: ./scripts/screenshots.sh [OUTPUT_DIR]   (default docs/user-guide)
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-docs/user-guide}"
./scripts/build.sh release --target funneldesk funneldesk-cli >/dev/null

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export TZ=Europe/Moscow QT_QPA_PLATFORM=offscreen XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data"
# The demo company's head signs in (README, "People and roles").
export FUNNELDESK_PASSWORD=funneldesk
day=$(date -d yesterday +%F)
./build/release/src/cli/funneldesk-cli demo --db "$work/morning.sqlite" --end "$day" --until 09:10 >/dev/null
./build/release/src/cli/funneldesk-cli demo --db "$work/noon.sqlite" --end "$day" --until 13:20 >/dev/null
# A month half gone, for plan/fact with the forecast to its end.
mid=$(date -d "$day -14 days" +%Y-%m-15)
./build/release/src/cli/funneldesk-cli demo --db "$work/mid.sqlite" --end "$mid" --until 13:20 >/dev/null
db="$work/morning.sqlite"
morning() { ./build/release/src/app/funneldesk --db "$work/morning.sqlite" --user head --clock "$day 09:10" --size 1280x720 "$@"; }
noon() { ./build/release/src/app/funneldesk --db "$work/noon.sqlite" --user head --clock "$day 13:20" --size 1280x720 "$@"; }
midmonth() { ./build/release/src/app/funneldesk --db "$work/mid.sqlite" --clock "$mid 13:20" --size 1280x720 "$@"; }
admin() { ./build/release/src/app/funneldesk --db "$work/noon.sqlite" --user admin --clock "$day 13:20" --size 1280x720 "$@"; }
# The first start and the company wizard come before any database.
first() { ./build/release/src/app/funneldesk --clock "$day 13:20" "$@"; }

# The operator with the most new leads shows the queue; the one with the most meetings to
# confirm shows a lead card with a history.
queue_op=$(sqlite3 "$db" "SELECT operator_id FROM leads WHERE status = 'new' GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1")
card_op=$(sqlite3 "$db" "SELECT l.operator_id FROM meetings m JOIN leads l ON l.id = m.lead_id
                         WHERE m.status = 'scheduled' GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1")

for lang in ru en; do
  noon --lang "$lang" --workspace leads --screenshot "$out/leads-$lang.png"
  morning --lang "$lang" --operator "${queue_op:-1}" --queue new --screenshot "$out/operator-queue-$lang.png"
  morning --lang "$lang" --operator "${card_op:-1}" --queue confirm --screenshot "$out/operator-card-$lang.png"
  morning --lang "$lang" --operator "${queue_op:-1}" --open booking --screenshot "$out/operator-booking-$lang.png"
  XDG_CONFIG_HOME="$work/config-$lang" morning --lang "$lang" --workspace operator --screenshot "$out/operator-picker-$lang.png"
  noon --lang "$lang" --workspace office --tab day --screenshot "$out/office-day-$lang.png"
  noon --lang "$lang" --workspace office --tab follow-up --screenshot "$out/office-follow-up-$lang.png"
  noon --lang "$lang" --open outcome --screenshot "$out/office-outcome-$lang.png"
  noon --lang "$lang" --workspace office --tab cash --screenshot "$out/office-cash-$lang.png"
  noon --lang "$lang" --import docs/examples/bitrix24-leads-cp1251.csv --screenshot "$out/import-$lang.png"
  noon --lang "$lang" --workspace dashboard --by channel --screenshot "$out/dashboard-channels-$lang.png"
  noon --lang "$lang" --workspace dashboard --by operator --screenshot "$out/dashboard-operators-$lang.png"
  noon --lang "$lang" --workspace dashboard --open spend --screenshot "$out/dashboard-spend-$lang.png"
  first --lang "$lang" --open welcome --screenshot "$out/first-start-$lang.png"
  for page in company office admin ready; do
    dialog=new-company-$page
    [ "$page" = company ] && dialog=new-company
    first --lang "$lang" --open "$dialog" --screenshot "$out/wizard-$page-$lang.png"
  done
  ./build/release/src/app/funneldesk --db "$work/noon.sqlite" --user manager1 --lang "$lang" --open sign-in \
    --screenshot "$out/sign-in-$lang.png"
  for tab in offices staff channels reasons company; do
    admin --lang "$lang" --workspace settings --tab "$tab" --screenshot "$out/settings-$tab-$lang.png"
  done
  noon --lang "$lang" --workspace audit --screenshot "$out/audit-$lang.png"
  noon --lang "$lang" --workspace health --screenshot "$out/health-$lang.png"
  # A month under way: plan/fact and the forecast to its end; the bonuses of the last full month.
  for tab in call-center office marketing; do
    midmonth --user head --lang "$lang" --workspace kpi --tab "$tab" --screenshot "$out/kpi-$tab-$lang.png"
  done
  noon --lang "$lang" --workspace kpi --tab bonuses --date "$(date -d "$day -1 month" +%Y-%m-01)" \
    --screenshot "$out/kpi-bonuses-$lang.png"
  # An operator's own month above their queue.
  midmonth --user operator1 --lang "$lang" --workspace operator --screenshot "$out/operator-month-$lang.png"
  for dialog in plans scheme; do
    noon --lang "$lang" --workspace kpi --open "$dialog" --screenshot "$out/kpi-$dialog-$lang.png"
  done
done
echo "screenshots written to $out"

#!/usr/bin/env bash
# Builds FunnelDesk with AddressSanitizer and UndefinedBehaviorSanitizer (CMake preset asan, in
# build/asan), runs the application's GUI and integration tests under them, then starts and
# terminates every workspace in both languages ROUNDS times on one database and one settings
# folder, each killed at a random moment of its start. Any sanitizer report or abort fails.
# Usage: ./scripts/sanitize.sh [ROUNDS]   (default 10)
set -euo pipefail
cd "$(dirname "$0")/.."
rounds="${1:-10}"
./scripts/build.sh asan >/dev/null

export ASAN_OPTIONS=detect_leaks=0:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
export QT_QPA_PLATFORM=offscreen
./build/asan/tests/app/test_app
./build/asan/tests/integration/test_integration

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data"
./build/asan/src/cli/funneldesk-cli demo --db "$work/demo.sqlite" --leads 3000 >/dev/null
starts=0
problems=0
for round in $(seq "${LOOP_ROUNDS:-$rounds}"); do
  for workspace in leads operator office dashboard; do
    for lang in ru en; do
      ./build/asan/src/app/funneldesk --db "$work/demo.sqlite" --workspace "$workspace" --lang "$lang" \
        >"$work/out.txt" 2>&1 &
      pid=$!
      sleep "$(awk -v r="$RANDOM" 'BEGIN { printf "%.2f", 0.2 + (r % 300) / 100 }')"
      kill -TERM "$pid" 2>/dev/null || true
      status=0
      wait "$pid" || status=$?
      starts=$((starts + 1))
      # Terminated (143) or already done (0) is fine; an abort, a crash or a report is not.
      if { [ "$status" -ne 143 ] && [ "$status" -ne 0 ]; } ||
         grep -qE "AddressSanitizer|runtime error:|LeakSanitizer" "$work/out.txt"; then
        problems=$((problems + 1))
        echo "round $round, $workspace, $lang: exit status $status"
        cat "$work/out.txt"
      fi
    done
  done
done
echo "start/terminate: $starts starts, $problems problems"
[ "$problems" -eq 0 ]

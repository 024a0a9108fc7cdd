#!/usr/bin/env bash
# Runs `npm test` N times (default 3) while two busy loops keep both cores loaded, the way a
# contributor's laptop is when it is doing other work. Prints each run's wall time and exit code.
# The loops are this script's own children, stopped by PID when it exits, whatever happens.
set -uo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}
burners=()
stop_burners() { for pid in "${burners[@]}"; do kill "$pid" 2>/dev/null; done; }
trap stop_burners EXIT
for _ in 1 2; do node -e 'for(;;){}' & burners+=($!); done

failed=0
for i in $(seq 1 "$runs"); do
  start=$(date +%s)
  npm test > "test-results/under-load-$i.log" 2>&1
  code=$?
  echo "run $i: exit $code in $(( $(date +%s) - start )) s (log: test-results/under-load-$i.log)"
  [ "$code" -eq 0 ] || failed=1
done
exit $failed

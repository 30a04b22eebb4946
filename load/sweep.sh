#!/usr/bin/env bash
# Latency against concurrent learners: one freshly started production jar, the load test at each
# level in turn (default 100 250 500 1000 1500, arriving at 5 per second: RAMP_FIXED overrides), the "All requests" p50/p95/p99 and errors of each
# level in target/load/sweep.csv, and a plot in docs/load-latency.svg.
#   load/sweep.sh [levels...]      HOLD (seconds per level, default 60) from the environment
set -euo pipefail
cd "$(dirname "$0")/.."
source load/lib.sh
if [ $# -gt 0 ]; then LEVELS=("$@"); else LEVELS=(100 250 500 1000 1500); fi
HOLD="${HOLD:-60}"
PORT="${LOAD_PORT:-8090}"
JAR=$(production_jar)
start_app "$PORT" sweep
trap 'kill $APP_PID 2>/dev/null; wait $APP_PID 2>/dev/null || true' EXIT
embedded_db_of sweep
echo "learners,requests,errors,p50,p95,p99,max,worst_p95_action,worst_p95" > target/load/sweep.csv
for n in "${LEVELS[@]}"; do
  # learners arrive at 5 per second unless RAMP says otherwise (sign-in hashing is the costly part)
  RAMP=${RAMP_FIXED:-$(( n / 5 > 20 ? n / 5 : 20 ))}
  echo "$(date -u +%T) $n learners (ramp ${RAMP}s, hold ${HOLD}s)"
  ./mvnw -B -q -f load/pom.xml gatling:test -DbaseUrl="http://localhost:$PORT" -Dlearners="$n" \
    -DrampSeconds="$RAMP" -DholdSeconds="$HOLD" -DallowErrors=true -Ddb.url="$DB_JDBC" -Ddb.user=postgres \
    -Ddb.password="$DB_PASS" > "target/load/sweep-$n.log" 2>&1 || true
  python3 load/summary.py > "target/load/sweep-$n.md" || true
  python3 - "$n" "target/load/sweep-$n.md" >> target/load/sweep.csv <<'PY'
import re, sys
n, path = sys.argv[1], sys.argv[2]
rows = [l for l in open(path) if l.startswith("| ") and not l.startswith("| action")]
cells = lambda l: [c.strip() for c in l.strip().strip("|").split("|")]
total = next(cells(l) for l in rows if cells(l)[0].lower() == "all requests")
actions = [cells(l) for l in rows if cells(l)[0].lower() != "all requests"]
worst = max(actions, key=lambda c: int(c[4]))
print(",".join([n, total[1], total[2], total[3], total[4], total[5], total[6], worst[0], worst[4]]))
PY
  tail -1 target/load/sweep.csv
  kill -0 $APP_PID 2>/dev/null || { echo "the app died at $n learners"; break; }
done
python3 load/plot.py target/load/sweep.csv docs/load-latency.svg

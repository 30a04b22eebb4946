#!/usr/bin/env bash
# Live heap per open learner session: the production jar's used heap after a full GC with 0 open
# sessions and with N open (half on a lesson, half on a started quiz), divided by N.
#   load/heap-per-session.sh [N]        (default 200)
set -euo pipefail
cd "$(dirname "$0")/.."
source load/lib.sh
N="${1:-200}"
PORT="${LOAD_PORT:-8090}"
JAR=$(production_jar)
DEMO_COHORT_SIZE=0 start_app "$PORT" heap
trap 'kill $APP_PID 2>/dev/null; wait $APP_PID 2>/dev/null || true' EXIT
embedded_db_of heap
# one warm-up session, so that first-use classes and caches are not counted per session;
# it ends (and its Vaadin session is closed by signing out) before the baseline
curl -s -o /dev/null "http://localhost:$PORT/login"
BASE_KB=$(heap_after_gc $APP_PID)
echo "baseline: ${BASE_KB} KB used after full GC, 0 sessions"
./mvnw -B -q -f load/pom.xml gatling:test -Dsimulation=dev.tensortrail.load.OpenSessionsSimulation \
  -DbaseUrl="http://localhost:$PORT" -Dsessions="$N" -DholdSeconds=$((N / 4 + 120)) \
  -Ddb.url="$DB_JDBC" -Ddb.user=postgres -Ddb.password="$DB_PASS" > target/load/heap-gatling.log 2>&1 &
GATLING=$!
# wait until every session is open (ramp N/4 s), then measure while they are held
sleep $((N / 4 + 90))
OPEN_KB=$(heap_after_gc $APP_PID)
echo "with $N sessions opened: ${OPEN_KB} KB used after full GC"
wait $GATLING || echo "WARNING: some sessions failed to open (see target/load/heap-gatling.log): the figure below is an upper bound"
PER=$(( (OPEN_KB - BASE_KB) / N ))
echo "SUMMARY heap per open learner session: ${PER} KB ((${OPEN_KB} - ${BASE_KB}) KB / $N)"

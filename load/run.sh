#!/usr/bin/env bash
# The learner load test against a freshly started production jar on a fresh embedded PostgreSQL.
#   load/run.sh [learners] [holdSeconds]      e.g. load/run.sh 1000 300
# Builds the production jar if it is missing, starts it on port 8090 (data in target/load/app-db),
# creates the load accounts, runs the Gatling simulation (report in load/target/gatling/), prints
# per-action figures and a one-line summary, stops the app. Gatling settings pass through
# GATLING_OPTS, e.g. GATLING_OPTS="-DrampSeconds=120 -DminThink=5 -DmaxThink=15".
set -euo pipefail
cd "$(dirname "$0")/.."
source load/lib.sh
LEARNERS="${1:-100}"
HOLD="${2:-180}"
PORT="${LOAD_PORT:-8090}"
JAR=$(production_jar)
start_app "$PORT" app
trap 'kill $APP_PID 2>/dev/null; wait $APP_PID 2>/dev/null || true' EXIT
embedded_db_of app
echo "App on :$PORT (pid $APP_PID); $LEARNERS learners for ${HOLD}s"
status=0
./mvnw -B -q -f load/pom.xml gatling:test -DbaseUrl="http://localhost:$PORT" -Dlearners="$LEARNERS" \
  -DholdSeconds="$HOLD" -Ddb.url="$DB_JDBC" -Ddb.user=postgres -Ddb.password="$DB_PASS" ${GATLING_OPTS:-} || status=$?
python3 load/summary.py || true
exit $status

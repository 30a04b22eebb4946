#!/usr/bin/env bash
# The learner load test against a freshly started production jar on a fresh embedded PostgreSQL.
#   load/run.sh [learners] [holdSeconds]      e.g. load/run.sh 1000 300
# Builds the production jar if it is missing, starts it on port 8090 (data in target/load/db),
# creates the load accounts, runs the Gatling simulation (report in load/target/gatling/), stops the app.
# Extra Gatling settings pass through GATLING_OPTS, e.g. GATLING_OPTS="-DrampSeconds=120 -DminThink=5".
set -euo pipefail
cd "$(dirname "$0")/.."
LEARNERS="${1:-100}"
HOLD="${2:-180}"
PORT="${LOAD_PORT:-8090}"
JAR=$(ls target/tensortrail-*.jar 2>/dev/null | grep -v original | head -1 || true)
if [ -z "$JAR" ] || ! unzip -p "$JAR" META-INF/VAADIN/config/flow-build-info.json 2>/dev/null | grep -q '"productionMode" *: *true'; then
  ./mvnw -B -q -Pproduction -DskipTests package
  JAR=$(ls target/tensortrail-*.jar | grep -v original | head -1)
fi
DATA=target/load/db
rm -rf "$DATA" && mkdir -p target/load
LOG=target/load/app.log
PORT=$PORT EMBEDDED_DB_DIR="$DATA" DEMO_COHORT_SIZE="${DEMO_COHORT_SIZE:-300}" \
  java ${APP_JAVA_OPTS:--Xmx1g} -jar "$JAR" > "$LOG" 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null; wait $APP 2>/dev/null || true' EXIT
for _ in $(seq 1 300); do
  curl -sf "http://localhost:$PORT/actuator/health/readiness" > /dev/null && break
  kill -0 $APP 2>/dev/null || { echo "the app stopped during start-up, see $LOG"; exit 1; }
  sleep 1
done
DB_PORT=$(grep -o 'embedded PostgreSQL on port [0-9]*' "$LOG" | grep -o '[0-9]*$')
echo "App on :$PORT (pid $APP), embedded PostgreSQL on :$DB_PORT; $LEARNERS learners for ${HOLD}s"
status=0
./mvnw -B -q -f load/pom.xml gatling:test -DbaseUrl="http://localhost:$PORT" -Dlearners="$LEARNERS" \
  -DholdSeconds="$HOLD" -Ddb.url="jdbc:postgresql://localhost:$DB_PORT/postgres" -Ddb.user=postgres \
  -Ddb.password="$(cat "$DATA/tensortrail-db-password")" ${GATLING_OPTS:-} || status=$?
python3 load/summary.py || true
exit $status

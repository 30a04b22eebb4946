#!/usr/bin/env bash
# Two production jars behind HAProxy (cookie persistence) sharing one PostgreSQL, the load test
# through it, and one node stopped half-way. Learners on the stopped node are sent to the other
# (and must sign in again); nothing confirmed may be lost: the lesson completions and graded
# attempts in the database are set against the ones the load test saw confirmed.
#   load/two-nodes.sh [learners] [holdSeconds]      (needs haproxy: apt-get install haproxy)
# Node 1 runs the embedded PostgreSQL (as `./mvnw` does) and node 2 shares it through DB_URL, so
# no PostgreSQL server needs installing; node 2 is the one stopped (SIGTERM, a graceful stop).
set -euo pipefail
cd "$(dirname "$0")/.."
source load/lib.sh
LEARNERS="${1:-200}"
HOLD="${2:-240}"
command -v haproxy > /dev/null || { echo "haproxy is not installed: apt-get install -y haproxy" >&2; exit 1; }
JAR=$(production_jar)
PIDS=()
cleanup() { for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true; }
trap cleanup EXIT

start_app 8101 node-1; PIDS+=("$APP_PID"); NODE1=$APP_PID
embedded_db_of node-1
DB_URL="$DB_JDBC" start_app 8102 node-2 DB_URL="$DB_JDBC" DB_USER=postgres DB_PASSWORD="$DB_PASS"
PIDS+=("$APP_PID"); NODE2=$APP_PID

cat > target/load/haproxy.cfg <<CFG
global
    maxconn 4000
defaults
    mode http
    timeout connect 5s
    timeout client 120s
    timeout server 120s
    option redispatch
    retries 2
frontend tensortrail
    bind 127.0.0.1:8100
    default_backend nodes
backend nodes
    balance roundrobin
    cookie NODE insert indirect nocache httponly
    option httpchk GET /actuator/health/readiness
    server node-1 127.0.0.1:8101 check inter 1s fall 2 cookie node-1
    server node-2 127.0.0.1:8102 check inter 1s fall 2 cookie node-2
CFG
haproxy -f target/load/haproxy.cfg -db > target/load/haproxy.log 2>&1 &
PIDS+=("$!")
sleep 2
kill -0 "${PIDS[-1]}" 2>/dev/null || { echo "HAProxy did not start:"; cat target/load/haproxy.log; exit 1; }
echo "HAProxy on :8100 -> node 1 :8101 (pid $NODE1, embedded PostgreSQL), node 2 :8102 (pid $NODE2)"

status=0
./mvnw -B -q -f load/pom.xml gatling:test -DbaseUrl=http://localhost:8100 -Dlearners="$LEARNERS" \
  -DholdSeconds="$HOLD" -DallowErrors=true -Ddb.url="$DB_JDBC" -Ddb.user=postgres -Ddb.password="$DB_PASS" \
  ${GATLING_OPTS:-} > target/load/two-nodes-gatling.log 2>&1 &
GATLING=$!
RAMP=$(grep -o 'rampSeconds=[0-9]*' <<< "${GATLING_OPTS:-}" | grep -o '[0-9]*$' || echo 60)
sleep $(( RAMP + HOLD / 2 ))
echo "$(date -u +%T) stopping node 2"
kill -TERM "$NODE2"
wait "$NODE2" 2>/dev/null || true
echo "$(date -u +%T) node 2 stopped"
wait $GATLING || status=$?
python3 load/summary.py > target/load/two-nodes-summary.md || true
cat target/load/two-nodes-summary.md
grep '^SAVED' target/load/two-nodes-gatling.log || true
CONFIRMED_COMPLETIONS=$(grep '^| mark the lesson complete ' target/load/two-nodes-summary.md | awk -F'|' '{print $3 - $4}')
CONFIRMED_GRADED=$(grep '^| confirm the submission ' target/load/two-nodes-summary.md | awk -F'|' '{print $3 - $4}')
echo "CONFIRMED lesson completions ${CONFIRMED_COMPLETIONS:-?}, graded attempts ${CONFIRMED_GRADED:-?}"
echo "(saved must be at least confirmed: a save whose answer was cut by the stop may be saved but not confirmed)"

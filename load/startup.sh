#!/usr/bin/env bash
# Start-up time, side by side with Spring PetClinic: seconds from `java -jar` to the first served
# page (TensorTrail's sign-in page, PetClinic's home page), each run several times alternately.
#   load/startup.sh <petclinic.jar> [runs]      (runs default 5; the first of each is a warm-up, dropped)
# TensorTrail is measured on its embedded PostgreSQL (data folder kept between runs, as `./mvnw`
# does) and on an external PostgreSQL (the embedded one of a helper instance on port 8099).
# When load/aot-cache.sh has built target/load/aot/, TensorTrail is also measured with its JDK AOT cache.
set -euo pipefail
cd "$(dirname "$0")/.."
source load/lib.sh
PETCLINIC="${1:?path to the PetClinic jar}"
RUNS="${2:-5}"
JAR=$(production_jar)
TT_JAR="${TT_JAR:-$JAR}"   # e.g. the extracted jar of load/aot-cache.sh, with APP_JAVA_OPTS=-XX:AOTCache=...
mkdir -p target/load

# seconds from start to the first 200 on $2; the app is stopped afterwards
time_to_first_page() {
  local url=$1; shift
  local start end pid
  start=$(date +%s.%N)
  "$@" > target/load/startup-run.log 2>&1 &
  pid=$!
  until curl -sf -o /dev/null "$url"; do
    kill -0 $pid 2>/dev/null || { echo "failed: $*" >&2; tail -20 target/load/startup-run.log >&2; return 1; }
    sleep 0.05
  done
  end=$(date +%s.%N)
  kill $pid; wait $pid 2>/dev/null || true
  echo "$end - $start" | bc
}

# the external database: a TensorTrail instance's embedded PostgreSQL
DEMO_COHORT_SIZE=0 start_app 8099 startup-db
DBHOST_PID=$APP_PID
trap 'kill $DBHOST_PID 2>/dev/null; wait $DBHOST_PID 2>/dev/null || true' EXIT
embedded_db_of startup-db
EMBEDDED_DIR=target/load/startup-embedded-db
rm -rf "$EMBEDDED_DIR"

AOT_JAR="target/load/aot/$(basename "$JAR")"
AOT_CACHE=target/load/aot/app.aot
[ -f "$AOT_CACHE" ] && [ -f "$AOT_JAR" ] && HAVE_AOT=1 || HAVE_AOT=0
declare -A samples
measure() {   # measure <key> <url> <command...>
  local key=$1; shift
  local t
  t=$(time_to_first_page "$@")
  [ "$run" -gt 0 ] && samples[$key]+="$t "
  line+=" $key=${t}s"
}
for run in $(seq 0 "$RUNS"); do
  line="run $run:"
  measure embedded http://localhost:8091/login env PORT=8091 EMBEDDED_DB_DIR="$EMBEDDED_DIR" DEMO_COHORT_SIZE=0 \
    java ${APP_JAVA_OPTS:-} -jar "$TT_JAR"
  measure external http://localhost:8092/login env PORT=8092 DB_URL="$DB_JDBC" DB_USER=postgres DB_PASSWORD="$DB_PASS" \
    java ${APP_JAVA_OPTS:-} -jar "$TT_JAR"
  if [ "$HAVE_AOT" = 1 ]; then
    measure embedded-aot http://localhost:8091/login env PORT=8091 EMBEDDED_DB_DIR="$EMBEDDED_DIR" DEMO_COHORT_SIZE=0 \
      java -XX:AOTCache="$AOT_CACHE" -jar "$AOT_JAR"
    measure external-aot http://localhost:8092/login env PORT=8092 DB_URL="$DB_JDBC" DB_USER=postgres \
      DB_PASSWORD="$DB_PASS" java -XX:AOTCache="$AOT_CACHE" -jar "$AOT_JAR"
  fi
  measure petclinic http://localhost:8093/ java -jar "$PETCLINIC" --server.port=8093
  echo "$line"
done
median() { tr ' ' '\n' <<< "$1" | grep . | sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
P=$(median "${samples[petclinic]}")
summary="SUMMARY start-up to first page, median of $RUNS (PetClinic ${P}s):"
for key in embedded external embedded-aot external-aot; do
  [ -n "${samples[$key]:-}" ] || continue
  m=$(median "${samples[$key]}")
  summary+=" TensorTrail $key ${m}s (ratio $(echo "scale=2; $m / $P" | bc));"
done
echo "$summary"

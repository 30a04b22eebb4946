# Shared by the load scripts: build the production jar if needed, start it on a fresh embedded
# PostgreSQL (or on DB_URL when set), wait until it is ready.
JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
export JAVA_HOME PATH="$JAVA_HOME/bin:$PATH"

production_jar() {
  local jar
  jar=$(ls target/tensortrail-*.jar 2>/dev/null | grep -v original | head -1 || true)
  if [ -z "$jar" ] || ! unzip -p "$jar" META-INF/VAADIN/config/flow-build-info.json 2>/dev/null | grep -q '"productionMode" *: *true'; then
    ./mvnw -B -q -Pproduction -DskipTests package >&2
    jar=$(ls target/tensortrail-*.jar | grep -v original | head -1)
  fi
  echo "$jar"
}

# start_app <port> <name> [extra env...]: sets APP_PID; data in target/load/<name>
start_app() {
  local port=$1 name=$2; shift 2
  mkdir -p target/load
  local log="target/load/$name.log"
  if [ -z "${DB_URL:-}" ]; then
    rm -rf "target/load/$name-db"
    env PORT="$port" EMBEDDED_DB_DIR="target/load/$name-db" DEMO_COHORT_SIZE="${DEMO_COHORT_SIZE:-300}" "$@" \
      java ${APP_JAVA_OPTS:--Xmx1g} -jar "$JAR" > "$log" 2>&1 &
  else
    env PORT="$port" DEMO_DATA=true DEMO_COHORT_SIZE="${DEMO_COHORT_SIZE:-300}" "$@" \
      java ${APP_JAVA_OPTS:--Xmx1g} -jar "$JAR" > "$log" 2>&1 &
  fi
  APP_PID=$!
  for _ in $(seq 1 300); do
    curl -sf "http://localhost:$port/actuator/health/readiness" > /dev/null && return 0
    kill -0 $APP_PID 2>/dev/null || { echo "$name stopped during start-up, see $log" >&2; return 1; }
    sleep 1
  done
  echo "$name did not become ready, see $log" >&2
  return 1
}

# the embedded database of an app started by start_app: sets DB_JDBC and DB_PASS
embedded_db_of() {
  local name=$1 port
  port=$(grep -o 'embedded PostgreSQL on port [0-9]*' "target/load/$name.log" | grep -o '[0-9]*$')
  DB_JDBC="jdbc:postgresql://localhost:$port/postgres"
  DB_PASS=$(cat "target/load/$name-db/tensortrail-db-password")
}

# used heap in KB after a full GC
heap_after_gc() {
  jcmd "$1" GC.run > /dev/null
  sleep 2
  jcmd "$1" GC.run > /dev/null
  jcmd "$1" GC.heap_info | grep -o 'used [0-9]*K' | head -1 | grep -o '[0-9]*'
}

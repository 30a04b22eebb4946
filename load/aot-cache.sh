#!/usr/bin/env bash
# Builds a JDK AOT cache (JEP 483/514/515, JDK 25+) for the production jar: extracts the jar (the
# cache needs plain jars on the class path), then runs the app once to refresh and records what it
# loaded and linked. Start it with the cache:
#   java -XX:AOTCache=target/load/aot/app.aot -jar target/load/aot/tensortrail-<version>.jar
# The cache is only valid for the same JDK and the same jars: rebuild it with every release.
set -euo pipefail
cd "$(dirname "$0")/.."
source load/lib.sh
JAR=$(production_jar)
OUT=target/load/aot
rm -rf "$OUT" && mkdir -p "$OUT"
java -Djarmode=tools -jar "$JAR" extract --destination "$OUT" > /dev/null
APP="$OUT/$(basename "$JAR")"
# the training run: embedded PostgreSQL in a throwaway folder, exits once the context is refreshed
EMBEDDED_DB_DIR="$OUT/training-db" DEMO_COHORT_SIZE=0 PORT=0 \
  java -XX:AOTCacheOutput="$OUT/app.aot" -Dspring.context.exit=onRefresh -jar "$APP" > "$OUT/training.log" 2>&1
rm -rf "$OUT/training-db"
ls -la "$OUT/app.aot"
echo "start with: java -XX:AOTCache=$OUT/app.aot -jar $APP"

#!/usr/bin/env bash
# The open data benchmark of issue 6 against the local stack, through the gateway: a dataset of a million rows
# (the ideas of benchmarks/ideation-load, loaded through ideation and carried to open data by its events) exported
# as CSV, gzipped CSV and JSON; throughput (MB/s) and the open data service's heap growth during each export.
#   benchmarks/opendata-export/run.sh [--rows N]            (default 1,000,000)
# The downloads wait until every consumer of the stack is idle, at most REMACTO_BENCHMARK_IDLE_WAIT_MINUTES (10).
# The MongoDB-wire server's H2 file store fails near a million documents, so the stack runs with its store in
# memory (REMACTO_MONGO_STORE=memory, reset first). Writes benchmarks/opendata-export/REPORT.md.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
# A JDK >= 21 for the build and the client (the launcher finds its own), as ./remacto does.
if [ -z "${JAVA_HOME:-}" ]; then
  for candidate in /usr/lib/jvm/*; do
    if [ -x "$candidate/bin/javac" ] && "$candidate/bin/java" -version 2>&1 | grep -Eq 'version "(2[1-9]|[3-9][0-9])'; then
      export JAVA_HOME="$candidate"
    fi
  done
fi
ROWS=1000000
if [ "${1:-}" = "--rows" ]; then ROWS="$2"; fi
export REMACTO_MONGO_STORE="${REMACTO_MONGO_STORE:-memory}"
export REMACTO_MONGO_HEAP="${REMACTO_MONGO_HEAP:-12g}"
export REMACTO_SERVICE_JVM_OPTS="${REMACTO_SERVICE_JVM_OPTS:--XX:+UseParallelGC -Xss512k}"
./mvnw -q -B install -DskipTests -Dmaven.jar.forceCreation=true
./remacto down >/dev/null
if [ "$REMACTO_MONGO_STORE" = memory ]; then ./remacto reset --yes >/dev/null; fi
./remacto up >/dev/null
JAVA="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java"
# The rows: synthetic ideas through ideation's workshop batches (no searches, no submissions).
./mvnw -q -B -f benchmarks/ideation-load/pom.xml package dependency:build-classpath -Dmdep.outputFile=target/classpath.txt
"$JAVA" -cp "benchmarks/ideation-load/target/classes:$(cat benchmarks/ideation-load/target/classpath.txt)" \
  ma.remacto.benchmarks.load.LoadBenchmark --ideas "$ROWS" --members 1677 --phases load \
  --report benchmarks/opendata-export/target/load.md
./mvnw -q -B -f benchmarks/opendata-export/pom.xml package dependency:build-classpath -Dmdep.outputFile=target/classpath.txt
exec "$JAVA" -cp "benchmarks/opendata-export/target/classes:$(cat benchmarks/opendata-export/target/classpath.txt)" \
  ma.remacto.benchmarks.opendata.ExportBenchmark --rows "$ROWS" --pid "$(cat .run/opendata.pid)" \
  --idle-wait-minutes "${REMACTO_BENCHMARK_IDLE_WAIT_MINUTES:-10}"

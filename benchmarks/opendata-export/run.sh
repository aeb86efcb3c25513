#!/usr/bin/env bash
# The open data benchmark of issue 6 against the local stack, through the gateway: a dataset of a million rows
# (ideas published on ideation's topic as ideation publishes them, carried into open data by its subscription)
# exported as CSV, gzipped CSV and JSON; throughput (MB/s) and the open data service's heap growth during each export.
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
MEMBERS="${REMACTO_BENCHMARK_MEMBERS:-100}"
export REMACTO_MONGO_STORE="${REMACTO_MONGO_STORE:-memory}"
export REMACTO_MONGO_HEAP="${REMACTO_MONGO_HEAP:-14g}"
export REMACTO_SERVICE_JVM_OPTS="${REMACTO_SERVICE_JVM_OPTS:--XX:+UseParallelGC -Xss512k}"
# The export path only: Kafka and the MongoDB-wire server, open data, the gateway. The services that would keep a copy
# of every idea (ideation, search, members, projects) are not started: the local MongoDB-wire server holds all data
# in its heap, and a million ideas in each of them do not fit in this machine's memory. The gateway routes nothing else.
export REMACTO_ONLY="opendata gateway"
for name in IDENTITY MEMBERS IDEATION SEARCH PROJECTS CONSULTATIONS PETITIONS PORTAL; do
  export "REMACTO_GATEWAY_SERVICES_${name}_ENABLED=false"
done
./mvnw -q -B install -DskipTests
./remacto down >/dev/null
if [ "$REMACTO_MONGO_STORE" = memory ]; then ./remacto reset --yes >/dev/null; fi
./remacto up >/dev/null
JAVA="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java"
./mvnw -q -B -f benchmarks/opendata-export/pom.xml package dependency:build-classpath -Dmdep.outputFile=target/classpath.txt
CLASSPATH_="benchmarks/opendata-export/target/classes:$(cat benchmarks/opendata-export/target/classpath.txt)"
# The rows: N ideas of M synthetic communes, published on ideation's topic as ideation publishes them.
"$JAVA" -cp "$CLASSPATH_" ma.remacto.benchmarks.opendata.PublishIdeaEvents --ideas "$ROWS" --members "$MEMBERS"
exec "$JAVA" -cp "$CLASSPATH_" ma.remacto.benchmarks.opendata.ExportBenchmark --rows "$ROWS" \
  --pid "$(cat .run/opendata.pid)" --idle-wait-minutes "${REMACTO_BENCHMARK_IDLE_WAIT_MINUTES:-10}"

#!/usr/bin/env bash
# The ideation/search benchmark of issue 3 against the local stack (started if needed), through the
# gateway. Writes benchmarks/ideation-load/REPORT.md.
#   benchmarks/ideation-load/run.sh [--ideas N] [--members M] [--queries Q] [--submit-seconds S] [--clients C] [--load skip]
# Defaults: 1,000,000 ideas across 1,677 members, 2,000 queries, 60 s of submissions by 32 clients.
# Synthetic data stays in the stack's data directory: `./remacto reset` removes it.
# Past about a million ideas the H2 file of the local MongoDB-wire server gives up (see REPORT.md); run with
# REMACTO_MONGO_STORE=memory REMACTO_MONGO_HEAP=12g to keep the store in memory (the stack is reset first).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
# Throughput is measured with the services' server JIT and larger heaps for the local MongoDB-wire server and
# Elasticsearch (a million ideas), not with the launcher's quick-start laptop profile: the stack is restarted
# with these settings (its data is kept). Override any of them from the environment.
export REMACTO_SERVICE_JVM_OPTS="${REMACTO_SERVICE_JVM_OPTS:--XX:+UseParallelGC -Xss512k}"
export REMACTO_MONGO_HEAP="${REMACTO_MONGO_HEAP:-1g}"
export REMACTO_ES_HEAP="${REMACTO_ES_HEAP:-1g}"
# The gateway's rate limits would refuse a load test from one address: measured without them.
export REMACTO_GATEWAY_RATE_LIMITS_ENABLED="${REMACTO_GATEWAY_RATE_LIMITS_ENABLED:-false}"
# Build first (jars re-created even when a module's own classes did not change, so a changed platform library
# reaches every service), then restart the stack on them.
./mvnw -q -B install -DskipTests -Dmaven.jar.forceCreation=true
./remacto down >/dev/null
if [ "${REMACTO_MONGO_STORE:-h2}" = memory ]; then
  # A memory-only MongoDB store starts empty: the search index and Kafka topics of an earlier run would disagree with it.
  ./remacto reset --yes >/dev/null
fi
./remacto up >/dev/null
./mvnw -q -B -f benchmarks/ideation-load/pom.xml package dependency:build-classpath -Dmdep.outputFile=target/classpath.txt
JAVA="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java"
exec "$JAVA" -cp "benchmarks/ideation-load/target/classes:$(cat benchmarks/ideation-load/target/classpath.txt)" \
  ma.remacto.benchmarks.load.LoadBenchmark "$@"

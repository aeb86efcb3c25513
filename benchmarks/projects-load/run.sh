#!/usr/bin/env bash
# The projects benchmark of issue 4 against the local stack (started if needed), through the gateway:
# a synthetic member with 50 projects × 20 activities, then the plan's progress roll-up and the listings.
#   benchmarks/projects-load/run.sh [--projects N] [--activities A] [--requests R] [--clients C]
# Defaults: 50 projects, 20 activities each, 1,000 measured requests per endpoint, 1 and 8 clients.
# Writes benchmarks/projects-load/REPORT.md. Each run adds one synthetic member (`synthetic-projects-…`) to the
# stack's data; `./remacto reset` removes it.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
# The services run with the server JIT, as production images run them, not the launcher's quick-start profile.
export REMACTO_SERVICE_JVM_OPTS="${REMACTO_SERVICE_JVM_OPTS:--XX:+UseParallelGC -Xss512k}"
# The gateway's rate limits would refuse a load test from one address: measured without them.
export REMACTO_GATEWAY_RATE_LIMITS_ENABLED="${REMACTO_GATEWAY_RATE_LIMITS_ENABLED:-false}"
./mvnw -q -B install -DskipTests -Dmaven.jar.forceCreation=true
./remacto down >/dev/null
./remacto up >/dev/null
./mvnw -q -B -f benchmarks/projects-load/pom.xml package dependency:build-classpath -Dmdep.outputFile=target/classpath.txt
JAVA="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java"
exec "$JAVA" -cp "benchmarks/projects-load/target/classes:$(cat benchmarks/projects-load/target/classpath.txt)" \
  ma.remacto.benchmarks.projects.ProjectsBenchmark "$@"

#!/usr/bin/env bash
# The ideation/search benchmark of issue 3 against the local stack (started if needed), through the
# gateway. Writes benchmarks/ideation-load/REPORT.md.
#   benchmarks/ideation-load/run.sh [--ideas N] [--members M] [--queries Q] [--submit-seconds S] [--clients C]
# Defaults: 1,000,000 ideas across 1,677 members, 2,000 queries, 60 s of submissions by 32 clients.
# Synthetic data stays in the stack's data directory: `./remacto reset` removes it.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
./remacto up >/dev/null
./mvnw -q -B install -DskipTests
./mvnw -q -B -f benchmarks/ideation-load/pom.xml package dependency:build-classpath -Dmdep.outputFile=target/classpath.txt
JAVA="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java"
exec "$JAVA" -cp "benchmarks/ideation-load/target/classes:$(cat benchmarks/ideation-load/target/classpath.txt)" \
  ma.remacto.benchmarks.load.LoadBenchmark "$@"

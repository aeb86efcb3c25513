#!/usr/bin/env bash
# Builds what the search-quality benchmark needs and writes benchmarks/search-quality/REPORT.md.
# Usage: benchmarks/search-quality/run.sh   (from anywhere; extra Maven options in MAVEN_OPTS_EXTRA, e.g. -o)
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
cd "$ROOT"
# 1. the analysis module (and its reactor dependencies) into the local repository
./mvnw -q ${MAVEN_OPTS_EXTRA:-} install -DskipTests -pl services/arabic-analysis -am
# 2. this standalone module: compile, harness tests, run-time classpath (target/classpath.txt)
./mvnw -q ${MAVEN_OPTS_EXTRA:-} -f benchmarks/search-quality/pom.xml verify
# 3. the report
"$JAVA_HOME/bin/java" -cp "$HERE/target/classes:$(cat "$HERE/target/classpath.txt")" \
  ma.remacto.benchmarks.searchquality.SearchQualityReport \
  --dir "$HERE" --demo "$ROOT/services/ideation/src/main/resources/demo"

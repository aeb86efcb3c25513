#!/usr/bin/env bash
# Measures the local stack: cold start of `./remacto up` (fresh data, build already done) and the
# resident memory of every process it started (infrastructure and services, children included).
# Goals from issue 2: up in <= 120 s, <= 6 GiB resident.
#   benchmarks/stack/measure.sh [RUNS]     (default 3; writes benchmarks/stack/REPORT.md)
# The stack must not be running; the run uses its own data directory and stops what it started.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
RUNS="${1:-3}"
REPORT="$ROOT/benchmarks/stack/REPORT.md"
export REMACTO_RUN_DIR="$ROOT/.run-benchmark"

descendants() { local c; for c in $(ps -o pid= --ppid "$1" 2>/dev/null); do echo "$c"; descendants "$c"; done; }

rss_mib() {
  local total=0 pid p r
  for f in "$REMACTO_RUN_DIR"/*.pid; do
    pid="$(cat "$f")"
    for p in "$pid" $(descendants "$pid"); do
      r="$(ps -o rss= -p "$p" 2>/dev/null | tr -d ' ')"
      total=$((total + ${r:-0}))
    done
  done
  echo $((total / 1024))
}

per_component() {
  local f pid p r total
  for f in "$REMACTO_RUN_DIR"/*.pid; do
    pid="$(cat "$f")"; total=0
    for p in "$pid" $(descendants "$pid"); do
      r="$(ps -o rss= -p "$p" 2>/dev/null | tr -d ' ')"; total=$((total + ${r:-0}))
    done
    printf '| %s | %d |\n' "$(basename "$f" .pid)" $((total / 1024))
  done
}

"$ROOT/remacto" status >/dev/null 2>&1 || true
if curl -fs -o /dev/null http://127.0.0.1:8080/actuator/health/liveness; then
  echo "something already listens on 8080: stop the stack first (./remacto down)" >&2; exit 1
fi
(cd "$ROOT" && ./mvnw -q -B install -DskipTests)

starts=(); rss=(); rss_settled=()
for i in $(seq 1 "$RUNS"); do
  rm -rf "$REMACTO_RUN_DIR"
  t0=$(date +%s.%N)
  "$ROOT/remacto" up >/dev/null
  t1=$(date +%s.%N)
  starts+=("$(awk -v a="$t0" -v b="$t1" 'BEGIN {print b - a}')")
  rss+=("$(rss_mib)")
  # Load the platform a little so lazily initialised code is resident too, then measure again.
  for _ in $(seq 1 200); do curl -fs -o /dev/null "http://localhost:8080/api/members?size=50"; done
  sleep 5
  rss_settled+=("$(rss_mib)")
  [ "$i" = "$RUNS" ] && components="$(per_component)"
  "$ROOT/remacto" down >/dev/null
done
rm -rf "$REMACTO_RUN_DIR"

{
  echo "# Local stack: cold start and memory"
  echo
  echo "Measured $(date -u +%Y-%m-%dT%H:%MZ) with \`benchmarks/stack/measure.sh $RUNS\` on $(nproc) cores,"
  echo "$(free -g | awk '/Mem:/ {print $2}') GiB RAM."
  echo "Cold start = \`./remacto up\` on an empty data directory with the build already done, until every"
  echo "component is healthy and the demo data is loaded. Memory = resident set of every process the"
  echo "stack started (children included: Elasticsearch runs under runuser)."
  echo
  echo "| run | cold start (s) | RSS after up (MiB) | RSS after 200 requests (MiB) |"
  echo "|---|---|---|---|"
  for i in $(seq 0 $((RUNS - 1))); do
    printf '| %d | %.1f | %s | %s |\n' $((i + 1)) "${starts[$i]}" "${rss[$i]}" "${rss_settled[$i]}"
  done
  echo
  echo "Goals: up in <= 120 s, <= 6144 MiB."
  echo
  echo "Per component (last run, after requests):"
  echo
  echo "| component | RSS (MiB) |"
  echo "|---|---|"
  echo "$components"
} >"$REPORT"
cat "$REPORT"

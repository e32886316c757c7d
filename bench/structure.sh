#!/usr/bin/env bash
# Benchmark: what dockci:structure adds to one container's verify.
# Runs `./mvnw verify` of x3-webdav (with the plugin built in the same reactor, so that no install is needed;
# its unit tests and failsafe's ITs skipped: they cost the same with and without) RUNS times with
# -Ddockci.structure.skip=true and RUNS times without, alternating, and prints the medians, their difference,
# and the goal's own time as it logs it. Needs the build environment (scripts/build-env.sh).
# Usage: bench/structure.sh [RUNS]; Maven options (e.g. -Dmaven.repo.local=...) through MAVEN_ARGS.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
log=$(mktemp)
trap 'rm -f "$log"' EXIT
maven() {
  ./mvnw -B -o -pl dockci-maven-plugin,containers/x3-webdav verify -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false \
    -Dinvoker.skip -DskipITs ${MAVEN_ARGS:-} "$@" >"$log" 2>&1 || { cat "$log"; exit 1; }
}
seconds() { local start end; start=$(date +%s.%N); "$@"; end=$(date +%s.%N); echo "$end - $start" | bc -l; }
median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

maven # warm-up: image layers cached, classes and files hot
without=() with=() goal=()
for _ in $(seq "$runs"); do
  without+=("$(seconds maven -Ddockci.structure.skip=true)")
  with+=("$(seconds maven)")
  goal+=("$(sed -n 's/.*x3-webdav: [0-9]* structure tests, [0-9]* failed (\([0-9]*\) ms).*/\1/p' "$log")")
done
w=$(printf '%s\n' "${with[@]}" | median)
n=$(printf '%s\n' "${without[@]}" | median)
g=$(printf '%s\n' "${goal[@]}" | median)
printf 'x3-webdav verify, medians of %d runs (load %s)\n' "$runs" "$(cut -d' ' -f1 /proc/loadavg)"
printf '  without structure tests   %6.2f s\n' "$n"
printf '  with structure tests      %6.2f s\n' "$w"
printf '  structure tests add       %6.2f s  (target < 3 s; the goal itself logs %.2f s)\n' "$(echo "$w - $n" | bc -l)" \
  "$(echo "$g / 1000" | bc -l)"

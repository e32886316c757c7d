#!/usr/bin/env bash
# Benchmark: dockci:lint.
# 1. Throughput, in one JVM pinned to one core, on one thread, after a fixed warm-up counted in the JVM's CPU
#    time (the JIT compilers' included, so that a loaded machine makes it longer in wall time rather than
#    shorter for the JIT; rules were still being compiled after 30 s of it): lints 500 real-sized Dockerfiles (2-6 KB, long multi-line RUNs, the shape
#    of Docker's official Debian-based images; generated from a fixed seed by OfficialShapedDockerfiles, one
#    folder each) and prints files/s with ShellCheck off, then with ShellCheck on (one shellcheck process per
#    file: its start dominates), parsing alone, and the test corpus' tiny files. Each rate is given per second
#    of the lint thread's CPU time (files per CPU-second: what the code costs, which other work on the machine
#    disturbs least), of the process's CPU time (the JIT and GC added) and of wall time (files/s as a user
#    waits for them, which a loaded machine lowers).
# 2. What dockci:lint adds to one module's build: median wall time of `./mvnw -o -pl
#    containers/x3-webdav validate` with and without -Ddockci.lint.skip.
# Usage: bench/lint.sh [RUNS]   (RUNS: builds timed in 2, default 5)
#   WARMUP=60 MEASURE=10 FILES=500: the warm-up in seconds of the JVM's CPU time, the wall time measured per
#   figure in seconds, the file count.
#   THROUGHPUT_ONLY=1 skips 2, which needs the plugin installed once (./mvnw install).
#   Maven options (e.g. -Dmaven.repo.local=...) through MAVEN_ARGS.
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${1:-5}
plugin=dockci-maven-plugin

./mvnw -B -q -o -pl "$plugin" test-compile
classpath=$(mktemp)
trap 'rm -f "$classpath"' EXIT
./mvnw -B -q -pl "$plugin" dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$classpath"
one_core() { if command -v taskset >/dev/null; then taskset -c 0 "$@"; else "$@"; fi; }
echo "load before: $(uptime | sed 's/.*load average/load average/')"
one_core java -cp "$plugin/target/classes:$plugin/target/test-classes:$(cat "$classpath")" \
  org.dockci.bench.LintThroughput "$plugin/src/test/resources/corpus/valid" "${WARMUP:-60}" "${MEASURE:-10}" \
  "${FILES:-500}"
echo "load after: $(uptime | sed 's/.*load average/load average/')"
[[ ${THROUGHPUT_ONLY:-0} == 1 ]] && exit 0

now() { date +%s.%N; }
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
timed() { local start; start=$(now); "$@" >/dev/null; echo "$(now) - $start" | bc; }
validate() { ./mvnw -B -q -o -pl containers/x3-webdav validate "$@"; }

validate # warm-up
with=() without=()
for _ in $(seq "$RUNS"); do
  with+=("$(timed validate)")
  without+=("$(timed validate -Ddockci.lint.skip)")
done
w=$(printf '%s\n' "${with[@]}" | median)
wo=$(printf '%s\n' "${without[@]}" | median)
printf 'x3-webdav validate, median of %d: with lint %.2f s, without %.2f s, lint adds %.2f s\n' \
  "$RUNS" "$w" "$wo" "$(echo "$w - $wo" | bc -l)"

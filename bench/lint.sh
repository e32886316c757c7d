#!/usr/bin/env bash
# Benchmark: dockci:lint.
# 1. Throughput: lints a corpus of at least 1,000 Dockerfiles (the test corpus' valid files, copied
#    over) in one JVM pinned to one core, after warm-up; prints files/s.
# 2. What dockci:lint adds to one module's build: median wall time of `./mvnw -o -pl
#    containers/x3-webdav validate` with and without -Ddockci.lint.skip.
# Usage: bench/lint.sh [RUNS]   (needs ./mvnw install done once, for the plugin and the classpath)
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${1:-5}
plugin=dockci-maven-plugin

./mvnw -B -q -o -pl "$plugin" test-compile
classpath=$(mktemp)
trap 'rm -f "$classpath"' EXIT
./mvnw -B -q -pl "$plugin" dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$classpath"
one_core() { if command -v taskset >/dev/null; then taskset -c 0 "$@"; else "$@"; fi; }
one_core java -cp "$plugin/target/classes:$plugin/target/test-classes:$(cat "$classpath")" \
  org.dockci.bench.LintThroughput "$plugin/src/test/resources/corpus/valid" 1000 "$RUNS"

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

#!/usr/bin/env bash
# Profile of dockci:lint with ShellCheck off: runs bench/lint.sh's throughput benchmark under Java Flight
# Recorder, recording only the measured phase of the ShellCheck-off figure (after the warm-up), and prints the
# top frames (bench/jfr-top-frames.py).
# Usage: bench/lint-profile.sh [TOP]   WARMUP=60 MEASURE=20 as in bench/lint.sh; MAVEN_ARGS for Maven options;
#   RECORDING=file.jfr keeps the recording there.
set -euo pipefail
cd "$(dirname "$0")/.."
plugin=dockci-maven-plugin
warmup=${WARMUP:-60}
measure=${MEASURE:-20}

./mvnw -B -q -o -pl "$plugin" test-compile
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
./mvnw -B -q -pl "$plugin" dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$work/classpath"
one_core() { if command -v taskset >/dev/null; then taskset -c 0 "$@"; else "$@"; fi; }
echo "load before: $(uptime | sed 's/.*load average/load average/')"
one_core java "-Ddockci.bench.recording=$work/lint.jfr" \
  -cp "$plugin/target/classes:$plugin/target/test-classes:$(cat "$work/classpath")" \
  org.dockci.bench.LintThroughput "$plugin/src/test/resources/corpus/valid" "$warmup" "$measure" 2>&1 \
  | grep -v '^\[' | head -4
echo "load after: $(uptime | sed 's/.*load average/load average/')"
bench/jfr-top-frames.py "$work/lint.jfr" "${1:-25}"
if [[ -n ${RECORDING:-} ]]; then cp "$work/lint.jfr" "$RECORDING"; fi

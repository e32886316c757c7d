#!/usr/bin/env bash
# Benchmark: the user's pipeline, stage by stage, for the three pushes of an everyday week (issue 11):
# the first push (two containers released), a push of the release commits only (nothing changed), one line
# changed in x3-webdav; then x3-webdav built, run, checked and pushed by hand with the docker CLI.
# Runs the Jenkinsfile's sh steps on Jenkins-like work trees of a repository made from this checkout's
# committed HEAD, with a registry of its own (never localhost:5000). See PipelineBench's javadoc.
# BENCH_LOG_DIR keeps the log of each step, a folder per push, with every Maven line timed after the first push (the
# release's forked builds included): where the time of a stage goes.
# Usage: bench/pipeline.sh   (needs scripts/build-env.sh; takes several minutes)
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d /tmp/dockci-bench-pipeline.XXXXXX)
trap 'rm -rf "$work"' EXIT
./mvnw -B -q -pl pipeline-tests test-compile
classpath="$work/classpath"
./mvnw -B -q -pl pipeline-tests dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$classpath"
java -cp "pipeline-tests/target/test-classes:$(cat "$classpath")" org.dockci.pipeline.PipelineBench "$work"

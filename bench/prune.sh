#!/usr/bin/env bash
# Benchmark: a dry run of dockci:prune on a registry holding 1,000 tags (target < 10 s).
# Starts Debian's docker-registry (scripts/build-env.sh installs it) on a free port of 127.0.0.1 with its storage in
# a temporary folder, fills it through the HTTP API (bench/prune-fill.py: 4 repositories of 250 tags: a release and
# its moving tags, the branch tag main, 245 candidates each an image of its own, dated by its commit), next to a git
# clone whose origin/main holds the candidates' commits; then times RUNS dry runs of
#   mvnw org.dockci:dockci-maven-plugin:<version>:prune -Ddockci.registry=127.0.0.1:<port> -Ddockci.namespace=bench
# run in that clone, outside any project (the images are the registry's catalog under the namespace), and prints the
# median wall time, the fastest, what the goal decided, the CPU time of Maven and of the registry, and the same Maven
# run with the goal skipped (what the JVM and Maven cost alone). Registry and folders are removed at the end, also on
# failure. The plugin measured is this checkout's, installed into a local repository of the bench's own, chained
# before ~/.m2 (only read).
# Usage: bench/prune.sh [RUNS]        Environment: BENCH_TAGS (1000), BENCH_REPOS (4)
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
runs=${1:-5}
tags=${BENCH_TAGS:-1000}
repos=${BENCH_REPOS:-4}
target=10
work=$(mktemp -d "${TMPDIR:-/tmp}/dockci-bench-prune.XXXXXX")
registry_pid=
cleanup() {
  if [ -n "$registry_pid" ]; then kill "$registry_pid" 2>/dev/null || true; wait "$registry_pid" 2>/dev/null || true; fi
  [ -n "${BENCH_KEEP:-}" ] || rm -rf "$work"
}
trap cleanup EXIT

version=$(sed -n 's:^  <version>\(.*\)</version>:\1:p' pom.xml | head -1)
m2=(-Dmaven.repo.local="$work/m2" -Dmaven.repo.local.tail="${BENCH_M2_TAIL:-$HOME/.m2/repository}")
echo "prune bench: installing dockci-maven-plugin $version of this checkout ($(git rev-parse --short HEAD)) into $work/m2"
./mvnw -B -q -o install -pl .,dockci-maven-plugin -Dmaven.test.skip=true -Dinvoker.skip "${m2[@]}" >"$work/install.log" 2>&1 \
  || ./mvnw -B -q install -pl .,dockci-maven-plugin -Dmaven.test.skip=true -Dinvoker.skip "${m2[@]}" >"$work/install.log" 2>&1 \
  || { cat "$work/install.log"; exit 1; }

# origin with enough commits on main for the candidates (one a minute), and the clone the prune runs in
commits=$(( tags / repos ))
git init -q -b main "$work/origin"
{
  for i in $(seq "$commits"); do
    printf 'commit refs/heads/main\ncommitter Bench <bench@dockci.invalid> %d +0000\ndata 9\ncommit %02d\n\n' \
      $(( 1767225600 + 60 * i )) $(( i % 100 ))
  done
} | git -C "$work/origin" fast-import --quiet
git clone -q "$work/origin" "$work/clone"
mkdir -p "$work/clone/.mvn" && cp .mvn/jvm.config "$work/clone/.mvn/"

port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
cat >"$work/registry.yml" <<YAML
version: 0.1
log:
  level: error
storage:
  filesystem:
    rootdirectory: $work/storage
  delete:
    enabled: true
http:
  addr: 127.0.0.1:$port
YAML
docker-registry serve "$work/registry.yml" >"$work/registry.log" 2>&1 &
registry_pid=$!
for _ in $(seq 100); do
  curl -fs "http://127.0.0.1:$port/v2/" >/dev/null && break
  sleep 0.1
done
curl -fs "http://127.0.0.1:$port/v2/" >/dev/null || { cat "$work/registry.log"; echo "prune bench: the registry did not start" >&2; exit 1; }
python3 bench/prune-fill.py "127.0.0.1:$port" bench "$work/clone" --repos "$repos" --tags "$tags"

registry_cpu() { awk '{ print ($14 + $15) / 100 }' "/proc/$registry_pid/stat"; }
prune() {
  (cd "$work/clone" && /usr/bin/time -o "$work/maven.cpu" -f '%U %S' "$root/mvnw" -B "$@" "${m2[@]}" "org.dockci:dockci-maven-plugin:$version:prune" \
    -Ddockci.registry="127.0.0.1:$port" -Ddockci.namespace=bench >"$work/prune.log" 2>&1) \
    || { cat "$work/prune.log"; exit 1; }
}
seconds() { local start end; start=$(date +%s.%N); "$@"; end=$(date +%s.%N); echo "$end - $start" | bc -l; }
median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

prune # warm-up: classes and files hot, and what the plugin needs to run resolved
times=() goal=() maven_cpu=() registry_cpus=()
for _ in $(seq "$runs"); do
  before=$(registry_cpu)
  times+=("$(seconds prune -o)")
  registry_cpus+=("$(echo "$(registry_cpu) - $before" | bc -l)")
  maven_cpu+=("$(awk '{ print $1 + $2 }' "$work/maven.cpu")")
  goal+=("$(sed -n 's/.*dockci:prune: [0-9]* images\?, [0-9]* tags\?, in \([0-9.]*\) s.*/\1/p' "$work/prune.log")")
done
grep -E 'bench/app-[0-9]+: would delete' "$work/prune.log" | sed 's/^\[INFO\] /  /'
listed=$(grep -cE '^\[INFO\]   (delete|keep  ) ' "$work/prune.log" || true)
skip_times=() skip_cpu=()
for _ in $(seq "$runs"); do
  skip_times+=("$(seconds prune -o -Ddockci.prune.skip=true)")
  skip_cpu+=("$(awk '{ print $1 + $2 }' "$work/maven.cpu")")
done
m=$(printf '%s\n' "${times[@]}" | median)
fastest=$(printf '%s\n' "${times[@]}" | sort -n | head -1)
g=$(printf '%s\n' "${goal[@]}" | median)
printf 'dockci:prune dry run, %d tags listed in %d repositories: median %.2f s of %d runs (fastest %.2f s; target < %d s; load %s)\n' \
  "$listed" "$repos" "$m" "$runs" "$fastest" "$target" "$(cut -d' ' -f1 /proc/loadavg)"
printf '  of which the goal itself (reading the registry and git, deciding, prune.json): median %.2f s; the rest is the JVM and Maven\n' "$g"
printf '  CPU, medians: Maven %.2f s (user + system), the registry %.2f s\n' "$(printf '%s\n' "${maven_cpu[@]}" | median)" \
  "$(printf '%s\n' "${registry_cpus[@]}" | median)"
printf '  the same Maven run with -Ddockci.prune.skip=true (JVM, Maven, the plugin loaded, nothing asked): median %.2f s, %.2f s CPU\n' \
  "$(printf '%s\n' "${skip_times[@]}" | median)" "$(printf '%s\n' "${skip_cpu[@]}" | median)"

#!/usr/bin/env bash
# Benchmark: what a security refresh (-Ddockci.changes=refresh) adds to a build in which nothing changed.
# Makes a clone of this repository in which every container is released (a tag <name>-0.9.0 and its image
# built locally as <registry>/dockci-bench/<name>:0.9.0), then times `./mvnw -o initialize` (lint and detect
# of every container) with -Ddockci.changes=auto and with -Ddockci.changes=refresh, median of RUNS, and
# prints the difference per container. Each refresh asks Debian's mirror for the package lists (apt-get
# update in a throwaway container per released image), so the figure depends on the mirror's answer time.
# Usage: bench/refresh.sh [RUNS]   (needs scripts/build-env.sh and one ./mvnw install, for the plugin)
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${1:-3}
namespace=dockci-bench
work=$(mktemp -d /tmp/dockci-bench-refresh.XXXXXX)
images=()
cleanup() {
  [ ${#images[@]} -eq 0 ] || docker rmi --force "${images[@]}" >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT

git clone --quiet . "$work/repo"
cd "$work/repo"
containers=()
for folder in containers/*/; do
  [ -f "$folder/Dockerfile" ] || continue
  name=$(basename "$folder")
  containers+=("$name")
  git tag "$name-0.9.0"
  image="localhost:5000/$namespace/$name:0.9.0"
  docker build --quiet --tag "$image" "$folder" >/dev/null
  images+=("$image")
done
echo "refresh bench: ${#containers[@]} containers released as 0.9.0: ${containers[*]}"

now() { date +%s.%N; }
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
initialize() { ./mvnw -B -o initialize -Ddockci.namespace=$namespace -Ddockci.changes="$1" >"$work/last.log" 2>&1 \
  || { cat "$work/last.log"; exit 1; }; }
timed() { local start; start=$(now); initialize "$1"; echo "$(now) - $start" | bc; }

initialize auto # warm-up
auto=() refresh=()
for _ in $(seq "$RUNS"); do
  auto+=("$(timed auto)")
  refresh+=("$(timed refresh)")
done
grep -E ': (unchanged|refresh).*refresh: ' "$work/last.log" | sed 's/^\[INFO\] /  /' | sort -u || true
a=$(printf '%s\n' "${auto[@]}" | median)
r=$(printf '%s\n' "${refresh[@]}" | median)
n=${#containers[@]}
printf 'initialize of %d unchanged containers, median of %d: auto %.2f s, refresh %.2f s: refresh adds %.2f s, %.2f s per container (target < 15 s)\n' \
  "$n" "$RUNS" "$a" "$r" "$(echo "$r - $a" | bc -l)" "$(echo "($r - $a) / $n" | bc -l)"

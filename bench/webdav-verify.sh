#!/usr/bin/env bash
# Benchmark: what Maven and fabric8 add around the container work.
# Compares a warm `./mvnw verify` of x3-webdav alone (image cached, nothing to download) with the
# same steps done by hand with the docker CLI: build, run, wait until it answers, PUT then GET, remove.
# Prints the median wall time of each over RUNS runs and their ratio, for:
#   same-steps  verify running only the PUT/GET IT (the hand-made steps, one for one)
#   full        verify running all of x3-webdav's ITs (stop, restart on a volume, auth ...)
# Needs the build environment (scripts/build-env.sh). Usage: bench/webdav-verify.sh [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${1:-5}
module=containers/x3-webdav
image=dockci-bench/x3-webdav:bench

now() { date +%s.%N; }
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

by_hand() {
  docker build -q -t "$image" "$module" >/dev/null
  local id port
  id=$(docker run -d -p 127.0.0.1::8080 -e WEBDAV_USERNAME=bench -e WEBDAV_PASSWORD=bench "$image")
  port=$(docker port "$id" 8080/tcp | head -1 | sed 's/.*://')
  until curl -fs -o /dev/null "http://127.0.0.1:$port/-/health"; do sleep 0.02; done
  echo "bench $RANDOM" | curl -fs -o /dev/null -u bench:bench -T - "http://127.0.0.1:$port/bench.txt"
  curl -fs -o /dev/null -u bench:bench "http://127.0.0.1:$port/bench.txt"
  docker rm -f -v "$id" >/dev/null
}

maven() { ./mvnw -B -q -o -pl "$module" verify "$@" >/dev/null; }

timed() { local start; start=$(now); "$@"; echo "$(now) - $start" | bc; }

# Warm-up: dependencies in ~/.m2, image layers in Docker's cache, JIT-free but file caches hot.
./mvnw -B -q -pl "$module" verify >/dev/null
by_hand

hand=() same=() full=()
for _ in $(seq "$RUNS"); do
  hand+=("$(timed by_hand)")
  same+=("$(timed maven -Dit.test='WebdavIT#theUserCan*')")
  full+=("$(timed maven)")
done
docker rmi "$image" >/dev/null

h=$(printf '%s\n' "${hand[@]}" | median)
s=$(printf '%s\n' "${same[@]}" | median)
f=$(printf '%s\n' "${full[@]}" | median)
printf 'x3-webdav, median of %d warm runs\n' "$RUNS"
printf '  by hand (docker CLI: build, run, wait, PUT/GET, rm) %6.2f s\n' "$h"
printf '  ./mvnw verify, same steps (PUT/GET IT only)         %6.2f s  %5.1fx\n' "$s" "$(echo "$s / $h" | bc -l)"
printf '  ./mvnw verify, all ITs                              %6.2f s  %5.1fx\n' "$f" "$(echo "$f / $h" | bc -l)"

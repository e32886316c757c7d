#!/usr/bin/env bash
# x3-webdav built, checked and pushed by hand with the docker CLI and curl, as a careful person would do it without
# dockci: every check of x3-webdav's ITs (WebdavIT, and the graceful stop of StopsGracefully), one for one, then the
# push. bench/pipeline.sh times it against the pipeline for the same change (issue 11's "by hand").
# Usage: bench/webdav-by-hand.sh FOLDER IMAGE   (IMAGE with its registry: 127.0.0.1:5000/me/x3-webdav:by-hand)
# Fails at the first check that does not hold; removes what it started, the image too.
set -euo pipefail
folder=$1
image=$2
run_id="dockci-by-hand-$$"
containers=()
upload="/tmp/$run_id.bin"
clean_up() {
  rm -f "$upload"
  for container in "${containers[@]}"; do docker rm -f -v "$container" >/dev/null 2>&1 || true; done
  docker volume rm -f "$run_id" >/dev/null 2>&1 || true
  docker image rm "$image" >/dev/null 2>&1 || true
}
trap clean_up EXIT
fail() { echo "webdav-by-hand: $*" >&2; exit 1; }

# start NAME [docker run flags]: a container of the image with the credentials, published on a free loopback port
start() {
  local name="$run_id-$1"; shift
  containers+=("$name")
  docker run -d --name "$name" -p 127.0.0.1::8080 -e WEBDAV_USERNAME=u -e WEBDAV_PASSWORD=p "$@" "$image" >/dev/null
  local port
  port=$(docker port "$name" 8080/tcp | head -1 | sed 's/.*://')
  base="http://127.0.0.1:$port"
  for _ in $(seq 600); do curl -fs -o /dev/null "$base/-/health" && return; sleep 0.05; done
  fail "$name did not answer on $base within 30 s"
}
status() { curl -s -o /dev/null -w '%{http_code}' "$@"; }

docker build -q -t "$image" "$folder" >/dev/null

start service
# anonymous requests are refused, with basic auth asked for
[ "$(status "$base/")" = 401 ] || fail "anonymous GET not refused"
curl -s -D - -o /dev/null "$base/" | grep -qi '^WWW-Authenticate: Basic' || fail "401 does not ask for basic auth"
[ "$(status -X PROPFIND "$base/")" = 401 ] || fail "anonymous PROPFIND not refused"
[ "$(status -T /dev/null "$base/anonymous.txt")" = 401 ] || fail "anonymous PUT not refused"
# a wrong password is refused
[ "$(status -u u:wrong "$base/")" = 401 ] || fail "wrong password not refused (GET)"
[ "$(status -u u:wrong -X MKCOL "$base/intruder/")" = 401 ] || fail "wrong password not refused (MKCOL)"
# the user creates, uploads, lists, downloads, moves and deletes
head -c 262144 /dev/urandom > "$upload"
[ "$(status -u u:p -X MKCOL "$base/dir/")" = 201 ] || fail MKCOL
[ "$(status -u u:p -T "$upload" "$base/dir/report.bin")" = 201 ] || fail PUT
curl -fs -u u:p -X PROPFIND -H 'Depth: 1' "$base/dir/" | grep -q /dir/report.bin || fail "PROPFIND does not list the file"
curl -fs -u u:p "$base/dir/report.bin" | cmp -s - "$upload" || fail "GET gives other bytes"
[ "$(status -u u:p -X MOVE -H "Destination: $base/dir/renamed.bin" "$base/dir/report.bin")" = 201 ] || fail MOVE
[ "$(status -u u:p "$base/dir/report.bin")" = 404 ] || fail "the old name answers after MOVE"
[ "$(status -u u:p "$base/dir/renamed.bin")" = 200 ] || fail "the new name does not answer after MOVE"
[ "$(status -u u:p -X DELETE "$base/dir/")" = 204 ] || fail DELETE
[ "$(status -u u:p "$base/dir/renamed.bin")" = 404 ] || fail "something left after DELETE"
# docker stop ends it cleanly within 2 s
docker stop -t 2 "$run_id-service" >/dev/null
[ "$(docker inspect -f '{{.State.ExitCode}}' "$run_id-service")" = 0 ] || fail "not stopped cleanly within 2 s"

# data survives a new container on the same volume
docker volume create "$run_id" >/dev/null
start first -v "$run_id:/var/lib/dav/data"
echo "kept across containers" | curl -fs -o /dev/null -u u:p -T - "$base/kept.txt" || fail "PUT on the volume"
docker stop -t 2 "$run_id-first" >/dev/null
start second -v "$run_id:/var/lib/dav/data"
[ "$(curl -fs -u u:p "$base/kept.txt")" = "kept across containers" ] || fail "the data did not survive a new container"

# without credentials the container refuses to start
open="$run_id-open"
containers+=("$open")
docker run -d --name "$open" "$image" >/dev/null
[ "$(docker wait "$open")" = 64 ] || fail "without credentials it did not exit with 64"
docker logs "$open" 2>&1 | grep -q "no credentials" || fail "without credentials it does not say so"

docker push -q "$image" >/dev/null

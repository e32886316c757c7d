#!/bin/sh
# Frees the disk space of the manifests deleted from x3-registry (by dockci:prune -Ddockci.prune.apply=true):
# stops the registry container, runs Distribution's garbage collection on its volume in a throwaway container of
# the same image (Distribution requires that nothing writes meanwhile), and starts the registry again, also when
# the collection fails. Pushes during the minute or so it takes fail, so schedule it when no build runs.
#   usage: scripts/registry-gc.sh [CONTAINER] [--dry-run]     (CONTAINER default: x3-registry)
set -eu

container=${1:-x3-registry}
[ $# -gt 0 ] && shift
image=$(docker inspect --format '{{.Config.Image}}' "$container") || {
  echo "registry-gc: no container $container on this engine: give the registry container's name" >&2
  exit 2
}
echo "registry-gc: stopping $container"
docker stop "$container" >/dev/null
status=0
docker run --rm --volumes-from "$container" "$image" garbage-collect "$@" || status=$?
echo "registry-gc: starting $container again"
docker start "$container" >/dev/null
if [ "$status" -ne 0 ]; then
  echo "registry-gc: garbage collection failed (exit $status); the registry runs again, nothing was half-freed" \
       "that it needs: Distribution removes only blobs no manifest references" >&2
fi
exit "$status"

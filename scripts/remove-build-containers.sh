#!/usr/bin/env bash
# Removes what a build of this work tree killed half-way may leave on the engine, and only that: the
# containers, volumes and networks labelled with this build's identity, org.dockci.build=<id>. Every build
# labels what it starts with it: docker:start's containers (containers/pom.xml), the ITs' own containers,
# volumes and networks (the test kit), dockci's throwaway containers (the package listing, the refresh check).
# The identity, as dockci:detect works it out: DOCKCI_BUILD_ID, else Jenkins' BUILD_TAG (one per job and
# build number), else "local-" and a digest of this work tree's real path. Another build on the same engine,
# even of the same commit, has another identity and keeps everything; the services in production carry none.
set -euo pipefail
cd "$(dirname "$0")/.."

# No engine is no clean-up: say which engine, and fail, rather than count nothing removed.
if ! answer=$(docker version --format '{{.Server.Version}}' 2>&1); then
  if [ -n "${DOCKER_HOST:-}" ]; then
    engine="$DOCKER_HOST (DOCKER_HOST=$DOCKER_HOST)"
  else
    engine="unix:///var/run/docker.sock (DOCKER_HOST is not set)"
  fi
  echo "remove-build-containers: cannot reach the Docker engine at $engine: nothing was removed" >&2
  printf '%s\n' "$answer" | grep -v '^ *$' | tail -n 2 >&2
  exit 1
fi

build_id=${DOCKCI_BUILD_ID:-${BUILD_TAG:-}}
if [ -z "$build_id" ]; then
  build_id="local-$(printf '%s' "$(pwd -P)" | sha256sum | cut -c1-12)"
fi
label="org.dockci.build=$build_id"

removed=0
for id in $(docker ps -aq --filter "label=$label"); do
  docker rm -f -v "$id" >/dev/null && removed=$((removed + 1))
done
for volume in $(docker volume ls -q --filter "label=$label"); do
  docker volume rm "$volume" >/dev/null && removed=$((removed + 1))
done
for network in $(docker network ls -q --filter "label=$label"); do
  docker network rm "$network" >/dev/null && removed=$((removed + 1))
done
echo "remove-build-containers: $removed left-overs of build $build_id removed"

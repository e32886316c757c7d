#!/usr/bin/env bash
# Removes what a build of this work tree killed half-way may leave on the engine, and only that:
#   - containers started by docker:start (fabric8 labels them dmp.coordinates=org.dockci.containers:…) or by
#     the ITs (label org.dockci.test=true) that run one of the images this work tree's build made, the
#     <image>:<candidate tag> of each containers/*/target/dockci/metadata.properties (dockci:detect writes it);
#   - volumes and networks the ITs made (label org.dockci.test=true) that no container uses any more.
# Other builds on the same engine (another branch's job, running its ITs right now) run other candidate
# tags and keep their containers; the services in production are never touched.
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

# <image>:<tag> of every module this build detected; Java properties escape ':' as '\:'
build_images() {
  local file image tag
  for file in containers/*/target/dockci/metadata.properties; do
    [ -f "$file" ] || continue
    image=$(sed -n 's/^dockci\.image=//p' "$file" | sed 's/\\:/:/g')
    tag=$(sed -n 's/^dockci\.tag=//p' "$file" | sed 's/\\:/:/g')
    [ -n "$image" ] && [ -n "$tag" ] && echo "$image:$tag"
  done
  return 0
}

images=$(build_images)
removed=0
for id in $(docker ps -aq --filter label=dmp.coordinates) $(docker ps -aq --filter label=org.dockci.test=true); do
  labels=$(docker inspect --format '{{index .Config.Labels "dmp.coordinates"}} {{index .Config.Labels "org.dockci.test"}}' "$id" 2>/dev/null) || continue
  case "$labels" in
    org.dockci.containers:*|*" true") ;;
    *) continue ;;
  esac
  image=$(docker inspect --format '{{.Config.Image}}' "$id" 2>/dev/null) || continue
  if grep -qxF "$image" <<<"$images"; then
    docker rm -f -v "$id" >/dev/null && removed=$((removed + 1))
  fi
done
# A volume or network still in use belongs to a running build: docker refuses to remove it, and that is kept.
for volume in $(docker volume ls -q --filter label=org.dockci.test=true --filter dangling=true); do
  docker volume rm "$volume" >/dev/null 2>&1 && removed=$((removed + 1))
done
for network in $(docker network ls -q --filter label=org.dockci.test=true); do
  docker network rm "$network" >/dev/null 2>&1 && removed=$((removed + 1))
done
echo "remove-build-containers: $removed left-overs removed"

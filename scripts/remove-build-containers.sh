#!/usr/bin/env bash
# Removes what a build killed half-way may leave on the engine, and only that: containers started by
# docker:start for this repository's modules (fabric8 labels them dmp.coordinates=org.dockci.containers:…)
# and containers, volumes and networks the ITs started (label org.dockci.test=true). Other containers
# on the same engine — the services in production — are never touched.
set -euo pipefail
removed=0
for id in $(docker ps -aq --filter label=dmp.coordinates); do
  case "$(docker inspect --format '{{index .Config.Labels "dmp.coordinates"}}' "$id")" in
    org.dockci.containers:*) docker rm -f -v "$id" >/dev/null; removed=$((removed + 1)) ;;
  esac
done
for id in $(docker ps -aq --filter label=org.dockci.test=true); do
  docker rm -f -v "$id" >/dev/null; removed=$((removed + 1))
done
for volume in $(docker volume ls -q --filter label=org.dockci.test=true); do
  docker volume rm -f "$volume" >/dev/null; removed=$((removed + 1))
done
for network in $(docker network ls -q --filter label=org.dockci.test=true); do
  docker network rm "$network" >/dev/null; removed=$((removed + 1))
done
echo "remove-build-containers: $removed left-overs removed"

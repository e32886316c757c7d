#!/usr/bin/env bash
# The run report after the whole run (the Jenkinsfile's post): ./mvnw -N dockci:report, from what every Maven
# build of this work tree recorded in its container modules (target/dockci/run.json, …), also after a failed one.
# A goal called by name takes dockci-maven-plugin from the local repository, not from this reactor: the plugin of
# this very commit, in a local repository of this work tree's own (scripts/plugin-repository.sh), so that no other
# branch's plugin writes the report.
# Usage: scripts/run-report.sh
set -euo pipefail
cd "$(dirname "$0")/.."
local_repository=$(scripts/plugin-repository.sh)
# shellcheck disable=SC2086 # the flags are words of their own (see plugin-repository.sh)
./mvnw -B $local_repository -N dockci:report

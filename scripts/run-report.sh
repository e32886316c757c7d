#!/usr/bin/env bash
# The run report after the whole run (the Jenkinsfile's post): ./mvnw -N dockci:report, from what every Maven
# build of this work tree recorded in its container modules (target/dockci/run.json, …), also after a failed one.
# A goal run on its own takes dockci-maven-plugin from a local repository, not from this reactor: as
# scripts/release-changed.sh does, the plugin of this very commit is installed first into a local repository of
# this work tree's own, in front of the one Maven uses otherwise (read only), so that the report is never written
# by whatever version 1.0.0 another branch's build left in ~/.m2. It lies outside target/dockci, which Jenkins
# archives.
# Usage: scripts/run-report.sh
set -euo pipefail
cd "$(dirname "$0")/.."
tail=$(./mvnw -B -q -N help:evaluate -Dexpression=settings.localRepository -DforceStdout)
repository="$PWD/target/report-repository"
echo "run-report: installing dockci-maven-plugin from this commit into $repository"
./mvnw -B -q install -pl .,dockci-maven-plugin -DskipTests -Dinvoker.skip=true \
  -Dmaven.repo.local="$repository" -Dmaven.repo.local.tail="$tail"
./mvnw -B -N dockci:report -Dmaven.repo.local="$repository" -Dmaven.repo.local.tail="$tail"

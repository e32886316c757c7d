#!/usr/bin/env bash
# Installs the dockci-maven-plugin of this commit (with the root pom it needs) into a local repository of this
# work tree's own, target/dockci/plugin-repository, chained in front of the one Maven uses otherwise (which is
# only read), and prints the Maven flags that use it. For the builds that take the plugin from the local
# repository instead of this reactor (a release's -f builds, a goal called by name): they never take the
# version another branch's build left in ~/.m2, and leave none there.
#   flags=$(scripts/plugin-repository.sh)   then   ./mvnw $flags ...
set -euo pipefail
cd "$(dirname "$0")/.."
tail=$(./mvnw -B -q -N help:evaluate -Dexpression=settings.localRepository -DforceStdout)
repository="$PWD/target/dockci/plugin-repository"
echo "plugin-repository: installing dockci-maven-plugin from this commit into $repository" >&2
./mvnw -B -q install -pl .,dockci-maven-plugin -DskipTests -Dinvoker.skip=true \
  -Dmaven.repo.local="$repository" -Dmaven.repo.local.tail="$tail" >&2
echo "-Dmaven.repo.local=$repository -Dmaven.repo.local.tail=$tail"

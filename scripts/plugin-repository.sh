#!/usr/bin/env bash
# Installs the dockci-maven-plugin of this commit (with the root pom it needs) into a local repository of this
# work tree's own, target/dockci/plugin-repository, chained in front of the one Maven uses otherwise (which is
# only read), and prints the Maven flags that use it. For the builds that take the plugin from the local
# repository instead of this reactor (the Lint stage, an everyday Build & test that leaves the unchanged plugin
# out, a release's -f builds): they never take the version another branch's build left in ~/.m2, and leave
# none there.
#   flags=$(scripts/plugin-repository.sh)   then   ./mvnw $flags ...
# Once per work tree and plugin: when the repository already holds the plugin of this commit and these
# uncommitted plugin files, nothing is built again and the flags are printed at once (the Lint stage builds
# it, Build & test and the release reuse it). A repository brought from another work tree (the Jenkinsfile's
# fan-out branches unstash the Lint stage's) is used where it is, with this machine's local repository as its tail.
set -euo pipefail
cd "$(dirname "$0")/.."
repository="$PWD/target/dockci/plugin-repository"
stamp="$repository/.dockci-plugin"

# What the installed plugin was built from: the committed trees of its inputs (not the commit: a commit that
# changes a container only needs no new plugin), and a digest of their uncommitted changes (the edits to tracked
# files, the content of untracked ones).
inputs=(dockci-maven-plugin pom.xml .mvn mvnw)
built_from="$(for input in "${inputs[@]}"; do git rev-parse "HEAD:$input"; done | tr '\n' ' ')\
$({ git diff HEAD -- "${inputs[@]}"
    git ls-files --others --exclude-standard -z -- "${inputs[@]}" | xargs -0 -r sha256sum; } | sha256sum | cut -c1-16)"
# The repositories Maven reads otherwise: its local repository, and the tail it is itself chained to, if any
# (MAVEN_ARGS' -Dmaven.repo.local.tail, as a test's nested build has); a tail is not read transitively.
maven_repositories() {
  local tail outer_tail
  tail=$(./mvnw -B -q -N help:evaluate -Dexpression=settings.localRepository -DforceStdout)
  outer_tail=$(sed -n 's/.*-Dmaven\.repo\.local\.tail=\([^ ]*\).*/\1/p' <<<"${MAVEN_ARGS:-}")
  echo "$tail${outer_tail:+,$outer_tail}"
}

if [ -f "$stamp" ] && [ "$(sed -n 1p "$stamp")" = "$built_from" ]; then
  flags=$(sed -n 2p "$stamp")
  if [ "${flags%% *}" = "-Dmaven.repo.local=$repository" ]; then
    echo "plugin-repository: dockci-maven-plugin of these sources already in $repository" >&2
    echo "$flags"
    exit 0
  fi
  # Made in another work tree and brought here (a fan-out branch unstashes the Lint stage's): the same plugin, with
  # this work tree's path and the repositories Maven reads on this agent.
  flags="-Dmaven.repo.local=$repository -Dmaven.repo.local.tail=$(maven_repositories)"
  printf '%s\n%s\n' "$built_from" "$flags" > "$stamp"
  echo "plugin-repository: dockci-maven-plugin of these sources in $repository, installed by another work tree" >&2
  echo "$flags"
  exit 0
fi

tail=$(maven_repositories)
echo "plugin-repository: installing dockci-maven-plugin from this commit into $repository" >&2
rm -f "$stamp"
./mvnw -B -q install -pl .,dockci-maven-plugin -DskipTests -Dinvoker.skip=true \
  -Dmaven.repo.local="$repository" -Dmaven.repo.local.tail="$tail" >&2
flags="-Dmaven.repo.local=$repository -Dmaven.repo.local.tail=$tail"
printf '%s\n%s\n' "$built_from" "$flags" > "$stamp"
echo "$flags"

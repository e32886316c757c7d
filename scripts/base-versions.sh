#!/usr/bin/env bash
# The versions a container's release gives its dependencies on the modules it builds FROM (README, "Add a
# container", step 3), as maven-release-plugin flags for its release:prepare, one pair per base module:
#   -Ddependency.<groupId>:<artifactId>.release=<the base's newest release tag in HEAD's history>
#   -Ddependency.<groupId>:<artifactId>.development=<the base's version in its pom now>
# The release commit (and tag) then names the release of the base the image is built FROM (BASE_TAG of a build
# without the base gives that release too), and the next development iteration names the base's version, which
# dockci:detect requires of the next build: a release of the base never leaves its children to be bumped by hand.
# A release builds the container alone (-f), so the base's release pom must be in the local repository: the base's
# release:perform installed it when the base was released just before; otherwise it is installed from its tag.
#   flags=$(scripts/base-versions.sh containers/x3-wiki -Dmaven.repo.local=... [-Dmaven.repo.local.tail=...])
set -euo pipefail
cd "$(dirname "$0")/.."
module=${1%/}
shift
repository=$(sed -n 's/.*-Dmaven\.repo\.local=\([^ ]*\).*/\1/p' <<<"$*")
repository=${repository:-$HOME/.m2/repository}

# no dependency at all, no base: no JVM started for the common case
grep -q '<dependency>' "$module/pom.xml" || exit 0

java scripts/BaseModules.java "$module/pom.xml" | while read -r key version; do
  group=${key%%:*}
  base=${key#*:}
  release=$(git tag --list "$base-*" --merged HEAD --sort=-version:refname | grep -E "^$base-[0-9]" | head -1 || true)
  if [ -z "$release" ]; then
    echo "base-versions: $module depends on $base, which has no release tag ($base-<version>) in HEAD's history:" \
      "release $base first" >&2
    exit 1
  fi
  release=${release#"$base-"}
  if [ ! -f "$repository/${group//.//}/$base/$release/$base-$release.pom" ]; then
    pom=$(mktemp --suffix=.pom)
    git show "$base-$release:$(dirname "$module")/$base/pom.xml" > "$pom"
    ./mvnw -B -q install:install-file -Dfile="$pom" -DpomFile="$pom" "$@" < /dev/null >&2
    rm -f "$pom"
  fi
  echo "base-versions: $module is released on $base $release, then depends on $base $version" >&2
  echo "-Ddependency.$key.release=$release -Ddependency.$key.development=$version"
done | tr '\n' ' '

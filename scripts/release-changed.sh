#!/usr/bin/env bash
# Releases every container target/dockci/build.json says changed (written by `./mvnw verify`, which must
# have passed; README, "build.json"), one at a time, in reactor order, with maven-release-plugin:
#   release:prepare  checks that the release version builds (its image; no container started, no IT: the
#                    same content was just tested by the verify before), commits the release version, tags
#                    <name>-<version>, commits the next snapshot, and pushes both commits and the tag;
#   release:perform  checks the tag out (from this clone), builds it, runs its ITs against that image and
#                    deploys it: the image tested is the image pushed, with its release tags (1.4.0, 1.4, 1, latest).
# A container built FROM another module's image (a base) is released on the base's newest release, named in its
# release commit, and then depends on the base's version again (scripts/base-versions.sh): the base changed in this
# run is released first (build.json lists the containers in the reactor's order), its children after it.
# A failing release stops here: the containers released before it stay released, the later ones wait
# for the next run (their changes are still there, they are still "changed").
#
# Environment (all optional):
#   BRANCH_NAME        the branch to release on (Jenkins sets it; default: the current branch, else main)
#   GIT_SSH_KEY        a private key file for pushing to origin (Jenkins' sshUserPrivateKey binding)
#   REGISTRY_USERNAME, REGISTRY_PASSWORD   registry credentials, read by ~/.m2/settings.xml (see README)
#   DOCKCI_GIT_NAME, DOCKCI_GIT_EMAIL      the identity of the release commits (default: dockci)
#   DOCKCI_CHANGES     refresh: the run was the security refresh; perform builds without the build cache
#                      too, so that the image pushed has the updates the refresh found
set -euo pipefail
cd "$(dirname "$0")/.."

index=target/dockci/build.json
if [ ! -f "$index" ]; then
  echo "release-changed: $index is missing: run ./mvnw verify first" >&2
  exit 1
fi
command -v jq >/dev/null || { echo "release-changed: jq is missing: run scripts/build-env.sh" >&2; exit 1; }
# the folders of the changed containers, one a line, in reactor order; read whole before the first release
changed=$(jq -r '.containers[] | select(.changed) | .path' "$index") \
  || { echo "release-changed: $index is not a build index jq can read" >&2; exit 1; }
if [ -z "$changed" ]; then
  echo "release-changed: nothing changed since the last releases: nothing to release"
  exit 0
fi

branch=${BRANCH_NAME:-$(git symbolic-ref --quiet --short HEAD || echo main)}
# Jenkins checks out a commit (detached HEAD): the release commits must land on the branch.
git checkout -q -B "$branch" HEAD
git config user.name >/dev/null || git config user.name "${DOCKCI_GIT_NAME:-dockci}"
git config user.email >/dev/null || git config user.email "${DOCKCI_GIT_EMAIL:-dockci@localhost}"
if [ -n "${GIT_SSH_KEY:-}" ]; then
  # quoted: a workspace path with a space must stay one argument of ssh
  export GIT_SSH_COMMAND="ssh -i '$GIT_SSH_KEY' -o IdentitiesOnly=yes -o StrictHostKeyChecking=accept-new"
fi
origin=$(git remote get-url origin)

# A release builds one container on its own (-f its pom), so dockci-maven-plugin comes from the local
# repository, not from this reactor: the one of this commit, in a local repository of this work tree's own.
local_repository=$(scripts/plugin-repository.sh)

# The flags of both forked builds. dockci.changes=all: the module is released because it changed; perform builds
# the tag's checkout, where the release tag is HEAD itself and detection would otherwise call the module unchanged
# and push nothing.
arguments="-Ddockci.scm.url=$origin -Ddockci.changes=all $local_repository"
# prepare: the image builds; nothing started, no IT, no structure test, no package listing (perform does all of that
# on the image it pushes), and no clean, so that the verify's reports (the ITs Jenkins publishes) stay
preparation_goals="verify -DskipITs -Ddocker.skip.run=true -Ddockci.structure.skip=true -Ddockci.sbom.skip=true"
perform_goals=deploy
if [ "${DOCKCI_CHANGES:-auto}" = refresh ]; then
  perform_goals="$perform_goals -Ddocker.noCache=true"
fi

while read -r module; do
  [ -n "$module" ] || continue
  echo "release-changed: releasing $module"
  # shellcheck disable=SC2086 # as below
  base_versions=$(scripts/base-versions.sh "$module" $local_repository < /dev/null)
  # prepare and perform in one Maven: one start fewer per container; a failed prepare performs nothing.
  # -Dresume=false: a release that failed in an earlier run on this work tree (Jenkins reuses it) left its
  # release.properties; prepare would resume from it ("already completed") and perform deploy that old tag again
  # shellcheck disable=SC2086 # the flags are words of their own; the paths hold no space (see plugin-repository.sh)
  ./mvnw -B -f "$module/pom.xml" release:prepare release:perform -Dresume=false -Ddockci.scm.url="$origin" $local_repository \
    $base_versions -Ddockci.release.preparationGoals="$preparation_goals" -Ddockci.release.goals="$perform_goals" \
    -Darguments="$arguments"
done <<<"$changed"

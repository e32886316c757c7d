#!/bin/sh
# Registry retention, as the nightly Jenkins run does it: deletes from the registry the candidate tags that
# dockci:prune's rules no longer keep (see README, "Registry retention"), then prints and archives what it did
# (target/dockci/prune.json). Arguments go to Maven: without -Ddockci.prune.apply=true it is a dry run.
#   usage: scripts/prune-registry.sh [-Ddockci.prune.apply=true] [-Ddockci.prune.keepCandidates=5] [...]
set -eu

# A candidate's branch is read from git: every branch of origin must be here, and deleted ones gone (a Jenkins
# checkout fetches only the branch it builds).
git fetch --quiet --prune origin '+refs/heads/*:refs/remotes/origin/*'
# the goal runs from the local repository, not from this reactor: the plugin of this commit, in a local
# repository of this work tree's own
local_repository=$(scripts/plugin-repository.sh)
# shellcheck disable=SC2086 # the flags are words of their own
./mvnw -B $local_repository dockci:prune -Ddocker.skip "$@"

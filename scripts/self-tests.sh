#!/usr/bin/env bash
# Which of this repository's own test suites a build runs: dockci-maven-plugin's (unit tests, the Docker
# corpus test, the invoker ITs) and pipeline-tests' (the Jenkinsfile checks, the end-to-end release and
# refresh runs). A suite runs when one of its inputs changed since the baseline, and is skipped otherwise:
# the everyday push of a Dockerfile does not test dockci itself. Prints the Maven flags that skip the
# unchanged suites on standard output, and one line saying what and why on standard error:
#   ./mvnw -B verify $(scripts/self-tests.sh)
# With --suites it prints the suites that run instead, comma-separated (dockci-maven-plugin,pipeline-tests; empty
# when none does), for a fan-out branch of their own (the Jenkinsfile's Build & test, see scripts/fan-out.sh):
#   ./mvnw -B verify -pl "$(scripts/self-tests.sh --suites)"
#
# Baseline: GIT_PREVIOUS_SUCCESSFUL_COMMIT (Jenkins' git plugin: the last successful build of this branch),
# else the newest release tag in HEAD's history (<container>-<version>), else none: everything runs. So does
# a shallow clone, and DOCKCI_SELF_TESTS=always. Uncommitted and untracked files count as changes.
# Inputs: the plugin's suite: dockci-maven-plugin/, pom.xml, .mvn/, mvnw; pipeline-tests': pipeline-tests/,
# Jenkinsfile, scripts/, containers/pom.xml, containers/src/, .groovylintrc.json, and the plugin's inputs.
set -euo pipefail
cd "$(dirname "$0")/.."

suites_only=false
case "${1:-}" in
  --suites) suites_only=true ;;
  '') ;;
  *) echo "self-tests: unknown argument $1 (usage: scripts/self-tests.sh [--suites])" >&2; exit 2 ;;
esac
ALL_SUITES=dockci-maven-plugin,pipeline-tests
# everything runs: no flag to leave a suite out, or both suites
all_run() {
  if $suites_only; then echo "$ALL_SUITES"; fi
}

PLUGIN_INPUTS=(dockci-maven-plugin pom.xml .mvn mvnw)
PIPELINE_INPUTS=(pipeline-tests Jenkinsfile scripts containers/pom.xml containers/src .groovylintrc.json "${PLUGIN_INPUTS[@]}")

say() { printf 'self-tests: %s\n' "$*" >&2; }

if [ "${DOCKCI_SELF_TESTS:-auto}" = always ]; then
  say "dockci-maven-plugin and pipeline-tests run: DOCKCI_SELF_TESTS=always"
  all_run
  exit 0
fi
if [ "$(git rev-parse --is-shallow-repository)" = true ]; then
  say "dockci-maven-plugin and pipeline-tests run: shallow clone, nothing to compare with"
  all_run
  exit 0
fi

base="" from=""
previous=${GIT_PREVIOUS_SUCCESSFUL_COMMIT:-}
if [ -n "$previous" ] && git cat-file -e "$previous^{commit}" 2>/dev/null; then
  base=$previous
  from="the last successful build, $(git rev-parse --short "$previous")"
else
  tag=$(git describe --tags --abbrev=0 --match '*-[0-9]*' HEAD 2>/dev/null || true)
  if [ -n "$tag" ]; then
    base=$(git rev-parse "$tag^{commit}")
    from="release tag $tag${previous:+ (the last successful build $previous is not in this clone)}"
  fi
fi
if [ -z "$base" ]; then
  say "dockci-maven-plugin and pipeline-tests run: no baseline (no last successful build, no release tag)"
  all_run
  exit 0
fi

# The inputs' paths that differ from the baseline: committed since, modified, or untracked.
changed() {
  { git diff --name-only "$base" -- "$@"; git ls-files --others --exclude-standard -- "$@"; } | sort -u
}
describe() { # the first three paths, and how many more
  local shown
  shown=$(printf '%s, ' "${@:1:3}")
  shown=${shown%, }
  [ $# -le 3 ] || shown+=" and $(( $# - 3 )) more"
  printf '%s' "$shown"
}

# A suite that did not change is left out of the reactor (-pl '!module'). The plugin left out is still the one
# the containers use: then it comes from this work tree's plugin repository (scripts/plugin-repository.sh: the
# Lint stage installed it there; built now if not), so that Build & test does not compile and package it again.
excluded=() running=() parts=()
mapfile -t plugin < <(changed "${PLUGIN_INPUTS[@]}")
if [ ${#plugin[@]} -eq 0 ]; then
  excluded+=('!dockci-maven-plugin')
  parts+=("dockci-maven-plugin skipped (unchanged)")
else
  running+=(dockci-maven-plugin)
  parts+=("dockci-maven-plugin runs (changed: $(describe "${plugin[@]}"))")
fi
mapfile -t pipeline < <(changed "${PIPELINE_INPUTS[@]}")
if [ ${#pipeline[@]} -eq 0 ]; then
  excluded+=('!pipeline-tests')
  parts+=("pipeline-tests skipped (unchanged)")
else
  running+=(pipeline-tests)
  parts+=("pipeline-tests run (changed: $(describe "${pipeline[@]}"))")
fi
say "${parts[0]}, ${parts[1]}, since $from"
if $suites_only; then
  (IFS=,; echo "${running[*]}")
  exit 0
fi
flags=()
if [ ${#excluded[@]} -gt 0 ]; then
  flags+=(-pl "$(IFS=,; echo "${excluded[*]}")")
fi
if [ ${#plugin[@]} -eq 0 ]; then
  read -ra repository < <(scripts/plugin-repository.sh)
  flags+=("${repository[@]}")
fi
echo "${flags[*]}"

#!/usr/bin/env bash
# The groups of changed containers that the Jenkinsfile's Build & test builds apart, one fan-out branch each: a
# container built FROM another changed container goes with it (they must be built in order, in one reactor), so a
# group is a connected part of the FROM graph among the changed containers. Prints one line per group, its Maven
# project list (-pl): the group's containers, in build order, then the containers they build FROM that did not
# change (which the branch's dockci:detect needs to judge them as the whole reactor did; they are skipped there).
#   scripts/fan-out.sh    ->   containers/x3-webdav
#                              containers/x3-base,containers/x3-wiki,containers/x3-os
# Nothing changed: nothing printed. One line on standard error says what it found.
#
# It reads what dockci:detect wrote in this work tree (the Lint stage's ./mvnw initialize), target/dockci/build.json:
# each container's name, folder, whether it changed, and the modules it builds FROM (bases), in build order.
set -euo pipefail
cd "$(dirname "$0")/.."

index=target/dockci/build.json
if [ ! -f "$index" ]; then
  echo "fan-out: $index is missing: run dockci:detect first (the Lint stage's ./mvnw initialize)" >&2
  exit 1
fi

declare -A folder_of=() bases_of=()
changed=()
while IFS=$'\t' read -r name path is_changed bases; do
  folder_of[$name]=$path
  bases_of[$name]=${bases//,/ }
  [ "$is_changed" != true ] || changed+=("$name")
done < <(jq -r '.containers[] | [.name, .path, (.changed | tostring), ((.bases // []) | join(","))] | @tsv' "$index")

# Groups: each changed container joins the groups of the changed containers it builds FROM (build.json lists a
# base before the containers built FROM it), merging them when there are several.
declare -A group_of=() is_changed=()
for name in "${changed[@]}"; do is_changed[$name]=1; done
for name in "${changed[@]}"; do
  group_of[$name]=$name
  for base in ${bases_of[$name]}; do
    [ -n "${is_changed[$base]:-}" ] || continue
    old=${group_of[$base]}
    for member in "${!group_of[@]}"; do
      [ "${group_of[$member]}" != "$old" ] || group_of[$member]=$name
    done
  done
done

# The containers a group's containers build FROM, directly or not, that did not change.
unchanged_bases() {
  local -A seen=()
  local pending=("$@") name base
  while [ ${#pending[@]} -gt 0 ]; do
    name=${pending[0]}
    pending=("${pending[@]:1}")
    for base in ${bases_of[$name]:-}; do
      [ -z "${seen[$base]:-}" ] || continue
      seen[$base]=1
      pending+=("$base")
      [ -n "${is_changed[$base]:-}" ] || echo "$base"
    done
  done
}

lines=() said=()
declare -A printed=()
for name in "${changed[@]}"; do
  group=${group_of[$name]}
  [ -z "${printed[$group]:-}" ] || continue
  printed[$group]=1
  members=()
  for other in "${changed[@]}"; do
    [ "${group_of[$other]}" != "$group" ] || members+=("$other")
  done
  mapfile -t extra < <(unchanged_bases "${members[@]}" | sort)
  folders=()
  for member in "${members[@]}" "${extra[@]}"; do folders+=("${folder_of[$member]}"); done
  lines+=("$(IFS=,; echo "${folders[*]}")")
  shown=$(printf ', %s' "${members[@]}")
  [ ${#extra[@]} -eq 0 ] || shown+=" (with $(printf '%s, ' "${extra[@]}")unchanged)"
  said+=("${shown#, }")
done

if [ ${#lines[@]} -eq 0 ]; then
  echo "fan-out: no changed container" >&2
else
  summary=$(printf '%s; ' "${said[@]}")
  echo "fan-out: ${#lines[@]} group(s) of changed containers: ${summary%; }" >&2
  printf '%s\n' "${lines[@]}"
fi

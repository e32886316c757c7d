#!/usr/bin/env bash
# Lists the packages that have a pending update in each image given: runs the image throwaway as root
# (entrypoint replaced, nothing published, removed after) with the plugin's update check (update-check.sh:
# apt-get update, every failed download an error, and a simulated dist-upgrade; apk on Alpine).
# One line per image, then one per pending package:
#   x3-webdav:1.0.0: 2 pending: libssl3t64 3.5.1-1 → 3.5.4-1~deb13u1 (Debian-Security:13/stable-security), …
# Exit code: 0 when no image has anything pending, 1 when one has, 2 when one could not be checked
# (no package manager in it, a mirror unreachable): an error never reads as "nothing pending".
#
# Usage: scripts/pending-updates.sh IMAGE...
set -euo pipefail

[ $# -gt 0 ] || { echo "usage: $0 IMAGE..." >&2; exit 2; }

LABEL=org.dockci.pending-updates=true
container=
trap '[ -z "$container" ] || docker rm -f "$container" >/dev/null 2>&1 || true' EXIT

# The check dockci:detect's refresh runs, from the plugin's sources: one file for both.
check=$(cat "$(dirname "$0")/../dockci-maven-plugin/src/main/resources/org/dockci/packages/update-check.sh")

status=0
for image in "$@"; do
  container="dockci-pending-updates-$$"
  started=$SECONDS
  code=0
  output=$(docker run --name "$container" --rm --label "$LABEL" --user root --entrypoint sh \
      "$image" -c "$check" 2>&1) || code=$?
  manager=$(sed -n 's/^manager\t//p' <<<"$output")
  if [ "$code" -ne 0 ] || [ -z "$manager" ] || [ "$manager" = none ] || [ "$manager" = rpm ]; then
    why=$([ "$manager" = none ] && echo "no package manager (apt, apk) in it" \
      || { [ "$manager" = rpm ] && echo "an rpm-based image, not checked"; } \
      || tail -3 <<<"$output" | tr '\n' ' ')
    echo "$image: NOT CHECKED: $why" >&2
    status=2
  else
    mapfile -t pending < <(awk -F '\t' '$1 == "update" { printf "%s %s → %s%s\n", $2, $3, $4, ($5 == "" ? "" : " (" $5 ")") }' <<<"$output")
    if [ ${#pending[@]} -eq 0 ]; then
      echo "$image: nothing pending ($((SECONDS - started)) s)"
    else
      echo "$image: ${#pending[@]} pending ($((SECONDS - started)) s):"
      printf '  %s\n' "${pending[@]}"
      status=$((status > 1 ? status : 1))
    fi
  fi
  container=
done
exit "$status"

#!/usr/bin/env bash
# Lists the Debian packages that have a pending update in each image given: runs the image throwaway as
# root (entrypoint replaced, nothing published, removed after), reads the package lists of its own apt
# sources (apt-get update) and simulates a dist-upgrade. One line per image, then one per pending package:
#   x3-webdav:1.0.0: 2 pending: libssl3t64 3.5.1-1 → 3.5.4-1~deb13u1 (Debian-Security:13/stable-security), …
# Exit code: 0 when no image has anything pending, 1 when one has, 2 when one could not be checked
# (no apt-get in it, a mirror unreachable): an error never reads as "nothing pending".
#
# Usage: scripts/pending-updates.sh IMAGE...
set -euo pipefail

[ $# -gt 0 ] || { echo "usage: $0 IMAGE..." >&2; exit 2; }

LABEL=org.dockci.pending-updates=true
container=
trap '[ -z "$container" ] || docker rm -f "$container" >/dev/null 2>&1 || true' EXIT

# Inside the image, as root. --error-on=any: a list that cannot be fetched is an error, not a warning
# followed by a check against no lists at all.
# shellcheck disable=SC2016 # expanded by the image's sh
check='command -v apt-get >/dev/null || { echo "no apt-get in this image" >&2; exit 3; }
apt-get update -qq --error-on=any >/dev/null || exit 4
apt-get -s -q dist-upgrade'

status=0
for image in "$@"; do
  container="dockci-pending-updates-$$"
  started=$SECONDS
  if output=$(docker run --name "$container" --rm --label "$LABEL" --user root --entrypoint sh \
      "$image" -c "$check" 2>&1); then
    # Inst NAME [OLD] (NEW ORIGIN [ARCH]); a package a dist-upgrade would newly install has no [OLD].
    mapfile -t pending < <(sed -n \
      -e 's/^Inst \([^ ]*\) \[\([^]]*\)\] (\([^ ]*\) \([^ ]*\).*/\1 \2 → \3 (\4)/p' \
      -e 's/^Inst \([^ ]*\) (\([^ ]*\) \([^ ]*\).*/\1 new → \2 (\3)/p' <<<"$output")
    if [ ${#pending[@]} -eq 0 ]; then
      echo "$image: nothing pending ($((SECONDS - started)) s)"
    else
      echo "$image: ${#pending[@]} pending ($((SECONDS - started)) s):"
      printf '  %s\n' "${pending[@]}"
      status=$((status > 1 ? status : 1))
    fi
  else
    echo "$image: NOT CHECKED: $(tail -3 <<<"$output" | tr '\n' ' ')" >&2
    status=2
  fi
  container=
done
exit "$status"

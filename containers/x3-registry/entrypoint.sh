#!/bin/sh
# Writes the htpasswd file from the environment, then replaces itself with the registry (exec), so
# that the registry is PID 1 and gets docker stop's SIGTERM directly.
#   REGISTRY_USERNAME + REGISTRY_PASSWORD (or REGISTRY_PASSWORD_FILE, e.g. a Docker secret): one user;
#   REGISTRY_HTPASSWD_FILE: an htpasswd file of your own (bcrypt entries), for several users.
# With the argument garbage-collect it frees the blobs of deleted manifests instead (extra arguments, e.g. --dry-run,
# go to the collector). Distribution requires the registry stopped (or read-only) meanwhile: run it in a container of
# its own on the stopped registry's volume, as scripts/registry-gc.sh does.
set -eu

if [ "${1:-}" = garbage-collect ]; then
  shift
  exec /usr/bin/docker-registry garbage-collect --delete-untagged "$@" /etc/docker/registry/config.yml
fi

htpasswd_file=/run/docker-registry/htpasswd
if [ -n "${REGISTRY_HTPASSWD_FILE:-}" ]; then
  cp "$REGISTRY_HTPASSWD_FILE" "$htpasswd_file"
else
  password=${REGISTRY_PASSWORD:-}
  if [ -n "${REGISTRY_PASSWORD_FILE:-}" ]; then
    password=$(cat "$REGISTRY_PASSWORD_FILE")
  fi
  if [ -z "${REGISTRY_USERNAME:-}" ] || [ -z "$password" ]; then
    echo "x3-registry: no credentials: set REGISTRY_USERNAME and REGISTRY_PASSWORD (or REGISTRY_PASSWORD_FILE)," \
         "or REGISTRY_HTPASSWD_FILE" >&2
    exit 64
  fi
  printf '%s' "$password" | htpasswd -i -B -c "$htpasswd_file" "$REGISTRY_USERNAME" 2>/dev/null
fi

exec /usr/bin/docker-registry serve /etc/docker/registry/config.yml

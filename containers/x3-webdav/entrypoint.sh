#!/bin/sh
# Writes the password file from the environment, then replaces itself with httpd (exec), so that
# httpd is PID 1 and gets docker stop's SIGTERM directly.
#   WEBDAV_USERNAME + WEBDAV_PASSWORD (or WEBDAV_PASSWORD_FILE, e.g. a Docker secret): one user;
#   WEBDAV_HTPASSWD_FILE: an htpasswd file of your own, for several users.
set -eu

htpasswd_file=/run/apache2/webdav.htpasswd
if [ -n "${WEBDAV_HTPASSWD_FILE:-}" ]; then
  cp "$WEBDAV_HTPASSWD_FILE" "$htpasswd_file"
else
  password=${WEBDAV_PASSWORD:-}
  if [ -n "${WEBDAV_PASSWORD_FILE:-}" ]; then
    password=$(cat "$WEBDAV_PASSWORD_FILE")
  fi
  if [ -z "${WEBDAV_USERNAME:-}" ] || [ -z "$password" ]; then
    echo "x3-webdav: no credentials: set WEBDAV_USERNAME and WEBDAV_PASSWORD (or WEBDAV_PASSWORD_FILE)," \
         "or WEBDAV_HTPASSWD_FILE" >&2
    exit 64
  fi
  printf '%s' "$password" | htpasswd -i -B -c "$htpasswd_file" "$WEBDAV_USERNAME" 2>/dev/null
fi

# Debian's envvars reads variables that may be unset.
set +u
# shellcheck source=/dev/null
. /etc/apache2/envvars
set -u
exec /usr/sbin/apache2 -D FOREGROUND "$@"

#!/bin/sh
# Prepares the agent, then replaces itself with sshd (exec), so that sshd is PID 1 and gets
# docker stop's SIGTERM directly.
#   SSH_AUTHORIZED_KEYS (one key a line), or SSH_AUTHORIZED_KEYS_FILE (e.g. a Docker secret):
#     the public keys that may log in as jenkins; the agent refuses to start without one.
#   SSH_PORT (2222) and SSH_LISTEN_ADDRESS (all addresses): where sshd listens. With --network host
#     the port is the host's, hence not 22.
#   /var/run/docker.sock: the host's engine; jenkins joins the group that owns it, whatever its gid.
#   /etc/ssh/host-keys: made at first start when empty; mount your own or keep them on a volume.
set -eu

say() { echo "x3-jenkins-agent: $*" >&2; }

keys_file=/etc/ssh/authorized_keys/jenkins
if [ -n "${SSH_AUTHORIZED_KEYS_FILE:-}" ]; then
  cat "$SSH_AUTHORIZED_KEYS_FILE" >"$keys_file.new"
elif [ -n "${SSH_AUTHORIZED_KEYS:-}" ]; then
  printf '%s\n' "$SSH_AUTHORIZED_KEYS" >"$keys_file.new"
else
  say "no authorized key: set SSH_AUTHORIZED_KEYS to the Jenkins controller's public key, or" \
      "SSH_AUTHORIZED_KEYS_FILE to a file of keys"
  exit 64
fi
if ! ssh-keygen -l -f "$keys_file.new" >/dev/null 2>&1; then
  rm -f "$keys_file.new"
  say "no valid public key in SSH_AUTHORIZED_KEYS(_FILE): expected lines like 'ssh-ed25519 AAAA... comment'"
  exit 64
fi
chmod 0644 "$keys_file.new"
mv "$keys_file.new" "$keys_file"

socket=/var/run/docker.sock
if [ -S "$socket" ]; then
  gid=$(stat -c %g "$socket")
  group=$(getent group "$gid" | cut -d: -f1)
  if [ -z "$group" ]; then
    group=docker-host
    if getent group "$group" >/dev/null; then
      # a restart after the host's docker group changed its gid
      groupmod --gid "$gid" "$group"
    else
      groupadd --gid "$gid" "$group"
    fi
  fi
  usermod --append --groups "$group" jenkins
  say "jenkins may use $socket (group $group, gid $gid)"
else
  say "warning: no Docker socket at $socket: builds cannot use Docker (mount it with" \
      "--volume /var/run/docker.sock:/var/run/docker.sock)"
fi

host_keys=/etc/ssh/host-keys
if ! ls "$host_keys"/ssh_host_*_key >/dev/null 2>&1; then
  say "making host keys in $host_keys"
  ssh-keygen -q -t ed25519 -N '' -C '' -f "$host_keys/ssh_host_ed25519_key"
  ssh-keygen -q -t rsa -b 3072 -N '' -C '' -f "$host_keys/ssh_host_rsa_key"
fi
set --
for key in "$host_keys"/ssh_host_*_key; do
  set -- "$@" -h "$key"
done
if [ -n "${SSH_LISTEN_ADDRESS:-}" ]; then
  set -- "$@" -o "ListenAddress=$SSH_LISTEN_ADDRESS"
fi

exec /usr/sbin/sshd -D -e -p "${SSH_PORT:-2222}" "$@"

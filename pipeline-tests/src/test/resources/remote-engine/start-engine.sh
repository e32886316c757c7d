#!/bin/sh
# Starts dockerd with its API on tcp://0.0.0.0:2376, TLS with client certificates, once /certs/ready exists
# (RemoteEngineIT makes the certificates after the container has its address, which the server's must name).
set -eu

# The container is not --privileged (a host whose own bounding set lacks a capability refuses that): the
# cgroup v1 hierarchies Docker mounted read-only are mounted again, writable, for the inner engine's containers.
for hierarchy in /sys/fs/cgroup/*/; do
  name=$(basename "$hierarchy")
  if mount | grep -q " on ${hierarchy%/} type cgroup (ro,"; then
    options=$name
    [ "$name" = systemd ] && options=none,name=systemd
    umount "$hierarchy" && mount -t cgroup -o "$options" cgroup "$hierarchy"
  fi
done
if mount | grep -q ' on /sys/fs/cgroup type cgroup2 (ro,'; then
  mount -o remount,rw /sys/fs/cgroup
fi

waited=0
until [ -f /certs/ready ]; do
  [ "$waited" -lt 600 ] || { echo "start-engine: no certificates in /certs after 60 s" >&2; exit 1; }
  sleep 0.1
  waited=$((waited + 1))
done

exec dockerd --host=tcp://0.0.0.0:2376 --host=unix:///var/run/docker.sock \
  --tlsverify --tlscacert=/certs/ca.pem --tlscert=/certs/server-cert.pem --tlskey=/certs/server-key.pem \
  --cgroup-parent=/dockci-remote-engine

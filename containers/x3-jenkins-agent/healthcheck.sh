#!/bin/bash
# Healthy when sshd answers on SSH_PORT with its SSH-2.0 banner. The check says who it is before it
# hangs up, so that sshd logs a plain "Connection closed ... [preauth]" rather than a kex error.
set -eu
address=${SSH_LISTEN_ADDRESS:-127.0.0.1}
case $address in 0.0.0.0 | :: | '') address=127.0.0.1 ;; esac
exec 3<>"/dev/tcp/$address/${SSH_PORT:-2222}"
read -r -t 2 banner <&3
printf 'SSH-2.0-x3-healthcheck\r\n' >&3
[[ $banner == SSH-2.0-* ]]

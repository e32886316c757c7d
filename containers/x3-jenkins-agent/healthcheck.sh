#!/bin/bash
# Healthy when sshd answers on SSH_PORT with its SSH-2.0 banner.
set -eu
address=${SSH_LISTEN_ADDRESS:-127.0.0.1}
case $address in 0.0.0.0 | :: | '') address=127.0.0.1 ;; esac
exec 3<>"/dev/tcp/$address/${SSH_PORT:-2222}"
read -r -t 2 banner <&3
[[ $banner == SSH-2.0-* ]]

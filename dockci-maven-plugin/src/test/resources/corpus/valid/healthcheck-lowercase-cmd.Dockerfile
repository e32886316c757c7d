FROM alpine:3.20
healthcheck --interval=5m --timeout=10s cmd wget -q -O /dev/null http://127.0.0.1/ || exit 1

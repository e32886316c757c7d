# Broken on purpose: RUN has no --privileged flag.
FROM alpine:3.20
RUN --privileged apk add --no-cache iptables

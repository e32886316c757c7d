# Broken on purpose: "bridge" is not a RUN --network mode (default, none, host).
FROM alpine:3.20
RUN --network=bridge apk add --no-cache curl

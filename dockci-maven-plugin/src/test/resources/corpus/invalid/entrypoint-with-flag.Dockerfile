# Broken on purpose: ENTRYPOINT takes no flags.
FROM alpine:3.20
ENTRYPOINT --init /app

# Broken on purpose: WORKDIR takes no flags.
FROM alpine:3.20
WORKDIR --create /app

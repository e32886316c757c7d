# Broken on purpose: --chown needs "=value".
FROM alpine:3.20
COPY --chown app:app . /app

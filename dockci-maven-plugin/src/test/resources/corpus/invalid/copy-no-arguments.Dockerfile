# Broken on purpose: COPY with only a flag has no source nor destination.
FROM alpine:3.20
COPY --chown=1000:1000

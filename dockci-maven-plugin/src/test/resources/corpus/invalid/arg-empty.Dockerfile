# Broken on purpose: ARG needs a name.
FROM alpine:3.20
ARG

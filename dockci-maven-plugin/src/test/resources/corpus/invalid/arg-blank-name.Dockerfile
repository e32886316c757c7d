# Broken on purpose: the build argument has no name.
FROM alpine:3.20
ARG =1.0

# Broken on purpose: the second build argument has no name.
ARG VERSION=1.0 =latest
FROM alpine:3.20

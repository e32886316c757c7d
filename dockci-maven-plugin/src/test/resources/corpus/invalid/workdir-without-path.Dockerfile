# Broken on purpose: WORKDIR needs a path.
FROM alpine:3.20
WORKDIR

# Broken on purpose: ARG may come before FROM, LABEL may not.
ARG BASE=alpine:3.20
LABEL maintainer="ops@example.org"
FROM ${BASE}

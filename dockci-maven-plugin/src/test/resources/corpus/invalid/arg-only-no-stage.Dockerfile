# Broken on purpose: build arguments but no FROM, so there is no stage to build.
ARG VERSION=1.0
ARG BASE=alpine:3.20

# Broken on purpose: --platform belongs to FROM, not RUN.
FROM alpine:3.20
RUN --platform=linux/arm64 uname -m

# Broken on purpose: ARGS is no instruction.
ARGS VERSION=1.0
FROM alpine:3.20

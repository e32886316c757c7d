# Broken on purpose: LABEL needs at least one label.
FROM alpine:3.20
LABEL

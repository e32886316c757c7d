# Broken on purpose: a label needs a value.
FROM alpine:3.20
LABEL experimental

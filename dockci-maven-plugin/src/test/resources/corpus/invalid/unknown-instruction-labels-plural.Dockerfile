# Broken on purpose: LABELS is no instruction.
FROM alpine:3.20
LABELS version=1

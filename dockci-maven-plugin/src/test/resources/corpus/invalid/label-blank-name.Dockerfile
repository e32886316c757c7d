# Broken on purpose: the label has no name.
FROM alpine:3.20
LABEL ="value"

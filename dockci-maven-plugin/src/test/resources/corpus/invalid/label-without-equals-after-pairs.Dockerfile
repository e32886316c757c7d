# Broken on purpose: once the first word is key=value, every word must be.
FROM alpine:3.20
LABEL version=1.0 description

# Broken on purpose: the description is not quoted, so its words are read as more labels.
FROM alpine:3.20
LABEL org.opencontainers.image.description=A small tool

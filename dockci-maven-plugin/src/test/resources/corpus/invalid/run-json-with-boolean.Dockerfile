# Broken on purpose: true is not a string.
FROM alpine:3.20
RUN ["/bin/sh", "-c", true]

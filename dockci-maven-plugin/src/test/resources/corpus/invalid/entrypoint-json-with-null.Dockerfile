# Broken on purpose: null is not a string.
FROM alpine:3.20
ENTRYPOINT ["/app", null]

# Broken on purpose: the second comment line lost its hash.
FROM alpine:3.20
# Install the tools we need
for the release scripts
RUN apk add --no-cache bash

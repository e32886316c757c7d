# Broken on purpose: the ARG line ends with a backslash, so FROM becomes part of it and RUN comes first.
ARG VERSION=1.0 \
FROM alpine:3.20
RUN echo "$VERSION"

# Accepted: BASE_IMAGE has no default, but a --build-arg can give it one. Without it the build fails
# ("base name should not be blank"); that is the build's verdict, not the parser's.
ARG BASE_IMAGE
FROM ${BASE_IMAGE}
RUN true

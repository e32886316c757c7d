# Broken on purpose: a secret mount needs an id, a source or a target.
FROM alpine:3.20
RUN --mount=type=secret cat /run/secrets/token

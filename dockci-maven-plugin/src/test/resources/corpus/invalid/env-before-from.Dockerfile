# Broken on purpose: only ARG may come before the first FROM.
ENV VERSION=1.0
FROM alpine:3.20

# Broken on purpose: only ARG may come before the first FROM.
RUN echo "too early"
FROM alpine:3.20

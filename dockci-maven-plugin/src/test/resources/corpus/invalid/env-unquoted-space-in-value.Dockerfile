# Broken on purpose: the space ends the value, and "World" has no "=".
FROM alpine:3.20
ENV GREETING=Hello World

# Broken on purpose: ENV needs at least one variable.
FROM alpine:3.20
ENV

# Broken on purpose: ENV takes no flags.
FROM alpine:3.20
ENV --global A=1

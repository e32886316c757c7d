FROM alpine:3.20
HEALTHCHECK --start-period=30s --start-interval=2s CMD wget -q --spider http://localhost/ || exit 1

FROM alpine:3.20
COPY healthcheck /bin/healthcheck
HEALTHCHECK CMD ["/bin/healthcheck", "--quiet"]
ENTRYPOINT ["/bin/sh", "-c", "exec sleep infinity"]

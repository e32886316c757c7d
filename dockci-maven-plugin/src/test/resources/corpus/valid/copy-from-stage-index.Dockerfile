FROM alpine:3.20
RUN echo built > /artifact

FROM alpine:3.20
COPY --from=0 /artifact /artifact
COPY --from=docker.io/library/busybox:1.36 /bin/busybox /bin/busybox
CMD ["cat", "/artifact"]

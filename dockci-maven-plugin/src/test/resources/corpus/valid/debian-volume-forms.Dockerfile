FROM debian:bookworm-slim
RUN mkdir -p /data /logs /cache
VOLUME /data
VOLUME ["/logs", "/cache"]
VOLUME /tmp/a /tmp/b
CMD ["sleep", "infinity"]

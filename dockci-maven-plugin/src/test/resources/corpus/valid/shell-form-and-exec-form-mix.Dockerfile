FROM debian:bookworm-slim
RUN echo "shell form" > /tmp/a
RUN ["/bin/bash", "-c", "echo exec form > /tmp/b"]
RUN [ "sh", "-c", "echo spaced brackets" ]
ENTRYPOINT ["/usr/bin/tini", "--"]
CMD exec /usr/local/bin/server --port 8080

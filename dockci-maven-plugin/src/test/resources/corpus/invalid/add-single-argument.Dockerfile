# Broken on purpose: ADD needs a source and a destination.
FROM debian:bookworm-slim
ADD https://example.org/tool.tar.gz

FROM debian:bookworm-slim
SHELL ["/bin/bash", "-o", "pipefail", "-c"]
RUN apt-get update \
    && apt-get install -y --no-install-recommends wget ca-certificates \
    && wget -qO- https://example.org/install.sh | bash \
    && rm -rf /var/lib/apt/lists/*
SHELL ["/bin/sh", "-c"]
CMD echo done

# Broken on purpose: a backslash is missing, so the next line starts a new, unknown instruction.
FROM debian:bookworm-slim
RUN apt-get update && apt-get install -y --no-install-recommends \
        curl \
        git
        unzip \
    && rm -rf /var/lib/apt/lists/*

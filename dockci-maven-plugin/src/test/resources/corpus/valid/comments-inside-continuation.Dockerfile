FROM debian:bookworm-slim
RUN apt-get update \
# comment at column one
    && apt-get install -y \
        # indented comment
        procps \
    # comment with a trailing backslash \
        less \
    && true

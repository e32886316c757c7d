FROM ubuntu:22.04

ENV DEBIAN_FRONTEND=noninteractive

# One layer for every system package, sorted so that diffs stay readable.
RUN apt-get update && \
    apt-get install -y --no-install-recommends \
        # build tools
        build-essential \
        cmake \
        pkg-config \

        # libraries the extension links against
        libssl-dev \
        libffi-dev \
        zlib1g-dev \
        # runtime helpers
        curl \
        git \
        tini \
    && apt-get clean \
    && rm -rf /var/lib/apt/lists/*

WORKDIR /src
CMD ["bash"]

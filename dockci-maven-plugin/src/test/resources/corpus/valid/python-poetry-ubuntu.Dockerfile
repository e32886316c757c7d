FROM ubuntu:22.04 as base
ENV PYTHONUNBUFFERED=1
RUN apt-get update && apt-get install -y --no-install-recommends python3 python3-pip python3-venv \
    && rm -rf /var/lib/apt/lists/*

from base as builder
RUN pip3 install --no-cache-dir poetry==1.8.3
WORKDIR /build
COPY pyproject.toml poetry.lock ./
RUN poetry export -f requirements.txt -o requirements.txt --without-hashes

FROM base
COPY --from=builder /build/requirements.txt /tmp/
RUN pip3 install --no-cache-dir -r /tmp/requirements.txt
COPY app /app
WORKDIR /app
CMD python3 -m app

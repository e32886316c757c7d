FROM golang:1.22
WORKDIR /src
COPY . .
RUN --mount=type=cache,target=/root/.cache/go-build \
    --mount=type=cache,target=/go/pkg/mod,sharing=locked \
    go build -o /out/app .
RUN --mount=type=secret,id=netrc,target=/root/.netrc \
    --mount=type=bind,source=scripts,target=/scripts \
    /scripts/fetch-private.sh
RUN --mount=type=tmpfs,target=/tmp echo scratch space

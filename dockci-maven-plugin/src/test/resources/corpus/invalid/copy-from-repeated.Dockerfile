# Broken on purpose: --from is given twice.
FROM golang:1.22 AS build
RUN go version > /v
FROM alpine:3.20
COPY --from=build --from=build /v /v

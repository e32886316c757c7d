# Broken on purpose: ADD has no --from (COPY has).
FROM golang:1.22 AS build
RUN go version > /v
FROM alpine:3.20
ADD --from=build /v /v

# Broken on purpose: AS needs a stage name.
FROM golang:1.22 AS
RUN go version

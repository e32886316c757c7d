# Broken on purpose: stage names must start with a letter.
FROM golang:1.22 AS 1st
RUN go version

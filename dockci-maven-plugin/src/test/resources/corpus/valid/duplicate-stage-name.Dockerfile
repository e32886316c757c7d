# Two stages share a name: today's BuildKit only warns (lint rule DuplicateStageName), 20.10 says nothing.
FROM golang:1.22 AS build
RUN go version > /versions

FROM node:20 AS build
RUN node --version >> /versions

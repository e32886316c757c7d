# Broken on purpose: two stages are named "build".
FROM golang:1.22 AS build
RUN go version
FROM node:20 AS build
RUN node --version

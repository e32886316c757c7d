# syntax=docker/dockerfile:1
# escape=\
FROM alpine:3.20
RUN echo "both directives" \
    && echo "are honoured"

FROM alpine:3.20
ARG USERNAME
ARG UID=1000 GID=1000
ARG EMPTY_DEFAULT=
ARG QUOTED="a value with spaces"
RUN addgroup -g "$GID" "$USERNAME" && adduser -D -u "$UID" -G "$USERNAME" "$USERNAME"

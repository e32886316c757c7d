# Broken on purpose: USER needs a user.
FROM alpine:3.20
USER

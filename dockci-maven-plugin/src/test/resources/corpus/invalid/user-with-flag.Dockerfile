# Broken on purpose: USER takes no flags.
FROM alpine:3.20
USER --uid=1000 app

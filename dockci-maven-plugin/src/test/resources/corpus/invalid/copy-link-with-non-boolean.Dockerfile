# Broken on purpose: --link is a boolean flag.
FROM alpine:3.20
COPY --link=maybe app /app

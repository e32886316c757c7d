# Broken on purpose: --link is given twice.
FROM alpine:3.20
COPY --link --link app /app

# Broken on purpose: once the first word is name=value, every word must be.
FROM alpine:3.20
ENV APP_ENV=production DEBUG

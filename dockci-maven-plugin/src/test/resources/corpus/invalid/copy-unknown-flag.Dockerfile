# Broken on purpose: --chmown is a typo of --chown.
FROM alpine:3.20
COPY --chmown=app:app . /app

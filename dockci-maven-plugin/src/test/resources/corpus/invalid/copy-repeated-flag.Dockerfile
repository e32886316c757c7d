# Broken on purpose: --chown is given twice.
FROM alpine:3.20
COPY --chown=app:app --chown=root:root . /app

# Broken on purpose: COPY needs a source and a destination.
FROM alpine:3.20
COPY app.jar

# Broken on purpose: COPY in JSON form needs a source and a destination too.
FROM alpine:3.20
COPY ["app.jar"]

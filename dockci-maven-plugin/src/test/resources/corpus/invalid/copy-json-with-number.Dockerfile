# Broken on purpose: 1 is not a string.
FROM alpine:3.20
COPY ["config.yml", 1, "/etc/app/"]

# Broken on purpose: MAINTAINER takes no flags.
FROM alpine:3.20
MAINTAINER --email=jane@example.org Jane

FROM alpine:3.20
# MAINTAINER, USER and WORKDIR take the whole rest of the line as one argument.
MAINTAINER Jane Doe and the platform team
WORKDIR /path with spaces
USER nobody extra

# Broken on purpose: MAINTAINER needs a name.
FROM alpine:3.20
MAINTAINER

# Broken on purpose: MAINTAINER cannot be an ONBUILD trigger.
FROM node:20
ONBUILD MAINTAINER ops@example.org

# Broken on purpose: ONBUILD takes no flags of its own.
FROM node:20
ONBUILD --always RUN npm ci

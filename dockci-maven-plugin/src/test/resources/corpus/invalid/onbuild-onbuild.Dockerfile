# Broken on purpose: ONBUILD cannot be chained.
FROM node:20
ONBUILD ONBUILD RUN npm ci

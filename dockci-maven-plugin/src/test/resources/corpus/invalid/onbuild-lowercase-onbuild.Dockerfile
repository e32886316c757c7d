# Broken on purpose: chaining is refused whatever the case.
FROM node:20
ONBUILD onbuild COPY . /app

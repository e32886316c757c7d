# Broken on purpose: CPOY is no instruction.
FROM node:20-alpine
WORKDIR /app
CPOY package.json .
RUN npm ci

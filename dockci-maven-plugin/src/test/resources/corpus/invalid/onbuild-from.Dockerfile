# Broken on purpose: FROM cannot be an ONBUILD trigger.
FROM node:20
ONBUILD FROM node:20-alpine

# Broken on purpose: the trigger's labels are malformed.
FROM node:20
ONBUILD LABEL team=web owner

# Broken on purpose: the trigger itself is malformed (ENV in legacy form without a value).
FROM node:20
ONBUILD ENV NODE_ENV

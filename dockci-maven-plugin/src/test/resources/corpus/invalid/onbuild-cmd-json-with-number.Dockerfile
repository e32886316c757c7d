# Broken on purpose: the trigger's JSON array holds a number.
FROM node:20
ONBUILD CMD ["node", "server.js", 3000]

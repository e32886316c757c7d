# Broken on purpose: EXPOSE needs at least one port.
FROM nginx:1.27
EXPOSE

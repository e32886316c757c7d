# Broken on purpose: HEALTHCHECK needs CMD or NONE.
FROM nginx:1.27
HEALTHCHECK

# Broken on purpose: HEALTHCHECK NONE takes nothing after it.
FROM nginx:1.27
HEALTHCHECK NONE curl -f http://localhost/

# Broken on purpose: the check is written without CMD.
FROM nginx:1.27
HEALTHCHECK curl -f http://localhost/ || exit 1

# Broken on purpose: an empty JSON array is no command.
FROM nginx:1.27
HEALTHCHECK CMD []

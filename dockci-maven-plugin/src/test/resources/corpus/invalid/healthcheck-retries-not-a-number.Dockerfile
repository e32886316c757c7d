# Broken on purpose: retries must be a number.
FROM nginx:1.27
HEALTHCHECK --retries=three CMD curl -f http://localhost/

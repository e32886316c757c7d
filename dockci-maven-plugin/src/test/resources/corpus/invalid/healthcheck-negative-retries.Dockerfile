# Broken on purpose: retries cannot be negative.
FROM nginx:1.27
HEALTHCHECK --retries=-1 CMD curl -f http://localhost/

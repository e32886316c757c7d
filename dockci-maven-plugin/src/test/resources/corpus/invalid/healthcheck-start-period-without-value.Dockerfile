# Broken on purpose: --start-period needs "=value".
FROM nginx:1.27
HEALTHCHECK --start-period CMD curl -f http://localhost/

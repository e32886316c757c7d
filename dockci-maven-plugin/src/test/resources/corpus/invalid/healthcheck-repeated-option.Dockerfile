# Broken on purpose: --timeout is given twice.
FROM nginx:1.27
HEALTHCHECK --timeout=3s --timeout=5s CMD curl -f http://localhost/

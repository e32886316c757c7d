# Broken on purpose: a duration needs a unit (30s, not 30).
FROM nginx:1.27
HEALTHCHECK --interval=30 CMD curl -f http://localhost/

# Broken on purpose: HEALTHCHECK has no --interval-seconds option.
FROM nginx:1.27
HEALTHCHECK --interval-seconds=30 CMD curl -f http://localhost/

# Broken on purpose: "often" is no duration.
FROM nginx:1.27
HEALTHCHECK --interval=often CMD curl -f http://localhost/

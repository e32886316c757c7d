# Broken on purpose: the options are followed by the command without CMD.
FROM nginx:1.27
HEALTHCHECK --interval=30s --timeout=3s \
    wget -q --spider http://localhost/

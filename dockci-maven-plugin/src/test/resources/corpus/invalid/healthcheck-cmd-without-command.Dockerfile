# Broken on purpose: HEALTHCHECK CMD needs a command.
FROM nginx:1.27
HEALTHCHECK --interval=30s CMD

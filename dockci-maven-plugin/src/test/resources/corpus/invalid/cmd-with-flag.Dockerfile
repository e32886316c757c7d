# Broken on purpose: CMD takes no flags, so "--verbose" must come after the program.
FROM alpine:3.20
CMD --verbose /app

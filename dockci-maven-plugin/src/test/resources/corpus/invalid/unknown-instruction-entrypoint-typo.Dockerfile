# Broken on purpose: ENTRYPONT is no instruction.
FROM alpine:3.20
COPY app /app
ENTRYPONT ["/app"]

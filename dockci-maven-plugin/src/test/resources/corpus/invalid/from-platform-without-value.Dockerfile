# Broken on purpose: --platform needs "=value".
FROM --platform alpine:3.20

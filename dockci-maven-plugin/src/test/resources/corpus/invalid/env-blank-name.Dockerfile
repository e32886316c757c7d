# Broken on purpose: the variable has no name.
FROM alpine:3.20
ENV =production

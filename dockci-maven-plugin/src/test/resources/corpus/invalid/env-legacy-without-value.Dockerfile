# Broken on purpose: ENV in the legacy form needs a value after the name.
FROM alpine:3.20
ENV DEBUG

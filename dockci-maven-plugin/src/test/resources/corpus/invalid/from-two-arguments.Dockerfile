# Broken on purpose: the tag is separated by a space instead of a colon.
FROM alpine 3.20

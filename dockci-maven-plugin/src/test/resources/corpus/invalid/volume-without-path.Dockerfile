# Broken on purpose: VOLUME needs at least one path.
FROM postgres:16
VOLUME

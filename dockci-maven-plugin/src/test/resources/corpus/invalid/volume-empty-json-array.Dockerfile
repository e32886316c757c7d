# Broken on purpose: an empty JSON array gives VOLUME no path.
FROM postgres:16
VOLUME []

# Broken on purpose: 5432 is not a string.
FROM postgres:16
VOLUME ["/data", 5432]

# Broken on purpose: a volume path cannot be empty.
FROM postgres:16
VOLUME ["/var/lib/postgresql/data", ""]

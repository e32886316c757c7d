# Broken on purpose: a JSON array of arrays is not a list of strings.
FROM debian:bookworm-slim
SHELL [["/bin/bash"], "-c"]

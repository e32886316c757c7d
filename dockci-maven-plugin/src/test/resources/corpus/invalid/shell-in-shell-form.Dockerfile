# Broken on purpose: SHELL only takes the JSON form.
FROM debian:bookworm-slim
SHELL /bin/bash -o pipefail -c

# Broken on purpose: SHELL takes no flags.
FROM debian:bookworm-slim
SHELL --login ["/bin/bash", "-c"]

# Broken on purpose: the missing bracket makes this shell form, which SHELL refuses.
FROM debian:bookworm-slim
SHELL ["/bin/bash", "-c"

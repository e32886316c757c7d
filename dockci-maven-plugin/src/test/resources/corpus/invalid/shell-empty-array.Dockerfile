# Broken on purpose: SHELL needs at least one word.
FROM debian:bookworm-slim
SHELL []

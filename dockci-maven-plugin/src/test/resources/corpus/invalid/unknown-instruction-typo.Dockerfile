# Broken on purpose: RUNN is no instruction.
FROM debian:bookworm-slim
RUNN apt-get update
CMD ["bash"]

# Broken on purpose: the heredoc is never closed.
FROM debian:bookworm-slim
RUN <<EOF
apt-get update
apt-get install -y curl

FROM debian:bookworm-slim
USER nobody
CMD ["/bin/true"]

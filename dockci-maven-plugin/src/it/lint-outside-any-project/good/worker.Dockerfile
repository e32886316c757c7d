FROM debian:bookworm-slim
USER 65534
CMD ["/bin/true"]

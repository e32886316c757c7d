FROM debian:bookworm-slim
ADD ignored-because-not-asked.txt /x

FROM rust:1.79 AS planner
WORKDIR /app
COPY . .
RUN cargo install cargo-chef && cargo chef prepare --recipe-path recipe.json

FROM rust:1.79 AS cacher
WORKDIR /app
RUN cargo install cargo-chef
COPY --from=planner /app/recipe.json recipe.json
RUN cargo chef cook --release --recipe-path recipe.json

FROM rust:1.79 AS builder
WORKDIR /app
COPY . .
COPY --from=cacher /app/target target
COPY --from=cacher /usr/local/cargo /usr/local/cargo
RUN cargo build --release --bin server

FROM debian:bookworm-slim AS runtime
COPY --from=builder /app/target/release/server /usr/local/bin/
ENTRYPOINT ["/usr/local/bin/server"]

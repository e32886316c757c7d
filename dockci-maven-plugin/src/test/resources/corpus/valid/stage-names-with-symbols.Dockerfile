FROM alpine:3.20 AS build-env_1.0
RUN echo a > /a

FROM alpine:3.20 AS Final
COPY --from=build-env_1.0 /a /a

FROM golang:1.22 AS build
WORKDIR /src
COPY . .
RUN go build -o /out/app .

FROM gcr.io/distroless/base-debian12
COPY --link --from=build /out/app /app
ADD --link https://example.org/LICENSE /LICENSE
ENTRYPOINT ["/app"]

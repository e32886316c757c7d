FROM --platform=$BUILDPLATFORM golang:1.22 AS build
ARG TARGETOS
ARG TARGETARCH
WORKDIR /src
COPY . .
RUN GOOS=$TARGETOS GOARCH=$TARGETARCH go build -o /out/tool .

FROM --platform=$TARGETPLATFORM alpine:3.20
COPY --from=build /out/tool /usr/local/bin/tool
ENTRYPOINT ["tool"]

FROM alpine:3.20
COPY ["file with spaces.txt", "/opt/dir with spaces/"]
ADD ["https://example.org/archive.tar.gz", "/tmp/"]
ADD --chown=1000:1000 ["conf", "/etc/app/"]
COPY --from=alpine:3.19 ["/etc/os-release", "/etc/os-release.old"]

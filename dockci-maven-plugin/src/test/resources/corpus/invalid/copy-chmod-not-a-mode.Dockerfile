# Broken on purpose: 999 is no file mode.
FROM alpine:3.20
COPY --chmod=999 run.sh /usr/local/bin/run.sh

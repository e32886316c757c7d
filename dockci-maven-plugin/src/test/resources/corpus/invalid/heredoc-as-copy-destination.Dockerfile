# Broken on purpose: a heredoc can be a COPY source, never its destination.
FROM alpine:3.20
COPY config.txt <<EOF
/etc/app/config.txt
EOF

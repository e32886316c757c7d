FROM alpine:3.20
COPY <<EOF /templates/Dockerfile
FROM scratch
NOTANINSTRUCTION here
EOF
RUN ls /templates

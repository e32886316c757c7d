# syntax=docker/dockerfile:1.4
FROM nginx:1.27-alpine
COPY <<EOF /etc/nginx/conf.d/default.conf
server {
    listen 80;
    location / { return 200 'ok'; }
}
EOF
COPY --chmod=0755 <<'SCRIPT' /docker-entrypoint.d/99-banner.sh
#!/bin/sh
echo "starting $HOSTNAME"
SCRIPT

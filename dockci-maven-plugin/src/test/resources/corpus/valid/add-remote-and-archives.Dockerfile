FROM debian:bookworm-slim
ADD https://example.org/tools/linux-amd64.tar.gz /opt/
ADD rootfs.tar.xz /
ADD --chown=www-data:www-data site.tgz /var/www/
ADD --chmod=0755 https://example.org/bin/tool /usr/local/bin/tool

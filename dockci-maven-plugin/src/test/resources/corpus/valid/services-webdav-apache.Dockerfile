FROM debian:bookworm-slim
RUN apt-get update \
 && apt-get install -y --no-install-recommends apache2 apache2-utils \
 && a2enmod dav dav_fs auth_digest \
 && rm -rf /var/lib/apt/lists/*
COPY webdav.conf /etc/apache2/sites-available/000-default.conf
RUN mkdir -p /var/www/webdav && chown -R www-data:www-data /var/www/webdav
VOLUME /var/www/webdav
EXPOSE 80
HEALTHCHECK CMD ["sh", "-c", "wget -q --spider http://localhost/ || exit 1"]
CMD ["apachectl", "-D", "FOREGROUND"]

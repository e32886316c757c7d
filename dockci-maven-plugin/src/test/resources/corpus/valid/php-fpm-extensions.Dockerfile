FROM php:8.3-fpm-alpine
RUN set -ex \
	&& apk add --no-cache --virtual .build-deps $PHPIZE_DEPS icu-dev libzip-dev \
	&& docker-php-ext-install -j"$(nproc)" intl zip opcache pdo_mysql \
	&& runDeps="$( \
		scanelf --needed --nobanner --format '%n#p' --recursive /usr/local/lib/php/extensions \
			| tr ',' '\n' \
			| sort -u \
			| awk 'system("[ -e /usr/local/lib/" $1 " ]") == 0 { next } { print "so:" $1 }' \
	)" \
	&& apk add --no-cache $runDeps \
	&& apk del .build-deps
COPY --chown=www-data:www-data . /var/www/html

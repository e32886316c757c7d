FROM debian:12
ENV APP_USER=svc \
    APP_UID=10001 \
    APP_DIR="/srv/my service" \
    JAVA_OPTS='-Xms64m -Xmx256m' \
    EMPTY= \
    ESCAPED=a\ b
RUN useradd --uid "$APP_UID" --create-home "$APP_USER"
USER ${APP_USER}

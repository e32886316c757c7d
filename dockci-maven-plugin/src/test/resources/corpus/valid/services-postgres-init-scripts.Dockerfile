FROM postgres:16-bookworm
ENV POSTGRES_DB=app \
    POSTGRES_USER=app
COPY --chown=postgres:postgres initdb/*.sql /docker-entrypoint-initdb.d/
HEALTHCHECK --interval=5s --timeout=5s --retries=10 \
    CMD pg_isready -U "$POSTGRES_USER" -d "$POSTGRES_DB" || exit 1

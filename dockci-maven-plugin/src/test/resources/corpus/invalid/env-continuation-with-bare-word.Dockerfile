# Broken on purpose: the continued line holds a name without "=".
FROM alpine:3.20
ENV JAVA_HOME=/opt/java \
    JAVA_OPTS

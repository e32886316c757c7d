# Broken on purpose: two heredocs are opened, only the first is closed.
FROM alpine:3.20
RUN <<ONE cat > /a && <<TWO cat > /b
first
ONE
second

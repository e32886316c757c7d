FROM alpine:3.20
LABEL description="Café ☕ — 日本語 ✓"
ENV GREETING="Grüß Gott"
RUN echo "$GREETING 🚀" > /greeting

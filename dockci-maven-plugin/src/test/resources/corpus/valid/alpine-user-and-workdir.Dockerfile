FROM alpine:3.19
RUN addgroup -S app && adduser -S -G app app
WORKDIR /home/app
COPY --chown=app:app . .
USER app
CMD ["./run.sh"]

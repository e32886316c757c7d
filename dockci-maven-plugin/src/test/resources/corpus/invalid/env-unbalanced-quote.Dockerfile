# Broken on purpose: the value's double quote is never closed.
FROM alpine:3.20
ENV GREETING="Hello, world
CMD ["sh", "-c", "echo $GREETING"]

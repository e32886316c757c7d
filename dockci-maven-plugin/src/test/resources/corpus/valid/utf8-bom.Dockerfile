FROM alpine:3.20
RUN echo file starts with a byte-order mark

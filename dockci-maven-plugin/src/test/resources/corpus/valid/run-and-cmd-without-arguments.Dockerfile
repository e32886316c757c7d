FROM alpine:3.20
# Docker's parser takes RUN, CMD and ENTRYPOINT with nothing after them.
RUN
CMD
ENTRYPOINT

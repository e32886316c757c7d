FROM alpine:3.20
RUN echo windows line endings \
    && echo still the same instruction
CMD ["sh"]

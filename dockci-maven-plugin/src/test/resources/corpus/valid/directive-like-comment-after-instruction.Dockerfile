FROM alpine:3.20
# escape=`
# This line is a plain comment: directives only count before anything else.
RUN echo a \
    b

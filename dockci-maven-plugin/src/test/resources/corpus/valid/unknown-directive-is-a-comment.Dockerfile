# foo=bar
# escape=`
FROM alpine:3.20
# The escape line above came after an unknown one, so it is only a comment.
RUN echo a \
    b

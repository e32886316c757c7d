FROM alpine:3.20
RUN echo "# not a comment" # and this is passed to the shell too
ENV COLOR=#ff0000
LABEL hash=#1

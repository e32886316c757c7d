FROM alpine:3.20
# The trailing backslash joins the next line, so "RUN echo b" becomes arguments of the first RUN.
RUN echo a \
RUN echo b

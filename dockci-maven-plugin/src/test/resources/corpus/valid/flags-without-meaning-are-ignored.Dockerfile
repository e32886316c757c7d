FROM alpine:3.20
# ARG and STOPSIGNAL never read their flags, so Docker lets any through.
ARG --anything=goes NAME=value
STOPSIGNAL --whatever SIGINT

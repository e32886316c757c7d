# escape=\
# ESCAPE=\
FROM alpine:3.20

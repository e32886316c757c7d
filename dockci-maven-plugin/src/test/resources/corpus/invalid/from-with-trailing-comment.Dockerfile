# Broken on purpose: comments are whole lines only, so "# base image" are two more FROM arguments.
FROM alpine:3.20 # base image

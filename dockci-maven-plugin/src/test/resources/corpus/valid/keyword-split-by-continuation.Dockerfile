FROM alpine:3.20
RU\
N echo the keyword itself is continued

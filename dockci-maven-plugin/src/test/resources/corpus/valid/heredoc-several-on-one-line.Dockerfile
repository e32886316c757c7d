FROM alpine:3.20
RUN <<FILE1 cat > /etc/first.conf && <<FILE2 cat > /etc/second.conf
first=1
FILE1
second=2
FILE2
RUN cat /etc/first.conf /etc/second.conf

FROM alpine:3.20
COPY --chmod=755 run.sh /usr/local/bin/run.sh
COPY --chmod=0640 app.conf /etc/app.conf
ADD --chmod=644 notes.txt /notes.txt

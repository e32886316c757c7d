FROM ubuntu:22.04
RUN apt-get update && apt-get install -y --no-install-recommends \
      supervisor \
      openssh-server \
      apache2 \
  && mkdir -p /var/lock/apache2 /var/run/apache2 /var/run/sshd /var/log/supervisor \
  && rm -rf /var/lib/apt/lists/*
COPY supervisord.conf /etc/supervisor/conf.d/supervisord.conf
EXPOSE 22 80
CMD ["/usr/bin/supervisord", "-n"]

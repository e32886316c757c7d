FROM ubuntu:24.04
RUN apt-get update && apt-get install -y --no-install-recommends dnsmasq && rm -rf /var/lib/apt/lists/*
EXPOSE 53/udp 53/tcp 67/udp
EXPOSE 8000-8010
CMD ["dnsmasq", "--keep-in-foreground"]

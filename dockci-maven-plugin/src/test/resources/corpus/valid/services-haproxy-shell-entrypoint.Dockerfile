FROM haproxy:2.9
COPY haproxy.cfg /usr/local/etc/haproxy/haproxy.cfg
USER root
RUN mkdir -p /run/haproxy && chown haproxy:haproxy /run/haproxy
USER haproxy
ENTRYPOINT exec haproxy -f /usr/local/etc/haproxy/haproxy.cfg -db

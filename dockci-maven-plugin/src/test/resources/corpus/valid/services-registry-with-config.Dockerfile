FROM registry:2.8
COPY config.yml /etc/docker/registry/config.yml
ENV REGISTRY_STORAGE_DELETE_ENABLED="true"
EXPOSE 5000
VOLUME ["/var/lib/registry"]
ENTRYPOINT ["/entrypoint.sh"]
CMD ["/etc/docker/registry/config.yml"]

FROM example/base-with-healthcheck:1.0
# The base image checks a port this variant does not open.
HEALTHCHECK NONE
CMD ["worker"]

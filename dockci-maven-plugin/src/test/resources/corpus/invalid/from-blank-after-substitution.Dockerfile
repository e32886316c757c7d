# Broken on purpose: BASE_IMAGE is declared without a default and is empty, so FROM has no image.
ARG BASE_IMAGE
FROM ${BASE_IMAGE}
RUN true

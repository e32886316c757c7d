ARG BASE_IMAGE=debian
ARG BASE_TAG=bookworm-slim
ARG HTTP_PROXY
FROM ${BASE_IMAGE}:${BASE_TAG}
# Global ARGs have to be declared again to be used inside the stage.
ARG BASE_TAG
RUN echo "built on ${BASE_TAG}" > /etc/build-info

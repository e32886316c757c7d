FROM python:3.12-slim
COPY wheels /wheels
RUN --network=none pip install --no-index --find-links=/wheels app
RUN --network=default echo "the default network"

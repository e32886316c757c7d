FROM python:3.12-slim
WORKDIR /usr/src/app
onbuild copy requirements.txt /usr/src/app/
ONBUILD RUN pip install --no-cache-dir -r requirements.txt
ONBUILD COPY . /usr/src/app
ONBUILD HEALTHCHECK --interval=1m CMD python -c "import sys; sys.exit(0)"
ONBUILD LABEL built.from="onbuild base"
ONBUILD EXPOSE 8000
ONBUILD USER nobody

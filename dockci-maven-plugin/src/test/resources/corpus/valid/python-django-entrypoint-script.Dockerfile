FROM python:3.11-alpine
RUN apk add --no-cache postgresql-libs \
 && apk add --no-cache --virtual .build-deps gcc musl-dev postgresql-dev
COPY requirements.txt /code/
RUN pip install -r /code/requirements.txt && apk --purge del .build-deps
COPY . /code/
WORKDIR /code
ENTRYPOINT ["/code/docker-entrypoint.sh"]
CMD ["gunicorn", "mysite.wsgi"]

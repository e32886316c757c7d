# Broken on purpose: the FROM line is missing.
RUN apt-get update
COPY . /app
CMD ["/app/run"]

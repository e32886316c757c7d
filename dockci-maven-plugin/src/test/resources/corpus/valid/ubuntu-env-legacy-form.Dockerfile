FROM ubuntu:20.04
MAINTAINER Jane Doe <jane@example.org>
ENV LANG C.UTF-8
ENV LC_ALL C.UTF-8
ENV APP_HOME /opt/my app with spaces
ENV PATH $APP_HOME/bin:$PATH
RUN mkdir -p "$APP_HOME/bin"
WORKDIR $APP_HOME

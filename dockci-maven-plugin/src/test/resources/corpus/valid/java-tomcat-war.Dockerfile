FROM tomcat:10.1-jdk17-temurin
RUN rm -rf /usr/local/tomcat/webapps/*
COPY target/shop.war /usr/local/tomcat/webapps/ROOT.war
ENV CATALINA_OPTS "-Xms256m -Xmx512m -Djava.security.egd=file:/dev/./urandom"
EXPOSE 8080
CMD ["catalina.sh", "run"]

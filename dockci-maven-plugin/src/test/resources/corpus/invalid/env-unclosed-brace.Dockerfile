# Broken on purpose: "${JAVA_HOME" lacks its closing brace.
FROM eclipse-temurin:21
ENV PATH=${JAVA_HOME/bin:$PATH

# Broken on purpose: the port is declared with EXPOSE, PORT does not exist.
FROM nginx:1.27
PORT 80

# Broken on purpose: EXPOSE takes no flags.
FROM nginx:1.27
EXPOSE --protocol=udp 53

# Broken on purpose: STOPSIGNAL needs a signal.
FROM nginx:1.27
STOPSIGNAL

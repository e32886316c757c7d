# Broken on purpose: durations under 1ms are refused.
FROM nginx:1.27
HEALTHCHECK --timeout=500us CMD curl -f http://localhost/

# Broken on purpose: FROM needs an image.
FROM
RUN true

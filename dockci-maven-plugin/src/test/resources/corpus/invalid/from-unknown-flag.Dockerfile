# Broken on purpose: --plataform is a typo of --platform.
FROM --plataform=linux/amd64 alpine:3.20

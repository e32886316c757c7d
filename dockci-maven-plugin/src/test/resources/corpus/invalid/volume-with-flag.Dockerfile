# Broken on purpose: VOLUME takes no flags.
FROM alpine:3.20
VOLUME --readonly /data

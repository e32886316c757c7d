# Broken on purpose: LABEL takes no flags.
FROM alpine:3.20
LABEL --from=base version=1

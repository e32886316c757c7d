# Broken on purpose: SET is no instruction (ENV is).
FROM alpine:3.20
SET PATH=/opt/bin:$PATH

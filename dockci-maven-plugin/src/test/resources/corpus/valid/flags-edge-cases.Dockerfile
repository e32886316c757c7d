FROM alpine:3.20
# A single dash is no flag; "--" ends the flags; an empty value is still a value.
COPY -notaflag.txt /tmp/
COPY -- --odd-name.txt /tmp/
COPY --chown= a /tmp/
COPY "--chown=1:1" b /tmp/

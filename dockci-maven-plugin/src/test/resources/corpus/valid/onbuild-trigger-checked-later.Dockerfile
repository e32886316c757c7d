FROM alpine:3.20
# A trigger is stored as text: only its line syntax is checked now, the rest when a child build runs it.
ONBUILD NOTANINSTRUCTION with words
ONBUILD COPY only-one-argument
ONBUILD RUN
ONBUILD ["echo", "a JSON array is no instruction name, but it is not checked here either"]

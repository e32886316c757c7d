FROM alpine:3.20
# None of these is a JSON array of strings, so each is kept as a shell command.
CMD ['single', 'quotes']
RUN ["unterminated", "array"
ENTRYPOINT {"not": "an array"}
COPY ["src", "dest"
RUN [not json at all]

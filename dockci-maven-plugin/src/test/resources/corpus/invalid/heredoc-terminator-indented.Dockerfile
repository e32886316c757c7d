# Broken on purpose: without "<<-" the terminator must start the line, so this heredoc never ends.
FROM alpine:3.20
RUN <<EOF
echo hello
    EOF
CMD ["sh"]

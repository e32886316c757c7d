# Broken on purpose: a RUN in JSON form takes no heredoc, so the body lines are read as instructions.
FROM alpine:3.20
RUN ["sh", "-c", "cat <<EOF"]
hello
EOF

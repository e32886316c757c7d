# Broken on purpose: only RUN, COPY and ADD take heredocs, so the body lines are read as instructions.
FROM alpine:3.20
CMD <<EOF
echo hello
EOF

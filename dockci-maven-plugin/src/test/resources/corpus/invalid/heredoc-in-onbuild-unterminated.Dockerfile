# Broken on purpose: the ONBUILD trigger's heredoc is never closed.
FROM alpine:3.20
ONBUILD RUN <<EOF
echo "runs in every child image"

FROM alpine:3.20
ONBUILD RUN <<EOF
echo "runs in every child image"
EOF
CMD ["sh"]

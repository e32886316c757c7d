FROM alpine:3.20
RUN <<-EOT sh
	echo tabs are stripped
	if true; then
		echo nested
	fi
	EOT
RUN python3 <<"PY" || true
print("quoted delimiter, no expansion of $HOME")
PY

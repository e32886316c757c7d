from alpine:3.20 as Base
Run echo mixed case keywords
workdir /tmp
Copy . .
eNv A=b
LaBeL a=b
cmd ["sh"]

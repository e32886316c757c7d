#!/bin/sh
# Writes the routes and finds (or makes) the certificate, then replaces itself with httpd (exec), so
# that httpd is PID 1 and gets docker stop's SIGTERM directly.
#   PROXY_ROUTES (required): MATCH=URL entries separated by commas, spaces or new lines, where MATCH
#     is /path/ (any host name), host (a name of its own) or host/path/, and URL is http://name[:port][/path/].
#     Example: /dav/=http://webdav:8080/,registry.example.org=http://registry:5000/
#   SERVER_NAME (localhost): the front's name, in redirects and in the generated certificate.
#   HTTPS_PORT (443): the public HTTPS port, for the redirects of the HTTP listener.
#   TLS_CERT_FILE, TLS_KEY_FILE (/etc/x3-proxy/tls/tls.crt, tls.key): a certificate of your own (PEM);
#     without one, a self-signed one is made in /var/lib/x3-proxy/tls and kept there.
set -euf

say() { echo "x3-proxy: $*" >&2; }
refuse() { say "$*"; exit 64; }

routes_dir=/run/apache2/x3-proxy
tls_dir=/var/lib/x3-proxy/tls
server_name=${SERVER_NAME:-localhost}
https_port=${HTTPS_PORT:-443}

[ -n "${PROXY_ROUTES:-}" ] || refuse "no routes: set PROXY_ROUTES, e.g. /dav/=http://webdav:8080/,registry.example.org=http://registry:5000/"

# One line per route, "HOST PATH URL" (HOST '*' for path routes), paths and URLs ending with '/'.
table=$routes_dir/routes.txt
: >"$table"
for route in $(printf '%s' "$PROXY_ROUTES" | tr ',\n' '  '); do
  match=${route%%=*}
  url=${route#*=}
  [ "$match" != "$route" ] || refuse "route '$route' has no '=': expected MATCH=http://backend:port/"
  case $match in
    /*) host='*'; path=$match ;;
    */*) host=${match%%/*}; path=/${match#*/} ;;
    *) host=$match; path=/ ;;
  esac
  case $path in */) ;; *) path=$path/ ;; esac
  case $url in */) ;; *) url=$url/ ;; esac
  if [ "$host" != '*' ] && ! printf '%s' "$host" | grep -Eqx '[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?'; then
    refuse "route '$route': '$host' is not a host name"
  fi
  printf '%s' "$path" | grep -Eqx '/([A-Za-z0-9._~-]+/)*' \
    || refuse "route '$route': '$path' is not a path (letters, digits, . _ ~ - between slashes)"
  printf '%s' "$url" | grep -Eqx 'http://[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?(:[0-9]{1,5})?/([A-Za-z0-9._~-]+/)*' \
    || refuse "route '$route': '$url' is not a back end URL like http://name:port/ or http://name:port/path/"
  [ "$host $path" != "* /-/" ] || refuse "route '$route': /-/ is the front's own (health check)"
  echo "$host $path $url" >>"$table"
done
duplicate=$(cut -d' ' -f1,2 "$table" | sort | uniq -d | head -n 1)
[ -z "$duplicate" ] || refuse "two routes for the same host and path: $duplicate"

# Apache takes the first ProxyPass that matches: a longer path must come before its prefixes,
# which reverse order does (/dav/files/ sorts before /dav/).
sort -k1,1 -k2,2r "$table" -o "$table"
{
  echo "# written by the entrypoint from PROXY_ROUTES"
  grep '^\* ' "$table" | while read -r _ path url; do
    echo "ProxyPass $path $url"
    echo "ProxyPassReverse $path $url"
    [ "$path" = / ] || echo "RedirectMatch 301 ^${path%/}\$ $path"
  done
} >"$routes_dir/path-routes.conf"
hosts=$(grep -v '^\* ' "$table" | cut -d' ' -f1 | uniq)
{
  echo "# written by the entrypoint from PROXY_ROUTES"
  for host in $hosts; do
    echo "<VirtualHost *:8443>"
    echo "    ServerName $host"
    echo "    Include /etc/apache2/x3-proxy/https.conf"
    awk -v host="$host" '$1 == host' "$table" | while read -r _ path url; do
      echo "    ProxyPass $path $url"
      echo "    ProxyPassReverse $path $url"
      [ "$path" = / ] || echo "    RedirectMatch 301 ^${path%/}\$ $path"
    done
    echo "</VirtualHost>"
  done
} >"$routes_dir/host-routes.conf"
say "routes: $(tr '\n' ';' <"$table")"

cert=${TLS_CERT_FILE:-/etc/x3-proxy/tls/tls.crt}
key=${TLS_KEY_FILE:-/etc/x3-proxy/tls/tls.key}
if [ -f "$cert" ] && [ -f "$key" ]; then
  say "certificate: $cert"
elif [ -n "${TLS_CERT_FILE:-}${TLS_KEY_FILE:-}" ] || [ -e "$cert" ] || [ -e "$key" ]; then
  refuse "certificate: need both $cert and $key (PEM), or neither to have a self-signed one made"
else
  cert=$tls_dir/tls.crt
  key=$tls_dir/tls.key
  # Every name the front answers for, so that a client that trusts this certificate trusts it for each.
  names=IP:127.0.0.1
  for host in "$server_name" localhost $hosts; do
    case ",$names," in *",DNS:$host,"*) ;; *) names=$names,DNS:$host ;; esac
  done
  if [ -f "$cert" ] && [ -f "$key" ] && [ "$(cat "$tls_dir/names" 2>/dev/null)" = "$names" ]; then
    say "certificate: self-signed, made earlier, $cert"
  else
    say "certificate: making a self-signed one for $names in $cert"
    openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -sha256 -nodes -days 825 \
      -subj "/CN=$server_name" -addext "subjectAltName=$names" -addext basicConstraints=critical,CA:FALSE \
      -addext keyUsage=critical,digitalSignature -addext extendedKeyUsage=serverAuth \
      -keyout "$key" -out "$cert" 2>/dev/null
    chmod 0600 "$key"
    printf '%s' "$names" >"$tls_dir/names"
  fi
fi

export X3_SERVER_NAME="$server_name" X3_TLS_CERT="$cert" X3_TLS_KEY="$key" X3_HTTPS_PORT="$https_port"
if [ "$https_port" = 443 ]; then X3_HTTPS_SUFFIX=; else X3_HTTPS_SUFFIX=":$https_port"; fi
export X3_HTTPS_SUFFIX

# Debian's envvars reads variables that may be unset.
set +u
# shellcheck source=/dev/null
. /etc/apache2/envvars
set -u
exec /usr/sbin/apache2 -D FOREGROUND "$@"

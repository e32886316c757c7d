#!/usr/bin/env bash
# Makes the build environment dockci needs on a Debian/Ubuntu machine, as root:
#   1. a Docker engine that answers `docker info` (Debian's docker.io, started if none runs);
#   2. the base images that cannot be pulled here, made offline with debootstrap (cached tarball);
#   3. a private registry on 127.0.0.1:5000 for the deploy phase (Debian's docker-registry);
#   4. the tools the tests use: git, ssh (x3-jenkins-agent's ITs), dpkg-dev (the refresh test's apt repository);
#   5. npm-groovy-lint 15 from npm, which pipeline-tests runs on the Jenkinsfile (CodeNarc's rules).
# Idempotent: each step checks first and says what it found or did. A second run takes seconds.
set -euo pipefail

CACHE_DIR=${DOCKCI_CACHE_DIR:-/var/cache/dockci}
REGISTRY_ADDR=${DOCKCI_REGISTRY_ADDR:-127.0.0.1:5000}
DEBIAN_MIRROR=${DOCKCI_DEBIAN_MIRROR:-http://deb.debian.org/debian}
# image name -> Debian suite made with debootstrap
BASE_IMAGES=${DOCKCI_BASE_IMAGES:-"debian:bookworm-slim=bookworm"}

say() { printf 'build-env: %s\n' "$*"; }
die() { printf 'build-env: ERROR: %s\n' "$*" >&2; exit 1; }

need_root() {
  [ "$(id -u)" -eq 0 ] || die "$1 needs root (run as root or with sudo)"
}

apt_install() {
  need_root "installing $*"
  command -v apt-get >/dev/null || die "apt-get not found: install $* by hand (this script knows Debian/Ubuntu only)"
  say "installing Debian packages: $*"
  apt-get update -qq || die "apt-get update failed"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" >/dev/null \
    || die "apt-get install $* failed"
}

wait_for() { # wait_for SECONDS DESCRIPTION COMMAND...
  local deadline=$((SECONDS + $1)) what=$2; shift 2
  until "$@" >/dev/null 2>&1; do
    [ "$SECONDS" -lt "$deadline" ] || return 1
    sleep 0.5
  done
  say "$what"
}

ensure_engine() {
  if docker info >/dev/null 2>&1; then
    say "engine: already running ($(docker info --format '{{.ServerVersion}}'))"
    return
  fi
  command -v dockerd >/dev/null || apt_install docker.io
  command -v docker >/dev/null || die "no docker client on PATH after installing docker.io"
  need_root "starting dockerd"
  mkdir -p "$CACHE_DIR"
  say "engine: starting dockerd (log: $CACHE_DIR/dockerd.log)"
  setsid nohup dockerd >"$CACHE_DIR/dockerd.log" 2>&1 < /dev/null &
  wait_for 60 "engine: running" docker info \
    || die "dockerd did not answer within 60 s; see $CACHE_DIR/dockerd.log"
}

ensure_base_image() { # ensure_base_image IMAGE SUITE
  local image=$1 suite=$2 tarball
  if docker image inspect "$image" >/dev/null 2>&1; then
    say "base image $image: present"
    return
  fi
  tarball="$CACHE_DIR/${image//[:\/]/_}.tar"
  if [ ! -s "$tarball" ]; then
    command -v debootstrap >/dev/null || apt_install debootstrap
    local root
    root=$(mktemp -d "$CACHE_DIR/rootfs.XXXXXX")
    say "base image $image: debootstrap $suite from $DEBIAN_MIRROR (about 30 s)"
    if ! debootstrap --variant=minbase "$suite" "$root" "$DEBIAN_MIRROR" >"$CACHE_DIR/debootstrap.log" 2>&1; then
      rm -rf "$root"
      die "debootstrap $suite failed; see $CACHE_DIR/debootstrap.log"
    fi
    # What the official slim images carry: apt sources with updates and security, no apt caches.
    cat >"$root/etc/apt/sources.list" <<SOURCES
deb $DEBIAN_MIRROR $suite main
deb $DEBIAN_MIRROR $suite-updates main
deb ${DEBIAN_MIRROR}-security $suite-security main
SOURCES
    rm -rf "$root"/var/lib/apt/lists/* "$root"/var/cache/apt/*.bin "$root"/var/cache/apt/archives/*.deb
    tar -C "$root" -cf "$tarball.part" . && mv "$tarball.part" "$tarball"
    rm -rf "$root"
  fi
  say "base image $image: importing $tarball"
  docker import --change 'CMD ["bash"]' "$tarball" "$image" >/dev/null
}

registry_answers() { curl -fs -o /dev/null "http://$REGISTRY_ADDR/v2/" 2>/dev/null; }

ensure_registry() {
  if registry_answers; then
    say "registry: already answering on $REGISTRY_ADDR"
    return
  fi
  command -v docker-registry >/dev/null || apt_install docker-registry
  mkdir -p "$CACHE_DIR/registry"
  # Our own config: loopback only, no auth (a build-machine registry), storage in the cache.
  cat >"$CACHE_DIR/registry.yml" <<CONFIG
version: 0.1
log:
  level: warn
storage:
  filesystem:
    rootdirectory: $CACHE_DIR/registry
  delete:
    enabled: true
http:
  addr: $REGISTRY_ADDR
CONFIG
  say "registry: starting docker-registry on $REGISTRY_ADDR (log: $CACHE_DIR/registry.log)"
  setsid nohup docker-registry serve "$CACHE_DIR/registry.yml" >"$CACHE_DIR/registry.log" 2>&1 < /dev/null &
  wait_for 30 "registry: answering on $REGISTRY_ADDR" registry_answers \
    || die "registry did not answer on $REGISTRY_ADDR within 30 s; see $CACHE_DIR/registry.log"
}

ensure_tools() {
  local missing=()
  command -v git >/dev/null || missing+=(git)
  command -v ssh >/dev/null && command -v ssh-keygen >/dev/null || missing+=(openssh-client)
  command -v curl >/dev/null || missing+=(curl)
  # the security refresh's end-to-end test makes .deb packages and indexes them (dpkg-deb, dpkg-scanpackages)
  command -v dpkg-scanpackages >/dev/null || missing+=(dpkg-dev)
  # tests start throwaway registries of their own with it, whatever answers on the registry port
  command -v docker-registry >/dev/null || missing+=(docker-registry)
  if [ ${#missing[@]} -eq 0 ]; then
    say "tools: git, ssh, curl, dpkg-dev, docker-registry present"
  else
    apt_install "${missing[@]}"
  fi
}

GROOVY_LINT_MAJOR=15

# The version of the npm-groovy-lint on PATH, from its package.json: `npm-groovy-lint --version` would
# also start its CodeNarc server, a JVM that stays in the background.
groovy_lint_version() {
  local bin
  bin=$(command -v npm-groovy-lint) || return 0
  node -p "require(process.argv[1]).version" "$(dirname "$(readlink -f "$bin")")/../package.json" 2>/dev/null || true
}

ensure_groovy_lint() {
  local found node_major
  found=$(groovy_lint_version)
  if [ "${found%%.*}" = "$GROOVY_LINT_MAJOR" ]; then
    say "npm-groovy-lint: $found present"
    return
  fi
  # npm-groovy-lint 15 declares node >= 20; Debian 12's own nodejs is 18, so it is not installed from apt here.
  command -v npm >/dev/null || die "npm-groovy-lint needs Node.js 20 or newer with npm; none found: install it and run again"
  node_major=$(node --version 2>/dev/null | sed 's/^v\([0-9]*\).*/\1/')
  [ "${node_major:-0}" -ge 20 ] \
    || die "npm-groovy-lint $GROOVY_LINT_MAJOR needs Node.js 20 or newer, found $(node --version 2>/dev/null || echo none): install it and run again"
  need_root "installing npm-groovy-lint globally"
  say "npm-groovy-lint: ${found:-not found}, installing npm-groovy-lint@$GROOVY_LINT_MAJOR with npm"
  npm install --global --no-fund --no-audit --loglevel=error "npm-groovy-lint@$GROOVY_LINT_MAJOR" >/dev/null \
    || die "npm install --global npm-groovy-lint@$GROOVY_LINT_MAJOR failed"
  found=$(groovy_lint_version)
  [ "${found%%.*}" = "$GROOVY_LINT_MAJOR" ] || die "npm-groovy-lint on PATH is not $GROOVY_LINT_MAJOR.x after npm install: $(command -v npm-groovy-lint)"
  say "npm-groovy-lint: $found installed"
}

mkdir -p "$CACHE_DIR" 2>/dev/null || true
ensure_tools
ensure_engine
for pair in $BASE_IMAGES; do
  ensure_base_image "${pair%%=*}" "${pair#*=}"
done
ensure_registry
ensure_groovy_lint
say "ready"

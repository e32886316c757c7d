#!/usr/bin/env bash
# Makes the build environment dockci needs on a Debian/Ubuntu machine, as root:
#   1. a Docker engine that answers `docker info` (Debian's docker.io, started if none runs);
#   2. the base images that cannot be pulled here, made offline with debootstrap: what Debian's official
#      -slim images are on the day they are made (security and point updates applied), labelled with
#      that date, and remade when older than DOCKCI_BASE_MAX_AGE_DAYS or with --refresh-bases;
#   3. a private registry on 127.0.0.1:5000 for the deploy phase (Debian's docker-registry);
#   4. the tools the tests use: git, ssh (x3-jenkins-agent's ITs), dpkg-dev (the refresh test's apt repository),
#      chromium (the run report's screenshot test, headless), shellcheck, which dockci:lint runs on RUN scripts,
#      and jq, with which the scripts read the build's target/dockci/build.json;
#   5. npm-groovy-lint 15 from npm, which pipeline-tests runs on the Jenkinsfile (CodeNarc's rules).
# Idempotent: each step checks first and says what it found or did. A second run takes about a second.
#
# Usage: scripts/build-env.sh [--refresh-bases]
#   --refresh-bases   remake the base images now, whatever their age
set -euo pipefail

CACHE_DIR=${DOCKCI_CACHE_DIR:-/var/cache/dockci}
REGISTRY_ADDR=${DOCKCI_REGISTRY_ADDR:-127.0.0.1:5000}
DEBIAN_MIRROR=${DOCKCI_DEBIAN_MIRROR:-http://deb.debian.org/debian}
# image name -> Debian suite made with debootstrap. trixie is Debian 13, the current stable, which the
# containers use; bookworm (12) stays while the plugin's tests and benchmarks build FROM it.
BASE_IMAGES=${DOCKCI_BASE_IMAGES:-"debian:trixie-slim=trixie debian:bookworm-slim=bookworm"}
# A base older than this many days is remade on the next run: Debian's security updates reach the
# containers only through a fresh base (a Dockerfile's apt-get layer is cached as long as its base is).
BASE_MAX_AGE_DAYS=${DOCKCI_BASE_MAX_AGE_DAYS:-7}
REFRESH_BASES=false

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

# When IMAGE was made (RFC 3339, UTC), from its label; empty when it is missing or was made before this
# script recorded the date (and applied the updates).
image_created() {
  docker image inspect --format '{{with .Config.Labels}}{{index . "org.dockci.base.created"}}{{end}}' "$1" \
    2>/dev/null || true
}

# When TARBALL was made: its modification time, which make_base_tarball sets; empty when there is none.
tarball_created() {
  [ -s "$1" ] || return 0
  date -u -d "@$(stat -c %Y "$1")" +%Y-%m-%dT%H:%M:%SZ
}

# Seconds since an RFC 3339 time; empty when it is not one.
age_seconds() {
  local since
  since=$(date -u -d "$1" +%s 2>/dev/null) || return 0
  echo $(($(date +%s) - since))
}

is_fresh() { # is_fresh CREATED: made less than BASE_MAX_AGE_DAYS ago
  local age
  age=$(age_seconds "$1")
  [ -n "$age" ] && [ "$age" -lt $((BASE_MAX_AGE_DAYS * 86400)) ]
}

age_text() { # age_text CREATED: "3 days", "5 h", "12 min"
  local age
  age=$(age_seconds "$1")
  if [ "${age:-0}" -ge 86400 ]; then echo "$((age / 86400)) days"
  elif [ "${age:-0}" -ge 3600 ]; then echo "$((age / 3600)) h"
  else echo "$((${age:-0} / 60)) min"
  fi
}

# Makes TARBALL, the root file system of Debian SUITE as the official -slim images are made
# (debuerreotype): debootstrap's minbase, then the point and security updates applied from SUITE,
# SUITE-updates and SUITE-security, then no apt lists or caches. The tarball's modification time is
# when the package lists were read: the date the base is up to. Returns 1, having said why, on failure.
make_base_tarball() { # make_base_tarball SUITE TARBALL
  local suite=$1 tarball=$2 root log created upgraded
  command -v debootstrap >/dev/null || apt_install debootstrap
  need_root "making a base image"
  mkdir -p "$(dirname "$tarball")"
  log="$CACHE_DIR/debootstrap-$suite.log"
  root=$(mktemp -d "$CACHE_DIR/rootfs.XXXXXX")
  say "base $suite: debootstrap from $DEBIAN_MIRROR, then the updates (about a minute; log: $log)"
  # In a mount namespace of its own, so that the /proc and /sys debootstrap and the upgrade mount go
  # away with them whatever happens, and rm never meets a mounted file system.
  if ! unshare --mount --propagation private \
      debootstrap --variant=minbase "$suite" "$root" "$DEBIAN_MIRROR" >"$log" 2>&1; then
    rm -rf --one-file-system "$root"
    printf 'build-env: debootstrap %s failed; see %s\n' "$suite" "$log" >&2
    return 1
  fi
  # The apt sources the official images carry: the release, its point updates and its security updates.
  cat >"$root/etc/apt/sources.list" <<SOURCES
deb $DEBIAN_MIRROR $suite main
deb $DEBIAN_MIRROR $suite-updates main
deb ${DEBIAN_MIRROR}-security $suite-security main
SOURCES
  created=$(date -u +%Y-%m-%dT%H:%M:%SZ)
  # dist-upgrade, as the official images' builder does: an update may need a new package.
  # shellcheck disable=SC2016 # $1 is the inner shell's, the root file system given after `sh`
  if ! unshare --mount --propagation private sh -c '
        mount -t proc proc "$1/proc" &&
        exec chroot "$1" sh -c "apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get dist-upgrade -y -q \
          -o Dpkg::Options::=--force-confdef -o Dpkg::Options::=--force-confold && apt-get clean"' \
        sh "$root" >>"$log" 2>&1; then
    rm -rf --one-file-system "$root"
    printf 'build-env: applying the updates to %s failed (mirror %s reachable?); see %s\n' \
      "$suite" "$DEBIAN_MIRROR" "$log" >&2
    return 1
  fi
  upgraded=$(sed -n 's/^\([0-9]*\) upgraded, \([0-9]*\) newly installed.*/\1 upgraded, \2 newly installed/p' "$log" | tail -1)
  say "base $suite: updates applied: ${upgraded:-none}"
  rm -rf "$root"/var/lib/apt/lists/* "$root"/var/cache/apt/*.bin "$root"/var/cache/apt/archives/*.deb
  # Docker gives every container its own; the build machine's must not be baked into the image.
  : >"$root/etc/resolv.conf"
  : >"$root/etc/hostname"
  tar -C "$root" -cf "$tarball.$$.part" . \
    && touch -d "$created" "$tarball.$$.part" \
    && mv "$tarball.$$.part" "$tarball"
  rm -rf --one-file-system "$root" "$tarball.$$.part"
  [ -s "$tarball" ]
}

# Imports TARBALL as IMAGE, labelled with when it was made and its suite. The image is imported under a
# temporary name and then tagged: IMAGE names the old image or the new one, never nothing; the old one
# is left (untagged) for whatever still uses it.
import_base() { # import_base IMAGE SUITE TARBALL
  local image=$1 suite=$2 tarball=$3 created temp old new version
  created=$(tarball_created "$tarball")
  version=$(tar -xOf "$tarball" ./etc/debian_version 2>/dev/null || echo "?")
  temp="$image-import-$$"
  old=$(docker image inspect --format '{{.Id}}' "$image" 2>/dev/null || true)
  # org.opencontainers.image.created is the base's own; images built FROM it set theirs and keep
  # org.dockci.base.*, which say how fresh the base under them was.
  docker import --change 'CMD ["bash"]' \
    --change "LABEL org.opencontainers.image.created=$created" \
    --change "LABEL org.dockci.base.created=$created org.dockci.base.suite=$suite" \
    "$tarball" "$temp" >/dev/null || die "docker import of $tarball failed"
  docker tag "$temp" "$image" || die "docker tag $temp $image failed"
  docker rmi "$temp" >/dev/null # the temporary name only: the image keeps the name $image
  new=$(docker image inspect --format '{{.Id}}' "$image")
  new=${new#sha256:} old=${old#sha256:}
  say "base image $image: made $created (Debian $version, $suite), image ${new:0:12}"
  if [ -n "$old" ] && [ "$old" != "$new" ]; then
    say "base image $image: the previous image ${old:0:12} is left untagged for whatever still uses it"
  fi
}

ensure_base_image() { # ensure_base_image IMAGE SUITE
  local image=$1 suite=$2 tarball created
  tarball="$CACHE_DIR/bases/${image//[:\/]/_}.tar"
  if [ "$REFRESH_BASES" = true ]; then
    say "base image $image: remaking it (--refresh-bases)"
  else
    created=$(image_created "$image")
    if [ -n "$created" ] && is_fresh "$created"; then
      say "base image $image: present, made $created ($(age_text "$created") ago; remade after $BASE_MAX_AGE_DAYS days or with --refresh-bases)"
      return
    fi
    created=$(tarball_created "$tarball")
    if [ -n "$created" ] && is_fresh "$created"; then
      say "base image $image: importing $tarball, made $created"
      import_base "$image" "$suite" "$tarball"
      return
    fi
    created=$(image_created "$image")
    if [ -n "$created" ]; then
      say "base image $image: made $created, more than $BASE_MAX_AGE_DAYS days ago (DOCKCI_BASE_MAX_AGE_DAYS): remaking it"
    elif docker image inspect "$image" >/dev/null 2>&1; then
      say "base image $image: present without the date it was made (made without its updates): remaking it"
    else
      say "base image $image: missing: making it"
    fi
  fi
  if ! make_base_tarball "$suite" "$tarball"; then
    if [ "$REFRESH_BASES" = false ] && docker image inspect "$image" >/dev/null 2>&1; then
      printf 'build-env: WARNING: base image %s could not be remade; builds go on with the old one, which may lack security updates\n' \
        "$image" >&2
      return
    fi
    die "base image $image could not be made"
  fi
  import_base "$image" "$suite" "$tarball"
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
  # the run report's test opens the page in headless Chromium (Debian's package, no browser download)
  command -v chromium >/dev/null || missing+=(chromium)
  # tests start throwaway registries of their own with it, whatever answers on the registry port
  command -v docker-registry >/dev/null || missing+=(docker-registry)
  # dockci:lint runs it on every RUN script (the SC codes); its tests require it when CI=true
  command -v shellcheck >/dev/null || missing+=(shellcheck)
  # the remote-engine test makes the second engine's TLS certificates with it
  command -v openssl >/dev/null || missing+=(openssl)
  # scripts/release-changed.sh and .ci/run read the build's target/dockci/build.json with it
  command -v jq >/dev/null || missing+=(jq)
  if [ ${#missing[@]} -eq 0 ]; then
    say "tools: git, ssh, curl, dpkg-dev, chromium, docker-registry, shellcheck, openssl, jq present"
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

for arg in "$@"; do
  case "$arg" in
    --refresh-bases) REFRESH_BASES=true ;;
    -h | --help) sed -n '2,/^set -euo/{/^set -euo/d;s/^# \{0,1\}//;p}' "$0"; exit 0 ;;
    *) die "unknown argument: $arg (usage: scripts/build-env.sh [--refresh-bases])" ;;
  esac
done
case "$BASE_MAX_AGE_DAYS" in
  '' | *[!0-9]*) die "DOCKCI_BASE_MAX_AGE_DAYS must be a whole number of days, not '$BASE_MAX_AGE_DAYS'" ;;
esac

mkdir -p "$CACHE_DIR" 2>/dev/null || true
ensure_tools
ensure_engine
for pair in $BASE_IMAGES; do
  ensure_base_image "${pair%%=*}" "${pair#*=}"
done
ensure_registry
ensure_groovy_lint
say "ready"

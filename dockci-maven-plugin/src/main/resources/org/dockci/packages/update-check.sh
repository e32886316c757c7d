# The update check dockci runs as root inside an image, throwaway (dockci:detect's refresh, dockci:sbom) and
# scripts/pending-updates.sh: refreshes the package lists (every failed download an error) and simulates an upgrade.
# Prints "manager<TAB>apt|apk|rpm|none", then one "update<TAB>name<TAB>old<TAB>new[<TAB>origin]" per package;
# exits 70 when the package lists could not be refreshed. Nothing is installed.
if command -v apt-get >/dev/null 2>&1; then
  printf 'manager\tapt\n'
  if ! apt-get update -q -o APT::Update::Error-Mode=any -o Acquire::Languages=none >/tmp/dockci-update.log 2>&1 \
     || grep -qE '^(W: Failed to fetch|E: )' /tmp/dockci-update.log; then
    cat /tmp/dockci-update.log >&2; exit 70
  fi
  apt-get -s -q -o Debug::NoLocking=1 dist-upgrade 2>/dev/null \
    | sed -n -e 's/^Inst \([^ ]*\) \[\([^]]*\)\] (\([^ ]*\) \([^ ]*\).*/update\t\1\t\2\t\3\t\4/p' \
             -e 's/^Inst \([^ ]*\) \[\([^]]*\)\] (\([^ )]*\).*/update\t\1\t\2\t\3/p'
elif command -v apk >/dev/null 2>&1; then
  printf 'manager\tapk\n'
  if ! apk update -q >/tmp/dockci-update.log 2>&1; then cat /tmp/dockci-update.log >&2; exit 70; fi
  apk version -l '<' 2>/dev/null | sed -n 's/^\([^ ]*\)-\([0-9][^ ]*-r[0-9]*\) *< *\([^ ]*\).*/update\t\1\t\2\t\3/p'
elif command -v dnf >/dev/null 2>&1 || command -v yum >/dev/null 2>&1 || command -v rpm >/dev/null 2>&1; then
  printf 'manager\trpm\n'
else
  printf 'manager\tnone\n'
fi

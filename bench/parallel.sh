#!/usr/bin/env bash
# Benchmark: the parallel reactor. A throwaway clone of this repository's HEAD (never this work tree) whose
# containers are COUNT generated ones (default 8), each a tiny HTTP service on the local debian:trixie-slim (perl's
# IO::Socket, in the base already: nothing to download) that answers its own name, with one IT checking that it
# reached its own service. `./mvnw verify -Ddockci.changes=all` of those containers (the plugin installed once into
# the clone's own repository, scripts/plugin-repository.sh) runs RUNS times at -T 1 and at -T 2, alternating, after
# one warm-up (image layers cached), and at -T 1 with the ITs forked (-Ddockci.it.forkCount=1: what a JVM per module
# would cost a serial build); prints the medians, the speed-up and the load. BENCH_LOG_DIR keeps each run's log. Needs the build environment
# (scripts/build-env.sh). Removes the clone, its images and anything its builds left (by their own label).
# Usage: bench/parallel.sh [RUNS] [COUNT]; Maven options (e.g. -Dmaven.repo.local=...) through MAVEN_ARGS.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}
count=${2:-8}
work=$(mktemp -d /tmp/dockci-bench-parallel.XXXXXX)
namespace="dockci-bench-parallel-$(basename "$work" | cut -d. -f2 | tr '[:upper:]' '[:lower:]')"
export DOCKCI_BUILD_ID="bench-parallel-$$"
repo="$work/repo"
log="$work/build.log"

clean_up() {
  if [ -d "$repo" ]; then
    (cd "$repo" && scripts/remove-build-containers.sh >/dev/null 2>&1) || true
  fi
  docker image ls --format '{{.Repository}}:{{.Tag}}' | grep "/$namespace/" | xargs -r docker image rm -f >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap clean_up EXIT

git clone -q "$PWD" "$repo"
cd "$repo"
modules=()
for i in $(seq -f '%02g' 1 "$count"); do
  name="bench-$i"
  dir="containers/$name"
  modules+=("$dir")
  mkdir -p "$dir/src/test/java/org/dockci/bench"
  cat > "$dir/Dockerfile" <<EOF
# $name: a tiny HTTP service for bench/parallel.sh; answers every request with its name.
FROM debian:trixie-slim
COPY serve.pl /usr/local/bin/serve.pl
ENV BENCH_NAME=$name
USER nobody
EXPOSE 8080
HEALTHCHECK --interval=5s --timeout=2s CMD ["perl", "-MIO::Socket::INET", "-e", "IO::Socket::INET->new('127.0.0.1:8080') or exit 1"]
ENTRYPOINT ["perl", "/usr/local/bin/serve.pl"]
EOF
  cat > "$dir/serve.pl" <<'EOF'
# Answers every HTTP request with the container's name (BENCH_NAME); ends on SIGTERM (it runs as PID 1).
use strict;
use warnings;
use IO::Socket::INET;

$SIG{TERM} = sub { exit 0 };
my $name = $ENV{BENCH_NAME} // 'unnamed';
my $server = IO::Socket::INET->new(LocalAddr => '0.0.0.0:8080', Listen => 16, ReuseAddr => 1)
    or die "cannot listen on 8080: $!\n";
$| = 1;
print "$name listening on 8080\n";
while (my $client = $server->accept) {
    while (my $line = <$client>) {
        last if $line =~ /^\r?\n$/;
    }
    my $body = "$name\n";
    print $client "HTTP/1.0 200 OK\r\nContent-Type: text/plain\r\nContent-Length: " . length($body)
        . "\r\nConnection: close\r\n\r\n$body";
    close $client;
}
EOF
  cat > "$dir/pom.xml" <<EOF
<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0"
         xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
         xsi:schemaLocation="http://maven.apache.org/POM/4.0.0 https://maven.apache.org/xsd/maven-4.0.0.xsd">
  <modelVersion>4.0.0</modelVersion>
  <parent>
    <groupId>org.dockci.containers</groupId>
    <artifactId>containers</artifactId>
    <version>1.0.0</version>
  </parent>
  <artifactId>$name</artifactId>
  <version>1.0.0-SNAPSHOT</version>
  <packaging>pom</packaging>
  <properties>
    <docker.ports.1>127.0.0.1:bench.port:8080</docker.ports.1>
    <docker.wait.http.url>http://127.0.0.1:\${bench.port}/</docker.wait.http.url>
  </properties>
</project>
EOF
  class="Bench${i}IT"
  cat > "$dir/src/test/java/org/dockci/bench/$class.java" <<EOF
package org.dockci.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.net.http.HttpResponse;

import org.dockci.testkit.Http;
import org.dockci.testkit.ServiceUnderTest;
import org.junit.jupiter.api.Test;

class $class {

    @Test
    void theServiceOnThisModulesPortIsThisModules() {
        HttpResponse<byte[]> response = Http.anonymous().send("GET", ServiceUnderTest.uri("bench.port", "/"));
        assertEquals(200, response.statusCode());
        assertEquals("$name", new String(response.body(), StandardCharsets.UTF_8).strip());
    }
}
EOF
done
# the clone's containers are the generated ones only
python3 - "$count" <<'EOF'
import re, sys
count = int(sys.argv[1])
path = 'containers/pom.xml'
text = open(path).read()
modules = ''.join('    <module>bench-%02d</module>\n' % i for i in range(1, count + 1))
text = re.sub(r'  <modules>\n.*?  </modules>', '  <modules>\n' + modules + '  </modules>', text, flags=re.S)
open(path, 'w').write(text)
EOF
git add -A && git -c user.name=bench -c user.email=bench@localhost commit -q -m "bench: $count generated containers"

flags=$(scripts/plugin-repository.sh 2>/dev/null)
projects="containers,$(IFS=,; echo "${modules[*]}")"
maven() {
  # (Maven reads MAVEN_ARGS itself, before these flags: the clone's plugin repository comes first)
  # shellcheck disable=SC2086
  ./mvnw -B -o $flags -pl "$projects" verify -Ddockci.changes=all -Ddockci.namespace="$namespace" \
    "$@" >"$log" 2>&1 || { tail -n 80 "$log" >&2; echo "bench/parallel.sh: the build failed ($*)" >&2; exit 1; }
  grep -q "BUILD SUCCESS" "$log"
  ran=$(grep -c 'Tests run: 1, Failures: 0, Errors: 0, Skipped: 0, Time elapsed: .* in org.dockci.bench.Bench' "$log" || true)
  [ "$ran" -eq "$count" ] || { echo "bench/parallel.sh: $ran of $count ITs ran ($*)" >&2; exit 1; }
}
# the machine's busy and total CPU time so far, in jiffies (all cores; idle and iowait are not busy)
cpu_jiffies() { awk '/^cpu / { busy = $2 + $3 + $4 + $7 + $8 + $9; print busy, busy + $5 + $6 }' /proc/stat; }
# runs "$@"; prints its wall time in seconds and the cores the whole machine kept busy meanwhile, on average (the
# engine, the containers and any other build included): a run that keeps 1.8 of 2 cores busy at -T 1 leaves room
# for a speed-up of 2 / 1.8 = 1.1x at most, whatever the number of threads
seconds() {
  local start end before after
  before=$(cpu_jiffies); start=$(date +%s.%N)
  "$@"
  end=$(date +%s.%N); after=$(cpu_jiffies)
  read -r b0 t0 <<<"$before"; read -r b1 t1 <<<"$after"
  echo "$(echo "$end - $start" | bc -l) $(echo "($b1 - $b0) * $(nproc) / ($t1 - $t0)" | bc -l)"
}
# seconds "$@" in this shell (a failed build ends the bench), into took and busy
measure() { seconds "$@" > "$work/measured"; read -r took busy < "$work/measured"; }
median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

keep() { if [ -n "${BENCH_LOG_DIR:-}" ]; then mkdir -p "$BENCH_LOG_DIR" && cp "$log" "$BENCH_LOG_DIR/$1.log"; fi; }
maven -T 2 # warm-up: image layers cached, classes and files hot
serial=() forked=() parallel=() loads=() serial_busy=() parallel_busy=()
for run in $(seq "$runs"); do
  measure maven -T 1; serial+=("$took"); serial_busy+=("$busy"); keep "t1-$run"
  # what the ITs in a JVM of their own would cost a serial build (what -T 2 does in each module)
  measure maven -T 1 -Ddockci.it.forkCount=1; forked+=("$took"); keep "t1-forked-$run"
  measure maven -T 2; parallel+=("$took"); parallel_busy+=("$busy"); keep "t2-$run"
  loads+=("$(cut -d' ' -f1 /proc/loadavg)")
done
s=$(printf '%s\n' "${serial[@]}" | median)
f=$(printf '%s\n' "${forked[@]}" | median)
p=$(printf '%s\n' "${parallel[@]}" | median)
sb=$(printf '%s\n' "${serial_busy[@]}" | median)
pb=$(printf '%s\n' "${parallel_busy[@]}" | median)
printf 'verify of %d generated containers (all changed), medians of %d runs, %s cores, load (1 min) after each run: %s\n' \
  "$count" "$runs" "$(nproc)" "${loads[*]}"
printf '  -T 1                    %7.2f s   (%s)\n' "$s" "${serial[*]}"
printf '  -T 1, ITs forked        %7.2f s   (%s): %+.2f s per container\n' "$f" "${forked[*]}" \
  "$(echo "($f - $s) / $count" | bc -l)"
printf '  -T 2                    %7.2f s   (%s)\n' "$p" "${parallel[*]}"
printf '  speed-up of -T 2        %7.2fx  (target >= 1.5x)\n' "$(echo "$s / $p" | bc -l)"
printf '  cores kept busy (of %d): -T 1 %.2f, -T 2 %.2f: the most -T 2 could gain over -T 1 here is %.2fx\n' \
  "$(nproc)" "$sb" "$pb" "$(echo "$(nproc) / $sb" | bc -l)"

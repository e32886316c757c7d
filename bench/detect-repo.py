#!/usr/bin/env python3
"""Generates the repository bench/detect.sh measures: this repository's build wiring (root pom.xml, mvnw,
.mvn/, containers/pom.xml, the shared test kit containers/src) with N generated container modules and a
history of C commits, written with `git fast-import`.

The history: modules and shared inputs change at random, modules are released now and then (0.K.0), then
every module is released as 1.0.0 (tags bench-NNN-1.0.0, bases first), then a few commits touch only
README.md, so that a verify at HEAD has nothing to build.

The repository is kept in CACHE/repo-<key>, the key a hash of this script, its arguments and the copied
inputs: a second run with the same inputs reuses it. Prints the repository's path.

Usage: bench/detect-repo.py SOURCE_ROOT CACHE [--modules 100] [--commits 10000] [--seed 7]
"""
import argparse
import hashlib
import random
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

# The files of this repository that the generated one copies: the wiring every container inherits.
COPIED = ["pom.xml", "mvnw", ".mvn", "containers/pom.xml", "containers/src"]
IMAGE_PREFIX = "localhost:5000/dockci/"
COMMITTER = b"Bench <bench@dockci.invalid>"
FINAL_VERSION = "1.0.0"
TAIL_COMMITS = 5  # after the final releases, touching no module
SHARED_KIT_FILE = "containers/src/test/java/org/dockci/testkit/Revision.java"


def copied_files(source):
    """Path in the repository -> (bytes, executable), for every copied file, sorted."""
    files = {}
    for entry in COPIED:
        path = source / entry
        for file in sorted([path] if path.is_file() else (p for p in path.rglob("*") if p.is_file())):
            relative = file.relative_to(source).as_posix()
            if "/target/" not in "/" + relative:
                files[relative] = (file.read_bytes(), file.stat().st_mode & 0o100 != 0)
    return files


def with_modules(pom, modules):
    """The pom with its <modules> list replaced by modules."""
    listed = "".join(f"\n    <module>{m}</module>" for m in modules)
    rewritten, count = re.subn(r"<modules>.*?</modules>", f"<modules>{listed}\n  </modules>", pom,
                               flags=re.DOTALL)
    if count != 1:
        sys.exit("detect-repo.py: no single <modules> list in a copied pom")
    return rewritten


def module_name(i):
    return f"bench-{i:03d}"


def module_pom(name, version, base=None, base_version=None):
    """A module's pom; one built FROM base depends on it at base_version, as dockci:detect requires."""
    dependency = "" if base is None else f"""
  <dependencies>
    <dependency>
      <groupId>org.dockci.containers</groupId>
      <artifactId>{base}</artifactId>
      <version>{base_version}</version>
      <type>pom</type>
    </dependency>
  </dependencies>"""
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0"
         xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
         xsi:schemaLocation="http://maven.apache.org/POM/4.0.0 https://maven.apache.org/xsd/maven-4.0.0.xsd">
  <modelVersion>4.0.0</modelVersion>
  <parent>
    <groupId>org.dockci.containers</groupId>
    <artifactId>containers</artifactId>
    <version>1.0.0</version>
  </parent>

  <artifactId>{name}</artifactId>
  <version>{version}</version>
  <packaging>pom</packaging>
  <name>{name}: a generated benchmark container</name>

  <properties>
    <docker.ports.1>127.0.0.1:{name}.port:8080</docker.ports.1>
  </properties>{dependency}
</project>
"""


def dockerfile(name, base, revision):
    image = f"{IMAGE_PREFIX}{base}:{FINAL_VERSION}" if base else "debian:bookworm-slim"
    return f"""# {name}: a generated benchmark container, revision {revision}
FROM {image}
COPY {name}.conf /etc/bench/{name}.conf
RUN echo "{name} {revision}" > /etc/bench/release
USER nobody
EXPOSE 8080
CMD ["sleep", "infinity"]
"""


def config(name, revision):
    return f"# {name} settings\nrevision = {revision}\nport = 8080\n"


def shared_kit(revision):
    """A file of the shared test kit (containers/src): a change there rebuilds every module."""
    return f"package org.dockci.testkit;\n\n/** Revision {revision}. */\nfinal class Revision {{\n}}\n"


def integration_test(name):
    java_name = "Bench" + name.split("-")[1] + "IT"
    return f"""package org.dockci.bench;

/** {name}: a generated benchmark container; its ITs run only when it is built. */
class {java_name} {{
}}
"""


class History:
    """Writes a git fast-import stream: blobs, commits on main, annotated tags."""

    def __init__(self, out):
        self.out = out
        self.mark = 0
        self.time = 1767225600  # 2026-01-01
        self.last = None
        self.commits = 0

    def _data(self, data):
        self.out.write(b"data %d\n" % len(data) + data + b"\n")

    def commit(self, message, files):
        """files: path -> bytes, or path -> (bytes, executable)."""
        blobs = []
        for path, content in files.items():
            data, executable = content if isinstance(content, tuple) else (content, False)
            data = data.encode() if isinstance(data, str) else data
            self.mark += 1
            self.out.write(b"blob\nmark :%d\n" % self.mark)
            self._data(data)
            blobs.append((path, self.mark, executable))
        self.mark += 1
        self.time += 97
        self.out.write(b"commit refs/heads/main\nmark :%d\n" % self.mark)
        self.out.write(b"committer %s %d +0000\n" % (COMMITTER, self.time))
        self._data(message.encode())
        if self.last:
            self.out.write(b"from :%d\n" % self.last)
        for path, mark, executable in blobs:
            self.out.write(b"M %s :%d %s\n" % (b"100755" if executable else b"100644", mark, path.encode()))
        self.out.write(b"\n")
        self.last = self.mark
        self.commits += 1

    def tag(self, name, message):
        self.out.write(b"tag %s\nfrom :%d\n" % (name.encode(), self.last))
        self.out.write(b"tagger %s %d +0000\n" % (COMMITTER, self.time))
        self._data(message.encode())


def write_history(out, source, modules, commits, seed):
    rng = random.Random(seed)
    names = [module_name(i) for i in range(modules)]
    # a few modules build FROM bench-000, as a family of images shares a base
    bases = {name: (names[0] if i % 10 == 5 else None) for i, name in enumerate(names)}
    copied = copied_files(source)
    root_pom = with_modules(copied["pom.xml"][0].decode(), ["containers"])
    containers_pom = with_modules(copied["containers/pom.xml"][0].decode(), names)
    history = History(out)

    first = dict(copied)
    first["pom.xml"] = root_pom
    first["containers/pom.xml"] = containers_pom
    first[".gitignore"] = "target/\n"
    first["README.md"] = "# dockci benchmark repository (generated by bench/detect-repo.py)\n"
    next_minor = {}
    versions = {name: "0.1.0-SNAPSHOT" for name in names}

    def pom(name):
        return module_pom(name, versions[name], bases[name], versions.get(bases[name]))

    for name in names:
        next_minor[name] = 1
        first[f"containers/{name}/Dockerfile"] = dockerfile(name, bases[name], 0)
        first[f"containers/{name}/{name}.conf"] = config(name, 0)
        first[f"containers/{name}/pom.xml"] = pom(name)
        first[f"containers/{name}/src/test/java/org/dockci/bench/Bench{name.split('-')[1]}IT.java"] = \
            integration_test(name)
    history.commit("Generated benchmark repository", first)

    def release(name, version, snapshot):
        prefix = "[maven-release-plugin] [ci skip] "
        versions[name] = version
        history.commit(prefix + f"prepare release {name}-{version}", {f"containers/{name}/pom.xml": pom(name)})
        history.tag(f"{name}-{version}", f"[maven-release-plugin] copy for tag {name}-{version}")
        versions[name] = snapshot
        history.commit(prefix + "prepare for next development iteration", {f"containers/{name}/pom.xml": pom(name)})
        children = [child for child in names if bases[child] == name]
        if children:  # the modules built FROM it follow its new version, as a user edits them after a release
            history.commit(f"{', '.join(children)}: depend on {name} {snapshot}",
                           {f"containers/{child}/pom.xml": pom(child) for child in children})

    final_releases = 2 * modules + 1  # and one commit of bench-000's children following it
    while history.commits < commits - final_releases - TAIL_COMMITS:
        revision = history.commits
        kind = rng.random()
        if kind < 0.08 and history.commits + 3 <= commits - final_releases - TAIL_COMMITS:
            name = rng.choice(names)
            minor = next_minor[name]
            next_minor[name] = minor + 1
            release(name, f"0.{minor}.0", f"0.{minor + 1}.0-SNAPSHOT")
        elif kind < 0.12:
            history.commit(f"Shared test kit, revision {revision}", {SHARED_KIT_FILE: shared_kit(revision)})
        elif kind < 0.18:
            history.commit(f"README, revision {revision}", {"README.md": f"# dockci benchmark {revision}\n"})
        elif kind < 0.25:
            changed = rng.sample(names, rng.randint(2, 5))
            history.commit(f"{', '.join(changed)}: revision {revision}",
                           {f"containers/{n}/{n}.conf": config(n, revision) for n in changed})
        else:
            name = rng.choice(names)
            if rng.random() < 0.5:
                files = {f"containers/{name}/Dockerfile": dockerfile(name, bases[name], revision)}
            else:
                files = {f"containers/{name}/{name}.conf": config(name, revision)}
            history.commit(f"{name}: revision {revision}", files)
    # every module released, in reactor order: a base before the modules built FROM it
    for name in names:
        release(name, FINAL_VERSION, "1.0.1-SNAPSHOT")
    while history.commits < commits:
        history.commit(f"README, revision {history.commits}",
                       {"README.md": f"# dockci benchmark {history.commits}\n"})
    out.write(b"done\n")
    return history.commits


def cache_key(source, modules, commits, seed):
    digest = hashlib.sha256(Path(__file__).read_bytes())
    digest.update(f"{modules} {commits} {seed}".encode())
    for path, (data, executable) in copied_files(source).items():
        digest.update(f"{path} {len(data)} {executable}\n".encode())
        digest.update(data)
    return digest.hexdigest()[:16]


def git(repo, *args, **kwargs):
    return subprocess.run(["git", "-C", str(repo), *args], check=True, **kwargs)


def generate(source, target, modules, commits, seed):
    git(target, "init", "-q", "-b", "main")
    fast_import = subprocess.Popen(["git", "-C", str(target), "fast-import", "--quiet"], stdin=subprocess.PIPE)
    made = write_history(fast_import.stdin, source, modules, commits, seed)
    fast_import.stdin.close()
    if fast_import.wait() != 0:
        sys.exit("detect-repo.py: git fast-import failed")
    # as a clone has them: refs packed, files checked out
    git(target, "pack-refs", "--all")
    git(target, "reset", "-q", "--hard", "main")
    print(f"detect-repo.py: generated {made} commits, {modules} modules in {target}", file=sys.stderr)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("source", type=Path)
    parser.add_argument("cache", type=Path)
    parser.add_argument("--modules", type=int, default=100)
    parser.add_argument("--commits", type=int, default=10000)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    if args.commits < 2 * args.modules + TAIL_COMMITS + 2:
        sys.exit(f"detect-repo.py: {args.modules} modules need {2 * args.modules + TAIL_COMMITS + 2} commits or more")
    source = args.source.resolve()
    repo = args.cache / f"repo-{cache_key(source, args.modules, args.commits, args.seed)}"
    if not repo.is_dir():
        args.cache.mkdir(parents=True, exist_ok=True)
        for old in [*args.cache.glob("repo-*"), *args.cache.glob("generating-*")]:  # older inputs, or cut short
            shutil.rmtree(old)
        work = Path(tempfile.mkdtemp(prefix="generating-", dir=args.cache))
        try:
            generate(source, work, args.modules, args.commits, args.seed)
            work.rename(repo)
        finally:
            shutil.rmtree(work, ignore_errors=True)
    print(repo)


if __name__ == "__main__":
    main()

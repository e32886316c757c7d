#!/usr/bin/env python3
"""Fills a throwaway registry for bench/prune.sh, cheaply, through Distribution's HTTP API (no engine): REPOS
repositories NAMESPACE/app-N, each with one small layer blob shared by its images and, per image, a config blob
whose org.opencontainers.image.created label is its commit's time, so that every candidate is an image of its own
that the retention policy can date. Per repository: 1.0.0 with its moving tags 1.0, 1 and latest (one image), the
branch tag main, and candidates 1.0.1-dev.<commit> of the newest commits of GIT_CLONE's origin/main, as many as
make TAGS tags in all. Prints what it pushed.

Usage: bench/prune-fill.py REGISTRY NAMESPACE GIT_CLONE [--repos 4] [--tags 1000]
"""
import argparse
import concurrent.futures
import hashlib
import http.client
import json
import subprocess
import threading
import time
from datetime import datetime, timezone
from urllib.parse import urlsplit

MANIFEST = "application/vnd.docker.distribution.manifest.v2+json"
_local = threading.local()


def connection(registry):
    if getattr(_local, "conn", None) is None:
        host, port = registry.rsplit(":", 1)
        _local.conn = http.client.HTTPConnection(host, int(port), timeout=30)
    return _local.conn


def request(registry, method, path, body=b"", headers=None, expect=(200,)):
    conn = connection(registry)
    conn.request(method, path, body=body, headers=headers or {})
    response = conn.getresponse()
    data = response.read()
    if response.status not in expect:
        raise SystemExit(f"prune-fill: {method} {path} answered HTTP {response.status}: {data[:300]!r}")
    return response


def digest(data):
    return "sha256:" + hashlib.sha256(data).hexdigest()


def push_blob(registry, repository, data):
    d = digest(data)
    if request(registry, "HEAD", f"/v2/{repository}/blobs/{d}", expect=(200, 404)).status == 200:
        return {"digest": d, "size": len(data)}
    start = request(registry, "POST", f"/v2/{repository}/blobs/uploads/", expect=(202,))
    location = urlsplit(start.getheader("Location"))
    path = location.path + (f"?{location.query}&" if location.query else "?")
    request(registry, "PUT", f"{path}digest={d}", body=data,
            headers={"Content-Type": "application/octet-stream"}, expect=(201,))
    return {"digest": d, "size": len(data)}


def push_image(registry, repository, layer, created, tags):
    config = json.dumps({"architecture": "amd64", "os": "linux",
                         "config": {"Labels": {"org.opencontainers.image.created": created}},
                         "rootfs": {"type": "layers", "diff_ids": [layer["digest"]]}}).encode()
    config_blob = push_blob(registry, repository, config)
    manifest = json.dumps({"schemaVersion": 2, "mediaType": MANIFEST,
                           "config": {"mediaType": "application/vnd.docker.container.image.v1+json", **config_blob},
                           "layers": [{"mediaType": "application/vnd.docker.image.rootfs.diff.tar.gzip",
                                       **layer}]}).encode()
    for tag in tags:
        request(registry, "PUT", f"/v2/{repository}/manifests/{tag}", body=manifest,
                headers={"Content-Type": MANIFEST}, expect=(201,))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("registry")
    parser.add_argument("namespace")
    parser.add_argument("clone")
    parser.add_argument("--repos", type=int, default=4)
    parser.add_argument("--tags", type=int, default=1000)
    args = parser.parse_args()
    per_repo = args.tags // args.repos
    candidates_per_repo = per_repo - 5  # 1.0.0, 1.0, 1, latest, main
    log = subprocess.run(["git", "-C", args.clone, "log", "--format=%H %ct", "origin/main"],
                         check=True, capture_output=True, text=True).stdout.split()
    commits = list(zip(log[0::2], log[1::2]))[:candidates_per_repo]
    if len(commits) < candidates_per_repo:
        raise SystemExit(f"prune-fill: origin/main has {len(commits)} commits, {candidates_per_repo} wanted")
    started = time.monotonic()
    jobs = []
    for n in range(1, args.repos + 1):
        repository = f"{args.namespace}/app-{n}"
        layer = push_blob(args.registry, repository, hashlib.sha256(repository.encode()).digest() * 256)
        oldest = datetime.fromtimestamp(int(commits[-1][1]), timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
        jobs.append((repository, layer, oldest, ["1.0.0", "1.0", "1", "latest"]))
        for i, (commit, seconds) in enumerate(commits):
            created = datetime.fromtimestamp(int(seconds), timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
            jobs.append((repository, layer, created, [f"1.0.1-dev.{commit[:7]}"] + (["main"] if i == 0 else [])))
    with concurrent.futures.ThreadPoolExecutor(8) as pool:
        for future in [pool.submit(push_image, args.registry, *job) for job in jobs]:
            future.result()
    tags = sum(len(job[3]) for job in jobs)
    print(f"prune-fill: {tags} tags of {len(jobs)} images in {args.repos} repositories pushed in "
          f"{time.monotonic() - started:.1f} s")


if __name__ == "__main__":
    main()

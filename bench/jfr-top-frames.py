#!/usr/bin/env python3
"""Where the CPU went, from a JFR recording's execution samples: the methods most often on top of the
stack (self), and dockci's methods most often anywhere on it (inclusive, each counted once per sample).

Usage: bench/jfr-top-frames.py RECORDING.jfr [TOP]   (uses the JDK's `jfr print`)
"""
import collections
import json
import subprocess
import sys


def frame_name(frame):
    method = frame["method"]
    return (method["type"]["name"] + "." + method["name"]).replace("/", ".")


def main():
    recording = sys.argv[1]
    top = int(sys.argv[2]) if len(sys.argv) > 2 else 25
    printed = subprocess.run(["jfr", "print", "--json", "--stack-depth", "200", "--events", "jdk.ExecutionSample",
                              recording], check=True, capture_output=True, text=True).stdout
    events = json.loads(printed)["recording"]["events"]
    own = collections.Counter()
    inclusive = collections.Counter()
    samples = 0
    for event in events:
        frames = (event["values"].get("stackTrace") or {}).get("frames") or []
        if not frames:
            continue
        samples += 1
        own[frame_name(frames[0])] += 1
        inclusive.update({frame_name(f) for f in frames if frame_name(f).replace("/", ".").startswith("org.dockci.")})
    print(f"{samples} samples")
    for title, counter in (("self", own), ("inclusive, dockci's methods", inclusive)):
        print(f"-- {title}")
        for name, count in counter.most_common(top):
            print(f"{100.0 * count / samples:5.1f}%  {name}")


if __name__ == "__main__":
    main()

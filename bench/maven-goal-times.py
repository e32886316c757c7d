#!/usr/bin/env python3
"""Where a Maven build's time went, from its log written with time stamps
(-Dorg.slf4j.simpleLogger.showDateTime=true -Dorg.slf4j.simpleLogger.dateTimeFormat=HH:mm:ss.SSS).

A goal's time runs from its `--- plugin:version:goal (id) @ module ---` line to the next such line or the
next module's start: its plugin's set-up, its configuration and its work. Prints one line per part, largest
first, with the wall time WALL (seconds, measured outside) as the whole.

Usage: bench/maven-goal-times.py LOG WALL
"""
import re
import statistics
import sys
from collections import defaultdict

STAMPED = re.compile(r"^(\d\d):(\d\d):(\d\d)\.(\d{3}) (.*)$")
GOAL = re.compile(r"^\[INFO\] --- ([\w.-]+):[^:]+:([\w-]+) \(.*\) @ .* ---$")
MODULE_START = re.compile(r"^\[INFO\] -+< .* >-+$")
BUILD_END = re.compile(r"^\[INFO\] (Reactor Summary|BUILD SUCCESS|BUILD FAILURE)")


def stamped_lines(path):
    with open(path, encoding="utf-8", errors="replace") as log:
        for line in log:
            match = STAMPED.match(line.rstrip("\n"))
            if match:
                h, m, s, ms, text = match.groups()
                yield (int(h) * 3600 + int(m) * 60 + int(s)) + int(ms) / 1000, text


def main():
    lines = list(stamped_lines(sys.argv[1]))
    wall = float(sys.argv[2])
    if not lines:
        sys.exit("maven-goal-times.py: no time-stamped line in " + sys.argv[1])
    goal_times = defaultdict(list)
    between = 0.0
    first_module = None
    end = lines[-1][0]
    current, since = None, None  # the goal running and when it started; None between goals
    for time, text in lines:
        goal = GOAL.match(text)
        boundary = goal or MODULE_START.match(text) or BUILD_END.match(text)
        if not boundary:
            continue
        if first_module is None and MODULE_START.match(text):
            first_module = time
        if current:
            goal_times[current].append(time - since)
        elif since is not None:
            between += time - since
        current, since = (f"{goal.group(1)}:{goal.group(2)}" if goal else None), time
        if BUILD_END.match(text):
            end = time
            break
    start = lines[0][0]
    parts = [(f"{name} ({len(times)}x: first {times[0]:.2f} s, the other {len(times) - 1} {sum(times[1:]):.2f} s,"
              f" median {statistics.median(times) * 1000:.0f} ms)", sum(times)) for name, times in goal_times.items()]
    parts.append(("Maven between goals (module start, lifecycle plan)", between))
    parts.append(("Maven start: JVM, wrapper, until the first log line", wall - (lines[-1][0] - start)))
    parts.append(("Maven reading the poms, until the first module", (first_module or start) - start))
    parts.append(("Maven end: summary, exit", lines[-1][0] - end))
    for name, seconds in sorted(parts, key=lambda part: -part[1]):
        print(f"  {seconds:6.2f} s  {100 * seconds / wall:4.0f}%  {name}")


if __name__ == "__main__":
    main()

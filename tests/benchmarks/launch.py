"""Launches two programs in turn and reports when each first painted, and its peak memory then
and over its whole run.

It runs in a process of its own, started by the window benchmark, and imports nothing heavy:
a child's peak memory as the kernel reports it includes what the parent held when the child was
forked, so the parent must be smaller than any child it measures.

Each program prints `first-paint <time.monotonic()> <peak memory in KiB so far>` when its window
first paints, then quits once it has done what it does after the paint (Holdfast reads all its
entries then). The monotonic clock is shared by every process on the machine, so the launch time
is measured from just before the start to the paint itself, leaving out how long each takes to
shut down.

Usage: python launch.py ROUNDS OURS_COMMAND_JSON BARE_COMMAND_JSON; prints one JSON line.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time

PAINT_LINE = "first-paint "


def launch(command: list[str]) -> tuple[float, int, int]:
    """Seconds from start to first paint, the peak memory up to the paint and over the whole
    run, both in KiB."""
    start = time.monotonic()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, text=True)
    assert process.stdout is not None
    output = process.stdout.read()
    _, status, usage = os.wait4(process.pid, 0)
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"{command} exited with {os.waitstatus_to_exitcode(status)}")
    painted = [line for line in output.splitlines() if line.startswith(PAINT_LINE)]
    if not painted:
        raise SystemExit(f"{command} never reported its first paint")
    try:
        moment, peak_at_paint = painted[0].removeprefix(PAINT_LINE).split()
    except ValueError:
        raise SystemExit(f"{command} did not report its peak memory with its first paint") from None
    return float(moment) - start, int(peak_at_paint), usage.ru_maxrss


def main() -> None:
    rounds = int(sys.argv[1])
    ours_command, bare_command = json.loads(sys.argv[2]), json.loads(sys.argv[3])
    results: dict[str, list[tuple[float, int, int]]] = {"ours": [], "bare": []}
    for round_ in range(rounds):
        pair = [("ours", ours_command), ("bare", bare_command)]
        for name, command in pair if round_ % 2 == 0 else reversed(pair):
            results[name].append(launch(command))
    print(json.dumps(results))


if __name__ == "__main__":
    main()

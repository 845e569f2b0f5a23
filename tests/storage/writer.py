"""A separate Holdfast process that logs urges, for the crash and race tests.

    writer.py FOLDER loop [DAY]   logs urges until killed; with DAY, each save is dated one day
                                  later than the one before, starting DAY days from now, so that
                                  every save also takes a backup and prunes the old ones
    writer.py FOLDER count N      prints "ready", waits for a line on stdin, then logs N urges

It prints an urge's id only after the transaction that saved it returned: a printed id is one the
user was told is saved.
"""

from __future__ import annotations

import sys
from datetime import datetime, timedelta
from pathlib import Path

from app.domain.events import UrgeKind
from app.domain.logbook import log_urge
from app.storage.store import Store
from app.system.system_clock import SystemClock


def log_one(store: Store, now: datetime) -> None:
    urge = log_urge(now, UrgeKind.TEXT, intensity=6, note="breathed through it")
    with store.transaction(now) as changes:
        changes.add(urge)
    print(urge.id, flush=True)


def main(argv: list[str]) -> int:
    folder, mode = Path(argv[0]), argv[1]
    store = Store(folder)
    clock = SystemClock()
    if mode == "loop":
        first_day = int(argv[2]) if len(argv) > 2 else None
        step = 0
        while True:
            now = clock.now()
            if first_day is not None:
                now += timedelta(days=first_day + step)
                step += 1
            log_one(store, now)
    if mode == "count":
        print("ready", flush=True)
        sys.stdin.readline()
        for _ in range(int(argv[2])):
            log_one(store, clock.now())
        return 0
    print(f"unknown mode {mode!r}", file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

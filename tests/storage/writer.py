"""A separate Holdfast process that logs urges, for the crash and race tests; in the storage
tests' protected mode its Store comes up unlocked (see protected_mode.py). Run as
`python -m tests.storage.writer ...` (support.start_writer):

    writer.py FOLDER loop [DAY]   logs urges until killed; with DAY, each save is dated one day
                                  later than the one before, starting DAY days from now, so that
                                  every save also takes a backup and prunes the old ones
    writer.py FOLDER count N      prints "ready", waits for a line on stdin, then logs N urges
    writer.py FOLDER urges [DAY]  runs `holdfast urge text` until killed, as a launcher's action
                                  does, in this one process to be quick; with DAY, dated as in
                                  the loop. Each "Logged: ..." line is an urge the user was told
                                  is saved

It prints an urge's id only after the transaction that saved it returned: a printed id is one the
user was told is saved.
"""

from __future__ import annotations

import itertools
import sys
from datetime import datetime, timedelta
from pathlib import Path

from app.domain.clock import Clock, FixedClock
from app.domain.events import UrgeKind
from app.domain.logbook import log_urge
from app.storage.store import Store
from app.system.system_clock import SystemClock
from tests.storage.protected_mode import unlock_as_the_user


def log_one(store: Store, now: datetime) -> None:
    urge = log_urge(now, UrgeKind.TEXT, intensity=6, note="breathed through it")
    with store.transaction(now) as changes:
        changes.add(urge)
    print(urge.id, flush=True)


def main(argv: list[str]) -> int:
    folder, mode = Path(argv[0]), argv[1]
    unlock_as_the_user()
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
    if mode == "urges":
        from app.cli import main as holdfast

        first_day = int(argv[2]) if len(argv) > 2 else None
        environ = {"HOLDFAST_DATA_DIR": str(folder)}
        for step in itertools.count():
            dated: Clock = clock
            if first_day is not None:
                dated = FixedClock(clock.now() + timedelta(days=first_day + step))
            if holdfast(["urge", "text"], clock=dated, environ=environ) != 0:
                return 1
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

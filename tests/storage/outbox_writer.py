"""A Holdfast process that logs urges while Holdfast is locked, as a launcher's `holdfast urge`
does then: each is sealed to the folder's public key as a list of its own (keep_for_later), for
the next unlock to add. For the sealed outbox's kill test.

    python -m tests.storage.outbox_writer FOLDER   logs urges until killed, printing each one's
                                                   id once keep_for_later returned: a printed id
                                                   is one the user was told is kept
"""

from __future__ import annotations

import sys
from pathlib import Path

from app.domain.events import UrgeKind
from app.domain.logbook import log_urge
from app.storage.store import Store
from app.storage.waiting_entries import keep_for_later
from app.system.system_clock import SystemClock

NOTE = "logged while locked"


def main(argv: list[str]) -> int:
    store = Store(Path(argv[0]))
    if not store.locked:
        print("the folder is not locked", file=sys.stderr)
        return 2
    clock = SystemClock()
    while True:
        urge = log_urge(clock.now(), UrgeKind.TEXT, intensity=6, note=NOTE)
        if not keep_for_later(store, [urge]):
            print("protection was turned off", file=sys.stderr)
            return 1
        print(urge.id, flush=True)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

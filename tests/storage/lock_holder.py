"""Another process that takes the store's lock and keeps it until told to let go, as a stuck
Holdfast process would."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

HOLDER = """
import sys
from pathlib import Path
from app.storage.lock import store_lock

with store_lock(Path(sys.argv[1])):
    print("held", flush=True)
    sys.stdin.readline()  # until the test lets go (or ends: stdin closes)
"""


class HeldLock:
    def __init__(self, process: subprocess.Popen[str]) -> None:
        self._process = process

    def let_go(self) -> None:
        """Releases the lock: the other process ends, as a stuck one finally would."""
        if self._process.poll() is None:
            assert self._process.stdin is not None
            self._process.stdin.close()
            self._process.wait(timeout=60)

    def die(self) -> None:
        """Kills the holder outright (kill -9), with no chance to let go of anything."""
        self._process.kill()
        self._process.wait(timeout=60)


@contextmanager
def lock_held_elsewhere(folder: Path) -> Iterator[HeldLock]:
    """The store's lock on `folder`, held by a separate Python process until `let_go`."""
    folder.mkdir(parents=True, exist_ok=True)
    process = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(folder)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    held = HeldLock(process)
    try:
        assert process.stdout is not None
        assert process.stdout.readline().strip() == "held"
        yield held
    finally:
        held.let_go()

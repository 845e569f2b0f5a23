"""The inter-process lock that every read-modify-write of the data file holds."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from app.storage.errors import StoreBusy
from app.storage.files import PRIVATE_FILE, make_private

LOCK_FILE_NAME = "holdfast.lock"
# A write takes milliseconds; a command waits this long before it calls the other process stuck.
WAIT_SECONDS = 15.0
BUSY = (
    "another Holdfast process (a window, or a command still running) is busy with your data "
    "and has not let go of it; nothing was changed"
)


@contextmanager
def store_lock(folder: Path, wait: float = WAIT_SECONDS) -> Iterator[None]:
    """Holds the lock, waiting up to `wait` seconds for it (0: one try); raises StoreBusy."""
    # Imported here: reading commands such as `status` never lock, and start faster without it.
    from filelock import FileLock, Timeout

    path = folder / LOCK_FILE_NAME
    lock = FileLock(path, mode=PRIVATE_FILE, timeout=wait)
    try:
        lock.acquire()
    except Timeout:
        raise StoreBusy(f"{BUSY}; try again in a moment") from None
    try:
        # filelock sets the mode only on a lock file it creates; one made otherwise is tightened,
        # if it is an ordinary file of this user's: never another account's file, nor a pipe.
        make_private(path)
        yield
    finally:
        lock.release()


def lock_is_free(folder: Path) -> bool:
    """Whether no other process holds the lock now; looks without waiting, so it never blocks.

    A folder where the lock cannot even be made answers True: the save that follows then says why.
    """
    try:
        with store_lock(folder, wait=0):
            return True
    except StoreBusy:
        return False
    except OSError:
        return True

"""The inter-process lock that every read-modify-write of the data file holds."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from app.storage.errors import StoreBusy
from app.storage.files import PRIVATE_FILE

LOCK_FILE_NAME = "holdfast.lock"
WAIT_SECONDS = 15.0  # a write takes milliseconds; this long means another process is stuck


@contextmanager
def store_lock(folder: Path) -> Iterator[None]:
    # Imported here: reading commands such as `status` never lock, and start faster without it.
    from filelock import FileLock, Timeout

    path = folder / LOCK_FILE_NAME
    lock = FileLock(path, mode=PRIVATE_FILE, timeout=WAIT_SECONDS)
    try:
        lock.acquire()
    except Timeout:
        raise StoreBusy(
            f"another Holdfast process has been saving for over {WAIT_SECONDS:.0f} seconds; "
            "nothing was changed, try again"
        ) from None
    try:
        # filelock sets the mode only on a lock file it creates; one made otherwise is tightened.
        path.chmod(PRIVATE_FILE)
        yield
    finally:
        lock.release()

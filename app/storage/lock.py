"""The inter-process lock that every read-modify-write of the data file holds."""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

from app.domain.words import QT_TRANSLATE_NOOP, Said
from app.storage.errors import StoreBusy
from app.storage.files import PRIVATE_FILE, make_private

LOCK_FILE_NAME = "holdfast.lock"
# A write takes milliseconds; a command waits this long before it calls the other process stuck.
WAIT_SECONDS = 15.0
BUSY = QT_TRANSLATE_NOOP(
    "StorageError",
    "another Holdfast process (a window, or a command still running) is busy with your data "
    "and has not let go of it; nothing was changed",
)
_POLL_SECONDS = 0.05


@contextmanager
def store_lock(folder: Path, wait: float = WAIT_SECONDS) -> Iterator[None]:
    """Holds the lock, waiting up to `wait` seconds for it (0: one try); raises StoreBusy.

    The lock file stays when it is let go, so every process locks the same file. A link in its
    place is refused (OSError), never followed.
    """
    path = folder / LOCK_FILE_NAME
    with _held(path, wait):
        # A lock file made otherwise (by an older Holdfast, by hand) is tightened, if it is an
        # ordinary file of this user's: never another account's file, nor a pipe. One made here
        # is private already.
        make_private(path)
        yield


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


def _busy() -> StoreBusy:
    return StoreBusy(
        Said(QT_TRANSLATE_NOOP("StorageError", "{busy}; try again in a moment"), busy=BUSY)
    )


if sys.platform == "win32":

    @contextmanager
    def _held(path: Path, wait: float) -> Iterator[None]:
        from filelock import FileLock, Timeout

        lock = FileLock(path, mode=PRIVATE_FILE, timeout=wait)
        try:
            lock.acquire()
        except Timeout:
            raise _busy() from None
        try:
            yield
        finally:
            lock.release()

else:
    import fcntl

    # Never through a link; never waiting on a named pipe in its place.
    _OPEN_FLAGS = os.O_RDWR | os.O_CREAT | os.O_NOFOLLOW | os.O_NONBLOCK

    @contextmanager
    def _held(path: Path, wait: float) -> Iterator[None]:
        # flock, not the filelock package: a command run from a launcher pays for every import,
        # and this is all filelock does here. The lock belongs to this open file, so the system
        # lets go of it when the process ends, however it ends (kill -9 included). Python opens
        # it non-inheritable: a child process never holds it.
        fd = os.open(path, _OPEN_FLAGS, PRIVATE_FILE)
        try:
            _take(fd, time.monotonic() + wait)
            try:
                yield
            finally:
                fcntl.flock(fd, fcntl.LOCK_UN)
        finally:
            os.close(fd)

    def _take(fd: int, deadline: float) -> None:
        while True:
            # Held elsewhere: EWOULDBLOCK, or EACCES on some network file systems.
            with suppress(BlockingIOError, PermissionError):
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                return
            left = deadline - time.monotonic()
            if left <= 0:
                raise _busy()
            time.sleep(min(_POLL_SECONDS, left))

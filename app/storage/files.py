"""Private, atomic, durable file writes: a crash leaves either the old file or the new one."""

from __future__ import annotations

import os
from pathlib import Path

from app.storage.errors import WriteFailed

PRIVATE_FILE = 0o600
PRIVATE_FOLDER = 0o700
TEMP_SUFFIX = ".tmp"


def make_private_folder(folder: Path) -> None:
    """Creates `folder` (and parents) and makes it readable by its owner only."""
    folder.mkdir(mode=PRIVATE_FOLDER, parents=True, exist_ok=True)
    # mkdir's mode is filtered by the umask and ignored for a folder that already exists.
    folder.chmod(PRIVATE_FOLDER)


def write_atomically(path: Path, payload: bytes) -> int:
    """Replaces `path` with `payload` durably and returns an open descriptor of the new file.

    The caller owns the descriptor. Keeping it open pins the file's inode, so no later file can
    reuse the number and look unchanged to a cache that compares inodes. Raises WriteFailed, with
    `path` as it was.
    """
    try:
        return _write_atomically(path, payload)
    except OSError as error:  # a full disk must read as one, not as a crash
        raise WriteFailed(path, error) from error


def _write_atomically(path: Path, payload: bytes) -> int:
    import tempfile  # here: reading commands never write, and start faster without it

    fd, temp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=TEMP_SUFFIX, dir=path.parent)
    try:
        os.fchmod(fd, PRIVATE_FILE)
        view = memoryview(payload)
        while view:
            view = view[os.write(fd, view) :]
        os.fsync(fd)
        Path(temp_name).replace(path)
    except BaseException:
        os.close(fd)
        Path(temp_name).unlink(missing_ok=True)
        raise
    _fsync_folder(path.parent)
    return fd


def write_file(path: Path, payload: bytes) -> None:
    """Atomically and durably writes a private file; raises WriteFailed."""
    os.close(write_atomically(path, payload))


def remove_leftover_temp_files(folder: Path) -> None:
    """Deletes the temp files killed writers left in `folder`. Call holding the store's lock."""
    if folder.is_dir():
        for leftover in folder.glob(f".*{TEMP_SUFFIX}"):
            leftover.unlink(missing_ok=True)


def _fsync_folder(folder: Path) -> None:
    # The rename is only durable once the folder's entry is on disk. Windows cannot open a folder.
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)

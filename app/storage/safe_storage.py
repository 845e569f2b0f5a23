"""A TinyDB storage that writes atomically and serves reads from memory until the file changes."""

from __future__ import annotations

import os
from contextlib import suppress
from pathlib import Path
from typing import TYPE_CHECKING, Any

import orjson
from tinydb.storages import Storage

from app.domain.words import QT_TRANSLATE_NOOP
from app.storage.errors import DamagedDataFile
from app.storage.files import open_ordinary_file, read_through, write_atomically

if TYPE_CHECKING:
    from app.storage.protection import Sealing

Tables = dict[str, dict[str, Any]]
_FileIdentity = tuple[int, int, int, int]


class SafeStorage(Storage):
    """Reads and writes one JSON file for TinyDB without ever leaving it half-written.

    Unlike TinyDB's JSONStorage it never rewrites the file in place, never treats an empty or
    broken file as an empty database, and re-parses only when another process replaced the file.
    With protection on, what it writes is sealed and what it reads opened by `sealing`: TinyDB
    itself opens a protected file as `TinyDB(path, storage=SafeStorage, sealing=unlocked)`.
    """

    def __init__(self, path: Path, sealing: Sealing | None = None) -> None:
        from app.storage.protection import Sealing

        self.path = path
        self.sealing = Sealing() if sealing is None else sealing
        self._tables: Tables | None = None
        self._identity: _FileIdentity | None = None
        self._pinned_fd: int | None = None
        self.generation = 0  # grows whenever the data held in memory changes

    def read(self) -> Tables | None:
        """The tables in the file; None when there is no file. Raises DataFileError, NotAFile
        (a named pipe, a device or a link to nothing in its place) or OSError."""
        with suppress(FileNotFoundError):  # a link to nothing is told apart below
            if _identity(self.path.stat()) == self._identity:
                return self._tables
        # The data file may be a link the user made (into a synced folder): read through it.
        try:
            fd = open_ordinary_file(self.path, follow_link=True)
        except FileNotFoundError:
            self._forget()
            return None
        try:
            identity = _identity(os.fstat(fd))
            tables = parse_tables(self.path, self.sealing.opened(self.path, read_through(fd)))
        except BaseException:
            os.close(fd)
            raise
        self._remember(tables, identity, fd)
        return tables

    def write(self, data: Tables) -> None:
        try:
            fd = write_atomically(self.path, self.sealing.seal(serialised(data)))
        except BaseException:
            # The dict handed out was edited before this write; reload the file next time.
            self._forget()
            raise
        self._remember(data, _identity(os.fstat(fd)), fd)

    def held_bytes(self) -> bytes | None:
        """The bytes of the file the tables in memory were read from or written to, if known.

        Read through the pinned descriptor, so they are that file's bytes even if another
        process has replaced it since; None without tables in memory or a pinned descriptor, or
        when the file was rewritten in place (an editor), as its bytes are then no longer those.
        """
        if self._pinned_fd is None or self._tables is None:
            return None
        stat = os.fstat(self._pinned_fd)
        if _identity(stat) != self._identity:
            return None
        payload = os.pread(self._pinned_fd, stat.st_size, 0)
        # An edit in place during the read would mix old and new bytes.
        if _identity(os.fstat(self._pinned_fd)) != self._identity:
            return None
        return payload

    def close(self) -> None:
        self._forget()

    def _remember(self, tables: Tables, identity: _FileIdentity, fd: int) -> None:
        self._forget()
        if os.name == "posix":
            self._pinned_fd = fd
        else:
            # Windows refuses to replace a file that is open, so other processes could not save.
            os.close(fd)
        self._tables, self._identity = tables, identity
        self.generation += 1

    def _forget(self) -> None:
        if self._pinned_fd is not None:
            os.close(self._pinned_fd)
        self._tables = self._identity = self._pinned_fd = None
        self.generation += 1


def serialised(tables: Tables) -> bytes:
    """The bytes of a data file holding `tables`."""
    try:
        return orjson.dumps(tables)
    except TypeError as error:
        raise ValueError(f"cannot save this data: {error}") from error


def parse_tables(path: Path, payload: bytes) -> Tables:
    """The tables in a Holdfast file's bytes, or DamagedDataFile saying what is wrong."""
    if not payload.strip():
        raise DamagedDataFile(path, QT_TRANSLATE_NOOP("StorageError", "it is empty"))
    try:
        tables = orjson.loads(payload)
    except orjson.JSONDecodeError:
        raise DamagedDataFile(
            path,
            QT_TRANSLATE_NOOP("StorageError", "it is not valid JSON (it may have been cut short)"),
        ) from None
    if not isinstance(tables, dict) or not all(
        isinstance(table, dict) and all(isinstance(doc, dict) for doc in table.values())
        for table in tables.values()
    ):
        raise DamagedDataFile(
            path,
            QT_TRANSLATE_NOOP("StorageError", "it does not have the layout of a Holdfast file"),
        )
    return tables


def _identity(stat: os.stat_result) -> _FileIdentity:
    # The pinned descriptor keeps our file's inode in use, so a replacement always gets a new one;
    # size and mtime catch an editor that rewrote the file in place.
    return (stat.st_dev, stat.st_ino, stat.st_size, stat.st_mtime_ns)

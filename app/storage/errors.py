"""Why the data file could not be read or written, told in words the user can act on."""

from __future__ import annotations

import errno
from pathlib import Path


class StorageError(Exception):
    """Base for every storage failure; its message is shown to the user as it is."""


class DataFileError(StorageError):
    """The data file exists but cannot be used; it is left exactly as it is."""

    def __init__(self, path: Path, problem: str) -> None:
        self.path = path
        self.problem = problem
        self.newest_backup: Path | None = None  # filled in by the store, which knows the backups
        super().__init__(f"{path}: {problem}")

    def __str__(self) -> str:
        lines = [f"Holdfast cannot use its data file {self.path}: {self.problem}."]
        lines.append("Nothing has been written to it.")
        if self.newest_backup is not None:
            lines.append(
                f"The newest good backup is {self.newest_backup}; "
                "`holdfast restore` puts it back and keeps the current file aside."
            )
        else:
            lines.append("There is no good backup to restore from.")
        return " ".join(lines)


class DamagedDataFile(DataFileError):
    """Empty, cut short, not JSON, or not shaped like a Holdfast file."""


class NewerDataFile(DataFileError):
    """Written by a newer Holdfast whose format this version does not know."""


class WriteFailed(StorageError):
    """Saving failed; the previous file is still in place and intact."""

    def __init__(self, path: Path, error: OSError) -> None:
        self.path = path
        self.error = error
        super().__init__(
            f"Could not save to {path}: {_explain(error)}. "
            "Nothing was changed; the previous data is intact."
        )


class RefusedFile(StorageError):
    """A file the user named cannot be used for what they asked; nothing was changed."""


class NoSuchBackup(RefusedFile):
    """The backup the user named does not exist or cannot be used."""


class NotAnExport(RefusedFile):
    """The file to import is missing, unreadable, or not a Holdfast export."""


class StoreBusy(StorageError):
    """Another Holdfast process held the lock for too long."""


def _explain(error: OSError) -> str:
    if error.errno in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG):
        return "the disk is full (free some space and try again)"
    if error.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return "the folder is read-only or belongs to someone else"
    return error.strerror or str(error)

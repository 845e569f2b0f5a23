"""Why the data file could not be read or written, told in words the user can act on."""

from __future__ import annotations

import errno
from datetime import UTC, datetime, tzinfo
from pathlib import Path

from app.domain.words import QT_TRANSLATE_NOOP, Said, message_of


class StorageError(Exception):
    """Base for every storage failure; its message is shown to the user as it is.

    Raised with a Said (or, for the errors below, giving one as `said`), it can be said in the
    user's language (words.in_words)."""


class DataFileError(StorageError):
    """The data file exists but cannot be used; it is left exactly as it is."""

    def __init__(self, path: Path, problem: str) -> None:
        self.path = path
        self.problem = problem  # a Said where Holdfast words it, so the window can translate it
        self.newest_backup: Path | None = None  # filled in by the store, which knows the backups
        super().__init__(f"{path}: {problem}")

    @property
    def said(self) -> Said:
        if self.newest_backup is None:
            return Said(
                QT_TRANSLATE_NOOP(
                    "StorageError",
                    "Holdfast cannot use its data file {path}: {problem}. Nothing has been "
                    "written to it. There is no good backup to restore from.",
                ),
                path=str(self.path),
                problem=self.problem,
            )
        return Said(
            QT_TRANSLATE_NOOP(
                "StorageError",
                "Holdfast cannot use its data file {path}: {problem}. Nothing has been written "
                "to it. The newest good backup is {backup}; `holdfast restore` puts it back and "
                "keeps the current file aside.",
            ),
            path=str(self.path),
            problem=self.problem,
            backup=str(self.newest_backup),
        )

    def __str__(self) -> str:
        return self.said


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
            Said(
                QT_TRANSLATE_NOOP(
                    "StorageError",
                    "Could not save to {path}: {why}. Nothing was changed; the previous data "
                    "is intact.",
                ),
                path=str(path),
                why=explain(error),
            )
        )


class RefusedFile(StorageError):
    """A file the user named cannot be used for what they asked; nothing was changed."""


class NoSuchBackup(RefusedFile):
    """The backup the user named does not exist or cannot be used."""


class NotAnExport(RefusedFile):
    """The file to import is missing, unreadable, or not a Holdfast export."""


class NotAFile(OSError):
    """Something other than an ordinary file where Holdfast reads one: reading a named pipe would
    wait forever and a device would never end, so neither is read at all.

    Its sentence names the fix where the user meets it, in the data file's place; an import
    words its own (see transfer.py).
    """

    def __init__(self, path: Path, what: str) -> None:
        self.what = what  # "a named pipe", "a device"... (a Said)
        super().__init__(self._sentence())  # no errno: `explain` shows the sentence as it is
        self.filename = str(path)

    def _sentence(self) -> Said:
        return Said(
            QT_TRANSLATE_NOOP(
                "StorageError",
                "it is {what}, not an ordinary file; move it away, and `holdfast restore` puts "
                "back the newest backup, if there is one",
            ),
            what=self.what,
        )

    def __str__(self) -> str:
        return str(self.args[0])  # OSError's own would add "[Errno None]" and the file name


class LinkToNothing(NotAFile):
    """A link to a file that is not there: read as no file at all, it would start a new one."""

    def __init__(self, path: Path, target: str) -> None:
        super().__init__(
            path,
            Said(
                QT_TRANSLATE_NOOP("StorageError", "a link to {target}, which is not there"),
                target=target,
            ),
        )

    def _sentence(self) -> Said:
        return Said(
            QT_TRANSLATE_NOOP(
                "StorageError",
                "it is {what}; put that file back (a sync tool may keep a copy), or remove the "
                "link and `holdfast restore` puts back the newest backup, if there is one",
            ),
            what=self.what,
        )


class StoreBusy(StorageError):
    """Another Holdfast process held the lock for too long."""


class MissingDataFile(StorageError):
    """The data file is gone where there was one (backups are there, or this process read it):
    not a first run, so nothing is written until the user restores a backup or starts afresh."""

    def __init__(self, path: Path, newest_backup_at: datetime | None) -> None:
        self.path = path
        self.newest_backup_at = newest_backup_at  # when the newest good backup was taken, if any
        super().__init__(self.describe())

    def describe(self, zone: tzinfo | None = None) -> Said:
        """One line naming the fix, with the backup's time in `zone` (else in UTC, so marked)."""
        if self.newest_backup_at is None:
            return Said(
                QT_TRANSLATE_NOOP(
                    "StorageError",
                    "{name} is missing from {folder}, and there is no good backup to restore; "
                    "put the file back (a sync tool may keep a copy) to go on.",
                ),
                name=self.path.name,
                folder=str(self.path.parent),
            )
        if zone is None:
            return Said(
                QT_TRANSLATE_NOOP(
                    "StorageError",
                    "{name} is missing; `holdfast restore` puts back the backup from {when} UTC.",
                ),
                name=self.path.name,
                when=self.newest_backup_at.astimezone(UTC),
            )
        return Said(
            QT_TRANSLATE_NOOP(
                "StorageError",
                "{name} is missing; `holdfast restore` puts back the backup from {when}.",
            ),
            name=self.path.name,
            when=self.newest_backup_at.astimezone(zone),
        )


def quoted(name: str) -> str:
    """A name the user typed, quoted for a message: cut short when long, so a mistyped or
    pasted name cannot fill the screen in place of the one line that says what to do."""
    if len(name) > _LONGEST_QUOTED:
        name = name[:_LONGEST_QUOTED] + "…"
    return repr(name)


_LONGEST_QUOTED = 60


def cannot_use(error: OSError, path: Path) -> Said:
    """One line for an OSError met using `path` (or the file the error names): which file or
    folder, and what to do about it."""
    where = error.filename if isinstance(error.filename, str) else path
    return Said(
        QT_TRANSLATE_NOOP("StorageError", "Holdfast cannot use {where}: {why}."),
        where=str(where),
        why=explain(error),
    )


def explain(error: OSError | WriteFailed) -> str:
    """What the system refused, as a sentence that says what to do (never its bare errno text);
    a Said but for a sentence of the system's own. For a save that failed, the system's reason
    behind it.

    The one place that words an OSError for the user: the command line and the window both use it.
    """
    if isinstance(error, WriteFailed):
        error = error.error
    if error.errno is None:
        return message_of(error)  # raised with a sentence of Holdfast's own
    for codes, sentence in _WHAT_TO_DO:
        if error.errno in codes:
            return sentence
    return Said(
        QT_TRANSLATE_NOOP(
            "StorageError",
            "the system refused it ({what}); check that the path is right and is yours",
        ),
        what=(error.strerror or str(error)).lower(),  # the system's words, in its own language
    )


def _codes(*names: str) -> frozenset[int]:
    # Not every system knows every code (Windows lacks some): the ones it lacks are left out.
    return frozenset(getattr(errno, name) for name in names if hasattr(errno, name))


_WHAT_TO_DO: tuple[tuple[frozenset[int], Said], ...] = (
    (
        _codes("ENOSPC", "EDQUOT", "EFBIG"),
        QT_TRANSLATE_NOOP("StorageError", "the disk is full; free some space and try again"),
    ),
    (
        _codes("EROFS"),
        QT_TRANSLATE_NOOP(
            "StorageError", "the disk is read-only; choose a folder on a disk you can write to"
        ),
    ),
    (
        _codes("EACCES", "EPERM"),
        QT_TRANSLATE_NOOP(
            "StorageError",
            "you do not have permission to use it; check who owns it, or choose a folder of your "
            "own",
        ),
    ),
    (
        _codes("ELOOP"),
        QT_TRANSLATE_NOOP(
            "StorageError",
            "it is a symbolic link, which Holdfast does not follow; put the real file or folder "
            "in its place",
        ),
    ),
    (
        _codes("EEXIST"),
        QT_TRANSLATE_NOOP(
            "StorageError",
            "something of that name is already there; move it aside or choose another name",
        ),
    ),
    (
        _codes("ENOENT"),
        QT_TRANSLATE_NOOP(
            "StorageError", "it does not exist; check the path, and that its folder is there"
        ),
    ),
    (
        _codes("ENOTDIR"),
        QT_TRANSLATE_NOOP(
            "StorageError", "part of the path is a file, not a folder; check the path"
        ),
    ),
    (
        _codes("EISDIR"),
        QT_TRANSLATE_NOOP(
            "StorageError", "it is a folder where a file belongs; give the path of a file"
        ),
    ),
    (
        _codes("ENAMETOOLONG"),
        QT_TRANSLATE_NOOP("StorageError", "the name is too long; choose a shorter one"),
    ),
    (
        _codes("EBUSY", "ETXTBSY"),
        QT_TRANSLATE_NOOP(
            "StorageError", "another program is using it; close that program and try again"
        ),
    ),
    (
        _codes("EIO"),
        QT_TRANSLATE_NOOP(
            "StorageError",
            "the disk could not read or write it; check the disk, and keep a copy of your data "
            "on another one",
        ),
    ),
    (
        _codes("EMFILE", "ENFILE"),
        QT_TRANSLATE_NOOP(
            "StorageError", "too many files are open; close some programs and try again"
        ),
    ),
    (
        _codes("ENXIO", "ENODEV"),
        QT_TRANSLATE_NOOP(
            "StorageError",
            "it is a device or a pipe, not a file; give the path of an ordinary file",
        ),
    ),
)

"""Private, atomic, durable file writes (a crash leaves either the old file or the new one), and
the one careful way files are read."""

from __future__ import annotations

import errno
import os
import re
import stat
from fnmatch import fnmatchcase
from pathlib import Path

from app.domain.words import QT_TRANSLATE_NOOP, Said
from app.storage.errors import LinkToNothing, NotAFile, WriteFailed

PRIVATE_FILE = 0o600
PRIVATE_FOLDER = 0o700
TEMP_SUFFIX = ".tmp"
# How the temp file of a write to `name` is named (by `new_temp_file`, below): "." + name + "."
# + 8 random characters + TEMP_SUFFIX. Clean-up removes nothing else.
_TEMP_NAME = re.compile(r"^\.(?P<name>.+)\.[a-z0-9_]{8}" + re.escape(TEMP_SUFFIX) + "$")
# The files written under the store's lock (the data file, the copies restore sets aside and the
# backups): no other process can be writing them while a lock holder cleans up.
LOCKED_FILES = "holdfast*.json"
# A temp file to write: a new name, never a link in its place.
_NEW_FILE = (
    os.O_RDWR | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_BINARY", 0)
)
# Opening a name Holdfast uses must neither follow a link nor hang on a named pipe in its place.
_NO_SURPRISES = (
    getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
)


def make_private_folder(folder: Path) -> None:
    """Creates `folder` (and any missing parents) readable by its owner only.

    A folder that is already there is left as it is: it may be one the user chose, holding other
    files, which is not Holdfast's to change (see privacy.py for what is tightened on start).
    """
    folder.parent.mkdir(parents=True, exist_ok=True)
    try:
        folder.mkdir(mode=PRIVATE_FOLDER)
    except FileExistsError:
        if not folder.is_dir():
            raise
        return
    # mkdir's mode is filtered by the umask.
    make_private(folder, PRIVATE_FOLDER)


def make_private(path: Path, mode: int = PRIVATE_FILE, follow_link: bool = False) -> bool:
    """Gives `path` `mode` if it is a file of this user's (a folder, for PRIVATE_FOLDER); False
    when it is not (a link, unless `follow_link`, or someone else's), and it is then left
    exactly as it is."""
    flags = os.O_RDONLY | _NO_SURPRISES
    if follow_link:
        flags &= ~getattr(os, "O_NOFOLLOW", 0)
    try:
        fd = os.open(path, flags)
    except OSError:
        return False
    try:
        found = os.fstat(fd)
        wanted = stat.S_ISDIR if mode == PRIVATE_FOLDER else stat.S_ISREG
        if not wanted(found.st_mode) or not _mine(found):
            return False
        if stat.S_IMODE(found.st_mode) != mode:
            os.fchmod(fd, mode)
        return True
    except OSError:  # a read-only disk, say
        return False
    finally:
        os.close(fd)


def refuse_link(path: Path) -> None:
    """Raises WriteFailed when `path` is a link, or a named pipe or the like: Holdfast writes,
    renames, deletes and chmods nothing through a link, nor replaces one with a file."""
    try:
        found = os.lstat(path)
    except FileNotFoundError:
        return
    except OSError as error:
        raise WriteFailed(path, error) from error
    if stat.S_ISLNK(found.st_mode):
        problem = (
            "it is a link to another file, and Holdfast does not save through links "
            "(put the file itself in its place)"
        )
    elif not (stat.S_ISREG(found.st_mode) or stat.S_ISDIR(found.st_mode)):
        problem = "it is not an ordinary file (move it away and try again)"
    else:
        return
    # No errno: the sentence is the whole explanation.
    raise WriteFailed(path, OSError(problem))


def read_ordinary_file(path: Path, follow_link: bool = False, limit: int | None = None) -> bytes:
    """The bytes of the ordinary file at `path`, of at most `limit` bytes if one is given.

    The one way Holdfast reads a file: the data file, a backup, the status cache, the journal
    draft, an import. Raises FileNotFoundError when nothing is there, NotAFile when something
    other than a file is (see `open_ordinary_file`), OSError with a sentence when it is larger
    than `limit`.
    """
    fd = open_ordinary_file(path, follow_link)
    try:
        return read_through(fd, limit)
    finally:
        os.close(fd)


def open_ordinary_file(path: Path, follow_link: bool = False) -> int:
    """A descriptor for reading the ordinary file at `path`; the caller closes it.

    Opened without waiting and checked before anything is read: a named pipe would wait for a
    writer forever, and a device such as /dev/zero never ends. A link is refused (ELOOP) unless
    `follow_link`, and one followed to nothing raises LinkToNothing, not FileNotFoundError: the
    file it stands for is lost, which is not the same as a first run.
    """
    flags = os.O_RDONLY | _NO_SURPRISES | getattr(os, "O_BINARY", 0)
    if follow_link:
        flags &= ~getattr(os, "O_NOFOLLOW", 0)
    try:
        fd = os.open(path, flags)
    except FileNotFoundError:
        target = _link_target(path) if follow_link else None
        if target is None:
            raise
        raise LinkToNothing(path, target) from None
    try:
        kind = stat.S_IFMT(os.fstat(fd).st_mode)
    except BaseException:
        os.close(fd)
        raise
    if kind == stat.S_IFREG:
        return fd
    os.close(fd)
    if kind == stat.S_IFDIR:
        raise IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR), str(path))
    raise NotAFile(
        path, _KINDS.get(kind, QT_TRANSLATE_NOOP("StorageError", "something other than a file"))
    )


def read_through(fd: int, limit: int | None = None) -> bytes:
    """What is left to read from `fd`, opened by `open_ordinary_file`; OSError with a sentence
    when it passes `limit` bytes, even while the file grows."""
    if limit is not None and os.fstat(fd).st_size > limit:
        raise _too_large(limit)
    chunks: list[bytes] = []
    read = 0
    while chunk := os.read(fd, 1 << 20):
        chunks.append(chunk)
        read += len(chunk)
        if limit is not None and read > limit:
            raise _too_large(limit)
    return b"".join(chunks)


_KINDS = {
    stat.S_IFIFO: QT_TRANSLATE_NOOP("StorageError", "a named pipe"),
    stat.S_IFCHR: QT_TRANSLATE_NOOP("StorageError", "a device"),
    stat.S_IFBLK: QT_TRANSLATE_NOOP("StorageError", "a device"),
    stat.S_IFSOCK: QT_TRANSLATE_NOOP("StorageError", "a socket"),
}


def _link_target(path: Path) -> str | None:
    """Where the link at `path` leads; None when `path` is not a link."""
    try:
        return str(path.readlink())
    except OSError:
        return None


def _too_large(limit: int) -> OSError:
    # No errno: the sentence is the whole explanation.
    return OSError(
        Said(
            QT_TRANSLATE_NOOP(
                "StorageError",
                "it is larger than {size} MiB, far more than Holdfast ever writes; check that it "
                "is the right file",
            ),
            size=limit // (1024 * 1024),
        )
    )


def files_named(folder: Path, name: re.Pattern[str]) -> list[Path]:
    """The ordinary files in `folder` whose names match `name`, sorted; never a link or a folder
    (Holdfast's own files are never links), and none when the folder is not there."""
    try:
        with os.scandir(folder) as entries:
            return sorted(
                Path(entry.path)
                for entry in entries
                if name.match(entry.name) and entry.is_file(follow_symlinks=False)
            )
    except (FileNotFoundError, NotADirectoryError):
        return []


def remove_private_file(path: Path) -> None:
    """Deletes `path` if it is a file of this user's; a link or anything else stays."""
    try:
        found = os.lstat(path)
    except FileNotFoundError:
        return
    if stat.S_ISREG(found.st_mode) and _mine(found):
        path.unlink(missing_ok=True)


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


def new_temp_file(path: Path) -> tuple[int, Path]:
    """A new file beside `path`, open for writing, under a name of its own, and that name.

    Made as tempfile.mkstemp makes one (a random name, created exclusively, never through a
    link), without importing tempfile, shutil and random: several milliseconds of every
    `holdfast urge` a launcher runs.
    """
    while True:
        temp = path.with_name(f".{path.name}.{os.urandom(4).hex()}{TEMP_SUFFIX}")
        try:
            return os.open(temp, _NEW_FILE, PRIVATE_FILE), temp
        except FileExistsError:
            continue  # taken: another random name


def _write_atomically(path: Path, payload: bytes) -> int:
    refuse_link(path)
    fd, temp = new_temp_file(path)
    try:
        os.fchmod(fd, PRIVATE_FILE)
        view = memoryview(payload)
        while view:
            view = view[os.write(fd, view) :]
        os.fsync(fd)
        temp.replace(path)
    except BaseException:
        os.close(fd)
        temp.unlink(missing_ok=True)
        raise
    _fsync_folder(path.parent)
    return fd


def write_file(path: Path, payload: bytes, exclusive: bool = False) -> None:
    """Atomically and durably writes a private file; raises WriteFailed.

    With `exclusive` an existing file (or link) at `path` is never replaced: WriteFailed then
    holds a FileExistsError.
    """
    if exclusive:
        # The name is claimed first, where the system refuses one that exists; the claim is then
        # replaced by the whole file at once. A crash in between leaves only the empty claim.
        try:
            os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE))
        except OSError as error:
            raise WriteFailed(path, error) from error
        try:
            os.close(write_atomically(path, payload))
        except BaseException:
            path.unlink(missing_ok=True)  # the claim, or what this call wrote: nothing else
            raise
        return
    os.close(write_atomically(path, payload))


def remove_leftover_temp_files(folder: Path, written: str = LOCKED_FILES) -> None:
    """Deletes the temp files killed writers of the files named like `written` (a glob) left in
    `folder`. Only names Holdfast makes, and only files of this user's, never a link.

    Call when no other process may be writing such a file: for LOCKED_FILES, holding the store's
    lock. (`folder` may itself be a link: the data folder the user chose may be one.)
    """
    if not folder.is_dir():
        return
    for entry in os.scandir(folder):
        match = _TEMP_NAME.match(entry.name)
        if match and fnmatchcase(match["name"], written):
            remove_private_file(Path(entry.path))


def _mine(found: os.stat_result) -> bool:
    return os.name != "posix" or found.st_uid == os.getuid()


def _fsync_folder(folder: Path) -> None:
    # The rename is only durable once the folder's entry is on disk. Windows cannot open a folder.
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)

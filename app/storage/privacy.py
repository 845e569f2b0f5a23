"""The check on start: Holdfast's own folder and files are made private again, and what is open
to others but not Holdfast's to change is named, in one line each."""

from __future__ import annotations

import os
import shlex
from contextlib import suppress
from fnmatch import fnmatchcase
from pathlib import Path

from app.storage.backups import Backups
from app.storage.files import PRIVATE_FILE, PRIVATE_FOLDER, make_private, refuse_link

BACKUPS_FOLDER = "backups"
WINDOW_SETTINGS_FILE = "window.ini"  # the window's size and place, which Qt itself writes
# What Holdfast keeps in its data folder: the data file and every copy of it (those restore sets
# aside, a sync tool's conflict copies), the lock, the status cache, the journal draft, the
# urges and contacts waiting to be saved, the window's settings, the language chosen in Settings
# (app/system/language.py), protection.json and the day count shown while locked (protection.py,
# day_count.py), and what a killed write left.
OWN_NAMES = (
    "holdfast*.json",
    "language",
    "protection.json",
    "day-count.json",
    "holdfast.lock",
    "status-cache.json",
    "journal-draft.json",
    "waiting*.json",
    WINDOW_SETTINGS_FILE,
    f"{WINDOW_SETTINGS_FILE}.lock",
    ".*.tmp",
)
# Holdfast's own files and folders have no reason to grant anyone else anything.
_OPEN = 0o077
# A folder others can only pass through shows them no names: only reading or changing it counts.
_SEEN_INTO = 0o066


def keep_private(folder: Path) -> list[str]:
    """Makes Holdfast's own files and folders in `folder` private, the folder itself too when it
    holds nothing but Holdfast's; returns one line for each that others can open and Holdfast
    may not change. A folder that does not exist yet is left alone: Holdfast creates it private.
    """
    if os.name != "posix":
        return []  # Windows keeps a user's application data private by its own rules
    try:
        entries = list(os.scandir(folder))
        found = folder.stat()
    except OSError:
        return []  # missing, or not a folder: the command says so where it matters
    problems: list[str] = []
    only_holdfasts = True
    for entry in entries:
        path = Path(entry.path)
        if entry.name == BACKUPS_FOLDER and entry.is_dir(follow_symlinks=False):
            problems += _tighten(path, PRIVATE_FOLDER)
            for backup in Backups(path).list():
                problems += _tighten(backup.path, PRIVATE_FILE)
        elif any(fnmatchcase(entry.name, own) for own in OWN_NAMES):
            if entry.is_file(follow_symlinks=False):  # a link in its place: never chmodded
                problems += _tighten(path, PRIVATE_FILE)
        else:
            only_holdfasts = False
    if only_holdfasts:
        # The data folder may itself be a link the user made (into a synced folder, say): the
        # folder the user chose is what they meant.
        problems += _tighten(folder, PRIVATE_FOLDER, follow_link=True)
    elif found.st_mode & _SEEN_INTO:
        quoted = shlex.quote(str(folder))
        problems.append(
            f"Other people on this computer can see into {folder}, which holds files that are "
            "not Holdfast's, so Holdfast leaves it as it is; to keep your entries private, run "
            f"`chmod 700 {quoted}`, or keep Holdfast's data in a folder of its own."
        )
    return problems


def private_window_settings(folder: Path) -> Path:
    """The window's settings file in `folder`, private before Qt first writes it: Qt gives a new
    file the umask's permissions but keeps those of one that exists, so it is made here, empty,
    readable by its owner alone. A file already there, or a folder not there yet, stays so.

    Raises WriteFailed when a link or something other than a file is in its place, which is left
    as it is: Qt would write through it.
    """
    path = folder / WINDOW_SETTINGS_FILE
    refuse_link(path)
    with suppress(OSError):
        flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
        os.close(os.open(path, flags, PRIVATE_FILE))
    return path


def _tighten(path: Path, mode: int, follow_link: bool = False) -> list[str]:
    try:
        found = path.stat() if follow_link else path.lstat()
    except OSError:
        return []
    if not found.st_mode & _OPEN or make_private(path, mode, follow_link):
        return []
    return [
        f"Other people on this computer can open {path}, and Holdfast cannot make it private "
        f"(it may belong to another account); `chmod {mode:o} {shlex.quote(str(path))}`, run "
        "as its owner, does."
    ]

"""The window's own settings file (its size and place), kept beside the data, private, and never
written through a link."""

from __future__ import annotations

import os
from collections.abc import Callable
from contextlib import suppress
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings

from app.storage.errors import WriteFailed
from app.storage.files import PRIVATE_FILE, refuse_link

WINDOW_SETTINGS_FILE = "window.ini"


def open_window_settings(folder: Path, report: Callable[[str], None]) -> QSettings:
    """The settings in `folder`'s window.ini; `report` hears, in one line, when they cannot be
    kept there.

    Qt saves this file itself, through any link in its place. So a link (or a named pipe, say)
    there keeps the settings in memory for this session only, and leaves it as it is.
    """
    path = folder / WINDOW_SETTINGS_FILE
    try:
        refuse_link(path)
    except WriteFailed:
        report(
            QCoreApplication.translate(
                "WindowSettings",
                "%s is a link or not an ordinary file, and Holdfast does not save through one, "
                "so the window's size and place will not be kept; remove it to keep them.",
            )
            % path
        )
        return QSettings("", QSettings.Format.IniFormat)  # no file: held in memory only
    # Qt gives a new file the umask's permissions but keeps those of one that exists: made
    # private from the first byte. A file already there, or a folder not there yet, stays so.
    with suppress(OSError):
        flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
        os.close(os.open(path, flags, PRIVATE_FILE))
    return QSettings(str(path), QSettings.Format.IniFormat)

"""Where file dialogs start: the user's own folders, never the folder Holdfast was started in."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths

Location = QStandardPaths.StandardLocation


def documents_folder() -> Path:
    """The user's documents folder, or their home folder when there is none."""
    for location in (Location.DocumentsLocation, Location.HomeLocation):
        found = QStandardPaths.writableLocation(location)
        if found and Path(found).is_dir():
            return Path(found)
    return Path.home()


def suggested_file(name: str) -> str:
    """A file name for a save dialog, in the documents folder."""
    return str(documents_folder() / name)

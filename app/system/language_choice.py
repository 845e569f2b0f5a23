"""Keeping the language chosen in Settings, apart from language.py, which reads it.

Written with the storage's private, atomic writes; language.py, which the command line and
every widget's words reach, stays clear of the storage code.
"""

from __future__ import annotations

from pathlib import Path

from app.storage.files import make_private_folder, remove_private_file, write_file
from app.system.language import AVAILABLE, LANGUAGE_FILE, UnknownLanguage


def save_language(folder: Path, language: str | None) -> None:
    """Keeps `language` as the Settings choice, privately and atomically; None follows the
    system again and removes the choice. Raises UnknownLanguage for one Holdfast does not
    speak, and the storage's WriteFailed when the file cannot be written."""
    path = folder / LANGUAGE_FILE
    if language is None:
        remove_private_file(path)
        return
    if language not in AVAILABLE:
        raise UnknownLanguage(language)
    make_private_folder(folder)
    write_file(path, f"{language}\n".encode("ascii"))

"""Which language Holdfast speaks, for the window and the command line alike.

In order: the one asked for with `--lang`, then the one chosen in Settings (kept in the data
folder, so that a command run from a launcher speaks as the window does), then the first of the
system's languages Holdfast has, else English. Nothing here loads Qt.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Mapping
from pathlib import Path

AVAILABLE = ("en", "de", "es")
# As a Settings list shows them: each in its own language, so anyone can find theirs.
LANGUAGE_NAMES = {"en": "English", "de": "Deutsch", "es": "Español"}
# Where the Settings choice is kept, in the data folder.
LANGUAGE_FILE = "language"
# gettext reads these in this order; the first one set decides.
_SYSTEM_VARIABLES = ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")
# A locale that names no language: programs speak their own (English).
_NO_LANGUAGE = ("c", "posix")
# Longer than any language code: a longer file is not one Holdfast wrote.
_MOST_BYTES = 32


class UnknownLanguage(ValueError):
    """A language asked for by name that Holdfast does not speak."""

    def __init__(self, wanted: str) -> None:
        self.wanted = wanted
        super().__init__(f"Holdfast speaks {', '.join(AVAILABLE)}; there is no language {wanted!r}")


def language_code(locale: str) -> str:
    """The language alone of a locale name: "de_DE.UTF-8", "de-AT" and "de@euro" are "de"."""
    for end in (".", "@", "_", "-"):
        locale = locale.split(end, 1)[0]
    return locale.strip().lower()


def system_languages(environ: Mapping[str, str]) -> list[str]:
    """The languages the system asks programs to speak, most wanted first, as gettext finds
    them: from the first of LANGUAGE (a colon-separated list), LC_ALL, LC_MESSAGES and LANG that
    is set. "C" and "POSIX" name no language and are left out."""
    for variable in _SYSTEM_VARIABLES:
        value = environ.get(variable, "")
        if value:
            codes = [language_code(locale) for locale in value.split(":")]
            return list(dict.fromkeys(c for c in codes if c and c not in _NO_LANGUAGE))
    return []


def chosen_language(explicit: str | None, saved: str | None, environ: Mapping[str, str]) -> str:
    """The language to speak: `explicit` (--lang) first, then `saved` (Settings), then the
    first system language Holdfast has, else English. Raises UnknownLanguage for an `explicit`
    language Holdfast does not speak; a `saved` one it does not know is passed over."""
    if explicit is not None:
        code = language_code(explicit)
        if code not in AVAILABLE:
            raise UnknownLanguage(explicit)
        return code
    if saved in AVAILABLE:
        return saved
    return next((code for code in system_languages(environ) if code in AVAILABLE), "en")


def saved_language(folder: Path) -> str | None:
    """The language chosen in Settings (language_choice.py keeps it); None to follow the
    system, which is also what a missing, damaged or unknown choice means (never an error: the
    words just stay as they were).

    Read without Holdfast's storage code, which commands that need no data never load; a name
    that is not a plain file (a link, a pipe someone left) is passed over, never waited on.
    """
    path = folder / LANGUAGE_FILE
    try:
        if not stat.S_ISREG(os.lstat(path).st_mode):
            return None
        fd = os.open(
            path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
        )
        try:
            data = os.read(fd, _MOST_BYTES + 1)
        finally:
            os.close(fd)
    except OSError:
        return None
    try:
        code = data.decode("ascii").strip()
    except UnicodeDecodeError:
        return None
    return code if code in AVAILABLE else None


def catalogue_path(language: str) -> Path | None:
    """The compiled translations (.qm) for `language`; None when they were not built (the
    words then stay English)."""
    from app.system.resource_files import resource_path

    try:
        return resource_path("translations", f"holdfast_{language}.qm")
    except (FileNotFoundError, ValueError):
        return None

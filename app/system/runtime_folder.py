"""A folder for this user's sockets, where no other account on the machine can take a name."""

from __future__ import annotations

import os
import stat
from collections.abc import Mapping
from contextlib import suppress
from pathlib import Path

OWNER_ONLY = 0o700


def private_runtime_folder(environ: Mapping[str, str]) -> Path | None:
    """Where this user's sockets can live without another account taking their names: the
    runtime folder the session gives ($XDG_RUNTIME_DIR), else a folder of Holdfast's in the
    temporary folder ($TMPDIR, else /tmp, as on every Unix), made 0700. None when neither is
    this user's alone (a name in a shared temporary folder can be taken by anyone first)."""
    runtime = environ.get("XDG_RUNTIME_DIR", "")
    if runtime and Path(runtime).is_absolute() and _is_private(Path(runtime)):
        return Path(runtime)
    if not hasattr(os, "getuid"):
        return None
    folder = Path(environ.get("TMPDIR") or "/tmp") / f"holdfast-{os.getuid()}"
    with suppress(OSError):  # there already, or cannot be: it must prove itself private below
        folder.mkdir(mode=OWNER_ONLY)
    return folder if _is_private(folder) else None


def _is_private(folder: Path) -> bool:
    try:
        found = folder.lstat()
    except OSError:
        return False
    return (
        stat.S_ISDIR(found.st_mode)
        and found.st_uid == os.getuid()
        and not found.st_mode & (stat.S_IRWXG | stat.S_IRWXO)
    )

"""The subcommands that set up the desktop: install-desktop-entry and uninstall-desktop-entry.

They write only the launcher entry and the app icon under the user's XDG data folder, never the
Holdfast data. Installing reads the data file, when there is one, for one thing only: whether
discreet mode is on, so that the entry it writes is the neutral one.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Mapping

from app.cli.output import FAILURE, fail, say
from app.cli.parser import USAGE_ERROR
from app.system.desktop_entry import (
    CommandNotFound,
    Placement,
    data_home,
    find_command,
    install,
    uninstall,
)
from app.system.identity import COMMAND, DISPLAY_NAME


def install_desktop_entry(args: argparse.Namespace, environ: Mapping[str, str]) -> int:
    if sys.platform in ("win32", "darwin"):
        return fail(
            USAGE_ERROR,
            "desktop entries are for Linux desktops; on Windows and macOS use the standalone "
            "build (the README says how to make one)",
        )
    placement = Placement(data_home(environ))
    try:
        command = find_command(sys.argv[0], sys.executable, getattr(sys, "frozen", False))
        install(placement, command, discreet=_discreet(args.data_dir, environ))
    except CommandNotFound as error:
        return fail(FAILURE, str(error))
    except OSError as error:
        if error.filename is None:  # an icon missing from this installation; the message says so
            return fail(FAILURE, str(error))
        if isinstance(error, FileExistsError):  # mkdir found a file where a folder should be
            return fail(FAILURE, f"cannot write into {error.filename}: it is a file, not a folder")
        from app.storage.errors import explain  # only on failure: installing never loads storage

        return fail(FAILURE, f"cannot write {error.filename}: {explain(error)}")
    say(f"{DISPLAY_NAME} is in your desktop's launcher: {placement.entry} starts {command}.")
    say(
        f"The icons are in {placement.icon_theme}; "
        f"`{COMMAND} uninstall-desktop-entry` takes them out again."
    )
    return 0


def uninstall_desktop_entry(args: argparse.Namespace, environ: Mapping[str, str]) -> int:
    placement = Placement(data_home(environ))
    try:
        removed = uninstall(placement)
    except OSError as error:
        from app.storage.errors import explain  # only on failure: uninstalling never loads storage

        return fail(FAILURE, f"cannot remove {error.filename}: {explain(error)}")
    if removed:
        say(
            f"Removed {DISPLAY_NAME} from the launcher: the entry and icons under "
            f"{placement.data_home} ({len(removed)} files). Your data is untouched."
        )
    else:
        say(f"{DISPLAY_NAME} was not in the launcher under {placement.data_home}; nothing removed.")
    return 0


def _discreet(data_dir: str | None, environ: Mapping[str, str]) -> bool:
    """Whether the data file says discreet mode is on; False when there is none to read.

    Only reads: the data folder is never created here, and an unreadable file gives the
    ordinary entry rather than stopping the install.
    """
    from app.system.paths import data_folder

    folder = data_folder(data_dir, environ)
    if not folder.is_dir():  # nothing recorded yet, and no need to load the storage code
        return False
    from app.storage.errors import StorageError
    from app.storage.store import Store

    store = Store(folder)
    if not store.path.is_file():
        return False
    try:
        return store.load().preferences.discreet
    except (StorageError, OSError):
        return False

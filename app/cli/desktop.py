"""The subcommands that set up the desktop: install-desktop-entry, uninstall-desktop-entry and
autostart.

They write only the launcher entry and the app icon under the user's XDG data folder, or the
login-start file, never the Holdfast data. Installing reads the data file, when there is one, for
one thing only: whether discreet mode is on, so that the entry it writes is the neutral one (the
login-start file's words are neutral in every mode).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Mapping

from app.cli.output import FAILURE, fail, say
from app.cli.parser import USAGE_ERROR
from app.system.autostart import LoginStart, NotOurs, is_on, turn_off, turn_on
from app.system.desktop_entry import (
    CommandNotFound,
    Placement,
    data_home,
    install,
    this_command,
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
        command = this_command()
        install(placement, command, discreet=_discreet(args.data_dir, environ))
    except CommandNotFound as error:
        return fail(FAILURE, str(error))
    except OSError as error:
        return fail(FAILURE, _cannot_write(error))
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


def autostart(args: argparse.Namespace, environ: Mapping[str, str]) -> int:
    login = LoginStart.of(sys.platform, environ)
    if args.switch == "status":
        try:
            on = is_on(login)
        except NotOurs as refused:
            say(str(refused))
            return 0
        if on:
            say(
                f"{DISPLAY_NAME} starts in the background when you log in ({login.path}); "
                f"`{COMMAND} autostart off` stops that."
            )
        else:
            say(
                f"{DISPLAY_NAME} does not start when you log in; "
                f"`{COMMAND} autostart on` makes it start in the background."
            )
        return 0
    try:
        if args.switch == "on":
            command = this_command()
            turn_on(login, command)
            say(
                f"{DISPLAY_NAME} will start in the background when you log in: "
                f"{login.path} runs {command}."
            )
        elif turn_off(login):
            say(f"{DISPLAY_NAME} will no longer start when you log in: removed {login.path}.")
        else:
            say(f"{DISPLAY_NAME} was not set to start when you log in; nothing removed.")
    except (CommandNotFound, NotOurs) as error:
        return fail(FAILURE, str(error))
    except OSError as error:
        return fail(FAILURE, _cannot_write(error))
    return 0


def _cannot_write(error: OSError) -> str:
    """Why a file of the desktop's could not be written or removed, in one line."""
    if error.filename is None:  # an icon missing, a shortcut refused: the message says so
        return str(error)
    if isinstance(error, FileExistsError):  # mkdir found a file where a folder should be
        return f"cannot write into {error.filename}: it is a file, not a folder"
    from app.storage.errors import explain  # only on failure: these commands never load storage

    return f"cannot change {error.filename}: {explain(error)}"


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

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
from app.cli.speech import TranslationContext, speaker
from app.domain.words import in_words
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


class CliDesktop(TranslationContext):
    """What the desktop commands say: the launcher entry and starting at login."""


def install_desktop_entry(args: argparse.Namespace, environ: Mapping[str, str]) -> int:
    if sys.platform in ("win32", "darwin"):
        return fail(
            USAGE_ERROR,
            CliDesktop.tr(
                "desktop entries are for Linux desktops; on Windows and macOS use the standalone "
                "build (the README says how to make one)"
            ),
        )
    placement = Placement(data_home(environ))
    try:
        command = this_command()
        install(placement, command, discreet=_discreet(args.data_dir, environ))
    except CommandNotFound as error:
        return fail(FAILURE, in_words(error, speaker()))
    except OSError as error:
        return fail(FAILURE, _cannot_write(error))
    say(
        CliDesktop.tr("{name} is in your desktop's launcher: {entry} starts {command}.").format(
            name=DISPLAY_NAME, entry=placement.entry, command=command
        )
    )
    say(
        CliDesktop.tr("The icons are in {folder}; `{command}` takes them out again.").format(
            folder=placement.icon_theme, command=f"{COMMAND} uninstall-desktop-entry"
        )
    )
    return 0


def uninstall_desktop_entry(args: argparse.Namespace, environ: Mapping[str, str]) -> int:
    placement = Placement(data_home(environ))
    try:
        removed = uninstall(placement)
    except OSError as error:
        from app.storage.errors import explain  # only on failure: uninstalling never loads storage

        return fail(
            FAILURE,
            CliDesktop.tr("cannot remove {file}: {why}").format(
                file=error.filename, why=explain(error)
            ),
        )
    if removed:
        say(
            CliDesktop.tr(
                "Removed {name} from the launcher: the entry and icons under {folder} "
                "(%n files). Your data is untouched.",
                "",
                len(removed),
            ).format(name=DISPLAY_NAME, folder=placement.data_home)
        )
    else:
        say(
            CliDesktop.tr("{name} was not in the launcher under {folder}; nothing removed.").format(
                name=DISPLAY_NAME, folder=placement.data_home
            )
        )
    return 0


def autostart(args: argparse.Namespace, environ: Mapping[str, str]) -> int:
    login = LoginStart.of(sys.platform, environ)
    if args.switch == "status":
        try:
            on = is_on(login)
        except NotOurs as refused:
            say(in_words(refused, speaker()))
            return 0
        if on:
            said = CliDesktop.tr(
                "{name} starts in the background when you log in ({file}); `{command}` stops that."
            ).format(name=DISPLAY_NAME, file=login.path, command=f"{COMMAND} autostart off")
        else:
            said = CliDesktop.tr(
                "{name} does not start when you log in; `{command}` makes it start in the "
                "background."
            ).format(name=DISPLAY_NAME, command=f"{COMMAND} autostart on")
        say(said)
        return 0
    try:
        if args.switch == "on":
            command = this_command()
            turn_on(login, command)
            say(
                CliDesktop.tr(
                    "{name} will start in the background when you log in: {file} runs {command}."
                ).format(name=DISPLAY_NAME, file=login.path, command=command)
            )
        elif turn_off(login):
            say(
                CliDesktop.tr(
                    "{name} will no longer start when you log in: removed {file}."
                ).format(name=DISPLAY_NAME, file=login.path)
            )
        else:
            say(
                CliDesktop.tr(
                    "{name} was not set to start when you log in; nothing removed."
                ).format(name=DISPLAY_NAME)
            )
    except (CommandNotFound, NotOurs) as error:
        return fail(FAILURE, in_words(error, speaker()))
    except OSError as error:
        return fail(FAILURE, _cannot_write(error))
    return 0


def _cannot_write(error: OSError) -> str:
    """Why a file of the desktop's could not be written or removed, in one line."""
    if error.filename is None:  # an icon missing, a shortcut refused: the message says so
        return in_words(error, speaker())
    if isinstance(error, FileExistsError):  # mkdir found a file where a folder should be
        return CliDesktop.tr("cannot write into {file}: it is a file, not a folder").format(
            file=error.filename
        )
    from app.storage.errors import explain  # only on failure: these commands never load storage

    return CliDesktop.tr("cannot change {file}: {why}").format(
        file=error.filename, why=explain(error)
    )


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

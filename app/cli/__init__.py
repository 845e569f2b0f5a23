"""The `holdfast` command: a subcommand runs here and exits; none opens the window."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Mapping, Sequence
from importlib import import_module
from pathlib import Path

from app.domain.clock import Clock

FAILURE = 1

# Each command's module is imported only when it runs: `status`, polled by panels, starts faster.
_HANDLERS = {
    "start": ("commands", "start"),
    "status": ("commands", "show_status"),
    "urge": ("commands", "urge"),
    "contact": ("commands", "contact"),
    "history": ("commands", "history"),
    "goals": ("commands", "goals"),
    "export": ("keeping", "export"),
    "import": ("keeping", "import_"),
    "backups": ("keeping", "backups"),
    "restore": ("keeping", "restore"),
}
# These set up the desktop's launcher, not the data: they run without the data folder.
_DESKTOP_HANDLERS = {
    "install-desktop-entry": "install_desktop_entry",
    "uninstall-desktop-entry": "uninstall_desktop_entry",
}


def main(
    argv: Sequence[str] | None = None,
    clock: Clock | None = None,
    environ: Mapping[str, str] | None = None,
) -> int:
    environ = os.environ if environ is None else environ
    arguments = sys.argv[1:] if argv is None else list(argv)
    if not arguments:
        # A plain `holdfast`, as the launcher runs it at a hard moment: straight to the window,
        # without first building the grammar of every command.
        return _open_window(None, clock, environ)

    from app.cli.parser import build_parser

    args = build_parser().parse_args(arguments)
    if args.command is None:
        return _open_window(args.data_dir, clock, environ)
    if args.command in _DESKTOP_HANDLERS:
        from app.cli import desktop

        desktop_handler: Callable[..., int] = getattr(desktop, _DESKTOP_HANDLERS[args.command])
        return desktop_handler(args, environ)

    # Imported here so that `--help` and bad arguments answer without loading storage.
    from app.cli.commands import Context
    from app.cli.parser import USAGE_ERROR
    from app.domain.errors import InvalidEntry
    from app.storage.errors import RefusedFile, StorageError
    from app.storage.store import Store

    module, function = _HANDLERS[args.command]
    handler: Callable[..., int] = getattr(import_module(f"app.cli.{module}"), function)
    store = Store(_data_folder(args.data_dir, environ))
    try:
        code = handler(args, Context(store, clock or _system_clock()))
        store.remember_overview()  # so the window's next start need not decode every entry
        return code
    except (InvalidEntry, RefusedFile) as error:
        return fail(USAGE_ERROR, str(error))
    except StorageError as error:  # a damaged or newer data file, a full disk, a stuck lock
        return fail(FAILURE, str(error))
    except OSError as error:  # the system refused the data folder or file (a folder in its place)
        where = error.filename if isinstance(error.filename, str) else store.path
        return fail(FAILURE, f"cannot use {where}: {error.strerror or error}")


def _open_window(data_dir: str | None, clock: Clock | None, environ: Mapping[str, str]) -> int:
    from app.ui.app import run_window  # the only path that loads Qt

    return run_window(_data_folder(data_dir, environ), clock or _system_clock(), environ)


def _data_folder(data_dir: str | None, environ: Mapping[str, str]) -> Path:
    from app.paths import data_folder

    return data_folder(data_dir, environ)


def _system_clock() -> Clock:
    from app.system_clock import SystemClock

    return SystemClock()


def say(text: str) -> None:
    """A command's answer, on stdout, flushed at once for a panel reading it line by line."""
    print(text, flush=True)


def fail(code: int, message: str) -> int:
    """One line on stderr, as every command reports what went wrong; returns the exit code."""
    print(f"holdfast: {message}", file=sys.stderr)
    return code

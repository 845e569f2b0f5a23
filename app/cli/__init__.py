"""The `holdfast` command: a subcommand runs here and exits; none opens the window."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Mapping, Sequence
from importlib import import_module

from app.cli.parser import USAGE_ERROR, build_parser
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


def main(
    argv: Sequence[str] | None = None,
    clock: Clock | None = None,
    environ: Mapping[str, str] | None = None,
) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    environ = os.environ if environ is None else environ

    # Imported here so that `--help` and bad arguments answer without loading storage.
    from app.paths import data_folder

    folder = data_folder(args.data_dir, environ)
    if clock is None:
        from app.system_clock import SystemClock

        clock = SystemClock()
    if args.command is None:
        from app.ui.app import run_window  # the only path that loads Qt

        return run_window(folder, clock, environ)

    from app.cli.commands import Context
    from app.domain.errors import InvalidEntry
    from app.storage.errors import RefusedFile, StorageError
    from app.storage.store import Store

    module, function = _HANDLERS[args.command]
    handler: Callable[..., int] = getattr(import_module(f"app.cli.{module}"), function)
    store = Store(folder)
    try:
        return handler(args, Context(store, clock))
    except (InvalidEntry, RefusedFile) as error:
        return _fail(USAGE_ERROR, str(error))
    except StorageError as error:  # a damaged or newer data file, a full disk, a stuck lock
        return _fail(FAILURE, str(error))
    except OSError as error:  # the system refused the data folder or file (a folder in its place)
        where = error.filename if isinstance(error.filename, str) else store.path
        return _fail(FAILURE, f"cannot use {where}: {error.strerror or error}")


def _fail(code: int, message: str) -> int:
    print(f"holdfast: {message}", file=sys.stderr)
    return code

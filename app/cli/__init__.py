"""The `holdfast` command: a subcommand runs here and exits; none opens the window."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Mapping, Sequence

from app.cli.parser import USAGE_ERROR, build_parser
from app.domain.clock import Clock

FAILURE = 1


def main(
    argv: Sequence[str] | None = None,
    clock: Clock | None = None,
    environ: Mapping[str, str] | None = None,
) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        # The window is not built yet; until it is, say what the command line offers.
        parser.print_help()
        return 0

    # Imported here so that `--help` and bad arguments answer without loading storage.
    from app.cli import commands, keeping
    from app.domain.errors import InvalidEntry
    from app.paths import data_folder
    from app.storage.errors import StorageError
    from app.storage.store import NoSuchBackup, Store
    from app.storage.transfer import NotAnExport

    handlers: dict[str, Callable[..., int]] = {
        "start": commands.start,
        "status": commands.show_status,
        "urge": commands.urge,
        "contact": commands.contact,
        "history": commands.history,
        "goals": commands.goals,
        "export": keeping.export,
        "import": keeping.import_,
        "backups": keeping.backups,
        "restore": keeping.restore,
    }
    if clock is None:
        from app.system_clock import SystemClock

        clock = SystemClock()
    store = Store(data_folder(args.data_dir, os.environ if environ is None else environ))
    try:
        return handlers[args.command](args, commands.Context(store, clock))
    except (InvalidEntry, NotAnExport, NoSuchBackup) as error:
        return _fail(USAGE_ERROR, str(error))
    except StorageError as error:  # a damaged or newer data file, a full disk, a stuck lock
        return _fail(FAILURE, str(error))
    except OSError as error:  # the system refused the data folder or file (a folder in its place)
        where = error.filename if isinstance(error.filename, str) else store.path
        return _fail(FAILURE, f"cannot use {where}: {error.strerror or error}")


def _fail(code: int, message: str) -> int:
    print(f"holdfast: {message}", file=sys.stderr)
    return code

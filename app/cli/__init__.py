"""The `holdfast` command: a subcommand runs here and exits; none opens the window."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Mapping, Sequence
from importlib import import_module
from pathlib import Path
from typing import TYPE_CHECKING

from app.cli.output import FAILURE, OutputClosed, fail, note
from app.cli.speech import TranslationContext, speak
from app.domain.clock import Clock

if TYPE_CHECKING:
    from argparse import Namespace

INTERRUPTED = 130  # as a shell reports a command stopped with Ctrl+C
# The options given before the command that take a value (`--data-dir DIR`, `--lang LANG`).
_VALUED_OPTIONS = ("--data-dir", "--lang")


class CliProblems(TranslationContext):
    """What the command line says when a command could not do what it was asked."""


def _not_printed() -> str:
    return CliProblems.tr("the answer could not be printed (the output was closed or full)")


# Each command's module is imported only when it runs: `status`, polled by panels, starts faster.
_HANDLERS = {
    "start": ("commands", "start"),
    "status": ("commands", "show_status"),
    "urge": ("commands", "urge"),
    "contact": ("commands", "contact"),
    "checkin": ("checkin", "checkin"),
    "history": ("commands", "history"),
    "goals": ("commands", "goals"),
    "dates": ("hard_dates", "dates"),
    "export": ("keeping", "export"),
    "import": ("keeping", "import_"),
    "backups": ("keeping", "backups"),
    "restore": ("keeping", "restore"),
    "protect": ("protect", "protect"),
}
# These read the backups, not the data file: they run when it is missing, to put it back.
_WITHOUT_THE_DATA_FILE = {"backups", "restore"}
# After these have printed, what they were asked to do is done (saved, written, restored).
_RECORDING = {"start", "urge", "contact", "export", "import", "restore", "protect"}
# These set up the desktop (its launcher, starting at login), not the data: they run without
# the data folder.
_DESKTOP_HANDLERS = {
    "install-desktop-entry": "install_desktop_entry",
    "uninstall-desktop-entry": "uninstall_desktop_entry",
    "autostart": "autostart",
}


def main(
    argv: Sequence[str] | None = None,
    clock: Clock | None = None,
    environ: Mapping[str, str] | None = None,
) -> int:
    environ = os.environ if environ is None else environ
    arguments = sys.argv[1:] if argv is None else list(argv)
    try:
        return _run(arguments, clock, environ)
    except OutputClosed:
        return fail(FAILURE, _not_printed())
    except KeyboardInterrupt:
        return fail(INTERRUPTED, CliProblems.tr("stopped; whatever was saved before stays saved"))
    except Exception as error:  # the last resort: whatever happens, one line and no traceback
        return fail(
            FAILURE,
            CliProblems.tr(
                "something unexpected went wrong ({error}); whatever was saved before stays "
                "saved. Please report this, with the command you ran"
            ).format(error=f"{type(error).__name__}: {error}"),
        )


def _run(arguments: list[str], clock: Clock | None, environ: Mapping[str, str]) -> int:
    if not arguments:
        # A plain `holdfast`, as the launcher runs it at a hard moment: straight to the window,
        # without first building the grammar of every command.
        return _open_window(None, clock, environ, background=False)

    from app.cli.parser import USAGE_ERROR, build_parser, with_notes_joined

    # Chosen before the grammar is built: its help is in the chosen language too.
    unknown = _speak_the_chosen_language(arguments, environ)
    if unknown is not None:
        return fail(USAGE_ERROR, unknown)
    args = build_parser().parse_args(with_notes_joined(arguments))
    if args.command is None:
        return _open_window(
            args.data_dir, clock, environ, background=args.background, language=args.lang
        )
    if args.background:
        return fail(
            USAGE_ERROR,
            CliProblems.tr(
                "--background goes without a command: `holdfast --background` starts Holdfast "
                "without its window"
            ),
        )
    if args.command in _DESKTOP_HANDLERS:
        from app.cli import desktop

        desktop_handler: Callable[..., int] = getattr(desktop, _DESKTOP_HANDLERS[args.command])
        return desktop_handler(args, environ)

    # Imported here so that `--help` and bad arguments answer without loading storage.
    from app.cli.commands import Context
    from app.cli.speech import speaker
    from app.domain.errors import InvalidEntry
    from app.domain.words import in_words, spoken
    from app.storage.errors import RefusedFile, StorageError, cannot_use
    from app.storage.privacy import keep_private
    from app.storage.store import DATA_FILE_NAME, Store

    module, function = _HANDLERS[args.command]
    handler: Callable[..., int] = getattr(import_module(f"app.cli.{module}"), function)
    folder = _data_folder(args.data_dir, environ)
    try:
        store = Store(folder)
        for problem in keep_private(store.folder):  # checked even when the user only looks
            note(spoken(problem, speaker()))
        if args.command not in _WITHOUT_THE_DATA_FILE:
            missing = store.missing_file()
            if missing is not None:  # not a first run: nothing is written, not even a cache
                zone = (clock or _system_clock()).now().tzinfo
                return fail(FAILURE, spoken(missing.describe(zone), speaker()))
        if store.sealing.protected:
            from app.cli.unlocking import unlock_for

            unlock_for(store, args.command, environ)
        if args.command not in _WITHOUT_THE_DATA_FILE and not store.locked:
            # What a window could not save is saved first (a quick look when nothing waits).
            from app.cli.render import saved_now_lines
            from app.storage.waiting_entries import save_if_free

            for line in saved_now_lines(save_if_free(store, (clock or _system_clock()).now())):
                note(line)
        code = handler(args, Context(store, clock or _system_clock()))
        store.remember_overview()  # so the window's next start need not decode every entry
        if store.sealing.protected:
            from app.storage.day_count import follow_day_count

            follow_day_count(store, (clock or _system_clock()).now())
        return code
    except OutputClosed:
        if (
            args.command in _RECORDING
            or getattr(args, "goal_command", None) == "done"
            or getattr(args, "dates_command", None) in {"add", "remove"}
            or (args.command == "checkin" and _checks_in(args))
        ):
            # It is saved: a script that retries on failure must not record it twice.
            note(CliProblems.tr("done; only {what_failed}").format(what_failed=_not_printed()))
            return 0
        raise
    except (InvalidEntry, RefusedFile) as error:
        return fail(USAGE_ERROR, in_words(error, speaker()))
    except StorageError as error:  # a damaged or newer data file, a full disk, a stuck lock
        return fail(FAILURE, in_words(error, speaker()))
    except OSError as error:  # the system refused the data folder or file (a folder in its place)
        return fail(FAILURE, spoken(cannot_use(error, folder / DATA_FILE_NAME), speaker()))


def _checks_in(args: Namespace) -> bool:
    from app.cli.checkin import records

    return records(args)


def _speak_the_chosen_language(arguments: list[str], environ: Mapping[str, str]) -> str | None:
    """Makes the command line speak the language chosen (--lang, Settings, the system's); when
    --lang names one Holdfast does not speak, the sentence that says so, in the language it
    would speak otherwise."""
    from app.system.language import UnknownLanguage, chosen_language, saved_language

    given = _leading_options(arguments)
    saved = saved_language(_data_folder(given.get("--data-dir"), environ, tell=False))
    try:
        speak(chosen_language(given.get("--lang"), saved, environ))
    except UnknownLanguage as unknown:
        speak(chosen_language(None, saved, environ))
        from app.system.language import AVAILABLE, LANGUAGE_NAMES

        return CliProblems.tr(
            "there is no language {wanted} here; --lang takes {languages}"
        ).format(
            wanted=repr(unknown.wanted),
            languages=", ".join(f"{code} ({LANGUAGE_NAMES[code]})" for code in AVAILABLE),
        )
    return None


def _leading_options(arguments: list[str]) -> dict[str, str]:
    """The values of `--data-dir` and `--lang` given before the command, read as argparse will
    read them, before the grammar (and its help, in the chosen language) is built."""
    given: dict[str, str] = {}
    words = iter(arguments)
    for word in words:
        if not word.startswith("-") or word == "--":
            break  # the command: what follows is its own
        name, equals, value = word.partition("=")
        if name in _VALUED_OPTIONS:
            found = value if equals else next(words, None)
            if found is None:
                break  # argparse says the value is missing
            given[name] = found
    return given


def _open_window(
    data_dir: str | None,
    clock: Clock | None,
    environ: Mapping[str, str],
    *,
    background: bool,
    language: str | None = None,
) -> int:
    folder = _data_folder(data_dir, environ)
    from app.system.instance_link import hand_over

    # When Holdfast already runs for this folder, it shows its window at once (a start in the
    # background, as at login, leaves it as it is), long before Qt could have loaded here.
    if hand_over(folder, environ, show=not background):
        return 0
    from app.ui.app import run_window  # the only path that loads Qt

    return run_window(
        folder, clock or _system_clock(), environ, background=background, language=language
    )


def _data_folder(data_dir: str | None, environ: Mapping[str, str], tell: bool = True) -> Path:
    from app.system.paths import data_folder

    return data_folder(data_dir, environ, tell=note) if tell else data_folder(data_dir, environ)


def _system_clock() -> Clock:
    from app.system.system_clock import SystemClock

    return SystemClock()

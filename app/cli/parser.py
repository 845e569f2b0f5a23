"""The command line's grammar: subcommands, options, and one-line messages for bad input."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import datetime, time
from typing import NoReturn

from app.cli.speech import TranslationContext, speaker
from app.domain.check_ins import (
    MOOD_WORDS,
    PULL_WORDS,
    Mood,
    Pull,
    check_mood,
    check_pull,
    steps_in_words,
)
from app.domain.errors import InvalidEntry
from app.domain.events import (
    MAX_INTENSITY,
    MAX_TARGET_DAYS,
    MIN_INTENSITY,
    MIN_TARGET_DAYS,
    ContactKind,
    StartedBy,
    UrgeKind,
    check_intensity,
    check_target,
)
from app.domain.words import QT_TRANSLATE_NOOP, spoken
from app.system.language import AVAILABLE
from app.system.paths import DATA_DIR_VARIABLE

USAGE_ERROR = 2


class CliHelp(TranslationContext):
    """The help of each command and option (`holdfast --help`, `holdfast urge --help`)."""


class CliInput(TranslationContext):
    """What the command line says of a value it cannot take."""


# argparse's own words that reach the user (its errors, its help's headings), marked to be
# translated under "CliArgparse" like the command line's other words; argparse asks for each
# through gettext, which _parser_words answers from Holdfast's catalogue instead.
_ARGPARSE_WORDS = frozenset(
    (
        QT_TRANSLATE_NOOP("CliArgparse", "usage: "),
        QT_TRANSLATE_NOOP("CliArgparse", "positional arguments"),
        QT_TRANSLATE_NOOP("CliArgparse", "options"),
        QT_TRANSLATE_NOOP("CliArgparse", "show this help message and exit"),
        QT_TRANSLATE_NOOP("CliArgparse", "argument %(argument_name)s: %(message)s"),
        QT_TRANSLATE_NOOP("CliArgparse", "the following arguments are required: %s"),
        QT_TRANSLATE_NOOP("CliArgparse", "one of the arguments %s is required"),
        QT_TRANSLATE_NOOP("CliArgparse", "unrecognized arguments: %s"),
        QT_TRANSLATE_NOOP("CliArgparse", "not allowed with argument %s"),
        QT_TRANSLATE_NOOP("CliArgparse", "ignored explicit argument %r"),
        QT_TRANSLATE_NOOP("CliArgparse", "expected one argument"),
        QT_TRANSLATE_NOOP("CliArgparse", "expected at most one argument"),
        QT_TRANSLATE_NOOP("CliArgparse", "expected at least one argument"),
        QT_TRANSLATE_NOOP("CliArgparse", "ambiguous option: %(option)s could match %(matches)s"),
        QT_TRANSLATE_NOOP("CliArgparse", "unexpected option string: %s"),
        QT_TRANSLATE_NOOP("CliArgparse", "invalid %(type)s value: %(value)r"),
        QT_TRANSLATE_NOOP("CliArgparse", "invalid choice: %(value)r (choose from %(choices)s)"),
    )
)


def _parser_words(text: str) -> str:
    """What argparse says, in the chosen language where the catalogue has it."""
    return speaker().translate("CliArgparse", text) if text in _ARGPARSE_WORDS else text


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        # One line a script can show or log, instead of argparse's usage block.
        self.exit(USAGE_ERROR, f"holdfast: {message}\n")


class _ShowVersion(argparse.Action):
    # Looked up only when asked: importlib.metadata costs more start-up time than a status
    # command spends on everything else it imports.
    def __call__(self, parser: argparse.ArgumentParser, *_: object) -> None:
        from importlib.metadata import version

        from app.cli.output import say

        # On stdout, as argparse's own version action does: `$(holdfast --version)` must see it.
        say(f"holdfast {version('holdfast')}")
        parser.exit(0)


def whole_number(
    check: Callable[[object], int], what: str, low: int, high: int
) -> Callable[[str], int]:
    def parse(text: str) -> int:
        try:
            number = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(
                CliInput.tr(
                    "{what} must be a whole number from {low} to {high}, not {text}"
                ).format(what=what, low=low, high=high, text=repr(text))
            ) from None
        try:
            return check(number)
        except InvalidEntry as error:
            from app.cli.speech import speaker
            from app.domain.words import in_words

            raise argparse.ArgumentTypeError(in_words(error, speaker())) from None

    parse.__name__ = what  # argparse names the type in some messages
    return parse


def instant(text: str) -> datetime:
    """An ISO 8601 date or date and time; one without an offset is read as local time later."""
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            CliInput.tr(
                "{text} is not a date and time; use ISO 8601 such as 2026-11-01 or "
                "2026-11-01T21:30 (local time unless an offset such as +01:00 is given)"
            ).format(text=repr(text))
        ) from None


def happened(text: str) -> datetime | time:
    """When an urge or contact happened: `HH:MM` for earlier today (a time, dated later by the
    clock), or a date and time as `instant` takes it."""
    if len(text) == len("21:30"):
        try:
            return time.fromisoformat(text)
        except ValueError:
            pass
    try:
        return instant(text)
    except argparse.ArgumentTypeError:
        raise argparse.ArgumentTypeError(
            CliInput.tr(
                "{text} is not a time; use HH:MM for earlier today, or a date and time such as "
                "2026-11-01T21:30 (local time unless an offset such as +01:00 is given)"
            ).format(text=repr(text))
        ) from None


def with_notes_joined(arguments: list[str]) -> list[str]:
    """The arguments with `--note TEXT` written `--note=TEXT`, so a note may start with a dash
    (`--note -x`, `--note "-- not today"`): argparse takes such a word for an option of its own
    and says the note is missing. The word after `--note` is always the note, as with `-n -x`
    in most commands. A hard date's `--plan` is free text too ("- walk with Ana"): the same."""
    joined: list[str] = []
    words = iter(arguments)
    for word in words:
        if word == "--":  # what follows is not options: left as it is
            joined.append(word)
            joined.extend(words)
            break
        note = next(words, None) if word in ("--note", "--plan") else None
        joined.append(word if note is None else f"{word}={note}")
    return joined


def build_parser() -> argparse.ArgumentParser:
    # argparse looks its words up through the module's own gettext function, at the moment it
    # says them: from now on that is Holdfast's catalogue, in the language chosen before.
    argparse._ = _parser_words  # type: ignore[attr-defined]
    at_help = CliHelp.tr(
        "when it happened, if not just now: HH:MM for earlier today, or a date and time such as "
        "2026-11-01T21:30 (local time unless an offset such as +01:00 is given); never in the "
        "future"
    )
    parser = _Parser(
        prog="holdfast",
        description=CliHelp.tr(
            "Keep a period of no contact: countdown, streaks, urges and growth goals."
        ),
        epilog=CliHelp.tr("Without a command, Holdfast opens its window."),
    )
    parser.add_argument(
        "--version", action=_ShowVersion, nargs=0, help=CliHelp.tr("show the version and exit")
    )
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help=CliHelp.tr(
            "folder holding the data (default: ${variable}, else the user data folder)"
        ).format(variable=DATA_DIR_VARIABLE),
    )
    parser.add_argument(
        "--lang",
        metavar="LANG",
        help=CliHelp.tr(
            "the language to speak: {languages} (default: the one chosen in the window's "
            "Settings, else the system's)"
        ).format(languages=", ".join(AVAILABLE)),
    )
    parser.add_argument(
        "--background",
        action="store_true",
        help=CliHelp.tr(
            "start without a window, in the tray or quietly, to keep reminders running "
            "(as at login); a later `holdfast` shows the window"
        ),
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    start = commands.add_parser("start", help=CliHelp.tr("begin the period, or re-plan it"))
    start.add_argument(
        "--since",
        type=instant,
        metavar="ISO-8601",
        help=CliHelp.tr(
            "when the last contact was (default: now when beginning, unchanged when re-planning)"
        ),
    )
    start.add_argument(
        "--target",
        type=whole_number(
            check_target, CliInput.tr("the target"), MIN_TARGET_DAYS, MAX_TARGET_DAYS
        ),
        metavar="DAYS",
        help=CliHelp.tr("days to aim for, {low} to {high} (about 30 is usual)").format(
            low=MIN_TARGET_DAYS, high=MAX_TARGET_DAYS
        ),
    )

    status = commands.add_parser("status", help=CliHelp.tr("the current streak and countdown"))
    status.add_argument(
        "--json", action="store_true", help=CliHelp.tr("one JSON object, for panels")
    )

    urge = commands.add_parser("urge", help=CliHelp.tr("log an urge you resisted"))
    urge.add_argument(
        "kind",
        choices=[k.value for k in UrgeKind],
        metavar="KIND",
        help=CliHelp.tr("what you wanted to do: {kinds}").format(
            kinds=", ".join(k.value for k in UrgeKind)
        ),
    )
    urge.add_argument(
        "--intensity",
        type=whole_number(
            check_intensity, CliInput.tr("the intensity"), MIN_INTENSITY, MAX_INTENSITY
        ),
        metavar=f"{MIN_INTENSITY}..{MAX_INTENSITY}",
    )
    urge.add_argument("--note", default="", metavar="TEXT")
    urge.add_argument("--at", type=happened, metavar="WHEN", help=at_help)
    urge.add_argument(
        "--notify",
        action="store_true",
        help=CliHelp.tr("also say so in a desktop notification (the launcher's actions use this)"),
    )

    contact = commands.add_parser("contact", help=CliHelp.tr("record contact with your ex"))
    contact.add_argument(
        "kind",
        choices=[k.value for k in ContactKind],
        metavar="KIND",
        help=CliHelp.tr("how: {kinds}").format(kinds=", ".join(k.value for k in ContactKind)),
    )
    contact.add_argument(
        "--by",
        choices=[s.value for s in StartedBy],
        default=StartedBy.ME.value,
        help=CliHelp.tr("who started it (default: me)"),
    )
    contact.add_argument(
        "--necessary",
        action="store_true",
        help=CliHelp.tr("it could not be avoided (children, a shared lease, work)"),
    )
    contact.add_argument("--note", default="", metavar="TEXT")
    contact.add_argument("--at", type=happened, metavar="WHEN", help=at_help)

    checkin = commands.add_parser(
        "checkin",
        help=CliHelp.tr(
            "how today feels and how strong the pull was, once a day (again to change it); "
            "without --mood and --pull, today's check-in"
        ),
    )
    checkin.add_argument(
        "--mood",
        type=whole_number(
            check_mood, CliInput.tr("the mood"), Mood.VERY_HARD.value, Mood.GOOD.value
        ),
        metavar=f"{Mood.VERY_HARD.value}..{Mood.GOOD.value}",
        help=CliHelp.tr("how today feels: {steps}").format(
            steps=spoken(steps_in_words(MOOD_WORDS), speaker())
        ),
    )
    checkin.add_argument(
        "--pull",
        type=whole_number(
            check_pull, CliInput.tr("the pull"), Pull.NONE.value, Pull.OVERWHELMING.value
        ),
        metavar=f"{Pull.NONE.value}..{Pull.OVERWHELMING.value}",
        help=CliHelp.tr("how strong the pull toward them was: {steps}").format(
            steps=spoken(steps_in_words(PULL_WORDS), speaker())
        ),
    )
    checkin.add_argument("--note", metavar="TEXT", help=CliHelp.tr("a line about the day"))
    checkin.add_argument(
        "--json",
        action="store_true",
        help=CliHelp.tr("the check-in as JSON (null when there is none)"),
    )

    history = commands.add_parser("history", help=CliHelp.tr("past runs and urge counts"))
    history.add_argument("--json", action="store_true")

    goals = commands.add_parser(
        "goals", help=CliHelp.tr("growth goals; `goals done ID` ticks one off")
    )
    goals.add_argument("--json", action="store_true")
    goal_commands = goals.add_subparsers(dest="goal_command", metavar="SUBCOMMAND")
    done = goal_commands.add_parser("done", help=CliHelp.tr("mark a goal done for today"))
    done.add_argument("goal_id", metavar="GOAL_ID")

    dates = commands.add_parser(
        "dates",
        help=CliHelp.tr("the days you expect to be hard, with a plan; `dates add` adds one"),
    )
    date_commands = dates.add_subparsers(dest="dates_command", metavar="SUBCOMMAND")
    dates_add = date_commands.add_parser("add", help=CliHelp.tr("add a hard date"))
    dates_add.add_argument(
        "date",
        metavar="DATE",
        help=CliHelp.tr(
            "YYYY-MM-DD, or MM-DD with --yearly (a year given with --yearly is left aside)"
        ),
    )
    dates_add.add_argument(
        "label", metavar="LABEL", help=CliHelp.tr("a short name for it, in your words")
    )
    dates_add.add_argument(
        "--plan",
        default="",
        metavar="TEXT",
        help=CliHelp.tr("what you will do that day, who you will be with"),
    )
    dates_add.add_argument(
        "--yearly", action="store_true", help=CliHelp.tr("it comes back every year")
    )
    dates_list = date_commands.add_parser(
        "list", help=CliHelp.tr("the next day of each, soonest first")
    )
    dates_list.add_argument(
        "--json", action="store_true", help=CliHelp.tr("one JSON object, for scripts")
    )
    dates_remove = date_commands.add_parser(
        "remove", help=CliHelp.tr("take a hard date off the list")
    )
    dates_remove.add_argument(
        "hard_date_id", metavar="ID", help=CliHelp.tr("as `holdfast dates` shows it")
    )

    export = commands.add_parser(
        "export", help=CliHelp.tr("write everything to FILE.json or FILE.csv")
    )
    export.add_argument("file", metavar="FILE")
    export.add_argument(
        "--overwrite",
        action="store_true",
        help=CliHelp.tr("replace FILE if it exists (never done unasked)"),
    )
    sealing = export.add_mutually_exclusive_group()
    sealing.add_argument(
        "--encrypted",
        action="store_true",
        help=CliHelp.tr(
            "with protection on: an export that opens only with your passphrase or recovery key"
        ),
    )
    sealing.add_argument(
        "--plain",
        action="store_true",
        help=CliHelp.tr("with protection on: an export anyone who has the file can read"),
    )
    import_ = commands.add_parser(
        "import",
        help=CliHelp.tr(
            "add what is missing here from an export, a backup or a sync tool's conflict copy"
        ),
    )
    import_.add_argument("file", metavar="FILE.json")

    protect = commands.add_parser(
        "protect",
        help=CliHelp.tr("protect your entries with a passphrase, change it, or stop that"),
    )
    protect.add_argument(
        "switch",
        choices=["on", "off", "change"],
        metavar="on|off|change",
        help=CliHelp.tr(
            "on asks for a new passphrase and shows a recovery key once; off writes your "
            "entries plain again; change sets a new passphrase. The passphrase is read from "
            "the terminal, or as one line of standard input"
        ),
    )

    commands.add_parser("backups", help=CliHelp.tr("list the backups"))
    restore = commands.add_parser(
        "restore", help=CliHelp.tr("put a backup back (the newest by default)")
    )
    restore.add_argument("backup", nargs="?", metavar="BACKUP")

    commands.add_parser(
        "install-desktop-entry",
        help=CliHelp.tr("add Holdfast, with its icon, to your desktop's launcher (Linux)"),
    )
    commands.add_parser(
        "uninstall-desktop-entry",
        help=CliHelp.tr("take Holdfast out of the launcher again; keeps your data"),
    )
    autostart = commands.add_parser(
        "autostart",
        help=CliHelp.tr("start Holdfast in the background when you log in, or stop that"),
    )
    autostart.add_argument(
        "switch",
        choices=["on", "off", "status"],
        nargs="?",
        default="status",
        metavar="on|off|status",
        help=CliHelp.tr("on, off, or whether it is on (the default)"),
    )
    return parser

"""The Linux desktop entry: its text, and putting it with the app icons into the user's XDG folders.

`holdfast install-desktop-entry` writes APP_ID.desktop into $XDG_DATA_HOME/applications and the
icon into the hicolor theme under $XDG_DATA_HOME/icons, where every freedesktop launcher looks;
`uninstall-desktop-entry` removes exactly those files. packaging/APP_ID.desktop is this module's
entry for a program on the PATH, kept for distributions (a test checks that the two agree).

In discreet mode the entry says only "Holdfast" and neutral words, and has no urge actions:
someone else looking at the launcher, or searching it, should see nothing of a breakup.
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from app.domain.events import UrgeKind
from app.domain.words import QT_TRANSLATE_NOOP, Said
from app.system.identity import APP_ID, COMMAND, DISPLAY_NAME
from app.system.resource_files import APP_ICON_SIZES, app_icon_png, app_icon_svg

ENTRY_FILE_NAME = f"{APP_ID}.desktop"

# The launcher's menu (right click, or a long press) logs an urge without opening the window,
# one entry for each button of the window's urge panel, in the same order. An urge is one the
# user held back from: looking at their profile or asking friends about them would break no
# contact, so every name says what they wanted to do, never that they did it.
URGE_ACTIONS: dict[UrgeKind, str] = {
    UrgeKind.TEXT: "Log an Urge: Wanted to Text Them",
    UrgeKind.CALL: "Log an Urge: Wanted to Call Them",
    UrgeKind.SOCIAL: "Log an Urge: Wanted to Check Their Profile",
    UrgeKind.FRIENDS: "Log an Urge: Wanted to Ask Friends About Them",
    UrgeKind.VISIT: "Log an Urge: Wanted to Go Where They Might Be",
    UrgeKind.OTHER: "Log Another Urge",
}
URGE_ACTIONS_TRANSLATED: dict[str, dict[UrgeKind, str]] = {
    "de": {
        UrgeKind.TEXT: "Impuls eintragen: wollte der Person schreiben",
        UrgeKind.CALL: "Impuls eintragen: wollte die Person anrufen",
        UrgeKind.SOCIAL: "Impuls eintragen: wollte das Profil der Person ansehen",
        UrgeKind.FRIENDS: "Impuls eintragen: wollte im Freundeskreis nach der Person fragen",
        UrgeKind.VISIT: "Impuls eintragen: wollte dorthin, wo die Person sein könnte",
        UrgeKind.OTHER: "Anderen Impuls eintragen",
    },
    "es": {
        UrgeKind.TEXT: "Registrar un impulso: quería escribirle",
        UrgeKind.CALL: "Registrar un impulso: quería llamarle",
        UrgeKind.SOCIAL: "Registrar un impulso: quería mirar su perfil",
        UrgeKind.FRIENDS: "Registrar un impulso: quería preguntar a amistades por esa persona",
        UrgeKind.VISIT: "Registrar un impulso: quería ir adonde pueda estar",
        UrgeKind.OTHER: "Registrar otro impulso",
    },
}
# Each action asks the command to confirm with a notification: the launcher shows no window.
NOTIFY_OPTION = "--notify"

# What the entry says of Holdfast, openly and in discreet mode. Keywords are searched, not
# shown, so in discreet mode a search for "breakup" must not find Holdfast either.
_OPEN_WORDS = {
    "GenericName": "No-Contact Tracker",
    "Comment": "Count the days without contact after a breakup and ride out the urges",
    "Keywords": "no contact;breakup;ex;heartbreak;streak;countdown;urge;habit;tracker;",
}
_DISCREET_WORDS = {
    "GenericName": "Habit Tracker",
    "Comment": "Count the days and keep up your daily goals",
    "Keywords": "habit;tracker;streak;countdown;goals;journal;",
}
# The same words in the languages the window speaks: a launcher shows the user's own ([de]).
_OPEN_TRANSLATED = {
    "de": {
        "GenericName": "Begleiter für die Kontaktpause",
        "Comment": "Zähle die Tage ohne Kontakt nach einer Trennung und lass die Impulse "
        "vorüberziehen",
        "Keywords": "Kontaktpause;kein Kontakt;Trennung;Ex;Liebeskummer;Serie;Countdown;Impuls;"
        "Gewohnheit;Tracker;",
    },
    "es": {
        "GenericName": "Seguimiento de contacto cero",
        "Comment": "Cuenta los días sin contacto tras una ruptura y deja pasar los impulsos",
        "Keywords": "contacto cero;ruptura;ex;desamor;racha;cuenta atrás;impulso;hábito;"
        "seguimiento;",
    },
}
_DISCREET_TRANSLATED = {
    "de": {
        "GenericName": "Gewohnheiten-Tracker",
        "Comment": "Zähle die Tage und bleib an deinen täglichen Zielen dran",
        "Keywords": "Gewohnheit;Tracker;Serie;Countdown;Ziele;Tagebuch;",
    },
    "es": {
        "GenericName": "Seguimiento de hábitos",
        "Comment": "Cuenta los días y mantén tus metas diarias",
        "Keywords": "hábito;seguimiento;racha;cuenta atrás;metas;diario;",
    },
}

# Characters the desktop entry spec reserves in Exec: an argument holding one must be quoted.
_RESERVED = re.compile(r"[\s\"'\\><~|&;$*?#()`]")
# Inside double quotes these four still need a backslash.
_ESCAPED_IN_QUOTES = re.compile(r"([\"`$\\])")


class CommandNotFound(Exception):
    """The installed `holdfast` command cannot be found, so a launcher could not start it."""


def entry_text(program: str, *, discreet: bool = False) -> str:
    """The desktop entry for Holdfast started as `program` (a name on the PATH, or a path);
    in discreet mode with neutral words only and without the urge actions."""
    run = exec_argument(program)
    words = _DISCREET_WORDS if discreet else _OPEN_WORDS
    translated = _DISCREET_TRANSLATED if discreet else _OPEN_TRANSLATED

    def said(key: str) -> list[str]:
        return [
            f"{key}={words[key]}",
            *(f"{key}[{code}]={t[key]}" for code, t in translated.items()),
        ]

    lines = [
        "[Desktop Entry]",
        "Type=Application",
        "Version=1.4",
        f"Name={DISPLAY_NAME}",
        *said("GenericName"),
        *said("Comment"),
        f"Icon={APP_ID}",
        # A launcher hides the entry once the command is gone (after `pipx uninstall holdfast`).
        f"TryExec={entry_string(program)}",
        f"Exec={run}",
        "Terminal=false",
        "Categories=Utility;Qt;",
        *said("Keywords"),
        "StartupNotify=true",
        f"StartupWMClass={APP_ID}",
        # A second launch brings the open window forward, so GNOME offers no "New Window".
        # (Spec 1.5 calls it SingleMainWindow; validators that know only 1.4 still refuse it.)
        "X-GNOME-SingleWindow=true",
    ]
    if discreet:
        return "\n".join(lines) + "\n"
    lines.append("Actions=" + "".join(f"urge-{kind.value};" for kind in URGE_ACTIONS))
    for kind, name in URGE_ACTIONS.items():
        lines += ["", f"[Desktop Action urge-{kind.value}]", f"Name={name}"]
        lines += [f"Name[{code}]={names[kind]}" for code, names in URGE_ACTIONS_TRANSLATED.items()]
        lines.append(f"Exec={run} urge {kind.value} {NOTIFY_OPTION}")
    return "\n".join(lines) + "\n"


def data_home(environ: Mapping[str, str]) -> Path:
    """$XDG_DATA_HOME, or ~/.local/share when it is unset or not absolute (as the spec says)."""
    chosen = environ.get("XDG_DATA_HOME", "")
    if chosen and Path(chosen).is_absolute():
        return Path(chosen)
    return Path.home() / ".local" / "share"


def find_command(argv0: str, executable: str, frozen: bool) -> Path:
    """The absolute path of the `holdfast` command that is running, for the entry's Exec.

    An absolute path, not the bare name: the desktop session's PATH often lacks ~/.local/bin
    (where pipx puts the command) until the next login. The path is kept as it was run, not
    resolved: pipx's ~/.local/bin/holdfast link outlives a reinstall of the venv behind it.
    """
    if frozen:  # a standalone build is its own command
        return Path(executable).absolute()
    run_as = Path(argv0)
    if run_as.stem == COMMAND and run_as.is_file():
        return run_as.absolute()
    # `python -m app`: the command pip installed beside this Python, in the same environment.
    beside = Path(executable).parent / COMMAND
    if beside.is_file():
        return beside.absolute()
    raise CommandNotFound(
        Said(
            QT_TRANSLATE_NOOP(
                "SystemError",
                "cannot find the installed `{command}` command for the desktop to start; install "
                "Holdfast first (pipx install .) and run this again with the `{command}` it "
                "installed",
            ),
            command=COMMAND,
        )
    )


def this_command() -> Path:
    """find_command for the Holdfast running now: what a launcher or a login start should run."""
    return find_command(sys.argv[0], sys.executable, getattr(sys, "frozen", False))


@dataclass(frozen=True, slots=True)
class Placement:
    """Where the entry and the icons go under one XDG data folder."""

    data_home: Path

    @property
    def entry(self) -> Path:
        return self.data_home / "applications" / ENTRY_FILE_NAME

    @property
    def icon_theme(self) -> Path:
        return self.data_home / "icons" / "hicolor"

    def icon_paths(self) -> list[Path]:
        """The icon files, named by the app id: the SVG first, then a PNG for each size."""
        scalable = self.icon_theme / "scalable" / "apps" / f"{APP_ID}.svg"
        sized = [self.icon_theme / f"{s}x{s}" / "apps" / f"{APP_ID}.png" for s in APP_ICON_SIZES]
        return [scalable, *sized]


def install(placement: Placement, command: Path, *, discreet: bool = False) -> list[Path]:
    """Writes the entry starting `command`, and the icons; returns the files written."""
    # Every resource is found before anything is written.
    sources = [app_icon_svg(), *(app_icon_png(size) for size in APP_ICON_SIZES)]
    written = []
    for target, source in zip(placement.icon_paths(), sources, strict=True):
        write_whole(target, source.read_bytes())
        written.append(target)
    # GTK trusts an icon-theme.cache only while it is newer than the theme folder; touching the
    # folder makes a stale cache (left by an earlier tool) give way to the new icons.
    os.utime(placement.icon_theme)
    # The entry comes last: a launcher that sees it finds its icon already there.
    write_whole(placement.entry, entry_text(str(command), discreet=discreet).encode("utf-8"))
    written.append(placement.entry)
    return written


def follow_discreet(placement: Placement, discreet: bool) -> bool:
    """Rewrites an installed entry to match discreet mode, starting the program it started.

    Only Holdfast's own entry at `placement` is touched, and only when it is there and names its
    program: turning discreet mode on never installs an entry. True when the entry now matches.
    """
    try:
        text = placement.entry.read_text(encoding="utf-8")
    except (FileNotFoundError, NotADirectoryError, UnicodeDecodeError):
        return False
    program = _installed_program(text)
    if program is None:
        return False
    wanted = entry_text(program, discreet=discreet)
    if text != wanted:
        write_whole(placement.entry, wanted.encode("utf-8"))
    return True


def _installed_program(text: str) -> str | None:
    """The program an entry starts, from its TryExec (written by entry_text); None if none."""
    group = ""
    for line in text.splitlines():
        if line.startswith("["):
            group = line
        elif group == "[Desktop Entry]" and line.startswith("TryExec="):
            value = line.removeprefix("TryExec=")
            return _unescaped(value) if value else None
    return None


def _unescaped(value: str) -> str:
    """A desktop entry string with its escapes (\\s \\n \\t \\r \\\\) undone."""
    plain = {"s": " ", "n": "\n", "t": "\t", "r": "\r", "\\": "\\"}
    return re.sub(r"\\(.)", lambda match: plain.get(match[1], match[0]), value)


def uninstall(placement: Placement) -> list[Path]:
    """Removes the entry and the icons install wrote, and nothing else; returns those removed."""
    removed = []
    for path in [placement.entry, *placement.icon_paths()]:
        if path.is_file() or path.is_symlink():
            path.unlink()
            removed.append(path)
    if removed and placement.icon_theme.is_dir():
        os.utime(placement.icon_theme)
    return removed


def exec_argument(argument: str) -> str:
    """`argument` as one argument of an Exec key, quoted and escaped as the spec asks (for the
    launcher entry and the login-start entry alike)."""
    if "\n" in argument or "\r" in argument:
        raise CommandNotFound(
            Said(
                QT_TRANSLATE_NOOP(
                    "SystemError", "a launcher cannot start a path with a line break: {path}"
                ),
                path=repr(argument),
            )
        )
    # A lone % starts a field code such as %f. (GLib looks for the program before it reads %%
    # back as %, so GNOME hides an entry whose path holds a %; KDE starts it.)
    argument = argument.replace("%", "%%")
    if _RESERVED.search(argument):
        argument = '"' + _ESCAPED_IN_QUOTES.sub(r"\\\1", argument) + '"'
    return entry_string(argument)


def entry_string(value: str) -> str:
    """`value` as a desktop entry string: a backslash is written as two."""
    return value.replace("\\", "\\\\")


def write_whole(path: Path, payload: bytes) -> None:
    """Writes `path` (and its folders) by swapping in a finished file: a launcher or a session
    watching the folder never reads half an entry. The mode is the umask's, as for any file a
    desktop reads: these files hold no secrets."""
    path.parent.mkdir(parents=True, exist_ok=True)
    temp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        temp.write_bytes(payload)
        temp.replace(path)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise

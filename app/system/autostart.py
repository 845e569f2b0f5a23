"""Starting Holdfast at login, in the background: the one file each system reads for it.

Linux desktops start what $XDG_CONFIG_HOME/autostart holds (the freedesktop autostart spec),
macOS what ~/Library/LaunchAgents holds, and Windows what the Startup folder holds. Holdfast puts
one file there, named by its app id, that runs the installed command with --background; turning
it off removes that file and nothing else. Whether Holdfast starts at login is that file: no
preference repeats it, so the desktop's own start-up settings and Holdfast never disagree.

Its words are neutral in every mode: the desktop's list of start-up programs can be read by
anyone at the screen, and discreet mode can be turned on long after the file was written.
"""

from __future__ import annotations

import plistlib
import subprocess
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from app.domain.words import QT_TRANSLATE_NOOP, Said
from app.system.desktop_entry import entry_string, exec_argument, write_whole
from app.system.identity import APP_ID, DISPLAY_NAME

# The option of the plain `holdfast` command that starts it without showing the window.
BACKGROUND_OPTION = "--background"
COMMENT = f"Starts {DISPLAY_NAME} in the background, so its reminders arrive"

# How a desktop's start-up settings switch an autostart entry off while keeping it: Hidden is the
# spec's way (KDE); GNOME's older session settings wrote the other.
_SWITCHED_OFF = {b"Hidden=true", b"X-GNOME-Autostart-enabled=false"}

# Shortcuts are made by the Windows shell; the runner gets the command line to run, and raises
# OSError with a sentence when it fails.
ShellRunner = Callable[[Sequence[str]], None]


class NotOurs(Exception):
    """Something other than Holdfast's own file is where it would go; it is left as it is."""

    def __init__(self, path: Path, what: str) -> None:
        self.path = path
        super().__init__(
            Said(
                QT_TRANSLATE_NOOP(
                    "SystemError",
                    "{path} is {what}, not a file Holdfast wrote, so it is left as it is; remove "
                    "it yourself if Holdfast should manage starting at login",
                ),
                path=str(path),
                what=what,
            )
        )


def _run_hidden(command: Sequence[str]) -> None:
    """Runs a shell command without a console window flashing up, as a one-line OSError when
    it fails."""
    try:
        subprocess.run(
            command,
            check=True,
            capture_output=True,
            timeout=60,
            # Windows only (0 elsewhere): PowerShell would otherwise open a console window.
            creationflags=getattr(subprocess, "CREATE_NO_WINDOW", 0),
        )
    except FileNotFoundError:
        raise OSError(
            Said(
                QT_TRANSLATE_NOOP(
                    "SystemError", "{program} is not there to make the Startup shortcut"
                ),
                program=command[0],
            )
        ) from None
    except subprocess.CalledProcessError as failed:
        said = failed.stderr.decode(errors="replace").strip().splitlines()
        raise OSError(
            Said(
                QT_TRANSLATE_NOOP(
                    "SystemError", "Windows could not make the Startup shortcut ({why})"
                ),
                why=said[0] if said else str(failed),
            )
        ) from None
    except subprocess.TimeoutExpired:
        raise OSError(
            QT_TRANSLATE_NOOP(
                "SystemError", "Windows took too long to make the Startup shortcut; try again"
            )
        ) from None


@dataclass(frozen=True, slots=True)
class LoginStart:
    """Where Holdfast's login-start file goes on one system (`sys.platform`: "linux",
    "darwin", "win32"; any other is treated as a freedesktop system), for one user."""

    system: str
    path: Path
    run_shell: ShellRunner = field(default=_run_hidden, compare=False)

    @classmethod
    def of(cls, system: str, environ: Mapping[str, str]) -> LoginStart:
        if system == "win32":
            # %APPDATA% is the user's roaming profile; the Startup folder lives in it.
            roaming = Path(environ.get("APPDATA") or Path.home() / "AppData" / "Roaming")
            startup = roaming / "Microsoft" / "Windows" / "Start Menu" / "Programs" / "Startup"
            return cls(system, startup / f"{DISPLAY_NAME}.lnk")
        if system == "darwin":
            return cls(system, Path.home() / "Library" / "LaunchAgents" / f"{APP_ID}.plist")
        return cls(system, config_home(environ) / "autostart" / f"{APP_ID}.desktop")


def config_home(environ: Mapping[str, str]) -> Path:
    """$XDG_CONFIG_HOME, or ~/.config when it is unset or not absolute (as the spec says)."""
    chosen = environ.get("XDG_CONFIG_HOME", "")
    if chosen and Path(chosen).is_absolute():
        return Path(chosen)
    return Path.home() / ".config"


def is_on(login: LoginStart) -> bool:
    """Whether Holdfast's login-start file is there, and not switched off in the desktop's own
    start-up settings. Raises NotOurs when something else is at its place: neither on nor off,
    as far as Holdfast can tell."""
    _refuse_a_stranger(login.path)
    if not login.path.is_file():
        return False
    if login.system in ("win32", "darwin"):
        return True
    try:
        lines = login.path.read_bytes().splitlines()
    except OSError:  # there, but unreadable: it starts whatever it says
        return True
    return not _SWITCHED_OFF.intersection(line.strip() for line in lines)


def turn_on(login: LoginStart, command: Path) -> None:
    """Writes the login-start file running `command` in the background (again, if it is there:
    the command may have moved). Raises NotOurs, or OSError when the system refuses."""
    _refuse_a_stranger(login.path)
    if login.system == "win32":
        # Windows writes the shortcut itself, so it is not swapped in whole; nothing reads the
        # Startup folder before the next login.
        login.run_shell(shortcut_command(login.path, command))
    elif login.system == "darwin":
        write_whole(login.path, launch_agent(command))
    else:
        write_whole(login.path, autostart_entry(str(command)).encode("utf-8"))


def turn_off(login: LoginStart) -> bool:
    """Removes Holdfast's login-start file; False when there was none. Anything else at its
    place (a link, a folder) raises NotOurs and is left as it is."""
    _refuse_a_stranger(login.path)
    try:
        login.path.unlink()
    except FileNotFoundError:
        return False
    return True


def autostart_entry(program: str) -> str:
    """The freedesktop autostart entry starting `program` in the background at login.

    An ordinary application entry, as the autostart spec asks. NoDisplay is not set: the
    desktop's start-up settings then list it, where the user can see it and turn it off."""
    lines = [
        "[Desktop Entry]",
        "Type=Application",
        "Version=1.4",
        f"Name={DISPLAY_NAME}",
        f"Comment={COMMENT}",
        f"Icon={APP_ID}",
        # A session skips the entry once the command is gone (after `pipx uninstall holdfast`).
        f"TryExec={entry_string(program)}",
        f"Exec={exec_argument(program)} {BACKGROUND_OPTION}",
        "Terminal=false",
        # No window comes, so no busy cursor should wait for one.
        "StartupNotify=false",
        "X-GNOME-Autostart-enabled=true",
    ]
    return "\n".join(lines) + "\n"


def launch_agent(command: Path) -> bytes:
    """The macOS LaunchAgent property list: launchd runs it once as the user logs in."""
    agent = {
        "Label": APP_ID,
        "ProgramArguments": [str(command), BACKGROUND_OPTION],
        "RunAtLoad": True,
    }
    return plistlib.dumps(agent)


def shortcut_command(shortcut: Path, command: Path) -> list[str]:
    """The PowerShell command line that makes the Startup folder's shortcut through the shell's
    WScript.Shell object (Python cannot write a .lnk by itself).

    Untested on a real Windows: the tests check only the command built here.
    """
    script = "; ".join(
        [
            f"$shortcut = (New-Object -ComObject WScript.Shell).CreateShortcut({_ps(shortcut)})",
            f"$shortcut.TargetPath = {_ps(command)}",
            f"$shortcut.Arguments = {_ps(BACKGROUND_OPTION)}",
            f"$shortcut.WorkingDirectory = {_ps(command.parent)}",
            f"$shortcut.Description = {_ps(COMMENT)}",
            # Minimised: the console of a pipx-installed command stays out of the way.
            "$shortcut.WindowStyle = 7",
            "$shortcut.Save()",
        ]
    )
    return ["powershell.exe", "-NoProfile", "-NonInteractive", "-Command", script]


def _ps(value: object) -> str:
    """`value` as a PowerShell single-quoted string. PowerShell ends such a string at a curly
    single quote too, so those are doubled as well as the plain one."""
    text = str(value)
    for quote in ("'", "\u2018", "\u2019", "\u201a", "\u201b"):
        text = text.replace(quote, quote * 2)
    return f"'{text}'"


def _stranger(path: Path) -> str | None:
    """What is at `path` when it is not an ordinary file Holdfast could have written there."""
    if path.is_symlink():
        return QT_TRANSLATE_NOOP("SystemError", "a link")
    if path.is_dir():
        return QT_TRANSLATE_NOOP("SystemError", "a folder")
    if path.exists() and not path.is_file():
        return QT_TRANSLATE_NOOP("SystemError", "not an ordinary file")
    return None


def _refuse_a_stranger(path: Path) -> None:
    what = _stranger(path)
    if what is not None:
        raise NotOurs(path, what)

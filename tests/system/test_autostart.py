"""Starting at login: the one file each system reads, what it runs, and that turning it off
removes that file and nothing else. Every system's file is checked here, on any system."""

from __future__ import annotations

import errno
import os
import plistlib
import re
import stat
import subprocess
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

import pytest

from app.system.autostart import LoginStart, NotOurs, is_on, turn_off, turn_on
from app.system.identity import APP_ID
from tests.packaging.support import exec_arguments, read_entry, unescaped, validator

PROGRAM = Path("/home/ann/.local/bin/holdfast")
# Every character the desktop entry spec reserves in Exec, and a % that would start a field code.
ODD_PROGRAM = Path('/home/ann/My Apps/odd "quoted" $name/`tick`/back\\slash/100%/holdfast')
# Words that would tell someone reading the desktop's start-up programs what Holdfast is about.
REVEALING = {"contact", "breakup", "ex", "heartbreak", "urge", "urges", "them", "their", "text"}


@pytest.fixture
def config(tmp_path: Path) -> Path:
    return tmp_path / "config"


@pytest.fixture
def linux(config: Path) -> LoginStart:
    return LoginStart.of("linux", {"XDG_CONFIG_HOME": str(config)})


def _validate(path: Path) -> None:
    done = subprocess.run(
        [validator("desktop-file-validate"), str(path)],
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout == "", done.stdout  # not even a hint


def _words(text: str) -> set[str]:
    return {word.lower() for word in re.split(r"[^A-Za-z]+", text) if word}


# Linux and other freedesktop systems --------------------------------------------------------


@pytest.mark.parametrize("program", [PROGRAM, ODD_PROGRAM], ids=["plain", "odd"])
def test_the_autostart_entry_runs_the_command_in_the_background_and_is_valid(
    linux: LoginStart, config: Path, program: Path
) -> None:
    turn_on(linux, program)

    assert linux.path == config / "autostart" / f"{APP_ID}.desktop"
    _validate(linux.path)
    entry = read_entry(linux.path)
    assert entry.sections() == ["Desktop Entry"]
    main = entry["Desktop Entry"]
    assert exec_arguments(main["Exec"]) == [str(program), "--background"]
    assert unescaped(main["TryExec"]) == str(program)  # skipped once the command is gone
    assert main["Type"] == "Application"
    assert main["X-GNOME-Autostart-enabled"] == "true"
    assert main["StartupNotify"] == "false"  # no window comes, so no busy cursor waits for one
    # Listed in the desktop's start-up settings, where it can be seen and turned off.
    assert "NoDisplay" not in main and "Hidden" not in main


def test_the_entry_says_nothing_of_a_breakup_whatever_the_mode(linux: LoginStart) -> None:
    turn_on(linux, PROGRAM)

    main = read_entry(linux.path)["Desktop Entry"]
    assert main["Name"] == "Holdfast"
    assert main["Comment"]
    assert not _words(f"{main['Name']} {main['Comment']}") & REVEALING


def test_without_xdg_config_home_the_entry_goes_under_the_home_folder(tmp_path: Path) -> None:
    config = tmp_path / "home" / ".config"  # the tests' home folder

    for environ in ({}, {"XDG_CONFIG_HOME": ""}, {"XDG_CONFIG_HOME": "relative/config"}):
        assert LoginStart.of("linux", environ).path == config / "autostart" / f"{APP_ID}.desktop"
    # Any other system that is neither Windows nor macOS follows the freedesktop spec too.
    assert LoginStart.of("freebsd14", {}).path.parent == config / "autostart"


def test_turning_it_on_again_swaps_in_a_whole_new_file_and_leaves_no_temp_file(
    linux: LoginStart,
) -> None:
    turn_on(linux, PROGRAM)
    linux.path.write_text("[Desktop Entry]\nName=stale\n", encoding="utf-8")
    first_inode = linux.path.stat().st_ino

    turn_on(linux, ODD_PROGRAM)  # the command moved

    assert exec_arguments(read_entry(linux.path)["Desktop Entry"]["Exec"])[0] == str(ODD_PROGRAM)
    assert linux.path.stat().st_ino != first_inode  # replaced, not written over in place
    assert [p.name for p in linux.path.parent.iterdir()] == [linux.path.name]


def test_a_write_that_fails_leaves_the_earlier_entry_whole(
    linux: LoginStart, monkeypatch: pytest.MonkeyPatch
) -> None:
    turn_on(linux, PROGRAM)
    before = linux.path.read_bytes()

    def disk_full(self: Path, target: Path) -> Path:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(Path, "replace", disk_full)
    with pytest.raises(OSError, match="No space"):
        turn_on(linux, ODD_PROGRAM)

    assert linux.path.read_bytes() == before
    assert [p.name for p in linux.path.parent.iterdir()] == [linux.path.name]


def test_the_entry_is_readable_like_the_launcher_entry_not_private(linux: LoginStart) -> None:
    # A session reads it as any desktop file; it holds nothing secret, so the umask decides.
    umask = os.umask(0o022)
    try:
        turn_on(linux, PROGRAM)
    finally:
        os.umask(umask)

    assert stat.S_IMODE(linux.path.stat().st_mode) == 0o644


# macOS ----------------------------------------------------------------------------------------


def test_the_launch_agent_runs_the_command_in_the_background_at_login(tmp_path: Path) -> None:
    mac = LoginStart.of("darwin", {"XDG_CONFIG_HOME": str(tmp_path / "ignored")})

    turn_on(mac, ODD_PROGRAM)

    assert mac.path == tmp_path / "home" / "Library" / "LaunchAgents" / f"{APP_ID}.plist"
    agent = plistlib.loads(mac.path.read_bytes())
    assert agent == {
        "Label": APP_ID,
        "ProgramArguments": [str(ODD_PROGRAM), "--background"],
        "RunAtLoad": True,
    }
    assert [p.name for p in mac.path.parent.iterdir()] == [mac.path.name]  # no temp file
    assert not (tmp_path / "ignored").exists()


# Windows --------------------------------------------------------------------------------------


class Shell:
    """Stands in for the Windows shell: records each command line it is asked to run."""

    def __init__(self) -> None:
        self.ran: list[list[str]] = []

    def __call__(self, command: Sequence[str]) -> None:
        self.ran.append(list(command))


def _windows(tmp_path: Path, shell: Shell) -> LoginStart:
    return replace(LoginStart.of("win32", {"APPDATA": str(tmp_path / "Roaming")}), run_shell=shell)


def test_the_startup_shortcut_is_made_by_powershell_in_the_startup_folder(tmp_path: Path) -> None:
    shell = Shell()
    windows = _windows(tmp_path, shell)
    startup = tmp_path / "Roaming" / "Microsoft" / "Windows" / "Start Menu" / "Programs" / "Startup"
    program = tmp_path / "Programs" / "Holdfast" / "holdfast.exe"

    turn_on(windows, program)

    assert windows.path == startup / "Holdfast.lnk"
    ((*powershell, script),) = shell.ran
    assert powershell == ["powershell.exe", "-NoProfile", "-NonInteractive", "-Command"]
    steps = script.split("; ")
    assert steps[0] == (
        f"$shortcut = (New-Object -ComObject WScript.Shell).CreateShortcut('{windows.path}')"
    )
    assert f"$shortcut.TargetPath = '{program}'" in steps
    assert "$shortcut.Arguments = '--background'" in steps
    assert f"$shortcut.WorkingDirectory = '{program.parent}'" in steps
    assert steps[-1] == "$shortcut.Save()"


def test_quotes_in_a_windows_path_cannot_end_powershell_s_string(tmp_path: Path) -> None:
    shell = Shell()
    # PowerShell ends a single-quoted string at a curly quote as well as at a straight one.
    program = Path("C:/Users/Ann O'Neil/Ann\u2019s apps/holdfast.exe")

    turn_on(_windows(tmp_path, shell), program)

    (command,) = shell.ran
    assert "$shortcut.TargetPath = 'C:/Users/Ann O''Neil/Ann\u2019\u2019s apps/holdfast.exe'" in (
        command[-1].split("; ")
    )


def test_without_appdata_the_startup_folder_is_in_the_roaming_profile(tmp_path: Path) -> None:
    roaming = tmp_path / "home" / "AppData" / "Roaming"

    assert LoginStart.of("win32", {}).path.is_relative_to(roaming / "Microsoft" / "Windows")


def test_a_missing_powershell_is_said_in_one_sentence(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PATH", str(tmp_path / "empty"))
    windows = LoginStart.of("win32", {"APPDATA": str(tmp_path)})  # the real shell runner

    with pytest.raises(OSError, match=r"^powershell\.exe is not there to make the Startup"):
        turn_on(windows, PROGRAM)


def test_a_shortcut_the_shell_refuses_is_said_with_the_shell_s_first_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    tools = tmp_path / "bin"
    tools.mkdir()
    refusing = tools / "powershell.exe"
    refusing.write_text("#!/bin/sh\necho 'Access is denied.' >&2\necho more >&2\nexit 1\n")
    refusing.chmod(0o755)
    monkeypatch.setenv("PATH", str(tools))
    windows = LoginStart.of("win32", {"APPDATA": str(tmp_path)})

    with pytest.raises(OSError) as refused:
        turn_on(windows, PROGRAM)

    assert str(refused.value) == "Windows could not make the Startup shortcut (Access is denied.)"
    assert refused.value.errno is None  # a sentence of Holdfast's own, said as it is


# Every system: on, off, and what is not Holdfast's --------------------------------------------


SYSTEMS = ["linux", "darwin", "win32"]


def _login_start(tmp_path: Path, system: str) -> LoginStart:
    environ = {"XDG_CONFIG_HOME": str(tmp_path / "config"), "APPDATA": str(tmp_path / "Roaming")}
    return LoginStart.of(system, environ)


@pytest.mark.parametrize("system", SYSTEMS)
def test_off_removes_that_one_file_and_nothing_beside_it(tmp_path: Path, system: str) -> None:
    login = _login_start(tmp_path, system)
    login.path.parent.mkdir(parents=True)
    login.path.write_bytes(b"Holdfast's")
    others = [
        login.path.with_name(f"org.example.Other{login.path.suffix}"),
        login.path.with_name(login.path.name + ".bak"),
        login.path.with_name(login.path.name.lower()),
    ]
    for other in others:
        other.write_bytes(b"someone else's")
    assert is_on(login)

    assert turn_off(login)

    assert not login.path.exists()
    assert not is_on(login)
    assert sorted(login.path.parent.iterdir()) == sorted(others)
    assert all(other.read_bytes() == b"someone else's" for other in others)
    assert not turn_off(login)  # nothing there: nothing to do


def test_it_is_off_until_turned_on(linux: LoginStart, config: Path) -> None:
    assert not is_on(linux)
    assert not turn_off(linux)
    assert not config.exists()  # looking and turning off create nothing

    turn_on(linux, PROGRAM)

    assert is_on(linux)


@pytest.mark.parametrize("switch", ["Hidden=true", "X-GNOME-Autostart-enabled=false"])
def test_an_entry_switched_off_in_the_desktop_s_settings_is_off_and_on_turns_it_back_on(
    linux: LoginStart, switch: str
) -> None:
    turn_on(linux, PROGRAM)
    text = linux.path.read_text(encoding="utf-8").replace("X-GNOME-Autostart-enabled=true\n", "")
    linux.path.write_text(f"{text}{switch}\n", encoding="utf-8")

    assert not is_on(linux)

    turn_on(linux, PROGRAM)

    assert is_on(linux)
    assert switch not in linux.path.read_text(encoding="utf-8")


@pytest.mark.parametrize("system", SYSTEMS)
@pytest.mark.parametrize("what", ["a link", "a folder"])
def test_a_link_or_a_folder_in_its_place_is_left_alone_and_named(
    tmp_path: Path, system: str, what: str
) -> None:
    shell = Shell()
    login = replace(_login_start(tmp_path, system), run_shell=shell)
    login.path.parent.mkdir(parents=True)
    target = tmp_path / "dotfiles" / "mine"
    target.parent.mkdir()
    target.write_text("the user's own", encoding="utf-8")
    if what == "a link":
        login.path.symlink_to(target)
    else:
        login.path.mkdir()
        (login.path / "inside").write_text("kept", encoding="utf-8")

    for attempt in (is_on, turn_off, lambda login: turn_on(login, PROGRAM)):
        with pytest.raises(NotOurs) as refused:
            attempt(login)
        assert str(refused.value).startswith(f"{login.path} is {what}, not a file Holdfast wrote")

    assert target.read_text(encoding="utf-8") == "the user's own"
    if what == "a link":
        assert login.path.readlink() == target
    else:
        assert (login.path / "inside").read_text(encoding="utf-8") == "kept"
    assert shell.ran == []  # no shortcut made over it either

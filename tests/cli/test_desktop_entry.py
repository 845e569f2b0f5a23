"""`holdfast install-desktop-entry` and `uninstall-desktop-entry`: what lands in the user's XDG
folders, what the entry starts, and that taking it out again removes only what was put there."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest

from app.cli import main
from app.domain.clock import FixedClock
from app.domain.events import UrgeKind
from app.domain.preferences import Preferences
from app.storage.store import Store
from app.system.desktop_entry import (
    ENTRY_FILE_NAME,
    CommandNotFound,
    Placement,
    data_home,
    entry_text,
    find_command,
    follow_discreet,
)
from app.system.identity import APP_ID
from app.system.resource_files import APP_ICON_SIZES, app_icon_png, app_icon_svg
from tests.cli.support import Holdfast, ok, one_error_line, snapshot
from tests.conftest import Result
from tests.packaging.support import read_entry, validator

# The command pip installed beside the Python running the tests: what a launcher should start
# when Holdfast is run as `python -m app` (pytest runs it in this process the same way).
INSTALLED = Path(sys.executable).parent / "holdfast"


@pytest.fixture
def xdg(tmp_path: Path) -> Path:
    return tmp_path / "xdg-data"


@pytest.fixture
def desktop(
    xdg: Path, data_dir: Path, clock: FixedClock, capsys: pytest.CaptureFixture[str]
) -> Callable[..., Result]:
    """Runs the command line in this process with XDG_DATA_HOME set to a test folder."""

    def run(*args: str) -> Result:
        capsys.readouterr()
        environ = {"HOLDFAST_DATA_DIR": str(data_dir), "XDG_DATA_HOME": str(xdg)}
        code = main(list(args), clock=clock, environ=environ)
        captured = capsys.readouterr()
        return Result(code, captured.out, captured.err)

    return run


def icons_under(folder: Path) -> dict[str, bytes]:
    theme = folder / "icons" / "hicolor"
    return {str(p.relative_to(theme)): p.read_bytes() for p in theme.rglob("*") if p.is_file()}


def expected_icons() -> dict[str, bytes]:
    icons = {f"scalable/apps/{APP_ID}.svg": app_icon_svg().read_bytes()}
    for size in APP_ICON_SIZES:
        icons[f"{size}x{size}/apps/{APP_ID}.png"] = app_icon_png(size).read_bytes()
    return icons


def test_install_puts_the_entry_and_every_icon_under_xdg_data_home(
    desktop: Holdfast, xdg: Path, data_dir: Path
) -> None:
    result = ok(desktop("install-desktop-entry"))

    entry_path = xdg / "applications" / ENTRY_FILE_NAME
    assert str(entry_path) in result.out
    assert str(INSTALLED) in result.out
    entry = read_entry(entry_path)
    main_group = entry["Desktop Entry"]
    assert main_group["Exec"] == str(INSTALLED)
    assert main_group["TryExec"] == str(INSTALLED)
    assert main_group["Icon"] == APP_ID
    for kind in UrgeKind:
        action = entry[f"Desktop Action urge-{kind.value}"]
        assert action["Exec"] == f"{INSTALLED} urge {kind} --notify"
    assert icons_under(xdg) == expected_icons()
    assert sorted(p.name for p in (xdg / "applications").iterdir()) == [ENTRY_FILE_NAME]
    assert not data_dir.exists()  # the data is not touched, not even created


def test_the_installed_entry_passes_desktop_file_validate(desktop: Holdfast, xdg: Path) -> None:
    ok(desktop("install-desktop-entry"))

    done = subprocess.run(
        [validator("desktop-file-validate"), str(xdg / "applications" / ENTRY_FILE_NAME)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr


def test_installing_again_replaces_the_entry_and_leaves_no_temp_files(
    desktop: Holdfast, xdg: Path
) -> None:
    ok(desktop("install-desktop-entry"))
    entry = xdg / "applications" / ENTRY_FILE_NAME
    entry.write_text("[Desktop Entry]\nName=stale\n", encoding="utf-8")

    ok(desktop("install-desktop-entry"))

    assert read_entry(entry)["Desktop Entry"]["Exec"] == str(INSTALLED)
    assert not [p for p in xdg.rglob("*") if p.name.startswith(".")]


def test_uninstall_removes_what_install_put_there_and_nothing_else(
    desktop: Holdfast, xdg: Path, data_dir: Path, holdfast: Holdfast
) -> None:
    ok(holdfast("urge", "text"))
    data_before = snapshot(data_dir)
    other_entry = xdg / "applications" / "org.example.Other.desktop"
    other_icon = xdg / "icons" / "hicolor" / "48x48" / "apps" / "org.example.Other.png"
    for path in (other_entry, other_icon):
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("someone else's", encoding="utf-8")
    ok(desktop("install-desktop-entry"))

    result = ok(desktop("uninstall-desktop-entry"))

    assert "10 files" in result.out
    assert not (xdg / "applications" / ENTRY_FILE_NAME).exists()
    assert icons_under(xdg) == {"48x48/apps/org.example.Other.png": b"someone else's"}
    assert other_entry.read_text(encoding="utf-8") == "someone else's"
    assert snapshot(data_dir) == data_before


def test_uninstall_without_an_install_changes_nothing(desktop: Holdfast, xdg: Path) -> None:
    result = ok(desktop("uninstall-desktop-entry"))

    assert "nothing removed" in result.out
    assert not xdg.exists()


def test_without_xdg_data_home_the_entry_goes_to_the_home_folder(
    holdfast: Holdfast, tmp_path: Path
) -> None:
    ok(holdfast("install-desktop-entry"))  # its environment names no XDG_DATA_HOME

    share = tmp_path / "home" / ".local" / "share"
    assert (share / "applications" / ENTRY_FILE_NAME).is_file()
    ok(holdfast("uninstall-desktop-entry"))
    assert not (share / "applications" / ENTRY_FILE_NAME).exists()


def test_a_relative_xdg_data_home_is_ignored_as_the_spec_says(tmp_path: Path) -> None:
    home = tmp_path / "home" / ".local" / "share"
    assert data_home({"XDG_DATA_HOME": "relative/share"}) == home
    assert data_home({"XDG_DATA_HOME": ""}) == home
    assert data_home({"XDG_DATA_HOME": str(tmp_path)}) == tmp_path


def test_the_command_is_the_one_that_runs_kept_as_it_was_run(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bin_folder = tmp_path / "bin"
    bin_folder.mkdir()
    real = tmp_path / "venv-holdfast"
    real.write_text("#!/bin/sh\n", encoding="utf-8")
    (bin_folder / "holdfast").symlink_to(real)  # as pipx links ~/.local/bin/holdfast
    monkeypatch.chdir(tmp_path)

    assert find_command("bin/holdfast", sys.executable, False) == bin_folder / "holdfast"
    assert find_command("/usr/lib/python3/app/__main__.py", sys.executable, False) == INSTALLED
    frozen = tmp_path / "dist" / "holdfast"
    assert find_command(str(frozen), str(frozen), True) == frozen
    with pytest.raises(CommandNotFound, match="install Holdfast first"):
        find_command("-c", str(tmp_path / "python3"), False)


def test_without_an_installed_command_nothing_is_written(
    desktop: Holdfast, xdg: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(sys, "argv", ["-c"])
    monkeypatch.setattr(sys, "executable", str(tmp_path / "nowhere" / "python3"))

    result = desktop("install-desktop-entry")

    assert result.code == 1
    assert "pipx install" in one_error_line(result)
    assert not xdg.exists()


@pytest.mark.parametrize("platform", ["win32", "darwin"])
def test_other_systems_are_pointed_at_the_standalone_build(
    desktop: Holdfast, xdg: Path, monkeypatch: pytest.MonkeyPatch, platform: str
) -> None:
    monkeypatch.setattr(sys, "platform", platform)

    result = desktop("install-desktop-entry")

    assert result.code == 2
    assert "standalone build" in one_error_line(result)
    assert not xdg.exists()


def test_a_folder_that_cannot_be_written_is_named_in_one_line(desktop: Holdfast, xdg: Path) -> None:
    xdg.mkdir()
    (xdg / "applications").write_text("a file where the folder should be", encoding="utf-8")

    result = desktop("install-desktop-entry")

    assert result.code == 1
    assert str(xdg / "applications") in one_error_line(result)


def test_a_real_process_installs_without_loading_qt_or_the_data(tmp_path: Path) -> None:
    script = (
        "import sys\n"
        "from app.cli import main\n"
        "code = main(sys.argv[1:])\n"
        "loaded = [m for m in sys.modules if m.startswith(('PySide6', 'app.storage'))]\n"
        "print('LOADED:', loaded, 'EXIT:', code)\n"
    )
    env = {**os.environ, "XDG_DATA_HOME": str(tmp_path / "xdg")}

    done = subprocess.run(
        [sys.executable, "-c", script, "install-desktop-entry"],
        env=env,
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )

    assert done.stdout.splitlines()[-1] == "LOADED: [] EXIT: 0", done.stdout + done.stderr
    entry = read_entry(tmp_path / "xdg" / "applications" / ENTRY_FILE_NAME)
    assert entry["Desktop Entry"]["Exec"] == str(INSTALLED)


def test_help_lists_the_desktop_commands(holdfast: Holdfast) -> None:
    result = holdfast("--help")

    assert "install-desktop-entry" in result.out
    assert "uninstall-desktop-entry" in result.out


# Discreet mode ---------------------------------------------------------------------------------

# Words that would tell someone looking at (or searching) the launcher what Holdfast is about.
REVEALING = ("contact", "breakup", "ex", "heartbreak", "urge", "urges", "them", "their", "text")


def _words(text: str) -> set[str]:
    return {word.lower() for word in re.split(r"[^A-Za-z]+", text) if word}


def _say_discreet(data_dir: Path, clock: FixedClock, discreet: bool = True) -> None:
    store = Store(data_dir)
    with store.transaction(clock.now()) as changes:
        changes.set_preferences(replace(Preferences(), discreet=discreet))


def _assert_discreet(entry_path: Path) -> None:
    entry = read_entry(entry_path)
    assert entry.sections() == ["Desktop Entry"]  # no urge actions
    main_group = entry["Desktop Entry"]
    assert "Actions" not in main_group
    assert main_group["Name"] == "Holdfast"
    shown = [main_group[key] for key in ("GenericName", "Comment", "Keywords")]
    assert not _words(" ".join(shown)) & set(REVEALING), shown
    assert "urge" not in entry_path.read_text(encoding="utf-8").lower()


def test_with_discreet_mode_on_the_entry_is_neutral_and_has_no_urge_actions(
    desktop: Holdfast, xdg: Path, data_dir: Path, clock: FixedClock
) -> None:
    _say_discreet(data_dir, clock)
    data_before = snapshot(data_dir)

    ok(desktop("install-desktop-entry"))

    entry_path = xdg / "applications" / ENTRY_FILE_NAME
    _assert_discreet(entry_path)
    main_group = read_entry(entry_path)["Desktop Entry"]
    assert main_group["Exec"] == str(INSTALLED)
    assert main_group["Icon"] == APP_ID
    assert icons_under(xdg) == expected_icons()
    assert snapshot(data_dir) == data_before  # only read


def test_the_discreet_entry_passes_desktop_file_validate(
    desktop: Holdfast, xdg: Path, data_dir: Path, clock: FixedClock
) -> None:
    _say_discreet(data_dir, clock)
    ok(desktop("install-desktop-entry"))

    done = subprocess.run(
        [validator("desktop-file-validate"), str(xdg / "applications" / ENTRY_FILE_NAME)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr


def test_with_discreet_mode_off_the_entry_keeps_its_urge_actions(
    desktop: Holdfast, xdg: Path, data_dir: Path, clock: FixedClock
) -> None:
    _say_discreet(data_dir, clock, discreet=False)

    ok(desktop("install-desktop-entry"))

    entry = read_entry(xdg / "applications" / ENTRY_FILE_NAME)
    assert entry["Desktop Entry"]["GenericName"] == "No-Contact Tracker"
    assert entry.has_section("Desktop Action urge-text")


def test_the_data_dir_flag_names_the_folder_whose_setting_is_followed(
    desktop: Holdfast, xdg: Path, tmp_path: Path, clock: FixedClock
) -> None:
    elsewhere = tmp_path / "elsewhere"
    _say_discreet(elsewhere, clock)

    ok(desktop("--data-dir", str(elsewhere), "install-desktop-entry"))

    _assert_discreet(xdg / "applications" / ENTRY_FILE_NAME)


def test_a_damaged_data_file_gives_the_ordinary_entry_and_is_left_alone(
    desktop: Holdfast, xdg: Path, data_dir: Path
) -> None:
    data_dir.mkdir()
    (data_dir / "holdfast.json").write_bytes(b"{")
    data_before = snapshot(data_dir)

    ok(desktop("install-desktop-entry"))

    entry = read_entry(xdg / "applications" / ENTRY_FILE_NAME)
    assert entry.has_section("Desktop Action urge-text")
    assert snapshot(data_dir) == data_before


def test_an_empty_data_folder_gives_the_ordinary_entry_and_stays_empty(
    desktop: Holdfast, xdg: Path, data_dir: Path
) -> None:
    data_dir.mkdir()

    ok(desktop("install-desktop-entry"))

    assert read_entry(xdg / "applications" / ENTRY_FILE_NAME).has_section(
        "Desktop Action urge-other"
    )
    assert list(data_dir.iterdir()) == []


ODD_PROGRAM = '/home/ann/My Apps/odd "quoted" $name/back\\slash/100%/holdfast'


@pytest.mark.parametrize("program", [str(INSTALLED), "holdfast", ODD_PROGRAM])
def test_turning_discreet_on_and_off_rewrites_the_installed_entry_for_the_same_program(
    xdg: Path, program: str
) -> None:
    placement = Placement(xdg)
    placement.entry.parent.mkdir(parents=True)
    placement.entry.write_text(entry_text(program), encoding="utf-8")

    assert follow_discreet(placement, True)
    assert placement.entry.read_text(encoding="utf-8") == entry_text(program, discreet=True)
    _assert_discreet(placement.entry)

    assert follow_discreet(placement, False)
    assert placement.entry.read_text(encoding="utf-8") == entry_text(program)
    assert [p.name for p in placement.entry.parent.iterdir()] == [ENTRY_FILE_NAME]  # no temp


def test_without_an_installed_entry_turning_discreet_on_installs_nothing(xdg: Path) -> None:
    assert not follow_discreet(Placement(xdg), True)
    assert not xdg.exists()


def test_an_entry_that_names_no_program_is_left_as_it_is(xdg: Path) -> None:
    placement = Placement(xdg)
    placement.entry.parent.mkdir(parents=True)
    placement.entry.write_text("[Desktop Entry]\nName=mine\n", encoding="utf-8")

    assert not follow_discreet(placement, True)
    assert placement.entry.read_text(encoding="utf-8") == "[Desktop Entry]\nName=mine\n"

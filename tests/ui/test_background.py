"""Holdfast in the background on a desktop without a tray, as GNOME is without an extension: started
with --background (as at login) it shows nothing and keeps running; a launch brings its window at
once; closing the window leaves it running while reminders are on; Quit ends it."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from app.storage.store import Store
from app.system.instance_link import is_running
from app.system.system_clock import SystemClock
from app.ui.app import QUIT_AFTER_PAINT
from tests.conftest import run_holdfast_process
from tests.ui.desktop import Desktop, desktop_without_tray, tool, wait_until

pytestmark = pytest.mark.slow
__all__ = ["desktop_without_tray"]  # the fixture, imported for these tests

STARTED_S = 60.0  # a generous bound for a cold start on a busy machine
HOLDFAST = "Holdfast"


def _environment(desktop: Desktop, data_dir: Path) -> dict[str, str]:
    env = {**desktop.env, "HOLDFAST_DATA_DIR": str(data_dir)}
    env.pop(QUIT_AFTER_PAINT, None)
    return env


@pytest.fixture
def tracking(data_dir: Path) -> Path:
    assert run_holdfast_process(data_dir, "start").returncode == 0  # so no welcome is shown
    return data_dir


@pytest.fixture
def background(
    desktop_without_tray: Desktop, tracking: Path, tmp_path: Path
) -> Iterator[subprocess.Popen[bytes]]:
    """`holdfast --background`, as the autostart entry runs it at login, once it listens."""
    env = _environment(desktop_without_tray, tracking)
    log = tmp_path / "background.log"
    with log.open("wb") as out:
        process = subprocess.Popen(
            [sys.executable, "-m", "app", "--background"],
            env=env,
            stdout=out,
            stderr=subprocess.STDOUT,
        )
    try:
        wait_until(
            lambda: process.poll() is not None or is_running(tracking, env),
            STARTED_S,
            "the background instance to listen",
        )
        assert process.poll() is None, log.read_text(errors="replace")
        yield process
    finally:
        if process.poll() is None:
            process.kill()
            process.wait(timeout=10)


def _windows(desktop: Desktop) -> list[str]:
    """Holdfast's windows on screen."""
    found = desktop.run(tool("xdotool"), "search", "--onlyvisible", "--class", "holdfast")
    return found.split()


def _launch(desktop: Desktop, data_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "app", *args],
        env=_environment(desktop, data_dir),
        capture_output=True,
        text=True,
        check=False,
        timeout=STARTED_S,
    )


def _press(desktop: Desktop, window: str, keys: str) -> None:
    desktop.run(tool("xdotool"), "windowactivate", "--sync", window, "key", keys)


def test_a_background_start_shows_nothing_and_a_launch_brings_the_window(
    desktop_without_tray: Desktop, tracking: Path, background: subprocess.Popen[bytes]
) -> None:
    desktop = desktop_without_tray
    # A second background start (a login autostart while it already runs) shows nothing either.
    again = _launch(desktop, tracking, "--background")
    assert again.returncode == 0, again.stderr
    assert _windows(desktop) == []

    launched = _launch(desktop, tracking)

    assert launched.returncode == 0, launched.stderr  # handed over to the running one
    wait_until(lambda: _windows(desktop), STARTED_S, "the window to come forward")
    assert background.poll() is None


def test_closing_the_window_keeps_the_reminders_running_and_quit_ends_it(
    desktop_without_tray: Desktop, tracking: Path, background: subprocess.Popen[bytes]
) -> None:
    desktop = desktop_without_tray
    assert _launch(desktop, tracking).returncode == 0
    wait_until(lambda: _windows(desktop), STARTED_S, "the window to come forward")
    (window,) = _windows(desktop)

    _press(desktop, window, "alt+F4")  # the window manager's own close

    wait_until(lambda: not _windows(desktop), 10, "the window to close")
    assert background.poll() is None  # still there for the evening's check-in
    assert is_running(tracking, _environment(desktop, tracking))

    assert _launch(desktop, tracking).returncode == 0  # the next launch finds it at once
    wait_until(lambda: _windows(desktop), 10, "the window to come back")
    (window,) = _windows(desktop)
    _press(desktop, window, "ctrl+q")

    assert background.wait(timeout=10) == 0


def test_without_reminders_closing_the_window_ends_holdfast(
    desktop_without_tray: Desktop, tracking: Path, tmp_path: Path
) -> None:
    desktop = desktop_without_tray
    store = Store(tracking)
    now = SystemClock().now()
    with store.transaction(now) as changes:
        changes.set_preferences(
            replace(
                changes.logbook.preferences, check_in_reminder=False, milestone_notifications=False
            )
        )
    log = tmp_path / "window.log"
    with log.open("wb") as out:
        process = subprocess.Popen(
            [sys.executable, "-m", "app"],
            env=_environment(desktop, tracking),
            stdout=out,
            stderr=subprocess.STDOUT,
        )
    try:
        wait_until(lambda: process.poll() is not None or _windows(desktop), STARTED_S, "the window")
        (window,) = _windows(desktop)

        _press(desktop, window, "alt+F4")

        assert process.wait(timeout=10) == 0, log.read_text(errors="replace")
        assert not is_running(tracking, _environment(desktop, tracking))
    finally:
        if process.poll() is None:
            process.kill()
            process.wait(timeout=10)

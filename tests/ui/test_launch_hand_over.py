"""With Holdfast running, a launch hands over as whole processes do it: the second `holdfast`
leaves at once without ever loading Qt, and the running window comes forward with the focus. A
first instance that was killed leaves its socket behind; the next launch starts afresh."""

from __future__ import annotations

import os
import signal
import stat
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.system.instance_link import instance_address, instance_key, is_running
from app.ui.app import QUIT_AFTER_PAINT
from tests.conftest import run_holdfast_process
from tests.system.listener import private_runtime
from tests.ui.desktop import Desktop, desktop_without_tray, tool, wait_until

__all__ = ["desktop_without_tray"]  # the fixture, imported for these tests

STARTED_MS = 60_000  # a generous bound for a cold start on a busy machine
# A generous bound too: a hand-over takes about 0.1 s here. A launch that did not hand over
# would open a window of its own and not leave at all.
HANDED_OVER_S = 5.0
LAUNCHERS_TOKENS = ("XDG_ACTIVATION_TOKEN", "DESKTOP_STARTUP_ID")


@pytest.fixture
def runtime() -> Iterator[Path]:
    with private_runtime() as folder:
        yield folder


@pytest.fixture
def tracking(data_dir: Path) -> Path:
    assert run_holdfast_process(data_dir, "start").returncode == 0  # so no welcome is shown
    return data_dir


def _environment(base: dict[str, str], data_dir: Path, runtime: Path) -> dict[str, str]:
    env = {**base, "HOLDFAST_DATA_DIR": str(data_dir), "XDG_RUNTIME_DIR": str(runtime)}
    for name in (QUIT_AFTER_PAINT, *LAUNCHERS_TOKENS):
        env.pop(name, None)
    return env


@pytest.fixture
def offscreen(tracking: Path, runtime: Path) -> dict[str, str]:
    return _environment({**os.environ, "QT_QPA_PLATFORM": "offscreen"}, tracking, runtime)


def _start(env: dict[str, str], log: Path, *args: str) -> subprocess.Popen[bytes]:
    with log.open("ab") as out:
        return subprocess.Popen(
            [sys.executable, "-m", "app", *args], env=env, stdout=out, stderr=subprocess.STDOUT
        )


def _stop(process: subprocess.Popen[bytes]) -> None:
    if process.poll() is None:
        process.kill()
        process.wait(timeout=10)


def _launch(env: dict[str, str], *args: str) -> tuple[subprocess.CompletedProcess[str], float]:
    """A launch, as the launcher runs it, with Python reporting each module it imports."""
    began = time.monotonic()
    done = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "app", *args],
        env=env,
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )
    return done, time.monotonic() - began


def _imported(importtime: str) -> list[str]:
    # Each line: "import time: <self us> | <cumulative us> | <indented module name>"
    return [line.rsplit("|", 1)[1].strip() for line in importtime.splitlines() if "|" in line]


def _handed_over_without_qt(done: subprocess.CompletedProcess[str], took: float) -> None:
    assert done.returncode == 0, done.stderr[-2000:]
    assert took < HANDED_OVER_S
    imported = _imported(done.stderr)
    assert "app.system.instance_link" in imported  # Python did report what it imported
    assert not [name for name in imported if name.startswith(("PySide6", "shiboken6"))]


@pytest.mark.gui
@pytest.mark.parametrize("arguments", [[], ["--data-dir", "{data_dir}"]])
def test_a_second_launch_hands_over_at_once_without_loading_qt(
    arguments: list[str],
    offscreen: dict[str, str],
    tracking: Path,
    qtbot: QtBot,
    tmp_path: Path,
) -> None:
    log = tmp_path / "first.log"
    first = _start(offscreen, log)
    try:
        qtbot.waitUntil(
            lambda: first.poll() is not None or is_running(tracking, offscreen), timeout=STARTED_MS
        )
        assert first.poll() is None, log.read_text(errors="replace")

        env = {**offscreen}
        if arguments:
            del env["HOLDFAST_DATA_DIR"]
        done, took = _launch(env, *(a.format(data_dir=tracking) for a in arguments))

        _handed_over_without_qt(done, took)
        assert first.poll() is None
        assert is_running(tracking, offscreen)
    finally:
        _stop(first)


@pytest.mark.gui
def test_after_the_first_instance_was_killed_the_next_launch_starts_afresh(
    offscreen: dict[str, str], tracking: Path, runtime: Path, qtbot: QtBot, tmp_path: Path
) -> None:
    log = tmp_path / "window.log"
    started: list[subprocess.Popen[bytes]] = []
    try:
        started.append(_start(offscreen, log))
        qtbot.waitUntil(lambda: is_running(tracking, offscreen), timeout=STARTED_MS)
        started[0].send_signal(signal.SIGKILL)
        started[0].wait(timeout=10)
        address = instance_address(instance_key(tracking), offscreen)
        assert address is not None
        assert stat.S_ISSOCK(Path(address).stat().st_mode)  # left behind, answering nobody
        assert not is_running(tracking, offscreen)

        started.append(_start(offscreen, log))

        qtbot.waitUntil(
            lambda: started[1].poll() is not None or is_running(tracking, offscreen),
            timeout=STARTED_MS,
        )
        assert started[1].poll() is None, log.read_text(errors="replace")
        _handed_over_without_qt(*_launch(offscreen))  # and later launches find the new one
    finally:
        for process in started:
            _stop(process)


@pytest.mark.slow
def test_a_launch_brings_the_window_of_holdfast_in_the_background_forward_with_the_focus(
    desktop_without_tray: Desktop, tracking: Path, runtime: Path, tmp_path: Path
) -> None:
    desktop = desktop_without_tray
    env = _environment(desktop.env, tracking, runtime)
    background = _start(env, tmp_path / "background.log", "--background")
    try:
        wait_until(
            lambda: background.poll() is not None or is_running(tracking, env),
            STARTED_MS / 1000,
            "Holdfast in the background to listen",
        )
        assert background.poll() is None
        assert _windows(desktop) == []

        _handed_over_without_qt(*_launch(env))

        wait_until(lambda: _windows(desktop), 10, "the window to come forward")
        (window,) = _windows(desktop)
        wait_until(lambda: _active(desktop) == window, 10, "the window to have the focus")

        # Another program's window takes the focus; the next launch brings Holdfast's back.
        other = subprocess.Popen(
            [tool("xmessage"), "-name", "other", "another program"],
            env=desktop.env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        try:
            wait_until(lambda: _active(desktop) != window, 10, "the other window to take focus")
            _handed_over_without_qt(*_launch(env))
            wait_until(lambda: _active(desktop) == window, 10, "the focus to come back")
        finally:
            _stop(other)
    finally:
        _stop(background)


def _active(desktop: Desktop) -> str:
    return desktop.run(tool("xdotool"), "getactivewindow").strip()


def _windows(desktop: Desktop) -> list[str]:
    found = desktop.run(tool("xdotool"), "search", "--onlyvisible", "--class", "holdfast")
    return found.split()

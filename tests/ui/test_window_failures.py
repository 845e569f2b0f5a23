"""No traceback reaches the user from the window: a file it cannot use opens the damaged-file
dialog, an error nothing expected is one line in the banner and on stderr, and the window goes
on; and opening it checks the permissions, as a command does."""

from __future__ import annotations

import json
import os
import signal
import stat
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from app.domain.clock import FixedClock
from app.domain.events import UrgeKind
from app.storage.errors import DataFileError
from app.storage.store import Store
from app.ui.app import QUIT_AFTER_PAINT, _data_is_usable, _reporting_in_the_banner
from app.ui.controller import Controller
from app.ui.dialogs.damaged_file import Choice, DamagedFileDialog
from app.ui.main_window import MainWindow
from tests.conftest import run_holdfast_process

pytestmark = pytest.mark.gui


def _shown_instead(monkeypatch: pytest.MonkeyPatch) -> list[DataFileError]:
    """Answers the damaged-file dialog with Quit; returns what it was asked about."""
    shown: list[DataFileError] = []

    def ask(error: DataFileError, parent: QWidget | None = None) -> Choice:
        shown.append(error)
        return Choice.QUIT

    monkeypatch.setattr(DamagedFileDialog, "ask", staticmethod(ask))
    return shown


# At start: a file that cannot be used


@pytest.mark.parametrize(
    "written", ["0001-01-01T00:00+14:00", "9999-12-31T23:59:59-14:00"], ids=["year 1", "year 9999"]
)
def test_a_date_at_the_edge_of_the_calendar_opens_the_damaged_file_dialog(
    controller: Controller,
    data_dir: Path,
    clock: FixedClock,
    monkeypatch: pytest.MonkeyPatch,
    written: str,
) -> None:
    assert controller.log_urge(UrgeKind.TEXT) is not None
    path = data_dir / "holdfast.json"
    tables = json.loads(path.read_text(encoding="utf-8"))
    (urge,) = (e for e in tables["events"].values() if e["type"] == "urge")
    urge["at"] = written  # as a hand edit, a bad disk or another program might leave it
    path.write_text(json.dumps(tables), encoding="utf-8")
    before = path.read_bytes()
    shown = _shown_instead(monkeypatch)

    assert not _data_is_usable(Store(data_dir), clock)

    (error,) = shown
    assert error.path == path
    assert "is not one Holdfast can count with" in error.problem
    assert path.read_bytes() == before


def test_a_folder_in_place_of_the_data_file_opens_the_damaged_file_dialog_in_words(
    data_dir: Path, clock: FixedClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    # As a file Holdfast may not read would, even for root, who may read anything.
    (data_dir / "holdfast.json").mkdir(parents=True)
    shown = _shown_instead(monkeypatch)

    assert not _data_is_usable(Store(data_dir), clock)

    (error,) = shown
    assert error.problem == "it is a folder where a file belongs; give the path of a file"


# `holdfast` as the launcher runs it, each question at start answered by a line on standard
# output: a real dialog would wait for a click that never comes in a test.
ANSWERING_WINDOW = """
import sys
from app.cli import main
from app.ui.dialogs.damaged_file import Choice, DamagedFileDialog
from app.ui.dialogs.missing_file import MissingFileDialog
from app.ui.dialogs.onboarding import OnboardingDialog


def damaged(error, parent=None):
    print("damaged-file dialog:", error.problem, flush=True)
    return Choice.QUIT


def asked(what):
    def ask(*args, **kwargs):
        print(what, flush=True)
        sys.exit(3)

    return staticmethod(ask)


DamagedFileDialog.ask = staticmethod(damaged)
MissingFileDialog.ask = asked("missing-file dialog")
OnboardingDialog.ask = asked("first-start questions")
sys.exit(main([]))
"""
# A window that has not answered by then is taken to hang.
WINDOW_ANSWERS_WITHIN = 60


def _a_named_pipe(path: Path) -> str:
    os.mkfifo(path)  # nobody writes to it: reading it would wait forever
    return "it is a named pipe, not an ordinary file; move it away"


def _a_link_to_dev_zero(path: Path) -> str:
    path.symlink_to("/dev/zero")  # endless: reading it would fill the memory
    return "it is a device, not an ordinary file; move it away"


def _a_link_to_nothing(path: Path) -> str:
    path.symlink_to("/media/usb-stick/holdfast.json")  # a drive that is not plugged in
    return "it is a link to /media/usb-stick/holdfast.json, which is not there; put that file back"


@pytest.mark.parametrize(
    "odd_thing",
    [_a_named_pipe, _a_link_to_dev_zero, _a_link_to_nothing],
    ids=["a named pipe", "a link to /dev/zero", "a link to nothing"],
)
@pytest.mark.parametrize("started", [True, False], ids=["after a start", "alone"])
def test_a_data_file_that_is_not_a_file_opens_the_damaged_file_dialog_at_once(
    data_dir: Path,
    window_environment: dict[str, str],
    odd_thing: Callable[[Path], str],
    started: bool,
) -> None:
    path = data_dir / "holdfast.json"
    if started:  # with backups beside it: a link to nothing is not a missing file either
        assert run_holdfast_process(data_dir, "start").returncode == 0
        assert run_holdfast_process(data_dir, "urge", "text").returncode == 0
        assert any((data_dir / "backups").iterdir())
        path.unlink()
    else:  # nothing else there: not a first run either
        data_dir.mkdir(mode=0o700)
    said = odd_thing(path)

    opened = subprocess.run(
        [sys.executable, "-c", ANSWERING_WINDOW],
        env=window_environment,
        capture_output=True,
        text=True,
        check=False,
        timeout=WINDOW_ANSWERS_WITHIN,
    )

    assert opened.returncode == 1, opened.stderr
    assert opened.stdout.startswith(f"damaged-file dialog: {said}"), opened.stdout
    assert opened.stdout.count("\n") == 1, opened.stdout
    assert "Traceback" not in opened.stderr
    assert not path.is_file()  # left as it was: the pipe, or the link


# Once the window is up: an error nothing expected


def test_an_unexpected_error_is_one_line_in_the_banner_and_on_stderr(
    controller: Controller, qtbot: QtBot, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    settings = QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat)
    window = MainWindow(controller, settings, lambda _theme: None, lambda: False)
    qtbot.addWidget(window)
    report = _reporting_in_the_banner(window)

    report(KeyError, KeyError("goal-7"), None)

    assert window.banner_text.text() == (
        "Something unexpected went wrong (KeyError: 'goal-7'). What was saved stays saved; if it "
        "happens again, please report it."
    )
    assert capsys.readouterr().err == "holdfast: KeyError: 'goal-7'\n"


# `holdfast` as the launcher runs it, but a click's handler fails with an error nothing expected
# once the window is up; then it says it is still running.
FAILING_WINDOW = """
import sys
from PySide6.QtCore import QTimer
import app.ui.app
from app.cli import main
from app.ui.main_window import MainWindow


def fail():
    raise RuntimeError("a bug nobody expected")


class FailingWindow(MainWindow):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        QTimer.singleShot(0, fail)
        QTimer.singleShot(0, lambda: print("still running", flush=True))


app.ui.app.MainWindow = FailingWindow
sys.exit(main([]))
"""


@pytest.fixture
def window_environment(data_dir: Path, tmp_path: Path) -> dict[str, str]:
    runtime = tmp_path / "runtime"  # its single-instance socket, kept apart from other tests'
    runtime.mkdir(mode=0o700)
    env = {
        **os.environ,
        "HOLDFAST_DATA_DIR": str(data_dir),
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_RUNTIME_DIR": str(runtime),
    }
    env.pop(QUIT_AFTER_PAINT, None)
    return env


@pytest.fixture
def failing(data_dir: Path, window_environment: dict[str, str]) -> Iterator[subprocess.Popen[str]]:
    assert run_holdfast_process(data_dir, "start").returncode == 0  # so no welcome is shown
    process = subprocess.Popen(
        [sys.executable, "-c", FAILING_WINDOW],
        env=window_environment,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        yield process
    finally:
        if process.poll() is None:
            process.kill()
        process.communicate(timeout=30)


def test_an_unexpected_error_in_a_real_window_is_one_line_and_the_window_goes_on(
    failing: subprocess.Popen[str],
) -> None:
    assert failing.stdout is not None
    assert failing.stdout.readline() == "still running\n"  # after the error

    failing.send_signal(signal.SIGTERM)
    _, errors = failing.communicate(timeout=60)

    assert failing.returncode == 0, errors
    assert "Traceback" not in errors
    said = [line for line in errors.splitlines() if line.startswith("holdfast:")]
    assert said == ["holdfast: RuntimeError: a bug nobody expected"], errors


# Permissions, checked on every start


def test_opening_the_window_makes_a_data_file_readable_by_others_private_again(
    data_dir: Path, window_environment: dict[str, str]
) -> None:
    assert run_holdfast_process(data_dir, "start").returncode == 0
    (data_dir / "holdfast.json").chmod(0o644)  # as a sync tool or a backup program may leave it
    data_dir.chmod(0o755)

    opened = subprocess.run(
        [sys.executable, "-m", "app"],
        env={**window_environment, QUIT_AFTER_PAINT: "1"},  # quits once it has painted
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )

    assert opened.returncode == 0, opened.stderr
    assert stat.S_IMODE((data_dir / "holdfast.json").stat().st_mode) == 0o600
    assert stat.S_IMODE(data_dir.stat().st_mode) == 0o700

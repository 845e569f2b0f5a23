"""Starting the window: a damaged data file, one instance per folder, other processes' entries."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtNetwork import QLocalServer
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from app.domain.clock import FixedClock
from app.domain.events import Urge, UrgeKind
from app.domain.preferences import Theme
from app.storage.errors import DataFileError
from app.storage.store import Store
from app.system.instance_link import instance_address, instance_key
from app.system.system_clock import SystemClock
from app.ui.app import QUIT_AFTER_PAINT, _data_is_usable
from app.ui.controller import Controller
from app.ui.dialogs.damaged_file import Choice, DamagedFileDialog
from app.ui.main_window import MainWindow
from tests.conftest import run_holdfast_process

pytestmark = pytest.mark.gui

DAMAGED = b"{ not json"
RESTORE_TEXT = "Restore the newest backup"


def _answer(monkeypatch: pytest.MonkeyPatch, choice: Choice) -> list[DataFileError]:
    """Makes the damaged-file dialog answer `choice`; returns the errors it was shown."""
    shown: list[DataFileError] = []

    def ask(error: DataFileError, parent: QWidget | None = None) -> Choice:
        shown.append(error)
        return choice

    monkeypatch.setattr(DamagedFileDialog, "ask", staticmethod(ask))
    return shown


@pytest.fixture
def backed_up(controller: Controller, clock: FixedClock) -> Urge:
    """A saved urge, then a later save, so the newest backup holds the plan and that urge."""
    urge = controller.log_urge(UrgeKind.CALL)
    clock.advance(timedelta(hours=2))
    assert controller.log_urge(UrgeKind.TEXT) is not None
    assert urge is not None
    return urge


def _damage(folder: Path) -> None:
    (folder / "holdfast.json").write_bytes(DAMAGED)


def test_a_damaged_file_is_replaced_by_the_newest_backup_when_the_user_chooses_it(
    backed_up: Urge, data_dir: Path, clock: FixedClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    _damage(data_dir)
    shown = _answer(monkeypatch, Choice.RESTORE)

    assert _data_is_usable(Store(data_dir), clock)

    (error,) = shown
    assert error.newest_backup is not None
    urges = [e for e in Store(data_dir).load().events if isinstance(e, Urge)]
    assert urges == [backed_up]
    (set_aside,) = data_dir.glob("holdfast-set-aside-*.json")
    assert set_aside.read_bytes() == DAMAGED


def test_quitting_leaves_the_damaged_file_exactly_as_it_was(
    backed_up: Urge, data_dir: Path, clock: FixedClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    _damage(data_dir)
    backups_before = sorted(p.name for p in (data_dir / "backups").iterdir())
    shown = _answer(monkeypatch, Choice.QUIT)

    assert not _data_is_usable(Store(data_dir), clock)

    assert len(shown) == 1
    assert (data_dir / "holdfast.json").read_bytes() == DAMAGED
    assert not list(data_dir.glob("holdfast-set-aside-*.json"))
    assert sorted(p.name for p in (data_dir / "backups").iterdir()) == backups_before


def test_a_usable_file_asks_nothing(
    started_store: Store, clock: FixedClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown = _answer(monkeypatch, Choice.QUIT)

    assert _data_is_usable(Store(started_store.folder), clock)

    assert shown == []


def _damaged_error(folder: Path) -> DataFileError:
    _damage(folder)
    with pytest.raises(DataFileError) as raised:
        Store(folder).load()
    return raised.value


def _button_texts(dialog: QMessageBox) -> list[str]:
    return [button.text() for button in dialog.buttons()]


def test_without_a_backup_the_dialog_offers_no_restore(data_dir: Path, qtbot: QtBot) -> None:
    data_dir.mkdir()
    error = _damaged_error(data_dir)
    assert error.newest_backup is None

    dialog = DamagedFileDialog(error)
    qtbot.addWidget(dialog)

    assert RESTORE_TEXT not in _button_texts(dialog)
    assert set(_button_texts(dialog)) == {"Open the data folder", "Quit"}
    assert str(data_dir / "holdfast.json") in dialog.text()
    assert "Nothing has been written to it." in dialog.informativeText()


def test_with_a_backup_the_dialog_offers_it_by_name(
    backed_up: Urge, data_dir: Path, qtbot: QtBot
) -> None:
    error = _damaged_error(data_dir)
    assert error.newest_backup is not None

    dialog = DamagedFileDialog(error)
    qtbot.addWidget(dialog)

    assert RESTORE_TEXT in _button_texts(dialog)
    assert error.newest_backup.name in dialog.informativeText()


# Separate processes


def _window_environment(data_dir: Path) -> dict[str, str]:
    env = {**os.environ, "HOLDFAST_DATA_DIR": str(data_dir), "QT_QPA_PLATFORM": "offscreen"}
    env.pop(QUIT_AFTER_PAINT, None)
    return env


@pytest.fixture
def first_window(data_dir: Path, tmp_path: Path) -> Iterator[subprocess.Popen[bytes]]:
    """A window process on a started folder, running until the test ends."""
    assert run_holdfast_process(data_dir, "start").returncode == 0  # so no welcome is shown
    with (tmp_path / "first.log").open("wb") as log:
        process = subprocess.Popen(
            [sys.executable, "-m", "app"],
            env=_window_environment(data_dir),
            stdout=log,
            stderr=subprocess.STDOUT,
        )
    try:
        yield process
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=10)
        address = instance_address(instance_key(data_dir), _window_environment(data_dir))
        if address is not None:
            QLocalServer.removeServer(address)  # the socket a stopped window left


def _wait_until_listening(
    qtbot: QtBot, process: subprocess.Popen[bytes], data_dir: Path, log: Path
) -> None:
    """Until the first window has claimed its folder: its socket exists (or it has exited)."""
    address = instance_address(instance_key(data_dir), _window_environment(data_dir))
    assert address is not None
    socket = Path(address)

    def listening() -> bool:
        return socket.exists() and stat.S_ISSOCK(socket.stat().st_mode)

    qtbot.waitUntil(lambda: process.poll() is not None or listening(), timeout=60_000)
    assert process.poll() is None, log.read_text(errors="replace")


def test_a_second_launch_hands_over_and_leaves_while_the_first_keeps_running(
    first_window: subprocess.Popen[bytes], data_dir: Path, qtbot: QtBot, tmp_path: Path
) -> None:
    _wait_until_listening(qtbot, first_window, data_dir, tmp_path / "first.log")

    second = subprocess.run(
        [sys.executable, "-m", "app"],
        env=_window_environment(data_dir),
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )

    # A second launch that opened a window of its own would run on until the timeout.
    assert second.returncode == 0, second.stderr
    assert first_window.poll() is None


def test_an_urge_from_the_command_line_shows_on_the_open_window_within_two_seconds(
    data_dir: Path, qtbot: QtBot, tmp_path: Path
) -> None:
    # The other process logs on the real clock, so this window counts on it too.
    assert run_holdfast_process(data_dir, "start").returncode == 0
    controller = Controller(Store(data_dir), SystemClock())
    settings = QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat)
    themes: list[Theme] = []
    window = MainWindow(controller, settings, themes.append, lambda: False)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    label = window.today.urges.urges_today
    assert label.text() == "Urges resisted today: 0"
    controller.start_watching()

    done = run_holdfast_process(data_dir, "urge", "text")
    assert done.returncode == 0, done.stderr

    qtbot.waitUntil(lambda: label.text() == "Urges resisted today: 1", timeout=2000)
    controller.deleteLater()

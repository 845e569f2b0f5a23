"""Quit quits: the event loop ends and the tray icon goes, whichever way Quit is chosen.

Qt 6 asks every window to close before it quits, and closing the window only hides it to the
tray, so these run the application's real event loop rather than trusting a patched quit().
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings, Qt, QTimer
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.ui.controller import Controller
from app.ui.main_window import MainWindow, Page
from app.ui.presence import connect_tray_and_reminders
from app.ui.tray import Tray

pytestmark = pytest.mark.gui

GAVE_UP = 99  # the exit code of the watchdog below: the loop did not end by itself


@pytest.fixture
def window(controller: Controller, qtbot: QtBot, tmp_path: Path) -> Iterator[MainWindow]:
    settings = QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat)
    made = MainWindow(controller, settings, lambda _theme: None, lambda: True)  # a tray exists
    qtbot.addWidget(made)
    made.show()
    qtbot.waitExposed(made)
    yield made


@pytest.fixture
def tray(controller: Controller, window: MainWindow) -> Iterator[Tray]:
    pixmap = QPixmap(16, 16)
    pixmap.fill(QColor("teal"))
    made = Tray(QIcon(pixmap), window)
    connect_tray_and_reminders(controller, window, made, {})  # as the app wires it, no bus
    assert made.system_icon().isVisible()
    yield made
    made.hide()


def _run_the_event_loop(app: QApplication, then: Callable[[], None]) -> int:
    """Runs the application's own event loop, does `then` in it, and returns its exit code."""
    watchdog = QTimer(singleShot=True, interval=3000)
    watchdog.timeout.connect(lambda: QCoreApplication.exit(GAVE_UP))
    watchdog.start()
    QTimer.singleShot(0, then)
    try:
        return app.exec()
    finally:
        watchdog.stop()


def _ctrl_q(window: MainWindow) -> None:
    window.activateWindow()
    QTest.keyClick(window.windowHandle(), Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)


def _tray_quit(tray: Tray) -> None:
    (quit_action,) = [action for action in tray.menu().actions() if action.text() == "Quit"]
    quit_action.trigger()


@pytest.mark.parametrize("way", ["menu", "ctrl+q", "tray"])
def test_quit_ends_the_event_loop_and_the_tray_icon(
    qapp: QApplication, window: MainWindow, tray: Tray, way: str
) -> None:
    choose: dict[str, Callable[[], None]] = {
        "menu": window.quit_action.trigger,
        "ctrl+q": lambda: _ctrl_q(window),
        "tray": lambda: _tray_quit(tray),
    }

    code = _run_the_event_loop(qapp, choose[way])

    assert code == 0  # quit by Quit, not by the watchdog
    assert not tray.system_icon().isVisible()


QTS_OWN_QUIT = """
import sys
from PySide6.QtCore import QCoreApplication, QTimer
from app.ui.app import Application

app = Application(sys.argv[:1])
app.on_quit = lambda: (print("asked the window", flush=True), QCoreApplication.exit(0))
QTimer.singleShot(0, QCoreApplication.quit)
QTimer.singleShot(3000, lambda: QCoreApplication.exit(99))
sys.exit(app.exec())
"""


def test_qts_own_quit_requests_go_through_the_windows_quit(tmp_path: Path) -> None:
    # As the macOS Dock's Quit or the last window closed: Qt's quit() would first ask the window
    # to close, which only hides it. (A separate process: the tests share one plain application.)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", QTS_OWN_QUIT],
        env=env,
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout == "asked the window\n"


def test_quit_with_an_unsaved_journal_entry_ends_and_keeps_the_entry_for_the_next_start(
    qapp: QApplication, controller: Controller, window: MainWindow, tray: Tray, qtbot: QtBot
) -> None:
    from app.ui.pages.journal import JournalPage

    journal = window.page(Page.JOURNAL)
    assert isinstance(journal, JournalPage)
    journal.text.setPlainText("Half of what I wanted to say")  # quit before the draft's pause
    window.show_page(Page.TODAY)

    code = _run_the_event_loop(qapp, window.quit_action.trigger)

    assert code == 0  # no question held the quit back
    assert not tray.system_icon().isVisible()
    again = JournalPage(controller)
    qtbot.addWidget(again)
    assert again.text.toPlainText() == "Half of what I wanted to say"
    assert again.has_unsaved_changes

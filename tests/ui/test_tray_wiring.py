"""The window's tray and launcher entry following the user: discreet mode, the help from the tray
and from Today, and "Log a moment", wired as the app wires them at start-up."""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction, QColor, QIcon, QPixmap
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from app.domain.events import Urge, UrgeKind
from app.system.desktop_entry import Placement, entry_text
from app.ui.app import follow_discreet_in_launcher
from app.ui.controller import Controller
from app.ui.main_window import MainWindow
from app.ui.presence import connect_tray_and_reminders
from app.ui.tray import Tray
from tests.packaging.support import read_entry

pytestmark = pytest.mark.gui

PROGRAM = "/home/ann/.local/bin/holdfast"
HELP = "If it is hard right now…"


def _icon() -> QIcon:
    pixmap = QPixmap(16, 16)
    pixmap.fill(QColor("teal"))
    return QIcon(pixmap)


@pytest.fixture
def window(controller: Controller, qtbot: QtBot, tmp_path: Path) -> Iterator[MainWindow]:
    settings = QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat)
    made = MainWindow(controller, settings, lambda _theme: None, lambda: True)
    qtbot.addWidget(made)
    yield made


@pytest.fixture
def tray(controller: Controller, window: MainWindow) -> Iterator[Tray]:
    made = Tray(_icon(), window, discreet=controller.logbook.preferences.discreet)
    connect_tray_and_reminders(controller, window, made, {})
    yield made
    made.hide()


@pytest.fixture
def helps_shown(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """The help boxes shown (title and text), instead of showing them."""
    shown: list[tuple[str, str]] = []

    def information(_parent: QWidget, title: str, text: str, *_: object) -> None:
        shown.append((title, text))

    monkeypatch.setattr(QMessageBox, "information", staticmethod(information))
    return shown


def _tray_action(tray: Tray, text: str) -> QAction:
    (found,) = [action for action in tray.menu().actions() if action.text() == text]
    return found


def _set_discreet(controller: Controller, discreet: bool) -> None:
    said = controller.logbook.preferences
    assert controller.set_preferences(replace(said, discreet=discreet))


# The tray -----------------------------------------------------------------------------------------


@pytest.mark.qt_log_ignore("This plugin does not support raise")  # offscreen has no stacking
def test_the_trays_help_shows_what_the_help_menu_shows(
    window: MainWindow, tray: Tray, helps_shown: list[tuple[str, str]]
) -> None:
    _tray_action(tray, HELP).trigger()
    (menu_help,) = [action for action in window.findChildren(QAction) if action.text() == HELP]
    menu_help.trigger()

    assert len(helps_shown) == 2
    assert helps_shown[0] == helps_shown[1]
    assert helps_shown[0][0] == "If it is hard right now"
    assert window.isVisible()  # brought forward, so the help is not left without its window


def test_todays_help_link_shows_what_the_help_menu_shows(
    window: MainWindow, qtbot: QtBot, helps_shown: list[tuple[str, str]]
) -> None:
    QTest.mouseClick(window.today.help, Qt.MouseButton.LeftButton)
    (menu_help,) = [action for action in window.findChildren(QAction) if action.text() == HELP]
    menu_help.trigger()

    assert len(helps_shown) == 2
    assert helps_shown[0] == helps_shown[1]
    assert "emergency number" in helps_shown[0][1]


def test_the_tray_follows_discreet_mode_as_it_is_turned_on_and_off(
    controller: Controller, tray: Tray
) -> None:
    assert not tray.is_discreet()
    _set_discreet(controller, True)
    assert tray.is_discreet()
    assert tray.menu().actions()[0].text() == "Log a moment"
    _set_discreet(controller, False)
    assert not tray.is_discreet()
    assert tray.menu().actions()[1].text() == "Wanted to text"  # under "Log an urge"


def test_log_a_moment_logs_an_urge_of_another_kind(controller: Controller, tray: Tray) -> None:
    _set_discreet(controller, True)
    before = len(controller.logbook.events)

    _tray_action(tray, "Log a moment").trigger()

    events = controller.logbook.events
    assert len(events) == before + 1
    logged = events[-1]
    assert isinstance(logged, Urge)
    assert logged.kind is UrgeKind.OTHER


def test_a_tray_made_while_discreet_is_discreet_from_the_start(
    controller: Controller, window: MainWindow
) -> None:
    _set_discreet(controller, True)
    made = Tray(_icon(), window, discreet=controller.logbook.preferences.discreet)
    connect_tray_and_reminders(controller, window, made, {})
    assert [action.text() for action in made.menu().actions() if not action.isSeparator()] == [
        "Log a moment",
        HELP,
        "Show Holdfast",
        "Quit",
    ]
    made.hide()


# The launcher entry -------------------------------------------------------------------------------


@pytest.fixture
def placement(tmp_path: Path) -> Placement:
    return Placement(tmp_path / "xdg-data")


@pytest.fixture
def problems(controller: Controller, placement: Placement) -> list[str]:
    said: list[str] = []
    follow_discreet_in_launcher(controller, placement, said.append)
    return said


def _install(placement: Placement) -> None:
    placement.entry.parent.mkdir(parents=True)
    placement.entry.write_text(entry_text(PROGRAM), encoding="utf-8")


def test_turning_discreet_on_and_off_rewrites_the_installed_entry(
    controller: Controller, placement: Placement, problems: list[str]
) -> None:
    _install(placement)

    _set_discreet(controller, True)
    assert placement.entry.read_text(encoding="utf-8") == entry_text(PROGRAM, discreet=True)
    assert read_entry(placement.entry).sections() == ["Desktop Entry"]

    _set_discreet(controller, False)
    assert placement.entry.read_text(encoding="utf-8") == entry_text(PROGRAM)
    assert problems == []
    assert [p.name for p in placement.entry.parent.iterdir()] == [placement.entry.name]


def test_without_an_installed_entry_nothing_is_written(
    controller: Controller, placement: Placement, problems: list[str]
) -> None:
    _set_discreet(controller, True)
    _set_discreet(controller, False)

    assert not placement.data_home.exists()
    assert problems == []


def test_other_changes_leave_the_entry_alone(
    controller: Controller, placement: Placement, problems: list[str]
) -> None:
    _install(placement)
    placement.entry.write_text(entry_text(PROGRAM) + "# mine\n", encoding="utf-8")

    said = controller.logbook.preferences
    controller.set_preferences(replace(said, milestone_notifications=False))

    assert placement.entry.read_text(encoding="utf-8").endswith("# mine\n")


def test_an_entry_that_cannot_be_rewritten_is_reported_in_one_line(
    controller: Controller, placement: Placement, problems: list[str]
) -> None:
    _install(placement)
    # Where the new entry would be written before it is swapped in, a folder is in the way.
    (placement.entry.parent / f".{placement.entry.name}.{os.getpid()}.tmp").mkdir()

    _set_discreet(controller, True)

    assert len(problems) == 1
    assert "launcher entry" in problems[0]
    assert "\n" not in problems[0]
    assert placement.entry.read_text(encoding="utf-8") == entry_text(PROGRAM)  # unchanged

"""The window's date fields are checked as the command line checks a date: a year before 1970 is
a typo, refused with a line that says so, and nothing is saved."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from app.domain.events import Plan, Urge, UrgeKind, new_id
from app.storage.store import Store
from app.ui.controller import Controller
from app.ui.dialogs.entry import UrgeEditor
from app.ui.dialogs.settings import SettingsDialog
from app.ui.main_window import MainWindow
from app.ui.qt_time import to_qt
from tests.conftest import BERLIN

pytestmark = pytest.mark.gui

NOW = datetime(2026, 3, 1, 12, 0, tzinfo=BERLIN)
A_TYPO = datetime(1926, 3, 1, 12, 0, tzinfo=BERLIN)  # 1926 for 2026


def test_an_urge_moved_to_before_1970_is_refused_in_the_editor_and_says_why(qtbot: QtBot) -> None:
    urge = Urge(id=new_id(), at=datetime(2026, 2, 27, 8, 15, tzinfo=BERLIN), kind=UrgeKind.TEXT)
    editor = UrgeEditor(urge, NOW)
    qtbot.addWidget(editor)
    editor.when.setDateTime(to_qt(A_TYPO))

    editor.accept()

    assert editor.result() != QDialog.DialogCode.Accepted
    assert editor.message.text() == (
        "the urge cannot be before 1970 (it reads 1926-03-01); check the year"
    )


@pytest.fixture
def settings(controller: Controller, qtbot: QtBot, tmp_path: Path) -> Iterator[SettingsDialog]:
    window = MainWindow(
        controller,
        QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat),
        lambda _theme: None,
        lambda: False,
    )
    qtbot.addWidget(window)
    dialog = SettingsDialog(controller, window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()  # its fields take focus, and give it up, as a user moves through them
    qtbot.waitActive(dialog)
    yield dialog


def _plans(folder: Path) -> list[Plan]:
    return [e for e in Store(folder).load().events if isinstance(e, Plan)]


def test_a_last_contact_set_before_1970_in_settings_is_refused_and_says_why(
    settings: SettingsDialog, controller: Controller
) -> None:
    before = _plans(controller.store.folder)
    settings.last_contact.setFocus()
    settings.last_contact.setDateTime(to_qt(A_TYPO))

    QTest.mouseClick(settings.target, Qt.MouseButton.LeftButton)  # done with the field

    assert not settings.last_contact.hasFocus()
    assert "the last contact cannot be before 1970 (it reads 1926-03-01)" in (
        settings.plan_saved.text()
    )
    assert settings.plan_saved.text().startswith("Not saved: ")
    assert _plans(controller.store.folder) == before

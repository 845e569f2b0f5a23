"""The window's settings file: private from its first byte, never written through a link."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSize
from pytestqt.qtbot import QtBot

from app.domain.preferences import Theme
from app.storage.privacy import WINDOW_SETTINGS_FILE
from app.ui.app import open_window_settings
from app.ui.controller import Controller
from app.ui.main_window import MainWindow

pytestmark = pytest.mark.gui


@pytest.fixture
def loose_umask() -> Iterator[None]:
    previous = os.umask(0o022)
    try:
        yield
    finally:
        os.umask(previous)


def _resized_and_closed(controller: Controller, qtbot: QtBot, reports: list[str]) -> None:
    settings = open_window_settings(controller.store.folder, reports.append)
    themes: list[Theme] = []
    window = MainWindow(controller, settings, themes.append, lambda: False)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.resize(820, 610)
    qtbot.waitUntil(lambda: window.size() == QSize(820, 610))
    window.close()  # hidden (reminders are on) or ended: what it saves is the same
    assert not window.isVisible()


def test_a_settings_file_that_is_a_link_is_not_written_through_and_is_named(
    controller: Controller, qtbot: QtBot, tmp_path: Path
) -> None:
    victim = tmp_path / "dotfiles" / "window.ini"
    victim.parent.mkdir()
    victim.write_text("[mine]\nkept=1\n")
    link = controller.store.folder / WINDOW_SETTINGS_FILE
    link.symlink_to(victim)
    reports: list[str] = []

    _resized_and_closed(controller, qtbot, reports)

    assert victim.read_text() == "[mine]\nkept=1\n"
    assert link.is_symlink()
    (report,) = reports
    assert str(link) in report
    assert "the window's size and place will not be kept; remove it to keep them" in report


def test_a_new_settings_file_is_private_from_its_first_write(
    loose_umask: None, tmp_path: Path, qapp: object
) -> None:
    reports: list[str] = []
    settings = open_window_settings(tmp_path, reports.append)
    settings.setValue("window/told_about_tray", True)
    settings.sync()

    path = tmp_path / WINDOW_SETTINGS_FILE
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert "told_about_tray" in path.read_text()
    assert reports == []


def test_the_settings_kept_before_are_read_back(
    controller: Controller, qtbot: QtBot, tmp_path: Path
) -> None:
    _resized_and_closed(controller, qtbot, [])

    reports: list[str] = []
    themes: list[Theme] = []
    settings = open_window_settings(controller.store.folder, reports.append)
    window = MainWindow(controller, settings, themes.append, lambda: False)
    qtbot.addWidget(window)

    assert window.size() == QSize(820, 610)
    assert reports == []

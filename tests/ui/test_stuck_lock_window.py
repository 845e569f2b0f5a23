"""Another Holdfast process holds the lock and does not let go: an urge logged in the window does
not freeze it, the banner says why it is not saved yet and that it is kept, and it is saved (and
said so) once the other process lets go."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from app.domain.events import Urge, UrgeKind
from app.storage.lock import WAIT_SECONDS
from app.storage.store import Store
from app.ui.controller import Controller
from app.ui.main_window import MainWindow
from tests.storage.lock_holder import lock_held_elsewhere

pytestmark = pytest.mark.gui


@pytest.fixture
def window(controller: Controller, qtbot: QtBot, tmp_path: Path) -> Iterator[MainWindow]:
    settings = QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat)
    shown = MainWindow(controller, settings, lambda _theme: None, lambda: False)
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitExposed(shown)
    yield shown


def _urges_on_disk(folder: Path) -> list[Urge]:
    return [e for e in Store(folder).load().events if isinstance(e, Urge)]


def test_an_urge_logged_while_another_process_is_stuck_is_kept_and_saved_once_it_lets_go(
    window: MainWindow, controller: Controller, data_dir: Path, qtbot: QtBot
) -> None:
    button = window.today.urges.buttons[UrgeKind.TEXT]

    with lock_held_elsewhere(data_dir) as held:
        started = time.monotonic()
        button.click()
        waited = time.monotonic() - started

        # A command waits WAIT_SECONDS for the lock; the window gives up far sooner.
        assert waited < WAIT_SECONDS / 3
        said = window.banner_text.text()
        assert window.banner.isVisible()
        assert "Another Holdfast process is busy with your data" in said
        assert "It is kept" in said
        assert _urges_on_disk(data_dir) == []

        held.let_go()

    qtbot.waitUntil(
        lambda: (
            window.banner_text.text()
            == "Saved now: what you logged while another Holdfast process was busy."
        ),
        timeout=10_000,
    )
    (saved,) = _urges_on_disk(data_dir)
    assert saved.kind is UrgeKind.TEXT
    assert controller.status().urges_total == 1

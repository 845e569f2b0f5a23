"""The window holds entries when an older copy of its data file is put in place (a sync tool):
the entries come back, on screen and on disk, and the banner says what happened."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from app.domain.clock import FixedClock
from app.domain.events import UrgeKind
from app.domain.preferences import Theme
from app.storage.store import Store
from app.ui.controller import Controller
from app.ui.main_window import MainWindow

pytestmark = pytest.mark.gui


@pytest.fixture
def window(controller: Controller, qtbot: QtBot, tmp_path: Path) -> Iterator[MainWindow]:
    settings = QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat)
    themes: list[Theme] = []
    shown = MainWindow(controller, settings, themes.append, lambda: False)
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitExposed(shown)
    yield shown


def _put_in_place(folder: Path, payload: bytes) -> None:
    """Replaces the data file as a sync tool does: a new file renamed over the old one."""
    incoming = folder / ".syncthing.holdfast.json.tmp"
    incoming.write_bytes(payload)
    incoming.replace(folder / "holdfast.json")


def test_an_older_copy_put_in_place_is_mended_and_the_banner_says_so(
    window: MainWindow, controller: Controller, data_dir: Path, qtbot: QtBot
) -> None:
    first = controller.log_urge(UrgeKind.TEXT)
    older = (data_dir / "holdfast.json").read_bytes()
    later = [controller.log_urge(UrgeKind.CALL), controller.log_urge(UrgeKind.SOCIAL)]
    assert first is not None and None not in later
    window.banner.hide()

    _put_in_place(data_dir, older)
    controller.start_watching()

    qtbot.waitUntil(window.banner.isVisible)
    assert window.banner_text.text() == (
        "An older copy of your data file took the place of the newer one (a sync tool can do "
        "this). Holdfast put back the 2 entries it was missing, so nothing is lost; the older "
        "copy is kept in the backups."
    )
    window.today.tick()
    assert window.today.urges.urges_today.text() == "Urges resisted today: 3"
    saved = Store(data_dir).load()
    assert {first.id, *(urge.id for urge in later if urge)} <= {e.id for e in saved.events}
    (kept,) = [b for b in controller.store.backups.list() if b.reason == "before-rewind-merge"]
    assert kept.path.read_bytes() == older


def test_a_deleted_entry_stays_deleted_and_an_edit_stays_made(
    window: MainWindow, controller: Controller, data_dir: Path, clock: FixedClock, qtbot: QtBot
) -> None:
    day = clock.now().date()
    entry = controller.add_journal_entry(day, "A hard evening.")
    mistake = controller.log_urge(UrgeKind.TEXT)
    assert entry is not None and mistake is not None
    older = (data_dir / "holdfast.json").read_bytes()
    assert controller.delete_entry(mistake.id) is not None
    edited = controller.edit_journal_entry(entry.id, day, "A hard evening. I walked it off.", None)
    assert edited is not None
    window.banner.hide()

    _put_in_place(data_dir, older)
    controller.start_watching()

    qtbot.waitUntil(window.banner.isVisible)
    assert "put back 2 changes you had made" in window.banner_text.text()
    saved = Store(data_dir).load()
    assert mistake.id not in {e.id for e in saved.events}
    assert saved.journal == (edited,)
    assert controller.logbook.journal == (edited,)


def test_a_restore_from_the_command_line_is_followed_without_a_word(
    window: MainWindow, controller: Controller, data_dir: Path, clock: FixedClock, qtbot: QtBot
) -> None:
    clock.advance(timedelta(hours=2))
    assert controller.log_urge(UrgeKind.TEXT) is not None  # backs up the file with no urge
    window.banner.hide()

    Store(data_dir).restore(clock.now())  # `holdfast restore`
    controller.start_watching()

    qtbot.waitUntil(lambda: controller.status().urges_total == 0)
    assert not window.banner.isVisible()
    assert not [b for b in controller.store.backups.list() if b.reason == "before-rewind-merge"]

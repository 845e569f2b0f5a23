"""A data file missing beside its backups: at start the window asks (restore, start afresh or
quit) instead of the first-start questions; an open window that sees it vanish says so, saves
nothing that would hide the loss, keeps what is logged meanwhile, and offers the backup."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from app.domain.clock import FixedClock
from app.domain.events import Urge, UrgeKind
from app.domain.preferences import Theme
from app.storage.errors import MissingDataFile
from app.storage.store import Store
from app.ui.app import _missing_file_settled
from app.ui.controller import Controller
from app.ui.dialogs.missing_file import Choice, MissingFileDialog
from app.ui.main_window import MainWindow

pytestmark = pytest.mark.gui


@pytest.fixture
def backed_up(controller: Controller, clock: FixedClock) -> Urge:
    """An urge saved two hours after the plan, so the newest backup holds the plan alone."""
    clock.advance(timedelta(hours=2))
    urge = controller.log_urge(UrgeKind.CALL)
    assert urge is not None
    return urge


@pytest.fixture
def window(controller: Controller, qtbot: QtBot, tmp_path: Path) -> Iterator[MainWindow]:
    settings = QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat)
    themes: list[Theme] = []
    shown = MainWindow(controller, settings, themes.append, lambda: False)
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitExposed(shown)
    yield shown


def _answer(monkeypatch: pytest.MonkeyPatch, choice: Choice) -> list[MissingDataFile]:
    """Makes the missing-file dialog answer `choice`; returns what it was shown."""
    shown: list[MissingDataFile] = []

    def ask(missing: MissingDataFile, zone: object, parent: QWidget | None = None) -> Choice:
        shown.append(missing)
        return choice

    monkeypatch.setattr(MissingFileDialog, "ask", staticmethod(ask))
    return shown


def _files(folder: Path) -> list[Path]:
    return sorted(folder.rglob("*"))


# At start


def test_at_start_the_user_is_asked_and_nothing_is_written_before(
    backed_up: Urge, data_dir: Path, clock: FixedClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    (data_dir / "holdfast.json").unlink()
    before = _files(data_dir)
    shown = _answer(monkeypatch, Choice.QUIT)

    assert not _missing_file_settled(Store(data_dir), clock)

    (missing,) = shown
    assert missing.newest_backup_at is not None
    assert _files(data_dir) == before


def test_restoring_at_start_puts_the_newest_backup_back(
    backed_up: Urge, data_dir: Path, clock: FixedClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    (data_dir / "holdfast.json").unlink()
    _answer(monkeypatch, Choice.RESTORE)
    store = Store(data_dir)

    assert _missing_file_settled(store, clock)

    restored = Controller(store, clock)
    assert restored.status().tracking  # the plan is back: no first-start questions
    assert restored.status().urges_total == 0  # as the backup holds it
    restored.deleteLater()


def test_starting_afresh_writes_nothing_until_the_first_entry(
    backed_up: Urge, data_dir: Path, clock: FixedClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    (data_dir / "holdfast.json").unlink()
    _answer(monkeypatch, Choice.START_AFRESH)
    store = Store(data_dir)
    backups = store.backups.list()

    assert _missing_file_settled(store, clock)

    afresh = Controller(store, clock)
    assert not afresh.status().tracking  # so the first-start questions come next
    assert not (data_dir / "holdfast.json").exists()
    assert afresh.begin(None, 30, afresh.logbook.goals)
    assert Store(data_dir).load().events != ()
    assert store.backups.list()[-len(backups) :] == backups  # the old backups are all kept
    afresh.deleteLater()


def test_a_first_start_asks_nothing(
    data_dir: Path, clock: FixedClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown = _answer(monkeypatch, Choice.QUIT)

    assert _missing_file_settled(Store(data_dir), clock)

    assert shown == []


def test_the_dialog_names_the_backup_s_time_and_the_three_ways(
    backed_up: Urge, data_dir: Path, clock: FixedClock, qtbot: QtBot
) -> None:
    (data_dir / "holdfast.json").unlink()
    missing = Store(data_dir).missing_file()
    assert missing is not None

    dialog = MissingFileDialog(missing, clock.now().tzinfo)
    qtbot.addWidget(dialog)

    assert {b.text() for b in dialog.buttons()} == {
        "Restore the newest backup",
        "Start afresh",
        "Quit",
    }
    assert str(data_dir / "holdfast.json") in dialog.text()
    assert "The newest backup, from Sun 1 Mar 2026, 14:00, puts it back." in (
        dialog.informativeText()
    )
    assert "Nothing has been written." in dialog.informativeText()


def test_the_dialog_answers_the_button_clicked(
    backed_up: Urge, data_dir: Path, clock: FixedClock, qtbot: QtBot
) -> None:
    (data_dir / "holdfast.json").unlink()
    missing = Store(data_dir).missing_file()
    assert missing is not None
    dialog = MissingFileDialog(missing, clock.now().tzinfo)
    qtbot.addWidget(dialog)
    dialog.show()

    (afresh,) = [b for b in dialog.buttons() if b.text() == "Start afresh"]
    QTest.mouseClick(afresh, Qt.MouseButton.LeftButton)

    assert dialog.choice() is Choice.START_AFRESH


# While the window is open


def test_a_file_gone_while_the_window_is_open_is_told_and_no_new_file_hides_it(
    backed_up: Urge, window: MainWindow, controller: Controller, data_dir: Path, qtbot: QtBot
) -> None:
    (data_dir / "holdfast.json").unlink()
    before = _files(data_dir)
    controller.start_watching()

    offer = window.restore_offer
    qtbot.waitUntil(offer.isVisible)
    assert offer.text.text().startswith("Your data file, holdfast.json, is gone from its folder")
    assert "The newest backup, from Sun 1 Mar 2026, 14:00, puts it back." in offer.text.text()
    assert offer.restore.isVisible()

    assert controller.log_urge(UrgeKind.TEXT) is None  # refused: not saved, and says so
    assert not (data_dir / "holdfast.json").exists()
    # Nothing that could pass for the data file: only the urge, kept on disk to wait for it.
    assert _files(data_dir) == sorted([*before, data_dir / "waiting.json"])
    assert controller.status().urges_total == 1  # the window still shows what it held


def test_restoring_from_the_offer_saves_what_was_logged_meanwhile(
    backed_up: Urge, window: MainWindow, controller: Controller, data_dir: Path, qtbot: QtBot
) -> None:
    (data_dir / "holdfast.json").unlink()
    offer = window.restore_offer
    offer.close_button.click()  # "Not now": a refused save offers it again
    assert controller.log_urge(UrgeKind.TEXT) is None
    assert offer.isVisible()

    QTest.mouseClick(offer.restore, Qt.MouseButton.LeftButton)

    assert offer.isVisible()  # saying what was done, until dismissed
    assert offer.text.text() == (
        "Your data file is back: the backup from Sun 1 Mar 2026, 14:00 is restored."
    )
    assert offer.close_button.text() == "Dismiss"
    assert window.banner.isVisible()
    assert window.banner_text.text() == (
        "Saved now: what you logged while your data file was missing."
    )
    urges = [e for e in Store(data_dir).load().events if isinstance(e, Urge)]
    assert [urge.kind for urge in urges] == [UrgeKind.TEXT]  # the backup's urges, and this one


def test_a_file_put_back_by_a_sync_tool_is_picked_up_with_what_waited(
    backed_up: Urge, window: MainWindow, controller: Controller, data_dir: Path, qtbot: QtBot
) -> None:
    data_file = data_dir / "holdfast.json"
    kept = data_file.read_bytes()
    data_file.unlink()
    assert controller.log_urge(UrgeKind.VISIT) is None
    assert window.restore_offer.isVisible()

    data_file.write_bytes(kept)
    controller.start_watching()

    qtbot.waitUntil(window.restore_offer.isHidden)
    kinds = [e.kind for e in Store(data_dir).load().events if isinstance(e, Urge)]
    assert kinds == [UrgeKind.CALL, UrgeKind.VISIT]
    assert window.banner_text.text() == (
        "Saved now: what you logged while your data file was missing."
    )


def test_without_a_good_backup_the_offer_says_how_to_get_the_file_back(
    backed_up: Urge, window: MainWindow, controller: Controller, data_dir: Path, qtbot: QtBot
) -> None:
    for backup in controller.store.backups.list():
        backup.path.unlink()
    (data_dir / "holdfast.json").unlink()

    controller.refresh()

    offer = window.restore_offer
    assert offer.isVisible()
    assert not offer.restore.isVisible()
    assert f"put the file back in {data_dir}" in offer.text.text()

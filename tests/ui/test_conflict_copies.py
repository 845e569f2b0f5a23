"""The window offers to merge the copies of the data file a sync tool set aside beside it, merges
them when asked, keeps them in merged/, and says what it did."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from app.domain.clock import FixedClock
from app.domain.events import Urge, UrgeKind
from app.domain.logbook import log_urge
from app.storage.store import Store
from app.ui.controller import Controller
from app.ui.main_window import MainWindow

pytestmark = pytest.mark.gui

SYNCTHING_COPY = "holdfast.sync-conflict-20260301-120000-ABCDEFG.json"
DROPBOX_COPY = "holdfast (Sam's conflicted copy 2026-03-01).json"


@pytest.fixture
def open_window(
    controller: Controller, qtbot: QtBot, tmp_path: Path
) -> Iterator[Callable[[], MainWindow]]:
    def make() -> MainWindow:
        settings = QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat)
        window = MainWindow(controller, settings, lambda theme: None, lambda: False)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        return window

    yield make


def _laptop_copy(store: Store, tmp_path: Path, clock: FixedClock, name: str, note: str) -> Path:
    """The data file of another computer, with one urge of its own, as a sync tool keeps it."""
    laptop = Store(tmp_path / f"laptop-{name}")
    earlier = clock.now() - timedelta(hours=1)
    laptop.path.parent.mkdir(parents=True)
    laptop.path.write_bytes(store.path.read_bytes())
    with laptop.transaction(clock.now()) as changes:
        changes.add(log_urge(earlier, UrgeKind.SOCIAL, note=note))
    copy = store.folder / name
    copy.write_bytes(laptop.path.read_bytes())
    return copy


def _notes(store: Store) -> list[str]:
    return sorted(e.note for e in Store(store.folder).load().events if isinstance(e, Urge))


def test_without_conflict_copies_nothing_is_offered(open_window: Callable[[], MainWindow]) -> None:
    assert open_window().merge_offer.isHidden()


def test_the_window_offers_the_copies_it_finds_and_merges_them_when_asked(
    controller: Controller,
    started_store: Store,
    open_window: Callable[[], MainWindow],
    tmp_path: Path,
    clock: FixedClock,
) -> None:
    copies = [
        _laptop_copy(started_store, tmp_path, clock, name, note)
        for name, note in ((SYNCTHING_COPY, "on the laptop"), (DROPBOX_COPY, "on the phone"))
    ]
    kept_bytes = {copy.name: copy.read_bytes() for copy in copies}

    window = open_window()

    offer = window.merge_offer
    assert offer.isVisible()
    assert SYNCTHING_COPY in offer.text.text() and DROPBOX_COPY in offer.text.text()
    assert "nothing here is changed or removed" in offer.text.text()
    assert _notes(started_store) == []  # nothing happens before the user says so

    offer.merge.click()

    assert _notes(started_store) == ["on the laptop", "on the phone"]
    assert controller.status().urges_total == 2
    merged = started_store.folder / "merged"
    assert {p.name: p.read_bytes() for p in merged.iterdir()} == kept_bytes
    assert not any(copy.exists() for copy in copies)
    assert offer.text.text() == (
        "Merged 2 copies. 2 entries that were missing here are back. "
        f"The copies are kept in {merged}."
    )
    assert offer.merge.isHidden() and offer.isVisible()
    offer.close_button.click()
    assert offer.isHidden()


def test_not_now_keeps_the_copies_and_does_not_ask_again_about_them(
    controller: Controller,
    started_store: Store,
    open_window: Callable[[], MainWindow],
    tmp_path: Path,
    clock: FixedClock,
) -> None:
    first = _laptop_copy(started_store, tmp_path, clock, SYNCTHING_COPY, "on the laptop")
    window = open_window()
    assert window.merge_offer.close_button.text() == "Not now"

    window.merge_offer.close_button.click()
    controller.log_urge(UrgeKind.TEXT)  # a change: the window looks again

    assert window.merge_offer.isHidden()
    assert first.exists() and _notes(started_store) == [""]

    _laptop_copy(started_store, tmp_path, clock, DROPBOX_COPY, "on the phone")
    controller.log_urge(UrgeKind.TEXT)

    assert window.merge_offer.isVisible()
    assert DROPBOX_COPY in window.merge_offer.text.text()
    assert SYNCTHING_COPY not in window.merge_offer.text.text()


def test_a_copy_that_cannot_be_merged_is_left_in_place_and_named(
    started_store: Store, open_window: Callable[[], MainWindow]
) -> None:
    damaged = started_store.folder / SYNCTHING_COPY
    damaged.write_bytes(b'{"meta": {"1": ')
    window = open_window()

    window.merge_offer.merge.click()

    text = window.merge_offer.text.text()
    assert text.startswith(f"{SYNCTHING_COPY} was left as it is: ")
    assert "not valid JSON" in text and text.endswith("Nothing was imported.")
    assert damaged.exists()
    assert not (started_store.folder / "merged").exists()

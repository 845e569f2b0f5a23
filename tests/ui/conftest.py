"""Fixtures for the window's tests: a controller on a fixed clock over a test data folder, the
History page over known entries, which its page and chart tests share, and a folder protected
with a passphrase."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QToolTip
from pytestqt.qtbot import QtBot

from app.domain.clock import FixedClock
from app.domain.preferences import Theme
from app.storage.store import Store
from app.ui.controller import Controller
from app.ui.pages.history import HistoryPage
from app.ui.theme import apply_theme, light_palette
from tests.ui.history_entries import Known, record_known


@pytest.fixture
def started_store(data_dir: Path, clock: FixedClock) -> Store:
    """A data folder where the period began twelve days ago with a 30-day target."""
    from app.domain.logbook import plan

    store = Store(data_dir)
    with store.transaction(clock.now()) as changes:
        changes.add(
            plan(changes.logbook, clock.now(), clock.now() - timedelta(days=12), target_days=30)
        )
    return store


@pytest.fixture
def controller(qapp: object, started_store: Store, clock: FixedClock) -> Iterator[Controller]:
    made = Controller(Store(started_store.folder), clock)
    yield made
    made.deleteLater()


@pytest.fixture
def known(started_store: Store, clock: FixedClock) -> Known:
    """The History page's known entries (tests/ui/history_entries.py), beside the plan."""
    return record_known(started_store, clock)


@pytest.fixture
def history_controller(
    qapp: object, started_store: Store, known: Known, clock: FixedClock
) -> Iterator[Controller]:
    """A controller made once the known entries are saved, so that it reads them."""
    made = Controller(Store(started_store.folder), clock)
    yield made
    made.deleteLater()


@pytest.fixture
def history_page(history_controller: Controller, qtbot: QtBot) -> Iterator[HistoryPage]:
    """The History page over the known entries, in the light palette, shown at 1000 by 800."""
    made = HistoryPage(history_controller)
    qtbot.addWidget(made)
    made.setPalette(light_palette())
    made.resize(1000, 800)
    made.show()
    qtbot.waitExposed(made)
    yield made
    QToolTip.hideText()


@pytest.fixture
def app(qapp: QApplication) -> Iterator[QApplication]:
    """The shared application, put back as it was afterwards, so that other tests see no theme."""
    palette, sheet = QPalette(qapp.palette()), qapp.styleSheet()
    yield qapp
    apply_theme(qapp, Theme.LIGHT)  # stops following the desktop's colours
    qapp.setStyleSheet(sheet)
    qapp.setPalette(palette)


@pytest.fixture
def themed(app: QApplication) -> None:
    """The window's own look, light: its stylesheet's padding makes buttons taller than Qt's."""
    apply_theme(app, Theme.LIGHT)


# Protection with a passphrase

PASSPHRASE = "a calm harbour in the morning"
# Words of the user's, to look for where they must not be: on a lock screen, in the folder.
SECRET_NOTE = "wrote a letter to Robin and did not send it"


@dataclass(frozen=True)
class Protected:
    folder: Path
    recovery_key: str


@pytest.fixture
def quick_keys(monkeypatch: pytest.MonkeyPatch) -> None:
    """Argon2id at its smallest: each derivation takes a millisecond, where the real one takes
    a third of a second. One test keeps the real parameters (test_locking.py)."""
    from app.storage import sealing

    quick = {"name": "argon2id", "memory_kib": 8, "iterations": 1, "lanes": 1}
    monkeypatch.setattr(sealing, "ARGON2ID", quick)


@pytest.fixture
def protected(started_store: Store, clock: FixedClock, quick_keys: None) -> Protected:
    """The started folder with an urge that has a note, then protected with PASSPHRASE."""
    from app.domain.events import Urge, UrgeKind, new_id
    from app.storage.protecting import turn_on

    with started_store.transaction(clock.now()) as changes:
        changes.add(
            Urge(
                id=new_id(),
                at=clock.now() - timedelta(hours=3),
                kind=UrgeKind.TEXT,
                note=SECRET_NOTE,
            )
        )
    recovery_key = turn_on(Store(started_store.folder), PASSPHRASE)
    return Protected(started_store.folder, recovery_key)


@pytest.fixture
def protected_controller(
    protected: Protected, clock: FixedClock, qapp: QApplication
) -> Iterator[Controller]:
    """The window's controller over the protected folder, unlocked."""
    from app.storage.protection import read_protection

    store = Store(protected.folder)
    protection = read_protection(protected.folder)
    assert protection is not None
    store.unlock(protection.unlock(PASSPHRASE))
    made = Controller(store, clock)
    yield made
    made.deleteLater()


def folder_bytes(folder: Path) -> dict[str, bytes]:
    """Every file under `folder` and what it holds."""
    return {
        str(path.relative_to(folder)): path.read_bytes()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }

"""Fixtures for the window's tests: a controller on a fixed clock over a test data folder, and the
History page over known entries, which its page and chart tests share."""

from __future__ import annotations

from collections.abc import Iterator
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

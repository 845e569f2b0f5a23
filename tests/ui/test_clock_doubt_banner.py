"""A computer clock that is clearly wrong is pointed out in the window's banner, as the app wires
it at start-up: at once when the window opens, and at the next change when it goes wrong later."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from app.domain.clock import FixedClock
from app.domain.events import UrgeKind
from app.ui.app import watch_the_clock
from app.ui.controller import Controller
from app.ui.main_window import MainWindow
from tests.conftest import BERLIN

pytestmark = pytest.mark.gui


@pytest.fixture
def window(controller: Controller, qtbot: QtBot, tmp_path: Path) -> Iterator[MainWindow]:
    settings = QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat)
    shown = MainWindow(controller, settings, lambda _theme: None, lambda: False)
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitExposed(shown)
    yield shown


def test_a_window_opened_on_a_clock_set_back_says_so_at_once(
    window: MainWindow, controller: Controller, clock: FixedClock
) -> None:
    clock.advance(timedelta(days=-3))  # the plan was made on 1 March; the clock reads 26 February

    watch_the_clock(controller, window.show_banner)

    assert window.banner.isVisible()
    assert window.banner_text.text() == (
        "Your computer's clock reads Thu 26 Feb 2026, earlier than your latest entry "
        "(Sun 1 Mar 2026). Check the date and time in your system settings, so that new "
        "entries are dated right."
    )


def test_a_clock_that_goes_wrong_while_the_window_is_open_is_pointed_out_at_the_next_change(
    window: MainWindow, controller: Controller, clock: FixedClock
) -> None:
    watch_the_clock(controller, window.show_banner)
    assert not window.banner.isVisible()  # a right clock: nothing to say

    clock.set(datetime(2023, 6, 1, 9, 0, tzinfo=BERLIN))  # a flat battery, a wrong year
    assert controller.log_urge(UrgeKind.TEXT) is not None

    assert window.banner.isVisible()
    assert window.banner_text.text().startswith(
        "Your computer's clock reads Thu 1 Jun 2023, a date before Holdfast existed."
    )

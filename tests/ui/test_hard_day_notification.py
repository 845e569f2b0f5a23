"""The evening before a hard date: one neutral notification from 19:00, never its label, whether
a plan was made or not, once per date; a click opens Today."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from app.domain.clock import FixedClock
from app.domain.hard_dates import HardDate
from app.storage.store import Store
from app.ui.controller import Controller
from app.ui.desktop_notifications import DesktopNotifications
from app.ui.main_window import MainWindow, Page
from app.ui.notifications import HardDayEve
from app.ui.presence import connect_tray_and_reminders
from tests.conftest import BERLIN
from tests.dbus_support import FakeNotifications
from tests.ui.test_notification_wiring import probe
from tests.ui.test_notifications import assert_fit_for_a_lock_screen

pytestmark = [
    pytest.mark.gui,
    pytest.mark.qt_log_ignore("This plugin does not support raise"),  # offscreen has no stacking
]

PLANNED = "Tomorrow may be a hard day. You have a plan."
UNPLANNED = (
    "Tomorrow may be a hard day. A small plan can help: something kind for yourself, and "
    "someone you trust to be with."
)
# The clock starts on Sunday 1 March 2026 at noon in Berlin.
BIRTHDAY = HardDate(
    id="b1", month=3, day=3, year=None, label="Sam's birthday", plan="Cinema with Ana"
)
COURT = HardDate(id="c1", month=3, day=5, year=2026, label="the court date")


def _at(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 3, day, hour, minute, tzinfo=BERLIN)


@pytest.fixture
def window(
    controller: Controller,
    qtbot: QtBot,
    tmp_path: Path,
    session_bus: str,
    notifications: FakeNotifications,
) -> Iterator[MainWindow]:
    """The window wired as the app wires it, its notifications going to the fake service, with
    the hard dates above saved."""
    with Store(controller.store.folder).transaction(controller.now()) as changes:
        changes.add_hard_dates(BIRTHDAY, COURT)
    controller.refresh()
    settings = QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat)
    made = MainWindow(controller, settings, lambda _theme: None, lambda: True)
    qtbot.addWidget(made)
    made.show_page(Page.HISTORY)
    connect_tray_and_reminders(controller, made, None, {"DBUS_SESSION_BUS_ADDRESS": session_bus})
    desktop = made.findChild(DesktopNotifications)
    assert desktop is not None
    qtbot.waitUntil(desktop.ready, timeout=5000)
    yield made


def _look_at(window: MainWindow, clock: FixedClock, moment: datetime) -> None:
    """Moves the clock to `moment` and lets the evening's note look, as its timer would."""
    eve = window.findChild(HardDayEve)
    assert eve is not None
    clock.set(moment)
    eve.check()


def _hard_day_notes(
    window: MainWindow, notifications: FakeNotifications, qtbot: QtBot
) -> list[str]:
    """The bodies of the hard-day notifications sent so far; a last notification sent after them
    (the bus keeps the order) makes sure every one sent has arrived."""
    probe(window, notifications, qtbot)
    return [body for _summary, body in notifications.summaries() if body.startswith("Tomorrow")]


def test_the_evening_before_from_seven_it_says_so_once_without_the_label(
    window: MainWindow, clock: FixedClock, notifications: FakeNotifications, qtbot: QtBot
) -> None:
    _look_at(window, clock, _at(2, 18, 59))
    assert _hard_day_notes(window, notifications, qtbot) == []

    _look_at(window, clock, _at(2, 19))
    _look_at(window, clock, _at(2, 19, 30))
    _look_at(window, clock, _at(2, 23, 59))

    assert _hard_day_notes(window, notifications, qtbot) == [PLANNED]
    (call,) = [c for c in notifications.calls if c[4] == PLANNED]
    summary, body, actions = call[3], call[4], call[5]
    assert summary == "Holdfast"
    for text in (summary, body, *actions):
        assert_fit_for_a_lock_screen(str(text))
        assert "Sam" not in str(text) and "Cinema" not in str(text)


def test_without_a_plan_it_suggests_making_one(
    window: MainWindow, clock: FixedClock, notifications: FakeNotifications, qtbot: QtBot
) -> None:
    _look_at(window, clock, _at(4, 21))

    assert _hard_day_notes(window, notifications, qtbot) == [UNPLANNED]


def test_woken_on_the_hard_day_itself_it_says_nothing_of_tomorrow(
    window: MainWindow, clock: FixedClock, notifications: FakeNotifications, qtbot: QtBot
) -> None:
    _look_at(window, clock, _at(2, 12))
    _look_at(window, clock, _at(3, 8))  # slept through the evening before
    _look_at(window, clock, _at(3, 20))  # no hard date on the 4th

    assert _hard_day_notes(window, notifications, qtbot) == []


def test_a_click_opens_today(
    window: MainWindow, clock: FixedClock, notifications: FakeNotifications, qtbot: QtBot
) -> None:
    _look_at(window, clock, _at(2, 19))
    qtbot.waitUntil(lambda: bool(notifications.ids))

    notifications.click(notifications.ids[0])

    qtbot.waitUntil(lambda: window.isVisible() and window.current_page() is Page.TODAY)


def test_a_yearly_date_is_announced_again_the_next_year(
    window: MainWindow, clock: FixedClock, notifications: FakeNotifications, qtbot: QtBot
) -> None:
    _look_at(window, clock, _at(2, 19))
    _look_at(window, clock, datetime(2027, 3, 2, 19, 0, tzinfo=BERLIN))

    assert _hard_day_notes(window, notifications, qtbot) == [PLANNED, PLANNED]


def test_seven_in_the_evening_is_local_time_when_the_clocks_change(
    qapp: object, clock: FixedClock
) -> None:
    # Summer time starts at 02:00 on 29 March 2026 in Berlin: that evening, 19:00 is 17:00 UTC,
    # an hour earlier than the evening before.
    spring = HardDate(id="s1", month=3, day=30, year=None, label="x")
    eve = HardDayEve(clock, lambda: (spring,))
    said: list[bool] = []
    eve.due.connect(said.append)

    clock.set(_at(29, 18, 59))
    eve.check()
    assert said == []
    clock.set(_at(29, 19))
    eve.check()
    assert said == [False]
    assert _at(29, 19).astimezone(UTC).hour == 17
    eve.deleteLater()

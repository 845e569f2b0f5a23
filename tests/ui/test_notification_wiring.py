"""Notifications as the app wires them: the check-in and the milestones reach the desktop's
notification service, a click opens the window on the page they are about, the check-in can be
snoozed, and without the service the tray shows them, or else the window's banner."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import QSystemTrayIcon
from pytestqt.qtbot import QtBot

from app.domain.check_ins import Mood
from app.domain.clock import FixedClock
from app.domain.events import UrgeKind
from app.domain.words import URGE_LOGGED, URGE_PASSES
from app.ui.controller import Controller
from app.ui.desktop_notifications import DesktopNotifications
from app.ui.main_window import MainWindow, Page
from app.ui.notifications import CheckInReminder, Notifier
from app.ui.presence import connect_tray_and_reminders
from app.ui.tray import Tray
from app.ui.wording import NO_BREAK
from tests.conftest import BERLIN
from tests.dbus_support import FakeNotifications
from tests.ui.test_notifications import assert_fit_for_a_lock_screen

pytestmark = [
    pytest.mark.gui,
    pytest.mark.qt_log_ignore("This plugin does not support raise"),  # offscreen has no stacking
]

CHECK_IN = "Time for your daily check-in."
Wire = Callable[..., None]


@pytest.fixture
def window(controller: Controller, qtbot: QtBot, tmp_path: Path) -> Iterator[MainWindow]:
    settings = QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat)
    made = MainWindow(controller, settings, lambda _theme: None, lambda: True)
    qtbot.addWidget(made)
    made.show_page(Page.HISTORY)  # where the user left it: a click must move it
    yield made


@pytest.fixture
def wire(controller: Controller, window: MainWindow, qtbot: QtBot) -> Wire:
    """Wires the window as the app does, with the session bus at `bus` (None: no bus) and the
    tray given; with a bus, waits until the service there has answered."""

    def wire(bus: str | None, tray: Tray | None = None, *, answered: bool = True) -> None:
        environ = {} if bus is None else {"DBUS_SESSION_BUS_ADDRESS": bus}
        connect_tray_and_reminders(controller, window, tray, environ)
        if bus is not None and answered:
            desktop = window.findChild(DesktopNotifications)
            assert desktop is not None
            qtbot.waitUntil(desktop.ready, timeout=5000)

    return wire


@pytest.fixture
def balloons(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """The tray's balloons (title, body), recorded instead of shown, on a desktop with a tray."""
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(QSystemTrayIcon, "isSystemTrayAvailable", staticmethod(lambda: True))
    monkeypatch.setattr(QSystemTrayIcon, "supportsMessages", staticmethod(lambda: True))
    monkeypatch.setattr(
        QSystemTrayIcon, "showMessage", lambda _icon, title, body, *_: shown.append((title, body))
    )
    return shown


@pytest.fixture
def tray(window: MainWindow, balloons: list[tuple[str, str]]) -> Iterator[Tray]:
    pixmap = QPixmap(16, 16)
    pixmap.fill(QColor("teal"))
    made = Tray(QIcon(pixmap), window)
    yield made
    made.hide()


@pytest.fixture
def banners(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(window, "show_banner", shown.append)
    return shown


def _reminder_at(window: MainWindow, clock: FixedClock, moment: datetime) -> None:
    """Moves the clock to `moment` and lets the check-in reminder look, as its timer would."""
    reminder = window.findChild(CheckInReminder)
    assert reminder is not None
    clock.set(moment)
    reminder.check()


def _monday(hour: int, minute: int = 0) -> datetime:
    """A time on the day after the plan was made (the clock starts on Sunday at noon): a day
    with nothing logged yet."""
    return datetime(2026, 3, 2, hour, minute, tzinfo=BERLIN)


def _shows_page(window: MainWindow, page: Page) -> Callable[[], bool]:
    return lambda: window.isVisible() and window.current_page() is page


def probe(window: MainWindow, notifications: FakeNotifications, qtbot: QtBot) -> None:
    """Sends a notification after whatever was sent before and waits until it has arrived: the
    bus keeps the order, so anything sent earlier has arrived by then too. The probes are
    counted: an earlier probe may still be the last call while what was sent since is on its
    way."""
    sent = _probes(notifications)
    window.hidden_to_tray.emit()
    qtbot.waitUntil(lambda: _probes(notifications) > sent)


def _probes(notifications: FakeNotifications) -> int:
    return sum(1 for call in notifications.calls if _is_probe(call))


def _is_probe(call: tuple[object, ...]) -> bool:
    return str(call[4]).startswith("Holdfast keeps running")


# Through the desktop's notification service ------------------------------------------------------


def test_the_check_in_reminder_is_a_desktop_notification_that_opens_today(
    window: MainWindow,
    clock: FixedClock,
    notifications: FakeNotifications,
    session_bus: str,
    wire: Wire,
    qtbot: QtBot,
    banners: list[str],
) -> None:
    wire(session_bus)

    _reminder_at(window, clock, _monday(20))

    qtbot.waitUntil(lambda: bool(notifications.calls))
    ((app_name, _, _, summary, body, actions, _, _),) = notifications.calls
    assert (app_name, summary, body) == ("Holdfast", "Holdfast", CHECK_IN)
    assert actions == ["default", "Open Holdfast", "snooze", "Snooze for an hour"]
    for text in (summary, body, *actions):
        assert_fit_for_a_lock_screen(text)
    assert not window.isVisible()

    notifications.click(notifications.ids[0])

    qtbot.waitUntil(_shows_page(window, Page.TODAY))
    assert banners == []


def test_a_click_on_the_check_in_reminder_puts_the_focus_on_the_check_in(
    window: MainWindow,
    clock: FixedClock,
    notifications: FakeNotifications,
    session_bus: str,
    wire: Wire,
    qtbot: QtBot,
) -> None:
    wire(session_bus)
    _reminder_at(window, clock, _monday(20))
    qtbot.waitUntil(lambda: bool(notifications.ids))
    card = window.today.check_in
    assert window.focusWidget() is not card.mood_buttons[Mood.VERY_HARD]

    notifications.click(notifications.ids[0])

    qtbot.waitUntil(_shows_page(window, Page.TODAY))
    qtbot.waitUntil(lambda: window.focusWidget() is card.mood_buttons[Mood.VERY_HARD])
    assert card.isVisible()


def test_snoozed_from_the_notification_it_comes_back_an_hour_later_once(
    window: MainWindow,
    clock: FixedClock,
    notifications: FakeNotifications,
    session_bus: str,
    wire: Wire,
    qtbot: QtBot,
) -> None:
    wire(session_bus)
    _reminder_at(window, clock, _monday(20))
    qtbot.waitUntil(lambda: bool(notifications.ids))
    notifier = window.findChild(Notifier)
    assert notifier is not None

    with qtbot.waitSignal(notifier.snooze_requested, timeout=5000):
        notifications.click(notifications.ids[0], "snooze")
    _reminder_at(window, clock, _monday(20, 59))
    _reminder_at(window, clock, _monday(21))
    _reminder_at(window, clock, _monday(23))
    probe(window, notifications, qtbot)

    assert [body for _summary, body in notifications.summaries()[:-1]] == [CHECK_IN, CHECK_IN]
    assert not window.isVisible()  # a snooze opens nothing


def test_a_milestone_opens_today_and_the_target_opens_next_steps(
    window: MainWindow,
    controller: Controller,
    clock: FixedClock,
    notifications: FakeNotifications,
    session_bus: str,
    wire: Wire,
    qtbot: QtBot,
) -> None:
    wire(session_bus)  # on day 12 of 30
    clock.advance(timedelta(days=18, hours=1))

    controller.log_urge(UrgeKind.OTHER)  # any change makes it look at the days again

    qtbot.waitUntil(lambda: len(notifications.calls) == 3)
    assert [body for _summary, body in notifications.summaries()] == [
        "Day 14 reached.",
        "Day 21 reached.",
        "You reached your target: day 30.",
    ]
    day_14, _day_21, target = notifications.ids
    notifications.click(target)
    qtbot.waitUntil(_shows_page(window, Page.NEXT_STEPS))
    window.show_page(Page.HISTORY)
    notifications.click(day_14)
    qtbot.waitUntil(_shows_page(window, Page.TODAY))


def test_saying_holdfast_keeps_running_offers_no_click(
    window: MainWindow, notifications: FakeNotifications, session_bus: str, wire: Wire, qtbot: QtBot
) -> None:
    wire(session_bus)  # no tray: it runs on for the reminders

    window.hidden_to_tray.emit()

    qtbot.waitUntil(lambda: bool(notifications.calls))
    ((_, _, _, _summary, body, actions, _, _),) = notifications.calls
    assert body == (
        "Holdfast keeps running for your reminders; to quit it, open it and choose Holdfast > "
        "Quit, or press Ctrl+Q."
    )
    assert actions == []


def test_no_check_in_reminder_on_a_day_holdfast_was_opened(
    window: MainWindow,
    clock: FixedClock,
    notifications: FakeNotifications,
    session_bus: str,
    wire: Wire,
    qtbot: QtBot,
) -> None:
    wire(session_bus)
    clock.set(_monday(9))
    window.show()
    qtbot.waitExposed(window)
    window.hide()

    _reminder_at(window, clock, _monday(20))
    probe(window, notifications, qtbot)

    assert len(notifications.calls) == 1  # the probe alone
    _reminder_at(window, clock, _monday(20) + timedelta(days=1))
    qtbot.waitUntil(lambda: len(notifications.calls) == 2)
    assert notifications.summaries()[-1] == ("Holdfast", CHECK_IN)


def test_no_check_in_reminder_on_a_day_something_was_logged(
    window: MainWindow,
    controller: Controller,
    clock: FixedClock,
    notifications: FakeNotifications,
    session_bus: str,
    wire: Wire,
    qtbot: QtBot,
) -> None:
    wire(session_bus)
    clock.set(_monday(9))
    controller.log_urge(UrgeKind.OTHER)  # from the tray, say: the window stays closed

    _reminder_at(window, clock, _monday(20))
    probe(window, notifications, qtbot)

    assert len(notifications.calls) == 1  # the probe alone


# Without the service ------------------------------------------------------------------------------


def test_without_a_notification_service_the_tray_shows_it_and_a_click_opens_today(
    window: MainWindow,
    clock: FixedClock,
    session_bus: str,
    tray: Tray,
    balloons: list[tuple[str, str]],
    wire: Wire,
    qtbot: QtBot,
    banners: list[str],
) -> None:
    wire(session_bus, tray, answered=False)  # a bus, and nothing on it to show notifications

    _reminder_at(window, clock, _monday(20))

    assert balloons == [("Holdfast", CHECK_IN)]
    tray.system_icon().messageClicked.emit()
    qtbot.waitUntil(_shows_page(window, Page.TODAY))
    assert banners == []


def test_a_notification_the_service_refuses_goes_to_the_tray(
    window: MainWindow,
    clock: FixedClock,
    session_bus: str,
    tray: Tray,
    balloons: list[tuple[str, str]],
    wire: Wire,
    qtbot: QtBot,
) -> None:
    refusing = FakeNotifications(session_bus, refuse=True)
    try:
        wire(session_bus, tray)

        _reminder_at(window, clock, _monday(20))

        qtbot.waitUntil(lambda: bool(balloons))
        assert balloons == [("Holdfast", CHECK_IN)]
        assert len(refusing.calls) == 1
    finally:
        refusing.close()


def test_without_a_bus_or_a_tray_it_is_the_windows_banner(
    window: MainWindow, clock: FixedClock, wire: Wire, banners: list[str]
) -> None:
    wire(None)

    _reminder_at(window, clock, _monday(20))

    assert banners == [CHECK_IN]  # in Holdfast's own window, "Holdfast:" would say nothing


# The urge's quick feedback --------------------------------------------------------------------


def test_the_urge_notification_says_what_the_window_says_first_and_last(
    window: MainWindow, qtbot: QtBot
) -> None:
    window.show()
    qtbot.waitExposed(window)
    window.show_page(Page.TODAY)

    window.today.urges.buttons[UrgeKind.TEXT].click()

    said = window.today.urges.confirmation_text.text().replace(NO_BREAK, " ")
    assert said == f"{URGE_LOGGED}: you wanted to text them, and you didn't. {URGE_PASSES}"
    assert (URGE_LOGGED, URGE_PASSES) == ("Logged", "It will pass.")  # what `holdfast urge` sends


def test_an_urge_from_the_tray_while_the_window_is_hidden_says_so_in_a_notification(
    window: MainWindow,
    controller: Controller,
    tray: Tray,
    notifications: FakeNotifications,
    session_bus: str,
    wire: Wire,
    qtbot: QtBot,
) -> None:
    wire(session_bus, tray)
    assert not window.isVisible()

    tray.urge_requested.emit(UrgeKind.CALL)

    qtbot.waitUntil(lambda: bool(notifications.calls))
    ((_, _, _, summary, body, _, _, _),) = notifications.calls
    assert (summary, body) == ("Logged", "It will pass.")  # the urge itself is not named
    assert controller.status().urges_today == 1

    notifications.click(notifications.ids[0])

    qtbot.waitUntil(_shows_page(window, Page.TODAY))


def test_an_urge_from_the_tray_with_the_window_open_is_said_in_the_window_only(
    window: MainWindow,
    controller: Controller,
    tray: Tray,
    notifications: FakeNotifications,
    session_bus: str,
    wire: Wire,
    qtbot: QtBot,
) -> None:
    window.show()
    qtbot.waitExposed(window)
    wire(session_bus, tray)

    tray.urge_requested.emit(UrgeKind.CALL)

    assert controller.status().urges_today == 1
    probe(window, notifications, qtbot)  # whatever was sent before the probe has arrived
    assert len(notifications.calls) == 1  # the probe alone
    assert window.today.urges.confirmation_text.text().startswith("Logged")

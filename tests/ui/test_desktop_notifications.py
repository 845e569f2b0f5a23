"""Notifications from the window process through the desktop's notification service, or the
portal's in a sandbox: what is sent, with which words and buttons, and which clicks come back."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from app.system.desktop_notify import send_notification
from app.system.identity import APP_ID
from app.ui.desktop_notifications import DesktopNotifications
from app.ui.session_bus import SessionBus
from tests.dbus_support import FakeNotifications, FakePortal

pytestmark = pytest.mark.gui

TITLE, BODY = "Holdfast", "Time for your daily check-in."
ACTIONS = [("default", "Open Holdfast"), ("snooze", "Snooze for an hour")]
MakeDesktop = Callable[..., DesktopNotifications]


@pytest.fixture
def make_desktop(qtbot: QtBot, session_bus: str) -> Iterator[MakeDesktop]:
    """Notifications on the private bus, once a service there has answered."""
    made: list[DesktopNotifications] = []

    def make(*, sandboxed: bool = False) -> DesktopNotifications:
        bus = SessionBus(session_bus)
        desktop = DesktopNotifications(bus, sandboxed=sandboxed)
        made.append(desktop)
        bus.open()
        qtbot.waitUntil(desktop.ready, timeout=5000)
        return desktop

    yield make
    for desktop in made:
        desktop.deleteLater()


@pytest.fixture
def portal(session_bus: str) -> Iterator[FakePortal]:
    made = FakePortal(session_bus)
    yield made
    made.close()


def _clicks(desktop: DesktopNotifications) -> list[tuple[Any, ...]]:
    heard: list[tuple[Any, ...]] = []
    desktop.clicked.connect(lambda *args: heard.append(args))
    return heard


def test_it_sends_the_words_and_the_buttons_to_the_notification_service(
    make_desktop: MakeDesktop, notifications: FakeNotifications, qtbot: QtBot
) -> None:
    desktop = make_desktop()

    assert desktop.show("check-in", TITLE, BODY, ACTIONS)

    qtbot.waitUntil(lambda: bool(notifications.calls))
    assert notifications.calls == [
        (
            "Holdfast",
            0,
            APP_ID,
            TITLE,
            BODY,
            ["default", "Open Holdfast", "snooze", "Snooze for an hour"],
            {"desktop-entry": ("s", APP_ID)},  # the launcher's icon and name go with it
            -1,
        )
    ]


def test_a_service_that_shows_no_buttons_is_sent_none(
    make_desktop: MakeDesktop, session_bus: str, qtbot: QtBot
) -> None:
    plain = FakeNotifications(session_bus, capabilities=("body",))
    try:
        desktop = make_desktop()

        desktop.show("check-in", TITLE, BODY, ACTIONS)

        qtbot.waitUntil(lambda: bool(plain.calls))
        ((_, _, _, summary, body, actions, _, _),) = plain.calls
        assert (summary, body, actions) == (TITLE, BODY, [])
    finally:
        plain.close()


def test_a_click_comes_back_with_the_notifications_key_and_activation_token(
    make_desktop: MakeDesktop, notifications: FakeNotifications, qtbot: QtBot
) -> None:
    desktop = make_desktop()
    clicks = _clicks(desktop)
    desktop.show("check-in", TITLE, BODY, ACTIONS)
    qtbot.waitUntil(lambda: bool(notifications.ids))

    notifications.click(notifications.ids[0], "snooze", token="wayland-42")

    qtbot.waitUntil(lambda: bool(clicks))
    assert clicks == [("check-in", "snooze", "wayland-42")]


def test_clicks_on_other_applications_notifications_are_not_taken_for_ours(
    make_desktop: MakeDesktop, notifications: FakeNotifications, qtbot: QtBot, session_bus: str
) -> None:
    desktop = make_desktop()
    clicks = _clicks(desktop)
    assert send_notification("Mail", "3 new messages", {"DBUS_SESSION_BUS_ADDRESS": session_bus})
    desktop.show("milestone", TITLE, "Day 7 reached.", ACTIONS[:1])
    qtbot.waitUntil(lambda: len(notifications.ids) == 2)
    theirs, ours = notifications.ids

    notifications.click(theirs)
    notifications.click(ours)  # the bus keeps the order: when this one is heard, so was theirs

    qtbot.waitUntil(lambda: bool(clicks))
    assert clicks == [("milestone", "default", "")]


def test_a_notification_the_service_refuses_is_reported_as_failed(
    make_desktop: MakeDesktop, session_bus: str, qtbot: QtBot
) -> None:
    refusing = FakeNotifications(session_bus, refuse=True)
    try:
        desktop = make_desktop()

        with qtbot.waitSignal(desktop.failed, timeout=5000) as failed:
            assert desktop.show("check-in", TITLE, BODY, ACTIONS)

        assert failed.args == ["check-in"]
    finally:
        refusing.close()


def test_in_a_sandbox_it_goes_through_the_portal_and_its_clicks_come_back(
    make_desktop: MakeDesktop,
    notifications: FakeNotifications,
    portal: FakePortal,
    qtbot: QtBot,
) -> None:
    desktop = make_desktop(sandboxed=True)
    clicks = _clicks(desktop)

    desktop.show("check-in", TITLE, BODY, ACTIONS)

    qtbot.waitUntil(lambda: bool(portal.calls))
    ((notification_id, content),) = portal.calls
    assert content == {
        "title": ("s", TITLE),
        "body": ("s", BODY),
        "default-action": ("s", "default"),
        "buttons": ("aa{sv}", [{"label": ("s", "Snooze for an hour"), "action": ("s", "snooze")}]),
    }
    assert notifications.calls == []  # a sandbox may not talk to the service itself

    portal.click("someone-elses", "default")
    portal.click(notification_id, "default", token="wayland-7")

    qtbot.waitUntil(lambda: bool(clicks))
    assert clicks == [("check-in", "default", "wayland-7")]


def test_where_only_the_portal_answers_it_goes_through_the_portal(
    make_desktop: MakeDesktop, portal: FakePortal, qtbot: QtBot
) -> None:
    desktop = make_desktop(sandboxed=False)  # and no notification service on this bus

    desktop.show("milestone", TITLE, "Day 7 reached.", ACTIONS[:1])

    qtbot.waitUntil(lambda: bool(portal.calls))
    ((_id, content),) = portal.calls
    assert content["body"] == ("s", "Day 7 reached.")
    assert "buttons" not in content  # a click on it is all it offers

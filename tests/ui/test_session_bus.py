"""The session bus on Qt's event loop: answers come back and signals are heard, and a bus that is
missing, silent or gone never holds the window up: what waits on it fails instead."""

from __future__ import annotations

import socket
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from jeepney import MessageType
from pytestqt.qtbot import QtBot

from app.system.desktop_notify import (
    SERVICE,
    TIMEOUT_S,
    capabilities_request,
    listen_request,
    notify_request,
)
from app.ui.session_bus import SessionBus
from tests.dbus_support import FakeNotifications, private_session_bus

pytestmark = pytest.mark.gui


class Answers:
    """What came back to the calls made: replies, and "failed" for each that failed."""

    def __init__(self) -> None:
        self.got: list[Any] = []

    def reply(self, message: Any) -> None:
        self.got.append(message)

    def failure(self) -> None:
        self.got.append("failed")


@pytest.fixture
def buses(qapp: object) -> Iterator[list[SessionBus]]:
    made: list[SessionBus] = []
    yield made
    for bus in made:
        bus.close()
        bus.deleteLater()


def _open(
    buses: list[SessionBus], qtbot: QtBot, address: str, timeout_s: float = TIMEOUT_S
) -> SessionBus:
    bus = SessionBus(address, timeout_s=timeout_s)
    buses.append(bus)
    with qtbot.waitSignal(bus.connected, timeout=5000):
        bus.open()
    return bus


def test_a_call_gets_its_answer(
    buses: list[SessionBus], qtbot: QtBot, session_bus: str, notifications: FakeNotifications
) -> None:
    bus = _open(buses, qtbot, session_bus)
    answers = Answers()

    bus.call(capabilities_request(), answers.reply, answers.failure)

    qtbot.waitUntil(lambda: bool(answers.got))
    (reply,) = answers.got
    assert reply.body == (["actions", "body"],)


def test_a_signal_the_bus_passes_on_is_heard(
    buses: list[SessionBus], qtbot: QtBot, session_bus: str, notifications: FakeNotifications
) -> None:
    bus = _open(buses, qtbot, session_bus)
    listening = Answers()
    bus.call(listen_request(SERVICE), listening.reply, listening.failure)
    qtbot.waitUntil(lambda: bool(listening.got))

    with qtbot.waitSignal(bus.signal_heard, timeout=5000) as heard:
        notifications.click(7, "default")

    (message,) = heard.args
    assert message.header.message_type is MessageType.signal
    assert message.body == (7, "default")


def test_an_error_answer_fails_the_call(
    buses: list[SessionBus], qtbot: QtBot, session_bus: str
) -> None:
    bus = _open(buses, qtbot, session_bus)  # no notification service on this bus
    answers = Answers()

    bus.call(capabilities_request(), answers.reply, answers.failure)

    qtbot.waitUntil(lambda: bool(answers.got))
    assert answers.got == ["failed"]


def test_a_call_left_unanswered_fails_after_the_time_limit(
    buses: list[SessionBus], qtbot: QtBot, session_bus: str
) -> None:
    silent = FakeNotifications(session_bus, answer=False)
    try:
        bus = _open(buses, qtbot, session_bus, timeout_s=0.2)
        answers = Answers()

        bus.call(notify_request("Holdfast", "Day 7 reached."), answers.reply, answers.failure)

        qtbot.waitUntil(lambda: bool(answers.got))
        assert answers.got == ["failed"]
        assert len(silent.calls) == 1
    finally:
        silent.close()


def test_a_missing_bus_is_unavailable_and_calls_fail_at_once(
    buses: list[SessionBus], qtbot: QtBot, tmp_path: Path
) -> None:
    bus = SessionBus(f"unix:path={tmp_path / 'no-bus'}")
    buses.append(bus)
    with qtbot.waitSignal(bus.unavailable, timeout=5000):
        bus.open()
    answers = Answers()

    bus.call(capabilities_request(), answers.reply, answers.failure)

    assert answers.got == ["failed"]
    assert not bus.is_connected()


def test_a_bus_that_never_answers_does_not_hold_up_the_event_loop(
    buses: list[SessionBus], qtbot: QtBot
) -> None:
    with tempfile.TemporaryDirectory(prefix="hf-") as folder:
        path = Path(folder) / "bus"  # short: a socket's path fits in about 100 characters
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as mute:
            mute.bind(str(path))
            mute.listen()  # takes the connection and says nothing, ever
            bus = SessionBus(f"unix:path={path}", timeout_s=1.0)
            buses.append(bus)
            went_on: list[bool] = []
            bus.unavailable.connect(lambda: went_on.append(False))

            bus.open()
            qtbot.wait(0)  # the event loop runs on while it connects
            went_on.append(True)

            qtbot.waitUntil(lambda: len(went_on) == 2, timeout=5000)
    assert went_on == [True, False]


def test_a_bus_that_goes_away_fails_what_waits_and_says_so(
    buses: list[SessionBus], qtbot: QtBot, tmp_path: Path
) -> None:
    answers = Answers()
    lost: list[bool] = []
    with private_session_bus(tmp_path) as address:
        silent = FakeNotifications(address, answer=False)
        bus = _open(buses, qtbot, address, timeout_s=30)
        bus.unavailable.connect(lambda: lost.append(True))
        bus.call(notify_request("Holdfast", "Day 7 reached."), answers.reply, answers.failure)
        qtbot.waitUntil(lambda: len(silent.calls) == 1)
        silent.close()
    # The bus has stopped: the call waiting on it fails long before its 30 seconds.

    qtbot.waitUntil(lambda: bool(lost), timeout=5000)
    assert answers.got == ["failed"]
    assert not bus.is_connected()

"""A private session bus for a test, and fakes of the desktop's notification services on it.

Every test that notifies runs its own dbus-daemon: never the user's bus, whose notifications
would pop up on their screen. The fakes record what they were sent, with its exact D-Bus types
(jeepney reads them as written), and send the signals a click or a closed notification sends.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from jeepney import DBusAddress, HeaderFields, MessageType, new_error, new_method_return, new_signal
from jeepney.bus_messages import message_bus
from jeepney.io.blocking import DBusConnection, open_dbus_connection

NOTIFICATIONS = "org.freedesktop.Notifications"
NOTIFICATIONS_PATH = "/org/freedesktop/Notifications"
PORTAL = "org.freedesktop.portal.Desktop"
PORTAL_PATH = "/org/freedesktop/portal/desktop"
PORTAL_NOTIFICATION = "org.freedesktop.portal.Notification"
# A bus of our own: no service files, so asking for a name nobody owns fails at once instead of
# starting the desktop's own notification service.
BUS_CONFIG = """<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:dir={folder}</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
"""


def _dbus_daemon() -> str:
    found = shutil.which("dbus-daemon")
    if found:
        return found
    if os.environ.get("CI"):
        pytest.fail("dbus-daemon is missing in CI: .ci/run installs the Debian package dbus")
    pytest.skip("dbus-daemon is not installed (on Debian or Ubuntu: sudo apt install dbus)")


@contextmanager
def private_session_bus(config_folder: Path) -> Iterator[str]:
    """The address of a session bus of our own, for as long as the block runs."""
    daemon = _dbus_daemon()
    folder = Path(os.environ.get("TMPDIR", "/tmp")) / f"holdfast-bus-{os.getpid()}-{time.time_ns()}"
    folder.mkdir()  # a short path: a socket's path may not pass about 100 characters
    config = config_folder / "bus.conf"
    config.write_text(BUS_CONFIG.format(folder=folder), encoding="utf-8")
    process = subprocess.Popen(
        [daemon, f"--config-file={config}", "--nofork", "--print-address"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None
        address = process.stdout.readline().strip()
        assert address, process.stderr.read() if process.stderr else "no address"
        yield address
    finally:
        process.terminate()
        process.wait(timeout=10)
        shutil.rmtree(folder, ignore_errors=True)


class _FakeService:
    """Owns `name` on the bus at `address` and answers method calls on a thread of its own."""

    def __init__(self, address: str, name: str) -> None:
        self._connection: DBusConnection = open_dbus_connection(address)
        reply = self._connection.send_and_get_reply(message_bus.RequestName(name))
        assert reply.body == (1,), reply.body  # the primary owner of the name
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    def _serve(self) -> None:
        while not self._stop.is_set():
            try:
                message = self._connection.receive(timeout=0.05)
            except TimeoutError:
                continue
            if message.header.message_type is MessageType.method_call:
                answer = self.answer(message, message.header.fields.get(HeaderFields.member))
                if answer is not None:
                    self._connection.send(answer)

    def answer(self, call: Any, member: str) -> Any:
        """The reply to `call`, or None to leave it unanswered."""
        raise NotImplementedError

    def emit(
        self, emitter: DBusAddress, member: str, signature: str, body: tuple[Any, ...]
    ) -> None:
        self._connection.send(new_signal(emitter, member, signature, body))

    def close(self) -> None:
        self._stop.set()
        self._thread.join(timeout=5)
        self._connection.close()


class FakeNotifications(_FakeService):
    """org.freedesktop.Notifications: records each Notify call's arguments, answers each with
    a new id (from 7 on, so no test passes by counting from 1), and clicks when told to. With
    `answer` false it leaves Notify unanswered; with `refuse`, it answers with an error."""

    def __init__(
        self,
        address: str,
        *,
        answer: bool = True,
        refuse: bool = False,
        capabilities: tuple[str, ...] = ("actions", "body"),
    ) -> None:
        self.calls: list[tuple[Any, ...]] = []  # Notify's arguments, as sent
        self.ids: list[int] = []  # the id each call was given
        self._answers = answer
        self._refuses = refuse
        self._capabilities = list(capabilities)
        super().__init__(address, NOTIFICATIONS)

    def answer(self, call: Any, member: str) -> Any:
        if member == "GetCapabilities":
            return new_method_return(call, "as", (self._capabilities,))
        if member != "Notify":
            return new_error(call, "org.freedesktop.DBus.Error.UnknownMethod")
        self.calls.append(call.body)
        self.ids.append(6 + len(self.calls))
        if self._refuses:
            return new_error(
                call, "org.freedesktop.Notifications.Error.ExcessNotificationGeneration"
            )
        return new_method_return(call, "u", (self.ids[-1],)) if self._answers else None

    def click(self, notification: int, action: str = "default", token: str = "") -> None:
        """What the service says when the notification (or one of its buttons) is clicked."""
        if token:
            self.emit(_emitter(), "ActivationToken", "us", (notification, token))
        self.emit(_emitter(), "ActionInvoked", "us", (notification, action))
        self.emit(_emitter(), "NotificationClosed", "uu", (notification, 2))

    def summaries(self) -> list[tuple[str, str]]:
        return [(call[3], call[4]) for call in self.calls]


class FakePortal(_FakeService):
    """The portal's notifications, as a Flatpak sandbox sees them: records AddNotification."""

    def __init__(self, address: str) -> None:
        self.calls: list[tuple[str, dict[str, Any]]] = []  # (id, notification) as sent
        super().__init__(address, PORTAL)

    def answer(self, call: Any, member: str) -> Any:
        interface = call.header.fields.get(HeaderFields.interface)
        if member == "Get" and call.body == (PORTAL_NOTIFICATION, "version"):
            return new_method_return(call, "v", (("u", 2),))
        if interface == PORTAL_NOTIFICATION and member == "AddNotification":
            self.calls.append(call.body)
            return new_method_return(call)
        return new_error(call, "org.freedesktop.DBus.Error.UnknownMethod")

    def click(self, notification: str, action: str, token: str = "") -> None:
        platform_data = {"activation-token": ("s", token)} if token else {}
        emitter = DBusAddress(PORTAL_PATH, interface=PORTAL_NOTIFICATION)
        parameters = [("a{sv}", platform_data)]
        self.emit(emitter, "ActionInvoked", "ssav", (notification, action, parameters))


def _emitter() -> DBusAddress:
    return DBusAddress(NOTIFICATIONS_PATH, interface=NOTIFICATIONS)

"""`holdfast urge --notify`, as the launcher's actions run it: the urge is logged, and a desktop
notification over the session D-Bus says so; without a bus or a notification service the urge is
logged all the same, quietly. Every test runs its own private bus: never the user's."""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from jeepney import HeaderFields, MessageType, new_method_return
from jeepney.bus_messages import message_bus
from jeepney.io.blocking import DBusConnection, open_dbus_connection

from app.domain.events import Urge
from app.storage.store import Store
from app.system.desktop_entry import entry_text
from app.system.desktop_notify import TIMEOUT_S
from app.system.identity import APP_ID
from tests.cli.support import Holdfast, ok
from tests.cli.test_entry_point import QT_CHECK
from tests.packaging.support import read_entry

NOTIFICATIONS = "org.freedesktop.Notifications"
INSTALLED = Path(sys.executable).parent / "holdfast"
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


@pytest.fixture
def session_bus(tmp_path: Path) -> Iterator[str]:
    """The address of a private session bus that lives as long as the test."""
    daemon = _dbus_daemon()
    folder = Path(os.environ.get("TMPDIR", "/tmp")) / f"holdfast-bus-{os.getpid()}-{time.time_ns()}"
    folder.mkdir()  # a short path: a socket's path may not pass about 100 characters
    config = tmp_path / "bus.conf"
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


class FakeNotifications:
    """A notification service on the private bus that records each Notify call."""

    def __init__(self, address: str, *, answer: bool = True) -> None:
        self.calls: list[tuple[Any, ...]] = []
        self._answer = answer
        self._connection: DBusConnection = open_dbus_connection(address)
        reply = self._connection.send_and_get_reply(message_bus.RequestName(NOTIFICATIONS))
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
            fields = message.header.fields
            if message.header.message_type is not MessageType.method_call:
                continue
            if fields.get(HeaderFields.member) != "Notify":
                continue
            self.calls.append(message.body)
            if self._answer:
                self._connection.send(new_method_return(message, "u", (len(self.calls),)))

    def close(self) -> None:
        self._stop.set()
        self._thread.join(timeout=5)
        self._connection.close()


@pytest.fixture
def notifications(session_bus: str) -> Iterator[FakeNotifications]:
    service = FakeNotifications(session_bus)
    yield service
    service.close()


def _run(
    data_dir: Path, bus: str, *args: str, program: list[str] | None = None
) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "HOLDFAST_DATA_DIR": str(data_dir),
        "DBUS_SESSION_BUS_ADDRESS": bus,  # always ours, never the user's session bus
    }
    return subprocess.run(
        [*(program or [sys.executable, "-m", "app"]), *args],
        env=env,
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )


def _urges_logged(data_dir: Path) -> int:
    return sum(isinstance(event, Urge) for event in Store(data_dir).load().events)


def _expected_call() -> tuple[Any, ...]:
    hints = {"desktop-entry": ("s", APP_ID), "transient": ("b", True)}
    return ("Holdfast", 0, APP_ID, "Logged", "It will pass.", [], hints, -1)


def test_the_launchers_urge_action_logs_it_and_says_so_in_a_notification(
    data_dir: Path, tmp_path: Path, session_bus: str, notifications: FakeNotifications
) -> None:
    entry = tmp_path / "entry.desktop"
    entry.write_text(entry_text(str(INSTALLED)), encoding="utf-8")
    program, *arguments = shlex.split(read_entry(entry)["Desktop Action urge-call"]["Exec"])

    done = _run(data_dir, session_bus, *arguments, program=[program])

    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
    assert notifications.calls == [_expected_call()]
    assert _urges_logged(data_dir) == 1


def test_the_notification_is_neutral_enough_for_a_lock_screen(
    data_dir: Path, session_bus: str, notifications: FakeNotifications
) -> None:
    done = _run(data_dir, session_bus, "urge", "text", "--notify", "--note", "I miss her")

    assert done.returncode == 0, done.stderr
    ((app_name, _, _, summary, body, actions, _, _),) = notifications.calls
    shown = f"{app_name} {summary} {body}".lower()
    assert (app_name, summary, body, actions) == ("Holdfast", "Logged", "It will pass.", [])
    for word in ("text", "her", "miss", "urge", "ex", "contact", "them"):
        assert word not in shown.split(), shown


def test_without_the_flag_no_notification_is_sent(
    data_dir: Path, session_bus: str, notifications: FakeNotifications
) -> None:
    done = _run(data_dir, session_bus, "urge", "other")

    assert done.returncode == 0, done.stderr
    assert notifications.calls == []
    assert _urges_logged(data_dir) == 1


def test_without_a_notification_service_the_urge_is_logged_quietly(
    data_dir: Path, session_bus: str
) -> None:
    done = _run(data_dir, session_bus, "urge", "text", "--notify")

    assert done.returncode == 0
    assert done.stderr == ""
    assert done.stdout  # what `urge` always says
    assert _urges_logged(data_dir) == 1


def test_without_a_session_bus_the_urge_is_logged_quietly(data_dir: Path, tmp_path: Path) -> None:
    nowhere = f"unix:path={tmp_path / 'no-bus'}"

    done = _run(data_dir, nowhere, "urge", "social", "--notify")

    assert done.returncode == 0
    assert done.stderr == ""
    assert _urges_logged(data_dir) == 1


@pytest.mark.parametrize("address", ["", "tcp:host=localhost,port=1", "garbage"])
def test_an_unusable_bus_address_changes_nothing_but_the_notification(
    holdfast: Holdfast, data_dir: Path, monkeypatch: pytest.MonkeyPatch, address: str
) -> None:
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", address)

    ok(holdfast("urge", "call", "--notify"))

    assert _urges_logged(data_dir) == 1


def test_a_service_that_never_answers_does_not_keep_the_command_waiting(
    data_dir: Path, session_bus: str
) -> None:
    silent = FakeNotifications(session_bus, answer=False)
    try:
        started = time.monotonic()
        done = _run(data_dir, session_bus, "urge", "visit", "--notify")
        took = time.monotonic() - started
    finally:
        silent.close()

    assert done.returncode == 0
    assert done.stderr == ""
    assert len(silent.calls) == 1
    assert took < TIMEOUT_S + 10  # the process start-up, and the wait for an answer, no more
    assert _urges_logged(data_dir) == 1


def test_notifying_does_not_load_qt(
    data_dir: Path, session_bus: str, notifications: FakeNotifications
) -> None:
    env = {
        **os.environ,
        "HOLDFAST_DATA_DIR": str(data_dir),
        "DBUS_SESSION_BUS_ADDRESS": session_bus,
    }

    done = subprocess.run(
        [sys.executable, "-c", QT_CHECK, "urge", "text", "--notify"],
        env=env,
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )

    report = done.stdout.splitlines()[-1] if done.stdout else done.stderr
    assert report.startswith("QT-MODULES:  EXIT: 0"), report
    assert len(notifications.calls) == 1

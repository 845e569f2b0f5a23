"""`holdfast urge --notify`, as the launcher's actions run it, and any `holdfast urge` while
Holdfast runs: the urge is logged, and a desktop notification over the session D-Bus says so;
without a bus or a notification service the urge is logged all the same, quietly. Every test runs
its own private bus: never the user's."""

from __future__ import annotations

import os
import shlex
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from app.domain.events import Urge
from app.storage.store import Store
from app.system.desktop_entry import entry_text
from app.system.desktop_notify import TIMEOUT_S
from app.system.identity import APP_ID
from tests.cli.support import Holdfast, ok
from tests.cli.test_entry_point import QT_CHECK
from tests.dbus_support import FakeNotifications
from tests.packaging.support import read_entry
from tests.system.listener import listening, private_runtime

INSTALLED = Path(sys.executable).parent / "holdfast"


@pytest.fixture
def runtime() -> Iterator[Path]:
    """The session's private runtime folder, where a running Holdfast has its socket."""
    with private_runtime() as folder:
        yield folder


def _run(
    data_dir: Path,
    bus: str,
    *args: str,
    program: list[str] | None = None,
    runtime: Path | None = None,
) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "HOLDFAST_DATA_DIR": str(data_dir),
        "DBUS_SESSION_BUS_ADDRESS": bus,  # always ours, never the user's session bus
    }
    if runtime is not None:
        env["XDG_RUNTIME_DIR"] = str(runtime)
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


def test_without_the_flag_and_with_holdfast_not_running_no_notification_is_sent(
    data_dir: Path, session_bus: str, notifications: FakeNotifications, runtime: Path
) -> None:
    done = _run(data_dir, session_bus, "urge", "other", runtime=runtime)

    assert done.returncode == 0, done.stderr
    assert notifications.calls == []
    assert _urges_logged(data_dir) == 1


def test_while_holdfast_runs_an_urge_from_the_terminal_says_so_in_a_notification_too(
    data_dir: Path, session_bus: str, notifications: FakeNotifications, runtime: Path
) -> None:
    with listening(data_dir, {"XDG_RUNTIME_DIR": str(runtime)}):
        done = _run(data_dir, session_bus, "urge", "call", runtime=runtime)

    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("Logged: the urge to call them")  # the terminal's own line
    assert notifications.calls == [_expected_call()]
    assert _urges_logged(data_dir) == 1


def test_a_socket_left_by_a_killed_holdfast_does_not_count_as_running(
    data_dir: Path, session_bus: str, notifications: FakeNotifications, runtime: Path
) -> None:
    with listening(data_dir, {"XDG_RUNTIME_DIR": str(runtime)}) as killed:
        killed.close()  # the socket file stays behind, answering nobody
        done = _run(data_dir, session_bus, "urge", "call", runtime=runtime)

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

"""The hand-over, from the launch's side and without Qt: where a running Holdfast listens, what a
launch tells it, and that a launch finding nobody there (or only the socket of a killed instance)
goes on to start Holdfast itself. Then the same launches against Qt's own server, as the running
window has it."""

from __future__ import annotations

import re
import socket
import stat
import subprocess
import sys
import textwrap
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

import app
from app.system.instance_link import (
    LONGEST_LINE,
    PING,
    hand_over,
    instance_address,
    instance_key,
    is_running,
    show_request,
    shows_requested,
)
from app.ui.single_instance import SingleInstance
from tests.system.listener import listening, private_runtime

ROOT = Path(app.__file__).parent.parent
# A desktop's startup id may hold spaces: GNOME Shell puts the application's name in it.
STARTUP_ID = "gnome-shell/Text Editor/2530-2-host_TIME1234"
WAYLAND_TOKEN = "kwin-5f0c2a"


@pytest.fixture
def runtime() -> Iterator[Path]:
    with private_runtime() as folder:
        yield folder


@pytest.fixture
def environ(runtime: Path) -> dict[str, str]:
    """A desktop session's environment, with its private runtime folder and no launcher's token."""
    return {"XDG_RUNTIME_DIR": str(runtime)}


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    return tmp_path / "data"


# The instance's name and address


def test_the_key_is_short_and_safe_in_a_file_name(tmp_path: Path) -> None:
    key = instance_key(tmp_path / ("a folder with spaces, ünïcode and / slashes" * 3))
    assert re.fullmatch(r"holdfast-[a-f0-9]{20}", key), key


def test_two_spellings_of_one_folder_share_a_key(tmp_path: Path) -> None:
    (tmp_path / "data").mkdir()
    (tmp_path / "elsewhere").mkdir()
    (tmp_path / "link").symlink_to(tmp_path / "data")
    key = instance_key(tmp_path / "data")
    assert instance_key(tmp_path / "elsewhere" / ".." / "data") == key
    assert instance_key(tmp_path / "link") == key


def test_two_folders_get_two_keys(tmp_path: Path) -> None:
    assert instance_key(tmp_path / "one") != instance_key(tmp_path / "two")


def test_two_users_of_one_folder_get_two_keys(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("os.getuid", lambda: 1000)
    first = instance_key(tmp_path)
    monkeypatch.setattr("os.getuid", lambda: 1001)
    assert instance_key(tmp_path) != first


def test_the_address_is_in_the_sessions_private_runtime_folder(
    folder: Path, runtime: Path, environ: dict[str, str]
) -> None:
    key = instance_key(folder)
    assert instance_address(key, environ) == str(runtime / key)


def test_the_launchs_side_loads_neither_qt_nor_openssl(folder: Path) -> None:
    """Every millisecond of a hand-over is spent before the window comes: neither Qt nor the
    OpenSSL behind hashlib may load for it."""
    script = textwrap.dedent(
        f"""
        import sys
        from pathlib import Path
        from app.system.instance_link import hand_over
        hand_over(Path({str(folder)!r}), {{}}, show=True)
        print(sorted(name for name in sys.modules if name.startswith(("PySide6", "_hashlib"))))
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", script],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )
    assert done.stdout.strip() == "[]", done.stderr


# A launch against a running instance (a plain Python stand-in for it)


@pytest.mark.parametrize(
    ("given", "passed_on"),
    [
        ({"XDG_ACTIVATION_TOKEN": WAYLAND_TOKEN}, WAYLAND_TOKEN),
        ({"DESKTOP_STARTUP_ID": STARTUP_ID}, STARTUP_ID),
        # A launcher on Wayland may set both, the older one for older programs.
        ({"XDG_ACTIVATION_TOKEN": WAYLAND_TOKEN, "DESKTOP_STARTUP_ID": "x11-id"}, WAYLAND_TOKEN),
        ({}, ""),
    ],
)
def test_a_launch_asks_the_running_instance_to_show_its_window_with_the_launchers_token(
    given: dict[str, str], passed_on: str, folder: Path, environ: dict[str, str]
) -> None:
    with listening(folder, environ) as running:
        assert hand_over(folder, {**environ, **given}, show=True)

        (sent,) = running.sent()

    assert shows_requested(bytearray(sent)) == [passed_on]


def test_a_start_in_the_background_only_makes_sure_one_runs(
    folder: Path, environ: dict[str, str]
) -> None:
    with listening(folder, environ) as running:
        assert hand_over(folder, {**environ, "XDG_ACTIVATION_TOKEN": "t"}, show=False)

        assert running.sent() == [PING]
    assert shows_requested(bytearray(PING)) == []


def test_asking_whether_one_runs_sends_nothing(folder: Path, environ: dict[str, str]) -> None:
    with listening(folder, environ) as running:
        assert is_running(folder, environ)

        assert running.sent() == [b""]


def test_each_data_folder_has_its_own_instance(tmp_path: Path, environ: dict[str, str]) -> None:
    with listening(tmp_path / "mine", environ):
        assert is_running(tmp_path / "mine", environ)
        assert not hand_over(tmp_path / "theirs", environ, show=True)


# A launch finding no running instance goes on to start Holdfast


def test_with_nothing_listening_the_launch_starts_holdfast_itself(
    folder: Path, environ: dict[str, str]
) -> None:
    assert not hand_over(folder, environ, show=True)
    assert not hand_over(folder, environ, show=False)
    assert not is_running(folder, environ)


def test_a_socket_left_by_a_killed_instance_means_a_cold_start_at_once(
    folder: Path, environ: dict[str, str]
) -> None:
    with listening(folder, environ) as running:
        running.close()  # its process is gone; the socket file stays behind
        assert stat.S_ISSOCK(Path(running.address).stat().st_mode)

        began = time.monotonic()
        assert not hand_over(folder, environ, show=True)
        assert time.monotonic() - began < 0.5  # refused at once, not waited for
        assert not is_running(folder, environ)


def test_a_file_in_the_sockets_place_means_a_cold_start(
    folder: Path, runtime: Path, environ: dict[str, str]
) -> None:
    (runtime / instance_key(folder)).write_text("not a socket")

    assert not hand_over(folder, environ, show=True)


def test_without_a_private_place_for_the_socket_the_launch_starts_holdfast_itself(
    folder: Path, tmp_path: Path
) -> None:
    not_a_folder = tmp_path / "tmp"
    not_a_folder.write_text("")  # no private runtime folder, and none can be made
    environ = {"TMPDIR": str(not_a_folder)}

    assert instance_address(instance_key(folder), environ) is None
    assert not hand_over(folder, environ, show=True)


# The messages


def test_a_request_is_read_once_its_line_is_complete() -> None:
    received = bytearray(b"show ab")
    assert shows_requested(received) == []
    received.extend(b"c\nshow")

    assert shows_requested(received) == ["abc"]
    assert received == b"show"  # the next line, still coming


def test_several_requests_are_each_read_in_order() -> None:
    received = bytearray(show_request("one") + PING + show_request("two"))

    assert shows_requested(received) == ["one", "two"]
    assert received == b""


@pytest.mark.parametrize(
    "garbled",
    [
        b"\xff\xfe not utf-8\n",
        b"activate\n",  # an older or newer request this version does not know
        b"SHOW token\n",
        b"showtoken\n",
        b"show to\x1bken\n",  # a control character has no place in a token
        b"\n",
    ],
)
def test_a_garbled_or_unknown_line_asks_for_nothing_and_the_next_one_is_still_read(
    garbled: bytes,
) -> None:
    assert shows_requested(bytearray(garbled + show_request("after"))) == ["after"]


def test_a_line_that_never_ends_is_dropped() -> None:
    received = bytearray(b"x" * LONGEST_LINE)

    assert shows_requested(received) == []
    assert received == b""


@pytest.mark.parametrize(
    "token", ["two\nlines", "x" * LONGEST_LINE, "\udcff undecodable", "tab\there"]
)
def test_a_token_that_cannot_be_sent_on_a_line_is_left_out_and_the_window_still_shows(
    token: str,
) -> None:
    assert shows_requested(bytearray(show_request(token))) == [""]


# Against Qt's server, as the running window listens


@pytest.fixture
def first(qapp: object, folder: Path, environ: dict[str, str]) -> Iterator[SingleInstance]:
    """The running window's side: the first instance, listening."""
    instance = SingleInstance(instance_key(folder), environ)
    assert instance.claim()
    yield instance
    instance.release()
    instance.deleteLater()


@pytest.mark.gui
def test_the_running_window_hears_the_launch_and_its_token(
    qtbot: QtBot, first: SingleInstance, folder: Path, environ: dict[str, str]
) -> None:
    with qtbot.waitSignal(first.show_requested, timeout=3000) as shown:
        assert hand_over(folder, {**environ, "DESKTOP_STARTUP_ID": STARTUP_ID}, show=True)

    assert shown.args == [STARTUP_ID]


@pytest.mark.gui
def test_a_ping_or_a_garbled_line_does_not_bring_the_window(
    qtbot: QtBot, first: SingleInstance, environ: dict[str, str], folder: Path
) -> None:
    shown: list[str] = []
    first.show_requested.connect(shown.append)
    address = instance_address(instance_key(folder), environ)
    assert address is not None
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as launch:
        launch.connect(address)
        # In one stream, so the window has read the first lines when the last one arrives.
        launch.sendall(PING + b"\xff garbled\n" + b"raise\n" + show_request("last"))

    qtbot.waitUntil(lambda: shown != [], timeout=3000)
    assert shown == ["last"]


CRASH_AFTER_CLAIM = textwrap.dedent(
    """
    import os
    import sys
    from PySide6.QtCore import QCoreApplication
    from app.ui.single_instance import SingleInstance

    application = QCoreApplication([])
    instance = SingleInstance(sys.argv[1])
    assert instance.claim()
    sys.stdout.write("claimed\\n")
    sys.stdout.flush()
    os._exit(3)  # dies without closing its server, as a killed window would
    """
)


@pytest.mark.gui
def test_after_a_killed_instance_the_launch_starts_cold_and_the_new_one_is_found(
    qtbot: QtBot, qapp: object, folder: Path, runtime: Path, environ: dict[str, str]
) -> None:
    key = instance_key(folder)
    killed = subprocess.run(
        [sys.executable, "-c", CRASH_AFTER_CLAIM, key],
        cwd=ROOT,
        env={**environ, "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )
    assert killed.stdout == "claimed\n", killed.stderr
    assert stat.S_ISSOCK((runtime / key).stat().st_mode)  # left behind

    assert not hand_over(folder, environ, show=True)  # so the launch starts Holdfast itself
    started = SingleInstance(key, environ)
    try:
        assert started.claim()  # and takes the name over
        with qtbot.waitSignal(started.show_requested, timeout=3000):
            assert hand_over(folder, environ, show=True)
    finally:
        started.release()
        started.deleteLater()

"""One instance per data folder: later launches hand over to the first and leave."""

from __future__ import annotations

import os
import re
import stat
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

import app
from app.ui.single_instance import SingleInstance, instance_key

ROOT = Path(app.__file__).parent.parent

SECOND_LAUNCH = textwrap.dedent(
    """
    import sys
    from PySide6.QtCore import QCoreApplication
    from app.ui.single_instance import SingleInstance

    application = QCoreApplication([])
    print("first" if SingleInstance(sys.argv[1]).claim() else "not first")
    """
)

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
    os._exit(3)  # dies without closing its server, as a crash would
    """
)


@pytest.fixture
def runtime(tmp_path: Path) -> Path:
    """The session's private runtime folder, as a desktop login gives one."""
    folder = tmp_path / "run"
    folder.mkdir(mode=0o700)
    return folder


@pytest.fixture
def environ(runtime: Path) -> dict[str, str]:
    return {**os.environ, "XDG_RUNTIME_DIR": str(runtime)}


@pytest.fixture
def made(qapp: object) -> Iterator[list[SingleInstance]]:
    """Instances a test made; each stops listening afterwards so no socket outlives the test."""
    instances: list[SingleInstance] = []
    yield instances
    for instance in instances:
        instance.release()
        instance.deleteLater()


@pytest.fixture
def key(tmp_path: Path) -> str:
    return instance_key(tmp_path / "data")


def _instance(made: list[SingleInstance], key: str, environ: dict[str, str]) -> SingleInstance:
    instance = SingleInstance(key, environ)
    made.append(instance)
    return instance


def _python(script: str, *args: str) -> list[str]:
    return [sys.executable, "-c", script, *args]


@pytest.mark.gui
def test_a_second_claim_with_the_same_key_is_refused_and_activates_the_first(
    qtbot: QtBot, made: list[SingleInstance], key: str, environ: dict[str, str]
) -> None:
    first = _instance(made, key, environ)
    assert first.claim()
    second = _instance(made, key, environ)
    with qtbot.waitSignal(first.activated, timeout=3000):
        assert not second.claim()


@pytest.mark.gui
def test_each_later_launch_activates_the_first_again(
    qtbot: QtBot, made: list[SingleInstance], key: str, environ: dict[str, str]
) -> None:
    first = _instance(made, key, environ)
    assert first.claim()
    for _ in range(2):
        with qtbot.waitSignal(first.activated, timeout=3000):
            assert not _instance(made, key, environ).claim()


@pytest.mark.gui
def test_different_keys_both_claim(
    qtbot: QtBot, made: list[SingleInstance], tmp_path: Path, environ: dict[str, str]
) -> None:
    one = _instance(made, instance_key(tmp_path / "one"), environ)
    other = _instance(made, instance_key(tmp_path / "other"), environ)
    assert one.claim()
    assert other.claim()
    with qtbot.waitSignal(one.activated, timeout=3000):
        assert not _instance(made, one.key, environ).claim()  # each listens on its own name


@pytest.mark.gui
def test_a_released_claim_lets_the_next_launch_be_first(
    made: list[SingleInstance], key: str, environ: dict[str, str]
) -> None:
    first = _instance(made, key, environ)
    assert first.claim()
    first.release()
    assert _instance(made, key, environ).claim()


@pytest.mark.gui
def test_a_socket_left_by_a_crashed_instance_does_not_block_the_next_launch(
    qtbot: QtBot, made: list[SingleInstance], key: str, environ: dict[str, str]
) -> None:
    crashed = subprocess.run(
        _python(CRASH_AFTER_CLAIM, key),
        cwd=ROOT,
        env=environ,
        capture_output=True,
        text=True,
        check=False,
        timeout=30,
    )
    assert crashed.stdout == "claimed\n", crashed.stderr
    assert crashed.returncode == 3
    if sys.platform != "win32":
        # The crashed process left its socket file behind: the name is taken, nobody answers.
        left = Path(environ["XDG_RUNTIME_DIR"]) / key
        assert stat.S_ISSOCK(left.stat().st_mode)

    survivor = _instance(made, key, environ)
    assert survivor.claim()
    with qtbot.waitSignal(survivor.activated, timeout=3000):
        assert not _instance(made, key, environ).claim()


@pytest.mark.gui
def test_a_real_second_process_hands_over_and_exits(
    qtbot: QtBot, made: list[SingleInstance], key: str, environ: dict[str, str]
) -> None:
    first = _instance(made, key, environ)
    assert first.claim()
    with qtbot.waitSignal(first.activated, timeout=10_000):
        second = subprocess.Popen(
            _python(SECOND_LAUNCH, key),
            cwd=ROOT,
            env=environ,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
    out, err = second.communicate(timeout=30)
    assert second.returncode == 0, err
    assert out.strip() == "not first"


@pytest.mark.gui
def test_a_process_with_another_key_is_first_too(
    made: list[SingleInstance], tmp_path: Path, environ: dict[str, str]
) -> None:
    assert _instance(made, instance_key(tmp_path / "mine"), environ).claim()
    done = subprocess.run(
        _python(SECOND_LAUNCH, instance_key(tmp_path / "theirs")),
        cwd=ROOT,
        env=environ,
        capture_output=True,
        text=True,
        check=False,
        timeout=30,
    )
    assert done.stdout.strip() == "first", done.stderr


def test_the_key_is_short_and_safe_in_a_file_name(tmp_path: Path) -> None:
    key = instance_key(tmp_path / ("a folder with spaces, ünïcode and / slashes" * 3))
    assert re.fullmatch(r"[a-z0-9-]{8,40}", key), key


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
